#include "commands.h"
#include "time/duration.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Rampart::CommandLine {

QCommandLineOption confirmWithinOption()
{
    return QCommandLineOption(
        QStringLiteral("confirm-within"),
        Cli::tr("Roll the change back unless rampartctl confirm keeps it within this long."),
        Cli::tr("duration"));
}

std::optional<quint32> confirmWithin(const QCommandLineParser &parser,
                                     const QCommandLineOption &option, QTextStream &err,
                                     int *exitCode)
{
    if (!parser.isSet(option))
        return 0;
    const std::optional<quint32> parsed = parseDuration(parser.value(option));
    if (!parsed || *parsed == 0) {
        err << Cli::tr("rampartctl: %1 is not a duration; use for example 90s, 15m, 1h, 2d or 1w")
                   .arg(quotedItem(parser.value(option)))
            << '\n';
        *exitCode = Usage;
        return std::nullopt;
    }
    if (*parsed > maxConfirmWithinSeconds) {
        err << Cli::tr("rampartctl: a change can wait for confirmation %1 at most")
                   .arg(formatDuration(maxConfirmWithinSeconds))
            << '\n';
        *exitCode = Refused;
        return std::nullopt;
    }
    return *parsed;
}

void printWaitForConfirmation(QTextStream &out, qint64 historyId, quint32 seconds)
{
    if (seconds == 0)
        return;
    if (historyId == 0) {
        out << Cli::tr("Nothing changed, so there is nothing to confirm.") << '\n';
        return;
    }
    const QDateTime deadline = QDateTime::currentDateTime().addSecs(seconds);
    out << Cli::tr("This is change #%1. Unless it is confirmed by %2, the helper rolls it back. "
                   "To keep it, run:")
               .arg(historyId)
               .arg(QLocale().toString(deadline, QLocale::LongFormat))
        << '\n'
        << QStringLiteral("  rampartctl confirm %1").arg(historyId) << '\n';
}

int confirm(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write JSON."));
    parser.addOption(json);
    const QStringList positional =
        parser.parse(arguments) ? parser.positionalArguments() : QStringList();
    const qint64 id = positional.size() == 1
        ? positional.first().sliced(positional.first().startsWith(u'#') ? 1 : 0).toLongLong()
        : 0;
    if (id <= 0) {
        err << Cli::tr("rampartctl: confirm takes the number of the change to keep (as block, "
                       "import or verdict printed it) and --json")
            << '\n'
            << usage();
        return Usage;
    }
    HelperClient client;
    QDBusPendingReply<> reply = client.confirm(id);
    if (!succeeded(reply, err))
        return Refused;
    if (parser.isSet(json)) {
        out << QJsonDocument(QJsonObject { { QStringLiteral("confirmed"), id } })
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    out << Cli::tr("Kept change #%1.").arg(id) << '\n';
    return Success;
}

} // namespace Rampart::CommandLine
