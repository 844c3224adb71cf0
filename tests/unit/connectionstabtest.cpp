// The Connections tab as an administrator under attack uses it, on canned snapshots: the
// rows show who is connected, a right click offers to block the address or the networks
// around it (or around several), a block reaches the helper with the right entries and
// duration, and a block that would cut off the administrator's own session asks first.
// The helper is a stand-in on a bus of the test's own, answering as the real one does.

#include "connectionstab.h"
#include "connectionsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTranslator>

#include <atomic>

using namespace Rampart;

namespace {

const QString noBusName = QStringLiteral("connectionstabtest-nowhere");

Cidr cidr(const QString &text)
{
    const CidrParse parsed = parseCidr(text);
    if (!parsed.cidr)
        qFatal("bad test data %s: %s", qPrintable(text), qPrintable(parsed.error));
    return *parsed.cidr;
}

// Each item "remote count": that many established connections from the remote to port 443.
SocketSnapshot snapshotOf(const QStringList &items)
{
    SocketSnapshot snapshot;
    snapshot.source = QStringLiteral("canned");
    snapshot.takenAtMs = QDateTime::currentMSecsSinceEpoch();
    quint64 inode = 1;
    for (const QString &item : items) {
        const QStringList parts = item.split(u' ');
        for (int i = 0; i < parts.at(1).toInt(); ++i) {
            Socket socket;
            socket.transport = Transport::Tcp;
            socket.state = 1; // ESTABLISHED
            socket.local = cidr(parts.at(0).contains(u':') ? "2001:db8:ffff::1" : "192.0.2.1");
            socket.localPort = 443;
            socket.remote = cidr(parts.at(0));
            socket.remotePort = quint16(40000 + i);
            socket.inode = inode++;
            snapshot.sockets << socket;
        }
    }
    return snapshot;
}

// What the snapshot source returns, changed by the test while the tab's worker reads it.
// A geolocation database with known answers, built with Debian's libmaxmind-db-writer-perl.
const char writerScript[] = R"(
use strict; use warnings;
use MaxMind::DB::Writer::Tree;
my %types = (autonomous_system_number => 'uint32');
my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version => 6, record_size => 24, database_type => 'Rampart-Test-Country',
    languages => ['en'], description => { en => 'Rampart test database' },
    map_key_type_callback => sub { $types{$_[0]} // 'utf8_string' },
    alias_ipv6_to_ipv4 => 1, remove_reserved_networks => 0);
$tree->insert_network('203.0.113.0/24', { country_code => 'AU' });
$tree->insert_network('198.51.100.0/24', { country_code => 'DE',
    autonomous_system_number => 64500, autonomous_system_organization => 'Example Networks' });
open(my $out, '>:raw', $ARGV[0]) or die "$ARGV[0]: $!";
$tree->write_tree($out);
close($out) or die "$ARGV[0]: $!";
)";

class CannedSnapshots
{
public:
    void set(const QStringList &items)
    {
        const QMutexLocker lock(&m_mutex);
        m_snapshot = snapshotOf(items);
    }
    ConnectionsTab::SnapshotSource source()
    {
        return [this] {
            ++taken;
            const QMutexLocker lock(&m_mutex);
            SocketSnapshot snapshot = m_snapshot;
            snapshot.takenAtMs = QDateTime::currentMSecsSinceEpoch();
            return snapshot;
        };
    }
    std::atomic<int> taken = 0;

private:
    QMutex m_mutex;
    SocketSnapshot m_snapshot;
};

const QString helperBusName = QStringLiteral("connectionstabtest-helper");
const QString clientBusName = QStringLiteral("connectionstabtest-client");

struct BlockRequest
{
    QStringList entries;
    quint32 timeoutSeconds = 0;
    QString comment;
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

public Q_SLOTS:
    uint Block(const QStringList &entries, uint timeoutSeconds, const QString &comment,
               uint &updated)
    {
        blocks << BlockRequest { entries, timeoutSeconds, comment };
        updated = 0;
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
    void loopbackIsLeftOut();
    void allowlist();
    void listingRefusedOrHelperNotReachable();
    void blockedRowsSayWhatBlocksThem();
    void copyRowsAsTable();
    void pauseStopsTheSnapshots();
    void rowsShowTheirCountry();
    void groupByCountry();

private:
    QDBusConnection bus(const QString &name) const;
    void select(const QStringList &remotes);
    QMenu *menuFor(const QStringList &remotes);
    QString statusText() const;
    QString messageText() const;

    QTranslator m_english;
    QProcess m_busDaemon;
    QString m_busAddress;
    FakeHelper m_helper;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<ConnectionsTab> m_tab;
    CannedSnapshots m_snapshots;
    QList<ProtectedAddress> m_protected;
    QTemporaryDir m_geoDir;
    QString m_geoDatabase;
};

void ConnectionsTabTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    // The English plural forms ("1 address", "2 addresses"), as the application loads.
    QCoreApplication::installTranslator(&m_english);

    // A bus of our own with a stand-in helper on it: the host's buses stay untouched.
    m_busDaemon.start(QStringLiteral("dbus-daemon"),
                      { QStringLiteral("--session"), QStringLiteral("--nofork"),
                        QStringLiteral("--nopidfile"), QStringLiteral("--print-address") });
    QVERIFY2(m_busDaemon.waitForStarted(), qPrintable(m_busDaemon.errorString()));
    while (!m_busDaemon.canReadLine())
        QVERIFY2(m_busDaemon.waitForReadyRead(10000), "dbus-daemon printed no address");
    m_busAddress = QString::fromUtf8(m_busDaemon.readLine()).trimmed();
    QVERIFY(!m_busAddress.isEmpty());
    QDBusConnection helperBus = bus(helperBusName);
    QVERIFY(helperBus.isConnected());
    QVERIFY(helperBus.registerService(QStringLiteral("org.rampart.Helper")));
    QVERIFY(helperBus.registerObject(QStringLiteral("/org/rampart/Helper"), &m_helper,
                                     QDBusConnection::ExportAllSlots));

    QVERIFY(m_geoDir.isValid());
    m_geoDatabase = m_geoDir.filePath(QStringLiteral("test.mmdb"));
    QProcess perl;
    perl.start(QStringLiteral("/usr/bin/perl"),
               { QStringLiteral("-e"), QString::fromLatin1(writerScript), m_geoDatabase });
    QVERIFY(perl.waitForFinished(60000));
    QVERIFY2(perl.exitStatus() == QProcess::NormalExit && perl.exitCode() == 0,
             qPrintable(QStringLiteral("the test database could not be built (scripts/setup.sh "
                                       "installs libmaxmind-db-writer-perl): ")
                        + QString::fromLocal8Bit(perl.readAllStandardError())));
}

void ConnectionsTabTest::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_english);
    for (const QString &name : { helperBusName, clientBusName, noBusName })
        QDBusConnection::disconnectFromBus(name);
    m_busDaemon.terminate();
    m_busDaemon.waitForFinished();
}

QDBusConnection ConnectionsTabTest::bus(const QString &name) const
{
    if (name == noBusName)
        return QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/rampart-test-bus"), noBusName);
    return QDBusConnection::connectToBus(m_busAddress, name);
}

void ConnectionsTabTest::init()
{
    m_client = std::make_unique<HelperClient>(bus(clientBusName));
    m_tab = std::make_unique<ConnectionsTab>(m_client.get());
    m_snapshots.set({ "203.0.113.7 3", "203.0.113.9 1", "198.51.100.1 2", "2001:db8::1 1" });
    m_tab->setSnapshotSource(m_snapshots.source());
    // No database, whatever the machine has installed; the tests that want one set it.
    m_tab->setGeoDatabasePath(m_geoDir.filePath(QStringLiteral("missing.mmdb")));
    m_helper.blocks.clear();
    m_helper.allowed.clear();
    m_helper.listings = 0;
    m_helper.listingPath.clear();
    m_protected.clear();
    m_tab->setProtectedAddressSource([this] { return m_protected; });
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

QString ConnectionsTabTest::statusText() const
{
    return m_tab->findChild<QLabel *>("connectionsStatus")->text();
}

QString ConnectionsTabTest::messageText() const
{
    return m_tab->findChild<QLabel *>("connectionsMessage")->text();
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
    m_protected = { { ProtectedAddress::Kind::OwnSession, cidr("203.0.113.50") } };

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
                     "203.0.113.0/24 covers 203.0.113.50: your SSH session comes from there"),
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
    ConnectionsTab tab(&nowhere);
    tab.setSnapshotSource(m_snapshots.source());
    tab.setProtectedAddressSource([] { return QList<ProtectedAddress>(); });
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
    std::unique_ptr<QMenu> menu(tab.createContextMenu(&tab));
    actionNamed(actionNamed(menu.get(), "Block 203.0.113.7")->menu(), "for 1 hour")->trigger();
    const auto *message = tab.findChild<QLabel *>("connectionsMessage");
    QTRY_VERIFY2(message->text().startsWith("Nothing was blocked. The Rampart helper cannot be "
                                            "reached"),
                 qPrintable(message->text()));
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
    m_tab->reloadBlocklist();

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
    m_tab->setGeoDatabasePath(m_geoDatabase);
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
    m_tab->setGeoDatabasePath(m_geoDatabase);
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

QTEST_MAIN(ConnectionsTabTest)
#include "connectionstabtest.moc"
