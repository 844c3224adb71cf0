#pragma once

#include "net/rangeset.h"

#include <QString>

namespace Rampart {

// How much of the Internet one change may cover before someone must say they mean it.
// A list that arrives damaged (a prefix cut short: 198.62.76.0/2 for /24), a hostile list
// or a slip of the keyboard can otherwise lock out everyone at once.
namespace Breadth {

// A single network is broad when it is wider than a /8 of IPv4 or a /16 of IPv6.
int broadPrefix(Family family);

// A manual block of a broad network needs the force flag.
bool isBroad(const Cidr &cidr);

// Space that no source on the Internet can use: "this network" 0.0.0.0/8, loopback,
// multicast, the reserved 240.0.0.0/4, the documentation and benchmarking ranges, private,
// shared (100.64.0.0/10) and link-local space; for IPv6 the unspecified address, loopback,
// discard-only, documentation, unique-local, link-local, site-local and multicast. Bogon
// lists name these whole, and however wide they are they cut nobody off the Internet.
// (Cutting the machine off its own neighbours is another matter: its own addresses and
// gateways are never blocked by a feed.)
const RangeSet &nonSourceSpace();

// A feed item is broad when its addresses outside nonSourceSpace() would fill more than a
// /8 (or an IPv6 /16): FireHOL level 1's 224.0.0.0/3 is multicast and reserved space, so
// it is not, while 0.0.0.0/2 is.
bool isBroadFeedItem(const Cidr &cidr);

// The family's public space: IPv4 less nonSourceSpace(); IPv6 global unicast 2000::/3
// less documentation.
const RangeSet &publicSpace();

// The share of the family's public space that the set covers, from 0 to 1.
double publicShare(const RangeSet &set, Family family);

// A feed's list may cover at most this share of a family's public space unless forced.
inline constexpr double maxFeedPublicShare = 0.25;

} // namespace Breadth

} // namespace Rampart
