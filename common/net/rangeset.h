#pragma once

#include "cidr.h"

#include <QList>

#include <QString>
#include <optional>

#include <algorithm>
#include <bit>
#include <vector>

namespace Rampart {

// An IPv6 address as one number, so that ranges compare and subtract like IPv4 ones.
// (__extension__ keeps -Wpedantic quiet about the compiler's 128-bit type.)
__extension__ using Address6 = unsigned __int128;

// Inclusive ranges: [first, last].
struct Range4
{
    quint32 first = 0;
    quint32 last = 0;
    friend bool operator==(const Range4 &, const Range4 &) = default;
};

struct Range6
{
    Address6 first = 0;
    Address6 last = 0;
    friend bool operator==(const Range6 &, const Range6 &) = default;
};

// A number of addresses up to 2^128 inclusive (::/0 holds one more than 128 bits can say).
class AddressCount
{
public:
    AddressCount() = default;
    explicit AddressCount(Address6 count)
        : m_count(count)
    { }

    void add(Address6 count);
    void add(const AddressCount &other);
    // In decimal, without separators: "340282366920938463463374607431768211456" for ::/0.
    QString toString() const;
    // Saturated at 2^64 - 1 for places that only need an order of magnitude.
    quint64 toSaturatedUInt64() const;

    friend bool operator==(const AddressCount &, const AddressCount &) = default;

private:
    Address6 m_count = 0;
    bool m_carry = false; // 2^128 added to m_count
};

// Sets of IPv4 and IPv6 addresses as sorted, merged intervals: what a feed, the allowlist
// or a country is once its lines are read. Ranges are added in any order and the set is
// put in normal form by normalize(); the operations take and give normal forms.
class RangeSet
{
public:
    void add(const Cidr &cidr);
    void addV4(quint32 first, quint32 last);
    void addV6(Address6 first, Address6 last);
    void reserve(qsizetype v4, qsizetype v6);
    // Sorts and merges overlapping and adjacent ranges.
    void normalize();
    // normalize(), also counting the added ranges that lie inside another added range (of
    // two equal ones, one): the items of a feed that add no address of their own.
    qsizetype normalizeCountingContained();

    bool isEmpty() const { return m_v4.empty() && m_v6.empty(); }
    const std::vector<Range4> &v4() const { return m_v4; }
    const std::vector<Range6> &v6() const { return m_v6; }

    RangeSet united(const RangeSet &other) const;
    RangeSet subtracted(const RangeSet &other) const;
    RangeSet intersected(const RangeSet &other) const;

    // Whether every address of the network is in the set, or at least one is.
    bool contains(const Cidr &cidr) const;
    bool intersects(const Cidr &cidr) const;
    // The network of toCidrs() that holds the address, if any does.
    std::optional<Cidr> networkContaining(const Cidr &address) const;

    // The fewest networks that cover exactly the set: IPv4 first, each family ascending.
    QList<Cidr> toCidrs() const;
    // How many networks toCidrs() would return, without building them.
    qsizetype cidrCount() const;
    AddressCount addressCount() const;
    AddressCount addressCount(Family family) const;

    static RangeSet fromCidrs(const QList<Cidr> &cidrs);

    friend bool operator==(const RangeSet &, const RangeSet &) = default;

private:
    std::vector<Range4> m_v4;
    std::vector<Range6> m_v6;
};

// Sorts by first address, as normalize() starts with (a radix sort for large sets), for
// callers that sort parts of a set on several threads and merge them.
void sortByFirst(std::vector<Range4> &ranges);
void sortByFirst(std::vector<Range6> &ranges);

Address6 toAddress6(const Cidr::Bytes &bytes);
Cidr::Bytes fromAddress6(Address6 address);

// Splits [first, last] into the fewest aligned networks, in ascending order, calling
// visit(network's first address, prefix length) for each: what toCidrs() returns, for
// callers that format millions of networks without building Cidr objects.
template<typename Visit> void forEachNetwork(quint32 first, quint32 last, Visit &&visit)
{
    quint64 address = first;
    while (address <= last) {
        // The largest block that starts at address (its alignment) and ends by last (the
        // room left).
        const int roomBits = 63 - std::countl_zero(quint64(last) - address + 1);
        const int alignmentBits = address ? std::countr_zero(quint32(address)) : 32;
        const int bits = std::min(roomBits, alignmentBits);
        visit(quint32(address), 32 - bits);
        address += quint64(1) << bits;
    }
}

// The network of the given prefix length that holds the address: the /24 or /16 around an
// IPv4 source, the /64 or /48 around an IPv6 one. prefixLength is clamped to the family,
// and a network that is already wider than asked for is returned as it is.
Cidr enclosingNetwork(const Cidr &address, int prefixLength);

} // namespace Rampart
