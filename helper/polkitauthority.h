#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <functional>

namespace Rampart {

// Asks polkit whether a bus client may perform an action, without blocking the event
// loop: the answer arrives later through the callback. Anything but a clear "yes" from
// polkit (an error, no answer, polkit absent) is a "no".
class PolkitAuthority : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        bool authorized = false;
        QString reason; // why not, for the denial message
    };
    using Callback = std::function<void(const Answer &)>;

    explicit PolkitAuthority(const QDBusConnection &bus, QObject *parent = nullptr);

    // subject is the caller's unique bus name (":1.42"), which polkit resolves to the
    // process and user itself; a pid or uid passed along could be raced or forged.
    // interactive: the caller allowed an authentication prompt for this call.
    void check(const QString &busName, const QString &action, bool interactive, Callback done);

private:
    QDBusConnection m_bus;
};

} // namespace Rampart
