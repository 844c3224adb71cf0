// What the kernel does with a blocked source's packets, seen from another host: in a
// peer namespace joined to the server by a veth pair, a blocked source's ping and TCP
// connect stop, an established connection from it is cut, and a source that was not
// blocked still passes. IPv4 and IPv6.

#include "testbed.h"

#include <QTest>

#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr quint16 port = 8080;

} // namespace

class PacketTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void blockedSourceStops_data();
    void blockedSourceStops();

private:
    bool pings(const QString &source, const QString &server) const;
    Testbed m_testbed;
    int m_listener[2] = { -1, -1 };
};

void PacketTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
    const QString servers[2] = { m_testbed.value("SERVER_V4"), m_testbed.value("SERVER_V6") };
    for (int i = 0; i < 2; ++i) {
        m_listener[i] = TestSockets::listenInServer(servers[i], port);
        QVERIFY2(m_listener[i] >= 0, qPrintable("cannot listen on " + servers[i]));
    }
}

void PacketTest::cleanupTestCase()
{
    for (int &fd : m_listener) {
        if (fd >= 0)
            close(fd);
        fd = -1;
    }
    m_testbed.stop();
}

bool PacketTest::pings(const QString &source, const QString &server) const
{
    return m_testbed.inPeer({ "/usr/bin/ping", "-c", "1", "-W", "1", "-I", source, server }, 10000)
               .exitCode
        == 0;
}

void PacketTest::blockedSourceStops_data()
{
    QTest::addColumn<QString>("blocked");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("family");

    QTest::newRow("IPv4") << m_testbed.value("PEER_V4") << m_testbed.value("OTHER_V4")
                          << m_testbed.value("SERVER_V4") << 0;
    QTest::newRow("IPv6") << m_testbed.value("PEER_V6") << m_testbed.value("OTHER_V6")
                          << m_testbed.value("SERVER_V6") << 1;
}

void PacketTest::blockedSourceStops()
{
    QFETCH(QString, blocked);
    QFETCH(QString, other);
    QFETCH(QString, server);
    QFETCH(int, family);
    const QString user = m_testbed.value("GRANTED_USER");

    // Before: both sources reach the server, and one holds a connection open.
    QVERIFY2(pings(blocked, server), "the blocked source cannot ping even before the block");
    QVERIFY(pings(other, server));
    const int established = TestSockets::connectFrom(blocked, server, port, 3000);
    QVERIFY2(established >= 0, "no connection before the block");
    const int accepted = accept4(m_listener[family], nullptr, nullptr, SOCK_CLOEXEC);
    QVERIFY(accepted >= 0);
    QCOMPARE(send(established, "x", 1, MSG_NOSIGNAL), ssize_t(1));

    const Testbed::Result result =
        m_testbed.ctl(user, { "block", blocked, "--comment", "packet test" });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));

    // After: the blocked source's new traffic is dropped, its open connection is cut,
    // and the other source still gets through.
    QVERIFY2(!pings(blocked, server), "the blocked source still pings");
    QVERIFY2(TestSockets::connectFrom(blocked, server, port, 2000) < 0,
             "the blocked source still connects");
    QVERIFY2(TestSockets::connectionEnds(established, 5000),
             "the established connection was not cut");
    QVERIFY(pings(other, server));
    const int otherConnection = TestSockets::connectFrom(other, server, port, 3000);
    QVERIFY2(otherConnection >= 0, "the other source can no longer connect");
    close(otherConnection);
    close(established);
    close(accepted);

    // Unblocked, the source passes again.
    const Testbed::Result unblocked = m_testbed.ctl(user, { "unblock", blocked });
    QVERIFY2(unblocked.exitCode == 0, qPrintable(unblocked.describe()));
    QVERIFY2(pings(blocked, server), "the source is still blocked after unblock");
    const int again = TestSockets::connectFrom(blocked, server, port, 3000);
    QVERIFY2(again >= 0, "the source cannot connect after unblock");
    close(again);
    // Drain what the listener accepted meanwhile.
    while (true) {
        const int fd = accept4(m_listener[family], nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            break;
        close(fd);
    }
}

QTEST_GUILESS_MAIN(PacketTest)
#include "packettest.moc"
