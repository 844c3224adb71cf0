#include "socketsnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QtEndian>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Rampart {

namespace {

constexpr quint8 stateEstablished = 1;
constexpr quint8 stateClose = 7;
constexpr quint8 stateListen = 10;

// Closes a file descriptor when it goes out of scope.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// A socket's address as the kernel hands it over (network order), as a host network. An
// IPv4-mapped IPv6 address is the IPv4 peer of a dual-stack socket and is read as IPv4.
Cidr hostFromV6Bytes(const quint8 *bytes)
{
    static constexpr std::array<quint8, 12> mappedPrefix {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff
    };
    if (std::memcmp(bytes, mappedPrefix.data(), mappedPrefix.size()) == 0)
        return Cidr::fromV4(qFromBigEndian<quint32>(bytes + 12), 32);
    Cidr::Bytes address;
    std::memcpy(address.data(), bytes, address.size());
    return Cidr::fromV6(address, 128);
}

Cidr hostFromFamily(int family, const quint32 *networkOrder)
{
    if (family == AF_INET)
        return Cidr::fromV4(qFromBigEndian(networkOrder[0]), 32);
    return hostFromV6Bytes(reinterpret_cast<const quint8 *>(networkOrder));
}

// The states the kernel is asked for: everything but LISTEN unless asked; for UDP, whose
// unconnected sockets are in CLOSE, only the connected ones unless listening is asked.
quint32 stateMask(Transport transport, bool listening)
{
    constexpr quint32 all = 0xffffffff;
    if (transport == Transport::Udp)
        return listening ? all : (1u << stateEstablished);
    return listening ? all : all & ~(1u << stateListen);
}

bool selected(Transport transport, quint8 state, bool listening)
{
    return (stateMask(transport, listening) >> state) & 1u;
}

// One sock_diag dump (one family, one protocol) on an open NETLINK_SOCK_DIAG socket,
// appending what it lists. Returns the errno that stopped it, or 0.
int dumpNetlink(int fd, int family, Transport transport, bool listening, quint32 sequence,
                QList<Socket> *sockets)
{
    struct
    {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message {};
    message.header.nlmsg_len = sizeof(message);
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.header.nlmsg_seq = sequence;
    message.request.sdiag_family = quint8(family);
    message.request.sdiag_protocol = transport == Transport::Tcp ? IPPROTO_TCP : IPPROTO_UDP;
    message.request.idiag_states = stateMask(transport, listening);

    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    iovec requestVector { &message, sizeof(message) };
    msghdr request {};
    request.msg_name = &kernel;
    request.msg_namelen = sizeof(kernel);
    request.msg_iov = &requestVector;
    request.msg_iovlen = 1;
    while (::sendmsg(fd, &request, 0) < 0) {
        if (errno != EINTR)
            return errno;
    }

    // The kernel fills at most about 32 KiB per read of a dump, whatever the buffer.
    alignas(nlmsghdr) static thread_local std::array<char, 64 * 1024> buffer;
    for (;;) {
        const ssize_t received = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (received < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (received == 0)
            return EPIPE;
        int length = int(received);
        for (auto *header = reinterpret_cast<const nlmsghdr *>(buffer.data());
             NLMSG_OK(header, length); header = NLMSG_NEXT(header, length)) {
            if (header->nlmsg_seq != sequence)
                continue;
            if (header->nlmsg_type == NLMSG_DONE)
                return 0;
            if (header->nlmsg_type == NLMSG_ERROR) {
                const auto *error = static_cast<const nlmsgerr *>(NLMSG_DATA(header));
                if (header->nlmsg_len < NLMSG_LENGTH(sizeof(nlmsgerr)))
                    return EPROTO;
                return error->error ? -error->error : EPROTO;
            }
            if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY
                || header->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg)))
                continue;
            const auto *diag = static_cast<const inet_diag_msg *>(NLMSG_DATA(header));
            Socket &socket = sockets->emplace_back();
            socket.transport = transport;
            socket.state = diag->idiag_state;
            socket.local = hostFromFamily(diag->idiag_family, diag->id.idiag_src);
            socket.localPort = qFromBigEndian(diag->id.idiag_sport);
            socket.remote = hostFromFamily(diag->idiag_family, diag->id.idiag_dst);
            socket.remotePort = qFromBigEndian(diag->id.idiag_dport);
            socket.uid = diag->idiag_uid;
            socket.inode = diag->idiag_inode;
        }
    }
}

struct Dump
{
    int family;
    Transport transport;
};

// Runs the dumps on a socket of its own; returns the errno that stopped them, or 0.
int runDumps(const std::vector<Dump> &dumps, bool listening, QList<Socket> *sockets)
{
    const FileDescriptor fd(::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
    if (fd.get() < 0)
        return errno;
    quint32 sequence = 0;
    for (const Dump &dump : dumps) {
        if (const int error =
                dumpNetlink(fd.get(), dump.family, dump.transport, listening, ++sequence, sockets))
            return error;
    }
    return 0;
}

// Returns the errno that stopped the dumps, or 0.
int snapshotFromNetlink(const SnapshotOptions &options, QList<Socket> *sockets)
{
    // The kernel's work dominates, and most of it is the IPv4 TCP dump, which fills a
    // message per socket; the IPv6 one still walks every TCP socket to skip the IPv4 ones.
    // So the others run beside it, on a thread that inherits this thread's namespace.
    std::vector<Dump> first;
    std::vector<Dump> others;
    if (options.tcp) {
        first.push_back({ AF_INET, Transport::Tcp });
        others.push_back({ AF_INET6, Transport::Tcp });
    }
    if (options.udp) {
        others.push_back({ AF_INET, Transport::Udp });
        others.push_back({ AF_INET6, Transport::Udp });
    }
    if (first.empty())
        return runDumps(others, options.listening, sockets);

    QList<Socket> otherSockets;
    int otherError = 0;
    std::thread beside;
    try {
        beside =
            std::thread([&] { otherError = runDumps(others, options.listening, &otherSockets); });
    } catch (const std::system_error &) {
        first.insert(first.end(), others.begin(), others.end());
        others.clear();
    }
    const int error = runDumps(first, options.listening, sockets);
    if (beside.joinable())
        beside.join();
    if (error || otherError)
        return error ? error : otherError;
    sockets->append(otherSockets);
    return 0;
}

std::optional<quint64> parseHex(const char *&cursor, const char *end, int maxDigits)
{
    quint64 value = 0;
    int digits = 0;
    for (; cursor < end && digits < maxDigits; ++cursor, ++digits) {
        const char c = *cursor;
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else
            break;
        value = value << 4 | quint64(digit);
    }
    if (digits == 0)
        return std::nullopt;
    return value;
}

std::optional<quint64> parseDecimal(const char *&cursor, const char *end)
{
    quint64 value = 0;
    const char *start = cursor;
    for (; cursor < end && *cursor >= '0' && *cursor <= '9'; ++cursor)
        value = value * 10 + quint64(*cursor - '0');
    if (cursor == start)
        return std::nullopt;
    return value;
}

void skipSpaces(const char *&cursor, const char *end)
{
    while (cursor < end && *cursor == ' ')
        ++cursor;
}

void skipField(const char *&cursor, const char *end)
{
    skipSpaces(cursor, end);
    while (cursor < end && *cursor != ' ')
        ++cursor;
}

// "0100007F:1F90" (IPv4) or 32 hex digits and a port (IPv6): the kernel prints each 32-bit
// word of the address as the number its bytes make in memory, so copying the numbers back
// into memory restores the network-order bytes on any machine.
std::optional<std::pair<Cidr, quint16>> parseProcAddress(const char *&cursor, const char *end)
{
    skipSpaces(cursor, end);
    const char *start = cursor;
    while (cursor < end && *cursor != ':')
        ++cursor;
    const qsizetype digits = cursor - start;
    if (cursor == end || (digits != 8 && digits != 32))
        return std::nullopt;
    std::array<quint32, 4> words {};
    const char *word = start;
    for (qsizetype i = 0; i < digits / 8; ++i) {
        const std::optional<quint64> value = parseHex(word, cursor, 8);
        if (!value || word != start + (i + 1) * 8)
            return std::nullopt;
        words[i] = quint32(*value);
    }
    ++cursor; // ':'
    const char *portStart = cursor;
    const std::optional<quint64> port = parseHex(cursor, end, 4);
    if (!port || cursor - portStart != 4)
        return std::nullopt;
    const Cidr address = digits == 8 ? hostFromFamily(AF_INET, words.data())
                                     : hostFromFamily(AF_INET6, words.data());
    return std::pair { address, quint16(*port) };
}

std::optional<Socket> parseProcLine(const char *cursor, const char *end, Transport transport)
{
    skipField(cursor, end); // "sl:"
    const auto local = parseProcAddress(cursor, end);
    if (!local)
        return std::nullopt;
    const auto remote = parseProcAddress(cursor, end);
    if (!remote)
        return std::nullopt;
    skipSpaces(cursor, end);
    const std::optional<quint64> state = parseHex(cursor, end, 2);
    if (!state)
        return std::nullopt;
    skipField(cursor, end); // tx_queue:rx_queue
    skipField(cursor, end); // tr:tm->when
    skipField(cursor, end); // retrnsmt
    skipSpaces(cursor, end);
    const std::optional<quint64> uid = parseDecimal(cursor, end);
    skipField(cursor, end); // timeout
    skipSpaces(cursor, end);
    const std::optional<quint64> inode = parseDecimal(cursor, end);
    if (!uid || !inode)
        return std::nullopt;
    Socket socket;
    socket.transport = transport;
    socket.state = quint8(*state);
    socket.local = local->first;
    socket.localPort = local->second;
    socket.remote = remote->first;
    socket.remotePort = remote->second;
    socket.uid = quint32(*uid);
    socket.inode = *inode;
    return socket;
}

// The inodes of sockets that processes hold open, through /proc/[pid]/fd: a process's
// descriptors are readable to its owner and to root only, so others' stay unknown.
QHash<quint64, ProcessInfo> readOwners(const QList<Socket> &sockets)
{
    QSet<quint64> wanted;
    wanted.reserve(sockets.size());
    for (const Socket &socket : sockets) {
        if (socket.inode)
            wanted.insert(socket.inode);
    }
    QHash<quint64, ProcessInfo> owners;
    DIR *processes = ::opendir("/proc");
    if (!processes)
        return owners;
    static constexpr char socketPrefix[] = "socket:[";
    constexpr size_t socketPrefixLength = sizeof(socketPrefix) - 1;
    while (const dirent *process = ::readdir(processes)) {
        char *end = nullptr;
        const long pid = std::strtol(process->d_name, &end, 10);
        if (pid <= 0 || *end)
            continue;
        char path[64];
        std::snprintf(path, sizeof(path), "/proc/%ld/fd", pid);
        const int directoryFd = ::open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (directoryFd < 0)
            continue;
        DIR *descriptors = ::fdopendir(directoryFd);
        if (!descriptors) {
            ::close(directoryFd);
            continue;
        }
        QString command;
        while (const dirent *descriptor = ::readdir(descriptors)) {
            if (descriptor->d_name[0] == '.')
                continue;
            char target[64];
            const ssize_t length =
                ::readlinkat(directoryFd, descriptor->d_name, target, sizeof(target) - 1);
            if (length <= ssize_t(socketPrefixLength)
                || std::memcmp(target, socketPrefix, socketPrefixLength) != 0)
                continue;
            target[length] = '\0';
            const quint64 inode = std::strtoull(target + socketPrefixLength, nullptr, 10);
            if (!wanted.contains(inode) || owners.contains(inode))
                continue;
            if (command.isNull()) {
                QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
                command = comm.open(QIODevice::ReadOnly)
                    ? QString::fromUtf8(comm.readAll()).trimmed()
                    : QString(QLatin1String(""));
            }
            owners.insert(inode, ProcessInfo { qint32(pid), command });
        }
        ::closedir(descriptors);
    }
    ::closedir(processes);
    return owners;
}

void finish(SocketSnapshot &snapshot, const SnapshotOptions &options)
{
    if (options.owners && snapshot.error.isEmpty())
        snapshot.owners = readOwners(snapshot.sockets);
}

} // namespace

QString socketStateName(Transport transport, quint8 state)
{
    if (transport == Transport::Udp && state == stateClose)
        return QStringLiteral("UNCONN");
    static const std::array<QString, 13> names {
        QStringLiteral("UNKNOWN"),   QStringLiteral("ESTABLISHED"), QStringLiteral("SYN-SENT"),
        QStringLiteral("SYN-RECV"),  QStringLiteral("FIN-WAIT-1"),  QStringLiteral("FIN-WAIT-2"),
        QStringLiteral("TIME-WAIT"), QStringLiteral("CLOSE"),       QStringLiteral("CLOSE-WAIT"),
        QStringLiteral("LAST-ACK"),  QStringLiteral("LISTEN"),      QStringLiteral("CLOSING"),
        QStringLiteral("SYN-RECV"),
    };
    return state < names.size() ? names[state] : names[0];
}

bool parseProcNetSockets(const QByteArray &text, Transport transport,
                         const SnapshotOptions &options, QList<Socket> *sockets)
{
    const char *cursor = text.constData();
    const char *end = cursor + text.size();
    const char *lineEnd = static_cast<const char *>(std::memchr(cursor, '\n', end - cursor));
    // The heading names the columns that are read below.
    const QByteArray heading(cursor, (lineEnd ? lineEnd : end) - cursor);
    if (!heading.contains("local_address") || !heading.contains("inode"))
        return false;
    while (lineEnd) {
        cursor = lineEnd + 1;
        lineEnd = static_cast<const char *>(std::memchr(cursor, '\n', end - cursor));
        const char *stop = lineEnd ? lineEnd : end;
        if (stop == cursor)
            continue;
        std::optional<Socket> socket = parseProcLine(cursor, stop, transport);
        if (!socket)
            return false;
        if (selected(transport, socket->state, options.listening))
            sockets->append(*socket);
    }
    return true;
}

namespace {

struct ProcProblem
{
    QString path;
    QString reason; // empty when the tables were read
};

ProcProblem readProcTables(const SnapshotOptions &options, QList<Socket> *sockets)
{
    struct Table
    {
        const char *name;
        Transport transport;
    };
    for (const Table &table :
         { Table { "tcp", Transport::Tcp }, Table { "tcp6", Transport::Tcp },
           Table { "udp", Transport::Udp }, Table { "udp6", Transport::Udp } }) {
        if (!(table.transport == Transport::Tcp ? options.tcp : options.udp))
            continue;
        // thread-self: the namespace of this thread, which is what netlink would list.
        const QString path = QStringLiteral("/proc/thread-self/net/") + QLatin1String(table.name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            // A kernel built without IPv6 has no tcp6 and udp6 tables.
            if (!file.exists() && QByteArray(table.name).endsWith('6'))
                continue;
            return { path, file.errorString() };
        }
        // A file in /proc has no size, and reading it in small pieces is what makes it slow.
        QByteArray text;
        for (;;) {
            const qsizetype start = text.size();
            text.resize(start + 1024 * 1024);
            const qint64 read = file.read(text.data() + start, 1024 * 1024);
            text.resize(start + std::max<qint64>(read, 0));
            if (read <= 0)
                break;
        }
        if (!parseProcNetSockets(text, table.transport, options, sockets))
            return { path,
                     Connections::tr("its format is not the one this version of Rampart knows") };
    }
    return {};
}

} // namespace

SocketSnapshot takeSocketSnapshotFromProc(const SnapshotOptions &options)
{
    SocketSnapshot snapshot;
    snapshot.source = QStringLiteral("/proc");
    snapshot.takenAtMs = QDateTime::currentMSecsSinceEpoch();
    const ProcProblem problem = readProcTables(options, &snapshot.sockets);
    if (!problem.reason.isEmpty()) {
        snapshot.sockets.clear();
        snapshot.error =
            Connections::tr("Cannot read the connections from %1: %2. Check that /proc is "
                            "mounted and readable.")
                .arg(problem.path, problem.reason);
        return snapshot;
    }
    finish(snapshot, options);
    return snapshot;
}

SocketSnapshot takeSocketSnapshot(const SnapshotOptions &options)
{
    SocketSnapshot snapshot;
    snapshot.takenAtMs = QDateTime::currentMSecsSinceEpoch();
    // A snapshot is usually about the size of the one before: growing a list of 100,000
    // sockets step by step copies it several times over.
    static std::atomic<qsizetype> lastSize = 0;
    snapshot.sockets.reserve(lastSize.load(std::memory_order_relaxed) * 9 / 8);
    const int netlinkError = snapshotFromNetlink(options, &snapshot.sockets);
    if (!netlinkError) {
        lastSize.store(snapshot.sockets.size(), std::memory_order_relaxed);
        snapshot.source = QStringLiteral("netlink");
        finish(snapshot, options);
        return snapshot;
    }
    // Refused (a sandbox without netlink, a kernel without inet_diag): /proc lists the same
    // sockets, only more slowly.
    snapshot.sockets.clear();
    snapshot.source = QStringLiteral("/proc");
    const ProcProblem problem = readProcTables(options, &snapshot.sockets);
    if (!problem.reason.isEmpty()) {
        snapshot.sockets.clear();
        snapshot.error =
            Connections::tr("Cannot read the connections: the kernel refused the socket "
                            "diagnostics request (%1), and %2 cannot be read either (%3). Check "
                            "that /proc is mounted and readable.")
                .arg(QString::fromLocal8Bit(std::strerror(netlinkError)), problem.path,
                     problem.reason);
        return snapshot;
    }
    finish(snapshot, options);
    return snapshot;
}

} // namespace Rampart
