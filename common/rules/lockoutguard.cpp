#include "rules/lockoutguard.h"

#include "rules/breadth.h"
#include "rules/rules.h"

#include <algorithm>

namespace Rampart {

namespace {

// What the helper leaves out of every feed set whatever the list holds.
bool leftOutOfFeeds(ProtectedNetwork::Kind kind)
{
    switch (kind) {
    case ProtectedNetwork::Kind::OwnAddress:
    case ProtectedNetwork::Kind::FormerAddress:
    case ProtectedNetwork::Kind::Gateway:
    case ProtectedNetwork::Kind::LinkLocal:
    case ProtectedNetwork::Kind::Allowlisted:
        return true;
    case ProtectedNetwork::Kind::OnLinkNetwork:
    case ProtectedNetwork::Kind::DnsResolver:
    case ProtectedNetwork::Kind::RemoteSession:
    case ProtectedNetwork::Kind::OwnSession:
        break;
    }
    return false;
}

bool onlySingleAddresses(const RangeSet &set)
{
    return std::all_of(set.v4().cbegin(), set.v4().cend(),
                       [](const Range4 &range) { return range.first == range.last; })
        && std::all_of(set.v6().cbegin(), set.v6().cend(),
                       [](const Range6 &range) { return range.first == range.last; });
}

bool sameNetwork(const ProtectedNetwork &a, const ProtectedNetwork &b)
{
    return a.kind == b.kind && a.cidr == b.cidr;
}

} // namespace

bool operator==(const LockoutRisk &a, const LockoutRisk &b)
{
    return a.entry == b.entry && sameNetwork(a.network, b.network) && a.whole == b.whole;
}

QList<LockoutRisk> blockLockoutRisks(const QList<Cidr> &entries,
                                     const QList<ProtectedNetwork> &networks)
{
    // A block of 50,000 addresses against an allowlist of thousands: most entries touch
    // nothing protected, which one search of the whole set tells.
    RangeSet all;
    for (const ProtectedNetwork &network : networks)
        all.add(network.cidr);
    all.normalize();
    QList<LockoutRisk> risks;
    for (const Cidr &entry : entries) {
        if (!all.intersects(entry))
            continue;
        for (const ProtectedNetwork &network : networks) {
            if (!entry.overlaps(network.cidr))
                continue;
            if (network.kind == ProtectedNetwork::Kind::OnLinkNetwork && entry.isHost())
                continue;
            risks.append({ entry, network, entry.contains(network.cidr) });
        }
    }
    return risks;
}

QStringList blockForceReasons(const QList<Cidr> &entries, const QList<ProtectedNetwork> &networks)
{
    QStringList reasons;
    for (const Cidr &entry : entries) {
        if (Breadth::isBroad(entry))
            reasons << Rules::tr("%1 is wider than a /%2")
                           .arg(entry.toString())
                           .arg(Breadth::broadPrefix(entry.family()));
    }
    return reasons + lockoutRiskTexts(blockLockoutRisks(entries, networks));
}

QList<LockoutRisk> feedLockoutRisks(const RangeSet &list, const QList<ProtectedNetwork> &networks)
{
    RangeSet leftOut;
    for (const ProtectedNetwork &network : networks) {
        if (leftOutOfFeeds(network.kind))
            leftOut.add(network.cidr);
    }
    leftOut.normalize();
    const RangeSet reaching = list.subtracted(leftOut);
    QList<LockoutRisk> risks;
    if (reaching.isEmpty())
        return risks;
    for (const ProtectedNetwork &network : networks) {
        if (leftOutOfFeeds(network.kind) || !reaching.intersects(network.cidr))
            continue;
        const RangeSet reachable = RangeSet::fromCidrs({ network.cidr }).subtracted(leftOut);
        const RangeSet covered = reaching.intersected(reachable);
        if (covered.isEmpty())
            continue;
        if (network.kind == ProtectedNetwork::Kind::OnLinkNetwork && onlySingleAddresses(covered))
            continue;
        risks.append({ std::nullopt, network, covered == reachable });
    }
    return risks;
}

QList<LockoutRisk> newLockoutRisks(const QList<LockoutRisk> &risks,
                                   const QList<LockoutRisk> &earlier)
{
    QList<LockoutRisk> fresh;
    for (const LockoutRisk &risk : risks) {
        const bool known = std::any_of(earlier.cbegin(), earlier.cend(), [&](const LockoutRisk &e) {
            return sameNetwork(e.network, risk.network) && (e.whole || !risk.whole);
        });
        if (!known)
            fresh.append(risk);
    }
    return fresh;
}

QString lockoutRiskText(const LockoutRisk &risk)
{
    const QString network = risk.network.cidr.toString();
    if (!risk.entry) {
        return risk.whole ? Rules::tr("Covers %1, %2").arg(network, risk.network.reason)
                          : Rules::tr("Covers part of %1, %2").arg(network, risk.network.reason);
    }
    const QString entry = risk.entry->toString();
    if (*risk.entry == risk.network.cidr)
        return Rules::tr("%1 is %2").arg(entry, risk.network.reason);
    return risk.whole
        ? Rules::tr("%1 covers %2, %3").arg(entry, network, risk.network.reason)
        : Rules::tr("%1 covers part of %2, %3").arg(entry, network, risk.network.reason);
}

QStringList lockoutRiskTexts(const QList<LockoutRisk> &risks)
{
    QStringList texts;
    texts.reserve(risks.size());
    for (const LockoutRisk &risk : risks)
        texts << lockoutRiskText(risk);
    return texts;
}

RangeSet lockoutRiskRanges(const QList<LockoutRisk> &risks)
{
    RangeSet set;
    for (const LockoutRisk &risk : risks)
        set.add(risk.network.cidr);
    set.normalize();
    return set;
}

QList<ProtectedNetwork> allowlistedNetworks(const QList<Cidr> &cidrs, const QStringList &comments)
{
    QList<ProtectedNetwork> networks;
    networks.reserve(cidrs.size());
    for (qsizetype i = 0; i < cidrs.size(); ++i) {
        const QString comment = comments.value(i).trimmed();
        networks.append({ cidrs[i],
                          comment.isEmpty() ? Rules::tr("allowlisted")
                                            : Rules::tr("allowlisted (%1)").arg(comment),
                          ProtectedNetwork::Kind::Allowlisted });
    }
    return networks;
}

} // namespace Rampart
