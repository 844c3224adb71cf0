// What the kernel does with a blocked source's packets, seen from another host: in a
// peer namespace joined to the server by a veth pair, a blocked source's ping and TCP
// connect stop, an established connection from it is cut, and a source that was not
// blocked still passes. IPv4 and IPv6.

#include "testbed.h"

#include <QTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr quint16 port = 8080;

struct Address
{
    sockaddr_storage storage {};
    socklen_t length = 0;
};

Address address(const QString &text, quint16 portNumber)
{
    Address result;
    if (text.contains(u':')) {
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(&result.storage);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(portNumber);
        inet_pton(AF_INET6, qPrintable(text), &v6->sin6_addr);
        result.length = sizeof(sockaddr_in6);
    } else {
        auto *v4 = reinterpret_cast<sockaddr_in *>(&result.storage);
        v4->sin_family = AF_INET;
        v4->sin_port = htons(portNumber);
        inet_pton(AF_INET, qPrintable(text), &v4->sin_addr);
        result.length = sizeof(sockaddr_in);
    }
    return result;
}

// A socket in the peer namespace, bound to one of the peer's source addresses, that
// connects to the server; -1 when the connection does not come up within timeoutMs.
int connectFrom(const QString &source, const QString &server, int timeoutMs)
{
    int fd = -1;
    Testbed::inNamespace(QStringLiteral("rampart-peer"), [&] {
        const Address from = address(source, 0);
        const Address to = address(server, port);
        fd = socket(from.storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0)
            return;
        if (bind(fd, reinterpret_cast<const sockaddr *>(&from.storage), from.length) != 0
            || (connect(fd, reinterpret_cast<const sockaddr *>(&to.storage), to.length) != 0
                && errno != EINPROGRESS)) {
            close(fd);
            fd = -1;
        }
    });
    if (fd < 0)
        return -1;
    pollfd waiting { fd, POLLOUT, 0 };
    int error = 0;
    socklen_t length = sizeof error;
    if (poll(&waiting, 1, timeoutMs) != 1
        || getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

// True when the peer's end of the connection learns within timeoutMs that it is over.
bool connectionEnds(int fd, int timeoutMs)
{
    pollfd waiting { fd, POLLIN, 0 };
    if (poll(&waiting, 1, timeoutMs) != 1)
        return false;
    char byte = 0;
    const ssize_t got = recv(fd, &byte, 1, 0);
    return got == 0
        || (got < 0 && (errno == ECONNRESET || errno == ECONNABORTED || errno == EPIPE));
}

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
        QVERIFY(Testbed::inNamespace(QStringLiteral("rampart-test"), [&] {
            const Address at = address(servers[i], port);
            m_listener[i] =
                socket(at.storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
            const int yes = 1;
            setsockopt(m_listener[i], SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
            if (bind(m_listener[i], reinterpret_cast<const sockaddr *>(&at.storage), at.length) != 0
                || listen(m_listener[i], 16) != 0) {
                close(m_listener[i]);
                m_listener[i] = -1;
            }
        }));
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
    const int established = connectFrom(blocked, server, 3000);
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
    QVERIFY2(connectFrom(blocked, server, 2000) < 0, "the blocked source still connects");
    QVERIFY2(connectionEnds(established, 5000), "the established connection was not cut");
    QVERIFY(pings(other, server));
    const int otherConnection = connectFrom(other, server, 3000);
    QVERIFY2(otherConnection >= 0, "the other source can no longer connect");
    close(otherConnection);
    close(established);
    close(accepted);

    // Unblocked, the source passes again.
    const Testbed::Result unblocked = m_testbed.ctl(user, { "unblock", blocked });
    QVERIFY2(unblocked.exitCode == 0, qPrintable(unblocked.describe()));
    QVERIFY2(pings(blocked, server), "the source is still blocked after unblock");
    const int again = connectFrom(blocked, server, 3000);
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
