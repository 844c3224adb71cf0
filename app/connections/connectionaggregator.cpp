#include "connectionaggregator.h"

#include "net/rangeset.h"

#include <algorithm>
#include <array>
#include <vector>

namespace Rampart {

namespace {

constexpr int stateCount = 13; // the kernel's TCP states, 0 to 12
constexpr quint8 stateEstablished = 1;
constexpr quint8 stateListen = 10;

quint64 mix(quint64 hash)
{
    hash ^= hash >> 29;
    hash *= 0xbf58476d1ce4e5b9ull;
    return hash ^ (hash >> 32);
}

// A network of either family and its prefix length, as one key.
struct NetworkKey
{
    Address6 network = 0; // IPv4 in the low 32 bits
    quint8 length = 0;
    bool v6 = false;
    friend bool operator==(const NetworkKey &, const NetworkKey &) = default;
};

// Open addressing with linear probing in one array: 400,000 networks go in without an
// allocation each, and a look-up is usually one cache line.
class NetworkTable
{
public:
    void reserve(qsizetype count)
    {
        size_t capacity = 16;
        while (capacity < size_t(count) + size_t(count) / 2)
            capacity *= 2;
        m_slots.assign(capacity, Slot {});
    }

    // Keeps the first index given for a key.
    void insert(const NetworkKey &key, qint32 index)
    {
        for (size_t slot = hash(key);; slot = (slot + 1) & (m_slots.size() - 1)) {
            if (m_slots[slot].index < 0) {
                m_slots[slot] = Slot { key, index };
                return;
            }
            if (m_slots[slot].key == key)
                return;
        }
    }

    qint32 find(const NetworkKey &key) const
    {
        if (m_slots.empty())
            return -1;
        for (size_t slot = hash(key);; slot = (slot + 1) & (m_slots.size() - 1)) {
            if (m_slots[slot].index < 0 || m_slots[slot].key == key)
                return m_slots[slot].index;
        }
    }

    void clear() { m_slots.clear(); }

private:
    struct Slot
    {
        NetworkKey key;
        qint32 index = -1;
    };

    size_t hash(const NetworkKey &key) const
    {
        const quint64 high = quint64(key.network >> 64);
        const quint64 low = quint64(key.network);
        const quint64 mixed = mix(high * 0x9e3779b97f4a7c15ull ^ low ^ quint64(key.length) << 56
                                  ^ quint64(key.v6) << 55);
        return size_t(mixed) & (m_slots.size() - 1);
    }

    std::vector<Slot> m_slots;
};

// First sightings of one grouping's networks, ascending, as the sweep below meets them.
using SeenTimes = std::vector<std::pair<Cidr, qint64>>;

int prefixLength(Grouping grouping, Family family)
{
    switch (grouping) {
    case Grouping::Address:
        break;
    case Grouping::Network24:
        return family == Family::V4 ? 24 : 64;
    case Grouping::Network16:
        return family == Family::V4 ? 16 : 48;
    }
    return family == Family::V4 ? 32 : 128;
}

bool isUnspecified(const Cidr &address)
{
    const Cidr::Bytes &bytes = address.bytes();
    return std::all_of(bytes.begin(), bytes.end(), [](quint8 byte) { return byte == 0; });
}

// Whether the socket is a connection to someone: listeners and unconnected UDP sockets
// have no remote end.
bool isConnected(const Socket &socket)
{
    if (socket.state == stateListen)
        return false;
    if (socket.transport == Transport::Udp && socket.state != stateEstablished)
        return false;
    return !isUnspecified(socket.remote);
}

Address6 prefixMask(int length, int bits)
{
    if (length <= 0)
        return 0;
    return ~Address6(0) << (bits - length) & (~Address6(0) >> (128 - bits));
}

Cidr networkOf(Address6 network, bool v6, int length)
{
    return v6 ? Cidr::fromV6(fromAddress6(network), length)
              : Cidr::fromV4(quint32(network), length);
}

// Carries each network's first sighting over from the last snapshot into this one; both
// lists are ascending, so one pass does it, and what is gone now is forgotten.
SeenTimes carryOver(const SeenTimes &before, const std::vector<Cidr> &now, qint64 takenAtMs)
{
    SeenTimes seen;
    seen.reserve(now.size());
    auto previous = before.begin();
    for (const Cidr &network : now) {
        while (previous != before.end() && previous->first < network)
            ++previous;
        const bool known = previous != before.end() && previous->first == network;
        seen.emplace_back(network, known ? previous->second : takenAtMs);
    }
    return seen;
}

} // namespace

QString groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Address:
        break;
    case Grouping::Network24:
        return QStringLiteral("24");
    case Grouping::Network16:
        return QStringLiteral("16");
    }
    return QStringLiteral("ip");
}

std::optional<Grouping> groupingFromName(QStringView name)
{
    for (const Grouping grouping :
         { Grouping::Address, Grouping::Network24, Grouping::Network16 }) {
        if (name == groupingName(grouping))
            return grouping;
    }
    return std::nullopt;
}

struct ConnectionAggregator::Private
{
    // Longest-prefix match: every entry in one table keyed by network and prefix length, and
    // the lengths in use, longest first, so that a look-up costs one probe per distinct
    // length however many entries there are.
    // Each entry's source, by the index the table gives: all the rows need of the listing,
    // which is let go once the table is made (a feed's name is one string for all its
    // networks).
    QStringList sources;
    NetworkTable networks;
    std::vector<int> v4Lengths;
    std::vector<int> v6Lengths;

    // When each address, /24 (/64) and /16 (/48) was first seen, for every grouping at
    // once, so that switching groupings keeps the history.
    std::array<SeenTimes, 3> firstSeen;

    // The groups of the last snapshot, and those gone from the snapshots since less than
    // droppingMs, as last seen, in the grouping they were made in: a group may go before the
    // listing that blocks it arrives.
    std::vector<ConnectionGroup> recent;
    Grouping recentGrouping = Grouping::Address;

    // The entry that covers the network, and the network it names.
    std::pair<qint32, Cidr> lookUp(const Cidr &network) const
    {
        const bool v6 = network.family() == Family::V6;
        const Address6 address = v6 ? toAddress6(network.bytes()) : Address6(network.v4());
        const int bits = v6 ? 128 : 32;
        for (const int length : v6 ? v6Lengths : v4Lengths) {
            if (length > network.prefixLength())
                continue;
            const Address6 entry = address & prefixMask(length, bits);
            const qint32 index = networks.find({ entry, quint8(length), v6 });
            if (index >= 0)
                return { index, networkOf(entry, v6, length) };
        }
        return { -1, Cidr() };
    }
};

ConnectionAggregator::ConnectionAggregator()
    : d(std::make_unique<Private>())
{ }

ConnectionAggregator::~ConnectionAggregator() = default;
ConnectionAggregator::ConnectionAggregator(ConnectionAggregator &&) noexcept = default;
ConnectionAggregator &ConnectionAggregator::operator=(ConnectionAggregator &&) noexcept = default;

void ConnectionAggregator::setBlocklist(const QList<BlockedEntry> &entries)
{
    d->sources.clear();
    d->sources.reserve(entries.size());
    for (const BlockedEntry &entry : entries)
        d->sources.append(entry.source);
    d->networks.clear();
    d->networks.reserve(entries.size());
    std::array<bool, 33> v4Lengths {};
    std::array<bool, 129> v6Lengths {};
    for (qsizetype i = 0; i < entries.size(); ++i) {
        // The helper lists what it validated; anything else cannot be matched anyway.
        const CidrParse parsed = parseCidr(entries[i].cidr);
        if (!parsed.cidr)
            continue;
        const Cidr &cidr = *parsed.cidr;
        const bool v6 = cidr.family() == Family::V6;
        const Address6 network = v6 ? toAddress6(cidr.bytes()) : Address6(cidr.v4());
        // An entry listed twice (a manual block and a feed) is named by its first listing.
        d->networks.insert({ network, quint8(cidr.prefixLength()), v6 }, qint32(i));
        (v6 ? v6Lengths.data() : v4Lengths.data())[cidr.prefixLength()] = true;
    }
    d->v4Lengths.clear();
    d->v6Lengths.clear();
    for (int length = 128; length >= 0; --length) {
        if (length <= 32 && v4Lengths[size_t(length)])
            d->v4Lengths.push_back(length);
        if (v6Lengths[size_t(length)])
            d->v6Lengths.push_back(length);
    }
}

QString ConnectionAggregator::blockingEntry(const Cidr &network) const
{
    const auto [index, entry] = d->lookUp(network);
    return index < 0 ? QString() : d->sources.at(index) + u' ' + entry.toString();
}

QList<ConnectionGroup> ConnectionAggregator::aggregate(const SocketSnapshot &snapshot,
                                                       Grouping grouping)
{
    // Sorting the connected sockets by remote address lines up every address, /24 and /16
    // (/64 and /48) in one pass, with no allocation per address: 100,000 sockets from as many
    // addresses are grouped in a few milliseconds. IPv4 sorts as one 64-bit number each,
    // address then socket.
    std::vector<quint64> v4;
    std::vector<std::pair<Address6, quint32>> v6;
    v4.reserve(size_t(snapshot.sockets.size()));
    for (qsizetype i = 0; i < snapshot.sockets.size(); ++i) {
        const Socket &socket = snapshot.sockets[i];
        if (!isConnected(socket))
            continue;
        if (socket.remote.family() == Family::V4)
            v4.push_back(quint64(socket.remote.v4()) << 32 | quint64(i));
        else
            v6.emplace_back(toAddress6(socket.remote.bytes()), quint32(i));
    }
    std::sort(v4.begin(), v4.end());
    std::sort(v6.begin(), v6.end());

    std::array<std::vector<Cidr>, 3> present; // per grouping, ascending
    std::vector<ConnectionGroup> groups; // ascending by remote
    {
        // Counted first: moving 100,000 groups as the vector grows costs more than this.
        size_t count = 0;
        const Address6 v4Mask = prefixMask(prefixLength(grouping, Family::V4), 32);
        for (size_t i = 0; i < v4.size(); ++i)
            count += i == 0 || ((v4[i] ^ v4[i - 1]) >> 32 & v4Mask) != 0;
        const Address6 v6Mask = prefixMask(prefixLength(grouping, Family::V6), 128);
        for (size_t i = 0; i < v6.size(); ++i)
            count += i == 0 || ((v6[i].first ^ v6[i - 1].first) & v6Mask) != 0;
        groups.reserve(count);
    }
    const bool withOwners = !snapshot.owners.isEmpty();
    std::array<int, 2 * stateCount> states {};
    std::vector<quint16> ports;
    std::vector<QString> processes;

    const auto sweep = [&](bool isV6, size_t count, auto &&entryAt) {
        const int bits = isV6 ? 128 : 32;
        std::array<Address6, 3> masks;
        for (const Grouping level : { Grouping::Address, Grouping::Network24, Grouping::Network16 })
            masks[size_t(level)] =
                prefixMask(prefixLength(level, isV6 ? Family::V6 : Family::V4), bits);
        const Address6 groupMask = masks[size_t(grouping)];
        const int groupLength = prefixLength(grouping, isV6 ? Family::V6 : Family::V4);

        const auto finish = [&](ConnectionGroup &group) {
            for (int state = 0; state < stateCount; ++state) {
                // NEW_SYN_RECV and SYN_RECV share a name.
                if (const int tcp = states[size_t(state)])
                    group.states[socketStateName(Transport::Tcp, quint8(state))] += tcp;
                if (const int udp = states[size_t(stateCount + state)])
                    group.states[socketStateName(Transport::Udp, quint8(state))] += udp;
            }
            states.fill(0);
            std::sort(ports.begin(), ports.end());
            ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
            group.localPorts = QList<quint16>(ports.begin(), ports.end());
            ports.clear();
            if (!processes.empty()) {
                std::sort(processes.begin(), processes.end());
                processes.erase(std::unique(processes.begin(), processes.end()), processes.end());
                group.processes = QStringList(processes.begin(), processes.end());
                processes.clear();
            }
        };

        std::array<Address6, 3> lastNetwork {};
        Address6 lastAddress = 0;
        for (size_t i = 0; i < count; ++i) {
            const auto [address, socketIndex] = entryAt(i);
            const bool newAddress = i == 0 || address != lastAddress;
            if (newAddress) {
                for (size_t level = 0; level < masks.size(); ++level) {
                    const Address6 network = address & masks[level];
                    if (i == 0 || network != lastNetwork[level]) {
                        present[level].push_back(networkOf(
                            network, isV6,
                            prefixLength(Grouping(level), isV6 ? Family::V6 : Family::V4)));
                        lastNetwork[level] = network;
                        if (Grouping(level) == grouping) {
                            if (i > 0)
                                finish(groups.back());
                            groups.emplace_back().remote =
                                networkOf(network & groupMask, isV6, groupLength);
                        }
                    }
                }
                ++groups.back().addresses;
                lastAddress = address;
            }
            const Socket &socket = snapshot.sockets[qsizetype(socketIndex)];
            ConnectionGroup &group = groups.back();
            ++group.connections;
            const size_t state = std::min<size_t>(socket.state, stateCount - 1);
            ++states[(socket.transport == Transport::Udp ? stateCount : 0) + state];
            ports.push_back(socket.localPort);
            if (withOwners) {
                const auto owner = snapshot.owners.constFind(socket.inode);
                if (owner != snapshot.owners.cend() && !owner->command.isEmpty())
                    processes.push_back(owner->command);
            }
        }
        if (count)
            finish(groups.back());
    };
    sweep(false, v4.size(), [&](size_t i) {
        return std::pair { Address6(v4[i] >> 32), quint32(v4[i]) };
    });
    sweep(true, v6.size(), [&](size_t i) { return v6[i]; });

    // First sightings at every grouping, so that switching groupings keeps the history.
    for (size_t level = 0; level < present.size(); ++level)
        d->firstSeen[level] = carryOver(d->firstSeen[level], present[level], snapshot.takenAtMs);
    const SeenTimes &firstSeen = d->firstSeen[size_t(grouping)];
    for (size_t i = 0; i < groups.size(); ++i) {
        groups[i].firstSeenMs = firstSeen[i].second;
        groups[i].lastSeenMs = snapshot.takenAtMs;
        groups[i].blockedBy = blockingEntry(groups[i].remote);
    }

    // Groups gone from this snapshot: kept a while, and shown while an entry covers them.
    std::vector<ConnectionGroup> gone;
    if (d->recentGrouping == grouping) {
        const auto byRemote = [](const ConnectionGroup &a, const ConnectionGroup &b) {
            return a.remote < b.remote;
        };
        std::vector<ConnectionGroup> present(groups.size());
        for (size_t i = 0; i < groups.size(); ++i)
            present[i].remote = groups[i].remote;
        std::sort(present.begin(), present.end(), byRemote);
        for (ConnectionGroup &group : d->recent) {
            if (snapshot.takenAtMs - group.lastSeenMs > droppingMs
                || std::binary_search(present.begin(), present.end(), group, byRemote))
                continue;
            gone.push_back(std::move(group));
        }
    }
    std::vector<ConnectionGroup> recent = groups;
    recent.insert(recent.end(), gone.begin(), gone.end());
    d->recent = std::move(recent);
    d->recentGrouping = grouping;
    for (ConnectionGroup &group : gone) {
        group.blockedBy = blockingEntry(group.remote);
        if (group.blockedBy.isEmpty())
            continue;
        group.connections = 0;
        group.states.clear();
        group.dropping = true;
        groups.push_back(std::move(group));
    }

    // Busiest first; the groups are ascending by remote already, which a stable sort keeps
    // among equals.
    std::vector<quint32> order(groups.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    std::stable_sort(order.begin(), order.end(), [&](quint32 left, quint32 right) {
        return groups[left].connections > groups[right].connections;
    });
    QList<ConnectionGroup> sorted;
    sorted.reserve(qsizetype(groups.size()));
    for (const quint32 index : order)
        sorted.append(std::move(groups[index]));
    return sorted;
}

} // namespace Rampart
