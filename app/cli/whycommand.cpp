// rampartctl why: every entry, feed and country that blocks an address, or lies inside a
// network, with what the listing says of each.

#include "client/blocklistlookup.h"
#include "client/helperclient.h"
#include "commands.h"
#include "net/cidr.h"
#include "time/duration.h"

#include <QCommandLineParser>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace Rampart::CommandLine {

namespace {

struct Question
{
    QString text;
    Cidr cidr;
};

QString relationWord(BlocklistLookup::Relation relation)
{
    return relation == BlocklistLookup::Relation::Covers ? Cli::tr("covered by") : Cli::tr("holds");
}

} // namespace

int why(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write JSON."));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  Cli::tr("Read twice, a second apart, for rates and last hits."));
    parser.addOption(json);
    parser.addOption(rate);
    if (!parser.parse(arguments)) {
        err << Cli::tr("rampartctl: %1").arg(parser.errorText()) << '\n' << usage();
        return Usage;
    }
    const QStringList items = splitItems(parser.positionalArguments());
    if (items.isEmpty()) {
        err << Cli::tr("rampartctl: why needs at least one address or network") << '\n' << usage();
        return Usage;
    }
    // Every bad item named before the helper is asked anything.
    QList<Question> questions;
    int invalid = 0;
    for (const QString &item : items) {
        const CidrParse parsed = parseCidr(item);
        if (!parsed.cidr) {
            err << Cli::tr("rampartctl: %1").arg(parsed.error) << '\n';
            ++invalid;
            continue;
        }
        questions.append({ item, *parsed.cidr });
    }
    if (invalid) {
        err << Cli::tr("%n invalid item(s); nothing was looked up.", nullptr, invalid) << '\n';
        return Refused;
    }

    HelperClient client;
    const std::optional<SampledListing> listing =
        fetchSampledListing(client, parser.isSet(rate), err);
    if (!listing)
        return Refused;
    const QList<BlockedEntry> &entries = listing->entries;
    const BlocklistLookup lookup(entries);

    bool allFound = true;
    QJsonArray answers;
    const QDateTime now = QDateTime::currentDateTime();
    const QLocale locale;
    for (const Question &question : std::as_const(questions)) {
        const QList<BlocklistLookup::Match> matches = lookup.find(question.cidr);
        allFound = allFound && !matches.isEmpty();
        const bool covered = std::any_of(matches.cbegin(), matches.cend(), [](const auto &match) {
            return match.relation == BlocklistLookup::Relation::Covers;
        });
        if (parser.isSet(json)) {
            QJsonArray found;
            for (const BlocklistLookup::Match &match : matches) {
                const BlockedEntry &entry = entries.at(match.entry);
                QJsonObject object {
                    { QStringLiteral("cidr"), entry.cidr },
                    { QStringLiteral("relation"),
                      match.relation == BlocklistLookup::Relation::Covers
                          ? QStringLiteral("covers")
                          : QStringLiteral("inside") },
                    { QStringLiteral("source"), entry.source },
                    { QStringLiteral("created"), timeValue(entry.created) },
                    { QStringLiteral("expires"), timeValue(entry.expires) },
                    { QStringLiteral("comment"), entry.comment },
                };
                addCounters(object, entry,
                            listing->activities.isEmpty() ? nullptr
                                                          : &listing->activities.at(match.entry));
                found.append(object);
            }
            answers.append(QJsonObject {
                { QStringLiteral("query"), question.cidr.toString() },
                { QStringLiteral("blocked"),
                  covered                 ? QStringLiteral("yes")
                      : matches.isEmpty() ? QStringLiteral("no")
                                          : QStringLiteral("partly") },
                { QStringLiteral("entries"), found },
            });
            continue;
        }
        out << question.cidr.toString() << '\n';
        if (matches.isEmpty()) {
            out << "  " << Cli::tr("not blocked") << '\n';
            continue;
        }
        for (const BlocklistLookup::Match &match : matches) {
            const BlockedEntry &entry = entries.at(match.entry);
            const QString expires = entry.expires.isValid()
                ? Cli::tr("in %1").arg(formatDuration(now.secsTo(entry.expires)))
                : Cli::tr("never");
            out << "  " << qSetFieldWidth(12) << Qt::left << relationWord(match.relation)
                << qSetFieldWidth(40) << entry.cidr << qSetFieldWidth(0) << entry.source << '\n'
                << "  " << qSetFieldWidth(12) << "" << qSetFieldWidth(0)
                << Cli::tr("since %1, expires %2, %3 packet(s)", nullptr,
                           int(std::min<quint64>(entry.packets, INT_MAX)))
                       .arg(entry.created.toString(QStringLiteral("yyyy-MM-dd HH:mm")), expires,
                            locale.toString(qulonglong(entry.packets)));
            if (!entry.comment.isEmpty())
                out << ": " << entry.comment;
            out << '\n';
        }
    }
    if (parser.isSet(json))
        out << QJsonDocument(answers).toJson(QJsonDocument::Indented);
    // As grep: 1 when something asked about is not blocked at all, for scripts.
    return allFound ? Success : Refused;
}

} // namespace Rampart::CommandLine
