// Last hit and drop rate from two readings of an entry's counters, as the Blocklist tab and
// `rampartctl list --rate` work them out.

#include "client/hitcounters.h"

#include <QTest>

#include <optional>

using namespace Rampart;

Q_DECLARE_METATYPE(Rampart::HitCounters::Reading)
Q_DECLARE_METATYPE(std::optional<Rampart::HitCounters::Reading>)

namespace {

using Reading = HitCounters::Reading;
using Activity = HitCounters::Activity;

constexpr qint64 beforeMs = 1'700'000'000'000;
constexpr qint64 nowMs = beforeMs + 5000;
constexpr qint64 earlierHitMs = beforeMs - 60'000;

BlockedEntry entry(const QString &cidr, quint64 packets, quint64 bytes,
                   const QString &source = QStringLiteral("manual"), qint64 created = 1'600'000'000)
{
    BlockedEntry e;
    e.cidr = cidr;
    e.source = source;
    e.created = QDateTime::fromSecsSinceEpoch(created);
    e.packets = packets;
    e.bytes = bytes;
    return e;
}

} // namespace

class HitCountersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void advance_data();
    void advance();
    void compare();
    void counterStart();
};

void HitCountersTest::advance_data()
{
    QTest::addColumn<std::optional<Reading>>("before");
    QTest::addColumn<qint64>("readBeforeMs");
    QTest::addColumn<Reading>("now");
    QTest::addColumn<bool>("rateKnown");
    QTest::addColumn<double>("rate");
    QTest::addColumn<qint64>("lastHitMs");

    const std::optional<Reading> none;
    QTest::newRow("first reading of all") << std::optional(Reading { 10, 840, 0 }) << qint64(0)
                                          << Reading { 20, 1680, 0 } << false << 0.0 << qint64(0);
    QTest::newRow("hit in between") << std::optional(Reading { 10, 840, 0 }) << beforeMs
                                    << Reading { 20, 1680, 0 } << true << 2.0 << nowMs;
    QTest::newRow("quiet: last hit stays") << std::optional(Reading { 10, 840, 0 }) << beforeMs
                                           << Reading { 10, 840, 0 } << true << 0.0 << earlierHitMs;
    QTest::newRow("counter went down: reset, counts since")
        << std::optional(Reading { 100, 8400, 0 }) << beforeMs << Reading { 5, 420, 0 } << true
        << 1.0 << nowMs;
    QTest::newRow("reset to nothing keeps the last hit")
        << std::optional(Reading { 100, 8400, 0 }) << beforeMs << Reading { 0, 0, 0 } << true << 0.0
        << earlierHitMs;
    QTest::newRow("added again, more than before")
        << std::optional(Reading { 3, 252, 1000 }) << beforeMs << Reading { 10, 840, 2000 } << true
        << 2.0 << nowMs;
    QTest::newRow("bytes went down alone") << std::optional(Reading { 3, 2520, 0 }) << beforeMs
                                           << Reading { 3, 252, 0 } << true << 0.6 << nowMs;
    QTest::newRow("new entry added in between")
        << none << beforeMs << Reading { 15, 1260, beforeMs / 1000 + 2 } << true << 3.0 << nowMs;
    QTest::newRow("new to the listing, older than the reading before")
        << none << beforeMs << Reading { 15, 1260, beforeMs / 1000 - 100 } << false << 0.0
        << qint64(0);
    QTest::newRow("new feed network: start not known")
        << none << beforeMs << Reading { 15, 1260, 0 } << false << 0.0 << qint64(0);
}

void HitCountersTest::advance()
{
    QFETCH(std::optional<Reading>, before);
    QFETCH(qint64, readBeforeMs);
    QFETCH(Reading, now);
    QFETCH(bool, rateKnown);
    QFETCH(double, rate);
    QFETCH(qint64, lastHitMs);

    const Activity was { earlierHitMs, 0.5, true };
    const Activity activity = HitCounters::advance(before, was, readBeforeMs, now, nowMs);
    QCOMPARE(activity.rateKnown, rateKnown);
    QCOMPARE(activity.packetsPerSecond, rate);
    QCOMPARE(activity.lastHitMs, lastHitMs);
}

void HitCountersTest::compare()
{
    // The same network by hand and by a feed are two entries; a gone entry is no matter.
    const QList<BlockedEntry> before { entry("192.0.2.1", 4, 336),
                                       entry("192.0.2.1", 10, 840, "feed:drop", 1'700'000'000),
                                       entry("198.51.100.0/24", 7, 588) };
    const QList<BlockedEntry> now { entry("192.0.2.1", 4, 336),
                                    entry("192.0.2.1", 30, 2520, "feed:drop", 1'700'000'100),
                                    entry("203.0.113.9", 2, 168, "manual", nowMs / 1000 - 1) };
    const QList<Activity> activities = HitCounters::compare(before, beforeMs, now, nowMs);
    QCOMPARE(activities.size(), 3);
    QVERIFY(activities[0].rateKnown);
    QCOMPARE(activities[0].packetsPerSecond, 0.0);
    QCOMPARE(activities[0].lastHitMs, 0);
    // A feed's refresh time is not its counters' start.
    QVERIFY(activities[1].rateKnown);
    QCOMPARE(activities[1].packetsPerSecond, 4.0);
    QCOMPARE(activities[1].lastHitMs, nowMs);
    QVERIFY(activities[2].rateKnown);
    QCOMPARE(activities[2].packetsPerSecond, 0.4);
    QCOMPARE(activities[2].lastHitMs, nowMs);
}

void HitCountersTest::counterStart()
{
    QCOMPARE(HitCounters::counterStart(QStringLiteral("manual"), 1234), 1234);
    QCOMPARE(HitCounters::counterStart(QStringLiteral("feed:drop"), 1234), 0);
}

QTEST_GUILESS_MAIN(HitCountersTest)
#include "hitcounterstest.moc"
