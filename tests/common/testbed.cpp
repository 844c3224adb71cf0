#include "testbed.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

QString Testbed::Result::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
}

Testbed::Testbed() = default;

Testbed::~Testbed()
{
    stop();
}

Testbed::Result Testbed::run(const QStringList &command, int timeoutMs)
{
    Result result;
    QProcess process;
    process.start(command.first(), command.mid(1));
    if (!process.waitForStarted()) {
        result.err = QStringLiteral("cannot start %1").arg(command.first());
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err =
            QStringLiteral("%1 did not finish within %2 ms").arg(command.join(u' ')).arg(timeoutMs);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool Testbed::start(QString *why)
{
    if (geteuid() != 0) {
        *why = QStringLiteral("needs root to create network namespaces and users");
        return false;
    }
    m_root = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/rampart-testbed-XXXXXX"));
    if (!m_root->isValid()) {
        *why = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    const Result started =
        run({ QStringLiteral(TESTBED_SCRIPT), QStringLiteral("start"), m_root->path() }, 120000);
    m_started = true; // a partial start still needs stopping
    if (started.exitCode != 0) {
        *why = QStringLiteral("testbed.sh start failed: ") + started.describe();
        stop();
        return false;
    }
    for (const QString &line : started.out.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            m_values.insert(line.left(equals), line.mid(equals + 1));
    }
    for (const char *key : { "BUS_ADDRESS", "SERVER_NS", "PEER_NS", "HOLDER_PID", "STATE_DIR" }) {
        if (value(QString::fromLatin1(key)).isEmpty()) {
            *why = QStringLiteral("testbed.sh did not report %1").arg(QString::fromLatin1(key));
            stop();
            return false;
        }
    }
    return true;
}

void Testbed::stop()
{
    if (!m_started)
        return;
    m_started = false;
    run({ QStringLiteral(TESTBED_SCRIPT), QStringLiteral("stop"), m_root->path() }, 120000);
}

Testbed::Result Testbed::asUser(const QString &user, const QStringList &command,
                                int timeoutMs) const
{
    QStringList full { QStringLiteral("/usr/bin/setpriv"),
                       QStringLiteral("--reuid=") + user,
                       QStringLiteral("--regid=") + user,
                       QStringLiteral("--clear-groups"),
                       QStringLiteral("/usr/bin/env"),
                       QStringLiteral("-i"),
                       QStringLiteral("PATH=/usr/bin:/bin"),
                       QStringLiteral("LANG=C"),
                       QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS=")
                           + value(QStringLiteral("BUS_ADDRESS")) };
    full << command;
    return run(full, timeoutMs);
}

Testbed::Result Testbed::ctl(const QString &user, const QStringList &arguments, int timeoutMs) const
{
    return asUser(user, QStringList { QStringLiteral("/usr/bin/rampartctl") } + arguments,
                  timeoutMs);
}

QString Testbed::writeReadableFile(const QString &folder, const QString &name,
                                   const QByteArray &content)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        return {};
    file.close();
    chmod(QFile::encodeName(path).constData(), 0644);
    return path;
}

QJsonObject Testbed::feedInfo(const QString &user, const QString &name) const
{
    const Result listed =
        ctl(user, { QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json") });
    for (const QJsonValue &feed : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        if (feed.toObject().value(QStringLiteral("name")).toString() == name)
            return feed.toObject();
    }
    return {};
}

Testbed::Result Testbed::ctlInServer(const QString &user, const QStringList &arguments,
                                     int timeoutMs) const
{
    return inServer(
        QStringList { QStringLiteral("/usr/bin/setpriv"), QStringLiteral("--reuid=") + user,
                      QStringLiteral("--regid=") + user, QStringLiteral("--clear-groups"),
                      QStringLiteral("/usr/bin/env"), QStringLiteral("-i"),
                      QStringLiteral("PATH=/usr/bin:/bin"), QStringLiteral("LANG=C"),
                      QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS=")
                          + value(QStringLiteral("BUS_ADDRESS")),
                      QStringLiteral("/usr/bin/rampartctl") }
            + arguments,
        timeoutMs);
}

Testbed::Result Testbed::inServer(const QStringList &command, int timeoutMs) const
{
    return run(QStringList { QStringLiteral("/usr/sbin/ip"), QStringLiteral("netns"),
                             QStringLiteral("exec"), value(QStringLiteral("SERVER_NS")) }
                   + command,
               timeoutMs);
}

Testbed::Result Testbed::inPeer(const QStringList &command, int timeoutMs) const
{
    return run(QStringList { QStringLiteral("/usr/sbin/ip"), QStringLiteral("netns"),
                             QStringLiteral("exec"), value(QStringLiteral("PEER_NS")) }
                   + command,
               timeoutMs);
}

Testbed::Result Testbed::inHelperWorld(const QStringList &command, int timeoutMs) const
{
    return run(QStringList { QStringLiteral("/usr/bin/nsenter"),
                             QStringLiteral("--target=") + value(QStringLiteral("HOLDER_PID")),
                             QStringLiteral("--mount"), QStringLiteral("--net") }
                   + command,
               timeoutMs);
}

QStringList Testbed::kernelMembers(const QString &set) const
{
    const Result listed =
        inServer({ QStringLiteral("/usr/sbin/ipset"), QStringLiteral("list"), set });
    QStringList members;
    bool inMembers = false;
    for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (inMembers)
            members << line.section(u' ', 0, 0);
        else if (line.startsWith(QLatin1String("Members:")))
            inMembers = true;
    }
    members.sort(); // ipset lists in hash order
    return members;
}

QMap<QString, qint64> Testbed::rampartSets() const
{
    QMap<QString, qint64> sets;
    static const QRegularExpression changing(
        QStringLiteral(" (initval 0x[0-9a-f]+|packets \\d+ bytes \\d+)"));
    static const QRegularExpression timeout(QStringLiteral(" timeout (\\d+)"));
    const Result saved = inServer({ QStringLiteral("/usr/sbin/ipset"), QStringLiteral("save") });
    for (QString line : saved.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.contains(QLatin1String("rampart")))
            continue;
        line.remove(changing);
        qint64 seconds = -1;
        // A set's own "timeout 0" is part of its definition; an entry's is its time left.
        if (line.startsWith(QLatin1String("add "))) {
            if (const QRegularExpressionMatch match = timeout.match(line); match.hasMatch()) {
                seconds = match.captured(1).toLongLong();
                line.remove(timeout);
            }
        }
        sets.insert(line, seconds);
    }
    return sets;
}

QStringList Testbed::helperMatch() const
{
    // Only the helper in the testbed's namespaces, not one of the host's or another run's.
    return { QStringLiteral("--ns"),     value(QStringLiteral("HOLDER_PID")),
             QStringLiteral("--nslist"), QStringLiteral("mnt,net"),
             QStringLiteral("-x"),       QStringLiteral("rampart-helper") };
}

bool Testbed::helperRunning() const
{
    return run(QStringList { QStringLiteral("/usr/bin/pgrep") } + helperMatch()).exitCode == 0;
}

QString Testbed::helperPid() const
{
    return run(QStringList { QStringLiteral("/usr/bin/pgrep") } + helperMatch()).out.trimmed();
}

void Testbed::killHelper() const
{
    run(QStringList { QStringLiteral("/usr/bin/pkill") } + helperMatch());
    // The bus notices the name going away; wait until it has.
    for (int i = 0; i < 50 && helperRunning(); ++i)
        usleep(100 * 1000);
}

bool Testbed::inNamespace(const QString &name, const std::function<void()> &fn)
{
    bool joined = false;
    std::thread worker([&] {
        const int fd = open(QFile::encodeName(QStringLiteral("/run/netns/") + name).constData(),
                            O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return;
        joined = setns(fd, CLONE_NEWNET) == 0;
        close(fd);
        if (joined)
            fn();
    });
    worker.join();
    return joined;
}

QString installedBinaryMismatch()
{
    const QString pairs[][2] = {
        { QStringLiteral(BUILT_RAMPARTCTL), QStringLiteral("/usr/bin/rampartctl") },
        { QStringLiteral(BUILT_HELPER), QStringLiteral(RAMPART_HELPER_PATH) },
    };
    for (const auto &pair : pairs) {
        const QByteArray built = fileHash(pair[0]);
        if (built.isEmpty() || built != fileHash(pair[1])) {
            return QStringLiteral(
                       "%1 is not the build's %2; run scripts/build.sh, which installs it")
                .arg(pair[1], pair[0]);
        }
    }
    return {};
}

namespace {

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

} // namespace

int TestSockets::listenInServer(const QString &server, quint16 port)
{
    int fd = -1;
    Testbed::inNamespace(QStringLiteral("rampart-test"), [&] {
        const Address at = address(server, port);
        fd = socket(at.storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        const int yes = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        if (bind(fd, reinterpret_cast<const sockaddr *>(&at.storage), at.length) != 0
            || listen(fd, 16) != 0) {
            close(fd);
            fd = -1;
        }
    });
    return fd;
}

int TestSockets::connectFrom(const QString &source, const QString &server, quint16 port,
                             int timeoutMs)
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

bool TestSockets::connectionEnds(int fd, int timeoutMs)
{
    pollfd waiting { fd, POLLIN, 0 };
    if (poll(&waiting, 1, timeoutMs) != 1)
        return false;
    char byte = 0;
    const ssize_t got = recv(fd, &byte, 1, 0);
    return got == 0
        || (got < 0 && (errno == ECONNRESET || errno == ECONNABORTED || errno == EPIPE));
}
