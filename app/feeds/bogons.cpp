#include "bogons.h"

#include "feeds/feedformat.h"

namespace Rampart {

namespace {

struct Bogon
{
    const char *network;
    const char *name;
};

// IANA's special-purpose registries (RFC 6890 and successors), the parts that are never
// a source on the public Internet.
const Bogon bogons[] = {
    { "0.0.0.0/8", QT_TRANSLATE_NOOP("Rampart::Feeds", "\"this network\" (RFC 791)") },
    { "10.0.0.0/8", QT_TRANSLATE_NOOP("Rampart::Feeds", "private network (RFC 1918)") },
    { "100.64.0.0/10",
      QT_TRANSLATE_NOOP("Rampart::Feeds", "carrier-grade NAT shared space (RFC 6598)") },
    { "127.0.0.0/8", QT_TRANSLATE_NOOP("Rampart::Feeds", "loopback (RFC 1122)") },
    { "169.254.0.0/16", QT_TRANSLATE_NOOP("Rampart::Feeds", "link-local (RFC 3927)") },
    { "172.16.0.0/12", QT_TRANSLATE_NOOP("Rampart::Feeds", "private network (RFC 1918)") },
    { "192.0.0.0/24", QT_TRANSLATE_NOOP("Rampart::Feeds", "IETF protocol assignments (RFC 6890)") },
    { "192.0.2.0/24", QT_TRANSLATE_NOOP("Rampart::Feeds", "documentation (RFC 5737)") },
    { "192.168.0.0/16", QT_TRANSLATE_NOOP("Rampart::Feeds", "private network (RFC 1918)") },
    { "198.18.0.0/15", QT_TRANSLATE_NOOP("Rampart::Feeds", "network benchmarking (RFC 2544)") },
    { "198.51.100.0/24", QT_TRANSLATE_NOOP("Rampart::Feeds", "documentation (RFC 5737)") },
    { "203.0.113.0/24", QT_TRANSLATE_NOOP("Rampart::Feeds", "documentation (RFC 5737)") },
    { "224.0.0.0/4", QT_TRANSLATE_NOOP("Rampart::Feeds", "multicast (RFC 5771)") },
    { "240.0.0.0/4",
      QT_TRANSLATE_NOOP("Rampart::Feeds", "reserved, with the broadcast address (RFC 1112)") },
    { "::/128", QT_TRANSLATE_NOOP("Rampart::Feeds", "unspecified address (RFC 4291)") },
    { "::1/128", QT_TRANSLATE_NOOP("Rampart::Feeds", "loopback (RFC 4291)") },
    { "100::/64", QT_TRANSLATE_NOOP("Rampart::Feeds", "discard-only (RFC 6666)") },
    { "2001:db8::/32", QT_TRANSLATE_NOOP("Rampart::Feeds", "documentation (RFC 3849)") },
    { "3fff::/20", QT_TRANSLATE_NOOP("Rampart::Feeds", "documentation (RFC 9637)") },
    { "fc00::/7", QT_TRANSLATE_NOOP("Rampart::Feeds", "unique local addresses (RFC 4193)") },
    { "fe80::/10", QT_TRANSLATE_NOOP("Rampart::Feeds", "link-local (RFC 4291)") },
    { "fec0::/10", QT_TRANSLATE_NOOP("Rampart::Feeds", "site-local, deprecated (RFC 3879)") },
    { "ff00::/8", QT_TRANSLATE_NOOP("Rampart::Feeds", "multicast (RFC 4291)") },
};

template<typename Range> AddressCount overlap(const std::vector<Range> &ranges, const Range &bogon)
{
    AddressCount count;
    auto it =
        std::lower_bound(ranges.begin(), ranges.end(), bogon.first,
                         [](const Range &range, const auto &value) { return range.last < value; });
    for (; it != ranges.end() && it->first <= bogon.last; ++it) {
        const auto first = std::max(it->first, bogon.first);
        const auto last = std::min(it->last, bogon.last);
        count.add(Address6(last - first));
        count.add(Address6(1));
    }
    return count;
}

} // namespace

QList<BogonHit> bogonsIn(const RangeSet &ranges)
{
    QList<BogonHit> hits;
    for (const Bogon &bogon : bogons) {
        const Cidr network = *parseCidr(QString::fromLatin1(bogon.network)).cidr;
        RangeSet one;
        one.add(network);
        const AddressCount addresses = network.family() == Family::V4
            ? overlap(ranges.v4(), one.v4().front())
            : overlap(ranges.v6(), one.v6().front());
        if (addresses != AddressCount())
            hits.append({ network, Feeds::tr(bogon.name), addresses });
    }
    return hits;
}

} // namespace Rampart
