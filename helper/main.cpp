// rampart-helper: the only process that writes Rampart's store and the kernel firewall.
// Started by the system bus on demand (or with --restore at boot), it exits when idle.

#include "blocklist.h"
#include "firewall.h"
#include "helperservice.h"
#include "helpertypes.h"
#include "polkitauthority.h"
#include "store.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Rampart;

namespace {

constexpr int idleExitMs = 60'000;
const char stateFolder[] = "/var/lib/rampart";

void fail(const QString &message)
{
    std::fprintf(stderr, "rampart-helper: %s\n", qPrintable(message));
}

int restore(Store &store, Firewall &firewall)
{
    Blocklist blocklist(store, firewall);
    const Blocklist::Outcome outcome = blocklist.restore();
    if (!outcome.ok()) {
        fail(QStringLiteral("restore failed: %1").arg(outcome.message));
        return 1;
    }
    const HelperStatus status = blocklist.status();
    for (const SetStatus &set : status.sets)
        std::printf("%s: %u entries\n", qPrintable(set.name), set.kernelEntries);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
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

    Store store;
    QString error;
    if (!store.open(QString::fromLatin1(stateFolder), &error)) {
        fail(error);
        return 1;
    }
    Firewall firewall;
    if (restoreOnly)
        return restore(store, firewall);

    registerHelperTypes();
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        fail(QStringLiteral("cannot reach the system bus: %1").arg(bus.lastError().message()));
        return 1;
    }

    Blocklist blocklist(store, firewall);
    // The rules and sets may have been flushed since boot; calls expect them in place.
    if (const Blocklist::Outcome outcome = blocklist.prepare(); !outcome.ok())
        fail(QStringLiteral("the firewall is not ready: %1").arg(outcome.message));

    PolkitAuthority authority(bus);
    HelperService service(blocklist, authority);
    if (!bus.registerObject(QString::fromLatin1(helperPath), &service,
                            QDBusConnection::ExportAllSlots)) {
        fail(QStringLiteral("cannot register %1").arg(QString::fromLatin1(helperPath)));
        return 1;
    }
    if (!bus.registerService(QString::fromLatin1(helperService))) {
        fail(QStringLiteral("cannot own %1: %2")
                 .arg(QString::fromLatin1(helperService), bus.lastError().message()));
        return 1;
    }

    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(idleExitMs);
    QObject::connect(&service, &HelperService::activity, &idle, qOverload<>(&QTimer::start));
    QObject::connect(&idle, &QTimer::timeout, &app, [&] {
        if (service.callsInFlight() > 0) {
            idle.start();
            return;
        }
        // Give the name up first, so that a call arriving now starts a new helper
        // instead of reaching one that is leaving.
        bus.unregisterService(QString::fromLatin1(helperService));
        QCoreApplication::quit();
    });
    idle.start();
    return app.exec();
}
