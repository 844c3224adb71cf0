#pragma once

#include "net/cidr.h"
#include "net/rangeset.h"

#include <QString>

namespace Rampart {

// What a list of entries is sent for; what each entry may be depends on it.
enum class EntryUse {
    Block,
    Allow,
    // Unblock and Disallow: any entry may be named, but for every address (a /0), which
    // is never blocked nor allowlisted.
    Remove,
};

// Why this network must never be blocked (it covers every address, loopback, the
// unspecified address or multicast), or an empty string when it may be. Networks that only
// need the force flag (wide ones, this machine's own) are Breadth's and hostnetworks' rules.
QString blockRefusal(const Cidr &cidr);
// The ranges blockRefusal() refuses whatever their width (all but every address), as one
// set: what a feed's list is always applied without. A feed that lists them (FireHOL's
// level 1 lists 0.0.0.0/8 and 224.0.0.0/3) keeps the rest of its list.
const RangeSet &neverBlockedSpace();

// Why this network cannot be allowlisted (it covers every address, which would switch
// every feed off), or an empty string when it may be.
QString allowRefusal(const Cidr &cidr);

// The refusal for the use: blockRefusal(), allowRefusal(), or for Remove only every address.
QString entryRefusal(const Cidr &cidr, EntryUse use);

} // namespace Rampart
