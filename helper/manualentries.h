#pragma once

#include "blocklistcore.h"
#include "firewall.h"
#include "net/cidr.h"
#include "store.h"
#include "undorecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

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

    // Puts entries back as record says they were before its change, where they are still as
    // the change left them; what it could not put back (changed since, or its time ran out
    // meanwhile) lands in *notRestored, one network and why a line.
    Outcome restore(const UndoRecord &record, quint32 uid, QStringList *notRestored);

    // What the family's manual set should hold now, with what is left of each timeout.
    QList<Firewall::Entry> kernelEntries(Family family, qint64 now, QString *error) const;

private:
    // Starts adding entries to the kernel's manual sets: directly where a set has room, or
    // by a set rebuilt larger from the store and the entries, swapped in.
    bool startAdding(const QList<Firewall::Entry> &entries, qint64 time,
                     std::vector<Program::Running> *work, QString *error) const;

    BlocklistCore &m_core;
    Store &m_store;
    Firewall &m_firewall;
};

} // namespace Rampart
