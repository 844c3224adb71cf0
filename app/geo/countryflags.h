#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace Rampart {

// Folders in which an installed icon set keeps one <code>.png per country, best first:
// Debian's iso-flags-png-320x240 (what scripts/setup.sh installs; 4:3 flags that scale down
// cleanly, for every ISO 3166-1 country), then famfamfam-flag-png's 16x11 ones.
QStringList countryFlagFolders();

// The flag of the country with the ISO 3166-1 alpha-2 code ("DE" or "de") from the first
// folder that has one, as a file path; empty when none has, and for anything but two letters
// or for "ZZ", the unknown region, for which iso-flags ships a placeholder. Looked up once per
// code and remembered; safe from any thread.
QString countryFlagPath(const QString &countryCode);
// The same along other folders, looked up anew on every call.
QString countryFlagPath(const QString &countryCode, const QStringList &folders);

// The flag as an icon, null when there is none. GUI thread only: the icons are kept for
// the next call there, and they make pixmaps when painted. The file is read at the first
// paint.
QIcon countryFlag(const QString &countryCode);

} // namespace Rampart
