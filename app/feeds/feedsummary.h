#pragma once

#include "dbus/helpertypes.h"
#include "feeds/bogons.h"
#include "feeds/feedparser.h"
#include "net/rangeset.h"

#include <QJsonObject>
#include <QList>

namespace Rampart {

// What an import would do, for the preview and for `rampartctl import --json`.
struct FeedSummary
{
    FeedParseResult parsed;
    QList<Cidr> list; // the whole list as the fewest networks: what the helper keeps
    RangeSet applied; // the list without the allowlist: what the kernel would get
    qint64 allowlisted = 0; // networks of the list that the allowlist takes out, wholly or in part
    qint64 ranges = 0; // networks after aggregation, in applied
    // In applied, per family: IPv4 and IPv6 counts are never added up.
    AddressCount addressesV4;
    AddressCount addressesV6;
    QList<BogonHit> bogons;
};

FeedSummary summarizeFeed(FeedParseResult parsed, const RangeSet &allowlist);
// {"valid":N,"invalid":N,"duplicates":N,"allowlisted":N,"ranges":N,"addressesV4":"N",
//  "addressesV6":"N","errors":[…]}
QJsonObject summaryJson(const FeedSummary &summary);

// The allowlist as a range set, from the helper's listing, for summarizeFeed().
RangeSet allowlistRanges(const QList<AllowedEntry> &entries);

} // namespace Rampart
