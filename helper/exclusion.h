#pragma once

#include "blocklistcore.h"
#include "net/hostnetworks.h"
#include "net/rangeset.h"
#include "store.h"

#include <QList>
#include <QString>

namespace Rampart {

// What no feed may reach the kernel with: what must never be blocked, the allowlist, and
// this machine's own networks (hostNetworks). The applied exclusion is what the feed sets
// were last built without, as recorded in the store; when the one to apply differs, every
// feed is applied again.
class Exclusion
{
public:
    explicit Exclusion(BlocklistCore &core);

    // The exclusion to apply now, with this machine's networks as host has them.
    RangeSet desired(QString *error, const QList<ProtectedNetwork> &host) const;
    RangeSet desired(QString *error) const
    {
        return desired(error, hostNetworks(hostProtectedNetworks()));
    }
    RangeSet applied(QString *error) const;
    bool record(const RangeSet &exclusion, QString *error);

    // What the lockout guard (rules/lockoutguard.h) protects, as the helper can see it: this
    // machine's networks, resolvers and logged-in sessions' peers, the addresses it had, and
    // the allowlist.
    QList<ProtectedNetwork> lockoutNetworks(QString *error) const;

    // Re-applies every feed when the exclusion to apply is not the one applied.
    Outcome refresh(qint64 time);
    // Re-applies every feed after the exclusion changed from one set to another.
    Outcome reapplyFeeds(const RangeSet &excludedBefore, const RangeSet &excludedAfter,
                         qint64 time);

private:
    // What must never be blocked, and the allowlist.
    RangeSet allowlistExclusion(QString *error) const;
    // This machine's addresses, gateways and link-local space now, and the addresses it had
    // when they were last seen with the network up: a restore at boot runs before the
    // network is configured and would otherwise know none of them.
    QList<ProtectedNetwork> hostNetworks(QList<ProtectedNetwork> current) const;

    BlocklistCore &m_core;
    Store &m_store;
};

} // namespace Rampart
