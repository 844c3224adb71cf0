// libFuzzer target for the feed parsers: any bytes, read in every format, must give a
// consistent result (counts that add up, errors in line order, a normal form that survives
// the trip through CIDRs), and the fast item scanner must agree with the strict address
// parser. Built and run by scripts/fuzz.sh with AddressSanitizer and UBSan.

#include "feeds/feeditem.h"
#include "feeds/feedparser.h"

#include <cstdio>
#include <cstdlib>

using namespace Rampart;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "feedparserfuzz: invariant broken: %s %s\n", what, detail.constData());
    std::abort();
}

void require(bool condition, const char *what, const QByteArray &detail = {})
{
    if (!condition)
        fail(what, detail);
}

template<typename Range> bool isNormal(const std::vector<Range> &ranges)
{
    for (size_t i = 0; i < ranges.size(); ++i) {
        if (ranges[i].first > ranges[i].last)
            return false;
        // Sorted, apart, and not touching (last + 1 would be first).
        if (i
            && (ranges[i - 1].last >= ranges[i].first || ranges[i - 1].last + 1 == ranges[i].first))
            return false;
    }
    return true;
}

void checkResult(const FeedParseResult &result, const FeedParseOptions &options)
{
    const QByteArray format = feedFormatName(options.format).toLatin1();
    require(result.valid >= 0 && result.invalid >= 0, "negative counts", format);
    require(result.duplicates >= 0 && result.duplicates <= result.valid,
            "duplicates beyond the valid items", format);
    require(result.errors.size() == std::min<qint64>(result.invalid, options.maxReportedErrors),
            "errors and invalid count disagree", format);
    qint64 line = 1;
    for (const FeedLineError &error : result.errors) {
        require(error.line >= line, "errors out of line order", format);
        line = error.line;
        // quotedItem() shows 40 characters, each at most 6 when escaped ("\\u202e"), and an
        // ellipsis; the text may be empty (an empty CSV cell).
        require(error.text.size() <= 40 * 6 + 1, "error text", format);
        require(!error.reason.isEmpty(), "error without a reason", format);
    }
    if (result.fatalError.isEmpty())
        require(result.valid > 0, "usable result without a valid item", format);
    else
        require(result.ranges.isEmpty(), "ranges beside a fatal error", format);
    require(isNormal(result.ranges.v4()) && isNormal(result.ranges.v6()), "not normalized", format);
    const QList<Cidr> cidrs = result.ranges.toCidrs();
    require(cidrs.size() == result.ranges.cidrCount(), "cidrCount disagrees", format);
    require(RangeSet::fromCidrs(cidrs) == result.ranges, "CIDR round trip", format);
    require(result.ranges.addressCount(Family::V4).toSaturatedUInt64() <= (quint64(1) << 32),
            "more IPv4 addresses than exist", format);
    bogonsIn(result.ranges);
}

// The fast scanner reads an item as parseCidr() does, except that it clears host bits.
void checkItem(QByteArrayView line)
{
    while (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\r'))
        line = line.sliced(1);
    while (!line.isEmpty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
        line.chop(1);
    if (line.isEmpty() || line.size() > 120)
        return;
    FeedItem item;
    const bool scanned = scanFeedItem(line.data(), line.data() + line.size(), &item);
    if (!scanned)
        require(!feedItemError(line).isEmpty(), "refused item without a reason",
                line.toByteArray());
    if (line.contains('-'))
        return;
    const CidrParse strict = parseCidr(QString::fromLatin1(line));
    if (strict.cidr) {
        require(scanned, "scanner refuses what parseCidr accepts", line.toByteArray());
        RangeSet expected;
        expected.add(*strict.cidr);
        RangeSet actual;
        if (item.family == Family::V4)
            actual.addV4(item.v4.first, item.v4.last);
        else
            actual.addV6(item.v6.first, item.v6.last);
        require(actual == expected, "scanner and parseCidr read different networks",
                line.toByteArray());
    } else if (scanned) {
        require(strict.error.contains(QLatin1String("after the prefix")),
                "scanner accepts what parseCidr refuses", line.toByteArray());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const FeedFormat formats[] = { FeedFormat::Auto,      FeedFormat::Lines,
                                          FeedFormat::Separated, FeedFormat::Ranges,
                                          FeedFormat::P2P,       FeedFormat::DShield,
                                          FeedFormat::Csv,       FeedFormat::Json };
    for (const FeedFormat format : formats) {
        for (const int column : { -1, 1 }) {
            if (column == 1 && format != FeedFormat::Csv)
                continue;
            FeedParseOptions options;
            options.format = format;
            options.csvColumn = column;
            options.maxReportedErrors = 20;
            checkResult(parseFeed(bytes, options), options);
        }
    }
    qsizetype start = 0;
    for (int lines = 0; start <= bytes.size() && lines < 64; ++lines) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        checkItem(QByteArrayView(bytes).sliced(start, end - start));
        start = end + 1;
    }
    return 0;
}
