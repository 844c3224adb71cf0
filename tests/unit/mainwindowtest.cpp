// The main window as an administrator finds it: the four tabs in their language, the
// shortcuts they know, and a status bar that says plainly when the helper cannot be
// reached, without the window ever waiting for it, and where the firewall's jumps to the
// RAMPART chain are when that matters.

#include "mainwindow.h"
#include "blockdialog.h"
#include "cannedsnapshots.h"
#include "changepermission.h"
#include "client/helperclient.h"
#include "commandsdialog.h"
#include "confirmdialog.h"
#include "connections/connectionsmonitor.h"
#include "connectionsmodel.h"
#include "connectionstab.h"
#include "geo/geosettings.h"
#include "helperstatuswidget.h"
#include "historytab.h"
#include "importfeeddialog.h"
#include "messagearea.h"
#include "privatebus.h"
#include "settingsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Rampart;

namespace {

const QString privateBusName = QStringLiteral("mainwindowtest-private");
const QString noBusName = QStringLiteral("mainwindowtest-nowhere");

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

const QString refusal =
    QStringLiteral("not authorized for org.rampart.manage: authentication is required and no "
                   "authentication agent answered");

// Answers as the helper does when polkit refuses a change, and lets everyone read.
class RefusingHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.rampart.Helper1")

public Q_SLOTS:
    uint Unblock(const QStringList &entries, QStringList &notBlocked)
    {
        Q_UNUSED(entries);
        notBlocked.clear();
        sendErrorReply(QDBusError::AccessDenied, refusal);
        return 0;
    }
};

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tabsInTheAdministratorsLanguage_data();
    void tabsInTheAdministratorsLanguage();
    void shortcuts_data();
    void shortcuts();
    void findFocusesTheFilter();
    void spacePausesTheConnectionsOnlyWhereShown();
    void aboutNamesTheGeolocationDatabase();
    void blockAllOfACountryOpensItsPreview();
    void blockStartsFromTheSelectedConnections();
    void settingsReachTheConnectionsTab();
    void statusBarSaysTheHelperIsNotReachable_data();
    void statusBarSaysTheHelperIsNotReachable();
    void statusBarNamesMovedOrMissingJumps_data();
    void statusBarNamesMovedOrMissingJumps();
    void refusedChangeGreysOutChangesWithAWayBack();
    void oneMessageAtATimeWithTheWholeTextKept();
    void verdictCommandsShowTheOtherVerdict();
    void countdownOfAClosedDialogStillReports();

private:
    QDBusConnection bus(const QString &name) const;

    QTranslator m_english;
    PrivateBus m_bus;
};

void MainWindowTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);

    // A bus of our own where no helper is, or ever will be: the host's buses stay untouched.
    QString busError;
    QVERIFY2(m_bus.start(&busError), qPrintable(busError));
}

void MainWindowTest::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(privateBusName);
    QDBusConnection::disconnectFromBus(noBusName);
}

QDBusConnection MainWindowTest::bus(const QString &name) const
{
    if (name == privateBusName)
        return QDBusConnection::connectToBus(m_bus.address(), privateBusName);
    return QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/rampart-test-bus"),
                                         noBusName);
}

void MainWindowTest::tabsInTheAdministratorsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("titles");

    QTest::newRow("English") << "en"
                             << QStringList { "Connections", "Blocklist", "Feeds", "History" };
    QTest::newRow("French") << "fr"
                            << QStringList { "Connexions", "Liste de blocage", "Flux",
                                             "Historique" };
    QTest::newRow("German") << "de"
                            << QStringList { "Verbindungen", "Sperrliste", "Feeds", "Verlauf" };
}

void MainWindowTest::tabsInTheAdministratorsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, titles);

    // Loaded the way rampart and rampartctl load it, from the resource both embed.
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), QStringLiteral("rampart"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);

    HelperClient client(bus(noBusName));
    MainWindow window(&client);
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList shown;
    for (int i = 0; i < tabs->count(); ++i)
        shown << tabs->tabText(i);
    QCOMPARE(shown, titles);
    // Opens on the Connections tab.
    QCOMPARE(tabs->tabText(tabs->currentIndex()), titles.at(0));
    // No placeholder is left: the History tab is the history.
    QVERIFY(qobject_cast<HistoryTab *>(tabs->widget(3)));

    QCoreApplication::removeTranslator(&translator);
}

void MainWindowTest::shortcuts_data()
{
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::addColumn<QString>("action");

    QTest::newRow("quit") << QKeySequence(Qt::CTRL | Qt::Key_Q) << "Quit";
    QTest::newRow("find") << QKeySequence(Qt::CTRL | Qt::Key_F) << "Find…";
    QTest::newRow("refresh") << QKeySequence(Qt::Key_F5) << "Refresh";
    QTest::newRow("pause") << QKeySequence(Qt::Key_Space) << "Pause";
    QTest::newRow("block") << QKeySequence(Qt::CTRL | Qt::Key_B) << "Block…";
    QTest::newRow("unblock") << QKeySequence(Qt::Key_Delete) << "Unblock Selected";
    QTest::newRow("undo") << QKeySequence(Qt::CTRL | Qt::Key_Z) << "Undo My Last Change";
}

void MainWindowTest::shortcuts()
{
    QFETCH(QKeySequence, shortcut);
    QFETCH(QString, action);

    HelperClient client(bus(noBusName));
    MainWindow window(&client);
    QStringList found;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *candidate : actions) {
        if (candidate->shortcuts().contains(shortcut))
            found << withoutMnemonic(candidate->text());
    }
    QCOMPARE(found, QStringList { action });
}

void MainWindowTest::aboutNamesTheGeolocationDatabase()
{
    HelperClient client(bus(noBusName));
    MainWindow window(&client);
    QAction *about = nullptr;
    for (QAction *candidate : window.findChildren<QAction *>()) {
        if (withoutMnemonic(candidate->text()).startsWith("About"))
            about = candidate;
    }
    QVERIFY(about);
    about->trigger();
    auto *box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    // The database in use (or why there is none), and the credit its licence asks for.
    QVERIFY2(box->text().contains("Geolocation: "), qPrintable(box->text()));
    QVERIFY2(box->text().contains("CC BY 4.0") && box->text().contains("NRO"),
             qPrintable(box->text()));
    if (QFile::exists("/usr/share/rampart/geo/geo-whois-asn-country.mmdb")
        && !QDir("/usr/share/GeoIP").exists() && !QDir("/var/lib/GeoIP").exists())
        QVERIFY2(box->text().contains("geo-whois-asn-country.mmdb, built "),
                 qPrintable(box->text()));
    box->close();
}

void MainWindowTest::findFocusesTheFilter()
{
    HelperClient client(bus(noBusName));
    MainWindow window(&client);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tabs = window.findChild<QTabWidget *>();
    auto *filter = window.findChild<QLineEdit *>("filter");
    auto *connectionsFilter = window.findChild<QLineEdit *>("connectionsFilter");
    QVERIFY(filter && connectionsFilter);

    // On the Connections tab, its own filter.
    tabs->setCurrentIndex(0);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(connectionsFilter->hasFocus());
    QCOMPARE(tabs->currentIndex(), 0);

    // From a tab without one, the blocklist's.
    tabs->setCurrentIndex(2);
    QVERIFY(!filter->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QCOMPARE(tabs->currentIndex(), 1);
}

void MainWindowTest::spacePausesTheConnectionsOnlyWhereShown()
{
    HelperClient client(bus(noBusName));
    MainWindow window(&client);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tabs = window.findChild<QTabWidget *>();
    QAction *pause = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (withoutMnemonic(action->text()) == "Pause")
            pause = action;
    }
    QVERIFY(pause);

    tabs->setCurrentIndex(0);
    window.findChild<QTableView *>("connections")->setFocus();
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(pause->isChecked());
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(!pause->isChecked());

    tabs->setCurrentIndex(1);
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(!pause->isChecked());
}

void MainWindowTest::blockAllOfACountryOpensItsPreview()
{
    // Recent locations and settings go to a throwaway folder: the default database is used.
    QStandardPaths::setTestModeEnabled(true);
    HelperClient client(bus(noBusName));
    MainWindow window(&client);
    window.show();
    auto *connections = window.findChild<ConnectionsTab *>();
    QVERIFY(connections);
    QVERIFY(!window.findChild<ImportFeedDialog *>());
    Q_EMIT connections->blockCountryRequested("DE");
    auto *dialog = window.findChild<ImportFeedDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->settings().location, "country:DE");
    QCOMPARE(dialog->settings().format, "country");
    QCOMPARE(dialog->settings().name, "country-de");
    // The preview starts by itself: what the administrator wants first is how much it is.
    // Without a helper the allowlist cannot be read, and the preview says so and goes on.
    auto *networks = dialog->findChild<QLabel *>("networkCount");
    QVERIFY(networks);
    QTRY_VERIFY_WITH_TIMEOUT(!networks->text().isEmpty(), 20000);
    QVERIFY2(QLocale().toLongLong(networks->text()) > 1000, qPrintable(networks->text()));
    dialog->reject();
}

void MainWindowTest::blockStartsFromTheSelectedConnections()
{
    CannedSnapshots snapshots;
    snapshots.set({ "203.0.113.7 3", "198.51.100.1 2", "2001:db8::1 1" });
    HelperClient client(bus(noBusName));
    MainWindow window(&client);
    auto *connections = window.findChild<ConnectionsTab *>();
    QVERIFY(connections);
    connections->monitor()->setSnapshotSource(snapshots.source());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE(connections->model()->rowCount(), 3);

    const auto pressCtrlB = [&window]() -> BlockDialog * {
        // Back from a dialog, the offscreen platform leaves no window active.
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        return window.findChild<BlockDialog *>();
    };
    const auto closed = [&window](BlockDialog *dialog) {
        dialog->reject(); // deleted on close
        QTRY_VERIFY(!window.findChild<BlockDialog *>());
    };

    // Nothing selected: nothing written for the administrator.
    BlockDialog *dialog = pressCtrlB();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QPlainTextEdit *>("addresses")->toPlainText(), QString());
    closed(dialog);

    // The selected rows, one a line, ready to block.
    QTableView *view = connections->view();
    for (const QString remote : { "2001:db8::1", "203.0.113.7" }) {
        const QModelIndexList found = view->model()->match(
            view->model()->index(0, 0), ConnectionsModel::RemoteRole, remote, 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        view->selectionModel()->select(found.first(),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    dialog = pressCtrlB();
    QVERIFY(dialog);
    const QStringList lines = dialog->findChild<QPlainTextEdit *>("addresses")
                                  ->toPlainText()
                                  .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(QSet<QString>(lines.begin(), lines.end()),
             (QSet<QString> { "203.0.113.7", "2001:db8::1" }));
    QCOMPARE(lines.size(), 2);
    QTRY_COMPARE(dialog->entries().size(), 2);
    closed(dialog);
}

void MainWindowTest::settingsReachTheConnectionsTab()
{
    // The settings go to a throwaway folder.
    QStandardPaths::setTestModeEnabled(true);
    GeoSettings().save();
    HelperClient client(bus(noBusName));
    MainWindow window(&client);
    window.show();
    auto *connections = window.findChild<QTableView *>("connections");
    QVERIFY(connections);
    QVERIFY(connections->isColumnHidden(ConnectionsModel::DetailsColumn));

    QAction *configure = window.findChild<QAction *>("settingsAction");
    QVERIFY(configure);
    configure->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *online = dialog->findChild<QCheckBox *>("onlineDetails");
    QVERIFY(online);
    QVERIFY(!online->isChecked());
    online->setChecked(true);
    dialog->accept();

    // Saved for the next start and for rampartctl, and in force at once.
    QVERIFY(GeoSettings::load().onlineDetails);
    QVERIFY(!connections->isColumnHidden(ConnectionsModel::DetailsColumn));
    // A new window reads it back.
    MainWindow next(&client);
    QVERIFY(!next.findChild<QTableView *>("connections")
                 ->isColumnHidden(ConnectionsModel::DetailsColumn));
    GeoSettings().save();
}

void MainWindowTest::statusBarSaysTheHelperIsNotReachable_data()
{
    QTest::addColumn<QString>("busName");
    QTest::addColumn<QString>("reason");

    QTest::newRow("bus without a helper") << privateBusName << "the helper is not installed";
    QTest::newRow("no bus at all") << noBusName << "no system bus";
}

void MainWindowTest::statusBarSaysTheHelperIsNotReachable()
{
    QFETCH(QString, busName);
    QFETCH(QString, reason);

    const QDBusConnection connection = bus(busName);
    QCOMPARE(connection.isConnected(), busName == privateBusName);
    HelperClient client(connection);
    MainWindow window(&client);
    window.show();

    auto *helperState = window.findChild<QLabel *>("helperState");
    QVERIFY(helperState);
    // Nothing is known yet when the window appears: the calls have not been answered.
    QCOMPARE(helperState->text(), "Helper: contacting…");
    QTRY_COMPARE_WITH_TIMEOUT(helperState->text(), "Helper: not reachable — " + reason, 10000);
    QVERIFY(helperState->toolTip().contains("cannot be reached"));
    // No counts from nowhere.
    QVERIFY(!window.findChild<QLabel *>("entriesState")->isVisibleTo(&window));
    // And the Blocklist tab says why it is empty.
    window.findChild<QTabWidget *>()->setCurrentIndex(1);
    auto *problem = window.findChild<QLabel *>("listingProblem");
    QTRY_VERIFY(problem->isVisibleTo(&window));
    QVERIFY2(problem->text().startsWith("The blocklist could not be read."),
             qPrintable(problem->text()));
}

void MainWindowTest::statusBarNamesMovedOrMissingJumps_data()
{
    QTest::addColumn<QList<JumpStatus>>("jumps");
    QTest::addColumn<QStringList>("lines"); // in the tooltip, besides the sets

    QTest::newRow("all first") << QList<JumpStatus> { { "INPUT", 4, 1, 3 }, { "INPUT", 6, 1, 1 } }
                               << QStringList {};
    QTest::newRow("moved down")
        << QList<JumpStatus> { { "INPUT", 4, 3, 5 }, { "INPUT", 6, 1, 1 } }
        << QStringList { "INPUT (IPv4): the jump to the RAMPART chain is rule 3 of 5; the rules "
                         "above it see packets first" };
    QTest::newRow("missing") << QList<JumpStatus> {
        { "INPUT", 4, 1, 3 }, { "FORWARD", 6, 0, 2 }
    } << QStringList { "FORWARD (IPv6): the jump to the RAMPART chain is missing" };
}

void MainWindowTest::statusBarNamesMovedOrMissingJumps()
{
    QFETCH(QList<JumpStatus>, jumps);
    QFETCH(QStringList, lines);

    HelperStatus status;
    status.storePath = "/var/lib/rampart/rampart.db";
    status.verdict = "DROP";
    status.rulesInPlace = true;
    status.sets = { { "rampart-v4", 4, 12, 12, 65536 } };
    status.jumps = jumps;
    HelperStatusWidget widget;
    widget.showStatus(status);
    const auto *sync = widget.findChild<QLabel *>("syncState");
    QVERIFY(sync);
    QCOMPARE(sync->text(), "Kernel in sync, rules in place");
    const QStringList tip = sync->toolTip().split(u'\n');
    QCOMPARE(tip.first(), "rampart-v4 (IPv4): 12 in the kernel, 12 in the store, room for 65,536");
    QCOMPARE(tip.mid(1), lines);
}

void MainWindowTest::refusedChangeGreysOutChangesWithAWayBack()
{
    RefusingHelper helper;
    QString error;
    QVERIFY2(m_bus.serveHelper(&helper, QStringLiteral("mainwindowtest-refusing"), &error),
             qPrintable(error));
    HelperClient client(bus(privateBusName));
    MainWindow window(&client);
    window.show();

    QAction *block = nullptr;
    for (QAction *candidate : window.findChildren<QAction *>()) {
        if (withoutMnemonic(candidate->text()) == "Block…")
            block = candidate;
    }
    QVERIFY(block);
    QVERIFY(block->isEnabled());

    // A change polkit refuses, from anywhere in the window.
    QDBusPendingReply<uint, QStringList> reply = client.unblock({ "203.0.113.7" });
    // The stand-in answers on this thread: wait with the event loop running.
    QTRY_VERIFY(reply.isFinished());
    QCOMPARE(reply.error().type(), QDBusError::AccessDenied);

    // Every change is greyed out and says why; reading goes on.
    QTRY_VERIFY(!window.changePermission()->allowed());
    QVERIFY(!block->isEnabled());
    QVERIFY2(block->toolTip().contains("no authentication agent answered"),
             qPrintable(block->toolTip()));
    QCOMPARE(window.findChild<HistoryTab *>()->undoAction()->isEnabled(), false);
    // One line, with a way to authenticate again.
    MessageArea *messages = window.messageArea();
    QCOMPARE(messages->kind(), MessageArea::Kind::Error);
    QVERIFY2(messages->text().startsWith("Not authorized to change the firewall: not authorized "
                                         "for org.rampart.manage"),
             qPrintable(messages->text()));
    QCOMPARE(messages->actionText(), "Authenticate Again");
    QVERIFY(!window.findChild<QMessageBox *>());
    QCOMPARE(window.findChild<HelperStatusWidget *>()->accessText(), "Read-only");

    // There is no polkit on this bus: asking again says so, and changes stay off.
    messages->triggerAction();
    QTRY_VERIFY2(messages->text().startsWith("polkit could not be asked"),
                 qPrintable(messages->text()));
    QVERIFY(!block->isEnabled());
    QCOMPARE(messages->actionText(), "Authenticate Again");

    // A yes from polkit lifts the refusal.
    window.changePermission()->setAuthorization({ Authorization::State::Authorized, {} });
    QVERIFY(block->isEnabled());
    QCOMPARE(block->toolTip(), withoutMnemonic(block->text()));
}

void MainWindowTest::oneMessageAtATimeWithTheWholeTextKept()
{
    MessageArea area;
    area.resize(200, 30);
    area.show();
    const QString longText = QStringLiteral("Blocked 203.0.113.0/24 for 1 hour. ").repeated(8);
    area.showProgress("Unblocking 3 entries…");
    area.showInformation(longText);
    // The new message replaced the work under way: one at a time.
    QCOMPARE(area.text(), longText);
    auto *label = area.findChild<QLabel *>("messageText");
    QVERIFY(label);
    // Elided to the room there is, whole in the tooltip and the log.
    QVERIFY(label->text().size() < longText.size());
    QVERIFY(label->text().endsWith(QChar(0x2026)));
    QCOMPARE(label->toolTip(), longText);
    QCOMPARE(area.log().size(), 2);
    QCOMPARE(area.log().last().text, longText);
    // Clearing progress leaves a later message alone.
    area.clearProgress();
    QCOMPARE(area.text(), longText);
    area.showError("The blocklist could not be read.");
    QCOMPARE(area.kind(), MessageArea::Kind::Error);
    QCOMPARE(area.actionText(), QString());
}

// The Firewall menu's Show Commands item previews switching to the verdict not in force
// (Reject while the helper's is not known); without a helper, the viewer says why.
void MainWindowTest::verdictCommandsShowTheOtherVerdict()
{
    HelperClient client(bus(noBusName));
    MainWindow window(&client);
    window.show();
    QAction *commands = window.findChild<QAction *>("verdictCommandsAction");
    QVERIFY(commands);
    QCOMPARE(commands->text(), "Show Commands for Reject…");
    commands->trigger();
    CommandsDialog *viewer = nullptr;
    QTRY_VERIFY((viewer = window.findChild<CommandsDialog *>()));
    QVERIFY2(viewer->windowTitle().contains("REJECT"), qPrintable(viewer->windowTitle()));
    QTRY_VERIFY2(viewer->status().startsWith("The commands could not be shown: "),
                 qPrintable(viewer->status()));
}

// The Block and Import dialogs close once the change is made; the countdown they open on the
// window still says in the message area what became of the change.
void MainWindowTest::countdownOfAClosedDialogStillReports()
{
    HelperClient client(bus(noBusName));
    MainWindow window(&client);
    window.show();
    {
        QDialog opener(&window);
        ConfirmDialog::showFor(&client, 42, 1, QStringLiteral("Blocked 1 entry permanently."),
                               &window);
    }
    QTRY_COMPARE_WITH_TIMEOUT(window.messageArea()->text(),
                              "Nobody kept the change in time: the helper rolled it back.", 5000);
}

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
