#include "hitcounters.h"

#include <QHash>

#include <utility>

namespace Rampart {

HitCounters::Reading HitCounters::readingOf(const BlockedEntry &entry)
{
    return { entry.packets, entry.bytes,
             counterStart(entry.source,
                          entry.created.isValid() ? entry.created.toSecsSinceEpoch() : 0) };
}

qint64 HitCounters::counterStart(const QString &source, qint64 createdSeconds)
{
    // Blocking an entry again makes it anew in the store and in the kernel; a feed's time is
    // that of its last refresh, which keeps the members that stayed, and their counters.
    return source == QLatin1String("manual") ? createdSeconds : 0;
}

HitCounters::Activity HitCounters::advance(const std::optional<Reading> &before,
                                           const Activity &was, qint64 beforeMs, const Reading &now,
                                           qint64 nowMs)
{
    const qint64 elapsedMs = nowMs - beforeMs;
    if (beforeMs <= 0)
        return {};
    // Read twice at once, or the clock went back: nothing to learn from the two.
    if (elapsedMs <= 0)
        return before ? was : Activity {};
    const bool restarted = !before || now.packets < before->packets || now.bytes < before->bytes
        || now.since != before->since;
    Activity activity;
    activity.lastHitMs = was.lastHitMs;
    quint64 counted = 0;
    if (!restarted) {
        counted = now.packets - before->packets;
    } else if (before || (now.since && now.since * 1000 > beforeMs)) {
        // All it counts came after a start between the two readings.
        counted = now.packets;
    } else {
        // New to the listing but older than the reading before: when its packets came is
        // not known.
        return {};
    }
    if (counted)
        activity.lastHitMs = nowMs;
    // With a restart in between, the packets came in less time than that: a lower bound.
    activity.packetsPerSecond = double(counted) * 1000.0 / double(elapsedMs);
    activity.rateKnown = true;
    return activity;
}

QHash<QString, HitCounters::Reading> HitCounters::totalsBySource(const QList<BlockedEntry> &entries)
{
    QHash<QString, Reading> totals;
    // A feed's entries share their source's text and come together: most are the one before.
    const QChar *lastSource = nullptr;
    Reading *total = nullptr;
    for (const BlockedEntry &entry : entries) {
        if (!total || entry.source.constData() != lastSource) {
            total = &totals[entry.source];
            lastSource = entry.source.constData();
        }
        total->packets += entry.packets;
        total->bytes += entry.bytes;
    }
    return totals;
}

QList<HitCounters::Activity> HitCounters::compare(const QList<BlockedEntry> &before,
                                                  qint64 beforeMs, const QList<BlockedEntry> &now,
                                                  qint64 nowMs)
{
    QHash<std::pair<QString, QString>, qsizetype> earlier;
    earlier.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        earlier.insert({ before[i].cidr, before[i].source }, i);
    QList<Activity> activities;
    activities.reserve(now.size());
    for (const BlockedEntry &entry : now) {
        const qsizetype at = earlier.value({ entry.cidr, entry.source }, -1);
        const std::optional<Reading> reading =
            at >= 0 ? std::optional(readingOf(before[at])) : std::nullopt;
        activities.append(advance(reading, {}, beforeMs, readingOf(entry), nowMs));
    }
    return activities;
}

} // namespace Rampart
