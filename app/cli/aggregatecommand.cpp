#include "aggregatecommand.h"

#include "cli/commands.h"
#include "feeds/feedparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace Rampart::CommandLine {

namespace {

QString aggregateUsage()
{
    return Cli::tr("Usage: rampartctl aggregate [--except FILE]... [--format FORMAT] FILE...\n"
                   "Prints the fewest networks that cover the addresses of the files, less those\n"
                   "of the --except files; - reads standard input. FORMAT: auto (the default),\n"
                   "lines, separated, ranges, p2p, dshield, csv or json.\n");
}

struct Input
{
    RangeSet ranges;
    bool usable = false;
};

// Reads and parses one file, naming its bad items on err. An empty file is usable only
// where nothing is also an answer: as a list of exceptions.
Input readInput(const QString &path, const FeedParseOptions &options, bool emptyIsUsable,
                QTextStream &err)
{
    const QString name = path == QLatin1String("-") ? Cli::tr("standard input") : path;
    QFile file;
    const bool opened = path == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    QByteArray data;
    if (opened)
        data = file.readAll();
    if (!opened || file.error() != QFileDevice::NoError) {
        err << Cli::tr("rampartctl: cannot read %1: %2").arg(name, file.errorString()) << '\n';
        return {};
    }

    FeedParseResult parsed = parseFeed(data, options);
    for (const FeedLineError &error : std::as_const(parsed.errors)) {
        // Most reasons quote the item already; those about a whole row do not.
        const QString what = error.reason.contains(error.text)
            ? error.reason
            : Cli::tr("%1: %2").arg(error.text, error.reason);
        err << Cli::tr("rampartctl: %1:%2: %3").arg(name).arg(error.line).arg(what) << '\n';
    }
    if (const qint64 unreported = parsed.invalid - parsed.errors.size(); unreported > 0) {
        err << Cli::tr("rampartctl: %1: %n more bad item(s) not shown", nullptr, int(unreported))
                   .arg(name)
            << '\n';
    }
    Input input;
    if (parsed.fatalError.isEmpty() || (parsed.empty && emptyIsUsable)) {
        input.ranges = std::move(parsed.ranges);
        input.usable = true;
    } else {
        err << Cli::tr("rampartctl: %1: %2").arg(name, parsed.fatalError) << '\n';
    }
    return input;
}

// "a.b.c.d" or "a.b.c.d/p" and a line break, as iprange writes them, without a QString
// per line: a million lines take milliseconds.
struct Octets
{
    char text[256][4] {};
    quint8 length[256] {};
};

constexpr Octets makeOctets()
{
    Octets octets;
    for (int i = 0; i < 256; ++i) {
        int length = 0;
        if (i >= 100)
            octets.text[i][length++] = char('0' + i / 100);
        if (i >= 10)
            octets.text[i][length++] = char('0' + i / 10 % 10);
        octets.text[i][length++] = char('0' + i % 10);
        octets.length[i] = quint8(length);
    }
    return octets;
}

constexpr Octets octets = makeOctets();

char *appendOctet(char *p, unsigned octet)
{
    std::memcpy(p, octets.text[octet], 4);
    return p + octets.length[octet];
}

QByteArray formatNetworks(const RangeSet &set)
{
    constexpr qsizetype longestV4Line = 19; // "255.255.255.255/32\n"
    QByteArray text;
    text.resize(set.cidrCount() * longestV4Line + 4);
    char *p = text.data();
    for (const Range4 &range : set.v4()) {
        forEachNetwork(range.first, range.last, [&p](quint32 address, int prefixLength) {
            p = appendOctet(p, address >> 24);
            *p++ = '.';
            p = appendOctet(p, (address >> 16) & 0xff);
            *p++ = '.';
            p = appendOctet(p, (address >> 8) & 0xff);
            *p++ = '.';
            p = appendOctet(p, address & 0xff);
            if (prefixLength != 32) {
                *p++ = '/';
                p = appendOctet(p, unsigned(prefixLength));
            }
            *p++ = '\n';
        });
    }
    text.truncate(p - text.data());

    RangeSet v6;
    v6.reserve(0, qsizetype(set.v6().size()));
    for (const Range6 &range : set.v6())
        v6.addV6(range.first, range.last);
    for (const Cidr &cidr : v6.toCidrs())
        text += cidr.toString().toLatin1() + '\n';
    return text;
}

} // namespace

int aggregate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption except(QStringLiteral("except"),
                                    Cli::tr("Leave out the addresses of this file."),
                                    Cli::tr("file"));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("How the files are written."),
                                    Cli::tr("format"));
    parser.addOptions({ except, format });
    if (!parser.parse(arguments)) {
        err << Cli::tr("rampartctl: %1").arg(parser.errorText()) << '\n' << aggregateUsage();
        return Usage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << Cli::tr("rampartctl: aggregate needs at least one file") << '\n' << aggregateUsage();
        return Usage;
    }
    FeedParseOptions options;
    options.csvColumn = -1;
    if (parser.isSet(format)) {
        const std::optional<FeedFormat> chosen = feedFormatFromName(parser.value(format));
        if (!chosen) {
            err << Cli::tr("rampartctl: %1 is not a feed format")
                       .arg(quotedItem(parser.value(format)))
                << '\n'
                << aggregateUsage();
            return Usage;
        }
        options.format = *chosen;
    }

    // A file left out would make a shorter list that looks complete, so any file that
    // cannot be read stops the output.
    bool complete = true;
    RangeSet set;
    for (const QString &path : files) {
        Input input = readInput(path, options, false, err);
        complete = complete && input.usable;
        set = set.isEmpty() ? std::move(input.ranges) : set.united(input.ranges);
    }
    RangeSet excepted;
    for (const QString &path : parser.values(except)) {
        Input input = readInput(path, options, true, err);
        complete = complete && input.usable;
        excepted = excepted.isEmpty() ? std::move(input.ranges) : excepted.united(input.ranges);
    }
    if (!complete)
        return Refused;
    if (!excepted.isEmpty())
        set = set.subtracted(excepted);

    writeBytes(out, formatNetworks(set));
    return Success;
}

} // namespace Rampart::CommandLine
