#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// The real parts Rampart runs against, isolated from the host: network namespaces joined
// by a veth pair, a system bus and polkitd in a mount namespace of their own (see
// testbed.sh), and the installed helper that the bus activates there.
class Testbed
{
public:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;

        QString describe() const;
    };

    Testbed();
    ~Testbed();

    // Starts everything. When it cannot (not root, tools missing), says why; the caller
    // skips, or fails under CI=true, where a privileged test must never skip silently.
    bool start(QString *why);
    void stop();

    QString value(const QString &key) const { return m_values.value(key); }
    QString stateDir() const { return value(QStringLiteral("STATE_DIR")); }

    // rampartctl as an unprivileged user, talking to the test bus.
    Result ctl(const QString &user, const QStringList &arguments, int timeoutMs = 60000) const;
    // rampartctl as an unprivileged user in the server's network namespace, where it sees
    // the server's addresses, networks and routes as its own (the lockout guard's view).
    Result ctlInServer(const QString &user, const QStringList &arguments,
                       int timeoutMs = 60000) const;
    // A command as an unprivileged user with the test bus as its system bus.
    Result asUser(const QString &user, const QStringList &command, int timeoutMs = 60000) const;
    // A command inside the server namespace (its firewall) or the peer namespace.
    Result inServer(const QStringList &command, int timeoutMs = 60000) const;
    Result inPeer(const QStringList &command, int timeoutMs = 60000) const;
    // A command in the server's network namespace and the test mount namespace, where
    // /var/lib/rampart is the test's own state folder: as the helper sees the machine.
    Result inHelperWorld(const QStringList &command, int timeoutMs = 60000) const;

    // A list file in folder that the tests' unprivileged users can read (mode 0644); its
    // path, or empty when it cannot be written.
    static QString writeReadableFile(const QString &folder, const QString &name,
                                     const QByteArray &content);
    // The feed of that name as `rampartctl feeds list --json` shows it to user; empty when
    // there is none.
    QJsonObject feedInfo(const QString &user, const QString &name) const;

    // Members of a Rampart kernel set in the server namespace, as ipset prints them.
    QStringList kernelMembers(const QString &set) const;
    // Every line of `ipset save` in the server namespace that names a Rampart set, without
    // what changes by itself (counters, a set's random initval), each with the entry's
    // remaining timeout apart (-1 for none): two states compare equal when the kernel holds
    // the same sets and members.
    QMap<QString, qint64> rampartSets() const;
    // Stops the running helper, as a reboot would.
    void killHelper() const;
    // Whether the testbed's helper runs, and its pid (empty when not).
    bool helperRunning() const;
    QString helperPid() const;

    // Runs fn on a thread that has joined the named network namespace; sockets it
    // creates stay in that namespace when used from other threads.
    static bool inNamespace(const QString &name, const std::function<void()> &fn);

    static Result run(const QStringList &command, int timeoutMs = 60000);

private:
    QStringList helperMatch() const;

    std::unique_ptr<QTemporaryDir> m_root;
    QHash<QString, QString> m_values;
    bool m_started = false;
};

// Sockets across the testbed's veth pair, for tests that watch connections.
namespace TestSockets {
// A listening TCP socket in the server namespace on address:port, or -1.
int listenInServer(const QString &address, quint16 port);
// A socket in the peer namespace, bound to one of the peer's source addresses, connected
// to the server; -1 when the connection does not come up within timeoutMs.
int connectFrom(const QString &source, const QString &server, quint16 port, int timeoutMs);
// True when this end of a connection learns within timeoutMs that it is over.
bool connectionEnds(int fd, int timeoutMs);
} // namespace TestSockets

// The installed client and helper are what the bus activates; they must be this build.
QString installedBinaryMismatch();

// Fails the test under CI=true, skips it otherwise.
#define TESTBED_REQUIRE(testbed)                                                                   \
    do {                                                                                           \
        QString why_;                                                                              \
        if (const QString mismatch_ = installedBinaryMismatch(); !mismatch_.isEmpty())             \
            why_ = mismatch_;                                                                      \
        else if ((testbed).start(&why_))                                                           \
            break;                                                                                 \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                   \
            QFAIL(qPrintable(QStringLiteral("privileged test cannot run under CI: ") + why_));     \
        QSKIP(qPrintable(why_));                                                                   \
    } while (false)
