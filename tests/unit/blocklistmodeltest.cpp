// The blocklist as the administrator sees it: formatted for reading, sorted on the raw
// values, and refreshed without losing what they had selected.

#include "blocklistmodel.h"
#include "blocklistproxymodel.h"

#include <QItemSelectionModel>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTranslator>

#include <limits>

using namespace Rampart;

namespace {

BlockedEntry entry(const QString &cidr, quint64 packets = 0, qint64 expiresIn = -1,
                   const QString &comment = {}, const QString &source = QStringLiteral("manual"))
{
    const QDateTime now = QDateTime::currentDateTime();
    BlockedEntry e;
    e.cidr = cidr;
    e.source = source;
    // One time for all: an entry made again later would be one blocked again, whose counters
    // start anew.
    static const qint64 created = now.toSecsSinceEpoch() - 3600;
    e.created = QDateTime::fromSecsSinceEpoch(created);
    if (expiresIn >= 0)
        e.expires = now.addSecs(expiresIn);
    e.packets = packets;
    e.comment = comment;
    return e;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

} // namespace

class BlocklistModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAndColumns();
    void formattedAndRawRoles_data();
    void formattedAndRawRoles();
    void sortsOnRawValuesThroughTheProxy_data();
    void sortsOnRawValuesThroughTheProxy();
    void filtersOnEntrySourceAndComment();
    void incrementalUpdateKeepsTheSelection();
    void manyScatteredRemovalsStillGiveTheRightRows();
    void staleUpdateIsRefused();
    void equalKeysStayInAddressOrder_data();
    void equalKeysStayInAddressOrder();
    void reorderingRefreshKeepsTheSelection();
    void reorderingRefreshThatGrowsKeepsTheSelection();
    void worksOffTheGuiThreadWithManyRows();
    void searchesByContainment_data();
    void searchesByContainment();
    void filtersBySource();
    void countersGiveLastHitAndRate();
    void counterRefreshChangesOnlyHitRows();
    void counterRefreshKeepsAnotherColumnsOrder();

private:
    QTranslator m_english;
};

void BlocklistModelTest::initTestCase()
{
    // Thousands separators, dates and plurals as an English-speaking administrator reads
    // them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
}

void BlocklistModelTest::rowsAndColumns()
{
    BlocklistModel model;
    QCOMPARE(model.rowCount(), 0);
    model.setEntries({ entry("203.0.113.7"), entry("198.51.100.0/24"), entry("2001:db8::/32") });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 9);
    QStringList headers;
    for (int section = 0; section < model.columnCount(); ++section)
        headers << model.headerData(section, Qt::Horizontal).toString();
    QCOMPARE(headers,
             QStringList({ "Entry", "Source", "Expires", "Packets", "Bytes", "Last Hit", "Rate",
                           "Comment", "Created" }));
    // In address order until sorted otherwise.
    QCOMPARE(column(model, BlocklistModel::EntryColumn),
             QStringList({ "198.51.100.0/24", "203.0.113.7", "2001:db8::/32" }));
    // A table has no children.
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void BlocklistModelTest::formattedAndRawRoles_data()
{
    QTest::addColumn<BlockedEntry>("blocked");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<bool>("rightAligned");

    const BlockedEntry counted = entry("203.0.113.7", 1'234'567);
    QTest::newRow("packets with separators")
        << counted << int(BlocklistModel::PacketsColumn) << "1,234,567"
        << QVariant(qulonglong(1'234'567)) << true;
    BlockedEntry bytes = entry("203.0.113.16", 3);
    bytes.bytes = 1'536'000;
    QTest::newRow("bytes readable") << bytes << int(BlocklistModel::BytesColumn) << "1.46 MiB"
                                    << QVariant(qulonglong(1'536'000)) << true;
    const BlockedEntry permanent = entry("203.0.113.8");
    QTest::newRow("never expires") << permanent << int(BlocklistModel::ExpiresColumn) << "never"
                                   << QVariant(std::numeric_limits<qint64>::max()) << false;
    // Half a minute of slack on each side: the test may start just before a minute turns.
    const BlockedEntry hour = entry("203.0.113.9", 0, 59 * 60 + 30);
    QTest::newRow("expires within the hour")
        << hour << int(BlocklistModel::ExpiresColumn) << "in 59 minutes"
        << QVariant(hour.expires.toSecsSinceEpoch()) << false;
    const BlockedEntry days = entry("203.0.113.10", 0, 2 * 86400 + 3 * 3600 + 30);
    QTest::newRow("expires in days")
        << days << int(BlocklistModel::ExpiresColumn) << "in 2 days 3 hours"
        << QVariant(days.expires.toSecsSinceEpoch()) << false;
    const BlockedEntry past = entry("203.0.113.11", 0, 0);
    QTest::newRow("expired") << past << int(BlocklistModel::ExpiresColumn) << "expired"
                             << QVariant(past.expires.toSecsSinceEpoch()) << false;
    const BlockedEntry byHand = entry("203.0.113.12");
    QTest::newRow("manual source")
        << byHand << int(BlocklistModel::SourceColumn) << "by hand" << QVariant("by hand") << false;
    const BlockedEntry feed = entry("203.0.113.13", 0, -1, {}, "firehol_level1");
    QTest::newRow("feed source") << feed << int(BlocklistModel::SourceColumn) << "firehol_level1"
                                 << QVariant("firehol_level1") << false;
    const BlockedEntry commented = entry("203.0.113.14", 0, -1, "SSH brute force");
    QTest::newRow("comment") << commented << int(BlocklistModel::CommentColumn) << "SSH brute force"
                             << QVariant("SSH brute force") << false;
    const BlockedEntry created = entry("203.0.113.15");
    QTest::newRow("created") << created << int(BlocklistModel::CreatedColumn)
                             << QLocale().toString(created.created, QLocale::ShortFormat)
                             << QVariant(created.created.toSecsSinceEpoch()) << false;
}

void BlocklistModelTest::formattedAndRawRoles()
{
    QFETCH(BlockedEntry, blocked);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, raw);
    QFETCH(bool, rightAligned);

    BlocklistModel model;
    model.setEntries({ blocked });
    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(BlocklistModel::SortRole), raw);
    const auto alignment = index.data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QCOMPARE(bool(alignment & Qt::AlignRight), rightAligned);
    QCOMPARE(model.index(0, BlocklistModel::EntryColumn).data(BlocklistModel::CidrRole).toString(),
             blocked.cidr);
}

void BlocklistModelTest::sortsOnRawValuesThroughTheProxy_data()
{
    QTest::addColumn<QList<BlockedEntry>>("entries");
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<QStringList>("ascending");

    // As text, "1,000" < "10" < "9"; as numbers the other way round.
    QTest::newRow("packets") << QList<BlockedEntry> { entry("192.0.2.1", 1000),
                                                      entry("192.0.2.2", 9),
                                                      entry("192.0.2.3", 10) }
                             << int(BlocklistModel::PacketsColumn)
                             << QStringList { "192.0.2.2", "192.0.2.3", "192.0.2.1" };
    // As text, "1.46 MiB" < "900 bytes" < "98.63 KiB"; as numbers, bytes first.
    QList<BlockedEntry> sized { entry("192.0.2.1"), entry("192.0.2.2"), entry("192.0.2.3") };
    sized[0].bytes = 1'536'000;
    sized[1].bytes = 900;
    sized[2].bytes = 101'000;
    QTest::newRow("bytes") << sized << int(BlocklistModel::BytesColumn)
                           << QStringList { "192.0.2.2", "192.0.2.3", "192.0.2.1" };
    // As text, "10..." < "192..." < "2001..." < "9..."; as addresses, IPv4 first, in order,
    // a network before the addresses inside it.
    QTest::newRow("addresses") << QList<BlockedEntry> { entry("2001:db8::1"), entry("10.0.0.1"),
                                                        entry("192.168.1.0/24"), entry("9.0.0.1"),
                                                        entry("10.0.0.0/8") }
                               << int(BlocklistModel::EntryColumn)
                               << QStringList { "9.0.0.1", "10.0.0.0/8", "10.0.0.1",
                                                "192.168.1.0/24", "2001:db8::1" };
    // As text, "in 1 hour" < "in 2 hours" < "in 30 minutes" < "never".
    QTest::newRow("expiry") << QList<BlockedEntry> { entry("192.0.2.1"),
                                                     entry("192.0.2.2", 0, 7200),
                                                     entry("192.0.2.3", 0, 1800),
                                                     entry("192.0.2.4", 0, 3600) }
                            << int(BlocklistModel::ExpiresColumn)
                            << QStringList { "192.0.2.3", "192.0.2.4", "192.0.2.2", "192.0.2.1" };
}

void BlocklistModelTest::sortsOnRawValuesThroughTheProxy()
{
    QFETCH(QList<BlockedEntry>, entries);
    QFETCH(int, sortColumn);
    QFETCH(QStringList, ascending);

    BlocklistModel model;
    model.setEntries(entries);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());

    // The window's proxy reads the raw values directly; any other proxy gets them from
    // SortRole. Both must agree.
    BlocklistProxyModel blocklistProxy;
    QSortFilterProxyModel plainProxy;
    plainProxy.setSortRole(BlocklistModel::SortRole);
    for (QSortFilterProxyModel *proxy :
         { static_cast<QSortFilterProxyModel *>(&blocklistProxy), &plainProxy }) {
        proxy->setSourceModel(&model);
        proxy->sort(sortColumn, Qt::AscendingOrder);
        QCOMPARE(column(*proxy, BlocklistModel::EntryColumn), ascending);
        proxy->sort(sortColumn, Qt::DescendingOrder);
        QCOMPARE(column(*proxy, BlocklistModel::EntryColumn), descending);
    }
}

void BlocklistModelTest::filtersOnEntrySourceAndComment()
{
    BlocklistModel model;
    BlocklistProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setEntries({ entry("203.0.113.7", 0, -1, "SSH brute force"),
                       entry("198.51.100.0/24", 0, -1, {}, "firehol_level1"),
                       entry("2001:db8::/32") });

    proxy.setFilterText("ssh");
    QCOMPARE(column(proxy, 0), QStringList { "203.0.113.7" });
    proxy.setFilterText("FireHOL");
    QCOMPARE(column(proxy, 0), QStringList { "198.51.100.0/24" });
    proxy.setFilterText("2001:db8");
    QCOMPARE(column(proxy, 0), QStringList { "2001:db8::/32" });
    proxy.setFilterText("by hand");
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 3);
}

void BlocklistModelTest::incrementalUpdateKeepsTheSelection()
{
    BlocklistModel model;
    BlocklistProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(BlocklistModel::EntryColumn);
    QItemSelectionModel selection(&proxy);

    model.setEntries({ entry("192.0.2.1", 5), entry("192.0.2.2", 5), entry("192.0.2.3", 5),
                       entry("192.0.2.4", 5), entry("192.0.2.5", 5) });
    const QModelIndex selected = proxy.index(2, 0);
    QCOMPARE(selected.data().toString(), "192.0.2.3");
    selection.select(selected, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy insertions(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    // Two rows gone on either side, one new, and the selected row's counter moved on.
    model.setEntries({ entry("192.0.2.2", 5), entry("192.0.2.3", 4711), entry("192.0.2.5", 5),
                       entry("192.0.2.0/31", 0) });

    QCOMPARE(resets.size(), 0);
    QCOMPARE(removals.size(), 2);
    QCOMPARE(insertions.size(), 1);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(column(proxy, 0),
             QStringList({ "192.0.2.0/31", "192.0.2.2", "192.0.2.3", "192.0.2.5" }));

    const QModelIndexList rows = selection.selectedRows(BlocklistModel::EntryColumn);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data().toString(), "192.0.2.3");
    QCOMPARE(rows.first().siblingAtColumn(BlocklistModel::PacketsColumn).data().toString(),
             "4,711");
}

void BlocklistModelTest::manyScatteredRemovalsStillGiveTheRightRows()
{
    BlocklistModel model;
    QList<BlockedEntry> all;
    QStringList kept;
    for (int i = 0; i < 400; ++i) {
        const QString cidr = QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256);
        all << entry(cidr);
        if (i % 2)
            kept << cidr;
    }
    model.setEntries(all);
    QList<BlockedEntry> odd;
    for (int i = 1; i < all.size(); i += 2)
        odd << all.at(i);
    model.setEntries(odd);
    QCOMPARE(column(model, BlocklistModel::EntryColumn), kept);
}

void BlocklistModelTest::staleUpdateIsRefused()
{
    BlocklistModel model;
    model.setEntries({ entry("192.0.2.1") });
    const QList<BlockedEntry> listing { entry("192.0.2.9") };
    BlocklistModel::Update stale =
        BlocklistModel::diff(model.rows(), model.generation(), &listing, model.sortSpec());
    model.setEntries({ entry("192.0.2.1"), entry("192.0.2.2") });
    QVERIFY(!model.apply(std::move(stale)));
    QCOMPARE(column(model, 0), QStringList({ "192.0.2.1", "192.0.2.2" }));
}

void BlocklistModelTest::equalKeysStayInAddressOrder_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");

    // Two feeds and a manual entry; only the feed's name, the comment or the counter differs.
    QTest::newRow("source, ascending")
        << int(BlocklistModel::SourceColumn) << int(Qt::AscendingOrder)
        << QStringList { "192.0.2.5", "10.0.0.0/8", "192.0.2.1", "192.0.2.3", "9.9.9.9" };
    QTest::newRow("source, descending")
        << int(BlocklistModel::SourceColumn) << int(Qt::DescendingOrder)
        << QStringList { "9.9.9.9", "10.0.0.0/8", "192.0.2.1", "192.0.2.3", "192.0.2.5" };
    QTest::newRow("packets, descending")
        << int(BlocklistModel::PacketsColumn) << int(Qt::DescendingOrder)
        << QStringList { "9.9.9.9", "10.0.0.0/8", "192.0.2.1", "192.0.2.3", "192.0.2.5" };
    // Without regard to case: "Port scan" between "abuse" and "spam".
    QTest::newRow("comment, ascending")
        << int(BlocklistModel::CommentColumn) << int(Qt::AscendingOrder)
        << QStringList { "10.0.0.0/8", "192.0.2.1", "192.0.2.3", "192.0.2.5", "9.9.9.9" };
}

void BlocklistModelTest::equalKeysStayInAddressOrder()
{
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(QStringList, expected);

    // Listed out of address order, as a helper may after a refresh.
    const QList<BlockedEntry> listing {
        entry("192.0.2.3", 0, -1, "abuse", "feed:dshield"),
        entry("9.9.9.9", 7, -1, "spam", "feed:spamhaus"),
        entry("192.0.2.5", 0, -1, "Port scan"),
        entry("10.0.0.0/8", 0, -1, "abuse", "feed:dshield"),
        entry("192.0.2.1", 0, -1, "abuse", "feed:dshield"),
    };
    BlocklistModel model;
    BlocklistProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setEntries(listing);
    proxy.sort(sortColumn, Qt::SortOrder(order));
    QCOMPARE(column(proxy, BlocklistModel::EntryColumn), expected);
    // Read again in another order: nothing moves.
    QList<BlockedEntry> reversed = listing;
    std::reverse(reversed.begin(), reversed.end());
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    model.setEntries(reversed);
    QCOMPARE(column(proxy, BlocklistModel::EntryColumn), expected);
    QCOMPARE(layouts.size(), 0);
}

void BlocklistModelTest::reorderingRefreshKeepsTheSelection()
{
    BlocklistModel model;
    BlocklistProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(BlocklistModel::PacketsColumn, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);
    model.setEntries({ entry("192.0.2.1", 30), entry("192.0.2.2", 20), entry("192.0.2.3", 10) });
    QCOMPARE(column(proxy, 0), QStringList({ "192.0.2.1", "192.0.2.2", "192.0.2.3" }));
    selection.select(proxy.index(2, 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // The selected row's counter overtakes the others, and one row goes.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setEntries({ entry("192.0.2.1", 30), entry("192.0.2.3", 99) });
    QCOMPARE(resets.size(), 0);
    QCOMPARE(column(proxy, 0), QStringList({ "192.0.2.3", "192.0.2.1" }));
    const QModelIndexList rows = selection.selectedRows(BlocklistModel::EntryColumn);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data().toString(), "192.0.2.3");
}

void BlocklistModelTest::reorderingRefreshThatGrowsKeepsTheSelection()
{
    BlocklistModel model;
    BlocklistProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(BlocklistModel::PacketsColumn, Qt::DescendingOrder);
    proxy.setFilterText("192.0.2.0/24");
    QItemSelectionModel selection(&proxy);
    model.setEntries({ entry("192.0.2.1", 30), entry("192.0.2.2", 20), entry("198.51.100.1", 10) });
    QCOMPARE(column(proxy, 0), QStringList({ "192.0.2.1", "192.0.2.2" }));
    selection.select(proxy.index(1, 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // The selected row overtakes the other, and two rows come, one of them filtered out.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setEntries({ entry("192.0.2.1", 30), entry("192.0.2.2", 99), entry("198.51.100.1", 10),
                       entry("192.0.2.3", 50), entry("203.0.113.1", 70) });
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(column(model, 0),
             QStringList({ "192.0.2.2", "203.0.113.1", "192.0.2.3", "192.0.2.1", "198.51.100.1" }));
    QCOMPARE(column(proxy, 0), QStringList({ "192.0.2.2", "192.0.2.3", "192.0.2.1" }));
    const QModelIndexList rows = selection.selectedRows(BlocklistModel::EntryColumn);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data().toString(), "192.0.2.2");

    // And shrinks again, reordered, the selected row gone.
    selection.select(proxy.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    model.setEntries({ entry("192.0.2.1", 600), entry("192.0.2.3", 500) });
    QCOMPARE(column(model, 0), QStringList({ "192.0.2.1", "192.0.2.3" }));
    QCOMPARE(column(proxy, 0), QStringList({ "192.0.2.1", "192.0.2.3" }));
    QCOMPARE(selection.selectedRows(BlocklistModel::EntryColumn).size(), 1);
    QCOMPARE(selection.selectedRows(BlocklistModel::EntryColumn).first().data().toString(),
             "192.0.2.1");
    QCOMPARE(resets.size(), 0);
}

void BlocklistModelTest::worksOffTheGuiThreadWithManyRows()
{
    BlocklistModel model;
    model.setBackgroundThreshold(1);
    BlocklistProxyModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy updated(&model, &BlocklistModel::updated);

    auto entries = std::make_shared<const QList<BlockedEntry>>(QList<BlockedEntry> {
        entry("192.0.2.2", 5), entry("192.0.2.1", 9), entry("2001:db8::1", 1) });
    const std::weak_ptr<const QList<BlockedEntry>> watched = entries;
    model.takeEntries(entries);
    entries.reset();
    QVERIFY(model.isUpdating());
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(updated.size(), 1);
    QVERIFY(!model.isUpdating());
    QCOMPARE(column(proxy, 0), QStringList({ "192.0.2.1", "192.0.2.2", "2001:db8::1" }));
    // The rows are the one copy.
    QTRY_VERIFY(watched.expired());

    // A sort asked for while a listing is compared comes after it, onto its rows.
    model.takeEntries(std::make_shared<const QList<BlockedEntry>>(
        QList<BlockedEntry> { entry("192.0.2.2", 5), entry("192.0.2.1", 9), entry("2001:db8::1", 1),
                              entry("198.51.100.0/24", 7) }));
    proxy.sort(BlocklistModel::PacketsColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 3);
    QTRY_COMPARE(updated.size(), 3);
    QCOMPARE(column(proxy, 0),
             QStringList({ "2001:db8::1", "192.0.2.2", "198.51.100.0/24", "192.0.2.1" }));
    QCOMPARE(model.sortSpec().column, int(BlocklistModel::PacketsColumn));
}

void BlocklistModelTest::searchesByContainment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");

    QTest::newRow("address inside a network")
        << "185.220.101.7" << QStringList { "185.220.101.0/26", "185.220.101.7" };
    QTest::newRow("address outside") << "185.220.101.200" << QStringList {};
    QTest::newRow("network holding entries")
        << "185.220.0.0/16" << QStringList { "185.220.101.0/26", "185.220.101.7" };
    QTest::newRow("network inside an entry")
        << "185.220.101.0/28" << QStringList { "185.220.101.0/26", "185.220.101.7" };
    QTest::newRow("network beside the entries") << "185.220.101.64/26" << QStringList {};
    QTest::newRow("IPv6 address") << "2001:db8:1::5" << QStringList { "2001:db8::/32" };
    QTest::newRow("IPv4-mapped address")
        << "::ffff:185.220.101.7" << QStringList { "185.220.101.0/26", "185.220.101.7" };
    // Part of an address is text, matched at the start of the entries only.
    QTest::newRow("start of an address")
        << "185.2" << QStringList { "185.220.101.0/26", "185.220.101.7" };
    QTest::newRow("start of an IPv6 address") << "2001:db8" << QStringList { "2001:db8::/32" };
    QTest::newRow("one number") << "19" << QStringList { "191.185.21.146" };
    QTest::newRow("comment") << "tor" << QStringList { "185.220.101.0/26" };
}

void BlocklistModelTest::searchesByContainment()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);

    BlocklistModel model;
    BlocklistProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setEntries({ entry("185.220.101.0/26", 0, -1, "tor exits"), entry("185.220.101.7"),
                       entry("191.185.21.146"), entry("2001:db8::/32") });
    proxy.setFilterText(text);
    QCOMPARE(column(proxy, BlocklistModel::EntryColumn), found);
}

void BlocklistModelTest::filtersBySource()
{
    BlocklistModel model;
    BlocklistProxyModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy sourcesChanged(&model, &BlocklistModel::sourcesChanged);
    model.setEntries({ entry("192.0.2.1"), entry("192.0.2.2", 0, -1, {}, "feed:dshield"),
                       entry("192.0.2.3", 0, -1, {}, "feed:country:CN"),
                       entry("192.0.2.4", 0, -1, {}, "feed:dshield") });
    QCOMPARE(sourcesChanged.size(), 1);
    QCOMPARE(model.sources(), QStringList({ "feed:country:CN", "feed:dshield", "manual" }));

    proxy.setSourceFilter("feed:dshield");
    QCOMPARE(column(proxy, 0), QStringList({ "192.0.2.2", "192.0.2.4" }));
    // With a text filter too.
    proxy.setFilterText("192.0.2.4");
    QCOMPARE(column(proxy, 0), QStringList({ "192.0.2.4" }));
    proxy.setFilterText({});
    proxy.setSourceFilter("manual");
    QCOMPARE(column(proxy, 0), QStringList({ "192.0.2.1" }));
    proxy.setSourceFilter({});
    QCOMPARE(proxy.rowCount(), 4);
}

void BlocklistModelTest::countersGiveLastHitAndRate()
{
    BlocklistModel model;
    const qint64 firstMs = QDateTime::currentMSecsSinceEpoch() - 10'000;
    model.setEntries({ entry("192.0.2.1", 10), entry("192.0.2.2", 10) }, firstMs);
    // Nothing to compare with yet: not known, shown as nothing.
    QCOMPARE(column(model, BlocklistModel::LastHitColumn), QStringList({ "", "" }));
    QCOMPARE(column(model, BlocklistModel::RateColumn), QStringList({ "", "" }));

    const qint64 secondMs = firstMs + 5000;
    model.setEntries({ entry("192.0.2.1", 60), entry("192.0.2.2", 10) }, secondMs);
    QCOMPARE(model.readAtMs(), secondMs);
    const QModelIndex hit = model.index(0, BlocklistModel::LastHitColumn);
    QCOMPARE(hit.data(BlocklistModel::SortRole).toLongLong(), secondMs);
    QCOMPARE(
        hit.data().toString(),
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(secondMs).time(), QLocale::ShortFormat));
    QCOMPARE(model.index(0, BlocklistModel::RateColumn).data().toString(), "10/s");
    QCOMPARE(model.index(0, BlocklistModel::RateColumn).data(BlocklistModel::SortRole).toDouble(),
             10.0);
    QCOMPARE(model.index(1, BlocklistModel::LastHitColumn).data().toString(), "");
    QCOMPARE(model.index(1, BlocklistModel::RateColumn).data().toString(), "");

    // Quiet since: the last hit stays, the rate falls to nothing.
    model.setEntries({ entry("192.0.2.1", 60), entry("192.0.2.2", 11) }, secondMs + 5000);
    QCOMPARE(
        model.index(0, BlocklistModel::LastHitColumn).data(BlocklistModel::SortRole).toLongLong(),
        secondMs);
    QCOMPARE(model.index(0, BlocklistModel::RateColumn).data().toString(), "");
    QCOMPARE(model.index(1, BlocklistModel::RateColumn).data().toString(), "0.2/s");

    // Unblocked and blocked again: its counter starts anew, and what it counts is new.
    BlockedEntry again = entry("192.0.2.1", 5);
    again.created = again.created.addSecs(60);
    model.setEntries({ again, entry("192.0.2.2", 11) }, secondMs + 10'000);
    QCOMPARE(
        model.index(0, BlocklistModel::LastHitColumn).data(BlocklistModel::SortRole).toLongLong(),
        secondMs + 10'000);
    QCOMPARE(model.index(0, BlocklistModel::RateColumn).data().toString(), "1.0/s");
}

void BlocklistModelTest::counterRefreshChangesOnlyHitRows()
{
    BlocklistModel model;
    BlocklistProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(BlocklistModel::EntryColumn);
    QItemSelectionModel selection(&proxy);
    QList<BlockedEntry> listing;
    for (int i = 0; i < 50; ++i)
        listing << entry(QStringLiteral("192.0.2.%1").arg(i), 7);
    const qint64 firstMs = QDateTime::currentMSecsSinceEpoch() - 20'000;
    model.setEntries(listing, firstMs);
    // Read again with nothing hit: the rates become known, and nothing shows differently.
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setEntries(listing, firstMs + 5000);
    QCOMPARE(changes.size(), 0);

    selection.select(proxy.index(30, 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy insertions(&model, &QAbstractItemModel::rowsInserted);
    listing[12].packets = 9;
    listing[12].bytes = 500;
    listing[40].packets = 8;
    model.setEntries(listing, firstMs + 10'000);

    QCOMPARE(resets.size(), 0);
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(removals.size(), 0);
    QCOMPARE(insertions.size(), 0);
    QSet<int> changedRows;
    for (const QList<QVariant> &change : std::as_const(changes)) {
        const QModelIndex from = change.at(0).toModelIndex();
        const QModelIndex to = change.at(1).toModelIndex();
        // The counter columns, not the text a filter looks at.
        QCOMPARE(from.column(), int(BlocklistModel::PacketsColumn));
        QCOMPARE(to.column(), int(BlocklistModel::RateColumn));
        for (int row = from.row(); row <= to.row(); ++row)
            changedRows.insert(row);
    }
    QCOMPARE(changedRows, QSet<int>({ 12, 40 }));
    QCOMPARE(model.index(12, BlocklistModel::RateColumn).data().toString(), "0.4/s");
    QCOMPARE(model.index(40, BlocklistModel::RateColumn).data().toString(), "0.2/s");
    const QModelIndexList selected = selection.selectedRows(BlocklistModel::EntryColumn);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), "192.0.2.30");

    // However scattered, never a span over rows that did not change.
    QList<BlockedEntry> many;
    for (int i = 0; i < 1000; ++i)
        many << entry(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), 1);
    BlocklistModel scattered;
    scattered.setEntries(many, firstMs);
    for (qsizetype i = 0; i < many.size(); i += 3)
        many[i].packets = 2;
    QSignalSpy scatteredChanges(&scattered, &QAbstractItemModel::dataChanged);
    scattered.setEntries(many, firstMs + 5000);
    qsizetype named = 0;
    for (const QList<QVariant> &change : std::as_const(scatteredChanges))
        named += change.at(1).toModelIndex().row() - change.at(0).toModelIndex().row() + 1;
    QCOMPARE(named, 334);
}

void BlocklistModelTest::counterRefreshKeepsAnotherColumnsOrder()
{
    BlocklistModel model;
    BlocklistProxyModel proxy;
    proxy.setSourceModel(&model);
    const qint64 firstMs = QDateTime::currentMSecsSinceEpoch() - 20'000;
    QList<BlockedEntry> listing { entry("192.0.2.1", 1, -1, "charlie"),
                                  entry("192.0.2.2", 2, -1, "alpha"),
                                  entry("192.0.2.3", 3, -1, "bravo") };
    model.setEntries(listing, firstMs);
    proxy.sort(BlocklistModel::CommentColumn);
    const QStringList byComment { "192.0.2.2", "192.0.2.3", "192.0.2.1" };
    QCOMPARE(column(proxy, BlocklistModel::EntryColumn), byComment);

    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    listing[0].packets = 500;
    listing[2].packets = 4;
    model.setEntries(listing, firstMs + 5000);
    QCOMPARE(layouts.size(), 0);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(column(proxy, BlocklistModel::EntryColumn), byComment);
    QCOMPARE(column(proxy, BlocklistModel::PacketsColumn), QStringList({ "2", "4", "500" }));

    // Sorted by rate, the busiest first: the counters decide the order.
    proxy.sort(BlocklistModel::RateColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, BlocklistModel::EntryColumn),
             QStringList({ "192.0.2.1", "192.0.2.3", "192.0.2.2" }));
}

QTEST_GUILESS_MAIN(BlocklistModelTest)
#include "blocklistmodeltest.moc"
