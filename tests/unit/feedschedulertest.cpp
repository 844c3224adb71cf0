// Which feeds the GUI refreshes on its own, and when: a feed with an interval is refreshed
// once its last attempt is that long ago, never sooner (a failing download is not retried
// every minute), and a person's "Refresh now" runs through the same queue, saying what it
// does. What is fetched is the location with its credentials, never the one shown.

#include "feeds/feedscheduler.h"
#include "client/helperclient.h"
#include "loopbackhttpserver.h"
#include "privatebus.h"
#include "rules/requestrules.h"
#include "standinfeeds.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rampart;

namespace {

constexpr qint64 now = 1'700'000'000;
constexpr qint64 hour = 3600;
constexpr qint64 day = 86400;

FeedInfo feed(const QString &name, quint32 refreshSeconds, qint64 lastFetch)
{
    FeedInfo info;
    info.name = name;
    info.location = QStringLiteral("https://example.org/%1.txt").arg(name);
    info.format = QStringLiteral("auto");
    info.refreshSeconds = refreshSeconds;
    info.lastFetch = lastFetch;
    return info;
}

QStringList names(const QList<FeedInfo> &feeds)
{
    QStringList names;
    for (const FeedInfo &info : feeds)
        names << info.name;
    return names;
}

// The helper's feed methods as the scheduler calls them.
using FakeHelper = StandInFeeds;

} // namespace

class FeedSchedulerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void due_data();
    void due();
    void mostOverdueFirst();
    void countriesFollowTheDatabase();
    void refreshNowRunsThroughTheQueue();
    void fetchesWithCredentials();

private:
    QTemporaryDir m_files;
};

void FeedSchedulerTest::due_data()
{
    QTest::addColumn<quint32>("refreshSeconds");
    QTest::addColumn<qint64>("lastFetch");
    // 0: no attempt the helper did not record.
    QTest::addColumn<qint64>("lastAttempt");
    QTest::addColumn<bool>("due");

    QTest::newRow("only when asked, never fetched") << 0u << qint64(0) << qint64(0) << false;
    QTest::newRow("only when asked, long ago") << 0u << now - 365 * day << qint64(0) << false;
    QTest::newRow("never fetched") << quint32(day) << qint64(0) << qint64(0) << true;
    QTest::newRow("interval just passed") << quint32(day) << now - day << qint64(0) << true;
    QTest::newRow("one second early") << quint32(day) << now - day + 1 << qint64(0) << false;
    QTest::newRow("fetched an hour ago, every 6 hours")
        << quint32(6 * hour) << now - hour << qint64(0) << false;
    QTest::newRow("overdue by days") << quint32(6 * hour) << now - 3 * day << qint64(0) << true;
    // The helper could not record the failed attempt (no authorization without a prompt):
    // the client's own memory keeps it from trying every minute.
    QTest::newRow("unrecorded attempt a minute ago")
        << quint32(6 * hour) << now - 3 * day << now - 60 << false;
    QTest::newRow("unrecorded attempt long ago")
        << quint32(6 * hour) << now - 3 * day << now - 7 * hour << true;
    QTest::newRow("recorded fetch later than the attempt")
        << quint32(6 * hour) << now - hour << now - 3 * day << false;
    // The clock was set back a year: waiting for the old time would stall the feed.
    QTest::newRow("last fetch in the future")
        << quint32(day) << now + 365 * day << qint64(0) << true;
}

void FeedSchedulerTest::due()
{
    QFETCH(quint32, refreshSeconds);
    QFETCH(qint64, lastFetch);
    QFETCH(qint64, lastAttempt);
    QFETCH(bool, due);

    QHash<QString, qint64> attempts;
    if (lastAttempt)
        attempts.insert("alpha", lastAttempt);
    const QList<FeedInfo> found =
        dueFeeds({ feed("alpha", refreshSeconds, lastFetch) }, now, attempts);
    QCOMPARE(names(found), due ? QStringList { "alpha" } : QStringList {});
}

void FeedSchedulerTest::mostOverdueFirst()
{
    const QList<FeedInfo> feeds = {
        feed("recent", quint32(day), now - hour),
        feed("week-late", quint32(day), now - 8 * day),
        feed("manual", 0, 0),
        feed("hour-late", quint32(6 * hour), now - 7 * hour),
        feed("never", quint32(day), 0),
    };
    QCOMPARE(names(dueFeeds(feeds, now)), QStringList({ "never", "week-late", "hour-late" }));
}

void FeedSchedulerTest::countriesFollowTheDatabase()
{
    FeedInfo current = feed("country-us", quint32(day), now - hour);
    current.lastSuccess = current.lastFetch;
    current.location = "country:US";
    current.format = "country";
    current.etag = "geo-whois-asn-country@1000";
    FeedInfo stale = current;
    stale.name = "country-de";
    stale.location = "country:DE";
    stale.etag = "geo-whois-asn-country@900";
    // Read a minute ago from the database in use before this one: the change is news.
    FeedInfo justRead = stale;
    justRead.name = "country-nz";
    justRead.location = "country:NZ";
    justRead.lastFetch = justRead.lastSuccess = now - 60;
    // Tried a minute ago, and that failed: not again for a while.
    FeedInfo justTried = stale;
    justTried.name = "country-fr";
    justTried.location = "country:FR";
    justTried.lastFetch = now - 60;
    // A web feed's ETag is the server's: never compared with the database.
    FeedInfo web = feed("drop", quint32(day), now - hour);
    web.etag = "\"abc\"";

    const QList<FeedInfo> feeds { current, stale, justRead, justTried, web };
    QCOMPARE(names(dueFeeds(feeds, now, {}, "geo-whois-asn-country@1000")),
             QStringList({ "country-de", "country-nz" }));
    // An attempt a minute ago, remembered here though not yet by the helper, holds it back.
    QCOMPARE(
        names(dueFeeds(feeds, now, { { "country-de", now - 60 } }, "geo-whois-asn-country@1000")),
        QStringList { "country-nz" });
    // A quarter of an hour after the failure, the country is tried again.
    QCOMPARE(names(dueFeeds(feeds, now + 15 * 60, {}, "geo-whois-asn-country@1000")),
             QStringList({ "country-de", "country-nz", "country-fr" }));
    // Without a database to compare with, only the intervals count.
    QCOMPARE(names(dueFeeds(feeds, now)), QStringList {});
    QCOMPARE(names(dueFeeds(feeds, now + day)),
             QStringList({ "country-us", "country-de", "drop", "country-nz", "country-fr" }));
}

void FeedSchedulerTest::refreshNowRunsThroughTheQueue()
{
    QVERIFY(m_files.isValid());
    const QString path = m_files.filePath("list.txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1.10.16.0/20\n5.188.10.0/23\n");
    file.close();

    // A bus of our own where no helper is: the list is read and parsed, and handing it over
    // fails, as it must. The host's buses stay untouched.
    PrivateBus privateBus;
    QString busError;
    QVERIFY2(privateBus.start(&busError), qPrintable(busError));
    const QString busAddress = privateBus.address();
    const QString busName = QStringLiteral("feedschedulertest-private");
    {
        HelperClient client(QDBusConnection::connectToBus(busAddress, busName));
        FeedScheduler scheduler(&client, nullptr);
        // Without a background client nothing runs on schedule.
        scheduler.start();
        QVERIFY(!scheduler.isActive());

        QSignalSpy queued(&scheduler, &FeedScheduler::queued);
        QSignalSpy started(&scheduler, &FeedScheduler::started);
        QSignalSpy finished(&scheduler, &FeedScheduler::finished);
        FeedInfo first = feed("first", 0, 0);
        first.location = path;
        FeedInfo second = first;
        second.name = "second";
        scheduler.refreshNow({ first, second });
        QCOMPARE(queued.size(), 2);
        QVERIFY(scheduler.isBusyWith("first"));
        QVERIFY(scheduler.isBusyWith("second"));
        QVERIFY(!scheduler.isBusyWith("third"));

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        // One at a time, in the order asked.
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(0).at(0).toString(), "first");
        QCOMPARE(started.at(1).at(0).toString(), "second");
        const auto result = finished.at(0).at(1).value<FeedRefresh::Result>();
        QCOMPARE(finished.at(0).at(0).toString(), "first");
        QCOMPARE(result.status, FeedRefresh::Status::Failed);
        QVERIFY2(result.error.contains("cannot be reached"), qPrintable(result.error));
        QCOMPARE(result.summary.parsed.valid, 2);
        QVERIFY(!scheduler.isBusyWith("first"));
        QVERIFY(!scheduler.isBusyWith("second"));
    }
    QDBusConnection::disconnectFromBus(busName);
}

void FeedSchedulerTest::fetchesWithCredentials()
{
    registerHelperTypes();
    LoopbackHttpServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.setResponse("/list.txt", { 200, {}, {}, "1.10.16.0/20\n" });
    FeedInfo whole = feed("keyed", quint32(day), 0);
    whole.location = server.url("/list.txt?token=s3cret").toString();

    PrivateBus privateBus;
    QString busError;
    QVERIFY2(privateBus.start(&busError), qPrintable(busError));
    const QString helperBus = QStringLiteral("feedschedulertest-helper");
    const QString clientBus = QStringLiteral("feedschedulertest-client");
    FakeHelper helper;
    helper.wholeFeeds = { whole };
    {
        QString serveError;
        QVERIFY2(privateBus.serveHelper(&helper, helperBus, &serveError), qPrintable(serveError));
        HelperClient client(QDBusConnection::connectToBus(privateBus.address(), clientBus));
        FeedScheduler scheduler(&client, nullptr);
        QSignalSpy finished(&scheduler, &FeedScheduler::finished);

        // Refresh Now on the feed as the Feeds tab lists it, its token shown as "***".
        FeedInfo shown = whole;
        shown.location = redactedLocation(whole.location);
        QVERIFY(shown.location.contains("***"));
        scheduler.refreshNow({ shown });
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto result = finished.at(0).at(1).value<FeedRefresh::Result>();
        QVERIFY2(result.status == FeedRefresh::Status::Updated, qPrintable(result.error));
        QCOMPARE(helper.feedsAsked, QList<bool> { true });
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().target, "/list.txt?token=s3cret");
        QCOMPARE(helper.updated, QStringList { "keyed" });

        // Nothing hidden, nothing to read first.
        helper.feedsAsked.clear();
        scheduler.refreshNow({ whole });
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(helper.feedsAsked, QList<bool> {});
        QCOMPARE(server.requests().size(), 2);

        // The schedule reads the feeds with their credentials too.
        HelperClient background { QDBusConnection(clientBus) };
        background.setInteractive(false);
        FeedScheduler scheduled(&client, &background);
        QSignalSpy scheduledFinished(&scheduled, &FeedScheduler::finished);
        scheduled.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(scheduledFinished.size(), 1, 10000);
        QCOMPARE(helper.feedsAsked, QList<bool> { true });
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests().last().target, "/list.txt?token=s3cret");
    }
    QDBusConnection::disconnectFromBus(clientBus);
    QDBusConnection::disconnectFromBus(helperBus);
}

QTEST_MAIN(FeedSchedulerTest)
#include "feedschedulertest.moc"
