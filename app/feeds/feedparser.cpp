#include "feedparser.h"

#include "feeds/feedarchive.h"
#include "feeds/feeditem.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <atomic>
#include <climits>
#include <cstring>
#include <system_error>
#include <thread>

namespace Rampart {

namespace {

// Inputs below this are read on the calling thread alone; above it, in chunks of at least
// minimumChunk bytes on every core.
constexpr qsizetype parallelThreshold = 1024 * 1024;
constexpr qsizetype minimumChunk = 256 * 1024;
constexpr qsizetype sniffWindow = 64 * 1024;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

const char *find(const char *begin, const char *end, char c)
{
    return static_cast<const char *>(std::memchr(begin, c, size_t(end - begin)));
}

QString jsonExample()
{
    return QStringLiteral("[\"192.0.2.1\", \"198.51.100.0/24\"]");
}

struct ChunkResult
{
    std::vector<Range4> v4;
    std::vector<Range6> v6;
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 newlines = 0; // so far; an error's line is counted from the chunk's first line
    QList<FeedLineError> errors;
};

// Reads the items of one chunk of a feed, straight from the bytes; QStrings are made for
// error reports only.
class ChunkReader
{
public:
    ChunkReader(const FeedLayout &layout, qsizetype maxErrors, bool firstChunk, ChunkResult *result)
        : m_layout(layout)
        , m_maxErrors(maxErrors)
        , m_mayBeHeader(firstChunk)
        , m_result(result)
    { }

    void read(const char *begin, const char *end)
    {
        switch (m_layout.format) {
        case FeedFormat::Separated:
            readSeparated(begin, end);
            break;
        case FeedFormat::P2P:
            forEachLine(begin, end, &ChunkReader::readP2PLine);
            break;
        case FeedFormat::DShield:
            forEachLine(begin, end, &ChunkReader::readDShieldLine);
            break;
        case FeedFormat::Csv:
            forEachLine(begin, end, &ChunkReader::readCsvLine);
            break;
        default:
            forEachLine(begin, end, &ChunkReader::readLine);
            break;
        }
    }

    void accept(const FeedItem &item)
    {
        ++m_result->valid;
        if (item.family == Family::V4)
            m_result->v4.push_back(item.v4);
        else
            m_result->v6.push_back(item.v6);
    }

    // The reason is worked out only for the errors that are kept.
    template<typename Reason> void reject(QByteArrayView text, Reason &&reason)
    {
        ++m_result->invalid;
        if (m_result->errors.size() < m_maxErrors)
            m_result->errors.append({ m_result->newlines, shownFeedItem(text), reason() });
    }

    void rejectItem(QByteArrayView item)
    {
        reject(item, [item] { return feedItemError(item); });
    }

    void readItem(const char *begin, const char *end)
    {
        FeedItem item;
        if (scanFeedItem(begin, end, &item))
            accept(item);
        else
            rejectItem(QByteArrayView(begin, end - begin));
    }

private:
    template<typename Read> void forEachLine(const char *p, const char *end, Read read)
    {
        while (p != end) {
            const char *newline = find(p, end, '\n');
            (this->*read)(p, newline ? newline : end);
            if (!newline)
                return;
            ++m_result->newlines;
            p = newline + 1;
        }
    }

    // Lines and Ranges: an item, then maybe a comment after # or ; (FireHOL, Spamhaus).
    void readLine(const char *p, const char *end)
    {
        while (p != end && isBlank(*p))
            ++p;
        if (p == end || *p == '#' || *p == ';')
            return;
        const char *itemEnd = p;
        while (itemEnd != end && *itemEnd != '#' && *itemEnd != ';')
            ++itemEnd;
        while (isBlank(itemEnd[-1]))
            --itemEnd;
        readItem(p, itemEnd);
    }

    // "name:first-last"; the name may hold colons, so the range starts after the last one.
    // A line that is an item as it stands (a bare range, an IPv6 address) is taken whole.
    void readP2PLine(const char *p, const char *end)
    {
        while (p != end && isBlank(*p))
            ++p;
        while (end != p && isBlank(end[-1]))
            --end;
        if (p == end || *p == '#')
            return;
        FeedItem item;
        if (scanFeedItem(p, end, &item)) {
            accept(item);
            return;
        }
        const char *colon = static_cast<const char *>(memrchr(p, ':', size_t(end - p)));
        if (!colon) {
            rejectItem(QByteArrayView(p, end - p));
            return;
        }
        const char *range = colon + 1;
        while (range != end && isBlank(*range))
            ++range;
        if (scanFeedItem(range, end, &item) && item.family == Family::V4)
            accept(item);
        else
            rejectItem(QByteArrayView(range, end - range));
    }

    // DShield's block.txt: start, end and prefix length, tab-separated, then details.
    void readDShieldLine(const char *p, const char *end)
    {
        while (p != end && isBlank(*p))
            ++p;
        while (end != p && isBlank(end[-1]))
            --end;
        if (p == end || *p == '#')
            return;
        QByteArrayView fields[3];
        int count = 0;
        for (const char *q = p; q != end && count < 3;) {
            const char *start = q;
            while (q != end && *q != ' ' && *q != '\t')
                ++q;
            fields[count++] = QByteArrayView(start, q - start);
            while (q != end && (*q == ' ' || *q == '\t'))
                ++q;
        }
        if (fields[0].compare("start", Qt::CaseInsensitive) == 0)
            return; // the header row
        const QByteArray row = count == 3 ? fields[0].toByteArray() + ' ' + fields[1].toByteArray()
                + ' ' + fields[2].toByteArray()
                                          : QByteArray(p, end - p);
        if (count < 3) {
            reject(row, [&row] {
                return Feeds::tr("%1 is not a DShield row, which holds a start address, an end "
                                 "address and a prefix length")
                    .arg(quotedFeedItem(row));
            });
            return;
        }
        FeedItem start;
        FeedItem last;
        if (!scanFeedAddress(fields[0].data(), fields[0].data() + fields[0].size(), &start)) {
            reject(row, [&] { return feedItemError(fields[0]); });
            return;
        }
        if (!scanFeedAddress(fields[1].data(), fields[1].data() + fields[1].size(), &last)) {
            reject(row, [&] { return feedItemError(fields[1]); });
            return;
        }
        bool numeric = fields[2].size() <= 3 && !(fields[2].size() > 1 && fields[2][0] == '0');
        int prefix = 0;
        for (qsizetype i = 0; numeric && i < fields[2].size(); ++i) {
            const char c = fields[2][i];
            numeric = c >= '0' && c <= '9';
            prefix = prefix * 10 + (c - '0');
        }
        const int maxPrefix = start.family == Family::V4 ? 32 : 128;
        if (!numeric || prefix > maxPrefix) {
            reject(row, [&] {
                return Feeds::tr("%1 is not a prefix length").arg(quotedFeedItem(fields[2]));
            });
            return;
        }
        // The network of start and prefix (host bits cleared), which must end at end.
        FeedItem network = start;
        bool agrees = start.family == last.family;
        if (start.family == Family::V4) {
            const quint32 hostMask = prefix == 32 ? 0 : 0xffffffffu >> prefix;
            network.v4 = { start.v4.first & ~hostMask, start.v4.first | hostMask };
            agrees = agrees && network.v4.last == last.v4.first;
        } else {
            const Address6 hostMask = prefix == 128 ? 0 : Address6(~Address6(0)) >> prefix;
            network.v6 = { start.v6.first & ~hostMask, start.v6.first | hostMask };
            agrees = agrees && network.v6.last == last.v6.first;
        }
        if (!agrees) {
            reject(row, [&] {
                return Feeds::tr("%1 does not add up: %2 to %3 is not a network with prefix "
                                 "length %4")
                    .arg(quotedFeedItem(row), quotedFeedItem(fields[0]), quotedFeedItem(fields[1]),
                         quotedFeedItem(fields[2]));
            });
            return;
        }
        accept(network);
    }

    void readCsvLine(const char *p, const char *end)
    {
        while (p != end && isBlank(*p))
            ++p;
        while (end != p && isBlank(end[-1]))
            --end;
        if (p == end || *p == '#')
            return;
        // A first row whose cell is not an address is the header.
        const bool mayBeHeader = m_mayBeHeader;
        m_mayBeHeader = false;
        QByteArrayView cell;
        const CsvCell found =
            csvCell(p, end, m_layout.csvSeparator, m_layout.csvColumn, &cell, &m_scratch);
        const QByteArrayView row(p, end - p);
        FeedItem item;
        if (found == CsvCell::Found
            && scanFeedItem(cell.data(), cell.data() + cell.size(), &item)) {
            accept(item);
            return;
        }
        if (mayBeHeader)
            return;
        switch (found) {
        case CsvCell::Found:
            rejectItem(cell);
            break;
        case CsvCell::Missing:
            reject(row, [&] {
                return Feeds::tr("%1 has no column %2")
                    .arg(quotedFeedItem(row))
                    .arg(m_layout.csvColumn + 1);
            });
            break;
        case CsvCell::Unclosed:
            reject(row, [&] {
                return Feeds::tr("%1 has a quote that is not closed").arg(quotedFeedItem(row));
            });
            break;
        }
    }

    // Items between commas, blanks and line breaks; # starts a comment to the line's end.
    void readSeparated(const char *p, const char *end)
    {
        while (p != end) {
            const char c = *p;
            if (c == '\n') {
                ++m_result->newlines;
                ++p;
            } else if (c == ',' || isBlank(c)) {
                ++p;
            } else if (c == '#') {
                const char *newline = find(p, end, '\n');
                p = newline ? newline : end;
            } else {
                const char *start = p;
                while (p != end && *p != ',' && *p != '\n' && !isBlank(*p))
                    ++p;
                readItem(start, p);
            }
        }
    }

    const FeedLayout m_layout;
    const qsizetype m_maxErrors;
    bool m_mayBeHeader;
    ChunkResult *m_result;
    QByteArray m_scratch;
};

// A JSON array of strings, read by hand: QJsonDocument would build a million QJsonValues
// first, and could not say which element is at fault.
class JsonReader
{
public:
    JsonReader(const char *begin, const char *end, const FeedParseOptions &options,
               ChunkResult *result)
        : m_begin(begin)
        , m_p(begin)
        , m_end(end)
        , m_options(options)
        , m_reader(FeedLayout(), options.maxReportedErrors, false, result)
        , m_result(result)
    { }

    // Returns a fatal error, or an empty string.
    QString read()
    {
        skipSpace();
        if (m_p == m_end)
            return {};
        if (*m_p != '[') {
            return Feeds::tr("The JSON data is not an array. A JSON feed is an array of "
                             "addresses as strings, such as %1.")
                .arg(jsonExample());
        }
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
        } else {
            for (qint64 index = 1;; ++index) {
                // The element's index stands for the line.
                m_result->newlines = index - 1;
                if (index % 65536 == 0 && m_options.progress
                    && !m_options.progress(m_p - m_begin, m_end - m_begin))
                    return cancelled();
                skipSpace();
                if (m_p == m_end)
                    return malformed();
                if (!readElement())
                    return malformed();
                skipSpace();
                if (m_p == m_end)
                    return malformed();
                if (*m_p == ']') {
                    ++m_p;
                    break;
                }
                if (*m_p != ',')
                    return malformed();
                ++m_p;
            }
        }
        skipSpace();
        return m_p == m_end ? QString() : malformed();
    }

    static QString cancelled() { return Feeds::tr("Reading the feed was cancelled."); }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    QString malformed() const
    {
        return Feeds::tr("The JSON data is malformed at byte %1; the download may be "
                         "incomplete. A JSON feed is an array of addresses as strings, such "
                         "as %2.")
            .arg(m_p - m_begin + 1)
            .arg(jsonExample());
    }

    bool readElement()
    {
        if (*m_p == '"') {
            QByteArrayView text;
            if (!readString(&text))
                return false;
            const char *begin = text.data();
            const char *end = begin + text.size();
            while (begin != end && isBlank(*begin))
                ++begin;
            while (end != begin && isBlank(end[-1]))
                --end;
            m_reader.readItem(begin, end);
            return true;
        }
        const char *start = m_p;
        if (!skipValue())
            return false;
        const QByteArrayView value(start, m_p - start);
        m_reader.reject(value, [value] {
            return Feeds::tr("%1 is not a string; a JSON feed lists addresses as strings")
                .arg(quotedFeedItem(value));
        });
        return true;
    }

    // At the opening quote; escapes are decoded into m_scratch only when there are any.
    bool readString(QByteArrayView *text)
    {
        const char *start = ++m_p;
        while (m_p != m_end && *m_p != '"' && *m_p != '\\')
            ++m_p;
        if (m_p == m_end)
            return false;
        if (*m_p == '"') {
            *text = QByteArrayView(start, m_p - start);
            ++m_p;
            return true;
        }
        m_scratch = QByteArray(start, m_p - start);
        while (m_p != m_end && *m_p != '"') {
            if (*m_p != '\\') {
                m_scratch += *m_p++;
                continue;
            }
            if (++m_p == m_end)
                return false;
            const char escape = *m_p++;
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                m_scratch += escape;
                break;
            case 'b':
                m_scratch += '\b';
                break;
            case 'f':
                m_scratch += '\f';
                break;
            case 'n':
                m_scratch += '\n';
                break;
            case 'r':
                m_scratch += '\r';
                break;
            case 't':
                m_scratch += '\t';
                break;
            case 'u': {
                char16_t unit = 0;
                if (!readHex(&unit))
                    return false;
                // A surrogate pair stays two units; QString joins them.
                char16_t units[2] = { unit, 0 };
                qsizetype count = 1;
                if (QChar::isHighSurrogate(unit) && m_end - m_p >= 6 && m_p[0] == '\\'
                    && m_p[1] == 'u') {
                    m_p += 2;
                    if (!readHex(&units[1]))
                        return false;
                    count = 2;
                }
                m_scratch += QString(reinterpret_cast<const QChar *>(units), count).toUtf8();
                break;
            }
            default:
                return false;
            }
        }
        if (m_p == m_end)
            return false;
        ++m_p;
        *text = m_scratch;
        return true;
    }

    bool readHex(char16_t *unit)
    {
        if (m_end - m_p < 4)
            return false;
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_p[i];
            unsigned digit = 0;
            if (c >= '0' && c <= '9')
                digit = unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                digit = unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                digit = unsigned(c - 'A' + 10);
            else
                return false;
            value = value * 16 + digit;
        }
        m_p += 4;
        *unit = char16_t(value);
        return true;
    }

    // A number, a literal, an object or an array, with the strings inside; not checked
    // beyond what it takes to find its end.
    bool skipValue()
    {
        int depth = 0;
        while (m_p != m_end) {
            const char c = *m_p;
            if (c == '"') {
                QByteArrayView ignored;
                if (!readString(&ignored))
                    return false;
                if (depth == 0)
                    return true;
                continue;
            }
            if (c == '[' || c == '{') {
                ++depth;
            } else if (c == ']' || c == '}') {
                if (depth == 0)
                    return true; // the end of the feed's array, after a scalar
                if (--depth == 0) {
                    ++m_p;
                    return true;
                }
            } else if (depth == 0
                       && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                return true;
            }
            ++m_p;
        }
        return depth == 0;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const FeedParseOptions &m_options;
    ChunkReader m_reader;
    ChunkResult *m_result;
    QByteArray m_scratch;
};

struct Chunk
{
    const char *begin;
    const char *end;
    ChunkResult result;
};

bool isListSeparator(char c)
{
    return c == ',' || c == '\n' || isBlank(c);
}

// Chunks of whole lines. Stop Forum Spam's list is one line of megabytes, so in the
// Separated format a long line is cut too, after a separator, unless a comment began on it.
std::vector<Chunk> chunksOf(const char *begin, const char *end, FeedFormat format, int threads)
{
    const qsizetype size = end - begin;
    std::vector<Chunk> chunks;
    if (size < parallelThreshold) {
        chunks.push_back({ begin, end, {} });
        return chunks;
    }
    const qsizetype target = std::max(minimumChunk, size / (4 * threads));
    const char *start = begin;
    while (start != end) {
        const char *cut = end - start < target + target / 2 ? end : start + target;
        if (cut != end) {
            const char *newline = find(cut, std::min(end, cut + target), '\n');
            if (newline) {
                cut = newline + 1;
            } else if (format == FeedFormat::Separated) {
                const char *lineStart =
                    static_cast<const char *>(memrchr(start, '\n', size_t(cut - start)));
                lineStart = lineStart ? lineStart + 1 : start;
                if (find(lineStart, cut, '#')) {
                    newline = find(cut, end, '\n');
                    cut = newline ? newline + 1 : end;
                } else {
                    while (cut != end && !isListSeparator(*cut))
                        ++cut;
                }
            } else {
                newline = find(cut, end, '\n');
                cut = newline ? newline + 1 : end;
            }
        }
        chunks.push_back({ start, cut, {} });
        start = cut;
    }
    return chunks;
}

// Reads the chunks on up to `threads` threads, the calling one among them; only the
// calling thread reports progress. Returns false when cancelled.
bool readChunks(std::vector<Chunk> &chunks, const FeedLayout &layout,
                const FeedParseOptions &options, qint64 total, int threads)
{
    std::atomic<size_t> next = 0;
    std::atomic<qint64> done = 0;
    std::atomic<bool> cancelled = false;
    const auto work = [&](bool reportsProgress) {
        while (!cancelled.load(std::memory_order_relaxed)) {
            const size_t index = next.fetch_add(1);
            if (index >= chunks.size())
                return;
            Chunk &chunk = chunks[index];
            // About one item per 16 bytes in the usual lists.
            chunk.result.v4.reserve(size_t(chunk.end - chunk.begin) / 16);
            ChunkReader(layout, options.maxReportedErrors, index == 0, &chunk.result)
                .read(chunk.begin, chunk.end);
            // Sorting here, on every core, leaves normalize() a merge of sorted runs.
            sortByFirst(chunk.result.v4);
            sortByFirst(chunk.result.v6);
            done += chunk.end - chunk.begin;
            if (reportsProgress && options.progress && !options.progress(done.load(), total))
                cancelled = true;
        }
    };
    std::vector<std::thread> helpers;
    const size_t helperCount = std::min(size_t(threads), chunks.size()) - 1;
    try {
        for (size_t i = 0; i < helperCount; ++i)
            helpers.emplace_back(work, false);
    } catch (const std::system_error &) {
        // Fewer threads, then: the calling one reads what the others do not.
    }
    work(true);
    for (std::thread &helper : helpers)
        helper.join();
    return !cancelled;
}

// Merges runs sorted by first address into one, pairwise like a merge sort's last steps.
template<typename Range> std::vector<Range> mergeRuns(std::vector<std::vector<Range>> runs)
{
    if (runs.empty())
        return {};
    while (runs.size() > 1) {
        std::vector<std::vector<Range>> merged;
        for (size_t i = 0; i + 1 < runs.size(); i += 2) {
            std::vector<Range> both(runs[i].size() + runs[i + 1].size());
            std::merge(runs[i].begin(), runs[i].end(), runs[i + 1].begin(), runs[i + 1].end(),
                       both.begin(),
                       [](const Range &a, const Range &b) { return a.first < b.first; });
            merged.push_back(std::move(both));
            runs[i] = {};
            runs[i + 1] = {};
        }
        if (runs.size() % 2)
            merged.push_back(std::move(runs.back()));
        runs = std::move(merged);
    }
    return std::move(runs.front());
}

int threadCount()
{
    return int(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
}

// Web servers answer a moved or login-protected list with a page, often with status 200.
bool isWebPage(QByteArrayView text)
{
    const QByteArray start =
        text.first(std::min(text.size(), qsizetype(1024))).toByteArray().toLower();
    return start.contains("<!doctype html") || start.contains("<html") || start.contains("<head>")
        || start.contains("<body");
}

} // namespace

FeedParseResult parseFeed(const QByteArray &data, const FeedParseOptions &options)
{
    FeedParseResult result;
    result.format = options.format;
    const auto fail = [&result](const QString &why) {
        result.fatalError = why;
        result.ranges = RangeSet();
        return result;
    };

    QByteArray storage;
    QByteArrayView text = data;
    // Twice at most: a .zip.gz is seen in the wild, deeper nesting is not.
    for (int depth = 0; depth < 2 && isPackedFeed(text); ++depth) {
        UnpackedFeed unpacked = unpackFeed(depth ? storage : data);
        if (!unpacked.error.isEmpty())
            return fail(unpacked.error);
        storage = std::move(unpacked.data);
        text = storage;
    }
    if (text.startsWith("\xef\xbb\xbf")) {
        text = text.sliced(3);
    } else if (text.startsWith("\xff\xfe") || text.startsWith("\xfe\xff")) {
        // Windows tools write UTF-16 with a byte order mark, which the decoder reads.
        QStringDecoder decoder(QStringDecoder::Utf16);
        QByteArray utf8 = QString(decoder(text)).toUtf8();
        storage = std::move(utf8);
        text = storage;
    }

    if (const qsizetype zero = text.first(std::min(text.size(), sniffWindow)).indexOf('\0');
        zero >= 0) {
        return fail(Feeds::tr("The data is not text (byte %1 is zero): it is not a list of "
                              "addresses, or it is packed in a way that cannot be read here. "
                              "Use a text, .gz or .zip file.")
                        .arg(zero + 1));
    }
    if (isWebPage(text)) {
        return fail(Feeds::tr("This is a web page, not a list of addresses: the address may "
                              "lead to a download page, a login or an error page. Check the "
                              "address of the list itself."));
    }
    const bool blank =
        std::all_of(text.begin(), text.end(), [](char c) { return c == '\n' || isBlank(c); });
    if (blank) {
        result.empty = true;
        return fail(Feeds::tr("The feed is empty: it holds no addresses. Check that the file "
                              "or download is complete."));
    }

    const FeedLayout layout = detectFeedLayout(text, options.format, options.csvColumn);
    result.format = layout.format;
    if (layout.format == FeedFormat::Csv)
        result.csvColumn = layout.csvColumn;

    const char *begin = text.data();
    const char *end = begin + text.size();
    std::vector<Chunk> chunks;
    if (layout.format == FeedFormat::Json) {
        chunks.push_back({ begin, end, {} });
        const QString fatal = JsonReader(begin, end, options, &chunks.front().result).read();
        if (!fatal.isEmpty())
            return fail(fatal);
    } else {
        const int threads = threadCount();
        chunks = chunksOf(begin, end, layout.format, threads);
        if (!readChunks(chunks, layout, options, text.size(), threads))
            return fail(JsonReader::cancelled());
    }

    qint64 linesBefore = 0;
    std::vector<std::vector<Range4>> runs4;
    std::vector<std::vector<Range6>> runs6;
    for (Chunk &chunk : chunks) {
        runs4.push_back(std::move(chunk.result.v4));
        runs6.push_back(std::move(chunk.result.v6));
        result.valid += chunk.result.valid;
        result.invalid += chunk.result.invalid;
        for (FeedLineError &error : chunk.result.errors) {
            if (result.errors.size() >= options.maxReportedErrors)
                break;
            error.line += linesBefore + 1;
            result.errors.append(std::move(error));
        }
        linesBefore += chunk.result.newlines;
    }
    const std::vector<Range4> v4 = mergeRuns(std::move(runs4));
    const std::vector<Range6> v6 = mergeRuns(std::move(runs6));
    result.ranges.reserve(qsizetype(v4.size()), qsizetype(v6.size()));
    for (const Range4 &range : v4)
        result.ranges.addV4(range.first, range.last);
    for (const Range6 &range : v6)
        result.ranges.addV6(range.first, range.last);
    result.duplicates = result.ranges.normalizeCountingContained();
    if (options.progress && !options.progress(text.size(), text.size()))
        return fail(JsonReader::cancelled());

    if (result.valid == 0 && result.invalid == 0) {
        result.empty = true;
        return fail(layout.format == FeedFormat::Json
                        ? Feeds::tr("The JSON array is empty: the feed holds no addresses.")
                        : Feeds::tr("The feed holds only comments and blank lines, no "
                                    "addresses."));
    }
    if (result.valid == 0 && !result.errors.isEmpty()) {
        const FeedLineError &first = result.errors.front();
        return fail(Feeds::tr("Nothing in the feed is an address, a network or a range: %n "
                              "item(s) could not be read.",
                              nullptr, int(std::min<qint64>(result.invalid, INT_MAX)))
                    + u' '
                    + Feeds::tr("The first, on line %1: %2. Check that this is a blocklist and "
                                "that its format (%3) is right.")
                          .arg(first.line)
                          .arg(first.reason, feedFormatName(layout.format)));
    }
    if (result.valid == 0) {
        return fail(Feeds::tr("Nothing in the feed is an address, a network or a range: %n "
                              "item(s) could not be read.",
                              nullptr, int(std::min<qint64>(result.invalid, INT_MAX))));
    }
    return result;
}

} // namespace Rampart
