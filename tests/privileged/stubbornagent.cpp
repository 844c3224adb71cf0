// The attacker of the starvation test: an unprivileged process that registers itself with
// polkit as the authentication agent for its own process, never answers an authentication
// request, and floods the helper with calls that allow interactive authorization and that
// it never waits for. polkitd hands each check of such a call to this agent (the subject is
// the caller's bus name, whose process is this one), so without limits of its own the
// helper holds every call, and its pending polkit check, for minutes.
//
// Prints one line on stdout for each event, as it happens:
//   registered pid=P start-time=T uid=U name=:1.N    polkit accepted the agent
//   connection I :1.N                                 flood connection I is up
//   sent N                                            all N calls are queued for sending
//   begin N ACTION COOKIE                             polkitd asked for authentication (N so far)
//   cancelled N COOKIE                                polkitd cancelled one (N so far)
//   answer ok|ERROR-NAME KIND SENDER MESSAGE           a flood call was answered; SENDER is
//                                                     the bus name that answered (the bus
//                                                     itself is org.freedesktop.DBus), "-"
//                                                     when the answer was made locally
//   left N                                            the N flood connections are closed
//   done                                              --duration ran out
// Commands on stdin, one a line: "leave" closes the flood connections (the callers go,
// the agent stays), "quit" exits. Errors go to stderr; setting up the agent or the flood
// failing exits with status 1.

#include "net/packedcidrs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr auto polkitService = "org.freedesktop.PolicyKit1";
constexpr auto polkitPath = "/org/freedesktop/PolicyKit1/Authority";
constexpr auto polkitInterface = "org.freedesktop.PolicyKit1.Authority";
constexpr auto agentPath = "/org/rampart/StubbornAgent";
constexpr auto helperService = "org.rampart.Helper";
constexpr auto helperPath = "/org/rampart/Helper";
constexpr auto helperInterface = "org.rampart.Helper1";
// libdbus reads INT_MAX as "no timeout": the flood must outlast any timeout of the helper.
constexpr int noTimeout = INT_MAX;
// dbus-daemon refuses more pending calls than this per connection (max_replies_per_connection).
constexpr int busRepliesPerConnection = 128;

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void complain(const QString &line)
{
    const QByteArray bytes = "stubbornagent: " + line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

// polkit's identity, (sa{sv}): how BeginAuthentication names who may authenticate. Outside
// the anonymous namespace: QtDBus looks the types of an exported slot's arguments up by name.
struct PolkitIdentity
{
    QString kind;
    QVariantMap details;
};

QDBusArgument &operator<<(QDBusArgument &argument, const PolkitIdentity &identity)
{
    argument.beginStructure();
    argument << identity.kind << identity.details;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PolkitIdentity &identity)
{
    argument.beginStructure();
    argument >> identity.kind >> identity.details;
    argument.endStructure();
    return argument;
}

Q_DECLARE_METATYPE(PolkitIdentity)

namespace {

// Field 22 of /proc/self/stat: what polkit compares, with the pid, to tell this process
// from a later one with the same pid.
quint64 ownStartTime()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray content = stat.readAll();
    // The command name (field 2) is in parentheses and may itself hold spaces or ')'.
    const QList<QByteArray> fields = content.mid(content.lastIndexOf(')') + 2).split(' ');
    constexpr int startTimeAfterName = 22 - 3;
    return fields.size() > startTimeAfterName ? fields[startTimeAfterName].toULongLong() : 0;
}

QDBusArgument ownProcessSubject()
{
    QDBusArgument subject;
    subject.beginStructure();
    subject << QStringLiteral("unix-process");
    subject.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QDBusVariant>());
    subject.beginMapEntry();
    subject << QStringLiteral("pid") << QDBusVariant(QVariant::fromValue(quint32(getpid())));
    subject.endMapEntry();
    subject.beginMapEntry();
    subject << QStringLiteral("start-time") << QDBusVariant(QVariant::fromValue(ownStartTime()));
    subject.endMapEntry();
    subject.beginMapEntry();
    subject << QStringLiteral("uid") << QDBusVariant(QVariant::fromValue(qint32(getuid())));
    subject.endMapEntry();
    subject.endMap();
    subject.endStructure();
    return subject;
}

// Answers no BeginAuthentication: each stays pending, and with it polkit's check and the
// helper's call. With honourCancel, a cancelled request is answered as cancelled, as a
// polite agent would.
class Agent : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.PolicyKit1.AuthenticationAgent")

public:
    explicit Agent(bool honourCancel)
        : m_honourCancel(honourCancel)
    { }

public Q_SLOTS:
    void BeginAuthentication(const QString &actionId, const QString &message,
                             const QString &iconName,
                             // Spelled out: QtDBus matches a slot by its parameters' type
                             // names as written, and knows no alias.
                             const QMap<QString, QString> &details, const QString &cookie,
                             const QList<PolkitIdentity> &identities)
    {
        Q_UNUSED(message);
        Q_UNUSED(iconName);
        Q_UNUSED(details);
        Q_UNUSED(identities);
        setDelayedReply(true);
        m_pending.insert(cookie, QDBusContext::message());
        say(QStringLiteral("begin %1 %2 %3").arg(++m_begun).arg(actionId, cookie));
    }

    void CancelAuthentication(const QString &cookie)
    {
        say(QStringLiteral("cancelled %1 %2").arg(++m_cancelled).arg(cookie));
        if (!m_honourCancel)
            return;
        const QDBusMessage request = m_pending.take(cookie);
        if (request.type() == QDBusMessage::MethodCallMessage) {
            connection().send(request.createErrorReply(
                QStringLiteral("org.freedesktop.PolicyKit1.Error.Cancelled"),
                QStringLiteral("The authentication was cancelled")));
        }
    }

private:
    const bool m_honourCancel;
    int m_begun = 0;
    int m_cancelled = 0;
    // The requests, kept so that their replies stay owed.
    QHash<QString, QDBusMessage> m_pending;
};

enum class Kind { Block, BigBlock, Feed, Status };

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Block:
        return QStringLiteral("block");
    case Kind::BigBlock:
        return QStringLiteral("big-block");
    case Kind::Feed:
        return QStringLiteral("feed");
    case Kind::Status:
        return QStringLiteral("status");
    }
    return {};
}

// The kinds spread evenly over the flood, so that every kind reaches the helper early.
QList<Kind> interleave(const QList<std::pair<Kind, int>> &counts)
{
    QList<std::pair<double, Kind>> placed;
    for (const auto &[kind, count] : counts) {
        for (int i = 0; i < count; ++i)
            placed.append({ (i + 0.5) / count, kind });
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Kind> order;
    for (const auto &place : std::as_const(placed))
        order.append(place.second);
    return order;
}

// A memory file holding a packed list, sealed as the helper demands; -1 on failure.
int sealedFeed(const QByteArray &packed)
{
    const int fd = memfd_create("rampart-flood", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0)
        return -1;
    qsizetype written = 0;
    while (written < packed.size()) {
        const ssize_t n = write(fd, packed.constData() + written, size_t(packed.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            close(fd);
            return -1;
        }
        written += n;
    }
    if (fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

// How many arguments the running helper's Block takes: the signature changed over time
// (a force flag was added), and a call of the wrong signature is refused before polkit
// is asked. 0 when the helper could not be asked.
int blockArgumentCount(QDBusConnection bus)
{
    const QDBusMessage reply = bus.call(
        QDBusMessage::createMethodCall(QLatin1String(helperService), QLatin1String(helperPath),
                                       QStringLiteral("org.freedesktop.DBus.Introspectable"),
                                       QStringLiteral("Introspect")),
        QDBus::Block, 25000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return 0;
    QXmlStreamReader xml(reply.arguments().constFirst().toString());
    bool inBlock = false;
    int count = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("method"))
            inBlock = xml.attributes().value(QLatin1String("name")) == QLatin1String("Block");
        else if (xml.isEndElement() && xml.name() == QLatin1String("method"))
            inBlock = false;
        else if (inBlock && xml.isStartElement() && xml.name() == QLatin1String("arg")
                 && xml.attributes().value(QLatin1String("direction")) != QLatin1String("out"))
            ++count;
    }
    return count;
}

class Flood : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<std::pair<Kind, int>> counts;
        int connections = 4;
        qsizetype bigBytes = 8 * 1024 * 1024;
        int feedEntries = 1000;
        QString feedName;
        int blockArguments = 4;
    };

    explicit Flood(const Options &options)
        : m_options(options)
    { }

    bool start()
    {
        QList<QDBusConnection> buses;
        for (int i = 0; i < m_options.connections; ++i) {
            m_names.append(QStringLiteral("flood-%1").arg(i));
            QDBusConnection bus =
                QDBusConnection::connectToBus(QDBusConnection::SystemBus, m_names.constLast());
            if (!bus.isConnected()) {
                complain(QStringLiteral("flood connection %1 failed: %2")
                             .arg(i)
                             .arg(bus.lastError().message()));
                return false;
            }
            say(QStringLiteral("connection %1 %2").arg(i).arg(bus.baseService()));
            buses.append(bus);
        }
        const QList<Kind> order = interleave(m_options.counts);
        if (buses.isEmpty())
            return order.isEmpty();
        if (order.size() > buses.size() * (busRepliesPerConnection - 1)) {
            complain(QStringLiteral("%1 calls over %2 connections: the bus refuses more than %3 "
                                    "pending calls a connection itself, with LimitsExceeded")
                         .arg(order.size())
                         .arg(buses.size())
                         .arg(busRepliesPerConnection));
        }
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (!send(buses[i % buses.size()], order[i], i))
                return false;
        }
        say(QStringLiteral("sent %1").arg(order.size()));
        return true;
    }

    // The callers go away, the agent stays: only what watches the callers can end their
    // checks now, since this agent answers no cancellation either.
    void leave()
    {
        for (const QString &name : std::as_const(m_names))
            QDBusConnection::disconnectFromBus(name);
        say(QStringLiteral("left %1").arg(m_names.size()));
        m_names.clear();
    }

private:
    QDBusMessage helperCall(const QString &method, const QList<QVariant> &arguments) const
    {
        QDBusMessage call =
            QDBusMessage::createMethodCall(QLatin1String(helperService), QLatin1String(helperPath),
                                           QLatin1String(helperInterface), method);
        call.setArguments(arguments);
        call.setInteractiveAuthorizationAllowed(true);
        return call;
    }

    QList<QVariant> blockArguments(const QStringList &entries) const
    {
        QList<QVariant> arguments { entries, QVariant::fromValue(uint(0)),
                                    QStringLiteral("flood") };
        if (m_options.blockArguments > 3)
            arguments.append(false); // force
        if (m_options.blockArguments > 4)
            arguments.append(QVariant::fromValue(uint(0))); // confirmWithinSeconds
        return arguments;
    }

    // Distinct private addresses, so that nothing in the helper can fold them, up to
    // --big-bytes on the wire.
    QStringList bigEntries()
    {
        if (m_bigEntries.isEmpty()) {
            qsizetype bytes = 0;
            for (quint32 i = 0; bytes < m_options.bigBytes; ++i) {
                const QString entry = QStringLiteral("10.%1.%2.%3")
                                          .arg((i >> 16) & 0xff)
                                          .arg((i >> 8) & 0xff)
                                          .arg(i & 0xff);
                // A 4-byte length, the text and a NUL, the next string 4-aligned.
                bytes += (4 + entry.size() + 1 + 3) / 4 * 4;
                m_bigEntries.append(entry);
            }
        }
        return m_bigEntries;
    }

    QByteArray packedFeed()
    {
        if (m_packedFeed.isEmpty()) {
            QList<Rampart::Cidr> list;
            for (int i = 0; i < m_options.feedEntries; ++i)
                list.append(Rampart::Cidr::fromV4(0xc6330000u + quint32(i), 32)); // 198.51.x.y
            m_packedFeed = Rampart::PackedCidrs::encode(list);
        }
        return m_packedFeed;
    }

    bool send(QDBusConnection bus, Kind kind, qsizetype index)
    {
        QDBusMessage call;
        switch (kind) {
        case Kind::Block:
            // Not 192.0.2.77, which the test has rampart-granted block.
            call =
                helperCall(QStringLiteral("Block"),
                           blockArguments({ QStringLiteral("203.0.113.%1").arg(index % 250 + 1) }));
            break;
        case Kind::BigBlock:
            call = helperCall(QStringLiteral("Block"), blockArguments(bigEntries()));
            break;
        case Kind::Feed: {
            const int fd = sealedFeed(packedFeed());
            if (fd < 0) {
                complain(QStringLiteral("could not make a sealed memory file: %1")
                             .arg(QString::fromLocal8Bit(strerror(errno))));
                return false;
            }
            const QDBusUnixFileDescriptor file(fd); // duplicates it
            close(fd);
            call = helperCall(QStringLiteral("UpdateFeed"),
                              { m_options.feedName, QVariant::fromValue(file), QString(), QString(),
                                false, QVariant::fromValue(uint(0)) });
            break;
        }
        case Kind::Status:
            call = helperCall(QStringLiteral("Status"), {});
            break;
        }
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, noTimeout), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, kind] {
            watcher->deleteLater();
            const QDBusMessage reply = watcher->reply();
            const QString sender =
                reply.service().isEmpty() ? QStringLiteral("-") : reply.service();
            if (reply.type() == QDBusMessage::ErrorMessage) {
                say(QStringLiteral("answer %1 %2 %3 %4")
                        .arg(reply.errorName(), kindName(kind), sender,
                             reply.errorMessage().simplified()));
            } else {
                say(QStringLiteral("answer ok %1 %2").arg(kindName(kind), sender));
            }
        });
        return true;
    }

    const Options m_options;
    QStringList m_names;
    QStringList m_bigEntries;
    QByteArray m_packedFeed;
};

// Many calls carry a descriptor each; the default soft limit may be 1024.
void raiseDescriptorLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Registers as polkit authentication agent for this process, never answers, and floods "
        "the Rampart helper with interactive calls. Reports events on stdout."));
    parser.addHelpOption();
    const QCommandLineOption blocks(QStringLiteral("block"),
                                    QStringLiteral("Small Block calls (one address each)."),
                                    QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption bigBlocks(QStringLiteral("big-block"),
                                       QStringLiteral("Block calls of --big-bytes of entries."),
                                       QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption feeds(QStringLiteral("feed"),
                                   QStringLiteral("UpdateFeed calls, each with a sealed memory "
                                                  "file of packed networks."),
                                   QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption statuses(QStringLiteral("status"), QStringLiteral("Status calls."),
                                      QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("Bus connections to spread the calls "
                                                        "over, round robin."),
                                         QStringLiteral("count"), QStringLiteral("4"));
    const QCommandLineOption bigBytes(QStringLiteral("big-bytes"),
                                      QStringLiteral("Size of the entries of one big Block call."),
                                      QStringLiteral("bytes"), QStringLiteral("8388608"));
    const QCommandLineOption feedEntries(QStringLiteral("feed-entries"),
                                         QStringLiteral("Networks in each feed file."),
                                         QStringLiteral("count"), QStringLiteral("1000"));
    const QCommandLineOption feedName(QStringLiteral("feed-name"),
                                      QStringLiteral("The feed UpdateFeed names."),
                                      QStringLiteral("name"), QStringLiteral("flood"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Exit after this long; 0 runs until killed."),
                                      QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption noAgent(QStringLiteral("no-agent"),
                                     QStringLiteral("Flood without registering an agent."));
    const QCommandLineOption honourCancel(
        QStringLiteral("honour-cancel"),
        QStringLiteral("Answer a cancelled authentication as cancelled instead of never."));
    parser.addOptions({ blocks, bigBlocks, feeds, statuses, connections, bigBytes, feedEntries,
                        feedName, duration, noAgent, honourCancel });
    parser.process(app);

    const auto number = [&](const QCommandLineOption &option) {
        bool ok = false;
        const qlonglong value = parser.value(option).toLongLong(&ok);
        if (!ok || value < 0 || value > INT_MAX) {
            complain(QStringLiteral("--%1 needs a whole number, not \"%2\"")
                         .arg(option.names().constFirst(), parser.value(option)));
            std::exit(2);
        }
        return int(value);
    };

    Flood::Options options;
    options.counts = { { Kind::Block, number(blocks) },
                       { Kind::BigBlock, number(bigBlocks) },
                       { Kind::Feed, number(feeds) },
                       { Kind::Status, number(statuses) } };
    options.connections = number(connections);
    options.bigBytes = number(bigBytes);
    options.feedEntries = number(feedEntries);
    options.feedName = parser.value(feedName);
    const int seconds = number(duration);
    if (options.connections == 0
        && std::any_of(options.counts.cbegin(), options.counts.cend(),
                       [](const auto &count) { return count.second > 0; })) {
        complain(QStringLiteral("calls need at least one connection"));
        return 2;
    }
    raiseDescriptorLimit();

    qDBusRegisterMetaType<PolkitIdentity>();
    qDBusRegisterMetaType<QList<PolkitIdentity>>();
    qDBusRegisterMetaType<QMap<QString, QString>>();

    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        complain(QStringLiteral("no system bus: %1").arg(bus.lastError().message()));
        return 1;
    }

    Agent agent(parser.isSet(honourCancel));
    if (!parser.isSet(noAgent)) {
        if (!bus.registerObject(QLatin1String(agentPath), &agent,
                                QDBusConnection::ExportAllSlots)) {
            complain(
                QStringLiteral("could not export the agent: %1").arg(bus.lastError().message()));
            return 1;
        }
        QDBusMessage registration = QDBusMessage::createMethodCall(
            QLatin1String(polkitService), QLatin1String(polkitPath), QLatin1String(polkitInterface),
            QStringLiteral("RegisterAuthenticationAgent"));
        registration << QVariant::fromValue(ownProcessSubject()) << QStringLiteral("C")
                     << QLatin1String(agentPath);
        const QDBusMessage registered = bus.call(registration, QDBus::Block, 25000);
        if (registered.type() != QDBusMessage::ReplyMessage) {
            complain(QStringLiteral("polkit refused the agent: %1: %2")
                         .arg(registered.errorName(), registered.errorMessage()));
            return 1;
        }
        say(QStringLiteral("registered pid=%1 start-time=%2 uid=%3 name=%4")
                .arg(getpid())
                .arg(ownStartTime())
                .arg(getuid())
                .arg(bus.baseService()));
    }

    options.blockArguments = blockArgumentCount(bus);
    if (options.blockArguments == 0) {
        complain(QStringLiteral("could not introspect the helper; sending Block with a force "
                                "flag, as the current interface has it"));
        options.blockArguments = 4;
    }

    Flood flood(options);
    if (!flood.start())
        return 1;

    // Commands, one a line: "leave" closes the flood connections and keeps the agent,
    // "quit" exits. End of input changes nothing.
    QSocketNotifier commands(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray typed;
    QObject::connect(&commands, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t got = read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            if (got == 0 || errno != EINTR)
                commands.setEnabled(false);
            return;
        }
        typed.append(buffer, got);
        for (qsizetype end; (end = typed.indexOf('\n')) >= 0; typed.remove(0, end + 1)) {
            const QByteArray command = typed.left(end).trimmed();
            if (command == "leave")
                flood.leave();
            else if (command == "quit")
                app.quit();
            else if (!command.isEmpty())
                complain(QStringLiteral("unknown command \"%1\"").arg(QString::fromUtf8(command)));
        }
    });

    if (seconds > 0) {
        QTimer::singleShot(qint64(seconds) * 1000, &app, [&app] {
            say(QStringLiteral("done"));
            app.quit();
        });
    }
    return app.exec();
}

#include "stubbornagent.moc"
