#pragma once

#include "dbus/helpertypes.h"
#include "net/hostnetworks.h"

#include <QList>

#include <functional>

namespace Rampart {

// What the lockout guard (rules/lockoutguard.h) protects, as a client sees it: what the
// helper sees of this machine (lockoutNetworks()), where this process's own SSH session
// comes from ($SSH_CONNECTION, $SSH_CLIENT), and the allowlist when it is given. A few
// small reads: made when a change is about to be made, not for every row.
QList<ProtectedNetwork> currentLockoutNetworks(const QList<AllowedEntry> &allowlist = {});

// Where widgets get them from; tests hand in their own.
using LockoutNetworkSource = std::function<QList<ProtectedNetwork>()>;

} // namespace Rampart
