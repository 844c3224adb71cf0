#pragma once

#include <QDBusConnection>
#include <QDBusPendingCall>
#include <QString>

namespace Rampart {

// What polkit says of this process and one action, before the helper is asked to act: the
// window greys out what the user may never do and says why, and asks for a password again
// when the user wants to (polkit's auth_admin_keep then lets the helper's own check pass
// without a second prompt). The helper still asks polkit on every call; this only informs.
struct Authorization
{
    enum class State {
        Unknown, // polkit could not be asked; error says why
        Authorized, // allowed now, without a prompt
        AfterAuthentication, // allowed once the user authenticates (an admin password)
        Denied, // polkit says no for this user
    };
    State state = State::Unknown;
    QString error;

    // Asks polkit about this connection's own unique name (the subject the helper asks
    // about), for action; interactive lets polkit show an authentication dialog.
    static QDBusPendingCall check(const QDBusConnection &bus, const QString &action,
                                  bool interactive);
    // The answer of a finished check().
    static Authorization fromReply(const QDBusPendingCall &call);
};

} // namespace Rampart
