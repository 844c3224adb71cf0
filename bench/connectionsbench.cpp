// Opens 100,000 sockets (50,000 loopback connections from thousands of 127.x source
// addresses, both ends kept open) in a network namespace of its own, then prints, each
// best of three: takeSocketSnapshot() + aggregate() in this process, `rampartctl
// connections` end to end, and the references in the same run, `ss -tan` and the classic
// `netstat -ntu | awk | cut | sort | uniq -c | sort -n` pipeline.
//
// Needs root (for the namespace). Usage: connectionsbench [connections [source addresses]]

#include "connections/connectionaggregator.h"
#include "connections/socketsnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Rampart;

namespace {

constexpr int runs = 3;
constexpr quint16 firstPort = 7001;
constexpr int ports = 4;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "connectionsbench: %s: %s\n", what, std::strerror(errno));
    std::exit(1);
}

bool bringLoopbackUp()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    ifreq request {};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    if (fd < 0 || ::ioctl(fd, SIOCGIFFLAGS, &request) != 0)
        return false;
    request.ifr_flags |= IFF_UP;
    const bool up = ::ioctl(fd, SIOCSIFFLAGS, &request) == 0;
    ::close(fd);
    return up;
}

sockaddr_in v4Address(quint32 address, quint16 port)
{
    sockaddr_in result {};
    result.sin_family = AF_INET;
    result.sin_port = htons(port);
    result.sin_addr.s_addr = htonl(address);
    return result;
}

// 127.10.0.1 upwards: ten addresses to a /24, 250 /24s to a /16 (up to 127.29.249.10).
quint32 sourceAddress(int index)
{
    return (127u << 24) | quint32(10 + index / 2500) << 16 | quint32(index / 10 % 250) << 8
        | quint32(1 + index % 10);
}

// Connects and accepts connections [first, last), keeping both ends open.
void openConnections(const std::vector<int> &listeners, int first, int last, int sources)
{
    const int yes = 1;
    for (int i = first; i < last; ++i) {
        const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (client < 0)
            fail("socket");
        // The port is chosen at connect(), for the whole 4-tuple, not at bind().
        ::setsockopt(client, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &yes, sizeof(yes));
        const sockaddr_in source = v4Address(sourceAddress(i % sources), 0);
        if (::bind(client, reinterpret_cast<const sockaddr *>(&source), sizeof(source)) != 0)
            fail("bind");
        const int port = i % ports;
        const sockaddr_in server = v4Address(0x7f000001, quint16(firstPort + port));
        if (::connect(client, reinterpret_cast<const sockaddr *>(&server), sizeof(server)) != 0)
            fail("connect");
        if (::accept4(listeners[size_t(port)], nullptr, nullptr, SOCK_CLOEXEC) < 0)
            fail("accept");
    }
}

// The descriptor limit cannot be raised past the hard one without CAP_SYS_RESOURCE, so the
// sockets are held by as many child processes as it takes, all in this namespace. Returns
// the pipe whose closing lets them exit.
int openInChildren(int connections, int sources, std::vector<pid_t> *children)
{
    rlimit limit {};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    const int perChild = int(std::min<rlim_t>((limit.rlim_cur - 64) / 2, 100'000));
    if (perChild < 100) {
        std::fprintf(stderr, "connectionsbench: RLIMIT_NOFILE is %llu, too low\n",
                     static_cast<unsigned long long>(limit.rlim_cur));
        std::exit(1);
    }

    std::vector<int> listeners;
    for (int port = 0; port < ports; ++port) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const sockaddr_in address = v4Address(0x7f000001, quint16(firstPort + port));
        if (fd < 0 || ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0
            || ::listen(fd, 4096) != 0)
            fail("listen");
        listeners.push_back(fd);
    }
    int release[2];
    if (::pipe2(release, O_CLOEXEC) != 0)
        fail("pipe");
    for (int first = 0; first < connections; first += perChild) {
        int ready[2];
        if (::pipe2(ready, O_CLOEXEC) != 0)
            fail("pipe");
        const pid_t pid = ::fork();
        if (pid < 0)
            fail("fork");
        if (pid == 0) {
            ::close(release[1]);
            openConnections(listeners, first, std::min(first + perChild, connections), sources);
            char done = 1;
            if (::write(ready[1], &done, 1) != 1)
                _exit(1);
            // Hold the sockets until the parent is done.
            while (::read(release[0], &done, 1) < 0 && errno == EINTR) { }
            _exit(0);
        }
        ::close(ready[1]);
        char done = 0;
        if (::read(ready[0], &done, 1) != 1) {
            std::fprintf(stderr, "connectionsbench: a child failed to open its connections\n");
            std::exit(1);
        }
        ::close(ready[0]);
        children->push_back(pid);
    }
    ::close(release[0]);
    return release[1];
}

// Runs a program with its output going nowhere; returns its exit code.
int runProgram(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

QList<BlockedEntry> syntheticBlocklist(int size)
{
    QList<BlockedEntry> entries;
    entries.reserve(size);
    for (int i = 0; i < size; ++i) {
        BlockedEntry entry;
        const quint32 address = 0x01000000u + quint32(i) * 2654435761u % 0x60000000u;
        const bool network = i % 10 == 0;
        entry.cidr = QStringLiteral("%1.%2.%3.%4%5")
                         .arg(address >> 24)
                         .arg((address >> 16) & 0xff)
                         .arg((address >> 8) & 0xff)
                         .arg(network ? 0 : address & 0xff)
                         .arg(network ? QStringLiteral("/24") : QString());
        entry.source = network ? QStringLiteral("feed:drop") : QStringLiteral("manual");
        entries << entry;
    }
    // Some that cover the benchmark's sources.
    for (int i = 0; i < 100; ++i) {
        BlockedEntry entry;
        const quint32 address = sourceAddress(i * 10);
        entry.cidr =
            QStringLiteral("127.%1.%2.0/24").arg((address >> 16) & 0xff).arg((address >> 8) & 0xff);
        entry.source = QStringLiteral("feed:test");
        entries << entry;
    }
    return entries;
}

} // namespace

int main(int argc, char *argv[])
{
    const int connections = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50'000;
    const int sources = argc > 2 ? std::clamp(std::atoi(argv[2]), 1, 50'000) : 5'000;
    if (::geteuid() != 0) {
        std::fprintf(stderr, "connectionsbench: needs root to create a network namespace\n");
        return 1;
    }
    // Before any thread exists, so that the whole process and its children move.
    if (::unshare(CLONE_NEWNET) != 0)
        fail("unshare(CLONE_NEWNET)");
    if (!bringLoopbackUp())
        fail("bringing lo up");
    std::vector<pid_t> children;
    QElapsedTimer setup;
    setup.start();
    const int release = openInChildren(connections, sources, &children);
    const double setupSeconds = setup.nsecsElapsed() / 1e9;

    QCoreApplication app(argc, argv);
    const QLocale locale(QLocale::English);
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No helper: the host's is never asked, and every run costs the same.
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));

    // Checks first: every socket is seen, and the programs run.
    const SocketSnapshot check = takeSocketSnapshot();
    ConnectionAggregator checkAggregator;
    const QList<ConnectionGroup> checkGroups = checkAggregator.aggregate(check, Grouping::Address);
    if (!check.error.isEmpty() || check.sockets.size() != 2 * connections) {
        std::fprintf(stderr, "connectionsbench: the snapshot has %lld sockets, not %d: %s\n",
                     static_cast<long long>(check.sockets.size()), 2 * connections,
                     qPrintable(check.error));
        return 1;
    }
    const QString rampartctl = QStringLiteral(RAMPARTCTL_PATH);
    if (runProgram(rampartctl, { QStringLiteral("connections") }, environment) != 0
        || runProgram(QStringLiteral("/usr/bin/ss"), { QStringLiteral("-tan") }) != 0) {
        std::fprintf(stderr, "connectionsbench: rampartctl or ss failed\n");
        return 1;
    }

    // A 400,000-entry blocklist: loading it, and the look-ups it adds to aggregate().
    const QList<BlockedEntry> blocklist = syntheticBlocklist(400'000);
    ConnectionAggregator blocked;
    int covered = 0;

    // Round by round, each contender in turn, so that a busy moment on the machine does not
    // fall on one of them only; each keeps its best round.
    enum Measure {
        SnapshotOnly,
        ProcOnly,
        AggregateOnly,
        InProcess,
        LoadBlocklist,
        AggregateBlocked,
        EndToEnd,
        EndToEndJson,
        Ss,
        Pipeline,
        MeasureCount
    };
    std::array<double, MeasureCount> best;
    best.fill(1e9);
    const auto time = [&](Measure measure, const std::function<void()> &run) {
        QElapsedTimer timer;
        timer.start();
        run();
        best[measure] = std::min(best[measure], timer.nsecsElapsed() / 1e9);
    };
    for (int round = 0; round < runs; ++round) {
        time(SnapshotOnly, [] { takeSocketSnapshot(); });
        time(ProcOnly, [] { takeSocketSnapshotFromProc(); });
        time(InProcess, [&] {
            const SocketSnapshot snapshot = takeSocketSnapshot();
            time(AggregateOnly, [&] {
                ConnectionAggregator aggregator;
                aggregator.aggregate(snapshot, Grouping::Address);
            });
        });
        time(LoadBlocklist, [&] { blocked.setBlocklist(blocklist); });
        time(AggregateBlocked, [&] {
            covered = 0;
            for (const ConnectionGroup &group : blocked.aggregate(check, Grouping::Address))
                covered += !group.blockedBy.isEmpty();
        });
        time(EndToEnd,
             [&] { runProgram(rampartctl, { QStringLiteral("connections") }, environment); });
        time(EndToEndJson, [&] {
            runProgram(rampartctl, { QStringLiteral("connections"), QStringLiteral("--json") },
                       environment);
        });
        time(Ss, [] { runProgram(QStringLiteral("/usr/bin/ss"), { QStringLiteral("-tan") }); });
        time(Pipeline, [] {
            runProgram(QStringLiteral("/bin/sh"),
                       { QStringLiteral("-c"),
                         QStringLiteral("netstat -ntu | awk '{print $5}' | cut -d: -f1 | sort | "
                                        "uniq -c | sort -n > /dev/null") });
        });
    }

    ::close(release);
    for (const pid_t pid : children)
        ::waitpid(pid, nullptr, 0);

    const auto seconds = [](double value) {
        return QStringLiteral("%1 s").arg(value, 0, 'f', 3);
    };
    std::printf(
        "connectionsbench: %s sockets (%s loopback connections from %s source addresses, "
        "opened in %.1f s by %zu processes), %s groups by address, %d cores\n",
        qPrintable(locale.toString(check.sockets.size())), qPrintable(locale.toString(connections)),
        qPrintable(locale.toString(std::min(connections, sources))), setupSeconds, children.size(),
        qPrintable(locale.toString(checkGroups.size())), QThread::idealThreadCount());
    std::printf("best of %d\n", runs);
    const auto row = [&](const char *what, double value) {
        std::printf("  %-66s %9s\n", what, qPrintable(seconds(value)));
    };
    row("takeSocketSnapshot() (netlink)", best[SnapshotOnly]);
    row("takeSocketSnapshotFromProc() (the /proc fallback)", best[ProcOnly]);
    row("aggregate(Address)", best[AggregateOnly]);
    row("takeSocketSnapshot() + aggregate(Address) in process", best[InProcess]);
    row("setBlocklist() of 400,100 entries", best[LoadBlocklist]);
    row("aggregate(Address) against that blocklist", best[AggregateBlocked]);
    row("rampartctl connections > /dev/null", best[EndToEnd]);
    row("rampartctl connections --json > /dev/null", best[EndToEndJson]);
    row("ss -tan > /dev/null (reference)", best[Ss]);
    row("netstat -ntu | awk | cut | sort | uniq -c | sort -n (reference)", best[Pipeline]);
    std::printf("  (groups the blocklist covers: %d)\n", covered);
    std::printf("ratios: in process / ss %.2fx, rampartctl / ss %.2fx; pipeline / in process "
                "%.1fx, pipeline / rampartctl %.1fx\n",
                best[InProcess] / best[Ss], best[EndToEnd] / best[Ss],
                best[Pipeline] / best[InProcess], best[Pipeline] / best[EndToEnd]);
    return 0;
}
