#pragma once

#include "busconnection.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <unordered_map>

namespace Rampart {

// Asks polkit whether a bus client may perform an action, without blocking the event
// loop: the answer arrives later through the callback. Anything but a clear "yes" from
// polkit (an error, no answer in time, polkit absent) is a "no".
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

    // How long the helper waits for polkit: an administrator typing a password into an
    // authentication agent, or polkit alone. polkit itself waits five minutes, and a
    // caller whose agent never answers must not hold a check that long.
    static constexpr int interactiveTimeoutMs = 120'000;
    static constexpr int timeoutMs = 25'000;

    explicit PolkitAuthority(BusConnection &bus, QObject *parent = nullptr);

    // subject is the caller's unique bus name (":1.42"), which polkit resolves to the
    // process and user itself; a pid or uid passed along could be raced or forged.
    // interactive: the caller allowed an authentication prompt for this call.
    // Returns an id for cancel().
    quint64 check(const QByteArray &busName, const char *action, bool interactive, Callback done);
    // Withdraws a check (its caller left): polkit is told to stop, and done is not called.
    void cancel(quint64 id);

private:
    struct Check
    {
        Callback done;
        QByteArray cancellationId;
        QTimer *deadline = nullptr; // a child of this; deleted later, it may be firing
    };
    void finish(quint64 id, const Answer &answer);
    void sendCancel(const QByteArray &cancellationId);

    BusConnection &m_bus;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, Check> m_checks;
};

} // namespace Rampart
