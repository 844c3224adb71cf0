#pragma once

#include "net/cidr.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Rampart {

// A network that blocking would cut this machine off from, and why, in words.
struct ProtectedNetwork
{
    Cidr cidr;
    QString reason; // "this machine's address on eth0", "a gateway on eth0", "link-local"
};

// What no feed ever blocks and a manual block needs the force flag for: this machine's own
// addresses, the gateways of its routes, and the link-local ranges (169.254.0.0/16,
// fe80::/10). Read from the network namespace the caller runs in.
QList<ProtectedNetwork> hostProtectedNetworks();

// The gateways in /proc/net/route and /proc/net/ipv6_route, for tests with their own
// text; lines that do not parse are skipped.
QList<ProtectedNetwork> gatewaysFromRoutes(const QByteArray &route, const QByteArray &ipv6Route);

// The first protected network the entry covers or lies in, if any.
const ProtectedNetwork *protectedNetworkIn(const QList<ProtectedNetwork> &networks,
                                           const Cidr &entry);

} // namespace Rampart
