// rampartctl geo: where addresses are, from the local geolocation database, one line each.
#include "cli/commands.h"
#include "feeds/feeditem.h"
#include "geo/geodatabase.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>

#include <cstring>

namespace Rampart::Cli {

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
            ? tr("%1 is a network; geo looks up single addresses").arg(quotedFeedItem(field))
            : parsed.error;
        if (numberLines)
            err << tr("rampartctl: line %1: %2").arg(line).arg(problem) << '\n';
        else
            err << tr("rampartctl: %1").arg(problem) << '\n';
    }
}

void appendAddress(QString &text, const Cidr &address)
{
    if (address.family() == Family::V6) {
        text += address.toString();
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
    text += QLatin1String(buffer, out - buffer);
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

void appendJsonStringOrNull(QString &json, const QString &text)
{
    if (text.isEmpty())
        json += QLatin1String("null");
    else
        appendJsonString(json, text);
}

// Names by code, asked of QLocale once per country rather than once per address.
class CountryNames
{
public:
    const QString &operator()(const QString &code)
    {
        auto found = m_names.constFind(code);
        if (found == m_names.cend())
            found = m_names.insert(code, countryName(code));
        return *found;
    }

private:
    QHash<QString, QString> m_names;
};

QString textOutput(const QList<Cidr> &addresses, const QList<GeoResult> &results)
{
    CountryNames names;
    const QString unknown = QStringLiteral("-");
    QString text;
    text.reserve(addresses.size() * 36);
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const GeoResult &result = results[i];
        appendAddress(text, addresses[i]);
        text += u'\t';
        if (result.countryCode.isEmpty()) {
            text += unknown;
            text += u'\t';
            text += unknown;
        } else {
            text += result.countryCode;
            text += u'\t';
            const QString &name = names(result.countryCode);
            text += name.isEmpty() ? unknown : name;
        }
        text += u'\t';
        if (result.asn) {
            text += QLatin1String("AS");
            text += QString::number(result.asn);
        } else {
            text += unknown;
        }
        if (!result.organization.isEmpty()) {
            text += u'\t';
            text += result.organization;
        }
        text += u'\n';
    }
    return text;
}

// One object to a line, as `connections --json` writes them.
QString jsonOutput(const QList<Cidr> &addresses, const QList<GeoResult> &results)
{
    CountryNames names;
    QString json;
    json.reserve(addresses.size() * 110 + 4);
    json += u'[';
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const GeoResult &result = results[i];
        json += i ? QLatin1String(",\n  {\"address\": \"") : QLatin1String("\n  {\"address\": \"");
        appendAddress(json, addresses[i]);
        json += QLatin1String("\", \"country_code\": ");
        appendJsonStringOrNull(json, result.countryCode);
        json += QLatin1String(", \"country\": ");
        appendJsonStringOrNull(
            json, result.countryCode.isEmpty() ? QString() : names(result.countryCode));
        json += QLatin1String(", \"asn\": ");
        json += result.asn ? QString::number(result.asn) : QStringLiteral("null");
        json += QLatin1String(", \"organization\": ");
        appendJsonStringOrNull(json, result.organization);
        json += u'}';
    }
    json += addresses.isEmpty() ? QLatin1String("]\n") : QLatin1String("\n]\n");
    return json;
}

} // namespace

int geo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("The .mmdb file to read instead of the default one."),
                                      tr("file"));
    parser.addOptions({ json, database });
    if (!parser.parse(arguments)) {
        err << tr("rampartctl: %1").arg(parser.errorText()) << '\n' << usage();
        return Usage;
    }
    const QStringList items = splitItems(parser.positionalArguments());
    if (items.isEmpty()) {
        err << tr("rampartctl: geo needs at least one address, or - to read them from standard "
                  "input")
            << '\n'
            << usage();
        return Usage;
    }

    GeoDatabase db;
    if (parser.isSet(database))
        db.open(parser.value(database));
    else
        db = GeoDatabase::openFirst(GeoDatabase::databaseSearchPath());
    if (!db.isOpen()) {
        err << tr("rampartctl: %1").arg(db.errorString()) << '\n';
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
            err << tr("rampartctl: cannot read %1: %2")
                       .arg(tr("standard input"), input.errorString())
                << '\n';
            return Refused;
        }
        addresses.reserve(addresses.size() + data.count('\n') + 1);
        scanAddresses(data, true, &addresses, err);
    }

    const QList<GeoResult> results = db.lookupBatch(addresses);
    if (parser.isSet(json))
        out << jsonOutput(addresses, results);
    else if (!addresses.isEmpty())
        out << textOutput(addresses, results);
    return addresses.isEmpty() ? Refused : Success;
}

} // namespace Rampart::Cli
