#pragma once

#include "client/helperclient.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Rampart {

// When a blocklist entry was last hit and how fast it drops packets, worked out by comparing
// two readings of its counters: the kernel keeps only totals since the set member was added,
// never when it last matched. A counter smaller than before, or an entry added again since,
// started anew in between: what it counts now came after that. The window compares each
// listing with the one before; rampartctl reads the listing twice when asked.
class HitCounters
{
public:
    struct Reading
    {
        quint64 packets = 0;
        quint64 bytes = 0;
        // When the kernel's counter started, in seconds since the epoch: the entry's creation
        // for an entry blocked by hand; 0 where it is not known (a feed's networks keep their
        // counters across refreshes, and their time is the feed's).
        qint64 since = 0;
    };

    struct Activity
    {
        // When the entry was last seen to drop a packet, in milliseconds since the epoch:
        // the time of the reading that first showed it. 0 when not seen since watching began.
        qint64 lastHitMs = 0;
        // Packets per second between the two readings; rateKnown is false when there was no
        // reading before to compare with.
        double packetsPerSecond = 0;
        bool rateKnown = false;
    };

    // The counters of every entry of each source ("manual", "feed:NAME") added up: a feed's
    // totals. The sum of its members is what its sets' rule counted, and unlike the rule's
    // counters it survives the rules being put back.
    static QHash<QString, Reading> totalsBySource(const QList<BlockedEntry> &entries);

    // The reading of an entry as the helper lists it.
    static Reading readingOf(const BlockedEntry &entry);
    static qint64 counterStart(const QString &source, qint64 createdSeconds);

    // The activity at the reading `now` taken at nowMs. `before` is the same entry's reading
    // taken at beforeMs, with the activity `was` worked out then; without it (the entry is
    // new to the listing) only an entry added since beforeMs is known to have been hit in
    // between. beforeMs 0: there was no reading before at all. Readings at the same time
    // (or the clock set back) keep what was known.
    static Activity advance(const std::optional<Reading> &before, const Activity &was,
                            qint64 beforeMs, const Reading &now, qint64 nowMs);

    // The activity of each entry of `now`, read at nowMs, against `before`, read at beforeMs;
    // entries are the same when they have the same network and source.
    static QList<Activity> compare(const QList<BlockedEntry> &before, qint64 beforeMs,
                                   const QList<BlockedEntry> &now, qint64 nowMs);
};

} // namespace Rampart
