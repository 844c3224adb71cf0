// The Connections tab's rows as an administrator reads them while they refresh every two
// seconds: a refresh changes, adds and removes rows so that the selected row stays
// selected wherever it sorts, busy remotes are tinted, numbers sort by value, and the
// filter finds a remote by its address, its blocklist entry or its process.

#include "connectionsmodel.h"
#include "testcidr.h"

#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTranslator>

using namespace Rampart;

namespace {

// On a minute boundary, so that a few seconds later is still the same minute shown.
constexpr qint64 minute = 60'000;
constexpr qint64 now = 28'333'334 * minute;

ConnectionGroup group(const QString &remote, int connections)
{
    ConnectionGroup group;
    group.remote = cidr(remote);
    group.connections = connections;
    group.states = { { "ESTABLISHED", connections } };
    group.localPorts = { 443 };
    group.addresses = 1;
    group.firstSeenMs = now - 5 * minute;
    group.lastSeenMs = now;
    return group;
}

QStringList remotes(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, ConnectionsModel::RemoteColumn).data().toString();
    return list;
}

OnlineDetails answer(const QString &address, const QString &city, const QString &region,
                     const QString &isp, const QString &organization = {},
                     const QString &asText = {})
{
    OnlineDetails details;
    details.address = address;
    details.countryCode = QStringLiteral("US");
    details.city = city;
    details.region = region;
    details.isp = isp;
    details.organization = organization;
    details.asText = asText;
    return details;
}

OnlineDetails failure(const QString &address, const QString &error)
{
    OnlineDetails details;
    details.address = address;
    details.error = error;
    return details;
}

// The rows and columns a dataChanged spy saw, as "row:first-last".
QStringList changedCells(const QSignalSpy &spy)
{
    QStringList cells;
    for (const QList<QVariant> &signal : spy) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            cells << QStringLiteral("%1:%2-%3")
                         .arg(row)
                         .arg(topLeft.column())
                         .arg(bottomRight.column());
    }
    return cells;
}

} // namespace

class ConnectionsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refreshSignalsOnlyTheDifference();
    void unchangedRefreshSignalsNothing();
    void remoteListedTwiceCountsOnce();
    void selectionSurvivesRefresh();
    void selectionSurvivesLargeRefresh();
    void groupingChangeResets();
    void rowsOverTheThresholdAreTinted();
    void sortRoleGivesRawValues();
    void proxySortsByValue();
    void texts();
    void droppingRowSaysSo();
    void filter_data();
    void filter();
    void countryColumn();
    void groupedByCountry();
    void countryFlag();
    void onlineDetailsTexts_data();
    void onlineDetailsTexts();
    void onlineDetailsReachTheirRows();
    void onlineDetailsSurviveRefreshes();

private:
    QTranslator m_english;
};

void ConnectionsModelTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
}

void ConnectionsModelTest::refreshSignalsOnlyTheDifference()
{
    ConnectionsModel model;
    model.setGroups({ group("203.0.113.7", 412), group("198.51.100.1", 37), group("192.0.2.2", 5),
                      group("192.0.2.1", 20), group("2001:db8::1", 3) });
    QCOMPARE(
        remotes(model),
        QStringList({ "203.0.113.7", "198.51.100.1", "192.0.2.2", "192.0.2.1", "2001:db8::1" }));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // 203.0.113.7 gained connections, 198.51.100.1 is gone, 192.0.2.1 is the same,
    // 192.0.2.2 is now blocked, 2001:db8::1 has a new process, 2001:db8::2 arrived; the
    // aggregator lists them busiest first, so in an order of its own.
    ConnectionGroup busier = group("203.0.113.7", 500);
    ConnectionGroup blocked = group("192.0.2.2", 5);
    blocked.blockedBy = "manual 192.0.2.0/24";
    ConnectionGroup withProcess = group("2001:db8::1", 3);
    withProcess.processes = { "sshd" };
    model.setGroups(
        { busier, group("192.0.2.1", 20), group("2001:db8::2", 9), blocked, withProcess });

    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(
        remotes(model),
        QStringList({ "203.0.113.7", "192.0.2.2", "192.0.2.1", "2001:db8::1", "2001:db8::2" }));

    // The count and states of the first row; all of the newly blocked row (its icon);
    // the process of the IPv6 one; nothing of the row that stayed the same. Row numbers
    // are those after the removal.
    QCOMPARE(changedCells(changed),
             QStringList({ "0:2-3", QStringLiteral("1:0-%1").arg(ConnectionsModel::ColumnCount - 1),
                           QStringLiteral("3:%1-%1").arg(ConnectionsModel::ProcessColumn) }));
    QCOMPARE(model.index(0, ConnectionsModel::ConnectionsColumn).data().toString(), "500");
    QCOMPARE(model.index(1, ConnectionsModel::BlockedByColumn).data().toString(),
             "by hand (192.0.2.0/24)");
    QCOMPARE(model.index(3, ConnectionsModel::ProcessColumn).data().toString(), "sshd");
}

void ConnectionsModelTest::unchangedRefreshSignalsNothing()
{
    ConnectionsModel model;
    model.setGroups({ group("203.0.113.7", 412), group("198.51.100.1", 37) });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // Two seconds later: "last seen" is still the same minute, which is what it shows.
    ConnectionGroup first = group("203.0.113.7", 412);
    ConnectionGroup second = group("198.51.100.1", 37);
    first.lastSeenMs += 2000;
    second.lastSeenMs += 2000;
    model.setGroups({ second, first });
    QCOMPARE(changed.size() + inserted.size() + removed.size(), 0);

    // A minute on, it moves, and only that column is signalled.
    first.lastSeenMs += minute;
    model.setGroups({ first, second });
    QCOMPARE(changedCells(changed),
             QStringList({ QStringLiteral("0:%1-%1").arg(ConnectionsModel::LastSeenColumn) }));
}

void ConnectionsModelTest::remoteListedTwiceCountsOnce()
{
    ConnectionsModel model;
    model.setGroups({ group("203.0.113.7", 412), group("203.0.113.7", 1) });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.groupAt(0).connections, 412);
}

void ConnectionsModelTest::selectionSurvivesRefresh()
{
    ConnectionsModel model;
    ConnectionsProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ConnectionsModel::ConnectionsColumn, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);

    model.setGroups({ group("192.0.2.1", 30), group("192.0.2.2", 20), group("192.0.2.3", 10),
                      group("192.0.2.4", 5) });
    QCOMPARE(remotes(proxy), QStringList({ "192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4" }));
    selection.select(proxy.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(proxy.index(2, 0), QItemSelectionModel::NoUpdate);

    // 192.0.2.3 grows past everyone, 192.0.2.1 goes, 192.0.2.9 arrives: it stays
    // selected and current, now at the top.
    model.setGroups({ group("192.0.2.3", 99), group("192.0.2.2", 20), group("192.0.2.9", 7),
                      group("192.0.2.4", 5) });
    QCOMPARE(remotes(proxy), QStringList({ "192.0.2.3", "192.0.2.2", "192.0.2.9", "192.0.2.4" }));
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 0);
    QCOMPARE(selected.first().data(ConnectionsModel::RemoteRole).toString(), "192.0.2.3");
    QCOMPARE(selection.currentIndex().data(ConnectionsModel::RemoteRole).toString(), "192.0.2.3");

    // And when its row number in the model changes under it, because rows above it go.
    model.setGroups({ group("192.0.2.3", 99), group("192.0.2.4", 5) });
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(ConnectionsModel::RemoteRole).toString(),
             "192.0.2.3");

    // Gone, it is no longer selected, and nothing else is in its place.
    model.setGroups({ group("192.0.2.4", 5) });
    QVERIFY(selection.selectedRows().isEmpty());
}

void ConnectionsModelTest::selectionSurvivesLargeRefresh()
{
    // Under a flood hundreds of remotes come and go between two snapshots: they arrive in
    // one layout change rather than hundreds of row signals, and still no reset.
    ConnectionsModel model;
    ConnectionsProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ConnectionsModel::ConnectionsColumn, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);

    QList<ConnectionGroup> before;
    for (int i = 0; i < 200; ++i)
        before << group(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), 1000 - i);
    model.setGroups(before);
    // 10.0.0.1 stays, 10.0.0.3 goes.
    for (const int row : { 1, 3 })
        selection.select(proxy.index(row, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(proxy.index(1, 0), QItemSelectionModel::NoUpdate);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QList<ConnectionGroup> after;
    for (int i = 0; i < 200; i += 2)
        after << group(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), 1000 - i);
    after[0].connections = 1; // 10.0.0.0 sinks to the bottom
    after << group("10.0.0.1", 5000); // and 10.0.0.1 rises to the top
    for (int i = 0; i < 100; ++i)
        after << group(QStringLiteral("10.1.0.%1").arg(i), 10 + i);
    model.setGroups(after);

    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(model.rowCount(), 201);
    QCOMPARE(proxy.rowCount(), 201);
    const QStringList shown = remotes(proxy);
    QCOMPARE(shown.first(), "10.0.0.1");
    QCOMPARE(shown.at(1), "10.0.0.2");
    QCOMPARE(shown.last(), "10.0.0.0");
    QVERIFY(!shown.contains("10.0.0.3"));
    QVERIFY(shown.contains("10.1.0.99"));
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ConnectionsModel::RemoteRole).toString(), "10.0.0.1");
    QCOMPARE(selected.first().row(), 0);
    QCOMPARE(selection.currentIndex().data(ConnectionsModel::RemoteRole).toString(), "10.0.0.1");
}

void ConnectionsModelTest::groupingChangeResets()
{
    ConnectionsModel model;
    model.setGroups({ group("192.0.2.1", 30), group("192.0.2.2", 20) });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setGrouping(Grouping::Address); // as it was
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 2);

    model.setGrouping(Grouping::Network24);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    ConnectionGroup network = group("192.0.2.0/24", 50);
    network.addresses = 2;
    model.setGroups({ network });
    QCOMPARE(model.index(0, ConnectionsModel::RemoteColumn).data().toString(), "192.0.2.0/24");
    QCOMPARE(model.index(0, ConnectionsModel::AddressesColumn).data().toString(), "2");
    QCOMPARE(model.grouping(), Grouping::Network24);
}

void ConnectionsModelTest::rowsOverTheThresholdAreTinted()
{
    ConnectionsModel model;
    QCOMPARE(model.threshold(), 100);
    model.setGroups({ group("192.0.2.1", 150), group("192.0.2.2", 100), group("192.0.2.3", 50) });
    // Which rows are over; every cell of such a row tinted from the palette, no other cell
    // tinted. Empty when the cells disagree.
    const auto tinted = [&] {
        const QColor tint = QGuiApplication::palette().color(QPalette::LinkVisited);
        QList<bool> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool over =
                model.index(row, 0).data(ConnectionsModel::OverThresholdRole).toBool();
            for (int column = 0; column < ConnectionsModel::ColumnCount; ++column) {
                const QVariant background = model.index(row, column).data(Qt::BackgroundRole);
                if (background.isValid() != over
                    || (over && background.value<QBrush>().color().rgb() != tint.rgb()))
                    return QList<bool>();
            }
            rows << over;
        }
        return rows;
    };
    QCOMPARE(tinted(), QList<bool>({ true, false, false }));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setThreshold(60);
    QCOMPARE(tinted(), QList<bool>({ true, true, false }));
    // Only the row that crossed.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::BackgroundRole));

    // A refresh that takes a row over the threshold repaints the whole row.
    changed.clear();
    model.setGroups({ group("192.0.2.1", 150), group("192.0.2.2", 100), group("192.0.2.3", 61) });
    QCOMPARE(tinted(), QList<bool>({ true, true, true }));
    QCOMPARE(changedCells(changed),
             QStringList({ QStringLiteral("2:0-%1").arg(ConnectionsModel::ColumnCount - 1) }));
}

void ConnectionsModelTest::sortRoleGivesRawValues()
{
    ConnectionGroup busy = group("203.0.113.0/24", 12'345);
    busy.addresses = 256;
    busy.localPorts = { 22, 80, 443, 8080 };
    ConnectionsModel model;
    model.setGroups({ busy });
    const auto value = [&](ConnectionsModel::Column column, int role) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(value(ConnectionsModel::ConnectionsColumn, Qt::DisplayRole).toString(), "12,345");
    QCOMPARE(value(ConnectionsModel::ConnectionsColumn, ConnectionsModel::SortRole).toInt(),
             12'345);
    QCOMPARE(
        value(ConnectionsModel::ConnectionsColumn, Qt::TextAlignmentRole).value<Qt::Alignment>(),
        Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(value(ConnectionsModel::AddressesColumn, ConnectionsModel::SortRole).toInt(), 256);
    QCOMPARE(value(ConnectionsModel::LocalPortsColumn, ConnectionsModel::SortRole).toInt(), 22);
    QCOMPARE(value(ConnectionsModel::FirstSeenColumn, ConnectionsModel::SortRole).toLongLong(),
             now - 5 * minute);
    QCOMPARE(value(ConnectionsModel::LastSeenColumn, ConnectionsModel::SortRole).toLongLong(), now);
}

void ConnectionsModelTest::proxySortsByValue()
{
    ConnectionsModel model;
    model.setGroups({ group("10.0.0.1", 10), group("9.0.0.1", 9), group("2001:db8::1", 1500),
                      group("100.0.0.1", 9) });

    // On the sort role alone, as any proxy would: "1,500" and "10" would sort before "9".
    QSortFilterProxyModel plain;
    plain.setSourceModel(&model);
    plain.setSortRole(ConnectionsModel::SortRole);
    plain.sort(ConnectionsModel::ConnectionsColumn, Qt::AscendingOrder);
    QCOMPARE(remotes(plain).first(), "9.0.0.1");
    QCOMPARE(remotes(plain).last(), "2001:db8::1");
    // Addresses by address, IPv4 first, where text would put 10 before 9 and 2001: before 9.
    plain.sort(ConnectionsModel::RemoteColumn, Qt::AscendingOrder);
    QCOMPARE(remotes(plain), QStringList({ "9.0.0.1", "10.0.0.1", "100.0.0.1", "2001:db8::1" }));

    // The tab's proxy: busiest first, equal counts in address order.
    ConnectionsProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ConnectionsModel::ConnectionsColumn, Qt::DescendingOrder);
    QCOMPARE(remotes(proxy), QStringList({ "2001:db8::1", "10.0.0.1", "9.0.0.1", "100.0.0.1" }));
    proxy.sort(ConnectionsModel::RemoteColumn, Qt::DescendingOrder);
    QCOMPARE(remotes(proxy), QStringList({ "2001:db8::1", "100.0.0.1", "10.0.0.1", "9.0.0.1" }));
}

void ConnectionsModelTest::texts()
{
    ConnectionGroup busy = group("203.0.113.7", 412);
    busy.states = { { "ESTABLISHED", 400 }, { "SYN-RECV", 12 } };
    busy.localPorts = { 22, 80, 443, 8080 };
    busy.blockedBy = "feed:drop 203.0.113.0/24";
    busy.processes = { "nginx", "sshd" };
    ConnectionGroup quiet = group("198.51.100.1", 2);
    quiet.states = { { "TIME-WAIT", 1 }, { "ESTABLISHED", 1 } };
    ConnectionsModel model;
    model.setGroups({ busy, quiet });

    const auto text = [&](int row, ConnectionsModel::Column column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QCOMPARE(text(0, ConnectionsModel::StatesColumn), "EST 400 SYN 12");
    QCOMPARE(text(0, ConnectionsModel::StatesColumn, Qt::ToolTipRole),
             "ESTABLISHED: 400\nSYN-RECV: 12");
    QCOMPARE(text(1, ConnectionsModel::StatesColumn), "EST 1 TW 1");
    QCOMPARE(text(0, ConnectionsModel::LocalPortsColumn), "22, 80, 443, …");
    QCOMPARE(text(0, ConnectionsModel::LocalPortsColumn, Qt::ToolTipRole), "22, 80, 443, 8080");
    QCOMPARE(model.fullText(0, ConnectionsModel::LocalPortsColumn), "22, 80, 443, 8080");
    QCOMPARE(text(1, ConnectionsModel::LocalPortsColumn), "443");
    QCOMPARE(text(0, ConnectionsModel::BlockedByColumn), "feed:drop (203.0.113.0/24)");
    QCOMPARE(text(1, ConnectionsModel::BlockedByColumn), "");
    QCOMPARE(text(0, ConnectionsModel::ProcessColumn), "nginx, sshd");
    // Another day with its date, today the time alone.
    QCOMPARE(
        text(0, ConnectionsModel::FirstSeenColumn),
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(now - 5 * minute), QLocale::ShortFormat));
    ConnectionGroup recent = group("192.0.2.1", 1);
    const QDateTime today = QDateTime::currentDateTime();
    recent.firstSeenMs = today.toMSecsSinceEpoch();
    model.setGroups({ busy, quiet, recent });
    if (today.date() == QDate::currentDate()) // not just past midnight
        QCOMPARE(text(2, ConnectionsModel::FirstSeenColumn),
                 QLocale().toString(today.time(), QLocale::ShortFormat));

    // Blocked rows carry an icon by their remote; the others none.
    QVERIFY(!model.index(0, ConnectionsModel::RemoteColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(!model.index(1, ConnectionsModel::RemoteColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(model.index(0, 0).data(ConnectionsModel::BlockedRole).toBool());
    QVERIFY(!model.index(1, 0).data(ConnectionsModel::BlockedRole).toBool());
    QCOMPARE(text(0, ConnectionsModel::RemoteColumn, Qt::ToolTipRole),
             "Blocked by feed:drop (203.0.113.0/24)");
}

void ConnectionsModelTest::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");

    QTest::newRow("everything") << ""
                                << QStringList { "203.0.113.7", "2001:db8::5", "198.51.100.1" };
    QTest::newRow("part of an address") << "203.0" << QStringList { "203.0.113.7" };
    QTest::newRow("IPv6, any case") << "2001:DB8" << QStringList { "2001:db8::5" };
    QTest::newRow("blocklist entry") << "203.0.113.0/24" << QStringList { "203.0.113.7" };
    QTest::newRow("feed name") << "feed:drop" << QStringList { "203.0.113.7" };
    QTest::newRow("blocked by hand") << "by hand" << QStringList { "2001:db8::5" };
    QTest::newRow("process") << "NGINX" << QStringList { "198.51.100.1" };
    QTest::newRow("nothing") << "192.0.2" << QStringList();
}

void ConnectionsModelTest::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, shown);

    ConnectionGroup feedBlocked = group("203.0.113.7", 30);
    feedBlocked.blockedBy = "feed:drop 203.0.113.0/24";
    ConnectionGroup handBlocked = group("2001:db8::5", 20);
    handBlocked.blockedBy = "manual 2001:db8::/64";
    ConnectionGroup withProcess = group("198.51.100.1", 10);
    withProcess.processes = { "nginx" };

    ConnectionsModel model;
    ConnectionsProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ConnectionsModel::ConnectionsColumn, Qt::DescendingOrder);
    model.setGroups({ feedBlocked, handBlocked, withProcess });
    proxy.setFilterText(text);
    QCOMPARE(remotes(proxy), shown);

    // A refresh keeps filtering, new rows included.
    ConnectionGroup another = group("203.0.113.8", 1);
    model.setGroups({ feedBlocked, handBlocked, withProcess, another });
    if (text == QLatin1String("203.0"))
        shown << "203.0.113.8";
    if (text.isEmpty())
        shown << "203.0.113.8";
    QCOMPARE(remotes(proxy), shown);
}

void ConnectionsModelTest::countryColumn()
{
    const auto located = [](const QString &remote, int connections, const QString &country,
                            quint32 asn = 0, const QString &organization = {}) {
        return LocatedGroup { group(remote, connections),
                              GeoResult { country, asn, organization } };
    };
    ConnectionsModel model;
    model.setGroups(QList<LocatedGroup> {
        located("203.0.113.7", 30, "US", 64500, "Example Networks"),
        located("198.51.100.1", 20, "DE"), located("192.0.2.1", 10, QString()) });
    const auto cell = [&](int row, int role) {
        return model.index(row, ConnectionsModel::CountryColumn).data(role);
    };
    QCOMPARE(model.headerData(ConnectionsModel::CountryColumn, Qt::Horizontal).toString(),
             "Country");
    QCOMPARE(cell(0, Qt::DisplayRole).toString(), "US — United States");
    QCOMPARE(cell(0, ConnectionsModel::SortRole).toString(), "US");
    QCOMPARE(cell(0, Qt::ToolTipRole).toString(), "AS64500 Example Networks");
    QCOMPARE(cell(1, Qt::DisplayRole).toString(), "DE — Germany");
    QCOMPARE(cell(1, ConnectionsModel::SortRole).toString(), "DE");
    QVERIFY(!cell(1, Qt::ToolTipRole).isValid());
    QCOMPARE(cell(2, Qt::DisplayRole).toString(), "");
    QCOMPARE(cell(2, ConnectionsModel::SortRole).toString(), "");

    // A country learned later changes that cell, and the row stays.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setGroups(
        QList<LocatedGroup> { located("203.0.113.7", 30, "US", 64500, "Example Networks"),
                              located("198.51.100.1", 20, "DE"), located("192.0.2.1", 10, "FR") });
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changedCells(changed),
             QStringList { QStringLiteral("2:%1-%1").arg(ConnectionsModel::CountryColumn) });
    QCOMPARE(cell(2, Qt::DisplayRole).toString(), "FR — France");

    ConnectionsProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ConnectionsModel::CountryColumn, Qt::AscendingOrder);
    QCOMPARE(remotes(proxy), QStringList({ "198.51.100.1", "192.0.2.1", "203.0.113.7" }));
    proxy.setFilterText("germany");
    QCOMPARE(remotes(proxy), QStringList { "198.51.100.1" });
    proxy.setFilterText("fr");
    QCOMPARE(remotes(proxy), QStringList { "192.0.2.1" });
}

void ConnectionsModelTest::groupedByCountry()
{
    const auto located = [](const QString &remote, int connections, const QString &country) {
        return LocatedGroup { group(remote, connections), GeoResult { country, 0, {} } };
    };
    const QList<LocatedGroup> countries = GeoCache::groupByCountry(
        { located("203.0.113.7", 30, "US"), located("198.51.100.1", 20, "DE"),
          located("203.0.113.8", 5, "US"), located("192.0.2.1", 1, {}) });
    ConnectionsModel model;
    model.setGrouping(Grouping::Address, true);
    model.setGroups(countries);
    QCOMPARE(remotes(model), QStringList({ "US — United States", "DE — Germany", "—" }));
    QCOMPARE(model.index(0, ConnectionsModel::ConnectionsColumn).data().toString(), "35");
    QCOMPARE(model.index(0, ConnectionsModel::AddressesColumn).data().toString(), "2");
    QCOMPARE(model.index(0, ConnectionsModel::StatesColumn).data().toString(), "EST 35");
    QCOMPARE(
        model.index(0, ConnectionsModel::RemoteColumn).data(ConnectionsModel::SortRole).toString(),
        "US");

    // Rows are kept by country code from one refresh to the next.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setGroups(GeoCache::groupByCountry(
        { located("198.51.100.1", 50, "DE"), located("203.0.113.7", 30, "US") }));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(remotes(model), QStringList({ "US — United States", "DE — Germany" }));
    QCOMPARE(model.index(1, ConnectionsModel::ConnectionsColumn).data().toString(), "50");
}

void ConnectionsModelTest::countryFlag()
{
    // What scripts/setup.sh installs; under CI its absence is a failure, not a skip.
    const bool flagsInstalled =
        QFileInfo::exists(QStringLiteral("/usr/share/iso-flags-png-320x240/de.png"));
    if (!flagsInstalled && qgetenv("CI") == "true")
        QFAIL("iso-flags-png-320x240 is not installed; scripts/setup.sh installs it");

    ConnectionsModel model;
    model.setGroups(QList<LocatedGroup> { { group("198.51.100.1", 20), GeoResult { "DE", 0, {} } },
                                          { group("192.0.2.1", 10), GeoResult() } });
    const QVariant germany =
        model.index(0, ConnectionsModel::CountryColumn).data(Qt::DecorationRole);
    // No country, no flag, and no stand-in icon either.
    QVERIFY(!model.index(1, ConnectionsModel::CountryColumn).data(Qt::DecorationRole).isValid());
    // The flag goes with the country, not with the remote.
    QVERIFY(!model.index(0, ConnectionsModel::RemoteColumn).data(Qt::DecorationRole).isValid());
    if (!flagsInstalled)
        QSKIP("iso-flags-png-320x240 is not installed (scripts/setup.sh installs it)");

    const QIcon icon = germany.value<QIcon>();
    QVERIFY(!icon.isNull());
    // Germany's flag, not any icon: black over red over gold.
    const QImage image = icon.pixmap(QSize(32, 24)).toImage();
    QVERIFY(!image.isNull());
    const QColor top = image.pixelColor(image.width() / 2, image.height() / 6);
    const QColor middle = image.pixelColor(image.width() / 2, image.height() / 2);
    const QColor bottom = image.pixelColor(image.width() / 2, image.height() * 5 / 6);
    QVERIFY2(top.red() < 60 && top.green() < 60 && top.blue() < 60, qPrintable(top.name()));
    QVERIFY2(middle.red() > 150 && middle.green() < 60, qPrintable(middle.name()));
    QVERIFY2(bottom.red() > 200 && bottom.green() > 150 && bottom.blue() < 80,
             qPrintable(bottom.name()));
}

void ConnectionsModelTest::onlineDetailsTexts_data()
{
    QTest::addColumn<OnlineDetails>("details");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("toolTip");

    QTest::newRow("city, region and ISP")
        << answer("192.0.2.1", "Ashburn", "Virginia", "Google LLC", "Google Public DNS",
                  "AS15169 Google LLC")
        << "Ashburn, Virginia · Google LLC"
        << "Organization: Google Public DNS\nNetwork: AS15169 Google LLC";
    // A city state is named once; an organization that is the ISP is not repeated.
    QTest::newRow("city that is its region") << answer(
        "192.0.2.1", "Singapore", "Singapore", "Example ISP", "Example ISP", "AS64500 Example")
                                             << "Singapore · Example ISP"
                                             << "Network: AS64500 Example";
    QTest::newRow("region only") << answer("192.0.2.1", {}, "Bavaria", "Example ISP")
                                 << "Bavaria · Example ISP"
                                 << "";
    QTest::newRow("ISP only") << answer("192.0.2.1", {}, {}, "Example ISP") << "Example ISP"
                              << "";
    QTest::newRow("place only") << answer("192.0.2.1", "Lyon", "Auvergne-Rhône-Alpes", {})
                                << "Lyon, Auvergne-Rhône-Alpes"
                                << "";
    // The service said nothing: a dash, and why in the tooltip.
    QTest::newRow("error") << failure("192.0.2.1",
                                      "ip-api.com has no details for 192.0.2.1: reserved range.")
                           << "—"
                           << "ip-api.com has no details for 192.0.2.1: reserved range.";
}

void ConnectionsModelTest::onlineDetailsTexts()
{
    QFETCH(OnlineDetails, details);
    QFETCH(QString, text);
    QFETCH(QString, toolTip);

    ConnectionsModel model;
    model.setGroups({ group("192.0.2.1", 3) });
    const QModelIndex cell = model.index(0, ConnectionsModel::DetailsColumn);
    QVERIFY(!cell.data().isValid());
    QVERIFY(!model.onlineDetailsAt(0));
    model.addOnlineDetails({ details });
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), toolTip);
    QCOMPARE(cell.data(ConnectionsModel::SortRole).toString(), text);
    QVERIFY(model.onlineDetailsAt(0));
    QCOMPARE(*model.onlineDetailsAt(0), details);
    QCOMPARE(model.fullText(0, ConnectionsModel::DetailsColumn), text);
    QCOMPARE(model.headerData(ConnectionsModel::DetailsColumn, Qt::Horizontal).toString(),
             "Online details");
}

void ConnectionsModelTest::onlineDetailsReachTheirRows()
{
    ConnectionsModel model;
    model.setGroups({ group("203.0.113.7", 30), group("198.51.100.1", 20), group("192.0.2.1", 10),
                      group("2001:db8::1", 5) });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // 192.0.2.9 has no row: kept, but nothing to signal.
    model.addOnlineDetails({ answer("2001:db8::1", "Berlin", "Berlin", "Example DE"),
                             answer("192.0.2.9", "Paris", "Île-de-France", "Example FR"),
                             failure("203.0.113.7", "Not sent: a documentation address.") });
    QCOMPARE(changedCells(changed),
             QStringList({ QStringLiteral("0:%1-%1").arg(ConnectionsModel::DetailsColumn),
                           QStringLiteral("3:%1-%1").arg(ConnectionsModel::DetailsColumn) }));
    const auto details = [&](int row) {
        return model.index(row, ConnectionsModel::DetailsColumn).data().toString();
    };
    QCOMPARE(details(0), "—");
    QCOMPARE(details(1), "");
    QCOMPARE(details(2), "");
    QCOMPARE(details(3), "Berlin · Example DE");

    // Nothing new, nothing signalled.
    changed.clear();
    model.addOnlineDetails({});
    QCOMPARE(changed.size(), 0);

    // The answer for an address that arrives later is there at once.
    model.setGroups({ group("203.0.113.7", 30), group("198.51.100.1", 20), group("192.0.2.1", 10),
                      group("2001:db8::1", 5), group("192.0.2.9", 1) });
    QCOMPARE(details(4), "Paris, Île-de-France · Example FR");
}

void ConnectionsModelTest::onlineDetailsSurviveRefreshes()
{
    ConnectionsModel model;
    model.setGroups({ group("198.51.100.1", 20), group("192.0.2.1", 10) });
    model.addOnlineDetails({ answer("198.51.100.1", "Frankfurt", "Hesse", "Example DE") });
    const auto detailsOf = [&](const QString &remote) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.remoteTextAt(row) == remote)
                return model.index(row, ConnectionsModel::DetailsColumn).data().toString();
        }
        return QStringLiteral("(no row)");
    };

    // A refresh that changes the row and reorders the list keeps its details.
    model.setGroups({ group("192.0.2.1", 10), group("198.51.100.1", 99) });
    QCOMPARE(detailsOf("198.51.100.1"), "Frankfurt, Hesse · Example DE");
    QCOMPARE(detailsOf("192.0.2.1"), "");

    // Gone and back.
    model.setGroups({ group("192.0.2.1", 10) });
    model.setGroups({ group("192.0.2.1", 10), group("198.51.100.1", 20) });
    QCOMPARE(detailsOf("198.51.100.1"), "Frankfurt, Hesse · Example DE");

    // A network row is not the address at its start: no details for 198.51.100.0/24, even
    // with an answer for 198.51.100.0 at hand.
    model.addOnlineDetails({ answer("198.51.100.0", "Nowhere", {}, "Wrong ISP") });
    model.setGrouping(Grouping::Network24);
    ConnectionGroup network = group("198.51.100.0/24", 20);
    network.addresses = 2;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setGroups({ network });
    model.addOnlineDetails({ answer("198.51.100.1", "Frankfurt", "Hesse", "Example DE") });
    QCOMPARE(changedCells(changed), QStringList());
    QCOMPARE(detailsOf("198.51.100.0/24"), "");
    QVERIFY(!model.index(0, ConnectionsModel::DetailsColumn).data(Qt::ToolTipRole).isValid());
    QVERIFY(!model.onlineDetailsAt(0));

    model.setGrouping(Grouping::Address);
    model.setGroups({ group("198.51.100.1", 20) });
    QCOMPARE(detailsOf("198.51.100.1"), "Frankfurt, Hesse · Example DE");
}

void ConnectionsModelTest::droppingRowSaysSo()
{
    ConnectionsModel model;
    ConnectionGroup live = group("203.0.113.7", 3);
    live.blockedBy = "manual 203.0.113.7";
    model.setGroups(QList<ConnectionGroup> { live });
    QCOMPARE(model.index(0, ConnectionsModel::StatesColumn).data().toString(), "EST 3");

    // Its connections cut by the block: the row stays, and says why it has none.
    ConnectionGroup dropping = live;
    dropping.connections = 0;
    dropping.states.clear();
    dropping.dropping = true;
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setGroups(QList<ConnectionGroup> { dropping });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.index(0, ConnectionsModel::StatesColumn).data().toString(), "blocked, dropping");
    QCOMPARE(model.fullText(0, ConnectionsModel::StatesColumn), "blocked, dropping");
    QVERIFY(model.index(0, ConnectionsModel::RemoteColumn)
                .data(ConnectionsModel::BlockedRole)
                .toBool());
}

QTEST_MAIN(ConnectionsModelTest)
#include "connectionsmodeltest.moc"
