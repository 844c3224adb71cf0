#pragma once

#include "connections/connectionaggregator.h"
#include "net/cidr.h"
#include "net/rangeset.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>

namespace Rampart {

// What a right click on connection rows offers to block: the remotes themselves, or the
// networks around them. Pure functions, so that the networks a click would block and the
// words that name them are tested without widgets.

// The distinct networks that cover the remotes at that prefix length (prefixV4 for IPv4
// remotes, prefixV6 for IPv6 ones; 32 and 128 for the addresses themselves). A remote that
// is already a wider network stays as it is. Sorted by family (IPv4 first) and address,
// with every network that lies inside another one of the list left out.
QList<Cidr> blockTargets(const QList<Cidr> &remotes, int prefixV4, int prefixV6);

// How many addresses the networks hold together, each address counted once.
AddressCount targetAddresses(const QList<Cidr> &targets);

// A count of addresses with the locale's digit grouping, at any size: "65,536",
// "1,208,925,819,614,629,174,706,176".
QString formatAddressCount(const AddressCount &count, const QLocale &locale = QLocale());

// How many addresses the set holds, per family, translated: "256 addresses",
// "256 IPv4 and 18,446,744,073,709,551,616 IPv6 addresses". IPv4 and IPv6 counts are never
// added up.
QString addressesByFamilyText(const RangeSet &set, const QLocale &locale = QLocale());

// The menu texts for the networks, translated: "Block 203.0.113.7",
// "Block 203.0.113.0/24 (256 addresses)", "Block 3 addresses",
// "Block their /24s (2 networks, 512 addresses)", "Block 2 networks (65,792 addresses)".
QString blockActionText(const QList<Cidr> &targets);
// "Allowlist 203.0.113.7", "Allowlist 198.51.100.0/24", "Allowlist 3 addresses".
QString allowActionText(const QList<Cidr> &targets);

// The networks the helper would refuse to block (loopback, multicast, the unspecified
// address, everything: blockRefusal()) taken out of the list, each with its reason
// appended to `refusals`.
QList<Cidr> blockableTargets(const QList<Cidr> &targets, QStringList *refusals);

// The connected addresses and their connections that a block of the targets would cut: what
// the groups lying inside a target hold (a group wider than every target is not counted).
struct ConnectedCount
{
    int addresses = 0;
    int connections = 0;
};
ConnectedCount connectedWithin(const QList<Cidr> &targets, const QList<ConnectionGroup> &groups);
// The same for a feed's list.
ConnectedCount connectedWithin(const RangeSet &list, const QList<ConnectionGroup> &groups);

// Where widgets get the groups shown now from; tests hand in their own.
using ConnectionGroupSource = std::function<QList<ConnectionGroup>()>;

// "3 connected addresses, 12 connections", translated.
QString connectedCountText(const ConnectedCount &count);

} // namespace Rampart
