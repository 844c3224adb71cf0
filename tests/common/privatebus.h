#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

// A D-Bus daemon of the test's own (session configuration, no activation of anything
// installed), so that stand-in helpers and clients never touch the host's buses. Stopped
// when destroyed.
class PrivateBus
{
public:
    PrivateBus() = default;
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    // Starts the daemon and reads the address it listens on; false with *error saying why.
    bool start(QString *error);
    QString address() const { return m_address; }

    // Puts a stand-in for the helper on the bus, on a connection of its own named
    // connectionName: standIn's public slots answer as org.rampart.Helper at
    // /org/rampart/Helper. False with *error saying why.
    bool serveHelper(QObject *standIn, const QString &connectionName, QString *error);

private:
    QProcess m_daemon;
    QString m_address;
};
