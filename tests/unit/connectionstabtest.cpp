// The Connections tab as an administrator under attack uses it, on canned snapshots: the
// rows show who is connected, a right click offers to block the address or the networks
// around it (or around several), a block reaches the helper with the right entries and
// duration, and a block that would cut off the administrator's own session asks first.
// The helper is a stand-in on a bus of the test's own, answering as the real one does.

#include "connectionstab.h"
#include "cannedsnapshots.h"
#include "client/blocklistlisting.h"
#include "connections/connectionsmonitor.h"
#include "connectionsmodel.h"
#include "loopbackhttpserver.h"
#include "privatebus.h"
#include "testcidr.h"
#include "testmmdb.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QHash>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTranslator>

#include <atomic>

using namespace Rampart;

namespace {

const QString noBusName = QStringLiteral("connectionstabtest-nowhere");

// What the snapshot source returns, changed by the test while the tab's worker reads it.
// A geolocation database with known answers.
const char geoNetworks[] = R"([
    ["203.0.113.0/24", {"country_code": "AU"}],
    ["198.51.100.0/24", {"country_code": "DE", "autonomous_system_number": 64500,
                         "autonomous_system_organization": "Example Networks"}],
    ["8.8.8.0/24", {"country_code": "US"}],
    ["9.9.9.0/24", {"country_code": "CH"}]])";

const QString helperBusName = QStringLiteral("connectionstabtest-helper");
const QString clientBusName = QStringLiteral("connectionstabtest-client");

struct BlockRequest
{
    QStringList entries;
    quint32 timeoutSeconds = 0;
    QString comment;
    bool force = false;
};

// The helper's Block, Allow and List as the tab calls them, recording what it is asked.
// The listing is refused, as polkit refuses it to an administrator who is not authorized,
// until the test hands it a file to send.
class FakeHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.rampart.Helper1")

public:
    QList<BlockRequest> blocks;
    QList<QStringList> allowed;
    int listings = 0;
    QString listingPath;
    // Entries refused without force, with the helper's reason.
    QHash<QString, QString> needsForce;

    QList<uint> confirmWaits; // per call

public Q_SLOTS:
    uint Block(const QStringList &entries, uint timeoutSeconds, const QString &comment, bool force,
               uint confirmWithinSeconds, uint &updated, qlonglong &historyId)
    {
        confirmWaits << confirmWithinSeconds;
        historyId = 600 + confirmWaits.size();
        blocks << BlockRequest { entries, timeoutSeconds, comment, force };
        updated = 0;
        for (const QString &entry : entries) {
            if (!force && needsForce.contains(entry)) {
                sendErrorReply(QLatin1String(needsForceErrorName), needsForce.value(entry));
                return 0;
            }
        }
        return uint(entries.size());
    }

    uint Allow(const QStringList &entries, const QString &comment)
    {
        Q_UNUSED(comment);
        allowed << entries;
        return uint(entries.size());
    }

    QDBusUnixFileDescriptor List()
    {
        ++listings;
        QFile file(listingPath);
        if (listingPath.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            sendErrorReply(QDBusError::AccessDenied, "not authorized in this test");
            return {};
        }
        return QDBusUnixFileDescriptor(file.handle());
    }

    // Answered after every call sent before it on the same connection.
    void Sync() { }
};

QStringList texts(const QMenu *menu)
{
    QStringList list;
    for (const QAction *action : menu->actions())
        list << (action->isSeparator() ? QStringLiteral("-") : action->text());
    return list;
}

QAction *actionNamed(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QAction *actionWithObjectName(const QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

// The menu's "Block All of <country>" actions, by object name, sorted.
QStringList countryActions(const QMenu *menu)
{
    QStringList names;
    for (const QAction *action : menu->actions()) {
        if (action->objectName().startsWith("blockCountry"))
            names << action->objectName();
    }
    names.sort();
    return names;
}

// A stand-in for ip-api.com's batch endpoint: details made from each address, so that an
// answer on the wrong row shows; 9.9.9.9 is one it knows nothing about.
LoopbackHttpServer::Response batchAnswer(const LoopbackHttpServer::Request &request)
{
    QJsonArray answers;
    const QJsonArray addresses = QJsonDocument::fromJson(request.body).array();
    for (const QJsonValue &value : addresses) {
        const QString address = value.toString();
        if (address == "9.9.9.9") {
            answers.append(QJsonObject {
                { "status", "fail" }, { "message", "reserved range" }, { "query", address } });
            continue;
        }
        answers.append(QJsonObject { { "status", "success" },
                                     { "query", address },
                                     { "countryCode", "US" },
                                     { "city", "City of " + address },
                                     { "regionName", "Region of " + address },
                                     { "isp", "ISP of " + address },
                                     { "org", "Org of " + address },
                                     { "as", "AS64500 Example" } });
    }
    LoopbackHttpServer::Response response;
    response.headers = { { "Content-Type", "application/json; charset=utf-8" } };
    response.body = QJsonDocument(answers).toJson(QJsonDocument::Compact);
    return response;
}

QStringList sentAddresses(const LoopbackHttpServer::Request &request)
{
    QStringList addresses;
    const QJsonArray array = QJsonDocument::fromJson(request.body).array();
    for (const QJsonValue &value : array)
        addresses << value.toString();
    return addresses;
}

} // namespace

class ConnectionsTabTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsTheRows();
    void refreshKeepsTheSelection();
    void menuForOneAddress();
    void menuForOneIPv6Address();
    void menuForSeveralRows();
    void menuForNetworkRows();
    void blockForOneHourCallsTheHelper();
    void blockPermanentlyAsksForAComment();
    void blockThatCutsOffTheSessionAsksFirst();
    void blockTheHelperRefusesWithoutForce_data();
    void blockTheHelperRefusesWithoutForce();
    void loopbackIsLeftOut();
    void allowlist();
    void listingRefusedOrHelperNotReachable();
    void blockedRowsSayWhatBlocksThem();
    void copyRowsAsTable();
    void pauseStopsTheSnapshots();
    void rowsShowTheirCountry();
    void groupByCountry();
    void blockCountryFromTheMenu();
    void blockCountryGroupedByCountry();
    void onlineDetailsLookUp();
    void onlineDetailsOff();

private:
    QDBusConnection bus(const QString &name) const;
    void select(const QStringList &remotes);
    QMenu *menuFor(const QStringList &remotes);
    QVariant cell(const QString &remote, int column, int role = Qt::DisplayRole) const;
    QString statusText() const;
    QString messageText() const;
    // The geolocation database for the Country column: this file only, opened by the next
    // refresh.
    void useGeoDatabase(const QString &path);

    QTranslator m_english;
    PrivateBus m_bus;
    FakeHelper m_helper;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<BlocklistListing> m_listing;
    std::unique_ptr<ConnectionsTab> m_tab;
    // What the tab last said, for the window's message area.
    QString m_message;
    CannedSnapshots m_snapshots;
    QList<ProtectedNetwork> m_protected;
    QTemporaryDir m_geoDir;
    QString m_geoDatabase;
    LoopbackHttpServer m_onlineService;
};

void ConnectionsTabTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    // The English plural forms ("1 address", "2 addresses"), as the application loads.
    QCoreApplication::installTranslator(&m_english);

    // A bus of our own with a stand-in helper on it: the host's buses stay untouched.
    QString busError;
    QVERIFY2(m_bus.start(&busError), qPrintable(busError));
    QString serveError;
    QVERIFY2(m_bus.serveHelper(&m_helper, helperBusName, &serveError), qPrintable(serveError));

    QVERIFY(m_geoDir.isValid());
    m_geoDatabase = m_geoDir.filePath(QStringLiteral("test.mmdb"));
    QString error;
    QVERIFY2(TestMmdb::write(m_geoDatabase, geoNetworks, &error) > 0, qPrintable(error));

    QVERIFY2(m_onlineService.listen(), qPrintable(m_onlineService.errorString()));
    m_onlineService.setHandler("/batch", batchAnswer);
}

void ConnectionsTabTest::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_english);
    for (const QString &name : { helperBusName, clientBusName, noBusName })
        QDBusConnection::disconnectFromBus(name);
}

QDBusConnection ConnectionsTabTest::bus(const QString &name) const
{
    if (name == noBusName)
        return QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/rampart-test-bus"), noBusName);
    return QDBusConnection::connectToBus(m_bus.address(), name);
}

void ConnectionsTabTest::init()
{
    m_client = std::make_unique<HelperClient>(bus(clientBusName));
    m_listing = std::make_unique<BlocklistListing>(m_client.get());
    m_tab = std::make_unique<ConnectionsTab>(m_client.get(), m_listing.get());
    m_message.clear();
    connect(m_tab.get(), &ConnectionsTab::message, this,
            [this](const QString &text) { m_message = text; });
    m_snapshots.set({ "203.0.113.7 3", "203.0.113.9 1", "198.51.100.1 2", "2001:db8::1 1" });
    m_tab->monitor()->setSnapshotSource(m_snapshots.source());
    // No database, whatever the machine has installed; the tests that want one set it.
    useGeoDatabase(m_geoDir.filePath(QStringLiteral("missing.mmdb")));
    m_helper.blocks.clear();
    m_helper.needsForce.clear();
    m_helper.allowed.clear();
    m_helper.listings = 0;
    m_helper.listingPath.clear();
    m_protected.clear();
    m_onlineService.clearRequests();
    m_tab->setLockoutNetworkSource([this] { return m_protected; });
    m_tab->resize(1000, 500);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    QTRY_COMPARE(m_tab->model()->rowCount(), 4);
    // The first listing, asked for when the tab is shown, is answered.
    QTRY_VERIFY(statusText().contains("the blocklist could not be read"));
    QCOMPARE(m_helper.listings, 1);
}

void ConnectionsTabTest::cleanup()
{
    m_tab.reset();
    m_listing.reset();
    m_client.reset();
    // Calls the tab made last (a listing after a block) reach the helper before the next
    // test counts them.
    const QDBusPendingCall sync =
        bus(clientBusName)
            .asyncCall(QDBusMessage::createMethodCall("org.rampart.Helper", "/org/rampart/Helper",
                                                      "org.rampart.Helper1", "Sync"));
    QTRY_VERIFY(sync.isFinished());
    QVERIFY(!sync.isError());
}

void ConnectionsTabTest::useGeoDatabase(const QString &path)
{
    m_tab->monitor()->setGeoSearchPath({ path });
}

QString ConnectionsTabTest::statusText() const
{
    return m_tab->findChild<QLabel *>("connectionsStatus")->text();
}

QString ConnectionsTabTest::messageText() const
{
    return m_message;
}

void ConnectionsTabTest::select(const QStringList &remotes)
{
    QTableView *view = m_tab->view();
    view->clearSelection();
    for (const QString &remote : remotes) {
        const QModelIndexList found = view->model()->match(
            view->model()->index(0, 0), ConnectionsModel::RemoteRole, remote, 1, Qt::MatchExactly);
        QVERIFY2(found.size() == 1, qPrintable(remote));
        view->selectionModel()->select(found.first(),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QMenu *ConnectionsTabTest::menuFor(const QStringList &remotes)
{
    select(remotes);
    return m_tab->createContextMenu(m_tab.get());
}

QVariant ConnectionsTabTest::cell(const QString &remote, int column, int role) const
{
    const QAbstractItemModel *model = m_tab->view()->model();
    const QModelIndexList found =
        model->match(model->index(0, 0), ConnectionsModel::RemoteRole, remote, 1, Qt::MatchExactly);
    return found.isEmpty() ? QVariant() : found.first().siblingAtColumn(column).data(role);
}

void ConnectionsTabTest::showsTheRows()
{
    QTableView *view = m_tab->view();
    const auto cell = [&](int row, int column) {
        return view->model()->index(row, column).data().toString();
    };
    // Busiest first.
    QCOMPARE(cell(0, ConnectionsModel::RemoteColumn), "203.0.113.7");
    QCOMPARE(cell(0, ConnectionsModel::ConnectionsColumn), "3");
    QCOMPARE(cell(0, ConnectionsModel::StatesColumn), "EST 3");
    QCOMPARE(cell(0, ConnectionsModel::LocalPortsColumn), "443");
    QCOMPARE(cell(1, ConnectionsModel::RemoteColumn), "198.51.100.1");
    QVERIFY(view->isColumnHidden(ConnectionsModel::AddressesColumn));
    QTRY_VERIFY2(statusText().startsWith("7 connections from 4 addresses, 0 blocked; snapshot "),
                 qPrintable(statusText()));
    // Without a database the Country column is empty, and the status line says why, once.
    QCOMPARE(cell(0, ConnectionsModel::CountryColumn), "");
    QVERIFY2(statusText().contains("The Country column stays empty: "), qPrintable(statusText()));
    QVERIFY2(statusText().contains("missing.mmdb"), qPrintable(statusText()));
    QCOMPARE(statusText().count("The Country column"), 1);
}

void ConnectionsTabTest::refreshKeepsTheSelection()
{
    select({ "198.51.100.1" });
    // 198.51.100.1 becomes the busiest, 203.0.113.9 leaves, 192.0.2.50 arrives.
    m_snapshots.set({ "203.0.113.7 3", "198.51.100.1 9", "2001:db8::1 1", "192.0.2.50 1" });
    m_tab->refreshNow();
    QTRY_COMPARE(m_tab->view()->model()->index(0, 0).data().toString(), "198.51.100.1");
    const QModelIndexList selected = m_tab->view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ConnectionsModel::RemoteRole).toString(), "198.51.100.1");
    QCOMPARE(m_tab->model()->rowCount(), 4);
}

void ConnectionsTabTest::menuForOneAddress()
{
    std::unique_ptr<QMenu> menu(menuFor({ "203.0.113.7" }));
    QCOMPARE(texts(menu.get()),
             QStringList({ "Block 203.0.113.7", "Block 203.0.113.0/24 (256 addresses)",
                           "Block 203.0.0.0/16 (65,536 addresses)", "-", "Allowlist 203.0.113.7",
                           "-", "Copy Address", "Copy Rows as Table" }));
    for (const QAction *action : menu->actions()) {
        if (action->text().startsWith("Block")) {
            QVERIFY(action->menu());
            QCOMPARE(texts(action->menu()),
                     QStringList({ "for 1 hour", "for 1 day", "for 1 week", "permanently…" }));
        }
    }
}

void ConnectionsTabTest::menuForOneIPv6Address()
{
    std::unique_ptr<QMenu> menu(menuFor({ "2001:db8::1" }));
    QCOMPARE(texts(menu.get()).mid(0, 3),
             QStringList({ "Block 2001:db8::1",
                           "Block 2001:db8::/64 (18,446,744,073,709,551,616 addresses)",
                           "Block 2001:db8::/48 (1,208,925,819,614,629,174,706,176 addresses)" }));
}

void ConnectionsTabTest::menuForSeveralRows()
{
    std::unique_ptr<QMenu> menu(menuFor({ "203.0.113.7", "203.0.113.9", "198.51.100.1" }));
    QCOMPARE(texts(menu.get()),
             QStringList({ "Block 3 addresses", "Block their /24s (2 networks, 512 addresses)",
                           "Block their /16s (2 networks, 131,072 addresses)", "-",
                           "Allowlist 3 addresses", "-", "Copy Addresses", "Copy Rows as Table" }));

    // Both in one /16: one network, named.
    menu.reset(menuFor({ "203.0.113.7", "203.0.113.9" }));
    QCOMPARE(texts(menu.get()).mid(0, 3),
             QStringList({ "Block 2 addresses", "Block 203.0.113.0/24 (256 addresses)",
                           "Block 203.0.0.0/16 (65,536 addresses)" }));

    // Nothing selected, nothing offered.
    m_tab->view()->clearSelection();
    menu.reset(m_tab->createContextMenu(m_tab.get()));
    QVERIFY(menu->isEmpty());
}

void ConnectionsTabTest::menuForNetworkRows()
{
    auto *grouping = m_tab->findChild<QComboBox *>("grouping");
    QVERIFY(grouping);
    grouping->setCurrentIndex(grouping->findData(int(Grouping::Network24)));
    QTRY_COMPARE(m_tab->model()->grouping(), Grouping::Network24);
    QTRY_COMPARE(m_tab->model()->rowCount(), 3);
    QVERIFY(!m_tab->view()->isColumnHidden(ConnectionsModel::AddressesColumn));
    const QModelIndex top = m_tab->view()->model()->index(0, 0);
    QCOMPARE(top.data().toString(), "203.0.113.0/24");
    QCOMPARE(top.siblingAtColumn(ConnectionsModel::ConnectionsColumn).data().toString(), "4");
    QCOMPARE(top.siblingAtColumn(ConnectionsModel::AddressesColumn).data().toString(), "2");
    QTRY_VERIFY2(statusText().startsWith("7 connections from 4 addresses in 3 networks, 0 "
                                         "blocked; snapshot "),
                 qPrintable(statusText()));

    // The row is a /24 already: blocking "it" and its /24 are one choice.
    std::unique_ptr<QMenu> menu(menuFor({ "203.0.113.0/24" }));
    QCOMPARE(texts(menu.get()),
             QStringList({ "Block 203.0.113.0/24 (256 addresses)",
                           "Block 203.0.0.0/16 (65,536 addresses)", "-", "Allowlist 203.0.113.0/24",
                           "-", "Copy Address", "Copy Rows as Table" }));
}

void ConnectionsTabTest::blockForOneHourCallsTheHelper()
{
    std::unique_ptr<QMenu> menu(menuFor({ "203.0.113.7", "203.0.113.9" }));
    QMenu *networks = actionNamed(menu.get(), "Block 203.0.113.0/24 (256 addresses)")->menu();
    const int listingsBefore = m_helper.listings;
    actionNamed(networks, "for 1 hour")->trigger();

    // Wider than the rows selected: it says whom else it cuts, and Block is the default.
    auto *box = m_tab->findChild<QMessageBox *>("blockWarning");
    QVERIFY(box);
    QCOMPARE(box->text(), "Block 203.0.113.0/24?");
    QCOMPARE(box->informativeText(),
             "Connected now from within it: 2 connected addresses, 4 connections.");
    QCOMPARE(m_helper.blocks.size(), 0);
    QCOMPARE(box->defaultButton()->text(), "&Block");
    box->defaultButton()->click();
    QTRY_COMPARE(m_helper.blocks.size(), 1);
    QCOMPARE(m_helper.blocks.first().entries, QStringList { "203.0.113.0/24" });
    QCOMPARE(m_helper.blocks.first().timeoutSeconds, 3600u);
    QCOMPARE(m_helper.blocks.first().comment, QString());
    QTRY_COMPARE(messageText(), "Blocked 203.0.113.0/24 for 1 hour.");
    // Asked again, so that the rows show the new entry.
    QTRY_COMPARE(m_helper.listings, listingsBefore + 1);

    actionNamed(actionNamed(menu.get(), "Block 2 addresses")->menu(), "for 1 week")->trigger();
    QTRY_COMPARE(m_helper.blocks.size(), 2);
    QCOMPARE(m_helper.blocks.last().entries, QStringList({ "203.0.113.7", "203.0.113.9" }));
    QCOMPARE(m_helper.blocks.last().timeoutSeconds, 604800u);
    QTRY_COMPARE(messageText(), "Blocked 2 addresses for 1 week.");
}

void ConnectionsTabTest::blockPermanentlyAsksForAComment()
{
    std::unique_ptr<QMenu> menu(menuFor({ "198.51.100.1" }));
    actionNamed(actionNamed(menu.get(), "Block 198.51.100.1")->menu(), "permanently…")->trigger();
    QVERIFY(m_helper.blocks.isEmpty());
    auto *dialog = m_tab->findChild<QInputDialog *>("blockComment");
    QVERIFY(dialog);
    QVERIFY(dialog->labelText().startsWith("198.51.100.1 stays blocked until someone unblocks"));
    dialog->setTextValue("  scanning port 22 all night  ");
    dialog->accept();

    QTRY_COMPARE(m_helper.blocks.size(), 1);
    QCOMPARE(m_helper.blocks.first().entries, QStringList { "198.51.100.1" });
    QCOMPARE(m_helper.blocks.first().timeoutSeconds, 0u);
    QCOMPARE(m_helper.blocks.first().comment, "scanning port 22 all night");
    QTRY_COMPARE(messageText(), "Blocked 198.51.100.1 permanently.");
}

void ConnectionsTabTest::blockThatCutsOffTheSessionAsksFirst()
{
    m_protected = ownSessionPeers(QStringLiteral("203.0.113.50 50000 192.0.2.1 22"), QString());

    // The address alone is not the session's: no question.
    std::unique_ptr<QMenu> menu(menuFor({ "203.0.113.7" }));
    actionNamed(actionNamed(menu.get(), "Block 203.0.113.7")->menu(), "for 1 hour")->trigger();
    QTRY_COMPARE(m_helper.blocks.size(), 1);
    QVERIFY(!m_tab->findChild<QMessageBox *>("blockWarning"));

    // Its /24 holds the session's address: asked, and Cancel blocks nothing.
    for (const bool anyway : { false, true }) {
        actionNamed(actionNamed(menu.get(), "Block 203.0.113.0/24 (256 addresses)")->menu(),
                    "for 1 day")
            ->trigger();
        QCOMPARE(m_helper.blocks.size(), 1);
        auto *box = m_tab->findChild<QMessageBox *>("blockWarning");
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(
                     "203.0.113.0/24 covers 203.0.113.50, where your SSH session comes from"),
                 qPrintable(box->informativeText()));
        QCOMPARE(box->defaultButton()->text(), "Cancel");
        QPushButton *button = nullptr;
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text() == (anyway ? "&Block Anyway" : "Cancel"))
                button = qobject_cast<QPushButton *>(candidate);
        }
        QVERIFY(button);
        button->click();
        QTRY_VERIFY(!m_tab->findChild<QMessageBox *>("blockWarning"));
    }
    // Calls arrive in order: once the second one is in, a first sent on Cancel would be too.
    QTRY_VERIFY(!m_helper.blocks.isEmpty() && m_helper.blocks.last().timeoutSeconds == 86400u);
    QCOMPARE(m_helper.blocks.size(), 2);
    QCOMPARE(m_helper.blocks.last().entries, QStringList { "203.0.113.0/24" });
    QCOMPARE(m_helper.blocks.last().timeoutSeconds, 86400u);
    // Asked once: the helper is told the administrator means it, and asks nothing more.
    QVERIFY(m_helper.blocks.last().force);
    QVERIFY(!m_helper.blocks.first().force);
}

void ConnectionsTabTest::blockTheHelperRefusesWithoutForce_data()
{
    QTest::addColumn<bool>("anyway");
    QTest::newRow("Cancel") << false;
    QTest::newRow("Block Anyway") << true;
}

void ConnectionsTabTest::blockTheHelperRefusesWithoutForce()
{
    QFETCH(bool, anyway);
    // This machine's gateway, say, which the tab itself does not know about.
    m_helper.needsForce.insert("203.0.113.0/24", "203.0.113.0/24 covers a gateway on eth0");
    std::unique_ptr<QMenu> menu(menuFor({ "203.0.113.7" }));
    actionNamed(actionNamed(menu.get(), "Block 203.0.113.0/24 (256 addresses)")->menu(),
                "for 1 hour")
        ->trigger();
    auto *wider = m_tab->findChild<QMessageBox *>("blockWarning");
    QVERIFY(wider);
    wider->defaultButton()->click();
    QTRY_COMPARE(m_helper.blocks.size(), 1);
    QVERIFY(!m_helper.blocks.first().force);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_tab->findChild<QMessageBox *>("forceBlockQuestion")) != nullptr);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowTitle(), "Block 203.0.113.0/24");
    QCOMPARE(box->informativeText(),
             "Nothing was blocked: 203.0.113.0/24 covers a gateway on eth0.");
    QCOMPARE(box->defaultButton()->text(), "Cancel");
    QAbstractButton *button = nullptr;
    for (QAbstractButton *candidate : box->buttons()) {
        if (candidate->text() == (anyway ? "&Block Anyway" : "Cancel"))
            button = candidate;
    }
    QVERIFY(button);
    button->click();
    QTRY_VERIFY(!m_tab->findChild<QMessageBox *>("forceBlockQuestion"));

    if (!anyway) {
        // Calls arrive in order: a block sent on Cancel would be in before this answer.
        const QDBusPendingCall sync =
            bus(clientBusName)
                .asyncCall(QDBusMessage::createMethodCall(
                    "org.rampart.Helper", "/org/rampart/Helper", "org.rampart.Helper1", "Sync"));
        QTRY_VERIFY(sync.isFinished());
        QCOMPARE(m_helper.blocks.size(), 1);
        QCOMPARE(messageText(), "Nothing was blocked yet: the helper asks first.");
        return;
    }
    QTRY_COMPARE(m_helper.blocks.size(), 2);
    const BlockRequest &forced = m_helper.blocks.last();
    QVERIFY(forced.force);
    QCOMPARE(forced.entries, QStringList { "203.0.113.0/24" });
    QCOMPARE(forced.timeoutSeconds, 3600u);
    QTRY_COMPARE(messageText(), "Blocked 203.0.113.0/24 for 1 hour.");
}

void ConnectionsTabTest::loopbackIsLeftOut()
{
    m_snapshots.set({ "203.0.113.7 3", "127.0.0.1 5" });
    m_tab->refreshNow();
    QTRY_COMPARE(m_tab->model()->rowCount(), 2);
    std::unique_ptr<QMenu> menu(menuFor({ "203.0.113.7", "127.0.0.1" }));
    actionNamed(actionNamed(menu.get(), "Block 2 addresses")->menu(), "for 1 hour")->trigger();
    QVERIFY(m_helper.blocks.isEmpty());
    auto *box = m_tab->findChild<QMessageBox *>("blockWarning");
    QVERIFY(box);
    QCOMPARE(box->text(), "Some of these cannot be blocked.");
    QVERIFY2(box->informativeText().contains("127.0.0.1 covers loopback"),
             qPrintable(box->informativeText()));
    box->defaultButton()->click();
    QTRY_COMPARE(m_helper.blocks.size(), 1);
    QCOMPARE(m_helper.blocks.first().entries, QStringList { "203.0.113.7" });
}

void ConnectionsTabTest::allowlist()
{
    std::unique_ptr<QMenu> menu(menuFor({ "203.0.113.7" }));
    actionNamed(menu.get(), "Allowlist 203.0.113.7")->trigger();
    QTRY_COMPARE(m_helper.allowed, QList<QStringList>({ { "203.0.113.7" } }));
    QVERIFY(m_helper.blocks.isEmpty());
    QTRY_VERIFY2(messageText().startsWith("Allowlisted 203.0.113.7"), qPrintable(messageText()));
}

void ConnectionsTabTest::listingRefusedOrHelperNotReachable()
{
    // The listing was refused: Blocked by stays empty, and the status line says why.
    QTRY_VERIFY2(statusText().contains("Blocked by stays empty: the blocklist could not be read. "
                                       "Not authorized: not authorized in this test"),
                 qPrintable(statusText()));

    // No helper at all: the same line says so, and so does a block.
    HelperClient nowhere(bus(noBusName));
    BlocklistListing listing(&nowhere);
    ConnectionsTab tab(&nowhere, &listing);
    tab.monitor()->setSnapshotSource(m_snapshots.source());
    tab.setLockoutNetworkSource([] { return QList<ProtectedNetwork>(); });
    tab.show();
    QTRY_COMPARE(tab.model()->rowCount(), 4);
    const auto *status = tab.findChild<QLabel *>("connectionsStatus");
    QTRY_VERIFY2(status->text().contains("Blocked by stays empty: the blocklist could not be "
                                         "read. The Rampart helper cannot be reached"),
                 qPrintable(status->text()));
    const QModelIndexList found = tab.view()->model()->match(
        tab.view()->model()->index(0, 0), ConnectionsModel::RemoteRole, "203.0.113.7");
    QCOMPARE(found.size(), 1);
    tab.view()->selectionModel()->select(found.first(),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QString message;
    connect(&tab, &ConnectionsTab::message, this,
            [&message](const QString &text) { message = text; });
    std::unique_ptr<QMenu> menu(tab.createContextMenu(&tab));
    actionNamed(actionNamed(menu.get(), "Block 203.0.113.7")->menu(), "for 1 hour")->trigger();
    QTRY_VERIFY2(message.startsWith("Nothing was blocked. The Rampart helper cannot be "
                                    "reached"),
                 qPrintable(message));
    QVERIFY(m_helper.blocks.isEmpty());
}

void ConnectionsTabTest::blockedRowsSayWhatBlocksThem()
{
    QTemporaryFile listing;
    QVERIFY(listing.open());
    listing.write("# rampart-list 1\n"
                  "203.0.113.0/24\tmanual\t1700000000\t0\t12\tscanner\n"
                  "2001:db8::/32\tfeed:drop\t1700000000\t0\t0\t\n");
    listing.flush();
    m_helper.listingPath = listing.fileName();
    m_listing->reload();

    const auto blockedBy = [&](const QString &remote) {
        const QAbstractItemModel *model = m_tab->view()->model();
        const QModelIndexList found = model->match(model->index(0, 0), ConnectionsModel::RemoteRole,
                                                   remote, 1, Qt::MatchExactly);
        return found.isEmpty()
            ? QString()
            : found.first().siblingAtColumn(ConnectionsModel::BlockedByColumn).data().toString();
    };
    QTRY_COMPARE(blockedBy("203.0.113.7"), "by hand (203.0.113.0/24)");
    QCOMPARE(blockedBy("203.0.113.9"), "by hand (203.0.113.0/24)");
    QCOMPARE(blockedBy("2001:db8::1"), "feed:drop (2001:db8::/32)");
    QCOMPARE(blockedBy("198.51.100.1"), "");
    QTRY_VERIFY2(statusText().startsWith("7 connections from 4 addresses, 3 blocked"),
                 qPrintable(statusText()));
    QVERIFY(!statusText().contains("could not be read"));
}

void ConnectionsTabTest::copyRowsAsTable()
{
    select({ "203.0.113.7", "2001:db8::1" });
    std::unique_ptr<QMenu> menu(m_tab->createContextMenu(m_tab.get()));
    actionNamed(menu.get(), "Copy Addresses")->trigger();
    QCOMPARE(QApplication::clipboard()->text(), "203.0.113.7\n2001:db8::1\n");

    actionNamed(menu.get(), "Copy Rows as Table")->trigger();
    const QStringList lines = QApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), 4); // header, two rows, and the final newline
    QCOMPARE(lines.at(0),
             "Remote\tCountry\tConns\tStates\tLocal ports\tFirst seen\tLast seen\tBlocked "
             "by\tProcess");
    QVERIFY2(lines.at(1).startsWith("203.0.113.7\t\t3\tEST 3\t443\t"), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith("2001:db8::1\t\t1\tEST 1\t443\t"), qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3), "");
}

void ConnectionsTabTest::pauseStopsTheSnapshots()
{
    m_tab->pauseAction()->trigger();
    QVERIFY(m_tab->pauseAction()->isChecked());
    QTRY_VERIFY(statusText().startsWith("Paused. "));
    // Whatever was under way has landed; then nothing more while paused, for longer than
    // the interval.
    QTest::qWait(300);
    const int taken = m_snapshots.taken;
    QTest::qWait(2500);
    QCOMPARE(m_snapshots.taken.load(), taken);

    // Refresh still takes one.
    m_tab->refreshAction()->trigger();
    QTRY_COMPARE(m_snapshots.taken.load(), taken + 1);

    m_tab->pauseAction()->trigger();
    QTRY_VERIFY(m_snapshots.taken > taken + 1);
    QTRY_VERIFY(!statusText().startsWith("Paused"));
}

void ConnectionsTabTest::rowsShowTheirCountry()
{
    useGeoDatabase(m_geoDatabase);
    m_tab->refreshNow();
    const auto countryOf = [&](const QString &remote, int role = Qt::DisplayRole) {
        const QAbstractItemModel *model = m_tab->view()->model();
        const QModelIndexList found = model->match(model->index(0, 0), ConnectionsModel::RemoteRole,
                                                   remote, 1, Qt::MatchExactly);
        return found.isEmpty()
            ? QString()
            : found.first().siblingAtColumn(ConnectionsModel::CountryColumn).data(role).toString();
    };
    QTRY_COMPARE(countryOf("203.0.113.7"), "AU — Australia");
    QCOMPARE(countryOf("203.0.113.9"), "AU — Australia");
    QCOMPARE(countryOf("198.51.100.1"), "DE — Germany");
    QCOMPARE(countryOf("198.51.100.1", Qt::ToolTipRole), "AS64500 Example Networks");
    QCOMPARE(countryOf("198.51.100.1", ConnectionsModel::SortRole), "DE");
    QCOMPARE(countryOf("2001:db8::1"), ""); // not in the database
    QTRY_VERIFY2(!statusText().contains("Country column"), qPrintable(statusText()));

    // The filter finds rows by country name.
    m_tab->findChild<QLineEdit *>("connectionsFilter")->setText("australia");
    QCOMPARE(m_tab->view()->model()->rowCount(), 2);
}

void ConnectionsTabTest::groupByCountry()
{
    useGeoDatabase(m_geoDatabase);
    auto *grouping = m_tab->findChild<QComboBox *>("grouping");
    const int byCountry = grouping->findText("Country");
    QVERIFY(byCountry >= 0);
    grouping->setCurrentIndex(byCountry);
    QTRY_VERIFY(m_tab->model()->groupedByCountry());
    QTRY_COMPARE(m_tab->model()->rowCount(), 3);

    const QAbstractItemModel *view = m_tab->view()->model();
    const auto cell = [&](int row, int column) {
        return view->index(row, column).data().toString();
    };
    // Busiest first: Australia's two addresses have 3 and 1 connections.
    QCOMPARE(cell(0, ConnectionsModel::RemoteColumn), "AU — Australia");
    QCOMPARE(cell(0, ConnectionsModel::ConnectionsColumn), "4");
    QCOMPARE(cell(0, ConnectionsModel::AddressesColumn), "2");
    QCOMPARE(cell(1, ConnectionsModel::RemoteColumn), "DE — Germany");
    QCOMPARE(cell(1, ConnectionsModel::ConnectionsColumn), "2");
    QCOMPARE(cell(2, ConnectionsModel::RemoteColumn), "—");
    QCOMPARE(cell(2, ConnectionsModel::ConnectionsColumn), "1");
    QVERIFY(!m_tab->view()->isColumnHidden(ConnectionsModel::AddressesColumn));
    QTRY_VERIFY2(statusText().startsWith("7 connections from 4 addresses in 3 "),
                 qPrintable(statusText()));

    // A refresh keeps the rows, selection included: they are matched by country.
    select({ "DE — Germany" });
    m_snapshots.set({ "203.0.113.7 3", "198.51.100.1 9", "2001:db8::1 1" });
    m_tab->refreshNow();
    QTRY_COMPARE(cell(0, ConnectionsModel::RemoteColumn), "DE — Germany");
    QCOMPARE(cell(0, ConnectionsModel::ConnectionsColumn), "9");
    const QModelIndexList selected = m_tab->view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), "DE — Germany");
}

void ConnectionsTabTest::blockCountryFromTheMenu()
{
    useGeoDatabase(m_geoDatabase);
    m_snapshots.set({ "203.0.113.7 3", "203.0.113.9 1", "198.51.100.1 2", "8.8.8.8 2", "9.9.9.9 1",
                      "2001:db8::1 1" });
    m_tab->refreshNow();
    QTRY_COMPARE(cell("9.9.9.9", ConnectionsModel::CountryColumn).toString(), "CH — Switzerland");
    QCOMPARE(m_tab->model()->rowCount(), 6);
    QSignalSpy requested(m_tab.get(), &ConnectionsTab::blockCountryRequested);

    std::unique_ptr<QMenu> menu(menuFor({ "198.51.100.1" }));
    QCOMPARE(countryActions(menu.get()), QStringList { "blockCountryDE" });
    QAction *germany = actionWithObjectName(menu.get(), "blockCountryDE");
    QCOMPARE(germany->text(), "Block All of Germany…");
    QVERIFY(!germany->menu()); // one choice, not a duration: the feed follows the database
    germany->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), "DE");
    // The tab blocks nothing itself: the feeds tab takes it from here.
    QVERIFY(m_helper.blocks.isEmpty());

    // Two addresses of one country: one action.
    menu.reset(menuFor({ "203.0.113.7", "203.0.113.9" }));
    QCOMPARE(countryActions(menu.get()), QStringList { "blockCountryAU" });
    QCOMPARE(actionWithObjectName(menu.get(), "blockCountryAU")->text(), "Block All of Australia…");

    // An address the database does not place: none.
    menu.reset(menuFor({ "2001:db8::1" }));
    QCOMPARE(countryActions(menu.get()), QStringList());
    QVERIFY(!texts(menu.get()).join(u'|').contains("Block All of"));

    // Three countries, and a row with none: one action each.
    menu.reset(menuFor({ "203.0.113.7", "198.51.100.1", "8.8.8.8", "2001:db8::1" }));
    QCOMPARE(countryActions(menu.get()),
             QStringList({ "blockCountryAU", "blockCountryDE", "blockCountryUS" }));
    actionWithObjectName(menu.get(), "blockCountryUS")->trigger();
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.last().first().toString(), "US");

    // More than three: a country feed each is not what anyone selecting that many meant.
    menu.reset(menuFor({ "203.0.113.7", "198.51.100.1", "8.8.8.8", "9.9.9.9" }));
    QCOMPARE(countryActions(menu.get()), QStringList());
    QVERIFY(!texts(menu.get()).join(u'|').contains("Block All of"));
    // The rest of the menu is still there.
    QCOMPARE(texts(menu.get()).first(), "Block 4 addresses");
    QCOMPARE(requested.size(), 2);
}

void ConnectionsTabTest::blockCountryGroupedByCountry()
{
    useGeoDatabase(m_geoDatabase);
    auto *grouping = m_tab->findChild<QComboBox *>("grouping");
    grouping->setCurrentIndex(grouping->findText("Country"));
    QTRY_VERIFY(m_tab->model()->groupedByCountry());
    QTRY_COMPARE(m_tab->model()->rowCount(), 3);
    QSignalSpy requested(m_tab.get(), &ConnectionsTab::blockCountryRequested);

    std::unique_ptr<QMenu> menu(menuFor({ "DE — Germany" }));
    QCOMPARE(countryActions(menu.get()), QStringList { "blockCountryDE" });
    QCOMPARE(texts(menu.get()),
             QStringList({ "Block All of Germany…", "-", "Copy Rows as Table" }));
    actionWithObjectName(menu.get(), "blockCountryDE")->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), "DE");

    menu.reset(menuFor({ "DE — Germany", "AU — Australia" }));
    QCOMPARE(countryActions(menu.get()), QStringList({ "blockCountryAU", "blockCountryDE" }));

    // The addresses no country holds: nothing to block as a country.
    menu.reset(menuFor({ "—" }));
    QCOMPARE(texts(menu.get()), QStringList { "Copy Rows as Table" });
}

void ConnectionsTabTest::onlineDetailsLookUp()
{
    // Public addresses, which may be sent, and a documentation one, which never is.
    m_snapshots.set({ "8.8.8.8 3", "9.9.9.9 2", "203.0.113.7 1" });
    QVERIFY(m_tab->view()->isColumnHidden(ConnectionsModel::DetailsColumn));
    GeoSettings settings;
    settings.database = m_geoDatabase;
    settings.onlineDetails = true;
    settings.onlineUrl = m_onlineService.url("/batch");
    m_tab->setGeoSettings(settings);
    QVERIFY(!m_tab->view()->isColumnHidden(ConnectionsModel::DetailsColumn));
    // The settings' database took over from the one of init().
    QTRY_COMPARE(cell("8.8.8.8", ConnectionsModel::CountryColumn).toString(), "US — United States");
    QCOMPARE(m_tab->model()->rowCount(), 3);
    // Nothing is sent until someone asks.
    QCOMPARE(cell("8.8.8.8", ConnectionsModel::DetailsColumn).toString(), "");
    QVERIFY(m_onlineService.requests().isEmpty());

    std::unique_ptr<QMenu> menu(menuFor({ "8.8.8.8", "203.0.113.7" }));
    QAction *lookUp = actionWithObjectName(menu.get(), "lookUpOnline");
    QVERIFY(lookUp);
    QCOMPARE(lookUp->text(), "Look Up City and ISP Online");
    QVERIFY2(lookUp->statusTip().contains("127.0.0.1"), qPrintable(lookUp->statusTip()));
    lookUp->trigger();
    QTRY_COMPARE(cell("8.8.8.8", ConnectionsModel::DetailsColumn).toString(),
                 "City of 8.8.8.8, Region of 8.8.8.8 · ISP of 8.8.8.8");
    QCOMPARE(cell("8.8.8.8", ConnectionsModel::DetailsColumn, Qt::ToolTipRole).toString(),
             "Organization: Org of 8.8.8.8\nNetwork: AS64500 Example");
    QList<LoopbackHttpServer::Request> requests = m_onlineService.requests("/batch");
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, "POST");
    QCOMPARE(sentAddresses(requests.first()), QStringList { "8.8.8.8" });
    // The documentation address was answered here, and says why.
    QTRY_COMPARE(cell("203.0.113.7", ConnectionsModel::DetailsColumn).toString(), "—");
    const QString why =
        cell("203.0.113.7", ConnectionsModel::DetailsColumn, Qt::ToolTipRole).toString();
    QVERIFY2(why.contains("203.0.113.7") && why.contains("documentation address"), qPrintable(why));
    // Not selected, not asked about.
    QCOMPARE(cell("9.9.9.9", ConnectionsModel::DetailsColumn).toString(), "");

    // Asked about both, only the one not answered yet goes out; the service's "no details"
    // shows as such.
    menu.reset(menuFor({ "8.8.8.8", "9.9.9.9" }));
    actionWithObjectName(menu.get(), "lookUpOnline")->trigger();
    QTRY_COMPARE(cell("9.9.9.9", ConnectionsModel::DetailsColumn).toString(), "—");
    QCOMPARE(cell("9.9.9.9", ConnectionsModel::DetailsColumn, Qt::ToolTipRole).toString(),
             "127.0.0.1 has no details for 9.9.9.9: reserved range.");
    requests = m_onlineService.requests("/batch");
    QCOMPARE(requests.size(), 2);
    QCOMPARE(sentAddresses(requests.last()), QStringList { "9.9.9.9" });

    // The details stay through the refreshes that change the row.
    m_snapshots.set({ "8.8.8.8 5", "9.9.9.9 2", "203.0.113.7 1" });
    m_tab->refreshNow();
    QTRY_COMPARE(cell("8.8.8.8", ConnectionsModel::ConnectionsColumn).toString(), "5");
    QCOMPARE(cell("8.8.8.8", ConnectionsModel::DetailsColumn).toString(),
             "City of 8.8.8.8, Region of 8.8.8.8 · ISP of 8.8.8.8");

    // And are copied with the rows, under their header.
    menu.reset(menuFor({ "8.8.8.8" }));
    actionNamed(menu.get(), "Copy Rows as Table")->trigger();
    const QStringList lines = QApplication::clipboard()->text().split(u'\n');
    QVERIFY2(lines.at(0).endsWith("\tOnline details"), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith("\tCity of 8.8.8.8, Region of 8.8.8.8 · ISP of 8.8.8.8"),
             qPrintable(lines.at(1)));

    // Rows that are networks have no single address to look up.
    auto *grouping = m_tab->findChild<QComboBox *>("grouping");
    grouping->setCurrentIndex(grouping->findData(int(Grouping::Network24)));
    QTRY_COMPARE(m_tab->model()->grouping(), Grouping::Network24);
    QTRY_COMPARE(m_tab->model()->rowCount(), 3);
    menu.reset(menuFor({ "8.8.8.0/24" }));
    QVERIFY(!actionWithObjectName(menu.get(), "lookUpOnline"));
    QCOMPARE(cell("8.8.8.0/24", ConnectionsModel::DetailsColumn).toString(), "");
    QCOMPARE(m_onlineService.requests().size(), 2);
}

void ConnectionsTabTest::onlineDetailsOff()
{
    m_snapshots.set({ "8.8.8.8 3", "9.9.9.9 2" });
    GeoSettings settings;
    settings.database = m_geoDatabase;
    settings.onlineUrl = m_onlineService.url("/batch");
    QVERIFY(!settings.onlineDetails); // off unless turned on
    m_tab->setGeoSettings(settings);
    QTRY_COMPARE(cell("8.8.8.8", ConnectionsModel::CountryColumn).toString(), "US — United States");
    QVERIFY(m_tab->view()->isColumnHidden(ConnectionsModel::DetailsColumn));
    std::unique_ptr<QMenu> menu(menuFor({ "8.8.8.8", "9.9.9.9" }));
    QVERIFY(!actionWithObjectName(menu.get(), "lookUpOnline"));
    QVERIFY(!texts(menu.get()).contains("Look Up City and ISP Online"));
    actionNamed(menu.get(), "Copy Rows as Table")->trigger();
    QVERIFY2(!QApplication::clipboard()->text().contains("Online details"),
             qPrintable(QApplication::clipboard()->text()));

    // Turned on, then off again: the column and the action come and go with it.
    settings.onlineDetails = true;
    m_tab->setGeoSettings(settings);
    QVERIFY(!m_tab->view()->isColumnHidden(ConnectionsModel::DetailsColumn));
    menu.reset(menuFor({ "8.8.8.8" }));
    QVERIFY(actionWithObjectName(menu.get(), "lookUpOnline"));
    settings.onlineDetails = false;
    m_tab->setGeoSettings(settings);
    QVERIFY(m_tab->view()->isColumnHidden(ConnectionsModel::DetailsColumn));
    menu.reset(menuFor({ "8.8.8.8" }));
    QVERIFY(!actionWithObjectName(menu.get(), "lookUpOnline"));

    // Refreshes come and go; nothing is ever sent.
    const int taken = m_snapshots.taken;
    m_tab->refreshNow();
    QTRY_VERIFY(m_snapshots.taken > taken + 1);
    QCOMPARE(cell("8.8.8.8", ConnectionsModel::DetailsColumn).toString(), "");
    QVERIFY(m_onlineService.requests().isEmpty());
}

QTEST_MAIN(ConnectionsTabTest)
#include "connectionstabtest.moc"
