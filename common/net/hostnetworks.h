#pragma once

#include "net/cidr.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace Rampart {

// A network that blocking would cut this machine off from, and why, in words.
struct ProtectedNetwork
{
    enum class Kind {
        OwnAddress, // an address of one of this machine's interfaces
        FormerAddress, // one it had when the network was last up (the helper remembers them)
        Gateway, // the next hop of a route
        LinkLocal, // 169.254.0.0/16, fe80::/10
        OnLinkNetwork, // the whole subnet of one of its interfaces
        DnsResolver, // a name server of /etc/resolv.conf
        RemoteSession, // where a logged-in user's session comes from (utmp)
        OwnSession, // where the caller's own SSH session comes from ($SSH_CONNECTION)
        Allowlisted, // an allowlisted network
    };

    Cidr cidr;
    QString reason; // "this machine's address on eth0", "a gateway on eth0", "link-local"
    Kind kind = Kind::OwnAddress;
};

// What no feed ever blocks and a manual block needs the force flag for: this machine's own
// addresses, the gateways of its routes, and the link-local ranges (169.254.0.0/16,
// fe80::/10). Read from the network namespace the caller runs in.
QList<ProtectedNetwork> hostProtectedNetworks();

// What a change must not cut without a question (see rules/lockoutguard.h): all of the
// above, the on-link networks of this machine's interfaces, its DNS resolvers and the peers
// of logged-in remote sessions. Read from the network namespace the caller runs in, and
// /etc/resolv.conf and /run/utmp; a few small reads, made when a change is about to be made.
QList<ProtectedNetwork> lockoutNetworks();

// The name servers of a resolv.conf text; loopback ones (a local stub resolver) are left
// out, as nothing blocks loopback.
QList<ProtectedNetwork> resolversFromResolvConf(const QByteArray &text);

// The remote addresses of the user sessions in a utmp file's records (struct utmpx, as
// /run/utmp holds them); records of other kinds and sessions without an address are skipped.
// The address field only: the host text is whatever a user's terminal program recorded.
QList<ProtectedNetwork> sessionPeersFromUtmp(const QByteArray &records);

// The remote end of the caller's own SSH session, from the values of $SSH_CONNECTION
// ("client port server port") and $SSH_CLIENT ("client port port"); either may be empty.
QList<ProtectedNetwork> ownSessionPeers(QStringView sshConnection, QStringView sshClient);

// The gateways in /proc/net/route and /proc/net/ipv6_route, for tests with their own
// text; lines that do not parse are skipped.
QList<ProtectedNetwork> gatewaysFromRoutes(const QByteArray &route, const QByteArray &ipv6Route);

// The first protected network the entry covers or lies in, if any.
const ProtectedNetwork *protectedNetworkIn(const QList<ProtectedNetwork> &networks,
                                           const Cidr &entry);

} // namespace Rampart
