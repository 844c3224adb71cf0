#include "cidrmatcher.h"

#include <QHashFunctions>

#include <algorithm>

namespace Rampart {

namespace {

int familyIndex(Family family)
{
    return family == Family::V4 ? 0 : 1;
}

} // namespace

size_t CidrMatcher::Hash::operator()(const Cidr &cidr) const noexcept
{
    return qHashBits(cidr.bytes().data(), cidr.bytes().size(),
                     size_t(cidr.prefixLength()) << 8 | size_t(cidr.family()));
}

CidrMatcher::CidrMatcher(const QList<Cidr> &networks)
{
    m_networks.reserve(networks.size());
    for (const Cidr &network : networks) {
        m_networks.insert(network);
        std::vector<int> &lengths = m_prefixLengths[familyIndex(network.family())];
        if (std::find(lengths.begin(), lengths.end(), network.prefixLength()) == lengths.end())
            lengths.push_back(network.prefixLength());
    }
    for (std::vector<int> &lengths : m_prefixLengths)
        std::sort(lengths.begin(), lengths.end(), std::greater<>());
}

bool CidrMatcher::matches(const Cidr &address) const
{
    for (const int length : m_prefixLengths[familyIndex(address.family())]) {
        if (length > address.prefixLength())
            continue;
        const Cidr network = address.family() == Family::V4 ? Cidr::fromV4(address.v4(), length)
                                                            : Cidr::fromV6(address.bytes(), length);
        if (m_networks.contains(network))
            return true;
    }
    return false;
}

} // namespace Rampart
