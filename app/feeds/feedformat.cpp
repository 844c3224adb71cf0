#include "feedformat.h"

#include "feeds/feeditem.h"
#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QList>

#include <array>
#include <cstring>

namespace Rampart {

namespace {

constexpr qsizetype detectionWindow = 64 * 1024;
constexpr qsizetype sampleLineLength = 4096;
constexpr int sampleLineCount = 200;
constexpr int maxDetectedColumns = 64;

struct Names
{
    FeedFormat format;
    const char *name;
};

constexpr std::array<Names, 8> names { {
    { FeedFormat::Auto, "auto" },
    { FeedFormat::Lines, "lines" },
    { FeedFormat::Separated, "separated" },
    { FeedFormat::Ranges, "ranges" },
    { FeedFormat::P2P, "p2p" },
    { FeedFormat::DShield, "dshield" },
    { FeedFormat::Csv, "csv" },
    { FeedFormat::Json, "json" },
} };

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

struct Line
{
    const char *begin;
    const char *end;
};

void trim(Line &line)
{
    while (line.begin != line.end && isBlank(*line.begin))
        ++line.begin;
    while (line.end != line.begin && isBlank(line.end[-1]))
        --line.end;
}

bool scans(const char *begin, const char *end, FeedItem *item = nullptr)
{
    FeedItem ignored;
    return scanFeedItem(begin, end, item ? item : &ignored);
}

bool startsWithNoCase(Line line, const char *word)
{
    const auto length = qsizetype(std::strlen(word));
    return line.end - line.begin >= length && qstrnicmp(line.begin, word, length) == 0;
}

// The first lines of content, trimmed, without blank lines and whole-line comments.
QList<Line> sampleLines(QByteArrayView text)
{
    QList<Line> lines;
    const char *p = text.data();
    const char *end = p + std::min(text.size(), detectionWindow);
    while (p < end && lines.size() < sampleLineCount) {
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        Line line { p, newline ? newline : end };
        p = newline ? newline + 1 : end;
        if (line.end - line.begin > sampleLineLength)
            line.end = line.begin + sampleLineLength;
        trim(line);
        if (line.begin == line.end || *line.begin == '#' || *line.begin == ';')
            continue;
        lines.append(line);
    }
    return lines;
}

// The item of a line in the Lines format: up to a comment.
Line lineItem(Line line)
{
    const char *end = line.begin;
    while (end != line.end && *end != '#' && *end != ';')
        ++end;
    Line item { line.begin, end };
    trim(item);
    return item;
}

QList<Line> split(Line line, bool (*isSeparator)(char))
{
    QList<Line> fields;
    const char *p = line.begin;
    while (p != line.end) {
        while (p != line.end && isSeparator(*p))
            ++p;
        const char *start = p;
        while (p != line.end && !isSeparator(*p))
            ++p;
        if (p != start)
            fields.append(Line { start, p });
    }
    return fields;
}

bool isListSeparator(char c)
{
    return c == ',' || c == ' ' || c == '\t';
}

bool isBlankSeparator(char c)
{
    return c == ' ' || c == '\t';
}

bool isDShieldHeader(Line line)
{
    const QList<Line> fields = split(line, isBlankSeparator);
    return fields.size() >= 2 && startsWithNoCase(fields[0], "start")
        && fields[0].end - fields[0].begin == 5 && startsWithNoCase(fields[1], "end");
}

bool isDShieldRow(Line line)
{
    const QList<Line> fields = split(line, isBlankSeparator);
    if (fields.size() < 3)
        return false;
    FeedItem item;
    const auto prefixDigits = fields[2].end - fields[2].begin;
    return scanFeedAddress(fields[0].begin, fields[0].end, &item)
        && scanFeedAddress(fields[1].begin, fields[1].end, &item) && prefixDigits >= 1
        && prefixDigits <= 3
        && std::all_of(fields[2].begin, fields[2].end, [](char c) { return c >= '0' && c <= '9'; });
}

// "name:first-last", where the whole line is not itself an (IPv6) item.
bool isP2PLine(Line line)
{
    const void *colon = memrchr(line.begin, ':', size_t(line.end - line.begin));
    if (!colon || scans(line.begin, line.end))
        return false;
    Line range { static_cast<const char *>(colon) + 1, line.end };
    trim(range);
    FeedItem item;
    return std::memchr(range.begin, '-', size_t(range.end - range.begin))
        && scans(range.begin, range.end, &item) && item.family == Family::V4;
}

template<typename Visit>
CsvCell forEachCsvCell(const char *p, const char *end, char separator, QByteArray *scratch,
                       Visit &&visit)
{
    for (int column = 0;; ++column) {
        while (p != end && *p != separator && isBlank(*p))
            ++p;
        QByteArrayView cell;
        if (p != end && *p == '"') {
            const char *start = ++p;
            bool doubled = false;
            while (true) {
                const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!quote)
                    return CsvCell::Unclosed;
                if (quote + 1 != end && quote[1] == '"') {
                    doubled = true;
                    p = quote + 2;
                    continue;
                }
                cell = QByteArrayView(start, quote - start);
                p = quote + 1;
                break;
            }
            if (doubled) {
                *scratch = cell.toByteArray().replace("\"\"", "\"");
                cell = *scratch;
            }
            // Anything between the closing quote and the separator is dropped.
            while (p != end && *p != separator)
                ++p;
        } else {
            const char *next =
                static_cast<const char *>(std::memchr(p, separator, size_t(end - p)));
            Line field { p, next ? next : end };
            trim(field);
            cell = QByteArrayView(field.begin, field.end - field.begin);
            p = next ? next : end;
        }
        if (!visit(column, cell))
            return CsvCell::Found;
        if (p == end)
            return CsvCell::Missing;
        ++p; // the separator
    }
}

struct CsvVotes
{
    int rows = 0; // rows with an address beside other data
    std::array<int, maxDetectedColumns> addressesPerColumn {};
};

CsvVotes csvVotes(const QList<Line> &lines, char separator)
{
    CsvVotes votes;
    QByteArray scratch;
    for (const Line &line : lines) {
        int cells = 0;
        bool address = false;
        bool other = false;
        const CsvCell end = forEachCsvCell(line.begin, line.end, separator, &scratch,
                                           [&](int column, QByteArrayView cell) {
                                               ++cells;
                                               if (scans(cell.data(), cell.data() + cell.size())) {
                                                   address = true;
                                                   ++votes.addressesPerColumn[size_t(column)];
                                               } else if (!cell.isEmpty()) {
                                                   other = true;
                                               }
                                               return column + 1 < maxDetectedColumns;
                                           });
        if (end != CsvCell::Unclosed && cells >= 2 && address && other)
            ++votes.rows;
    }
    return votes;
}

} // namespace

QString feedFormatName(FeedFormat format)
{
    for (const Names &entry : names) {
        if (entry.format == format)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<FeedFormat> feedFormatFromName(QStringView name)
{
    for (const Names &entry : names) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}

QString feedFormatDescription(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Auto:
        return Feeds::tr("Recognize the format from the content");
    case FeedFormat::Lines:
        return Feeds::tr("One address, network or range per line");
    case FeedFormat::Separated:
        return Feeds::tr("Addresses separated by commas, spaces or tabs");
    case FeedFormat::Ranges:
        return Feeds::tr("One range of addresses (first-last) per line");
    case FeedFormat::P2P:
        return Feeds::tr("PeerGuardian P2P: a name, a colon and a range per line");
    case FeedFormat::DShield:
        return Feeds::tr("DShield block list: start, end and prefix length per row");
    case FeedFormat::Csv:
        return Feeds::tr("Comma-separated values with the addresses in one column");
    case FeedFormat::Json:
        return Feeds::tr("A JSON array of addresses as strings");
    }
    return {};
}

std::optional<FeedParseOptions> feedOptionsFromText(QStringView text)
{
    FeedParseOptions options;
    QStringView name = text;
    const qsizetype colon = text.indexOf(u':');
    if (colon >= 0) {
        name = text.left(colon);
        bool ok = false;
        const int column = text.mid(colon + 1).toInt(&ok);
        if (!ok || column < 1 || column > 999 || name != u"csv")
            return std::nullopt;
        options.csvColumn = column - 1;
    } else {
        options.csvColumn = -1;
    }
    const std::optional<FeedFormat> format = feedFormatFromName(name);
    if (!format)
        return std::nullopt;
    options.format = *format;
    return options;
}

QString feedOptionsText(const FeedParseOptions &options)
{
    QString text = feedFormatName(options.format);
    if (options.format == FeedFormat::Csv && options.csvColumn >= 0)
        text += u':' + QString::number(options.csvColumn + 1);
    return text;
}

CsvCell csvCell(const char *begin, const char *end, char separator, int column,
                QByteArrayView *cell, QByteArray *scratch)
{
    return forEachCsvCell(begin, end, separator, scratch, [&](int index, QByteArrayView text) {
        if (index < column)
            return true;
        *cell = text;
        return false;
    });
}

FeedLayout detectFeedLayout(QByteArrayView text, FeedFormat format, int csvColumn)
{
    FeedLayout layout;
    layout.format = format;
    if (format != FeedFormat::Auto && format != FeedFormat::Csv)
        return layout;

    if (format == FeedFormat::Auto) {
        for (const char c : text.first(std::min(text.size(), detectionWindow))) {
            if (c == '[' || c == '{') {
                layout.format = FeedFormat::Json;
                return layout;
            }
            if (!isBlank(c) && c != '\n')
                break;
        }
    }

    const QList<Line> lines = sampleLines(text);
    static constexpr std::array<char, 3> separators { ',', ';', '\t' };
    std::array<CsvVotes, separators.size()> csv;
    size_t best = 0;
    for (size_t i = 0; i < separators.size(); ++i) {
        csv[i] = csvVotes(lines, separators[i]);
        if (csv[i].rows > csv[best].rows)
            best = i;
    }
    const auto chooseCsv = [&] {
        layout.format = FeedFormat::Csv;
        layout.csvSeparator = separators[best];
        layout.csvColumn = csvColumn;
        if (format == FeedFormat::Auto || csvColumn < 0) {
            const auto &perColumn = csv[best].addressesPerColumn;
            layout.csvColumn =
                int(std::max_element(perColumn.begin(), perColumn.end()) - perColumn.begin());
        }
        return layout;
    };
    if (format == FeedFormat::Csv)
        return chooseCsv();

    int dshield = 0;
    int p2p = 0;
    int single = 0;
    int ranges = 0;
    int multiple = 0;
    for (const Line &line : lines) {
        if (isDShieldHeader(line)) {
            layout.format = FeedFormat::DShield;
            return layout;
        }
        dshield += isDShieldRow(line);
        p2p += isP2PLine(line);
        const Line item = lineItem(line);
        if (scans(item.begin, item.end)) {
            ++single;
            ranges += std::memchr(item.begin, '-', size_t(item.end - item.begin)) != nullptr;
            continue;
        }
        const QList<Line> tokens = split(item, isListSeparator);
        qsizetype valid = 0;
        for (const Line &token : tokens)
            valid += scans(token.begin, token.end);
        if (tokens.size() >= 2 && valid * 2 > tokens.size())
            ++multiple;
    }

    // Majorities or the most lines, so that a few bad lines do not change the verdict. A
    // line that is one item once its comment is cut ("192.0.2.0/24 ; SBL123") is not a
    // CSV row; headers and bad rows vote for nothing.
    const qsizetype total = lines.size();
    const auto rangesOrLines = ranges == single ? FeedFormat::Ranges : FeedFormat::Lines;
    if (dshield * 2 > total)
        layout.format = FeedFormat::DShield;
    else if (p2p * 2 > total)
        layout.format = FeedFormat::P2P;
    else if (single * 2 > total)
        layout.format = rangesOrLines;
    else if (csv[best].rows > multiple && csv[best].rows > single)
        return chooseCsv();
    else if (multiple > 0 && multiple >= single)
        layout.format = FeedFormat::Separated;
    else if (single > 0)
        layout.format = rangesOrLines;
    else
        layout.format = FeedFormat::Lines;
    return layout;
}

} // namespace Rampart
