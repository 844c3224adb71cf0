// The History tab's model: pages of older rows asked for as the view scrolls and added at
// the end, newer rows put on top without loading the rest again, rows already shown taking
// what changed, and the text filter.

#include "historymodel.h"
#include "historyproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace Rampart;

namespace {

HistoryEntry row(qint64 id, const QString &action = QStringLiteral("block"),
                 const QStringList &entries = {})
{
    HistoryEntry entry;
    entry.id = id;
    entry.time = 1'700'000'000 + id;
    entry.uid = getuid();
    entry.origin = QStringLiteral("rampartctl");
    entry.action = action;
    entry.entries = entries;
    entry.entryCount = quint32(entries.size());
    entry.countV4 = entry.entryCount;
    entry.undoable = action != QLatin1String("save");
    return entry;
}

// Rows from..to, newest first.
QList<HistoryEntry> rows(qint64 from, qint64 to)
{
    QList<HistoryEntry> list;
    for (qint64 id = to; id >= from; --id)
        list << row(id);
    return list;
}

QList<qint64> ids(const HistoryModel &model)
{
    QList<qint64> list;
    for (int i = 0; i < model.rowCount(); ++i)
        list << model.entry(i).id;
    return list;
}

} // namespace

class HistoryModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void olderPagesAreFetchedAsAsked();
    void newerRowsGoOnTop();
    void changedRowsAreUpdatedInPlace();
    void filterMatchesWhatTheRowsSay_data();
    void filterMatchesWhatTheRowsSay();
};

void HistoryModelTest::olderPagesAreFetchedAsAsked()
{
    // Without QAbstractItemModelTester, which fetches more by itself.
    HistoryModel model;
    QSignalSpy wanted(&model, &HistoryModel::olderRowsWanted);
    // Nothing to scroll to before the first page.
    QVERIFY(!model.canFetchMore({}));

    model.mergeNewest(rows(301, 500), false);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted.last().first().toLongLong(), 301);
    // One request at a time.
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(wanted.size(), 1);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendOlder(rows(101, 300), false);
    QCOMPARE(model.rowCount(), 400);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 200);
    QCOMPARE(model.entry(399).id, 101);

    // A failed page may be asked for again.
    model.fetchMore({});
    model.olderRowsFailed();
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    model.appendOlder(rows(1, 100), true);
    QCOMPARE(model.rowCount(), 500);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(ids(model).first(), 500);
    QCOMPARE(ids(model).last(), 1);
}

void HistoryModelTest::newerRowsGoOnTop()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model);
    model.mergeNewest(rows(1, 10), true);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // The newest page overlaps what is shown: only rows 11 and 12 are new.
    model.mergeNewest(rows(3, 12), false);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 0);
    QCOMPARE(inserted.last().at(2).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(ids(model), (QList<qint64> { 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 }));
    // Still complete: the first load said there was nothing older.
    QVERIFY(!model.canFetchMore({}));

    // Nothing new: nothing moves.
    model.mergeNewest(rows(5, 12), false);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowOf(7), 5);
    QCOMPARE(model.rowOf(99), -1);
}

void HistoryModelTest::changedRowsAreUpdatedInPlace()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model);
    model.mergeNewest(rows(1, 5), true);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    HistoryEntry undo = row(6, QStringLiteral("undo"));
    undo.undoes = 3;
    HistoryEntry undone = row(3);
    undone.undoable = false;
    undone.undoneBy = 6;
    model.mergeNewest({ undo, row(5), row(4), undone }, false);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().first().toModelIndex().row(), model.rowOf(3));
    QVERIFY(!model.entry(model.rowOf(3)).undoable);
    QVERIFY(model.data(model.index(model.rowOf(3), HistoryModel::What)).toString().contains("#6"));
    QVERIFY(model.data(model.index(0, HistoryModel::What)).toString().contains("#3"));

    model.markUndone(5, 7);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.entry(model.rowOf(5)).undoneBy, 7);
    QVERIFY(!model.entry(model.rowOf(5)).undoable);
}

void HistoryModelTest::filterMatchesWhatTheRowsSay_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<qint64>>("shown");

    QTest::newRow("nothing") << QString() << QList<qint64> { 4, 3, 2, 1 };
    QTest::newRow("an address") << "198.51.100" << QList<qint64> { 2 };
    QTest::newRow("an action") << "FEED UPDATED" << QList<qint64> { 3 };
    QTest::newRow("a detail") << "office" << QList<qint64> { 1 };
    QTest::newRow("a number") << "#4" << QList<qint64> { 4 };
    QTest::newRow("where from") << "rampartctl" << QList<qint64> { 4, 3, 2, 1 };
    QTest::newRow("nothing matches") << "203.0.113" << QList<qint64> {};
}

void HistoryModelTest::filterMatchesWhatTheRowsSay()
{
    QFETCH(QString, filter);
    QFETCH(QList<qint64>, shown);

    HistoryModel model;
    HistoryEntry allowed = row(1, QStringLiteral("allow"), { QStringLiteral("192.0.2.0/24") });
    allowed.detail = QStringLiteral("our office");
    model.mergeNewest({ row(4, QStringLiteral("save")),
                        row(3, QStringLiteral("feed-update"), { QStringLiteral("10.9.0.0/16") }),
                        row(2, QStringLiteral("block"), { QStringLiteral("198.51.100.7/32") }),
                        allowed },
                      true);
    HistoryProxyModel proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setSourceModel(&model);
    proxy.setFilterText(filter);
    QList<qint64> actual;
    for (int i = 0; i < proxy.rowCount(); ++i)
        actual << model.entry(proxy.mapToSource(proxy.index(i, 0)).row()).id;
    QCOMPARE(actual, shown);
}

QTEST_MAIN(HistoryModelTest)
#include "historymodeltest.moc"
