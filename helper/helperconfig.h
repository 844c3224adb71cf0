#pragma once

#include <QString>
#include <QStringList>

namespace Rampart {

// The administrator's settings for the helper, from /etc/rampart/helper.conf:
//
//     # How many history rows to keep; older ones are folded into a summary row.
//     history-rows = 100000
//
// Read only when the file belongs to root and nobody else may write it; anything the
// helper does not understand is reported and left at its default.
struct HelperConfig
{
    int historyRows = 0; // 0: the store's default
    QStringList problems;
};

inline constexpr auto helperConfigPath = "/etc/rampart/helper.conf";

HelperConfig readHelperConfig(const QString &path);

} // namespace Rampart
