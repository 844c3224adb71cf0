#include "feeds/feedsummary.h"

#include "net/cidr.h"

#include <QJsonArray>

namespace Rampart {

FeedSummary summarizeFeed(FeedParseResult parsed, const RangeSet &allowlist)
{
    FeedSummary summary;
    summary.parsed = std::move(parsed);
    const RangeSet &ranges = summary.parsed.ranges;
    summary.list = ranges.toCidrs();
    if (allowlist.isEmpty()) {
        summary.applied = ranges;
    } else {
        summary.applied = ranges.subtracted(allowlist);
        for (const Cidr &cidr : std::as_const(summary.list)) {
            if (allowlist.intersects(cidr))
                ++summary.allowlisted;
        }
    }
    summary.ranges = summary.applied.cidrCount();
    summary.addressesV4 = summary.applied.addressCount(Family::V4);
    summary.addressesV6 = summary.applied.addressCount(Family::V6);
    summary.bogons = bogonsIn(summary.applied);
    return summary;
}

QJsonObject summaryJson(const FeedSummary &summary)
{
    QJsonArray errors;
    for (const FeedLineError &error : summary.parsed.errors) {
        errors.append(QJsonObject { { QStringLiteral("line"), error.line },
                                    { QStringLiteral("text"), error.text },
                                    { QStringLiteral("reason"), error.reason } });
    }
    return QJsonObject {
        { QStringLiteral("valid"), summary.parsed.valid },
        { QStringLiteral("invalid"), summary.parsed.invalid },
        { QStringLiteral("duplicates"), summary.parsed.duplicates },
        { QStringLiteral("allowlisted"), summary.allowlisted },
        { QStringLiteral("ranges"), summary.ranges },
        { QStringLiteral("addressesV4"), summary.addressesV4.toString() },
        { QStringLiteral("addressesV6"), summary.addressesV6.toString() },
        { QStringLiteral("errors"), errors },
    };
}

RangeSet allowlistRanges(const QList<AllowedEntry> &entries)
{
    RangeSet set;
    for (const AllowedEntry &entry : entries) {
        if (const CidrParse parsed = parseCidr(entry.cidr); parsed.cidr)
            set.add(*parsed.cidr);
    }
    set.normalize();
    return set;
}

} // namespace Rampart
