// rampartctl connections: who is connected to this machine right now, grouped by remote
// address or network, with the blocklist entry that covers each group.
#include "cli/commands.h"
#include "client/helperclient.h"
#include "connections/connectionaggregator.h"
#include "connections/connectionsmonitor.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QLocale>

#include <algorithm>
#include <memory>

namespace Rampart::CommandLine {

namespace {

// A group with thousands of client-side sockets has thousands of local ports; the table
// shows the first few and how many more there are (--json lists them all).
constexpr int portsShown = 5;

// Waits for the listing the helper was asked for; on failure returns nothing and says why.
QList<BlockedEntry> readBlocklist(QDBusPendingReply<QDBusUnixFileDescriptor> &reply, QString *error)
{
    reply.waitForFinished();
    if (reply.isError()) {
        *error = HelperClient::describe(reply.error());
        return {};
    }
    return HelperClient::readListing(reply.value(), error);
}

// Counts in the user's locale. Below 1,000 no locale groups digits, so where its digits are
// the ASCII ones the locale need not be asked: most rows of a large table count 1 to 9.
class CountFormat
{
public:
    CountFormat()
        : m_asciiDigits(m_locale.zeroDigit() == QLatin1String("0"))
    { }

    QString operator()(qint64 count) const
    {
        return m_asciiDigits && count >= 0 && count < 1000 ? QString::number(count)
                                                           : m_locale.toString(count);
    }

private:
    QLocale m_locale;
    bool m_asciiDigits;
};

QString statesText(const QMap<QString, int> &states, const CountFormat &count)
{
    QString text;
    text.reserve(32 * states.size());
    for (auto state = states.cbegin(); state != states.cend(); ++state) {
        if (!text.isEmpty())
            text += QLatin1String(", ");
        text += state.key();
        text += u' ';
        text += count(state.value());
    }
    return text;
}

QString portsText(const QList<quint16> &ports)
{
    QString text;
    for (qsizetype i = 0; i < std::min<qsizetype>(ports.size(), portsShown); ++i) {
        if (i)
            text += QLatin1String(", ");
        text += QString::number(ports.at(i));
    }
    if (ports.size() > portsShown)
        text += u' ' + Cli::tr("(+%Ln more)", nullptr, int(ports.size() - portsShown));
    return text;
}

void appendJsonString(QString &json, const QString &text)
{
    json += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            json += u'\\';
            json += c;
        } else if (c.unicode() < 0x20) {
            json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            json += c;
        }
    }
    json += u'"';
}

// One group to a line: 100,000 groups are written in a blink, where QJsonDocument takes
// seconds, and the lines grep well.
void writeJson(const QList<LocatedGroup> &groups, bool blockingKnown, QTextStream &out)
{
    QString json;
    json.reserve(groups.size() * 160 + 4);
    json += u'[';
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const ConnectionGroup &group = groups[i].group;
        json += i ? QLatin1String(",\n  {\"remote\": ") : QLatin1String("\n  {\"remote\": ");
        appendJsonString(json, group.remote.toString());
        json += QLatin1String(", \"connections\": ") + QString::number(group.connections)
            + QLatin1String(", \"addresses\": ") + QString::number(group.addresses)
            + QLatin1String(", \"states\": {");
        for (auto state = group.states.cbegin(); state != group.states.cend(); ++state) {
            if (state != group.states.cbegin())
                json += QLatin1String(", ");
            appendJsonString(json, state.key());
            json += QLatin1String(": ") + QString::number(state.value());
        }
        json += QLatin1String("}, \"local_ports\": [");
        for (qsizetype p = 0; p < group.localPorts.size(); ++p) {
            if (p)
                json += QLatin1String(", ");
            json += QString::number(group.localPorts[p]);
        }
        json += QLatin1String("], \"blocked_by\": ");
        if (blockingKnown && !group.blockedBy.isEmpty())
            appendJsonString(json, group.blockedBy);
        else
            json += QLatin1String("null");
        json += u'}';
    }
    json += groups.isEmpty() ? QLatin1String("]\n") : QLatin1String("\n]\n");
    out << json;
}

void appendPadded(QString &line, const QString &text, qsizetype width, bool right)
{
    const qsizetype padding = std::max<qsizetype>(width - text.size(), 0);
    if (!right)
        line += text;
    line.resize(line.size() + padding, u' ');
    if (right)
        line += text;
}

void writeTable(const QList<LocatedGroup> &groups, bool blockingKnown, qsizetype total,
                QTextStream &out)
{
    const QLocale locale;
    const CountFormat count;
    struct Row
    {
        QString remote, connections, states, ports, blockedBy;
    };
    QList<Row> rows;
    rows.reserve(groups.size() + 1);
    rows.append(Row { Cli::tr("REMOTE"), Cli::tr("CONNS"), Cli::tr("STATES"),
                      Cli::tr("LOCAL PORTS"), Cli::tr("BLOCKED BY") });
    const QString unknown = QStringLiteral("?");
    const QString none = QStringLiteral("-");
    int connections = 0;
    for (const LocatedGroup &located : groups) {
        const ConnectionGroup &group = located.group;
        rows.append(Row { group.remote.toString(), count(group.connections),
                          statesText(group.states, count), portsText(group.localPorts),
                          !blockingKnown                  ? unknown
                              : group.blockedBy.isEmpty() ? none
                                                          : group.blockedBy });
        connections += group.connections;
    }
    qsizetype widths[4] = {};
    for (const Row &row : rows) {
        widths[0] = std::max(widths[0], row.remote.size());
        widths[1] = std::max(widths[1], row.connections.size());
        widths[2] = std::max(widths[2], row.states.size());
        widths[3] = std::max(widths[3], row.ports.size());
    }
    QString text;
    text.reserve(rows.size() * (widths[0] + widths[1] + widths[2] + widths[3] + 24));
    for (const Row &row : rows) {
        appendPadded(text, row.remote, widths[0], false);
        text += QLatin1String("  ");
        appendPadded(text, row.connections, widths[1], true);
        text += QLatin1String("  ");
        appendPadded(text, row.states, widths[2], false);
        text += QLatin1String("  ");
        appendPadded(text, row.ports, widths[3], false);
        text += QLatin1String("  ");
        text += row.blockedBy;
        text += u'\n';
    }
    out << text;
    if (groups.size() < total) {
        out << Cli::tr("%Ln connection(s) shown, from the %1 busiest of %2 groups.", nullptr,
                       connections)
                   .arg(locale.toString(groups.size()), locale.toString(total))
            << '\n';
    } else {
        out << Cli::tr("%Ln connection(s) in %1.", nullptr, connections)
                   .arg(Cli::tr("%Ln group(s)", nullptr, int(total)))
            << '\n';
    }
}

} // namespace

int connections(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption group(QStringLiteral("group"),
                                   Cli::tr("Group by address (ip), /24 or /16 network."),
                                   Cli::tr("ip|24|16"), QStringLiteral("ip"));
    const QCommandLineOption top(QStringLiteral("top"), Cli::tr("Show only the N busiest groups."),
                                 Cli::tr("N"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Write JSON."));
    parser.addOptions({ group, top, json });
    if (!parser.parse(arguments)) {
        err << Cli::tr("rampartctl: %1").arg(parser.errorText()) << '\n' << usage();
        return Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Cli::tr(
            "rampartctl: connections takes no arguments besides --group, --top and --json")
            << '\n'
            << usage();
        return Usage;
    }
    const std::optional<Grouping> grouping = groupingFromName(parser.value(group));
    if (!grouping) {
        err << Cli::tr("rampartctl: %1 is not a grouping; use ip, 24 or 16")
                   .arg(quotedItem(parser.value(group)))
            << '\n';
        return Usage;
    }
    qsizetype limit = -1;
    if (parser.isSet(top)) {
        bool ok = false;
        limit = parser.value(top).toLongLong(&ok);
        if (!ok || limit < 1) {
            err << Cli::tr("rampartctl: --top needs a whole number of groups above 0, not %1")
                       .arg(quotedItem(parser.value(top)))
                << '\n';
            return Usage;
        }
    }

    HelperClient client;
    client.setInteractive(false);
    QDBusPendingReply<QDBusUnixFileDescriptor> listing = client.list();
    ConnectionsMonitor monitor;
    monitor.setGrouping(*grouping);
    ConnectionsRefresh refresh;
    QEventLoop refreshed;
    QObject::connect(&monitor, &ConnectionsMonitor::refreshed, &refreshed,
                     [&](const ConnectionsRefresh &result) {
                         refresh = result;
                         refreshed.quit();
                     });
    monitor.refreshNow();
    // The helper answers while the kernel lists the sockets. The monitor learns that its
    // snapshot is in from this thread's event loop, below, and groups it with the blocklist
    // it has then: this one.
    QString listingError;
    monitor.setBlocklist(
        std::make_shared<const QList<BlockedEntry>>(readBlocklist(listing, &listingError)));
    refreshed.exec();
    if (!refresh.error.isEmpty()) {
        err << Cli::tr("rampartctl: %1").arg(refresh.error) << '\n';
        return Refused;
    }
    // Said once, after the connections were read: which of them are blocked is unknown.
    const bool blockingKnown = listingError.isEmpty();
    if (!blockingKnown) {
        err << Cli::tr("rampartctl: warning: the blocklist could not be read, so which connections "
                       "are blocked is unknown: %1")
                   .arg(listingError)
            << '\n';
    }

    QList<LocatedGroup> groups = std::move(refresh.groups);
    const qsizetype total = groups.size();
    if (limit >= 0 && groups.size() > limit)
        groups.resize(limit);
    if (parser.isSet(json))
        writeJson(groups, blockingKnown, out);
    else
        writeTable(groups, blockingKnown, total, out);
    return Success;
}

} // namespace Rampart::CommandLine
