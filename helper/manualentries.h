#pragma once

#include "blocklistcore.h"
#include "firewall.h"
#include "net/cidr.h"
#include "store.h"

#include <QList>
#include <QString>

namespace Rampart {

// The entries an administrator blocks by hand, with a comment and a timeout if they like:
// the manual sets of each family, which take them directly where they have room.
class ManualEntries
{
public:
    explicit ManualEntries(BlocklistCore &core);

    // Without force, refuses (NeedsForce) entries wider than a /8 (IPv6 /16) and entries that
    // the lockout guard (rules/lockoutguard.h) finds a risk in: this machine's addresses,
    // its on-link networks, gateways, DNS servers, logged-in sessions' peers, link-local
    // space and allowlisted networks.
    Outcome block(const QList<Cidr> &entries, quint32 timeoutSeconds, const QString &comment,
                  bool force, quint32 uid, quint32 *added, quint32 *updated);
    Outcome unblock(const QList<Cidr> &entries, quint32 uid, quint32 *removed,
                    QList<Cidr> *notBlocked);

    // What the family's manual set should hold now, with what is left of each timeout.
    QList<Firewall::Entry> kernelEntries(Family family, qint64 now, QString *error) const;

private:
    BlocklistCore &m_core;
    Store &m_store;
    Firewall &m_firewall;
};

} // namespace Rampart
