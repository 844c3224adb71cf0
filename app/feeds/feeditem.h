#pragma once

#include "net/rangeset.h"

#include <QByteArrayView>
#include <QString>

namespace Rampart {

// One item of a feed, read straight from the bytes: the parsers' inner loop.
struct FeedItem
{
    Family family = Family::V4;
    Range4 v4; // when family is V4
    Range6 v6; // when family is V6
};

// Reads an address, a network or a range "first-last" (spaces around the dash allowed)
// from [begin, end), which the caller has trimmed. The address rules are parseCidr()'s,
// except that a network with host bits set is taken as the network they belong to, as
// iprange and FireHOL take it, and that an IPv4-mapped IPv6 range is an IPv4 range.
// Never looks a name up.
bool scanFeedItem(const char *begin, const char *end, FeedItem *item);
// A single address, without prefix or range: the columns of DShield's block list.
bool scanFeedAddress(const char *begin, const char *end, FeedItem *item);

// Why scanFeedItem() refused the item, naming it; translated. Slow: for error reports.
QString feedItemError(QByteArrayView item);
// The item quoted for an error report, as quotedItem() does, decoding no more of a 10 MB
// line than the quote shows.
QString quotedFeedItem(QByteArrayView item);
// The same without the quotes, for the error's text field: what the line held, cut and with
// control characters escaped.
QString shownFeedItem(QByteArrayView item);

} // namespace Rampart
