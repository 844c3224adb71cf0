#pragma once

#include "net/cidr.h"
#include "net/hostnetworks.h"
#include "net/rangeset.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rampart {

// The lockout guard: whether a change that blocks addresses would cut this machine off
// from what it needs (lockoutNetworks(), the caller's own SSH peer, the allowlist), so that
// the window asks, rampartctl refuses without --force and the helper refuses without the
// force flag, all by this one rule. The networks are gathered by whoever checks: the helper
// knows no caller's SSH session, a client reads it from its environment.
//
// What counts as covering a protected network:
//   - an on-link network (the subnet of an interface) is at risk from a network that
//     overlaps it, not from single addresses in it: blocking the attackers on one's own LAN
//     asks nothing, blocking a range of it does;
//   - everything else is at risk from any entry that holds any of it.

struct LockoutRisk
{
    // The entry of a block that covers the network; none for a feed's list, which is
    // judged as a whole.
    std::optional<Cidr> entry;
    ProtectedNetwork network;
    // Whether the change covers all of the network (what it would still block of it).
    bool whole = true;

    friend bool operator==(const LockoutRisk &, const LockoutRisk &);
};

// The risks of blocking these entries by hand, in the entries' order.
QList<LockoutRisk> blockLockoutRisks(const QList<Cidr> &entries,
                                     const QList<ProtectedNetwork> &networks);

// Why a block of these entries by hand needs the force flag, one translated line each: an
// entry wider than a /8 (IPv6 /16) (Breadth), then every lockout risk. Empty when it needs
// none. The helper refuses by this, the window asks by it and rampartctl refuses by it.
QStringList blockForceReasons(const QList<Cidr> &entries, const QList<ProtectedNetwork> &networks);

// The risks of a feed's list. A feed never reaches this machine's own addresses, its
// gateways, link-local space or allowlisted networks (the helper leaves them out of every
// feed set), so those are taken out of the list before it is judged and are no risk.
QList<LockoutRisk> feedLockoutRisks(const RangeSet &list, const QList<ProtectedNetwork> &networks);

// Those of `risks` that `earlier` does not hold: what a new list of a feed covers that the
// last good one did not.
QList<LockoutRisk> newLockoutRisks(const QList<LockoutRisk> &risks,
                                   const QList<LockoutRisk> &earlier);

// One line per risk, translated: "Covers 10.251.0.0/24, this machine's own network on
// eth0", "10.0.0.0/8 covers 10.251.0.1, a gateway on eth0", "192.0.2.53 is a DNS server of
// this machine".
QString lockoutRiskText(const LockoutRisk &risk);
QStringList lockoutRiskTexts(const QList<LockoutRisk> &risks);

// The protected networks at risk, as a set: what "Load Without Those Ranges" keeps out.
RangeSet lockoutRiskRanges(const QList<LockoutRisk> &risks);

// The allowlist's networks as protected networks, each with its comment.
QList<ProtectedNetwork> allowlistedNetworks(const QList<Cidr> &cidrs, const QStringList &comments);

} // namespace Rampart
