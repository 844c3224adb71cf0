// Blocking from the Connections tab reaches the kernel: a peer holds a real TCP connection
// to the server namespace, the tab sees it in a real snapshot of that namespace, and the
// right-click "Block <address> for 1 hour" goes through the real helper, bus and polkitd:
// the address lands in the kernel set with its timeout, its packets stop and its open
// connection is cut, and its row leaves the view at the next refresh. IPv4 and IPv6.

#include "client/blocklistlisting.h"
#include "client/helperclient.h"
#include "connections/connectionsmonitor.h"
#include "connections/socketsnapshot.h"
#include "connectionstab.h"
#include "testbed.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QDBusConnection>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QTest>

#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using namespace Rampart;

namespace {

constexpr quint16 port = 8081;

QAction *findAction(const QList<QAction *> &actions, const QString &prefix)
{
    for (QAction *action : actions) {
        if (action->text().remove(u'&').startsWith(prefix))
            return action;
    }
    return nullptr;
}

} // namespace

class ConnectionBlockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void blockFromTheView_data();
    void blockFromTheView();

private:
    bool pings(const QString &source, const QString &server) const;
    int findRow(const ConnectionsTab &tab, const QString &remote) const;

    Testbed m_testbed;
    int m_listener[2] = { -1, -1 };
};

void ConnectionBlockTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
    const QString servers[2] = { m_testbed.value("SERVER_V4"), m_testbed.value("SERVER_V6") };
    for (int i = 0; i < 2; ++i) {
        m_listener[i] = TestSockets::listenInServer(servers[i], port);
        QVERIFY2(m_listener[i] >= 0, qPrintable("cannot listen on " + servers[i]));
    }
}

void ConnectionBlockTest::cleanupTestCase()
{
    for (int &fd : m_listener) {
        if (fd >= 0)
            close(fd);
        fd = -1;
    }
    m_testbed.stop();
}

bool ConnectionBlockTest::pings(const QString &source, const QString &server) const
{
    return m_testbed.inPeer({ "/usr/bin/ping", "-c", "1", "-W", "1", "-I", source, server }, 10000)
               .exitCode
        == 0;
}

int ConnectionBlockTest::findRow(const ConnectionsTab &tab, const QString &remote) const
{
    const QAbstractItemModel *shown = tab.view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data().toString() == remote)
            return row;
    }
    return -1;
}

void ConnectionBlockTest::blockFromTheView_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("family");
    QTest::newRow("IPv4") << m_testbed.value("PEER_V4") << m_testbed.value("SERVER_V4") << 0;
    QTest::newRow("IPv6") << m_testbed.value("PEER_V6") << m_testbed.value("SERVER_V6") << 1;
}

void ConnectionBlockTest::blockFromTheView()
{
    QFETCH(QString, peer);
    QFETCH(QString, server);
    QFETCH(int, family);

    const int established = TestSockets::connectFrom(peer, server, port, 3000);
    QVERIFY2(established >= 0, "no connection before the block");
    const int accepted = accept4(m_listener[family], nullptr, nullptr, SOCK_CLOEXEC);
    QVERIFY(accepted >= 0);

    const QString busName = QStringLiteral("connectionblocktest-%1").arg(family);
    {
        // Root on the test bus: polkitd authorizes it, as it would an administrator.
        HelperClient client(QDBusConnection::connectToBus(m_testbed.value("BUS_ADDRESS"), busName));
        BlocklistListing listing(&client);
        ConnectionsTab tab(&client, &listing);
        // What the server namespace's kernel reports, as the tab there would see it.
        tab.monitor()->setSnapshotSource([] {
            SocketSnapshot snapshot;
            Testbed::inNamespace(QStringLiteral("rampart-test"),
                                 [&] { snapshot = takeSocketSnapshot(); });
            return snapshot;
        });
        // Whatever this machine's own SSH session or gateway is, it is not in the test's
        // namespace; no question must stop the test.
        tab.setLockoutNetworkSource([] { return QList<ProtectedNetwork>(); });
        tab.show();
        tab.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tab, peer) >= 0, 10000);

        const int row = findRow(tab, peer);
        tab.view()->selectionModel()->select(tab.view()->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
        std::unique_ptr<QMenu> menu(tab.createContextMenu(nullptr));
        QVERIFY(menu);
        QAction *blockAddress = findAction(menu->actions(), "Block " + peer);
        QVERIFY2(blockAddress && blockAddress->menu(), "no Block submenu for the address");
        QAction *forAnHour = findAction(blockAddress->menu()->actions(), "for 1 hour");
        QVERIFY2(forAnHour, "no 'for 1 hour' in the Block submenu");
        forAnHour->trigger();

        const QString set = family == 0 ? "rampart-v4" : "rampart-v6";
        QTRY_VERIFY_WITH_TIMEOUT(m_testbed.kernelMembers(set).contains(peer), 15000);
        const Testbed::Result listed = m_testbed.inServer({ "/usr/sbin/ipset", "list", set });
        const int timeout =
            listed.out.section(peer + " timeout ", 1, 1).section(u' ', 0, 0).toInt();
        QVERIFY2(timeout > 3500 && timeout <= 3600, qPrintable(listed.out));
        QVERIFY2(TestSockets::connectionEnds(established, 5000),
                 "the established connection was not cut");
        QVERIFY2(!pings(peer, server), "the blocked source still pings");

        // The connection is gone, and with it the row: the kernel's own view now.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                tab.refreshNow();
                QTest::qWait(200);
                return findRow(tab, peer) < 0;
            }(),
            15000);
    }
    QDBusConnection::disconnectFromBus(busName);
    close(established);
    close(accepted);
    const Testbed::Result unblocked =
        m_testbed.ctl(m_testbed.value("GRANTED_USER"), { "unblock", peer });
    QVERIFY2(unblocked.exitCode == 0, qPrintable(unblocked.describe()));
}

QTEST_MAIN(ConnectionBlockTest)
#include "connectionblocktest.moc"
