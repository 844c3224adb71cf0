// rampartctl's feed and allowlist commands: import, feeds add|list|update|remove, allow.
#include "cli/commands.h"
#include "client/helperclient.h"
#include "connections/blocktargets.h"
#include "feeds/countryfeed.h"
#include "feeds/feedformat.h"
#include "feeds/feedlocation.h"
#include "feeds/feedparser.h"
#include "feeds/feedrefresh.h"
#include "feeds/feedscheduler.h"
#include "feeds/feedsummary.h"
#include "geo/geodatabase.h"
#include "net/cidr.h"
#include "net/lockoutnetworks.h"
#include "rules/lockoutguard.h"
#include "rules/requestrules.h"
#include "time/duration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Rampart::CommandLine {

namespace {

constexpr quint32 defaultMaxShrinkPercent = 50;

// Where a feed comes from, as given on the command line, and its format (the --format
// value, given or not). A file is remembered by its absolute path: the timer that refreshes
// feeds runs elsewhere. A country ("country:US") has a format of its own. False, with the
// reason written, when either cannot be used.
bool setLocation(FeedInfo &feed, const QString &location, const QString &format, bool formatGiven,
                 QTextStream &err)
{
    if (location.startsWith(QLatin1String("country:"), Qt::CaseInsensitive)) {
        const QString country = countryOfLocation(location);
        if (country.isEmpty() || countryName(country).isEmpty()) {
            err << Cli::tr("rampartctl: %1 is not a country; give its two-letter code, as in "
                           "country:US")
                       .arg(quotedItem(location))
                << '\n';
            return false;
        }
        if (formatGiven) {
            err << Cli::tr("rampartctl: --format does not apply to a country") << '\n';
            return false;
        }
        feed.location = countryLocation(country);
        feed.format = QLatin1String(countryFeedFormat);
        return true;
    }
    feed.location = isWebLocation(location) ? location : QFileInfo(location).absoluteFilePath();
    feed.format = format;
    if (!feedOptionsFromText(feed.format)) {
        err << Cli::tr("rampartctl: %1 is not a feed format; use auto, lines, separated, ranges, "
                       "p2p, dshield, json, csv or csv:COLUMN")
                   .arg(quotedItem(feed.format))
            << '\n';
        return false;
    }
    return true;
}

QString describeDue(const FeedInfo &feed, qint64 now)
{
    if (feed.refreshSeconds == 0)
        return Cli::tr("when asked");
    const qint64 due = feed.lastFetch + feed.refreshSeconds;
    if (due <= now)
        return Cli::tr("now");
    return Cli::tr("in %1").arg(formatDuration(due - now));
}

// Prints what a refresh found; returns whether it went well.
bool report(const FeedRefresh::Result &result, bool json, QTextStream &out, QTextStream &err)
{
    const FeedSummary &summary = result.summary;
    for (const FeedLineError &error : summary.parsed.errors) {
        // The reason names the item already.
        err << Cli::tr("rampartctl: line %1: %2").arg(error.line).arg(error.reason) << '\n';
    }
    if (summary.parsed.invalid > summary.parsed.errors.size()) {
        err << Cli::tr("rampartctl: %n more invalid line(s) not shown", nullptr,
                       int(summary.parsed.invalid - summary.parsed.errors.size()))
            << '\n';
    }
    const QLocale locale;
    for (const BogonHit &bogon : summary.bogons) {
        err << Cli::tr("rampartctl: warning: the list covers %1 addresses of %2 (%3)")
                   .arg(bogon.addresses.toString(), bogon.range.toString(), bogon.name)
            << '\n';
    }
    if (json) {
        QJsonObject object = summaryJson(summary);
        if (result.historyId)
            object.insert(QStringLiteral("historyId"), result.historyId);
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    } else if (result.status != FeedRefresh::Status::Unchanged
               && (summary.parsed.valid || summary.parsed.invalid)) {
        // "4,096 addresses", or per family: never IPv4 and IPv6 added up.
        out << Cli::tr("%1 valid, %2 invalid, %3 duplicates, %4 allowlisted: %5 networks, %6")
                   .arg(locale.toString(summary.parsed.valid),
                        locale.toString(summary.parsed.invalid),
                        locale.toString(summary.parsed.duplicates),
                        locale.toString(summary.allowlisted), locale.toString(summary.ranges),
                        addressesByFamilyText(summary.applied, locale))
            << '\n';
    }
    const QString name = result.feed;
    switch (result.status) {
    case FeedRefresh::Status::Updated:
        if (!json) {
            out << Cli::tr("Feed %1: %2 networks added to the firewall, %3 removed.")
                       .arg(name, locale.toString(result.added), locale.toString(result.removed))
                << '\n';
        }
        return true;
    case FeedRefresh::Status::Unchanged:
        if (!json)
            out << Cli::tr("Feed %1: unchanged since the last download.").arg(name) << '\n';
        return true;
    case FeedRefresh::Status::Previewed:
        if (!json)
            out << Cli::tr("Dry run: nothing was changed.") << '\n';
        return true;
    case FeedRefresh::Status::Cancelled:
        err << Cli::tr("rampartctl: cancelled") << '\n';
        return false;
    case FeedRefresh::Status::Failed:
        break;
    }
    err << (name.isEmpty() ? Cli::tr("rampartctl: %1").arg(result.error)
                           : Cli::tr("rampartctl: feed %1: %2 The last good list stays in force.")
                                 .arg(name, result.error))
        << '\n';
    return false;
}

// What the allowlist is read for, which decides whether the command goes on without it.
enum class AllowlistUse {
    Required,
    // A dry run: the counts leave it out, and nothing else needs it.
    Preview,
    // A refresh: the helper subtracts its own copy, so only the counts printed leave it
    // out. The feed timer's user may refresh feeds without being allowed to read it.
    CountsOnly,
};

// The allowlist for a summary; false, with the reason written, when it is required and
// cannot be read.
bool fetchAllowlist(HelperClient &client, AllowlistUse use, RangeSet *allowlist, QTextStream &err)
{
    QDBusPendingReply<QList<AllowedEntry>> reply = client.allowlist();
    reply.waitForFinished();
    if (!reply.isError()) {
        *allowlist = allowlistRanges(reply.value());
        return true;
    }
    switch (use) {
    case AllowlistUse::Preview:
        err << Cli::tr("rampartctl: warning: the allowlist could not be read, so it is not taken "
                       "into account: %1")
                   .arg(HelperClient::describe(reply.error()))
            << '\n';
        return true;
    case AllowlistUse::CountsOnly:
        err << Cli::tr("rampartctl: warning: the allowlist could not be read, so the counts below "
                       "include what it allows; the helper leaves it out all the same: %1")
                   .arg(HelperClient::describe(reply.error()))
            << '\n';
        return true;
    case AllowlistUse::Required:
        break;
    }
    err << Cli::tr("rampartctl: %1").arg(HelperClient::describe(reply.error())) << '\n';
    return false;
}

// withCredentials: the locations whole, for what fetches a feed or saves its settings back;
// without, passwords and tokens read "***", which is enough to show them.
bool fetchFeeds(HelperClient &client, bool withCredentials, QList<FeedInfo> *feeds,
                QTextStream &err)
{
    QDBusPendingReply<QList<FeedInfo>> reply = client.feeds(withCredentials);
    if (!succeeded(reply, err))
        return false;
    *feeds = reply.value();
    return true;
}

std::optional<FeedInfo> findFeed(const QList<FeedInfo> &feeds, const QString &name)
{
    for (const FeedInfo &feed : feeds) {
        if (feed.name == name)
            return feed;
    }
    return std::nullopt;
}

// The helper's rules for a feed's settings, checked before anything is sent; false, with
// the reason written, when they refuse these.
bool acceptableSettings(const FeedInfo &feed, QTextStream &err)
{
    const QString refusal = feedSettingsRefusal(feed);
    if (refusal.isEmpty())
        return true;
    err << Cli::tr("rampartctl: %1").arg(refusal) << '\n';
    if (!feed.insecure && needsInsecure(feed))
        err << Cli::tr("rampartctl: pass --insecure to fetch it over plain http all the same")
            << '\n';
    return false;
}

bool saveFeed(HelperClient &client, const FeedInfo &feed, QTextStream &out, QTextStream &err,
              bool quiet)
{
    QDBusPendingReply<bool> reply = client.addFeed(feed);
    if (!succeeded(reply, err))
        return false;
    if (!quiet) {
        out << (reply.value() ? Cli::tr("Feed %1 added.") : Cli::tr("Feed %1 changed."))
                   .arg(feed.name)
            << '\n';
    }
    return true;
}

int feedsAdd(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("The list's format."),
                                    Cli::tr("format"), QStringLiteral("auto"));
    const QCommandLineOption every(QStringLiteral("every"), Cli::tr("How often to refresh it."),
                                   Cli::tr("duration"), QStringLiteral("1d"));
    const QCommandLineOption checksum(QStringLiteral("checksum"),
                                      Cli::tr("A URL with the list's md5 or sha256."),
                                      Cli::tr("url"));
    const QCommandLineOption maxShrink(
        QStringLiteral("max-shrink"), Cli::tr("How much smaller a new list may be, in percent."),
        Cli::tr("percent"), QString::number(defaultMaxShrinkPercent));
    const QCommandLineOption noFetch(QStringLiteral("no-fetch"), Cli::tr("Do not fetch it now."));
    const QCommandLineOption insecure(
        QStringLiteral("insecure"),
        Cli::tr(
            "Fetch a plain http:// list without an https checksum, or a checksum over http://."));
    const QCommandLineOption allowBroad(
        QStringLiteral("allow-broad"),
        Cli::tr("Let the list hold networks wider than /8 (IPv6 /16)."));
    parser.addOptions({ format, every, checksum, maxShrink, noFetch, insecure, allowBroad });
    // The verb stands where QCommandLineParser expects the program's name.
    if (!parser.parse(arguments.mid(1)) || parser.positionalArguments().size() != 2) {
        err << Cli::tr("rampartctl: feeds add takes a name and a file or URL") << '\n' << usage();
        return Usage;
    }
    FeedInfo feed;
    feed.name = parser.positionalArguments().at(0);
    if (!setLocation(feed, parser.positionalArguments().at(1), parser.value(format),
                     parser.isSet(format), err))
        return Usage;
    feed.checksumUrl = parser.value(checksum);
    const QString everyText = parser.value(every);
    const std::optional<quint32> seconds =
        everyText == QLatin1String("never") ? std::optional<quint32>(0) : parseDuration(everyText);
    if (!seconds) {
        err << Cli::tr("rampartctl: %1 is not a duration; use for example 6h, 1d or never")
                   .arg(quotedItem(everyText))
            << '\n';
        return Usage;
    }
    feed.refreshSeconds = *seconds;
    bool ok = false;
    feed.maxShrinkPercent = parser.value(maxShrink).toUInt(&ok);
    if (!ok || feed.maxShrinkPercent > 100) {
        err << Cli::tr("rampartctl: --max-shrink takes a percentage from 0 to 100") << '\n';
        return Usage;
    }
    feed.insecure = parser.isSet(insecure);
    feed.allowBroad = parser.isSet(allowBroad);
    if (!acceptableSettings(feed, err))
        return Refused;

    HelperClient client;
    if (!saveFeed(client, feed, out, err, false))
        return Refused;
    if (parser.isSet(noFetch))
        return Success;
    RangeSet allowlist;
    if (!fetchAllowlist(client, AllowlistUse::Required, &allowlist, err))
        return Refused;
    const FeedRefresh::Result result = FeedRefresh::run(&client, feed, allowlist, false, false);
    return report(result, false, out, err) ? Success : Refused;
}

int feedsList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write JSON."));
    parser.addOption(json);
    if (!parser.parse(arguments.mid(1)) || !parser.positionalArguments().isEmpty()) {
        err << Cli::tr("rampartctl: feeds list takes no arguments besides --json") << '\n'
            << usage();
        return Usage;
    }
    HelperClient client;
    QList<FeedInfo> feeds;
    // Shown, not fetched: inspecting is enough, and secrets stay out of the terminal.
    if (!fetchFeeds(client, false, &feeds, err))
        return Refused;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto time = [](qint64 seconds) {
        return seconds ? QDateTime::fromSecsSinceEpoch(seconds) : QDateTime();
    };
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const FeedInfo &feed : std::as_const(feeds)) {
            array.append(QJsonObject {
                { QStringLiteral("name"), feed.name },
                { QStringLiteral("location"), feed.location },
                { QStringLiteral("format"), feed.format },
                { QStringLiteral("checksumUrl"), feed.checksumUrl },
                { QStringLiteral("refreshSeconds"), qint64(feed.refreshSeconds) },
                { QStringLiteral("maxShrinkPercent"), qint64(feed.maxShrinkPercent) },
                { QStringLiteral("lastFetch"), timeValue(time(feed.lastFetch)) },
                { QStringLiteral("lastSuccess"), timeValue(time(feed.lastSuccess)) },
                { QStringLiteral("nextRefresh"),
                  feed.refreshSeconds
                      ? timeValue(time(std::max(now, feed.lastFetch + feed.refreshSeconds)))
                      : QJsonValue() },
                { QStringLiteral("ranges"), qint64(feed.ranges) },
                { QStringLiteral("appliedRanges"), qint64(feed.appliedRanges) },
                { QStringLiteral("lastError"),
                  feed.lastError.isEmpty() ? QJsonValue() : QJsonValue(feed.lastError) },
                { QStringLiteral("insecure"), feed.insecure },
                { QStringLiteral("allowBroad"), feed.allowBroad },
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QLocale locale;
    out << qSetFieldWidth(20) << Qt::left << Cli::tr("FEED") << qSetFieldWidth(12) << Qt::right
        << Cli::tr("NETWORKS") << qSetFieldWidth(0) << "  " << qSetFieldWidth(18) << Qt::left
        << Cli::tr("UPDATED") << qSetFieldWidth(16) << Cli::tr("NEXT") << qSetFieldWidth(0)
        << Cli::tr("LOCATION") << '\n';
    for (const FeedInfo &feed : std::as_const(feeds)) {
        const QString updated = feed.lastSuccess
            ? locale.toString(time(feed.lastSuccess), QLocale::ShortFormat)
            : Cli::tr("never");
        out << qSetFieldWidth(20) << Qt::left << feed.name << qSetFieldWidth(12) << Qt::right
            << locale.toString(feed.appliedRanges) << qSetFieldWidth(0) << "  "
            << qSetFieldWidth(18) << Qt::left << updated << qSetFieldWidth(16)
            << describeDue(feed, now) << qSetFieldWidth(0) << feed.location;
        if (feed.insecure)
            out << ' ' << Cli::tr("(insecure)");
        if (feed.allowBroad)
            out << ' ' << Cli::tr("(broad networks allowed)");
        out << '\n';
        if (!feed.lastError.isEmpty())
            out << "    " << Cli::tr("last error: %1").arg(feed.lastError) << '\n';
    }
    out << Cli::tr("%n feed(s).", nullptr, int(feeds.size())) << '\n';
    return Success;
}

int feedsUpdate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption force(
        QStringLiteral("force"),
        Cli::tr("Download even if unchanged, and accept a list that shrank beyond the feed's share "
                "or covers more than a quarter of a family's public addresses."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write JSON."));
    parser.addOptions({ force, json });
    if (!parser.parse(arguments.mid(1))) {
        err << Cli::tr("rampartctl: %1").arg(parser.errorText()) << '\n' << usage();
        return Usage;
    }
    const QStringList names = parser.positionalArguments();
    HelperClient client;
    QList<FeedInfo> feeds;
    if (!fetchFeeds(client, true, &feeds, err))
        return Refused;
    QList<FeedInfo> chosen;
    for (const QString &name : names) {
        const std::optional<FeedInfo> feed = findFeed(feeds, name);
        if (!feed) {
            err << Cli::tr("rampartctl: there is no feed named %1").arg(quotedItem(name)) << '\n';
            return Refused;
        }
        chosen.append(*feed);
    }
    if (names.isEmpty()) {
        // Without names: those whose time has come, as the timer asks, and the countries
        // read from another database than the one in use.
        if (parser.isSet(force)) {
            chosen = feeds;
        } else {
            chosen = dueFeeds(feeds, QDateTime::currentSecsSinceEpoch(), {},
                              geoIdentityForCountries(feeds));
        }
        if (chosen.isEmpty()) {
            if (!parser.isSet(json))
                out << Cli::tr("No feed is due.") << '\n';
            else
                out << "[]\n";
            return Success;
        }
    }
    RangeSet allowlist;
    if (!fetchAllowlist(client, AllowlistUse::CountsOnly, &allowlist, err))
        return Refused;
    bool allWell = true;
    QJsonArray results;
    for (const FeedInfo &feed : std::as_const(chosen)) {
        const FeedRefresh::Result result =
            FeedRefresh::run(&client, feed, allowlist, false, parser.isSet(force));
        if (parser.isSet(json)) {
            QJsonObject object = summaryJson(result.summary);
            object.insert(QStringLiteral("feed"), feed.name);
            static const char *const statusNames[] = { "updated", "unchanged", "previewed",
                                                       "failed", "cancelled" };
            object.insert(QStringLiteral("status"),
                          QString::fromLatin1(statusNames[int(result.status)]));
            object.insert(QStringLiteral("added"), qint64(result.added));
            object.insert(QStringLiteral("removed"), qint64(result.removed));
            if (!result.error.isEmpty())
                object.insert(QStringLiteral("error"), result.error);
            results.append(object);
            const bool wentWell = result.status == FeedRefresh::Status::Updated
                || result.status == FeedRefresh::Status::Unchanged;
            if (!wentWell)
                err << Cli::tr("rampartctl: feed %1: %2").arg(feed.name, result.error) << '\n';
            allWell = allWell && wentWell;
        } else {
            allWell = report(result, false, out, err) && allWell;
        }
    }
    if (parser.isSet(json))
        out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    return allWell ? Success : Refused;
}

int feedsRemove(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 3) {
        err << Cli::tr("rampartctl: feeds remove takes one feed name") << '\n' << usage();
        return Usage;
    }
    HelperClient client;
    QDBusPendingReply<uint> reply = client.removeFeed(arguments.at(2));
    if (!succeeded(reply, err))
        return Refused;
    out << Cli::tr("Feed %1 removed; %n network(s) are no longer blocked by it.", nullptr,
                   int(reply.value()))
               .arg(arguments.at(2))
        << '\n';
    return Success;
}

} // namespace

int importFeed(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("The list's format."),
                                    Cli::tr("format"), QStringLiteral("auto"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    Cli::tr("The feed to import into (made if new)."),
                                    Cli::tr("name"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("Only report what would be imported."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Cli::tr("Accept a list that shrank beyond the feed's share, "
                                           "covers more than a quarter of a family's public "
                                           "addresses, or would cut this machine off (its "
                                           "networks, DNS servers, logged-in sessions' peers)."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write JSON."));
    const QCommandLineOption insecure(
        QStringLiteral("insecure"),
        Cli::tr(
            "Fetch a plain http:// list without an https checksum, or a checksum over http://."));
    const QCommandLineOption allowBroad(
        QStringLiteral("allow-broad"),
        Cli::tr("Let the list hold networks wider than /8 (IPv6 /16)."));
    const QCommandLineOption showCommands(
        QStringLiteral("show-commands"),
        Cli::tr("Read the list, then print the commands the import would run, and import "
                "nothing."));
    const QCommandLineOption confirmation = confirmWithinOption();
    parser.addOptions(
        { format, source, dryRun, force, json, insecure, allowBroad, showCommands, confirmation });
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        err << Cli::tr("rampartctl: import takes one file or URL") << '\n' << usage();
        return Usage;
    }
    int exitCode = Success;
    const std::optional<quint32> waitSeconds = confirmWithin(parser, confirmation, err, &exitCode);
    if (!waitSeconds)
        return exitCode;
    FeedInfo feed;
    if (!setLocation(feed, parser.positionalArguments().at(0), parser.value(format),
                     parser.isSet(format), err))
        return Usage;
    const bool country = !countryOfLocation(feed.location).isEmpty();
    if (!country && !isWebLocation(feed.location) && !QFileInfo(feed.location).isFile()) {
        err << Cli::tr("rampartctl: %1 is not a file or an http(s) URL")
                   .arg(quotedItem(feed.location))
            << '\n';
        return Refused;
    }
    feed.name = parser.isSet(source) ? parser.value(source) : suggestedFeedName(feed.location);
    feed.maxShrinkPercent = defaultMaxShrinkPercent;
    // A country is read again once a day, which costs a glance at the database's build
    // date unless the database changed.
    if (country)
        feed.refreshSeconds = countryRefreshSeconds;
    feed.insecure = parser.isSet(insecure);
    feed.allowBroad = parser.isSet(allowBroad);

    // Before anything is asked of the helper; a dry run says what the import would do, and
    // the import would stop here.
    if (!acceptableSettings(feed, err))
        return Refused;

    const bool preview = parser.isSet(dryRun);
    HelperClient client;
    RangeSet allowlist;
    if (!fetchAllowlist(client, preview ? AllowlistUse::Preview : AllowlistUse::Required,
                        &allowlist, err))
        return Refused;
    if (preview) {
        const FeedRefresh::Result result = FeedRefresh::run(&client, feed, allowlist, true, false);
        return report(result, parser.isSet(json), out, err) ? Success : Refused;
    }

    // The list is read and judged before anything is saved: a list that would cut this
    // machine off is refused whole, and no empty feed is left behind.
    FeedInfo reading = feed;
    reading.name.clear();
    const FeedRefresh::Result read = FeedRefresh::run(&client, reading, allowlist, true, false);
    if (read.status != FeedRefresh::Status::Previewed) {
        report(read, parser.isSet(json), out, err);
        return Refused;
    }
    if (parser.isSet(showCommands)) {
        // The helper previews a feed not added yet as added: nothing is saved here.
        return printScript(client.updateFeedCommands(feed.name, read.summary.list), out, err)
            ? Success
            : Refused;
    }
    if (!parser.isSet(force)) {
        const QList<LockoutRisk> risks =
            feedLockoutRisks(read.summary.applied, currentLockoutNetworks());
        if (!risks.isEmpty()) {
            err << Cli::tr("rampartctl: nothing was imported: the list would cut this machine "
                           "off: %1; pass --force to import it anyway, or allowlist those "
                           "ranges first")
                       .arg(lockoutRiskTexts(risks).join(QStringLiteral("; ")))
                << '\n';
            return Refused;
        }
    }
    // An import goes into a feed of its own name: `list` shows it as the source, and
    // the next import of the same feed replaces it instead of piling up. Its settings
    // may be saved back, so they are read whole.
    QList<FeedInfo> feeds;
    if (!fetchFeeds(client, true, &feeds, err))
        return Refused;
    if (const std::optional<FeedInfo> existing = findFeed(feeds, feed.name)) {
        const FeedInfo chosen = feed;
        feed = *existing;
        // A country's format goes with its location, both ways.
        const bool newFormat =
            parser.isSet(format) || country || !countryOfLocation(feed.location).isEmpty();
        // What the feed was allowed stays: a re-import must not make its next refresh fail.
        const bool insecureNow = feed.insecure || chosen.insecure;
        const bool allowBroadNow = feed.allowBroad || chosen.allowBroad;
        if (feed.location != chosen.location || (newFormat && feed.format != chosen.format)
            || feed.insecure != insecureNow || feed.allowBroad != allowBroadNow) {
            feed.location = chosen.location;
            if (newFormat)
                feed.format = chosen.format;
            feed.insecure = insecureNow;
            feed.allowBroad = allowBroadNow;
            if (!acceptableSettings(feed, err) || !saveFeed(client, feed, out, err, true))
                return Refused;
        }
        // An import is a deliberate act: fetch the list itself, not "unchanged".
        feed.etag.clear();
        feed.lastModified.clear();
    } else if (!saveFeed(client, feed, out, err, parser.isSet(json))) {
        return Refused;
    }
    // What was read and judged is what is loaded.
    const FeedRefresh::Result result =
        FeedRefresh::runPreviewed(&client, feed, read, parser.isSet(force), *waitSeconds);
    if (!report(result, parser.isSet(json), out, err))
        return Refused;
    if (!parser.isSet(json))
        printWaitForConfirmation(out, result.historyId, *waitSeconds);
    return Success;
}

int feeds(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("add"))
        return feedsAdd(arguments, out, err);
    if (verb == QLatin1String("list"))
        return feedsList(arguments, out, err);
    if (verb == QLatin1String("update"))
        return feedsUpdate(arguments, out, err);
    if (verb == QLatin1String("remove"))
        return feedsRemove(arguments, out, err);
    err << Cli::tr("rampartctl: feeds takes add, list, update or remove") << '\n' << usage();
    return Usage;
}

int allow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    Cli::tr("Take entries off the allowlist."));
    const QCommandLineOption list(QStringLiteral("list"), Cli::tr("Show the allowlist."));
    const QCommandLineOption comment(QStringLiteral("comment"), Cli::tr("Why, for the record."),
                                     Cli::tr("text"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write JSON."));
    parser.addOptions({ remove, list, comment, json });
    if (!parser.parse(arguments)) {
        err << Cli::tr("rampartctl: %1").arg(parser.errorText()) << '\n' << usage();
        return Usage;
    }
    const QStringList items = splitItems(parser.positionalArguments());
    HelperClient client;
    if (parser.isSet(list)) {
        if (!items.isEmpty() || parser.isSet(remove)) {
            err << Cli::tr("rampartctl: allow --list takes no addresses") << '\n' << usage();
            return Usage;
        }
        QDBusPendingReply<QList<AllowedEntry>> reply = client.allowlist();
        if (!succeeded(reply, err))
            return Refused;
        const QList<AllowedEntry> entries = reply.value();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const AllowedEntry &entry : entries) {
                array.append(QJsonObject {
                    { QStringLiteral("cidr"), entry.cidr },
                    { QStringLiteral("comment"), entry.comment },
                    { QStringLiteral("created"),
                      timeValue(QDateTime::fromSecsSinceEpoch(entry.created)) },
                });
            }
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const AllowedEntry &entry : entries)
            out << qSetFieldWidth(40) << Qt::left << entry.cidr << qSetFieldWidth(0) << "  "
                << entry.comment << '\n';
        out << Cli::tr("%n allowlisted network(s).", nullptr, int(entries.size())) << '\n';
        return Success;
    }
    if (items.isEmpty()) {
        err << Cli::tr("rampartctl: allow needs at least one address or network") << '\n'
            << usage();
        return Usage;
    }
    const bool removing = parser.isSet(remove);
    const std::optional<QStringList> entries = validate(
        items, removing ? EntryUse::Remove : EntryUse::Allow,
        removing ? QT_TRANSLATE_N_NOOP("Rampart::Cli",
                                       "rampartctl: %n invalid item(s); nothing was taken off the "
                                       "allowlist.")
                 : QT_TRANSLATE_N_NOOP("Rampart::Cli",
                                       "rampartctl: %n invalid item(s); nothing was allowlisted."),
        err);
    if (!entries)
        return Refused;
    if (removing) {
        QDBusPendingReply<uint, QStringList> reply = client.disallow(*entries);
        if (!succeeded(reply, err))
            return Refused;
        out << Cli::tr("Removed %n network(s) from the allowlist.", nullptr,
                       int(reply.argumentAt<0>()))
            << '\n';
        const QStringList missing = reply.argumentAt<1>();
        if (!missing.isEmpty())
            err << Cli::tr("rampartctl: not on the allowlist, left as is: %1")
                       .arg(missing.join(QStringLiteral(", ")))
                << '\n';
        return Success;
    }
    QDBusPendingReply<uint> reply = client.allow(*entries, parser.value(comment));
    if (!succeeded(reply, err))
        return Refused;
    out << Cli::tr("Allowlisted %n new network(s); no feed blocks them now.", nullptr,
                   int(reply.value()))
        << '\n';
    return Success;
}

} // namespace Rampart::CommandLine
