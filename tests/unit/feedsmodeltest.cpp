// The Feeds tab's rows as an administrator reads them: a reload changes rows in place so
// that the selection stays, each feed says plainly whether it is healthy and when it is
// refreshed next, and columns sort by value, not by text.

#include "feedsmodel.h"

#include <QBrush>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTranslator>

using namespace Rampart;

namespace {

// A fixed "now", so that "in 5 hours" does not depend on when the test runs.
constexpr qint64 now = 1'700'000'000;
constexpr qint64 hour = 3600;
constexpr qint64 day = 86400;

FeedInfo feed(const QString &name, quint32 appliedRanges = 100)
{
    FeedInfo info;
    info.name = name;
    info.location = QStringLiteral("https://example.org/%1.txt").arg(name);
    info.format = QStringLiteral("auto");
    info.refreshSeconds = day;
    info.lastFetch = now - hour;
    info.lastSuccess = now - hour;
    info.ranges = appliedRanges + 1;
    info.appliedRanges = appliedRanges;
    return info;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, FeedsModel::NameColumn).data().toString();
    return names;
}

} // namespace

class FeedsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reloadUpdatesRowsInPlace();
    void unchangedReloadSignalsNothing();
    void selectionSurvivesReload();
    void texts_data();
    void texts();
    void insecureAndBroadFeeds_data();
    void insecureAndBroadFeeds();
    void progressShowsWhileRefreshing();
    void sortRoleGivesRawValues();
    void proxySortsNumbersByValue();
    void countersAreTheSumsOfTheEntries();

private:
    QTranslator m_english;
};

void FeedsModelTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // "5 hours", not "5 hour(s)".
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
}

void FeedsModelTest::reloadUpdatesRowsInPlace()
{
    FeedsModel model;
    model.setNow(now);
    model.setFeeds({ feed("alpha"), feed("bravo"), feed("charlie"), feed("delta") });
    QCOMPARE(names(model), QStringList({ "alpha", "bravo", "charlie", "delta" }));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // bravo and charlie are gone, alpha has a new list, delta a failure, echo is new.
    FeedInfo alpha = feed("alpha", 2500);
    FeedInfo delta = feed("delta");
    delta.lastError = "The download of https://example.org/delta.txt failed: HTTP 404";
    model.setFeeds({ delta, feed("echo"), alpha });

    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    // One run of rows removed, one of rows added at the end.
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(names(model), QStringList({ "alpha", "delta", "echo" }));

    // Only the columns whose values moved, in the rows that stayed.
    QCOMPARE(changed.size(), 2);
    const auto topLeft = [&](int i) {
        return changed.at(i).at(0).value<QModelIndex>();
    };
    const auto bottomRight = [&](int i) {
        return changed.at(i).at(1).value<QModelIndex>();
    };
    QCOMPARE(topLeft(0).row(), 0);
    QCOMPARE(topLeft(0).column(), int(FeedsModel::NetworksColumn));
    QCOMPARE(bottomRight(0).column(), int(FeedsModel::NetworksColumn));
    QCOMPARE(topLeft(1).row(), 1);
    QCOMPARE(topLeft(1).column(), int(FeedsModel::StatusColumn));
    QCOMPARE(bottomRight(1).column(), int(FeedsModel::LastErrorColumn));

    QCOMPARE(model.index(0, FeedsModel::NetworksColumn).data().toString(), "2,500");
    QCOMPARE(model.index(1, FeedsModel::StatusColumn).data().toString(), "Error");
    QCOMPARE(model.index(1, FeedsModel::LastErrorColumn).data(Qt::ToolTipRole).toString(),
             delta.lastError);
}

void FeedsModelTest::unchangedReloadSignalsNothing()
{
    FeedsModel model;
    model.setFeeds({ feed("alpha"), feed("bravo") });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setFeeds({ feed("bravo"), feed("alpha") });
    QCOMPARE(changed.size() + inserted.size() + removed.size(), 0);
}

void FeedsModelTest::selectionSurvivesReload()
{
    FeedsModel model;
    model.setNow(now);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FeedsModel::SortRole);
    proxy.sort(FeedsModel::NetworksColumn, Qt::AscendingOrder);
    QItemSelectionModel selection(&proxy);

    model.setFeeds({ feed("alpha", 10), feed("bravo", 20), feed("charlie", 30) });
    QCOMPARE(names(proxy), QStringList({ "alpha", "bravo", "charlie" }));
    selection.select(proxy.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    // bravo grows past charlie, alpha goes, delta arrives: bravo stays selected, wherever
    // it sorts now.
    model.setFeeds({ feed("bravo", 40), feed("charlie", 30), feed("delta", 5) });
    QCOMPARE(names(proxy), QStringList({ "delta", "charlie", "bravo" }));
    const QModelIndexList selected = selection.selectedRows(FeedsModel::NameColumn);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(FeedsModel::NameRole).toString(), "bravo");
}

void FeedsModelTest::texts_data()
{
    QTest::addColumn<quint32>("refreshSeconds");
    QTest::addColumn<qint64>("lastFetch");
    QTest::addColumn<qint64>("lastSuccess");
    QTest::addColumn<QString>("lastError");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("lastUpdate");
    QTest::addColumn<QString>("nextRefresh");

    const QString oneHourAgo =
        QLocale().toString(QDateTime::fromSecsSinceEpoch(now - hour), QLocale::ShortFormat);
    const QString twoDaysAgo =
        QLocale().toString(QDateTime::fromSecsSinceEpoch(now - 2 * day), QLocale::ShortFormat);

    QTest::newRow("never fetched, due at once")
        << quint32(day) << qint64(0) << qint64(0) << QString() << "Never fetched"
        << "never"
        << "now";
    QTest::newRow("never fetched, only when asked")
        << quint32(0) << qint64(0) << qint64(0) << QString() << "Never fetched"
        << "never"
        << "when asked";
    QTest::newRow("healthy, not due") << quint32(6 * hour) << now - hour << now - hour << QString()
                                      << "OK" << oneHourAgo << "in 5 hours";
    QTest::newRow("healthy, overdue") << quint32(day) << now - 2 * day << now - 2 * day << QString()
                                      << "OK" << twoDaysAgo << "now";
    QTest::newRow("failed after a good list")
        << quint32(day) << now - hour << now - 2 * day << "HTTP 503 from https://example.org/"
        << "Error" << twoDaysAgo << "in 23 hours";
    QTest::newRow("never worked") << quint32(7 * day) << now - hour << qint64(0)
                                  << "This is a web page"
                                  << "Error"
                                  << "never"
                                  << "in 6 days 23 hours";
    QTest::newRow("only when asked") << quint32(0) << now - hour << now - hour << QString() << "OK"
                                     << oneHourAgo << "when asked";
}

void FeedsModelTest::texts()
{
    QFETCH(quint32, refreshSeconds);
    QFETCH(qint64, lastFetch);
    QFETCH(qint64, lastSuccess);
    QFETCH(QString, lastError);

    FeedInfo info = feed("alpha");
    info.refreshSeconds = refreshSeconds;
    info.lastFetch = lastFetch;
    info.lastSuccess = lastSuccess;
    info.lastError = lastError;
    FeedsModel model;
    model.setNow(now);
    model.setFeeds({ info });

    const auto text = [&](FeedsModel::Column column) {
        return model.index(0, column).data().toString();
    };
    QTEST(text(FeedsModel::StatusColumn), "status");
    QTEST(text(FeedsModel::LastUpdateColumn), "lastUpdate");
    QTEST(text(FeedsModel::NextRefreshColumn), "nextRefresh");
    QCOMPARE(text(FeedsModel::LastErrorColumn), lastError);
}

void FeedsModelTest::insecureAndBroadFeeds_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("checksumUrl");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<bool>("allowBroad");
    QTest::addColumn<bool>("red");
    QTest::addColumn<QString>("locationTip"); // beyond the location itself
    QTest::addColumn<QString>("locationText");

    const QString https = "https://example.org/list.txt";
    const QString http = "http://example.org/list.txt";
    QTest::newRow("https") << https << "" << false << false << false << "" << https;
    QTest::newRow("plain http, insecure")
        << http << "" << true << false << true
        << "Fetched over plain HTTP without an HTTPS checksum: anyone on the network path can "
           "change the list, even into one that blocks everything."
        << http;
    QTest::newRow("plain http, https checksum")
        << http << "https://example.org/list.txt.sha256" << false << false << false << "" << http;
    QTest::newRow("checksum over plain http, insecure")
        << https << "http://example.org/list.txt.sha256" << true << false << true
        << "Its checksum is fetched over plain HTTP: anyone on the network path can change it."
        << https;
    QTest::newRow("allows broad networks")
        << https << "" << false << true << false << "" << https + " (allows broad networks)";
}

void FeedsModelTest::insecureAndBroadFeeds()
{
    QFETCH(QString, location);
    QFETCH(QString, checksumUrl);
    QFETCH(bool, insecure);
    QFETCH(bool, allowBroad);
    QFETCH(bool, red);
    QFETCH(QString, locationTip);
    QFETCH(QString, locationText);

    FeedInfo info = feed("alpha");
    info.location = location;
    info.checksumUrl = checksumUrl;
    info.insecure = insecure;
    info.allowBroad = allowBroad;
    FeedsModel model;
    model.setNow(now);
    model.setFeeds({ info });
    const QModelIndex cell = model.index(0, FeedsModel::LocationColumn);
    QCOMPARE(cell.data().toString(), locationText);
    // Sorted by the location alone.
    QCOMPARE(cell.data(FeedsModel::SortRole).toString(), location);
    const QVariant foreground = cell.data(Qt::ForegroundRole);
    QCOMPARE(foreground.isValid(), red);
    if (red)
        QCOMPARE(foreground.value<QBrush>().color(), QColor(Qt::red));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
             locationTip.isEmpty() ? location : location + '\n' + locationTip);
    QCOMPARE(model.index(0, FeedsModel::NameColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains("Allows broad networks: wider than /8 (IPv6 /16)"),
             allowBroad);

    // A reload that only marks the feed insecure repaints its location.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    info.insecure = !insecure;
    model.setFeeds({ info });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(FeedsModel::LocationColumn));
}

void FeedsModelTest::progressShowsWhileRefreshing()
{
    FeedsModel model;
    model.setNow(now);
    // Known before the feed is listed (a new feed being imported): shown once it is.
    model.setWaiting("alpha");
    model.setFeeds({ feed("alpha"), feed("bravo") });
    const QModelIndex status = model.index(0, FeedsModel::StatusColumn);
    QCOMPARE(status.data().toString(), "Waiting");

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setProgress("alpha", 0, -1);
    QCOMPARE(status.data().toString(), "Updating…");
    model.setProgress("alpha", 420, 1000);
    QCOMPARE(status.data().toString(), "Updating… 42 %");
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), status);
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>(), status);
    // The other feed is untouched.
    QCOMPARE(model.index(1, FeedsModel::StatusColumn).data().toString(), "OK");

    model.setIdle("alpha");
    QCOMPARE(status.data().toString(), "OK");
}

void FeedsModelTest::sortRoleGivesRawValues()
{
    FeedInfo info = feed("alpha", 1'234'567);
    FeedsModel model;
    model.setNow(now);
    model.setFeeds({ info });
    const auto value = [&](FeedsModel::Column column, int role) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(value(FeedsModel::NetworksColumn, Qt::DisplayRole).toString(), "1,234,567");
    QCOMPARE(value(FeedsModel::NetworksColumn, FeedsModel::SortRole).toLongLong(), 1'234'567);
    QCOMPARE(value(FeedsModel::NetworksColumn, Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(value(FeedsModel::LastUpdateColumn, FeedsModel::SortRole).toLongLong(), now - hour);
    QCOMPARE(value(FeedsModel::NextRefreshColumn, FeedsModel::SortRole).toLongLong(),
             now - hour + day);
    QVERIFY(value(FeedsModel::NetworksColumn, Qt::ToolTipRole).toString().contains("1,234,568"));

    // Only when asked sorts after every time.
    info.refreshSeconds = 0;
    model.setFeeds({ info });
    QCOMPARE(value(FeedsModel::NextRefreshColumn, FeedsModel::SortRole).toLongLong(),
             std::numeric_limits<qint64>::max());
}

void FeedsModelTest::proxySortsNumbersByValue()
{
    FeedsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FeedsModel::SortRole);
    proxy.sort(FeedsModel::NetworksColumn, Qt::AscendingOrder);
    model.setFeeds({ feed("ten", 10), feed("nine", 9), feed("thousand", 1000) });
    // As text, "1,000" and "10" would come before "9".
    QCOMPARE(names(proxy), QStringList({ "nine", "ten", "thousand" }));
}

void FeedsModelTest::countersAreTheSumsOfTheEntries()
{
    FeedsModel model;
    model.setFeeds({ feed("alpha"), feed("bravo"), feed("charlie") });
    const auto entry = [](const QString &source, quint64 packets, quint64 bytes) {
        BlockedEntry e;
        e.cidr = QStringLiteral("192.0.2.1");
        e.source = source;
        e.packets = packets;
        e.bytes = bytes;
        return e;
    };
    QList<BlockedEntry> listing { entry("feed:alpha", 3, 252), entry("feed:alpha", 4, 336),
                                  entry("manual", 100, 8400), entry("feed:bravo", 1, 84) };
    const qint64 firstMs = now * 1000;
    model.setCounters(HitCounters::totalsBySource(listing), firstMs);
    const auto shown = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(shown(0, FeedsModel::PacketsColumn).toString(), "7");
    QCOMPARE(shown(0, FeedsModel::BytesColumn, FeedsModel::SortRole).toULongLong(), 588u);
    QCOMPARE(shown(0, FeedsModel::BytesColumn).toString(), "588 bytes");
    QCOMPARE(shown(1, FeedsModel::PacketsColumn).toString(), "1");
    // A feed without entries in the listing, and no rate before a second reading.
    QCOMPARE(shown(2, FeedsModel::PacketsColumn).toString(), "0");
    QCOMPARE(shown(0, FeedsModel::RateColumn).toString(), "");

    // Five seconds later bravo dropped ten more: only its row changes, in the counter columns.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    listing[3].packets = 11;
    listing[3].bytes = 924;
    model.setCounters(HitCounters::totalsBySource(listing), firstMs + 5000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, FeedsModel::PacketsColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, FeedsModel::RateColumn));
    QCOMPARE(shown(1, FeedsModel::RateColumn).toString(), "2.0/s");
    QCOMPARE(shown(1, FeedsModel::PacketsColumn).toString(), "11");
    // Reloading the feeds keeps the counters.
    model.setFeeds({ feed("alpha"), feed("bravo"), feed("charlie") });
    QCOMPARE(shown(1, FeedsModel::PacketsColumn).toString(), "11");
}

QTEST_MAIN(FeedsModelTest)
#include "feedsmodeltest.moc"
