#include "commands.h"

#include "client/authorizationcheck.h"
#include "client/helperclient.h"
#include "net/cidr.h"
#include "net/lockoutnetworks.h"
#include "net/pasteditems.h"
#include "rules/lockoutguard.h"
#include "time/duration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <climits>

namespace Rampart::CommandLine {

// lupdate files these under the namespace's name, so they are looked up under it too.
QString usage()
{
    return Cli::tr(
        "Usage: rampartctl COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  block ADDRESS|CIDR... [--timeout DURATION] [--comment TEXT] [--force]\n"
        "        [--confirm-within DURATION] [--show-commands]\n"
        "                        block sources (DURATION: 90s, 15m, 1h, 2d, 1w;\n"
        "                        permanent without --timeout); --force also blocks\n"
        "                        what this machine needs (its addresses and networks,\n"
        "                        gateways, DNS servers, logged-in sessions' peers,\n"
        "                        link-local space, allowlisted networks) and networks\n"
        "                        wider than /8 (IPv6 /16)\n"
        "  unblock ADDRESS|CIDR... [--show-commands]\n"
        "                        remove sources from the blocklist\n"
        "  list [--rate] [--json]\n"
        "                        show the blocklist with each entry's packets and bytes;\n"
        "                        --rate reads it twice, a second apart, for each entry's\n"
        "                        drop rate and last hit\n"
        "  why ADDRESS|CIDR... [--rate] [--json]\n"
        "                        every entry, feed and country that blocks each address\n"
        "                        or network, and the entries inside each network, with\n"
        "                        source, comment, when, expiry, packets and bytes; exits 1\n"
        "                        when one of them is not blocked at all\n"
        "  status [--json]       show the helper, the sets and the rules\n"
        "  save                  every change is stored as it is made; this reapplies the\n"
        "                        store to the kernel and puts the rules back, after ipset\n"
        "                        or iptables were changed by hand\n"
        "  verdict drop|reject [--confirm-within DURATION] [--show-commands]\n"
        "                        choose what happens to packets from blocked sources\n"
        "  history [--since TIME] [--limit N] [--json]\n"
        "                        who changed what, newest first (TIME: 1h, 2d or an\n"
        "                        ISO date; the newest 50 without --since or --limit)\n"
        "  undo [ID] [--json]    undo history row ID, or your own last change\n"
        "  confirm ID [--json]   keep a change made with --confirm-within; without it in\n"
        "                        time the helper rolls the change back by itself\n"
        "  import FILE|URL|country:CC [--format F] [--source NAME] [--dry-run] [--force]\n"
        "         [--insecure] [--allow-broad] [--confirm-within DURATION] [--json]\n"
        "         [--show-commands]\n"
        "                        import a blocklist (F: auto, lines, separated, ranges,\n"
        "                        p2p, dshield, json, csv or csv:COLUMN); every bad line\n"
        "                        is reported and the rest imported; country:CC is every\n"
        "                        network the geolocation database places in country CC\n"
        "  --show-commands       print the ipset and iptables commands the change would\n"
        "                        run, as a shell script, and change nothing\n"
        "  feeds add NAME FILE|URL|country:CC [--format F] [--every DURATION]\n"
        "            [--checksum URL] [--max-shrink PERCENT] [--insecure] [--allow-broad]\n"
        "                        --insecure fetches a plain http:// list without an\n"
        "                        https checksum; --allow-broad lets the list hold\n"
        "                        networks wider than /8 (IPv6 /16)\n"
        "  feeds list [--json]   feeds remove NAME\n"
        "  feeds update [NAME...] [--force]\n"
        "                        refresh the named feeds, or those that are due\n"
        "  allow ADDRESS|CIDR... [--comment TEXT]   allow --remove ADDRESS|CIDR...\n"
        "  allow --list [--json] networks that no feed blocks\n"
        "  aggregate [--except FILE]... [--format F] FILE...\n"
        "                        print the fewest networks covering the files' addresses\n"
        "                        (as iprange does; - reads standard input)\n"
        "  connections [--group ip|24|16] [--top N] [--json]\n"
        "                        who is connected now, by remote address or network,\n"
        "                        busiest first, with the blocklist entry covering each\n"
        "  geo ADDRESS...|- [--database FILE] [--json]\n"
        "                        country, ASN and organization of each address, from\n"
        "                        the local geolocation database (- reads standard input)\n"
        "\n"
        "Exit status: 0 done, 1 refused or invalid (the reason is on standard error),\n"
        "2 usage error.\n");
}

// Items may also come as one argument with commas or spaces, as pasted from elsewhere.
QStringList splitItems(const QStringList &arguments)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList items;
    for (const QString &argument : arguments)
        items << argument.split(separators, Qt::SkipEmptyParts);
    return items;
}

// Checks every item before anything is sent, so that all the bad ones are named at once.
std::optional<QStringList> validate(const QStringList &items, EntryUse use, const char *nothingDone,
                                    QTextStream &err)
{
    QList<PastedItem> pasted;
    pasted.reserve(items.size());
    for (const QString &item : items)
        pasted.append({ item, 0, 0, 0 });
    const CheckedEntries checked = checkEntries(pasted, use);
    for (const CheckedEntries::Problem &problem : checked.problems)
        err << Cli::tr("rampartctl: %1").arg(problem.reason) << '\n';
    if (checked.refused) {
        err << Cli::tr(nothingDone, nullptr, checked.refused) << '\n';
        return std::nullopt;
    }
    return checked.entries;
}

bool printScript(QDBusPendingReply<QString> reply, QTextStream &out, QTextStream &err)
{
    if (!succeeded(reply, err))
        return false;
    writeBytes(out, reply.value().toUtf8());
    return true;
}

bool succeeded(QDBusPendingCall &reply, QTextStream &err)
{
    reply.waitForFinished();
    if (!reply.isError())
        return true;
    err << Cli::tr("rampartctl: %1").arg(HelperClient::describe(reply.error())) << '\n';
    return false;
}

void writeBytes(QTextStream &out, const QByteArray &bytes)
{
    out.flush();
    if (QIODevice *device = out.device())
        device->write(bytes);
    else
        out << QString::fromUtf8(bytes);
}

std::optional<QList<BlockedEntry>> fetchListing(HelperClient &client, QTextStream &err)
{
    QDBusPendingReply<QDBusUnixFileDescriptor> reply = client.list();
    if (!succeeded(reply, err))
        return std::nullopt;
    QString error;
    QList<BlockedEntry> entries = HelperClient::readListing(reply.value(), &error);
    if (!error.isEmpty()) {
        err << Cli::tr("rampartctl: %1").arg(error) << '\n';
        return std::nullopt;
    }
    return entries;
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

namespace {

// Where the jump to the RAMPART chain is in one of the kernel's chains. The helper leaves
// it where an administrator moved it; the rules above it decide first.
// What polkit lets this user do, for scripts: "allowed", "after-authentication", "denied" or
// "unknown" (polkit could not be asked).
QString changesValue(Authorization::State state)
{
    switch (state) {
    case Authorization::State::Authorized:
        return QStringLiteral("allowed");
    case Authorization::State::AfterAuthentication:
        return QStringLiteral("after-authentication");
    case Authorization::State::Denied:
        return QStringLiteral("denied");
    case Authorization::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString changesText(const Authorization &authorization)
{
    switch (authorization.state) {
    case Authorization::State::Authorized:
        return Cli::tr("Changes: allowed for you");
    case Authorization::State::AfterAuthentication:
        return Cli::tr("Changes: allowed after authenticating as an administrator");
    case Authorization::State::Denied:
        return Cli::tr("Changes: not allowed for you (polkit denies org.rampart.manage)");
    case Authorization::State::Unknown:
        break;
    }
    return Cli::tr("Changes: unknown (polkit could not be asked: %1)").arg(authorization.error);
}

QString jumpText(const JumpStatus &jump)
{
    if (jump.position == 0)
        return Cli::tr("%1 (IPv%2): the RAMPART jump is MISSING (run rampartctl save)")
            .arg(jump.chain)
            .arg(jump.family);
    if (jump.position == 1)
        return Cli::tr("%1 (IPv%2): the RAMPART jump is rule 1 of %3, the first")
            .arg(jump.chain)
            .arg(jump.family)
            .arg(jump.rules);
    return Cli::tr(
               "%1 (IPv%2): the RAMPART jump is rule %3 of %4; rules above it see packets first")
        .arg(jump.chain)
        .arg(jump.family)
        .arg(jump.position)
        .arg(jump.rules);
}

int block(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // The command's name stands where QCommandLineParser expects the program's.
    QCommandLineParser parser;
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Cli::tr("How long the block lasts."), Cli::tr("duration"));
    const QCommandLineOption comment(QStringLiteral("comment"), Cli::tr("Why, for the record."),
                                     Cli::tr("text"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        Cli::tr("Block even what this machine needs (its addresses and networks, gateways, DNS "
                "servers, the peers of logged-in sessions, link-local space, allowlisted "
                "networks) and networks wider than /8 (IPv6 /16)."));
    const QCommandLineOption showCommands(
        QStringLiteral("show-commands"),
        Cli::tr("Print the commands the block would run, and block nothing."));
    const QCommandLineOption confirmation = confirmWithinOption();
    parser.addOptions({ timeout, comment, force, showCommands, confirmation });
    if (!parser.parse(arguments)) {
        err << Cli::tr("rampartctl: %1").arg(parser.errorText()) << '\n' << usage();
        return Usage;
    }
    int exitCode = Success;
    const std::optional<quint32> waitSeconds = confirmWithin(parser, confirmation, err, &exitCode);
    if (!waitSeconds)
        return exitCode;
    const QStringList items = splitItems(parser.positionalArguments());
    if (items.isEmpty()) {
        err << Cli::tr("rampartctl: block needs at least one address or network") << '\n'
            << usage();
        return Usage;
    }
    quint32 seconds = 0;
    if (parser.isSet(timeout)) {
        const std::optional<quint32> parsed = parseDuration(parser.value(timeout));
        if (!parsed) {
            err << Cli::tr(
                       "rampartctl: %1 is not a duration; use for example 90s, 15m, 1h, 2d or 1w")
                       .arg(quotedItem(parser.value(timeout)))
                << '\n';
            return Usage;
        }
        if (*parsed > maxTimeoutSeconds) {
            err << Cli::tr(
                       "rampartctl: the kernel cannot time out a block after more than %1; leave "
                       "out --timeout to block permanently")
                       .arg(formatDuration(maxTimeoutSeconds))
                << '\n';
            return Refused;
        }
        seconds = *parsed;
    }
    const std::optional<QStringList> entries = validate(
        items, EntryUse::Block,
        QT_TRANSLATE_N_NOOP("Rampart::Cli", "rampartctl: %n invalid item(s); nothing was blocked."),
        err);
    if (!entries)
        return Refused;

    HelperClient client;
    if (parser.isSet(showCommands)) {
        return printScript(client.blockCommands(*entries, seconds, parser.value(comment)), out, err)
            ? Success
            : Refused;
    }
    if (!parser.isSet(force)) {
        // The lockout guard, as the window asks by it. The allowlist is the helper's to
        // tell; when it cannot be read the helper still checks it.
        QDBusPendingReply<QList<AllowedEntry>> allowlist = client.allowlist();
        allowlist.waitForFinished();
        QList<Cidr> cidrs;
        for (const QString &entry : *entries)
            cidrs << *parseCidr(entry).cidr;
        const QStringList reasons =
            blockForceReasons(cidrs,
                              currentLockoutNetworks(allowlist.isError() ? QList<AllowedEntry>()
                                                                         : allowlist.value()));
        if (!reasons.isEmpty()) {
            err << Cli::tr("rampartctl: nothing was blocked: %1; pass --force to block it anyway")
                       .arg(reasons.join(QStringLiteral("; ")))
                << '\n';
            return Refused;
        }
    }
    QDBusPendingReply<uint, uint, qlonglong> reply =
        client.block(*entries, seconds, parser.value(comment), parser.isSet(force), *waitSeconds);
    reply.waitForFinished();
    if (reply.isError() && HelperClient::needsForce(reply.error())) {
        // The helper's reason names the entry and what it covers.
        err << Cli::tr("rampartctl: nothing was blocked: %1; pass --force to block it anyway")
                   .arg(reply.error().message())
            << '\n';
        return Refused;
    }
    if (!succeeded(reply, err))
        return Refused;
    const uint added = reply.argumentAt<0>();
    const uint updated = reply.argumentAt<1>();
    const QString scope =
        seconds ? Cli::tr("for %1").arg(formatDuration(seconds)) : Cli::tr("permanently");
    out << Cli::tr("Blocked %n entry(ies) %1", nullptr, int(added + updated)).arg(scope);
    if (updated)
        out << ' ' << Cli::tr("(%n already blocked, renewed)", nullptr, int(updated));
    out << ".\n";
    printWaitForConfirmation(out, reply.argumentAt<2>(), *waitSeconds);
    return Success;
}

int unblock(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList words = arguments.mid(1);
    const bool showCommands = words.removeAll(QStringLiteral("--show-commands")) > 0;
    const QStringList items = splitItems(words);
    if (items.isEmpty()) {
        err << Cli::tr("rampartctl: unblock needs at least one address or network") << '\n'
            << usage();
        return Usage;
    }
    const std::optional<QStringList> entries =
        validate(items, EntryUse::Remove,
                 QT_TRANSLATE_N_NOOP("Rampart::Cli",
                                     "rampartctl: %n invalid item(s); nothing was unblocked."),
                 err);
    if (!entries)
        return Refused;
    HelperClient client;
    if (showCommands)
        return printScript(client.unblockCommands(*entries), out, err) ? Success : Refused;
    QDBusPendingReply<uint, QStringList> reply = client.unblock(*entries);
    if (!succeeded(reply, err))
        return Refused;
    out << Cli::tr("Unblocked %n entry(ies).", nullptr, int(reply.argumentAt<0>())) << '\n';
    const QStringList notBlocked = reply.argumentAt<1>();
    if (!notBlocked.isEmpty())
        err << Cli::tr("rampartctl: not blocked, left as is: %1")
                   .arg(notBlocked.join(QStringLiteral(", ")))
            << '\n';
    return Success;
}

int list(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write JSON."));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  Cli::tr("Read twice, a second apart, for rates and last hits."));
    parser.addOption(json);
    parser.addOption(rate);
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        err << Cli::tr("rampartctl: list takes no arguments besides --rate and --json") << '\n'
            << usage();
        return Usage;
    }
    HelperClient client;
    const std::optional<SampledListing> listing =
        fetchSampledListing(client, parser.isSet(rate), err);
    if (!listing)
        return Refused;
    const QList<BlockedEntry> &entries = listing->entries;
    const auto activityAt = [&listing](qsizetype i) {
        return listing->activities.isEmpty() ? nullptr : &listing->activities.at(i);
    };
    if (parser.isSet(json)) {
        QJsonArray array;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const BlockedEntry &entry = entries.at(i);
            QJsonObject object {
                { QStringLiteral("cidr"), entry.cidr },
                { QStringLiteral("source"), entry.source },
                { QStringLiteral("created"), timeValue(entry.created) },
                { QStringLiteral("expires"), timeValue(entry.expires) },
                { QStringLiteral("comment"), entry.comment },
            };
            addCounters(object, entry, activityAt(i));
            array.append(object);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QDateTime now = QDateTime::currentDateTime();
    const QLocale locale;
    out << qSetFieldWidth(40) << Qt::left << Cli::tr("ENTRY") << qSetFieldWidth(22)
        << Cli::tr("EXPIRES") << qSetFieldWidth(12) << Qt::right << Cli::tr("PACKETS")
        << qSetFieldWidth(12) << Cli::tr("BYTES");
    if (parser.isSet(rate))
        out << qSetFieldWidth(12) << Cli::tr("PER SECOND");
    out << qSetFieldWidth(0) << "  " << Cli::tr("SOURCE") << "  " << Cli::tr("COMMENT") << '\n';
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const BlockedEntry &entry = entries.at(i);
        const QString expires = entry.expires.isValid()
            ? Cli::tr("in %1").arg(formatDuration(now.secsTo(entry.expires)))
            : Cli::tr("never");
        out << qSetFieldWidth(40) << Qt::left << entry.cidr << qSetFieldWidth(22) << expires
            << qSetFieldWidth(12) << Qt::right << locale.toString(qulonglong(entry.packets))
            << qSetFieldWidth(12)
            << locale.formattedDataSize(qint64(std::min<quint64>(entry.bytes, quint64(LLONG_MAX))));
        if (const HitCounters::Activity *activity = activityAt(i))
            out << qSetFieldWidth(12) << locale.toString(activity->packetsPerSecond, 'f', 1);
        out << qSetFieldWidth(0) << "  " << entry.source << "  " << entry.comment << '\n';
    }
    out << Cli::tr("%n entry(ies).", nullptr, int(entries.size())) << '\n';
    return Success;
}

int status(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write JSON."));
    parser.addOption(json);
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        err << Cli::tr("rampartctl: status takes no arguments besides --json") << '\n' << usage();
        return Usage;
    }
    HelperClient client;
    QDBusPendingReply<HelperStatus> reply = client.status();
    if (!succeeded(reply, err))
        return Refused;
    const HelperStatus status = reply.value();
    // Whether this user may change the firewall, as polkit says without asking for a password.
    QDBusPendingCall access =
        Authorization::check(client.connection(), QString::fromLatin1(manageAction), false);
    access.waitForFinished();
    const Authorization authorization = Authorization::fromReply(access);
    const QDateTime saved =
        status.lastSaved ? QDateTime::fromSecsSinceEpoch(status.lastSaved) : QDateTime();
    bool inSync = status.rulesInPlace;
    for (const SetStatus &set : status.sets)
        inSync = inSync && set.inSync();
    if (parser.isSet(json)) {
        QJsonArray sets;
        for (const SetStatus &set : status.sets) {
            sets.append(QJsonObject {
                { QStringLiteral("name"), set.name },
                { QStringLiteral("family"), int(set.family) },
                { QStringLiteral("kernelEntries"), qint64(set.kernelEntries) },
                { QStringLiteral("storeEntries"), qint64(set.storeEntries) },
                { QStringLiteral("maxElements"), qint64(set.maxElements) },
                { QStringLiteral("inSync"), set.inSync() },
            });
        }
        QJsonArray jumps;
        for (const JumpStatus &jump : status.jumps) {
            jumps.append(QJsonObject {
                { QStringLiteral("chain"), jump.chain },
                { QStringLiteral("family"), int(jump.family) },
                { QStringLiteral("position"), qint64(jump.position) },
                { QStringLiteral("rules"), qint64(jump.rules) },
            });
        }
        const QJsonObject object {
            { QStringLiteral("helper"), QStringLiteral("reachable") },
            { QStringLiteral("storePath"), status.storePath },
            { QStringLiteral("verdict"), status.verdict },
            { QStringLiteral("changes"), changesValue(authorization.state) },
            { QStringLiteral("rulesInPlace"), status.rulesInPlace },
            { QStringLiteral("inSync"), inSync },
            { QStringLiteral("lastSaved"), timeValue(saved) },
            { QStringLiteral("sets"), sets },
            { QStringLiteral("jumps"), jumps },
        };
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QLocale locale;
    out << Cli::tr("Helper: reachable") << '\n'
        << changesText(authorization) << '\n'
        << Cli::tr("Store: %1").arg(status.storePath) << '\n'
        << Cli::tr("Rules: %1, verdict %2")
               .arg(status.rulesInPlace ? Cli::tr("in place") : Cli::tr("MISSING"), status.verdict)
        << '\n';
    for (const SetStatus &set : status.sets) {
        out << Cli::tr("Set %1 (IPv%2): %3 entries in the kernel, %4 in the store, room for %5%6")
                   .arg(set.name)
                   .arg(set.family)
                   .arg(locale.toString(set.kernelEntries), locale.toString(set.storeEntries),
                        locale.toString(set.maxElements),
                        set.inSync() ? QString() : Cli::tr(" (OUT OF SYNC: run rampartctl save)"))
            << '\n';
    }
    for (const JumpStatus &jump : status.jumps)
        out << jumpText(jump) << '\n';
    // Every change is stored as it is made; "save" only reapplies the store to the kernel.
    out << Cli::tr("Last reapplied to the kernel: %1")
               .arg(saved.isValid() ? locale.toString(saved, QLocale::ShortFormat)
                                    : Cli::tr("never (every change is stored as it is made)"))
        << '\n';
    return Success;
}

int save(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1) {
        err << Cli::tr("rampartctl: save takes no arguments") << '\n' << usage();
        return Usage;
    }
    HelperClient client;
    QDBusPendingReply<qlonglong> reply = client.save();
    if (!succeeded(reply, err))
        return Refused;
    out << Cli::tr("Saved at %1.")
               .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(reply.value()),
                                       QLocale::ShortFormat))
        << '\n';
    return Success;
}

int verdict(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption confirmation = confirmWithinOption();
    const QCommandLineOption showCommands(
        QStringLiteral("show-commands"),
        Cli::tr("Print the commands the verdict change would run, and change nothing."));
    parser.addOptions({ confirmation, showCommands });
    const bool parsed = parser.parse(arguments);
    const QString choice = parser.positionalArguments().value(0).toUpper();
    if (!parsed || parser.positionalArguments().size() != 1
        || (choice != QLatin1String("DROP") && choice != QLatin1String("REJECT"))) {
        err << Cli::tr("rampartctl: verdict takes one argument, drop or reject") << '\n' << usage();
        return Usage;
    }
    int exitCode = Success;
    const std::optional<quint32> waitSeconds = confirmWithin(parser, confirmation, err, &exitCode);
    if (!waitSeconds)
        return exitCode;
    HelperClient client;
    if (parser.isSet(showCommands))
        return printScript(client.setVerdictCommands(choice), out, err) ? Success : Refused;
    QDBusPendingReply<qlonglong> reply = client.setVerdict(choice, *waitSeconds);
    if (!succeeded(reply, err))
        return Refused;
    out << Cli::tr("Packets from blocked sources are now handled with %1.").arg(choice) << '\n';
    printWaitForConfirmation(out, reply.value(), *waitSeconds);
    return Success;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(0);
    if (command == QLatin1String("block"))
        return block(arguments, out, err);
    if (command == QLatin1String("unblock"))
        return unblock(arguments, out, err);
    if (command == QLatin1String("list"))
        return list(arguments, out, err);
    if (command == QLatin1String("why"))
        return why(arguments, out, err);
    if (command == QLatin1String("status"))
        return status(arguments, out, err);
    if (command == QLatin1String("save"))
        return save(arguments, out, err);
    if (command == QLatin1String("verdict"))
        return verdict(arguments, out, err);
    if (command == QLatin1String("import"))
        return importFeed(arguments, out, err);
    if (command == QLatin1String("feeds"))
        return feeds(arguments, out, err);
    if (command == QLatin1String("allow"))
        return allow(arguments, out, err);
    if (command == QLatin1String("aggregate"))
        return aggregate(arguments, out, err);
    if (command == QLatin1String("history"))
        return history(arguments, out, err);
    if (command == QLatin1String("undo"))
        return undo(arguments, out, err);
    if (command == QLatin1String("confirm"))
        return confirm(arguments, out, err);
    if (command == QLatin1String("connections"))
        return connections(arguments, out, err);
    if (command == QLatin1String("geo"))
        return geo(arguments, out, err);
    if (command == QLatin1String("help") || command == QLatin1String("--help")
        || command == QLatin1String("-h")) {
        out << usage();
        return Success;
    }
    if (command.isEmpty())
        err << usage();
    else
        err << Cli::tr("rampartctl: unknown command %1").arg(quotedItem(command)) << '\n'
            << usage();
    return Usage;
}

} // namespace Rampart::CommandLine
