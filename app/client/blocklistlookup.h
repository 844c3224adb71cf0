#pragma once

#include "client/helperclient.h"
#include "net/cidr.h"

#include <QList>

#include <vector>

namespace Rampart {

// Why an address is blocked: every entry of a listing that covers an address or a network,
// and, for a network, every entry inside it. Made once from a listing (a million entries in
// a fraction of a second, off the GUI thread where it matters), then each question takes
// microseconds: one binary search per prefix length the listing holds, and one for the
// entries inside. `rampartctl why` answers with it; the Blocklist tab's search matches its
// rows by relates().
class BlocklistLookup
{
public:
    enum class Relation { Covers, Inside };

    struct Match
    {
        qsizetype entry; // index into the listing
        Relation relation;
    };

    BlocklistLookup() = default;
    // The entries are not kept: matches name them by their index. Entries that do not parse
    // (no helper lists them) are never matched.
    explicit BlocklistLookup(const QList<BlockedEntry> &entries);

    // The entries that cover query (query itself among them) or lie inside it, in address
    // order, a network before the addresses inside it; an entry listed twice (by hand and
    // by a feed) is matched twice.
    QList<Match> find(const Cidr &query) const;

    qsizetype size() const { return qsizetype(m_entries.size()); }

    // The rule itself: whether a blocklist entry covers query or lies inside it. An IPv4
    // entry never relates to an IPv6 query, nor the other way round.
    static bool relates(const Cidr &entry, const Cidr &query)
    {
        return entry.family() == query.family() && (entry.contains(query) || query.contains(entry));
    }

private:
    struct Indexed
    {
        Cidr cidr;
        qsizetype entry;
    };

    std::vector<Indexed> m_entries; // in address order
    // The prefix lengths the listing holds, per family (index 0: IPv4, 1: IPv6).
    std::vector<int> m_prefixLengths[2];
};

} // namespace Rampart
