// The History tab against a stand-in helper on a bus of the test's own: the newest page on
// show, older pages as the view scrolls, newer rows on top at a refresh, Undo on the
// selected row and the window's Ctrl+Z on the user's own last change.

#include "historytab.h"
#include "client/helperclient.h"
#include "dbus/helpertypes.h"
#include "historymodel.h"
#include "privatebus.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusContext>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <unistd.h>

using namespace Rampart;

namespace {

const QString helperConnection = QStringLiteral("historytabtest-helper");

class FakeHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.rampart.Helper1")

public:
    QList<HistoryEntry> rows; // newest first
    QList<QPair<qlonglong, uint>> historyCalls;
    QList<qlonglong> undoCalls;

public Q_SLOTS:
    QList<Rampart::HistoryEntry> History(qlonglong beforeId, uint limit)
    {
        historyCalls << qMakePair(beforeId, limit);
        QList<HistoryEntry> page;
        for (const HistoryEntry &row : std::as_const(rows)) {
            if ((beforeId == 0 || row.id < beforeId) && page.size() < qsizetype(limit))
                page << row;
        }
        return page;
    }

    qlonglong Undo(qlonglong id, QStringList &notRestored)
    {
        undoCalls << id;
        notRestored = {};
        HistoryEntry undo;
        undo.id = rows.first().id + 1;
        undo.uid = getuid();
        undo.origin = QStringLiteral("window");
        undo.action = QStringLiteral("undo");
        undo.undoes = id;
        undo.undoable = true;
        for (HistoryEntry &row : rows) {
            if (row.id == id) {
                row.undoneBy = undo.id;
                row.undoable = false;
            }
        }
        rows.prepend(undo);
        return undo.id;
    }
};

HistoryEntry row(qint64 id, quint32 uid, const QString &action, bool undoable)
{
    HistoryEntry entry;
    entry.id = id;
    entry.time = 1'700'000'000 + id;
    entry.uid = uid;
    entry.origin = QStringLiteral("rampartctl");
    entry.action = action;
    entry.undoable = undoable;
    entry.entries = { QStringLiteral("192.0.2.%1/32").arg(id % 250) };
    entry.entryCount = 1;
    entry.countV4 = 1;
    return entry;
}

} // namespace

class HistoryTabTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void pagesLoadAsTheViewScrolls();
    void undoSelectedRow();
    void ctrlZUndoesYourOwnLastChange();

private:
    PrivateBus m_bus;
    FakeHelper m_helper;
};

void HistoryTabTest::initTestCase()
{
    registerHelperTypes();
    QString error;
    QVERIFY2(m_bus.start(&error), qPrintable(error));
    QVERIFY2(m_bus.serveHelper(&m_helper, helperConnection, &error), qPrintable(error));
}

void HistoryTabTest::init()
{
    m_helper.rows.clear();
    for (qint64 id = 450; id >= 1; --id)
        m_helper.rows << row(id, getuid() + 1, QStringLiteral("block"), true);
    m_helper.historyCalls.clear();
    m_helper.undoCalls.clear();
}

void HistoryTabTest::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(helperConnection);
}

void HistoryTabTest::pagesLoadAsTheViewScrolls()
{
    HelperClient client(QDBusConnection::connectToBus(m_bus.address(), "historytabtest-pages"));
    HistoryTab tab(&client);
    tab.resize(800, 600);
    tab.show();
    QTRY_COMPARE(tab.model()->rowCount(), int(HistoryTab::pageSize));
    QCOMPARE(tab.model()->entry(0).id, 450);

    // The view asks for more as it scrolls to the end.
    tab.view()->scrollToBottom();
    QTRY_COMPARE(tab.model()->rowCount(), int(2 * HistoryTab::pageSize));
    QCOMPARE(m_helper.historyCalls.at(1).first, 251);

    // Two new changes: on top, the rest stays.
    m_helper.rows.prepend(row(451, getuid(), QStringLiteral("unblock"), true));
    m_helper.rows.prepend(row(452, getuid(), QStringLiteral("allow"), true));
    tab.refresh();
    QTRY_COMPARE(tab.model()->rowCount(), int(2 * HistoryTab::pageSize) + 2);
    QCOMPARE(tab.model()->entry(0).id, 452);
    QCOMPARE(tab.model()->entry(2).id, 450);
}

void HistoryTabTest::undoSelectedRow()
{
    HelperClient client(QDBusConnection::connectToBus(m_bus.address(), "historytabtest-undo"));
    HistoryTab tab(&client);
    tab.show();
    QTRY_VERIFY(tab.model()->rowCount() > 0);
    QAction *undo = nullptr;
    for (QAction *action : tab.findChildren<QAction *>()) {
        if (action->text().contains(QLatin1String("Selected")))
            undo = action;
    }
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled()); // nothing selected
    tab.view()->selectRow(3);
    QVERIFY(undo->isEnabled());
    const auto *details = tab.findChild<QPlainTextEdit *>("details");
    QVERIFY(details->toPlainText().contains("#447"));
    QVERIFY(details->toPlainText().contains("192.0.2.197/32"));

    QSignalSpy changed(&tab, &HistoryTab::blocklistChanged);
    undo->trigger();
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(m_helper.undoCalls, QList<qlonglong> { 447 });
    QVERIFY(changed.first().first().toString().contains("#447"));
    // Undone: not again.
    const int at = tab.model()->rowOf(447);
    QCOMPARE(tab.model()->entry(at).undoneBy, 451);
    QVERIFY(!undo->isEnabled());
}

void HistoryTabTest::ctrlZUndoesYourOwnLastChange()
{
    m_helper.rows[5] = row(445, getuid(), QStringLiteral("block"), true);
    m_helper.rows[2] = row(448, getuid(), QStringLiteral("save"), false);
    HelperClient client(QDBusConnection::connectToBus(m_bus.address(), "historytabtest-ctrlz"));
    HistoryTab tab(&client);
    QCOMPARE(tab.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QSignalSpy changed(&tab, &HistoryTab::blocklistChanged);
    tab.undoAction()->trigger();
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(m_helper.undoCalls, QList<qlonglong> { 445 });

    // The undo itself is not undone again by the next Ctrl+Z, nor another user's change.
    m_helper.rows.erase(m_helper.rows.begin() + 1, m_helper.rows.end());
    QSignalSpy message(&tab, &HistoryTab::message);
    tab.undoAction()->trigger();
    QTRY_COMPARE(message.size(), 1);
    QVERIFY(message.first().first().toString().contains("no change left"));
    QCOMPARE(m_helper.undoCalls.size(), 1);
}

QTEST_MAIN(HistoryTabTest)
#include "historytabtest.moc"
