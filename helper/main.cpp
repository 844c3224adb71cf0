// rampart-helper: the only process that writes Rampart's store and the kernel firewall.
// Started by the system bus on demand (or with --restore at boot), it exits when idle.
// Starting does nothing to the kernel: anyone may start it (the bus lets everyone ping
// it), so only an authorized call, or the restore at boot, changes the firewall.

#include "blocklist.h"
#include "busconnection.h"
#include "callgate.h"
#include "confirmations.h"
#include "dbus/helpertypes.h"
#include "firewall.h"
#include "helperconfig.h"
#include "helperservice.h"
#include "polkitauthority.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Rampart;

namespace {

constexpr int idleExitMs = 60'000;
const char stateFolder[] = "/var/lib/rampart";
// Enough for every call the gate lets wait (each may hold one memory file), the listings,
// the programs the helper runs and their pipes, with room to spare.
constexpr rlim_t descriptorLimit = 4096;

void fail(const QString &message)
{
    std::fprintf(stderr, "rampart-helper: %s\n", qPrintable(message));
}

int restore(Store &store, Firewall &firewall)
{
    Blocklist blocklist(store, firewall);
    const Outcome outcome = blocklist.kernel().restore();
    if (!outcome.ok()) {
        fail(QStringLiteral("restore failed: %1").arg(outcome.message));
        return 1;
    }
    // Changes still waiting for confirmation when the machine went down were never
    // confirmed: the boot puts back what was before them.
    for (const QString &line :
         Confirmations(blocklist).rollBack(BlocklistCore::now(), /*everything=*/true))
        fail(line);
    const HelperStatus status = blocklist.kernel().status();
    for (const SetStatus &set : status.sets)
        std::printf("%s: %u entries\n", qPrintable(set.name), set.kernelEntries);
    return 0;
}

void raiseDescriptorLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= descriptorLimit)
        return;
    limit.rlim_cur = std::min<rlim_t>(descriptorLimit, limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
}

QByteArray introspectionXml()
{
    QFile file(QStringLiteral(":/org.rampart.Helper1.xml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void answerIntrospection(BusConnection &bus, DBusMessage *call)
{
    MessagePtr reply(dbus_message_new_method_return(call));
    static const QByteArray xml = introspectionXml();
    const char *data = xml.constData();
    dbus_message_append_args(reply.get(), DBUS_TYPE_STRING, &data, DBUS_TYPE_INVALID);
    bus.send(reply.get());
}

} // namespace

int main(int argc, char *argv[])
{
    // The store, its journal and anything else the helper writes are root's alone.
    umask(0077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rampart-helper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAMPART_VERSION));

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool restoreOnly = arguments == QStringList { QStringLiteral("--restore") };
    if (!arguments.isEmpty() && !restoreOnly) {
        std::fprintf(stderr,
                     "usage: rampart-helper [--restore]\n"
                     "Started by the system bus; --restore rebuilds the firewall sets and "
                     "rules from the store (at boot).\n");
        return 2;
    }
    if (geteuid() != 0) {
        fail(QStringLiteral("must run as root"));
        return 1;
    }
    const HelperConfig config = readHelperConfig(QString::fromLatin1(helperConfigPath));
    for (const QString &problem : config.problems)
        fail(problem);
    const int historyRows = config.historyRows ? config.historyRows : Store::defaultHistoryRows;

    QString error;
    {
        // Opened here first, so that the store is migrated before either thread reads it.
        Store store;
        if (!store.open(QString::fromLatin1(stateFolder), &error)
            || !store.setHistoryRows(historyRows, &error)) {
            fail(error);
            return 1;
        }
        if (restoreOnly) {
            Firewall firewall;
            return restore(store, firewall);
        }
    }
    raiseDescriptorLimit();
    dbus_threads_init_default();

    std::unique_ptr<BusConnection> bus = BusConnection::connectToSystemBus(&error);
    if (!bus) {
        fail(QStringLiteral("cannot reach the system bus: %1").arg(error));
        return 1;
    }
    HelperService service(QString::fromLatin1(stateFolder), historyRows);
    PolkitAuthority authority(*bus);
    CallGate gate(
        *bus, authority,
        [&service](Request request, quint32 uid, std::function<void(const Reply &)> done) {
            service.run(std::move(request), uid, std::move(done));
        });

    BusConnection *connection = bus.get();
    if (!bus->registerObject(helperPath, [&gate, connection](DBusMessage *call) {
            if (dbus_message_is_method_call(call, DBUS_INTERFACE_INTROSPECTABLE, "Introspect"))
                answerIntrospection(*connection, call);
            else
                gate.admit(call);
        })) {
        fail(QStringLiteral("cannot register %1").arg(QString::fromLatin1(helperPath)));
        return 1;
    }
    if (!bus->requestName(helperService, &error)) {
        fail(QStringLiteral("cannot own %1: %2").arg(QString::fromLatin1(helperService), error));
        return 1;
    }
    QObject::connect(bus.get(), &BusConnection::disconnected, &app, &QCoreApplication::quit);

    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(idleExitMs);
    QObject::connect(&gate, &CallGate::activity, &idle, qOverload<>(&QTimer::start));
    QObject::connect(&idle, &QTimer::timeout, &app, [&] {
        if (gate.callsInFlight() > 0 || service.hasWaitingChanges()) {
            idle.start();
            return;
        }
        // Give the name up first, so that a call arriving now starts a new helper
        // instead of reaching one that is leaving.
        bus->releaseName(helperService);
        QCoreApplication::quit();
    });
    idle.start();
    return app.exec();
}
