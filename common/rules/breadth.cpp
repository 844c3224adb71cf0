#include "rules/breadth.h"

#include <cmath>

namespace Rampart::Breadth {

namespace {

RangeSet rangesOf(std::initializer_list<const char16_t *> networks)
{
    RangeSet set;
    for (const char16_t *text : networks)
        set.add(*parseCidr(text).cidr);
    set.normalize();
    return set;
}

// Addresses as a floating-point number: a share needs no more, and IPv6 counts reach 2^128.
long double size(const std::vector<Range4> &ranges)
{
    long double total = 0;
    for (const Range4 &range : ranges)
        total += (long double)(range.last - range.first) + 1;
    return total;
}

long double size(const std::vector<Range6> &ranges)
{
    long double total = 0;
    for (const Range6 &range : ranges)
        total += (long double)(range.last - range.first) + 1;
    return total;
}

} // namespace

int broadPrefix(Family family)
{
    return family == Family::V4 ? 8 : 16;
}

bool isBroad(const Cidr &cidr)
{
    return cidr.prefixLength() < broadPrefix(cidr.family());
}

const RangeSet &nonSourceSpace()
{
    static const RangeSet space = rangesOf({
        // Reserved, loopback, documentation, benchmarking, multicast.
        u"0.0.0.0/8",
        u"127.0.0.0/8",
        u"192.0.0.0/24",
        u"192.0.2.0/24",
        u"198.18.0.0/15",
        u"198.51.100.0/24",
        u"203.0.113.0/24",
        u"224.0.0.0/4",
        u"240.0.0.0/4",
        u"::/128",
        u"::1/128",
        u"100::/64",
        u"2001:db8::/32",
        u"3fff::/20",
        u"ff00::/8",
        // Private, shared and link-local space: never routed on the Internet.
        u"10.0.0.0/8",
        u"100.64.0.0/10",
        u"169.254.0.0/16",
        u"172.16.0.0/12",
        u"192.168.0.0/16",
        u"fc00::/7",
        u"fe80::/10",
        u"fec0::/10",
    });
    return space;
}

bool isBroadFeedItem(const Cidr &cidr)
{
    // Nearly every item is narrower than the limit, and so cannot be broad.
    if (!isBroad(cidr))
        return false;
    RangeSet item;
    item.add(cidr);
    const RangeSet counted = item.subtracted(nonSourceSpace());
    const int hostBits = cidr.maxPrefixLength() - broadPrefix(cidr.family());
    const long double limit = std::ldexp(1.0L, hostBits);
    return cidr.family() == Family::V4 ? size(counted.v4()) > limit : size(counted.v6()) > limit;
}

const RangeSet &publicSpace()
{
    static const RangeSet space =
        rangesOf({ u"0.0.0.0/0", u"2000::/3" }).subtracted(nonSourceSpace());
    return space;
}

double publicShare(const RangeSet &set, Family family)
{
    const RangeSet covered = set.intersected(publicSpace());
    const long double part = family == Family::V4 ? size(covered.v4()) : size(covered.v6());
    const long double whole =
        family == Family::V4 ? size(publicSpace().v4()) : size(publicSpace().v6());
    return double(part / whole);
}

} // namespace Rampart::Breadth
