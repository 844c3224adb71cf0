#pragma once

#include "dbus/helpertypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Rampart {

// A history row in words, the same in the window and in rampartctl.
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(Rampart::HistoryText)

public:
    // The user's login name, or the uid as a number when it has none.
    static QString userName(quint32 uid);
    // Where the change came from: the window, rampartctl, the feed timer, the helper.
    static QString origin(const QString &origin);
    // What was done: "block", "feed update", "undo of #12"...
    static QString action(const HistoryEntry &row);
    // How many networks, per family ("2 IPv4, 1 IPv6"); empty for none.
    static QString count(const HistoryEntry &row);
    // The first networks, and how many more there were.
    static QString entries(const HistoryEntry &row);
};

// Whether row is a change of uid's own, made from the window or rampartctl, that can still be
// undone: what Ctrl+Z and "rampartctl undo" without a row undo, newest first. Undo rows
// themselves are not, so that undoing again goes further back.
bool isOwnUndoableChange(const HistoryEntry &row, quint32 uid);

// rampartctl's and the filter's times: an ISO 8601 date or date and time (local unless it
// says otherwise), or a duration before now ("1h", "2d", see parseDuration).
std::optional<QDateTime> parseSinceTime(const QString &text, const QDateTime &now);

} // namespace Rampart
