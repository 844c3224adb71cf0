#pragma once

#include "blocklistcore.h"
#include "dbus/helpertypes.h"
#include "firewall.h"
#include "net/rangeset.h"
#include "store.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Rampart {

// The kernel's side as a whole: every set and the rules as the store says they should be,
// rebuilt at boot or brought back in line by difference, the verdict of the rules, and what
// the kernel holds now, for status and the listing.
class KernelState
{
public:
    explicit KernelState(BlocklistCore &core);

    // Rebuilds every set from the store and puts the rules back, as at boot.
    Outcome restore();
    // Brings the kernel back in line with the store by applying only the difference.
    Outcome sync(quint32 uid, qint64 *savedAt);
    // Adds what the store has and the kernel lacks, removes what the kernel has and the
    // store does not.
    bool reconcile(qint64 time, int *changed, QString *error);
    Outcome setVerdict(const QString &verdict, quint32 uid);

    HelperStatus status() const;
    // The active blocklist in the List format; on failure empty, with *error set.
    QByteArray listing(QString *error) const;

private:
    // Every set the kernel should have and what it should hold, manual sets first.
    struct ExpectedSet
    {
        QString name;
        Family family = Family::V4;
        QList<Firewall::Entry> entries;
        int feedId = 0; // 0 for the manual sets
    };
    // With feeds built without exclusion.
    QList<ExpectedSet> expectedSets(qint64 now, const RangeSet &exclusion, QString *error) const;
    // Records, after the kernel took sets, what the feeds now hold and without what.
    bool recordApplied(const QList<ExpectedSet> &sets, const RangeSet &exclusion, QString *error);

    BlocklistCore &m_core;
    Store &m_store;
    Firewall &m_firewall;
};

} // namespace Rampart
