#include "blocklistlookup.h"

#include <algorithm>
#include <cstring>

namespace Rampart {

namespace {

// Family, then address, then prefix length: a network before the addresses inside it.
int compareAddresses(const Cidr &a, const Cidr &b)
{
    if (a.family() != b.family())
        return a.family() < b.family() ? -1 : 1;
    if (const int bytes = std::memcmp(a.bytes().data(), b.bytes().data(), a.bytes().size()))
        return bytes;
    return a.prefixLength() - b.prefixLength();
}

int familyIndex(Family family)
{
    return family == Family::V4 ? 0 : 1;
}

// The network of that prefix length that holds cidr.
Cidr networkOf(const Cidr &cidr, int prefixLength)
{
    return cidr.family() == Family::V4 ? Cidr::fromV4(cidr.v4(), prefixLength)
                                       : Cidr::fromV6(cidr.bytes(), prefixLength);
}

} // namespace

BlocklistLookup::BlocklistLookup(const QList<BlockedEntry> &entries)
{
    m_entries.reserve(size_t(entries.size()));
    bool seen[2][129] = {};
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const CidrParse parsed = parseCidr(entries.at(i).cidr);
        if (!parsed.cidr)
            continue;
        m_entries.push_back({ *parsed.cidr, i });
        seen[familyIndex(parsed.cidr->family())][parsed.cidr->prefixLength()] = true;
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Indexed &a, const Indexed &b) {
        return compareAddresses(a.cidr, b.cidr) < 0;
    });
    for (int family = 0; family < 2; ++family) {
        for (int length = 0; length <= 128; ++length) {
            if (seen[family][length])
                m_prefixLengths[family].push_back(length);
        }
    }
}

QList<BlocklistLookup::Match> BlocklistLookup::find(const Cidr &query) const
{
    QList<Match> matches;
    const auto before = [](const Indexed &indexed, const Cidr &cidr) {
        return compareAddresses(indexed.cidr, cidr) < 0;
    };
    // Covering: the query's own network at each prefix length up to its own.
    for (const int length : m_prefixLengths[familyIndex(query.family())]) {
        if (length > query.prefixLength())
            break;
        const Cidr network = networkOf(query, length);
        for (auto it = std::lower_bound(m_entries.begin(), m_entries.end(), network, before);
             it != m_entries.end() && it->cidr == network; ++it) {
            matches.append({ it->entry, Relation::Covers });
        }
    }
    // Inside: from the query's first address on, while inside it; those of its own prefix
    // length or wider there are the query itself, found above.
    for (auto it = std::lower_bound(m_entries.begin(), m_entries.end(), query, before);
         it != m_entries.end() && query.contains(it->cidr); ++it) {
        if (it->cidr.prefixLength() > query.prefixLength())
            matches.append({ it->entry, Relation::Inside });
    }
    return matches;
}

} // namespace Rampart
