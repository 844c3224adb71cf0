#include "commands.h"

#include "client/helperclient.h"
#include "history/historyentry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <unistd.h>

#include <limits>

namespace Rampart::CommandLine {

namespace {

// Without --since or --limit, the newest rows a screen holds.
constexpr qint64 defaultHistoryLimit = 50;
// How far back "undo" without a row looks for the caller's own last change.
constexpr int ownChangePages = 10;

QJsonObject historyJson(const HistoryEntry &row)
{
    QJsonArray entries;
    for (const QString &entry : row.entries)
        entries.append(entry);
    return {
        { QStringLiteral("id"), row.id },
        { QStringLiteral("time"), timeValue(QDateTime::fromSecsSinceEpoch(row.time)) },
        { QStringLiteral("uid"), qint64(row.uid) },
        { QStringLiteral("user"), HistoryText::userName(row.uid) },
        { QStringLiteral("origin"), row.origin },
        { QStringLiteral("action"), row.action },
        { QStringLiteral("detail"), row.detail },
        { QStringLiteral("entryCount"), qint64(row.entryCount) },
        { QStringLiteral("ipv4"), qint64(row.countV4) },
        { QStringLiteral("ipv6"), qint64(row.countV6) },
        { QStringLiteral("entries"), entries },
        { QStringLiteral("undoable"), row.undoable },
        { QStringLiteral("undoneBy"), row.undoneBy },
        { QStringLiteral("undoes"), row.undoes },
    };
}

QString historyLine(const HistoryEntry &row, const QLocale &locale)
{
    QStringList fields = {
        QStringLiteral("#%1").arg(row.id),
        locale.toString(QDateTime::fromSecsSinceEpoch(row.time), QLocale::ShortFormat),
        HistoryText::userName(row.uid),
        HistoryText::origin(row.origin),
        HistoryText::action(row),
    };
    if (const QString count = HistoryText::count(row); !count.isEmpty())
        fields << count + QStringLiteral(": ") + HistoryText::entries(row);
    if (!row.detail.isEmpty())
        fields << row.detail;
    if (row.undoneBy)
        fields << Cli::tr("(undone by #%1)").arg(row.undoneBy);
    return fields.join(QStringLiteral("  "));
}

} // namespace

int history(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption since(QStringLiteral("since"),
                                   Cli::tr("Only changes since then (1h, 2d, or an ISO date)."),
                                   Cli::tr("time"));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most this many rows."),
                                   Cli::tr("count"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write JSON."));
    parser.addOptions({ since, limit, json });
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        err << Cli::tr("rampartctl: history takes only --since, --limit and --json") << '\n'
            << usage();
        return Usage;
    }
    qint64 from = 0;
    if (parser.isSet(since)) {
        const std::optional<QDateTime> time =
            parseSinceTime(parser.value(since), QDateTime::currentDateTime());
        if (!time) {
            err << Cli::tr("rampartctl: %1 is not a time; use a duration before now (90s, 15m, "
                           "1h, 2d, 1w) or an ISO date such as 2024-05-01 or 2024-05-01T08:00")
                       .arg(quotedItem(parser.value(since)))
                << '\n';
            return Usage;
        }
        from = time->toSecsSinceEpoch();
    }
    qint64 wanted = parser.isSet(since) ? std::numeric_limits<qint64>::max() : defaultHistoryLimit;
    if (parser.isSet(limit)) {
        bool ok = false;
        wanted = parser.value(limit).toLongLong(&ok);
        if (!ok || wanted < 1) {
            err << Cli::tr("rampartctl: --limit takes a number of rows, 1 or more") << '\n';
            return Usage;
        }
    }

    HelperClient client;
    QList<HistoryEntry> rows;
    qint64 before = 0;
    bool done = false;
    while (!done && rows.size() < wanted) {
        const quint32 page = quint32(std::min<qint64>(wanted - rows.size(), maxHistoryRowsPerCall));
        QDBusPendingReply<QList<HistoryEntry>> reply = client.history(before, page);
        if (!succeeded(reply, err))
            return Refused;
        const QList<HistoryEntry> got = reply.value();
        for (const HistoryEntry &row : got) {
            if (row.time < from) {
                done = true;
                break;
            }
            rows.append(row);
        }
        if (got.size() < qsizetype(page) || got.isEmpty())
            done = true;
        else
            before = got.last().id;
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const HistoryEntry &row : std::as_const(rows))
            array.append(historyJson(row));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QLocale locale;
    for (const HistoryEntry &row : std::as_const(rows))
        out << historyLine(row, locale) << '\n';
    out << Cli::tr("%n change(s).", nullptr, int(rows.size())) << '\n';
    return Success;
}

int undo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write JSON."));
    parser.addOption(json);
    const QStringList positional =
        parser.parse(arguments) ? parser.positionalArguments() : QStringList { {}, {} };
    qint64 id = 0;
    if (positional.size() > 1
        || (positional.size() == 1
            && (id = positional.first()
                         .sliced(positional.first().startsWith(u'#') ? 1 : 0)
                         .toLongLong())
                <= 0)) {
        err << Cli::tr("rampartctl: undo takes at most one history row number (see rampartctl "
                       "history) and --json")
            << '\n'
            << usage();
        return Usage;
    }

    HelperClient client;
    if (id == 0) {
        // The caller's own last change from the window or rampartctl not undone yet.
        const quint32 uid = getuid();
        qint64 before = 0;
        for (int page = 0; page < ownChangePages && id == 0; ++page) {
            QDBusPendingReply<QList<HistoryEntry>> reply =
                client.history(before, maxHistoryRowsPerCall);
            if (!succeeded(reply, err))
                return Refused;
            const QList<HistoryEntry> rows = reply.value();
            for (const HistoryEntry &row : rows) {
                if (isOwnUndoableChange(row, uid)) {
                    id = row.id;
                    break;
                }
            }
            if (rows.size() < qsizetype(maxHistoryRowsPerCall))
                break;
            before = rows.last().id;
        }
        if (id == 0) {
            err << Cli::tr("rampartctl: you have no change left to undo; name a row from "
                           "rampartctl history")
                << '\n';
            return Refused;
        }
    }

    QDBusPendingReply<qlonglong, QStringList> reply = client.undo(id);
    if (!succeeded(reply, err))
        return Refused;
    const qint64 undoId = reply.argumentAt<0>();
    const QStringList notRestored = reply.argumentAt<1>();
    if (parser.isSet(json)) {
        out << QJsonDocument(
                   QJsonObject {
                       { QStringLiteral("undone"), id },
                       { QStringLiteral("undoId"), undoId },
                       { QStringLiteral("notRestored"), QJsonArray::fromStringList(notRestored) },
                   })
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    out << Cli::tr("Undid #%1; the undo is #%2.").arg(id).arg(undoId) << '\n';
    for (const QString &line : notRestored)
        err << Cli::tr("rampartctl: not restored: %1").arg(line) << '\n';
    return Success;
}

} // namespace Rampart::CommandLine
