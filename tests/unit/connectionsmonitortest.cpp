// The connections pipeline without widgets, as the Connections tab, `rampartctl connections`
// and a background watch use it: snapshots from a canned source grouped on workers, results
// on the monitor's own thread, one refresh under way and at most one more behind it, the
// interval and the pause, a grouping changed while a snapshot is being taken, the blocklist
// and the places the groups are matched against, and a failed snapshot that leaves the last
// good result in place.

#include "connections/connectionsmonitor.h"
#include "cannedsnapshots.h"
#include "client/helperclient.h"
#include "testcidr.h"
#include "testmmdb.h"

#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <memory>

using namespace Rampart;
using namespace std::chrono_literals;

namespace {

const char geoNetworks[] = R"([
    ["203.0.113.0/24", {"country_code": "AU"}],
    ["198.51.100.0/24", {"country_code": "DE"}]])";

QStringList remotes(const ConnectionsRefresh &refresh)
{
    QStringList list;
    for (const LocatedGroup &located : refresh.groups)
        list << located.group.remote.toString() + u' ' + QString::number(located.group.connections);
    return list;
}

QStringList countries(const ConnectionsRefresh &refresh)
{
    QStringList list;
    for (const LocatedGroup &located : refresh.groups)
        list << located.geo.countryCode + u' ' + QString::number(located.group.connections);
    return list;
}

ConnectionsRefresh refreshAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).first().value<ConnectionsRefresh>();
}

} // namespace

class ConnectionsMonitorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void groupsEachWay_data();
    void groupsEachWay();
    void resultsArriveOnTheMonitorsThread();
    void refreshesAskedForMeanwhileBecomeOne();
    void intervalRefreshesWhileStarted();
    void intervalDoesNotQueueBehindALongSnapshot();
    void pauseStopsTheInterval();
    void groupingChangedMidFlight_data();
    void groupingChangedMidFlight();
    void failedSnapshotKeepsTheLastGoodResult();
    void blocklistSaysWhatBlocksEachGroup();
    void blocklistSetWhileTheSnapshotIsTakenIsUsed();
    void geolocation();

private:
    QTemporaryDir m_geoDir;
    QString m_geoDatabase;
    CannedSnapshots m_snapshots;
    std::unique_ptr<ConnectionsMonitor> m_monitor;
};

void ConnectionsMonitorTest::initTestCase()
{
    QVERIFY(m_geoDir.isValid());
    m_geoDatabase = m_geoDir.filePath(QStringLiteral("test.mmdb"));
    QString error;
    QVERIFY2(TestMmdb::write(m_geoDatabase, geoNetworks, &error) > 0, qPrintable(error));
}

void ConnectionsMonitorTest::init()
{
    m_snapshots.clear();
    m_snapshots.set({ "203.0.113.7 3", "203.0.113.9 1", "198.51.100.1 2", "2001:db8::1 1" });
    m_monitor = std::make_unique<ConnectionsMonitor>();
    m_monitor->setSnapshotSource(m_snapshots.source());
}

void ConnectionsMonitorTest::cleanup()
{
    // A worker waiting in the source must not outlive the test that held it.
    m_snapshots.letGo();
    m_monitor.reset();
    QThreadPool::globalInstance()->waitForDone();
}

void ConnectionsMonitorTest::groupsEachWay_data()
{
    QTest::addColumn<Grouping>("grouping");
    QTest::addColumn<bool>("byCountry");
    QTest::addColumn<QStringList>("groups");

    // Busiest first, then IPv4 before IPv6, each in address order.
    QTest::newRow("address") << Grouping::Address << false
                             << QStringList { "203.0.113.7 3", "198.51.100.1 2", "203.0.113.9 1",
                                              "2001:db8::1 1" };
    QTest::newRow("/24") << Grouping::Network24 << false
                         << QStringList { "203.0.113.0/24 4", "198.51.100.0/24 2",
                                          "2001:db8::/64 1" };
    QTest::newRow("/16") << Grouping::Network16 << false
                         << QStringList { "203.0.0.0/16 4", "198.51.0.0/16 2", "2001:db8::/48 1" };
    // Countries have no remote; the places say which is which.
    QTest::newRow("country") << Grouping::Address << true << QStringList { "AU 4", "DE 2", " 1" };
}

void ConnectionsMonitorTest::groupsEachWay()
{
    QFETCH(Grouping, grouping);
    QFETCH(bool, byCountry);
    QFETCH(QStringList, groups);

    m_monitor->setGeoSearchPath({ m_geoDatabase });
    m_monitor->setGrouping(grouping, byCountry);
    QSignalSpy refreshed(m_monitor.get(), &ConnectionsMonitor::refreshed);
    m_monitor->refreshNow();
    QVERIFY(m_monitor->isRefreshing());
    QTRY_COMPARE(refreshed.size(), 1);
    QVERIFY(!m_monitor->isRefreshing());

    const ConnectionsRefresh refresh = refreshAt(refreshed, 0);
    QCOMPARE(refresh.grouping, grouping);
    QCOMPARE(refresh.byCountry, byCountry);
    QCOMPARE(byCountry ? countries(refresh) : remotes(refresh), groups);
    QCOMPARE(refresh.error, QString());
    QCOMPARE(refresh.geoError, QString());
    QCOMPARE(refresh.source, "canned");
    QCOMPARE(refresh.sockets, 7);
    QCOMPARE(m_monitor->lastGoodRefresh().groups.size(), groups.size());
}

void ConnectionsMonitorTest::resultsArriveOnTheMonitorsThread()
{
    // As a background service would run it: on a thread of its own, with an event loop.
    QThread serviceThread;
    serviceThread.start();
    m_monitor->moveToThread(&serviceThread);
    // Back to this thread whatever happens, to be destroyed here.
    const auto backHome = qScopeGuard([&] {
        QMetaObject::invokeMethod(
            m_monitor.get(), [&] { m_monitor->moveToThread(thread()); },
            Qt::BlockingQueuedConnection);
        serviceThread.quit();
        serviceThread.wait();
    });

    std::atomic<QThread *> deliveredOn = nullptr;
    connect(
        m_monitor.get(), &ConnectionsMonitor::refreshed, m_monitor.get(),
        [&](const ConnectionsRefresh &) { deliveredOn = QThread::currentThread(); },
        Qt::DirectConnection);
    // A receiver on this thread gets the result through its event loop.
    QList<ConnectionsRefresh> received;
    connect(m_monitor.get(), &ConnectionsMonitor::refreshed, this,
            [&](const ConnectionsRefresh &refresh) { received << refresh; });
    QMetaObject::invokeMethod(m_monitor.get(), &ConnectionsMonitor::refreshNow);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(deliveredOn.load(), &serviceThread);
    QCOMPARE(remotes(received.first()).size(), 4);
    // The snapshot was taken on neither thread.
    const QList<QThread *> sourceThreads = m_snapshots.sourceThreads();
    QCOMPARE(sourceThreads.size(), 1);
    QVERIFY(sourceThreads.first() != &serviceThread);
    QVERIFY(sourceThreads.first() != QThread::currentThread());
}

void ConnectionsMonitorTest::refreshesAskedForMeanwhileBecomeOne()
{
    QSignalSpy refreshed(m_monitor.get(), &ConnectionsMonitor::refreshed);
    m_snapshots.hold();
    m_monitor->refreshNow();
    QTRY_COMPARE(m_snapshots.started.load(), 1);
    // Asked three times while the first is under way: one more, with what is there then.
    m_monitor->refreshNow();
    m_monitor->refreshNow();
    m_monitor->refreshNow();
    m_snapshots.set({ "198.51.100.1 5" });
    m_snapshots.release();
    QTRY_COMPARE(m_snapshots.started.load(), 2);
    QTRY_COMPARE(refreshed.size(), 1);
    m_snapshots.release();
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(remotes(refreshAt(refreshed, 1)), QStringList { "198.51.100.1 5" });

    // Nothing more was queued: the monitor is idle, and stays so.
    QVERIFY(!m_monitor->isRefreshing());
    QTest::qWait(100);
    QCOMPARE(m_snapshots.started.load(), 2);
    QCOMPARE(refreshed.size(), 2);
}

void ConnectionsMonitorTest::intervalRefreshesWhileStarted()
{
    QCOMPARE(m_monitor->interval(), ConnectionsMonitor::defaultInterval);
    m_monitor->setInterval(20ms);
    QCOMPARE(m_monitor->interval(), 20ms);
    // Nothing until started: neither construction nor the interval takes a snapshot.
    QTest::qWait(100);
    QCOMPARE(m_snapshots.started.load(), 0);

    QSignalSpy refreshed(m_monitor.get(), &ConnectionsMonitor::refreshed);
    m_monitor->start();
    QVERIFY(m_monitor->isStarted());
    QTRY_VERIFY(refreshed.size() >= 3);

    m_monitor->stop();
    QVERIFY(!m_monitor->isStarted());
    QTRY_VERIFY(!m_monitor->isRefreshing());
    const int taken = m_snapshots.started;
    QTest::qWait(200);
    QCOMPARE(m_snapshots.started.load(), taken);

    // No interval is no interval: the default.
    m_monitor->setInterval(0ms);
    QCOMPARE(m_monitor->interval(), ConnectionsMonitor::defaultInterval);
}

void ConnectionsMonitorTest::intervalDoesNotQueueBehindALongSnapshot()
{
    QSignalSpy refreshed(m_monitor.get(), &ConnectionsMonitor::refreshed);
    m_snapshots.hold();
    m_monitor->setInterval(10ms);
    m_monitor->start();
    QTRY_COMPARE(m_snapshots.started.load(), 1);
    // Many intervals pass while the snapshot takes its time.
    QTest::qWait(200);
    m_monitor->stop();
    m_snapshots.release();
    QTRY_COMPARE(refreshed.size(), 1);
    QTRY_VERIFY(!m_monitor->isRefreshing());
    QTest::qWait(100);
    QCOMPARE(m_snapshots.started.load(), 1);
    QCOMPARE(refreshed.size(), 1);
}

void ConnectionsMonitorTest::pauseStopsTheInterval()
{
    QSignalSpy refreshed(m_monitor.get(), &ConnectionsMonitor::refreshed);
    m_monitor->setInterval(20ms);
    m_monitor->setPaused(true);
    QVERIFY(m_monitor->isPaused());
    m_monitor->start();
    QTest::qWait(200);
    QCOMPARE(m_snapshots.started.load(), 0);

    // A refresh asked for is still taken.
    m_monitor->refreshNow();
    QTRY_COMPARE(refreshed.size(), 1);
    QTest::qWait(200);
    QCOMPARE(m_snapshots.started.load(), 1);

    m_monitor->setPaused(false);
    QVERIFY(!m_monitor->isPaused());
    QTRY_VERIFY(refreshed.size() >= 3);

    // Paused while stopped, then started: still paused.
    m_monitor->stop();
    m_monitor->setPaused(true);
    QTRY_VERIFY(!m_monitor->isRefreshing());
    const int taken = m_snapshots.started;
    m_monitor->start();
    QTest::qWait(200);
    QCOMPARE(m_snapshots.started.load(), taken);
}

void ConnectionsMonitorTest::groupingChangedMidFlight_data()
{
    QTest::addColumn<Grouping>("grouping");
    QTest::addColumn<bool>("byCountry");
    QTest::addColumn<QStringList>("groups");

    QTest::newRow("to /24") << Grouping::Network24 << false
                            << QStringList { "203.0.113.0/24 4", "198.51.100.0/24 2",
                                             "2001:db8::/64 1" };
    QTest::newRow("to country") << Grouping::Address << true
                                << QStringList { "AU 4", "DE 2", " 1" };
}

void ConnectionsMonitorTest::groupingChangedMidFlight()
{
    QFETCH(Grouping, grouping);
    QFETCH(bool, byCountry);
    QFETCH(QStringList, groups);

    m_monitor->setGeoSearchPath({ m_geoDatabase });
    QSignalSpy refreshed(m_monitor.get(), &ConnectionsMonitor::refreshed);
    m_snapshots.hold();
    m_monitor->refreshNow();
    QTRY_COMPARE(m_snapshots.started.load(), 1);
    // Changed while the snapshot is being taken, and asked for again, as the tab does.
    m_monitor->setGrouping(grouping, byCountry);
    m_monitor->refreshNow();
    m_snapshots.letGo();
    QTRY_VERIFY(!refreshed.isEmpty());
    QTRY_VERIFY(!m_monitor->isRefreshing());
    // Whatever was reported was grouped the new way; nothing the old way reached anyone.
    for (qsizetype i = 0; i < refreshed.size(); ++i) {
        const ConnectionsRefresh refresh = refreshAt(refreshed, i);
        QCOMPARE(refresh.grouping, grouping);
        QCOMPARE(refresh.byCountry, byCountry);
        QCOMPARE(byCountry ? countries(refresh) : remotes(refresh), groups);
    }
    QCOMPARE(m_monitor->lastGoodRefresh().grouping, grouping);
    QCOMPARE(m_monitor->lastGoodRefresh().byCountry, byCountry);
}

void ConnectionsMonitorTest::failedSnapshotKeepsTheLastGoodResult()
{
    QSignalSpy refreshed(m_monitor.get(), &ConnectionsMonitor::refreshed);
    m_monitor->refreshNow();
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(m_monitor->lastGoodRefresh().groups.size(), 4);

    m_snapshots.fail(QStringLiteral("netlink refused and /proc/net unreadable"));
    m_monitor->refreshNow();
    QTRY_COMPARE(refreshed.size(), 2);
    const ConnectionsRefresh failed = refreshAt(refreshed, 1);
    QCOMPARE(failed.error, "netlink refused and /proc/net unreadable");
    QVERIFY(failed.groups.isEmpty());
    QCOMPARE(failed.source, "canned");
    // The last good result stays; the one after the failure replaces it.
    QCOMPARE(m_monitor->lastGoodRefresh().error, QString());
    QCOMPARE(remotes(m_monitor->lastGoodRefresh()),
             QStringList({ "203.0.113.7 3", "198.51.100.1 2", "203.0.113.9 1", "2001:db8::1 1" }));

    m_snapshots.set({ "198.51.100.1 1" });
    m_monitor->refreshNow();
    QTRY_COMPARE(refreshed.size(), 3);
    QCOMPARE(refreshAt(refreshed, 2).error, QString());
    QCOMPARE(remotes(m_monitor->lastGoodRefresh()), QStringList { "198.51.100.1 1" });
}

void ConnectionsMonitorTest::blocklistSaysWhatBlocksEachGroup()
{
    BlockedEntry network;
    network.cidr = QStringLiteral("203.0.113.0/24");
    network.source = QStringLiteral("manual");
    BlockedEntry feed;
    feed.cidr = QStringLiteral("2001:db8::/32");
    feed.source = QStringLiteral("feed:drop");
    m_monitor->setBlocklist(
        std::make_shared<const QList<BlockedEntry>>(QList<BlockedEntry> { network, feed }));

    QSignalSpy refreshed(m_monitor.get(), &ConnectionsMonitor::refreshed);
    m_monitor->refreshNow();
    QTRY_COMPARE(refreshed.size(), 1);
    QStringList blockedBy;
    for (const LocatedGroup &located : refreshAt(refreshed, 0).groups)
        blockedBy << located.group.remote.toString() + u'=' + located.group.blockedBy;
    QCOMPARE(blockedBy,
             QStringList({ "203.0.113.7=manual 203.0.113.0/24",
                           "198.51.100.1=", "203.0.113.9=manual 203.0.113.0/24",
                           "2001:db8::1=feed:drop 2001:db8::/32" }));

    // Kept for the refreshes after; an empty one lifts it.
    m_monitor->refreshNow();
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(refreshAt(refreshed, 1).groups.first().group.blockedBy, "manual 203.0.113.0/24");
    m_monitor->setBlocklist(std::make_shared<const QList<BlockedEntry>>());
    m_monitor->refreshNow();
    QTRY_COMPARE(refreshed.size(), 3);
    QCOMPARE(refreshAt(refreshed, 2).groups.first().group.blockedBy, QString());
}

void ConnectionsMonitorTest::blocklistSetWhileTheSnapshotIsTakenIsUsed()
{
    // rampartctl connections asks the helper for the listing, reads the sockets meanwhile and
    // hands the monitor the listing before the snapshot is grouped.
    QSignalSpy refreshed(m_monitor.get(), &ConnectionsMonitor::refreshed);
    m_snapshots.hold();
    m_monitor->refreshNow();
    QTRY_COMPARE(m_snapshots.started.load(), 1);
    BlockedEntry address;
    address.cidr = QStringLiteral("198.51.100.1");
    address.source = QStringLiteral("manual");
    m_monitor->setBlocklist(
        std::make_shared<const QList<BlockedEntry>>(QList<BlockedEntry> { address }));
    m_snapshots.release();
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(m_snapshots.started.load(), 1);
    const ConnectionsRefresh refresh = refreshAt(refreshed, 0);
    QCOMPARE(refresh.groups.at(1).group.remote.toString(), "198.51.100.1");
    QCOMPARE(refresh.groups.at(1).group.blockedBy, "manual 198.51.100.1");
}

void ConnectionsMonitorTest::geolocation()
{
    QSignalSpy refreshed(m_monitor.get(), &ConnectionsMonitor::refreshed);
    // Off until asked for: no places, and nothing to say about a database.
    m_monitor->refreshNow();
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(countries(refreshAt(refreshed, 0)), QStringList({ " 3", " 2", " 1", " 1" }));
    QCOMPARE(refreshAt(refreshed, 0).geoError, QString());

    m_monitor->setGeoSearchPath({ m_geoDatabase });
    m_monitor->refreshNow();
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(countries(refreshAt(refreshed, 1)), QStringList({ "AU 3", "DE 2", "AU 1", " 1" }));
    QCOMPARE(refreshAt(refreshed, 1).geoError, QString());

    // A database that is not there: no places, and the reason, naming the file.
    m_monitor->setGeoSearchPath({ m_geoDir.filePath(QStringLiteral("missing.mmdb")) });
    m_monitor->refreshNow();
    QTRY_COMPARE(refreshed.size(), 3);
    QCOMPARE(countries(refreshAt(refreshed, 2)), QStringList({ " 3", " 2", " 1", " 1" }));
    QVERIFY2(refreshAt(refreshed, 2).geoError.contains("missing.mmdb"),
             qPrintable(refreshAt(refreshed, 2).geoError));
}

QTEST_GUILESS_MAIN(ConnectionsMonitorTest)
#include "connectionsmonitortest.moc"
