#include "rangeset.h"

#include <algorithm>
#include <array>

namespace Rampart {

namespace {

// std::numeric_limits knows nothing of the 128-bit type in strict ISO mode.
template<typename Value> constexpr Value maxValue = Value(~Value(0));

int countTrailingZeros(Address6 value)
{
    const auto low = quint64(value);
    const auto high = quint64(value >> 64);
    if (low)
        return std::countr_zero(low);
    return high ? 64 + std::countr_zero(high) : 128;
}

int countLeadingZeros(Address6 value)
{
    const auto low = quint64(value);
    const auto high = quint64(value >> 64);
    if (high)
        return std::countl_zero(high);
    return 64 + std::countl_zero(low);
}

Range4 rangeOf4(const Cidr &cidr)
{
    const quint32 first = cidr.v4();
    const quint32 hostMask = cidr.prefixLength() >= 32 ? 0 : 0xffffffffu >> cidr.prefixLength();
    return { first, first | hostMask };
}

Range6 rangeOf6(const Cidr &cidr)
{
    const Address6 first = toAddress6(cidr.bytes());
    const Address6 hostMask =
        cidr.prefixLength() >= 128 ? 0 : maxValue<Address6> >> cidr.prefixLength();
    return { first, first | hostMask };
}

// Calls visit(first address, prefix length) for each network of the fewest that cover
// [first, last], like forEachNetwork() for IPv4. Careful at the top of the space, where
// "one past the block" does not exist.
template<typename Visit> void forEachNetwork6(Address6 first, Address6 last, Visit &&visit)
{
    Address6 address = first;
    while (true) {
        const Address6 room = last - address; // addresses left after this one
        const int roomBits = room == maxValue<Address6> ? 128 : 127 - countLeadingZeros(room + 1);
        const int bits = std::min(roomBits, countTrailingZeros(address));
        visit(address, 128 - bits);
        const Address6 blockLast =
            address + (bits == 128 ? maxValue<Address6> : (Address6(1) << bits) - 1);
        if (blockLast == last)
            return;
        address = blockLast + 1;
    }
}

// Appends range to a normal form under construction, merging it with the last range
// when they overlap or touch. Ranges come in ascending order of first.
template<typename Range> void appendMerged(std::vector<Range> &merged, const Range &range)
{
    using Value = decltype(range.first);
    if (!merged.empty()) {
        Range &back = merged.back();
        if (back.last == maxValue<Value> || range.first <= back.last + 1) {
            back.last = std::max(back.last, range.last);
            return;
        }
    }
    merged.push_back(range);
}

// Sorts and merges in place; returns how many ranges lie inside another one. Among
// ranges with the same first address, all but the longest do; the longest does when an
// earlier range reaches as far, and the last merged range always holds the furthest
// reach so far.
template<typename Range> qsizetype normalizeRanges(std::vector<Range> &ranges)
{
    using Value = decltype(Range::first);
    sortByFirst(ranges);
    qsizetype contained = 0;
    size_t merged = 0; // ranges[0, merged) is the normal form so far
    for (size_t i = 0; i < ranges.size();) {
        const Value first = ranges[i].first;
        Value reach = ranges[i].last;
        size_t next = i + 1;
        while (next < ranges.size() && ranges[next].first == first)
            reach = std::max(reach, ranges[next++].last);
        contained += qsizetype(next - i - 1);
        i = next;
        if (merged) {
            Range &back = ranges[merged - 1];
            if (back.last >= reach) {
                ++contained;
                continue;
            }
            if (back.last == maxValue<Value> || first <= back.last + 1) {
                back.last = reach;
                continue;
            }
        }
        ranges[merged++] = Range { first, reach };
    }
    ranges.resize(merged);
    return contained;
}

template<typename Range>
std::vector<Range> unite(const std::vector<Range> &a, const std::vector<Range> &b)
{
    std::vector<Range> result;
    result.reserve(a.size() + b.size());
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].first <= b[j].first))
            appendMerged(result, a[i++]);
        else
            appendMerged(result, b[j++]);
    }
    return result;
}

template<typename Range>
std::vector<Range> subtract(const std::vector<Range> &a, const std::vector<Range> &b)
{
    std::vector<Range> result;
    result.reserve(a.size());
    size_t j = 0;
    for (const Range &range : a) {
        auto from = range.first; // first address not yet settled
        while (j < b.size() && b[j].last < from)
            ++j;
        bool consumed = false;
        size_t k = j;
        for (; k < b.size() && b[k].first <= range.last; ++k) {
            if (b[k].first > from)
                result.push_back({ from, decltype(from)(b[k].first - 1) });
            if (b[k].last >= range.last) {
                consumed = true;
                break;
            }
            from = b[k].last + 1;
        }
        if (!consumed)
            result.push_back({ from, range.last });
        // A removed range that reaches past this one may cut the next one too.
        j = k;
    }
    return result;
}

template<typename Range>
std::vector<Range> intersect(const std::vector<Range> &a, const std::vector<Range> &b)
{
    std::vector<Range> result;
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const auto first = std::max(a[i].first, b[j].first);
        const auto last = std::min(a[i].last, b[j].last);
        if (first <= last)
            result.push_back({ first, last });
        if (a[i].last < b[j].last)
            ++i;
        else
            ++j;
    }
    return result;
}

// Both work on normal forms, where the last addresses ascend like the first ones.
// The range that holds all of wanted, or ranges.end().
template<typename Range>
typename std::vector<Range>::const_iterator findContaining(const std::vector<Range> &ranges,
                                                           const Range &wanted)
{
    auto it =
        std::upper_bound(ranges.begin(), ranges.end(), wanted.first,
                         [](const auto &value, const Range &range) { return value < range.first; });
    if (it == ranges.begin() || std::prev(it)->last < wanted.last)
        return ranges.end();
    return std::prev(it);
}

template<typename Range> bool containsRange(const std::vector<Range> &ranges, const Range &wanted)
{
    return findContaining(ranges, wanted) != ranges.end();
}

template<typename Range> bool intersectsRange(const std::vector<Range> &ranges, const Range &wanted)
{
    const auto it =
        std::lower_bound(ranges.begin(), ranges.end(), wanted.first,
                         [](const Range &range, const auto &value) { return range.last < value; });
    return it != ranges.end() && it->first <= wanted.last;
}

} // namespace

// Feeds are often sorted already (FireHOL's are), and then this costs one pass.
void sortByFirst(std::vector<Range4> &ranges)
{
    const auto byFirst = [](const Range4 &a, const Range4 &b) {
        return a.first < b.first;
    };
    if (std::is_sorted(ranges.begin(), ranges.end(), byFirst))
        return;
    if (ranges.size() < 1024) {
        std::sort(ranges.begin(), ranges.end(), byFirst);
        return;
    }
    // Least significant digit radix sort in three passes of 11 bits: about ten times as
    // fast as std::sort for a million ranges.
    constexpr int digitBits = 11;
    constexpr int passes = 3;
    constexpr quint32 digitMask = (1u << digitBits) - 1;
    std::vector<std::array<quint32, 1u << digitBits>> counts(passes);
    for (auto &count : counts)
        count.fill(0);
    for (const Range4 &range : ranges) {
        for (int pass = 0; pass < passes; ++pass)
            ++counts[pass][(range.first >> (pass * digitBits)) & digitMask];
    }
    std::vector<Range4> buffer(ranges.size());
    std::vector<Range4> *source = &ranges;
    std::vector<Range4> *target = &buffer;
    for (int pass = 0; pass < passes; ++pass) {
        auto &count = counts[pass];
        const int shift = pass * digitBits;
        // A digit that is the same everywhere leaves the order as it is.
        if (count[(source->front().first >> shift) & digitMask] == source->size())
            continue;
        quint32 offset = 0;
        for (quint32 &slot : count) {
            const quint32 size = slot;
            slot = offset;
            offset += size;
        }
        for (const Range4 &range : *source)
            (*target)[count[(range.first >> shift) & digitMask]++] = range;
        std::swap(source, target);
    }
    if (source != &ranges)
        ranges.swap(buffer);
}

void sortByFirst(std::vector<Range6> &ranges)
{
    const auto byFirst = [](const Range6 &a, const Range6 &b) {
        return a.first < b.first;
    };
    if (!std::is_sorted(ranges.begin(), ranges.end(), byFirst))
        std::sort(ranges.begin(), ranges.end(), byFirst);
}

void AddressCount::add(Address6 count)
{
    const Address6 before = m_count;
    m_count += count;
    if (m_count < before) {
        if (m_carry)
            m_count = maxValue<Address6>; // beyond 2^129: more than any two families hold
        m_carry = true;
    }
}

void AddressCount::add(const AddressCount &other)
{
    add(other.m_count);
    if (other.m_carry) {
        if (m_carry)
            m_count = maxValue<Address6>;
        m_carry = true;
    }
}

QString AddressCount::toString() const
{
    // Long division of the 129-bit number by 10^19, the largest power of ten that fits
    // in 64 bits, one 64-bit limb at a time.
    constexpr quint64 chunk = 10'000'000'000'000'000'000ull;
    std::array<quint64, 3> limbs { m_carry ? 1u : 0u, quint64(m_count >> 64), quint64(m_count) };
    QList<quint64> groups; // least significant first
    while (limbs[0] || limbs[1] || limbs[2]) {
        Address6 remainder = 0;
        for (quint64 &limb : limbs) {
            const Address6 current = (remainder << 64) | limb;
            limb = quint64(current / chunk);
            remainder = current % chunk;
        }
        groups.append(quint64(remainder));
    }
    if (groups.isEmpty())
        return QStringLiteral("0");
    QString text = QString::number(groups.last());
    for (qsizetype i = groups.size() - 2; i >= 0; --i)
        text += QString::number(groups[i]).rightJustified(19, u'0');
    return text;
}

quint64 AddressCount::toSaturatedUInt64() const
{
    if (m_carry || (m_count >> 64) != 0)
        return maxValue<quint64>;
    return quint64(m_count);
}

void RangeSet::add(const Cidr &cidr)
{
    if (cidr.family() == Family::V4)
        m_v4.push_back(rangeOf4(cidr));
    else
        m_v6.push_back(rangeOf6(cidr));
}

void RangeSet::addV4(quint32 first, quint32 last)
{
    m_v4.push_back({ first, last });
}

void RangeSet::addV6(Address6 first, Address6 last)
{
    m_v6.push_back({ first, last });
}

void RangeSet::reserve(qsizetype v4, qsizetype v6)
{
    m_v4.reserve(size_t(v4));
    m_v6.reserve(size_t(v6));
}

void RangeSet::normalize()
{
    normalizeCountingContained();
}

qsizetype RangeSet::normalizeCountingContained()
{
    return normalizeRanges(m_v4) + normalizeRanges(m_v6);
}

RangeSet RangeSet::united(const RangeSet &other) const
{
    RangeSet result;
    result.m_v4 = unite(m_v4, other.m_v4);
    result.m_v6 = unite(m_v6, other.m_v6);
    return result;
}

RangeSet RangeSet::subtracted(const RangeSet &other) const
{
    RangeSet result;
    result.m_v4 = subtract(m_v4, other.m_v4);
    result.m_v6 = subtract(m_v6, other.m_v6);
    return result;
}

RangeSet RangeSet::intersected(const RangeSet &other) const
{
    RangeSet result;
    result.m_v4 = intersect(m_v4, other.m_v4);
    result.m_v6 = intersect(m_v6, other.m_v6);
    return result;
}

bool RangeSet::contains(const Cidr &cidr) const
{
    return cidr.family() == Family::V4 ? containsRange(m_v4, rangeOf4(cidr))
                                       : containsRange(m_v6, rangeOf6(cidr));
}

bool RangeSet::intersects(const Cidr &cidr) const
{
    return cidr.family() == Family::V4 ? intersectsRange(m_v4, rangeOf4(cidr))
                                       : intersectsRange(m_v6, rangeOf6(cidr));
}

std::optional<Cidr> RangeSet::networkContaining(const Cidr &address) const
{
    // The range that holds the address, then the network of its cover that does.
    std::optional<Cidr> network;
    if (address.family() == Family::V4) {
        const auto range = findContaining(m_v4, rangeOf4(address));
        if (range != m_v4.end()) {
            forEachNetwork(range->first, range->last, [&](quint32 first, int prefixLength) {
                const Cidr candidate = Cidr::fromV4(first, prefixLength);
                if (!network && candidate.contains(address))
                    network = candidate;
            });
        }
    } else {
        const auto range = findContaining(m_v6, rangeOf6(address));
        if (range != m_v6.end()) {
            forEachNetwork6(range->first, range->last, [&](Address6 first, int prefixLength) {
                const Cidr candidate = Cidr::fromV6(fromAddress6(first), prefixLength);
                if (!network && candidate.contains(address))
                    network = candidate;
            });
        }
    }
    return network;
}

QList<Cidr> RangeSet::toCidrs() const
{
    QList<Cidr> cidrs;
    cidrs.reserve(cidrCount());
    for (const Range4 &range : m_v4) {
        forEachNetwork(range.first, range.last, [&cidrs](quint32 address, int prefixLength) {
            cidrs.append(Cidr::fromV4(address, prefixLength));
        });
    }
    for (const Range6 &range : m_v6) {
        forEachNetwork6(range.first, range.last, [&cidrs](Address6 address, int prefixLength) {
            cidrs.append(Cidr::fromV6(fromAddress6(address), prefixLength));
        });
    }
    return cidrs;
}

qsizetype RangeSet::cidrCount() const
{
    qsizetype count = 0;
    for (const Range4 &range : m_v4)
        forEachNetwork(range.first, range.last, [&count](quint32, int) { ++count; });
    for (const Range6 &range : m_v6)
        forEachNetwork6(range.first, range.last, [&count](Address6, int) { ++count; });
    return count;
}

AddressCount RangeSet::addressCount() const
{
    AddressCount count = addressCount(Family::V4);
    count.add(addressCount(Family::V6));
    return count;
}

AddressCount RangeSet::addressCount(Family family) const
{
    AddressCount count;
    if (family == Family::V4) {
        quint64 sum = 0; // at most 2^32 in a normal form
        for (const Range4 &range : m_v4)
            sum += quint64(range.last) - range.first + 1;
        count.add(Address6(sum));
        return count;
    }
    for (const Range6 &range : m_v6) {
        // last - first + 1 wraps to 0 for ::/0, which add() carries.
        count.add(range.last - range.first);
        count.add(Address6(1));
    }
    return count;
}

RangeSet RangeSet::fromCidrs(const QList<Cidr> &cidrs)
{
    RangeSet set;
    for (const Cidr &cidr : cidrs)
        set.add(cidr);
    set.normalize();
    return set;
}

Address6 toAddress6(const Cidr::Bytes &bytes)
{
    Address6 address = 0;
    for (const quint8 byte : bytes)
        address = (address << 8) | byte;
    return address;
}

Cidr::Bytes fromAddress6(Address6 address)
{
    Cidr::Bytes bytes {};
    for (int i = 15; i >= 0; --i) {
        bytes[i] = quint8(address);
        address >>= 8;
    }
    return bytes;
}

Cidr enclosingNetwork(const Cidr &address, int prefixLength)
{
    const int length = std::clamp(prefixLength, 0, address.prefixLength());
    return address.family() == Family::V4 ? Cidr::fromV4(address.v4(), length)
                                          : Cidr::fromV6(address.bytes(), length);
}

} // namespace Rampart
