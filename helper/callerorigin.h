#pragma once

#include <QString>

namespace Rampart {

// Where a change came from, for the history only: never for a decision. The kernel names
// the program a caller runs (/proc/PID/exe, with the pid the bus daemon gives), so a caller
// cannot claim another name by what it sends; it can still run a copy under another name.

// The file name of the program process pid runs, or empty when it cannot be read (the
// process left, or the helper may not look: see rampart-helper.service's ProtectProc).
QString programOf(quint32 pid);

// "window" for rampart, "rampartctl" for rampartctl, "timer" for rampartctl run as the feed
// timer's user, otherwise the program's name; empty when unknown.
QString callerOrigin(const QString &program, quint32 uid);

} // namespace Rampart
