#include "net/lockoutnetworks.h"

#include "net/cidr.h"
#include "rules/lockoutguard.h"

#include <QStringList>

namespace Rampart {

QList<ProtectedNetwork> currentLockoutNetworks(const QList<AllowedEntry> &allowlist)
{
    QList<ProtectedNetwork> networks =
        ownSessionPeers(qEnvironmentVariable("SSH_CONNECTION"), qEnvironmentVariable("SSH_CLIENT"));
    networks += lockoutNetworks();
    QList<Cidr> allowed;
    QStringList comments;
    for (const AllowedEntry &entry : allowlist) {
        if (const std::optional<Cidr> cidr = parseCidr(entry.cidr).cidr) {
            allowed << *cidr;
            comments << entry.comment;
        }
    }
    return networks + allowlistedNetworks(allowed, comments);
}

} // namespace Rampart
