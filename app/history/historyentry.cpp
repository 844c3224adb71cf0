#include "historyentry.h"

#include "time/duration.h"

#include <QLocale>
#include <QStringList>

#include <pwd.h>
#include <unistd.h>

#include <array>

namespace Rampart {

QString HistoryText::userName(quint32 uid)
{
    passwd entry {};
    passwd *found = nullptr;
    std::array<char, 4096> buffer {};
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

QString HistoryText::origin(const QString &origin)
{
    if (origin == QLatin1String("window"))
        return tr("window");
    if (origin == QLatin1String("rampartctl"))
        return QStringLiteral("rampartctl");
    if (origin == QLatin1String("timer"))
        return tr("feed timer");
    if (origin == QLatin1String("helper"))
        return tr("helper");
    if (origin.isEmpty())
        return tr("unknown");
    return origin;
}

QString HistoryText::action(const HistoryEntry &row)
{
    const QString &action = row.action;
    if (action == QLatin1String("undo"))
        return tr("undo of #%1").arg(row.undoes);
    if (action == QLatin1String("block"))
        return tr("block");
    if (action == QLatin1String("unblock"))
        return tr("unblock");
    if (action == QLatin1String("allow"))
        return tr("allow");
    if (action == QLatin1String("disallow"))
        return tr("disallow");
    if (action == QLatin1String("feed-add"))
        return tr("feed added");
    if (action == QLatin1String("feed-edit"))
        return tr("feed changed");
    if (action == QLatin1String("feed-update"))
        return tr("feed updated");
    if (action == QLatin1String("feed-remove"))
        return tr("feed removed");
    if (action == QLatin1String("verdict"))
        return tr("verdict");
    if (action == QLatin1String("save"))
        return tr("save");
    if (action == QLatin1String("history-rotated"))
        return tr("older history folded");
    return action;
}

QString HistoryText::count(const HistoryEntry &row)
{
    // Addresses of the two families are never added together.
    QStringList parts;
    if (row.countV4)
        parts << tr("%n IPv4", nullptr, int(row.countV4));
    if (row.countV6)
        parts << tr("%n IPv6", nullptr, int(row.countV6));
    // Rows older than the count per family have the total alone.
    if (parts.isEmpty() && row.entryCount)
        parts << tr("%n network(s)", nullptr, int(row.entryCount));
    return parts.join(QStringLiteral(", "));
}

QString HistoryText::entries(const HistoryEntry &row)
{
    QString text = row.entries.join(QStringLiteral(", "));
    const qsizetype more = qsizetype(row.entryCount) - row.entries.size();
    if (more > 0)
        text += u' ' + tr("(+%n more)", nullptr, int(more));
    return text;
}

bool isOwnUndoableChange(const HistoryEntry &row, quint32 uid)
{
    return row.uid == uid && row.undoable && row.action != QLatin1String("undo")
        && (row.origin == QLatin1String("window") || row.origin == QLatin1String("rampartctl"));
}

std::optional<QDateTime> parseSinceTime(const QString &text, const QDateTime &now)
{
    if (const std::optional<quint32> seconds = parseDuration(text))
        return now.addSecs(-qint64(*seconds));
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        time = date.startOfDay();
    }
    return time;
}

} // namespace Rampart
