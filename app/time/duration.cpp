#include "duration.h"

#include "dbus/helpertypes.h"
#include "net/cidr.h"

#include <QCoreApplication>
#include <QStringList>

namespace Rampart {

std::optional<quint32> parseDuration(QStringView text)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    quint64 unit = 1;
    QStringView number = text;
    if (!text.back().isDigit()) {
        switch (text.back().unicode()) {
        case u's':
            unit = 1;
            break;
        case u'm':
            unit = 60;
            break;
        case u'h':
            unit = 3600;
            break;
        case u'd':
            unit = 86400;
            break;
        case u'w':
            unit = 7 * 86400;
            break;
        default:
            return std::nullopt;
        }
        number = text.chopped(1);
    }
    if (number.isEmpty())
        return std::nullopt;
    for (const QChar c : number) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const quint64 value = number.toULongLong() * unit;
    if (value == 0 || value > 0xffffffffull)
        return std::nullopt;
    return quint32(value);
}

BlockTimeoutParse parseBlockTimeout(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return { std::nullopt,
                 Duration::tr("Type how long to block, for example 90m, 12h, 3d or 2w.") };
    const std::optional<quint32> seconds = parseDuration(trimmed);
    if (!seconds) {
        return { std::nullopt,
                 Duration::tr("%1 is not a duration; use a number and a unit, for example 90s, "
                              "15m, 1h, 2d or 1w.")
                     .arg(quotedItem(trimmed)) };
    }
    if (*seconds > maxTimeoutSeconds) {
        return { std::nullopt,
                 Duration::tr("The kernel cannot time out a block after more than %1; block "
                              "permanently instead.")
                     .arg(formatDuration(maxTimeoutSeconds)) };
    }
    return { seconds, {} };
}

namespace {

// One call per unit, so that lupdate sees each plural form.
QString unitText(qint64 unitSeconds, int count)
{
    switch (unitSeconds) {
    case 7 * 86400:
        return Duration::tr("%n week(s)", nullptr, count);
    case 86400:
        return Duration::tr("%n day(s)", nullptr, count);
    case 3600:
        return Duration::tr("%n hour(s)", nullptr, count);
    case 60:
        return Duration::tr("%n minute(s)", nullptr, count);
    default:
        return Duration::tr("%n second(s)", nullptr, count);
    }
}

} // namespace

QString formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return unitText(1, 0);
    // The two largest units are precise enough for a person: "2 days 3 hours".
    QStringList parts;
    for (const qint64 unit :
         { qint64(7 * 86400), qint64(86400), qint64(3600), qint64(60), qint64(1) }) {
        if (seconds >= unit) {
            parts << unitText(unit, int(seconds / unit));
            seconds %= unit;
        } else if (!parts.isEmpty()) {
            break;
        }
        if (parts.size() == 2)
            break;
    }
    return parts.join(u' ');
}

} // namespace Rampart
