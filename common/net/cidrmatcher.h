#pragma once

#include "cidr.h"

#include <QList>

#include <unordered_set>
#include <vector>

namespace Rampart {

// Answers "is this address inside any of these networks?" in a few hash look-ups, one
// per distinct prefix length, however many networks there are.
class CidrMatcher
{
public:
    explicit CidrMatcher(const QList<Cidr> &networks);

    bool matches(const Cidr &address) const;
    bool isEmpty() const { return m_networks.empty(); }

private:
    struct Hash
    {
        size_t operator()(const Cidr &cidr) const noexcept;
    };
    std::unordered_set<Cidr, Hash> m_networks;
    std::vector<int> m_prefixLengths[2]; // IPv4, IPv6; longest first
};

} // namespace Rampart
