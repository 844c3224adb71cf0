#include "privatebus.h"

#include <QDBusConnection>
#include <QDBusError>

PrivateBus::~PrivateBus()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        m_daemon.waitForFinished();
    }
}

bool PrivateBus::start(QString *error)
{
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   { QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--nopidfile"), QStringLiteral("--print-address") });
    if (!m_daemon.waitForStarted()) {
        *error = QStringLiteral("dbus-daemon did not start: %1").arg(m_daemon.errorString());
        return false;
    }
    while (!m_daemon.canReadLine()) {
        if (!m_daemon.waitForReadyRead(10000)) {
            *error = QStringLiteral("dbus-daemon printed no address");
            return false;
        }
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    if (m_address.isEmpty()) {
        *error = QStringLiteral("dbus-daemon printed an empty address");
        return false;
    }
    return true;
}

bool PrivateBus::serveHelper(QObject *standIn, const QString &connectionName, QString *error)
{
    QDBusConnection bus = QDBusConnection::connectToBus(m_address, connectionName);
    if (!bus.isConnected()) {
        *error =
            QStringLiteral("cannot connect to the test's bus: %1").arg(bus.lastError().message());
        return false;
    }
    if (!bus.registerService(QStringLiteral("org.rampart.Helper"))
        || !bus.registerObject(QStringLiteral("/org/rampart/Helper"), standIn,
                               QDBusConnection::ExportAllSlots)) {
        *error = QStringLiteral("the stand-in helper could not register: %1")
                     .arg(bus.lastError().message());
        return false;
    }
    return true;
}
