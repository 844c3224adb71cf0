#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Rampart {

// Durations as words.
class Duration
{
    Q_DECLARE_TR_FUNCTIONS(Rampart::Duration)
};

// "90", "90s", "15m", "1h", "2d", "1w" as seconds; nothing for anything else.
std::optional<quint32> parseDuration(QStringView text);

// A block's timeout typed by a person: parseDuration(), no longer than the kernel can
// time an entry out (maxTimeoutSeconds). error says why not, naming the text; translated.
struct BlockTimeoutParse
{
    std::optional<quint32> seconds;
    QString error;
};
BlockTimeoutParse parseBlockTimeout(QStringView text);

// 3600 as "1 hour", 5400 as "1 hour 30 minutes", for messages; translated.
QString formatDuration(qint64 seconds);

} // namespace Rampart
