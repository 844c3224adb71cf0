#pragma once

#include <QDBusPendingCallWatcher>
#include <QMetaObject>

#include <functional>
#include <memory>
#include <utility>

namespace Rampart {

// Calls `handler` with the finished call once the helper has answered: always later, from
// the event loop, and never once `context` is gone. A bare QDBusPendingCallWatcher is not
// enough on Qt 6.4: a call that fails at once (no bus at all) never makes it emit
// finished(), and the window would wait forever.
inline void whenAnswered(const QDBusPendingCall &call, QObject *context,
                         std::function<void(const QDBusPendingCall &)> handler)
{
    auto *watcher = new QDBusPendingCallWatcher(call, context);
    auto pending =
        std::make_shared<std::function<void(const QDBusPendingCall &)>>(std::move(handler));
    const auto finish = [watcher, pending] {
        if (!*pending)
            return; // answered already
        const auto run = std::exchange(*pending, nullptr);
        watcher->deleteLater();
        run(*watcher);
    };
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher, finish);
    if (watcher->isFinished())
        QMetaObject::invokeMethod(watcher, finish, Qt::QueuedConnection);
}

} // namespace Rampart
