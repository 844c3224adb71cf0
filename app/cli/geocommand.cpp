// rampartctl geo: where addresses are, from the local geolocation database, one line each.
#include "cli/commands.h"
#include "feeds/feeditem.h"
#include "geo/geodatabase.h"
#include "geo/geosettings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>

#include <cstring>

namespace Rampart::CommandLine {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

Cidr toCidr(const FeedItem &item)
{
    if (item.family == Family::V4)
        return Cidr::fromV4(item.v4.first, 32);
    Cidr::Bytes bytes;
    Address6 address = item.v6.first;
    for (int i = 15; i >= 0; --i, address >>= 8)
        bytes[i] = quint8(address);
    return Cidr::fromV6(bytes, 128);
}

// Reads the addresses of text, one a line: the first field of each (so a log's lines do),
// skipping blank lines and # comments. Bad lines are named on err with their numbers when
// the text is a file, as themselves when it is the arguments.
void scanAddresses(QByteArrayView text, bool numberLines, QList<Cidr> *addresses, QTextStream &err)
{
    const char *position = text.data();
    const char *const end = position + text.size();
    qsizetype line = 0;
    while (position < end) {
        ++line;
        const char *lineEnd =
            static_cast<const char *>(std::memchr(position, '\n', end - position));
        if (!lineEnd)
            lineEnd = end;
        const char *begin = position;
        position = lineEnd + 1;
        while (begin < lineEnd && isBlank(*begin))
            ++begin;
        if (begin == lineEnd || *begin == '#')
            continue;
        const char *fieldEnd = begin;
        while (fieldEnd < lineEnd && !isBlank(*fieldEnd) && *fieldEnd != ',')
            ++fieldEnd;
        FeedItem item;
        if (scanFeedAddress(begin, fieldEnd, &item)) {
            addresses->append(toCidr(item));
            continue;
        }
        // Slow, but only for the bad lines: the strict parser says what is wrong.
        const QByteArrayView field(begin, fieldEnd - begin);
        const CidrParse parsed = parseCidr(QString::fromUtf8(field));
        const QString problem = parsed.cidr
            ? Cli::tr("%1 is a network; geo looks up single addresses").arg(quotedFeedItem(field))
            : parsed.error;
        if (numberLines)
            err << Cli::tr("rampartctl: line %1: %2").arg(line).arg(problem) << '\n';
        else
            err << Cli::tr("rampartctl: %1").arg(problem) << '\n';
    }
}

// The output is built as UTF-8 bytes: a million lines through QString and then
// QTextStream cost more than the lookups themselves.
void appendAddress(QByteArray &text, const Cidr &address)
{
    if (address.family() == Family::V6) {
        text += address.toString().toLatin1();
        return;
    }
    // A million IPv4 addresses are written here; toString() would allocate for each.
    char buffer[16];
    char *out = buffer;
    for (int i = 0; i < 4; ++i) {
        unsigned octet = address.bytes()[i];
        if (i)
            *out++ = '.';
        if (octet >= 100) {
            *out++ = char('0' + octet / 100);
            octet %= 100;
            *out++ = char('0' + octet / 10);
        } else if (octet >= 10) {
            *out++ = char('0' + octet / 10);
        }
        *out++ = char('0' + octet % 10);
    }
    text.append(buffer, out - buffer);
}

QByteArray jsonString(const QString &text)
{
    if (text.isEmpty())
        return QByteArrayLiteral("null");
    QByteArray json = "\"";
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            json += '\\';
            json += char(c.unicode());
        } else if (c.unicode() < 0x20) {
            json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toLatin1();
        } else {
            json += QString(c).toUtf8();
        }
    }
    json += '"';
    return json;
}

// What the output says of a country, by code, worked out once per country rather than
// once per address.
struct CountryText
{
    QByteArray code; // as in the text output, "-" when unknown
    QByteArray name;
    QByteArray jsonCode; // a JSON string, or null
    QByteArray jsonName;
};

class CountryTexts
{
public:
    const CountryText &operator()(const QString &code)
    {
        auto found = m_texts.constFind(code);
        if (found == m_texts.cend()) {
            const QString name = code.isEmpty() ? QString() : countryName(code);
            found = m_texts.insert(code,
                                   { code.isEmpty() ? QByteArray("-") : code.toUtf8(),
                                     name.isEmpty() ? QByteArray("-") : name.toUtf8(),
                                     jsonString(code), jsonString(name) });
        }
        return *found;
    }

private:
    QHash<QString, CountryText> m_texts;
};

QByteArray textOutput(const QList<Cidr> &addresses, const QList<GeoResult> &results)
{
    CountryTexts countries;
    QByteArray text;
    text.reserve(addresses.size() * 36);
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const GeoResult &result = results[i];
        const CountryText &country = countries(result.countryCode);
        appendAddress(text, addresses[i]);
        text += '\t';
        text += country.code;
        text += '\t';
        text += country.name;
        text += '\t';
        if (result.asn) {
            text += "AS";
            text += QByteArray::number(result.asn);
        } else {
            text += '-';
        }
        if (!result.organization.isEmpty()) {
            text += '\t';
            text += result.organization.toUtf8();
        }
        text += '\n';
    }
    return text;
}

// One object to a line, as `connections --json` writes them.
QByteArray jsonOutput(const QList<Cidr> &addresses, const QList<GeoResult> &results)
{
    CountryTexts countries;
    QByteArray json;
    json.reserve(addresses.size() * 110 + 4);
    json += '[';
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const GeoResult &result = results[i];
        const CountryText &country = countries(result.countryCode);
        json += i ? ",\n  {\"address\": \"" : "\n  {\"address\": \"";
        appendAddress(json, addresses[i]);
        json += "\", \"country_code\": ";
        json += country.jsonCode;
        json += ", \"country\": ";
        json += country.jsonName;
        json += ", \"asn\": ";
        json += result.asn ? QByteArray::number(result.asn) : QByteArrayLiteral("null");
        json += ", \"organization\": ";
        json += jsonString(result.organization);
        json += '}';
    }
    json += addresses.isEmpty() ? "]\n" : "\n]\n";
    return json;
}

} // namespace

int geo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      Cli::tr("The .mmdb file to read instead of the default one."),
                                      Cli::tr("file"));
    parser.addOptions({ json, database });
    if (!parser.parse(arguments)) {
        err << Cli::tr("rampartctl: %1").arg(parser.errorText()) << '\n' << usage();
        return Usage;
    }
    const QStringList items = splitItems(parser.positionalArguments());
    if (items.isEmpty()) {
        err << Cli::tr(
            "rampartctl: geo needs at least one address, or - to read them from standard "
            "input")
            << '\n'
            << usage();
        return Usage;
    }

    GeoDatabase db;
    if (parser.isSet(database))
        db.open(parser.value(database));
    else
        db = GeoDatabase::openFirst(GeoSettings::load().searchPath());
    if (!db.isOpen()) {
        err << Cli::tr("rampartctl: %1").arg(db.errorString()) << '\n';
        return Refused;
    }

    QList<Cidr> addresses;
    QByteArray argumentText;
    bool readStandardInput = false;
    for (const QString &item : items) {
        if (item == QLatin1String("-"))
            readStandardInput = true;
        else
            argumentText += item.toUtf8() + '\n';
    }
    scanAddresses(argumentText, false, &addresses, err);
    if (readStandardInput) {
        QFile input;
        QByteArray data;
        if (input.open(stdin, QIODevice::ReadOnly))
            data = input.readAll();
        if (!input.isOpen() || input.error() != QFileDevice::NoError) {
            err << Cli::tr("rampartctl: cannot read %1: %2")
                       .arg(Cli::tr("standard input"), input.errorString())
                << '\n';
            return Refused;
        }
        addresses.reserve(addresses.size() + data.count('\n') + 1);
        scanAddresses(data, true, &addresses, err);
    }

    const QList<GeoResult> results = db.lookupBatch(addresses);
    if (parser.isSet(json))
        writeBytes(out, jsonOutput(addresses, results));
    else if (!addresses.isEmpty())
        writeBytes(out, textOutput(addresses, results));
    return addresses.isEmpty() ? Refused : Success;
}

} // namespace Rampart::CommandLine
