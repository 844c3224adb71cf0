// The hit counters of list and why: read once, or twice a second apart for last hits and rates.
#include "client/hitcounters.h"
#include "commands.h"

#include <QDateTime>
#include <QJsonValue>
#include <QThread>

namespace Rampart::CommandLine {

namespace {

// Long enough for a rate to mean something, short enough to wait for at a prompt.
constexpr unsigned long sampleIntervalMs = 1000;

} // namespace

std::optional<SampledListing> fetchSampledListing(HelperClient &client, bool twice,
                                                  QTextStream &err)
{
    std::optional<QList<BlockedEntry>> first = fetchListing(client, err);
    if (!first)
        return std::nullopt;
    SampledListing sampled;
    if (!twice) {
        sampled.entries = std::move(*first);
        return sampled;
    }
    const qint64 firstAtMs = QDateTime::currentMSecsSinceEpoch();
    QThread::msleep(sampleIntervalMs);
    std::optional<QList<BlockedEntry>> second = fetchListing(client, err);
    if (!second)
        return std::nullopt;
    const qint64 secondAtMs = QDateTime::currentMSecsSinceEpoch();
    sampled.activities = HitCounters::compare(*first, firstAtMs, *second, secondAtMs);
    sampled.entries = std::move(*second);
    return sampled;
}

void addCounters(QJsonObject &object, const BlockedEntry &entry,
                 const HitCounters::Activity *activity)
{
    object.insert(QStringLiteral("packets"), double(entry.packets));
    object.insert(QStringLiteral("bytes"), double(entry.bytes));
    if (!activity || !activity->rateKnown)
        return;
    object.insert(QStringLiteral("rate"), activity->packetsPerSecond);
    object.insert(QStringLiteral("lastHit"),
                  activity->lastHitMs
                      ? timeValue(QDateTime::fromMSecsSinceEpoch(activity->lastHitMs))
                      : QJsonValue());
}

} // namespace Rampart::CommandLine
