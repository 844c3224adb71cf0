// The sockets the kernel reports, in a network namespace of the test's own with thousands
// of real loopback connections: takeSocketSnapshot() sees exactly those, the /proc
// fallback sees the same, and `rampartctl connections` counts what `ss` counts.
// Needs root for the namespace; skips without it, fails under CI=true.

#include "connections/socketsnapshot.h"
#include "connections/connectionaggregator.h"
#include "net/rangeset.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Rampart;

namespace {

using Counts = std::map<QString, int>;

// Fails under CI=true, where a privileged test must not skip silently; skips otherwise. A
// namespace that was made but could not be filled with connections is a failure anyway.
#define REQUIRE_NAMESPACE()                                                                        \
    do {                                                                                           \
        if (!m_broken.isEmpty())                                                                   \
            QFAIL(qPrintable(QStringLiteral("opening the connections failed: ") + m_broken));      \
        if (m_why.isEmpty())                                                                       \
            break;                                                                                 \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                   \
            QFAIL(qPrintable(QStringLiteral("privileged test cannot run under CI: ") + m_why));    \
        QSKIP(qPrintable(m_why));                                                                  \
    } while (false)

QString errnoText(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what),
                                        QString::fromLocal8Bit(strerror(errno)));
}

sockaddr_in v4Address(const char *text, quint16 port)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    inet_pton(AF_INET, text, &address.sin_addr);
    return address;
}

sockaddr_in6 v6Address(const char *text, quint16 port)
{
    sockaddr_in6 address {};
    address.sin6_family = AF_INET6;
    address.sin6_port = htons(port);
    inet_pton(AF_INET6, text, &address.sin6_addr);
    return address;
}

template<typename Address> bool bindTo(int fd, const Address &address)
{
    return ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
}

template<typename Address> bool connectTo(int fd, const Address &address)
{
    return ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
}

QString hostText(const Cidr &cidr)
{
    return cidr.toString();
}

// The counts per remote address (connected sockets only) in a snapshot.
Counts countRemotes(const SocketSnapshot &snapshot)
{
    Counts counts;
    for (const Socket &socket : snapshot.sockets) {
        const bool unspecified =
            socket.remote == Cidr::fromV4(0, 32) || socket.remote == Cidr::fromV6({}, 128);
        if (!unspecified)
            ++counts[hostText(socket.remote)];
    }
    return counts;
}

QString describe(const Counts &counts)
{
    QStringList parts;
    for (const auto &[remote, count] : counts)
        parts << QStringLiteral("%1=%2").arg(remote).arg(count);
    return parts.join(u' ');
}

} // namespace

class SocketSnapshotTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void parsesProcTables_data();
    void parsesProcTables();
    void stateNames_data();
    void stateNames();

    void seesEveryConnection();
    void listenersOnlyWhenAsked();
    void procFallbackAgrees();
    void ownersWhenAsked();
    void rampartctlCountsWhatSsCounts_data();
    void rampartctlCountsWhatSsCounts();
    void rampartctlWithoutHelperSaysSo();
    void rampartctlUsageErrors_data();
    void rampartctlUsageErrors();

private:
    bool openConnections(QString *why);
    int listenOn(int family, const char *address, quint16 port, bool v6Only, QString *why);
    bool connectFrom(int family, const char *source, const char *target, quint16 port, int listener,
                     QString *why);
    QProcess *startInNamespace(const QString &program, const QStringList &arguments);

    QString m_why; // why the namespace part cannot run; empty when it can
    QString m_broken; // what went wrong opening the connections
    std::vector<int> m_fds;
    Counts m_expected;
    int m_tcpConnections = 0;
    QTemporaryDir m_dir;
};

void SocketSnapshotTest::initTestCase()
{
    if (::geteuid() != 0) {
        m_why = QStringLiteral("needs root to create a network namespace");
        return;
    }
    // Only this thread moves; the processes it starts inherit the namespace.
    if (::unshare(CLONE_NEWNET) != 0) {
        m_why = errnoText("unshare(CLONE_NEWNET)");
        return;
    }
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    ifreq request {};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    if (fd < 0 || ::ioctl(fd, SIOCGIFFLAGS, &request) != 0) {
        m_why = errnoText("reading the flags of lo");
        return;
    }
    request.ifr_flags |= IFF_UP;
    if (::ioctl(fd, SIOCSIFFLAGS, &request) != 0) {
        m_why = errnoText("bringing lo up");
        return;
    }
    ::close(fd);
    // Both ends of every connection stay open here: about 6,000 descriptors.
    rlimit limit {};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = std::max<rlim_t>(limit.rlim_cur, std::min<rlim_t>(limit.rlim_max, 65536));
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) {
        m_why = errnoText("raising RLIMIT_NOFILE");
        return;
    }
    if (limit.rlim_cur < 8000) {
        m_why = QStringLiteral("the test needs 8,000 descriptors, RLIMIT_NOFILE allows %1")
                    .arg(limit.rlim_cur);
        return;
    }
    QString why;
    if (!openConnections(&why))
        m_broken = why;
}

void SocketSnapshotTest::cleanupTestCase()
{
    for (const int fd : m_fds)
        ::close(fd);
}

int SocketSnapshotTest::listenOn(int family, const char *address, quint16 port, bool v6Only,
                                 QString *why)
{
    const int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int yes = 1;
    const int only = v6Only ? 1 : 0;
    if (fd < 0 || ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes)) != 0
        || (family == AF_INET6
            && ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &only, sizeof(only)) != 0)
        || !(family == AF_INET ? bindTo(fd, v4Address(address, port))
                               : bindTo(fd, v6Address(address, port)))
        || ::listen(fd, 4096) != 0) {
        *why = errnoText("listening");
        return -1;
    }
    m_fds.push_back(fd);
    return fd;
}

// Connects from source (bound before connecting, so that the kernel keeps it) to the
// listener and accepts the connection, keeping both ends open.
bool SocketSnapshotTest::connectFrom(int family, const char *source, const char *target,
                                     quint16 port, int listener, QString *why)
{
    const int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *why = errnoText("socket");
        return false;
    }
    m_fds.push_back(fd);
    const int yes = 1;
    ::setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &yes, sizeof(yes));
    const bool bound =
        family == AF_INET ? bindTo(fd, v4Address(source, 0)) : bindTo(fd, v6Address(source, 0));
    const bool connected = bound
        && (family == AF_INET ? connectTo(fd, v4Address(target, port))
                              : connectTo(fd, v6Address(target, port)));
    if (!connected) {
        *why = errnoText(bound ? "connect" : "bind");
        return false;
    }
    const int accepted = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
    if (accepted < 0) {
        *why = errnoText("accept");
        return false;
    }
    m_fds.push_back(accepted);
    ++m_tcpConnections;
    return true;
}

bool SocketSnapshotTest::openConnections(QString *why)
{
    // A few listening ports on 127.0.0.1; 400 source addresses spread over four /16s and a
    // hundred /24s, each with 1 to 13 connections spread over the ports.
    std::vector<int> listeners;
    for (const quint16 port : { 7001, 7002, 7003 }) {
        const int fd = listenOn(AF_INET, "127.0.0.1", port, false, why);
        if (fd < 0)
            return false;
        listeners.push_back(fd);
    }
    int toServer = 0;
    for (int i = 0; i < 400; ++i) {
        const QByteArray source = QStringLiteral("127.%1.%2.%3")
                                      .arg(10 + i % 4)
                                      .arg(i / 4 % 25)
                                      .arg(1 + i / 100)
                                      .toLatin1();
        const int connections = 1 + i % 13;
        for (int c = 0; c < connections; ++c) {
            const int port = (i + c) % 3;
            if (!connectFrom(AF_INET, source.constData(), "127.0.0.1", quint16(7001 + port),
                             listeners[size_t(port)], why))
                return false;
        }
        m_expected[QString::fromLatin1(source)] = connections; // the accepted ends
        toServer += connections; // the connecting ends
    }

    // IPv6 on ::1: both ends have ::1 as their remote.
    const int v6 = listenOn(AF_INET6, "::1", 7004, true, why);
    if (v6 < 0)
        return false;
    for (int c = 0; c < 5; ++c) {
        if (!connectFrom(AF_INET6, "::1", "::1", 7004, v6, why))
            return false;
    }
    m_expected[QStringLiteral("::1")] = 10;

    // A dual-stack listener: its IPv4 peers come as ::ffff:127.20.0.1, read as IPv4.
    const int dualStack = listenOn(AF_INET6, "::", 7005, false, why);
    if (dualStack < 0)
        return false;
    for (int c = 0; c < 3; ++c) {
        if (!connectFrom(AF_INET, "127.20.0.1", "127.0.0.1", 7005, dualStack, why))
            return false;
    }
    m_expected[QStringLiteral("127.20.0.1")] = 3;
    toServer += 3;

    std::vector<int> halfClosed;
    // Connections the client closed: CLOSE-WAIT on the server's side, FIN-WAIT-2 on the
    // client's, both still counted for their remotes.
    for (int c = 0; c < 4; ++c) {
        if (!connectFrom(AF_INET, "127.40.0.1", "127.0.0.1", 7001, listeners[0], why))
            return false;
        const int client = m_fds[m_fds.size() - 2];
        ::shutdown(client, SHUT_WR);
        halfClosed.push_back(client);
    }
    // The peer's acknowledgement of the FIN may be handled a moment later, by the kernel's
    // softirq thread: wait for FIN-WAIT-2 so that the states below are settled.
    QDeadlineTimer deadline(10000);
    for (const int client : halfClosed) {
        tcp_info info {};
        socklen_t length = sizeof(info);
        while (::getsockopt(client, IPPROTO_TCP, TCP_INFO, &info, &length) == 0
               && info.tcpi_state != TCP_FIN_WAIT2 && !deadline.hasExpired())
            QThread::msleep(1);
        if (info.tcpi_state != TCP_FIN_WAIT2) {
            *why =
                QStringLiteral("a half-closed connection stayed in state %1").arg(info.tcpi_state);
            return false;
        }
    }
    m_expected[QStringLiteral("127.40.0.1")] = 4;
    toServer += 4;
    m_expected[QStringLiteral("127.0.0.1")] = toServer;

    // A connected UDP socket counts; an unconnected one does not.
    const int udp = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    m_fds.push_back(udp);
    if (!bindTo(udp, v4Address("127.30.0.1", 0)) || !connectTo(udp, v4Address("127.31.0.1", 9))) {
        *why = errnoText("connecting a UDP socket");
        return false;
    }
    m_expected[QStringLiteral("127.31.0.1")] = 1;
    const int unconnected = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    m_fds.push_back(unconnected);
    if (!bindTo(unconnected, v4Address("127.0.0.1", 5353))) {
        *why = errnoText("binding a UDP socket");
        return false;
    }
    return true;
}

void SocketSnapshotTest::parsesProcTables_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("udp");
    QTest::addColumn<bool>("listening");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("sockets"); // "state local:port remote:port uid inode"

    const QByteArray tcpHeading =
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
        "timeout inode\n";
    const QByteArray tcp6Heading =
        "  sl  local_address                         remote_address                        st "
        "tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
    const QByteArray udpHeading =
        "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
        "timeout inode ref pointer drops\n";
    const QByteArray listener = "   0: 0100007F:1B59 00000000:0000 0A 00000000:00000000 "
                                "00:00000000 00000000     0        0 4242 1 0000000000000000 100 "
                                "0 0 10 0\n";
    const QByteArray established = "   1: 0100007F:1B59 01020A7F:9C40 01 00000000:00000000 "
                                   "00:00000000 00000000  1000        0 4243 1 0000000000000000 "
                                   "20 4 30 10 -1\n";
    const QByteArray timeWait = "   2: 0100007F:9C41 0100007F:1B59 06 00000000:00000000 "
                                "03:00001770 00000000     0        0 0 3 0000000000000000\n";

    QTest::newRow("tcp, LISTEN left out")
        << tcpHeading + listener + established + timeWait << false << false << true
        << QStringList { "ESTABLISHED 127.0.0.1:7001 127.10.2.1:40000 1000 4243",
                         "TIME-WAIT 127.0.0.1:40001 127.0.0.1:7001 0 0" };
    QTest::newRow("tcp, listening asked")
        << tcpHeading + listener << false << true << true
        << QStringList { "LISTEN 127.0.0.1:7001 0.0.0.0:0 0 4242" };
    QTest::newRow("tcp6: ::1 and a mapped IPv4 peer")
        << tcp6Heading
            + "   0: 00000000000000000000000001000000:1B5C 00000000000000000000000001000000:A000 "
              "01 00000000:00000000 00:00000000 00000000     0        0 77 1 0 20 4 30 10 -1\n"
            + "   1: 0000000000000000FFFF00000100007F:1B5D 0000000000000000FFFF0000011E147F:A001 "
              "08 00000000:00000000 00:00000000 00000000     0        0 78 1 0 20 4 30 10 -1\n"
            + "   2: B80D0120000000000000000001000000:01BB 00000000000000000000000000000000:0000 "
              "0A 00000000:00000000 00:00000000 00000000     0        0 79 1 0 20 4 30 10 -1\n"
        << false << false << true
        << QStringList { "ESTABLISHED ::1:7004 ::1:40960 0 77",
                         "CLOSE-WAIT 127.0.0.1:7005 127.20.30.1:40961 0 78" };
    QTest::newRow("udp: unconnected left out")
        << udpHeading
            + "  100: 0100007F:14E9 00000000:0000 07 00000000:00000000 00:00000000 00000000   "
              "  0        0 90 2 0000000000000000 0\n"
            + "  101: 01001E7F:8000 01001F7F:0009 01 00000000:00000000 00:00000000 00000000   "
              "  0        0 91 2 0000000000000000 0\n"
        << true << false << true
        << QStringList { "ESTABLISHED 127.30.0.1:32768 127.31.0.1:9 0 91" };
    QTest::newRow("udp: unconnected when listening asked")
        << udpHeading
            + "  100: 0100007F:14E9 00000000:0000 07 00000000:00000000 00:00000000 00000000   "
              "  0        0 90 2 0000000000000000 0\n"
        << true << true << true << QStringList { "UNCONN 127.0.0.1:5353 0.0.0.0:0 0 90" };
    QTest::newRow("empty table") << tcpHeading << false << false << true << QStringList {};
    QTest::newRow("not a table") << QByteArray("hello\nworld\n") << false << false << false
                                 << QStringList {};
    QTest::newRow("truncated line") << tcpHeading + "   0: 0100007F:1B59 0000\n"
                                    << false << false << false << QStringList {};
    QTest::newRow("address of a wrong length")
        << tcpHeading + "   0: 0100007F0:1B59 00000000:0000 01 0 0 0 0 0 1\n"
        << false << false << false << QStringList {};
}

void SocketSnapshotTest::parsesProcTables()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, udp);
    QFETCH(bool, listening);
    QFETCH(bool, ok);
    QFETCH(QStringList, sockets);

    SnapshotOptions options;
    options.listening = listening;
    QList<Socket> parsed;
    QCOMPARE(parseProcNetSockets(text, udp ? Transport::Udp : Transport::Tcp, options, &parsed),
             ok);
    if (!ok)
        return;
    QStringList described;
    for (const Socket &socket : parsed) {
        QCOMPARE(socket.transport, udp ? Transport::Udp : Transport::Tcp);
        described << QStringLiteral("%1 %2:%3 %4:%5 %6 %7")
                         .arg(socketStateName(socket.transport, socket.state),
                              socket.local.toString())
                         .arg(socket.localPort)
                         .arg(socket.remote.toString())
                         .arg(socket.remotePort)
                         .arg(socket.uid)
                         .arg(socket.inode);
    }
    QCOMPARE(described, sockets);
}

void SocketSnapshotTest::stateNames_data()
{
    QTest::addColumn<bool>("udp");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("name");
    const QStringList tcp { "ESTABLISHED", "SYN-SENT",  "SYN-RECV", "FIN-WAIT-1",
                            "FIN-WAIT-2",  "TIME-WAIT", "CLOSE",    "CLOSE-WAIT",
                            "LAST-ACK",    "LISTEN",    "CLOSING",  "SYN-RECV" };
    for (int state = 1; state <= 12; ++state)
        QTest::addRow("tcp %d", state) << false << state << tcp[state - 1];
    QTest::newRow("udp connected") << true << 1 << "ESTABLISHED";
    QTest::newRow("udp unconnected") << true << 7 << "UNCONN";
}

void SocketSnapshotTest::stateNames()
{
    QFETCH(bool, udp);
    QFETCH(int, state);
    QFETCH(QString, name);
    QCOMPARE(socketStateName(udp ? Transport::Udp : Transport::Tcp, quint8(state)), name);
}

void SocketSnapshotTest::seesEveryConnection()
{
    REQUIRE_NAMESPACE();
    const SocketSnapshot snapshot = takeSocketSnapshot();
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.source, QStringLiteral("netlink"));
    QVERIFY(snapshot.takenAtMs > 0);
    const Counts counts = countRemotes(snapshot);
    QVERIFY2(
        counts == m_expected,
        qPrintable(
            QStringLiteral("got %1\nexpected %2").arg(describe(counts), describe(m_expected))));
    QVERIFY(m_tcpConnections > 2500);

    // The states, as the kernel has them: everything open is ESTABLISHED but what the
    // clients half-closed.
    QMap<QString, int> states;
    int udp = 0;
    for (const Socket &socket : snapshot.sockets) {
        ++states[socketStateName(socket.transport, socket.state)];
        udp += socket.transport == Transport::Udp;
        QVERIFY(socket.local.isHost());
        QVERIFY(socket.remote.isHost());
        QVERIFY(socket.localPort != 0);
    }
    QCOMPARE(udp, 1);
    QCOMPARE(states.value("CLOSE-WAIT"), 4);
    QCOMPARE(states.value("FIN-WAIT-2"), 4);
    QCOMPARE(states.value("ESTABLISHED"), 2 * m_tcpConnections - 8 + 1);
    QCOMPARE(states.value("LISTEN"), 0);
    QCOMPARE(states.value("UNCONN"), 0);

    // Only TCP, only UDP.
    SnapshotOptions tcpOnly;
    tcpOnly.udp = false;
    QCOMPARE(takeSocketSnapshot(tcpOnly).sockets.size(), 2 * m_tcpConnections);
    SnapshotOptions udpOnly;
    udpOnly.tcp = false;
    QCOMPARE(takeSocketSnapshot(udpOnly).sockets.size(), 1);
}

void SocketSnapshotTest::listenersOnlyWhenAsked()
{
    REQUIRE_NAMESPACE();
    SnapshotOptions options;
    options.listening = true;
    const SocketSnapshot snapshot = takeSocketSnapshot(options);
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QStringList listeners;
    int unconnected = 0;
    for (const Socket &socket : snapshot.sockets) {
        if (socket.state == 10)
            listeners << QStringLiteral("%1 %2").arg(socket.local.toString()).arg(socket.localPort);
        if (socket.transport == Transport::Udp && socket.state == 7) {
            QCOMPARE(socket.localPort, quint16(5353));
            ++unconnected;
        }
    }
    listeners.sort();
    QCOMPARE(listeners,
             (QStringList { "127.0.0.1 7001", "127.0.0.1 7002", "127.0.0.1 7003", ":: 7005",
                            "::1 7004" }));
    QCOMPARE(unconnected, 1);
    QCOMPARE(countRemotes(snapshot), m_expected);
}

void SocketSnapshotTest::procFallbackAgrees()
{
    REQUIRE_NAMESPACE();
    const SocketSnapshot netlink = takeSocketSnapshot();
    const SocketSnapshot proc = takeSocketSnapshotFromProc();
    QVERIFY2(proc.error.isEmpty(), qPrintable(proc.error));
    QCOMPARE(proc.source, QStringLiteral("/proc"));
    QCOMPARE(countRemotes(proc), m_expected);
    QCOMPARE(proc.sockets.size(), netlink.sockets.size());

    // The same sockets, field by field.
    const auto key = [](const Socket &socket) {
        return std::tuple(socket.transport, socket.local, socket.localPort, socket.remote,
                          socket.remotePort);
    };
    QList<Socket> fromNetlink = netlink.sockets;
    QList<Socket> fromProc = proc.sockets;
    const auto byKey = [&](const Socket &left, const Socket &right) {
        return key(left) < key(right);
    };
    std::sort(fromNetlink.begin(), fromNetlink.end(), byKey);
    std::sort(fromProc.begin(), fromProc.end(), byKey);
    for (qsizetype i = 0; i < fromNetlink.size(); ++i) {
        QVERIFY(key(fromNetlink[i]) == key(fromProc[i]));
        QCOMPARE(fromProc[i].state, fromNetlink[i].state);
        QCOMPARE(fromProc[i].uid, fromNetlink[i].uid);
        QCOMPARE(fromProc[i].inode, fromNetlink[i].inode);
    }

    SnapshotOptions options;
    options.listening = true;
    QCOMPARE(takeSocketSnapshotFromProc(options).sockets.size(),
             takeSocketSnapshot(options).sockets.size());
}

void SocketSnapshotTest::ownersWhenAsked()
{
    REQUIRE_NAMESPACE();
    QVERIFY(takeSocketSnapshot().owners.isEmpty());
    SnapshotOptions options;
    options.owners = true;
    const SocketSnapshot snapshot = takeSocketSnapshot(options);
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    // Every socket that has an inode is one of this process's (the half-closed clients'
    // ends are still open here too).
    int owned = 0;
    for (const Socket &socket : snapshot.sockets) {
        if (!socket.inode)
            continue;
        const ProcessInfo owner = snapshot.owners.value(socket.inode);
        QCOMPARE(owner.pid, qint32(::getpid()));
        QCOMPARE(owner.command, QStringLiteral("socketsnapshott")); // comm is cut at 15
        ++owned;
    }
    QCOMPARE(owned, 2 * m_tcpConnections + 1);
    struct stat status
    {
    };
    QCOMPARE(::fstat(m_fds.back(), &status), 0);
    // The unconnected UDP socket is not in the snapshot, so it is not looked up.
    QVERIFY(!snapshot.owners.contains(status.st_ino));
}

QProcess *SocketSnapshotTest::startInNamespace(const QString &program, const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A bus where nothing listens: the blocklist is unknown, and this machine's helper is
    // never asked.
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    process->setProcessEnvironment(environment);
    // Started from this thread, the process is in this thread's network namespace.
    process->start(program, arguments);
    return process;
}

void SocketSnapshotTest::rampartctlCountsWhatSsCounts_data()
{
    QTest::addColumn<QString>("grouping");
    QTest::addColumn<int>("v4Prefix");
    QTest::addColumn<int>("v6Prefix");
    QTest::newRow("by address") << "ip" << 32 << 128;
    QTest::newRow("by /24") << "24" << 24 << 64;
    QTest::newRow("by /16") << "16" << 16 << 48;
}

void SocketSnapshotTest::rampartctlCountsWhatSsCounts()
{
    REQUIRE_NAMESPACE();
    QFETCH(QString, grouping);
    QFETCH(int, v4Prefix);
    QFETCH(int, v6Prefix);

    QProcess *ss = startInNamespace(QStringLiteral("/usr/bin/ss"), { QStringLiteral("-tuan") });
    QVERIFY2(ss->waitForFinished(30000), qPrintable(ss->errorString()));
    QCOMPARE(ss->exitCode(), 0);
    // Netid State Recv-Q Send-Q Local-Address:Port Peer-Address:Port
    Counts expected;
    std::map<QString, std::set<QString>> addresses;
    const QStringList lines =
        QString::fromUtf8(ss->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.simplified().split(u' ');
        QVERIFY2(fields.size() >= 6, qPrintable(line));
        QString peer = fields[5].left(fields[5].lastIndexOf(u':'));
        peer.remove(u'[').remove(u']');
        const CidrParse parsed = parseCidr(peer);
        if (!parsed.cidr || parsed.cidr->bytes() == Cidr::Bytes {})
            continue; // "*", 0.0.0.0, ::
        const Cidr network = enclosingNetwork(
            *parsed.cidr, parsed.cidr->family() == Family::V4 ? v4Prefix : v6Prefix);
        ++expected[network.toString()];
        addresses[network.toString()].insert(parsed.cidr->toString());
    }
    QVERIFY(expected.size() > 3);

    QProcess *rampartctl =
        startInNamespace(QStringLiteral(RAMPARTCTL_PATH),
                         { QStringLiteral("connections"), QStringLiteral("--group"), grouping,
                           QStringLiteral("--json") });
    QVERIFY2(rampartctl->waitForFinished(30000), qPrintable(rampartctl->errorString()));
    const QByteArray err = rampartctl->readAllStandardError();
    QVERIFY2(rampartctl->exitCode() == 0, err.constData());
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(rampartctl->readAllStandardOutput(), &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString()));

    Counts reported;
    int previous = std::numeric_limits<int>::max();
    for (const QJsonValue &value : document.array()) {
        const QJsonObject group = value.toObject();
        const QString remote = group.value("remote").toString();
        const int connections = group.value("connections").toInt();
        QVERIFY2(connections <= previous, "not sorted by connections, descending");
        previous = connections;
        QVERIFY2(reported.emplace(remote, connections).second, qPrintable(remote));
        QCOMPARE(group.value("addresses").toInt(), int(addresses[remote].size()));
        QVERIFY(group.value("blocked_by").isNull());
        const QJsonObject states = group.value("states").toObject();
        int stateTotal = 0;
        for (auto state = states.begin(); state != states.end(); ++state)
            stateTotal += state.value().toInt();
        QCOMPARE(stateTotal, connections);
        const QJsonArray ports = group.value("local_ports").toArray();
        QVERIFY(!ports.isEmpty());
        for (qsizetype i = 1; i < ports.size(); ++i)
            QVERIFY(ports[i - 1].toInt() < ports[i].toInt());
    }
    QVERIFY2(
        reported == expected,
        qPrintable(
            QStringLiteral("rampartctl %1\nss %2").arg(describe(reported), describe(expected))));

    // The busiest: the server, which every client reaches, with its ports.
    const QJsonObject top = document.array().first().toObject();
    QCOMPARE(top.value("remote").toString(),
             enclosingNetwork(Cidr::fromV4(0x7f000001, 32), v4Prefix).toString());
    QCOMPARE(top.value("states").toObject().value("ESTABLISHED").toInt(),
             m_expected.at(QStringLiteral("127.0.0.1")) - 4);
    QCOMPARE(top.value("states").toObject().value("FIN-WAIT-2").toInt(), 4);
}

void SocketSnapshotTest::rampartctlWithoutHelperSaysSo()
{
    REQUIRE_NAMESPACE();
    QProcess *rampartctl = startInNamespace(
        QStringLiteral(RAMPARTCTL_PATH),
        { QStringLiteral("connections"), QStringLiteral("--top"), QStringLiteral("3") });
    QVERIFY(rampartctl->waitForFinished(30000));
    QCOMPARE(rampartctl->exitCode(), 0);
    const QString out = QString::fromUtf8(rampartctl->readAllStandardOutput());
    const QString err = QString::fromUtf8(rampartctl->readAllStandardError());
    QCOMPARE(err.count(QStringLiteral("rampartctl:")), 1);
    QVERIFY2(err.contains(QStringLiteral("blocked is unknown")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("cannot be reached")), qPrintable(err));
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3 + 1); // heading, 3 groups, total
    QVERIFY(lines[0].startsWith(QStringLiteral("REMOTE")));
    QVERIFY2(lines[1].startsWith(QStringLiteral("127.0.0.1 ")), qPrintable(lines[1]));
    // Columns are two spaces apart; the count has the locale's group separators.
    QString count = lines[1].split(QStringLiteral("  "), Qt::SkipEmptyParts).value(1);
    count.remove(QRegularExpression(QStringLiteral("\\D")));
    QCOMPARE(count, QString::number(m_expected.at(QStringLiteral("127.0.0.1"))));
    QVERIFY2(lines[1].contains(QStringLiteral("more)")), qPrintable(lines[1])); // ports cut
    QVERIFY2(lines[1].endsWith(QStringLiteral("?")), qPrintable(lines[1]));
}

void SocketSnapshotTest::rampartctlUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrMentions");
    QTest::newRow("unknown grouping")
        << QStringList { "connections", "--group", "25" } << "\"25\" is not a grouping";
    QTest::newRow("grouping missing") << QStringList { "connections", "--group" } << "--group";
    QTest::newRow("top zero") << QStringList { "connections", "--top", "0" } << "not \"0\"";
    QTest::newRow("top not a number")
        << QStringList { "connections", "--top", "ten" } << "not \"ten\"";
    QTest::newRow("extra argument")
        << QStringList { "connections", "203.0.113.7" } << "takes no arguments";
    QTest::newRow("unknown option") << QStringList { "connections", "--all" } << "all";
}

// Usage errors exit 2 before any socket is read; no namespace needed.
void SocketSnapshotTest::rampartctlUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrMentions);
    QProcess *rampartctl = startInNamespace(QStringLiteral(RAMPARTCTL_PATH), arguments);
    QVERIFY(rampartctl->waitForFinished(30000));
    QCOMPARE(rampartctl->exitCode(), 2);
    QCOMPARE(rampartctl->readAllStandardOutput(), QByteArray());
    const QString err = QString::fromUtf8(rampartctl->readAllStandardError());
    QVERIFY2(err.contains(stderrMentions), qPrintable(err));
}

QTEST_GUILESS_MAIN(SocketSnapshotTest)
#include "socketsnapshottest.moc"
