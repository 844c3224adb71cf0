#pragma once

#include "net/rangeset.h"

#include <QList>
#include <QString>

namespace Rampart {

// A well-known special range that a set of addresses touches: private, loopback,
// link-local, documentation and the like, which a public blocklist has no business listing.
struct BogonHit
{
    Cidr range;
    QString name; // translated, e.g. "private network (RFC 1918)"
    AddressCount addresses; // how many of the set's addresses fall inside
};

// The special ranges the set touches, for the preview's warnings, IPv4 first. The parser
// refuses none of them: blocking them is the helper's and the administrator's call.
QList<BogonHit> bogonsIn(const RangeSet &ranges);

} // namespace Rampart
