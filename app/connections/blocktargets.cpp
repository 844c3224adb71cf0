#include "blocktargets.h"

#include "connections/socketsnapshot.h"
#include "rules/entryrules.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Rampart {

namespace {

// By family, then first address, then prefix length: a network comes right before the
// networks inside it.
bool addressOrder(const Cidr &a, const Cidr &b)
{
    if (a.family() != b.family())
        return a.family() < b.family();
    if (a.bytes() != b.bytes())
        return a.bytes() < b.bytes();
    return a.prefixLength() < b.prefixLength();
}

// The number a translation picks its plural form by. Counts past int keep their last six
// digits, which is all any language's plural rules look at, above a million.
int pluralCount(const AddressCount &count)
{
    const quint64 value = count.toSaturatedUInt64();
    if (value <= quint64(std::numeric_limits<int>::max()))
        return int(value);
    const QString digits = count.toString();
    return 1'000'000 + digits.right(6).toInt();
}

QString addressesText(const AddressCount &count)
{
    return Connections::tr("%1 address(es)", nullptr, pluralCount(count))
        .arg(formatAddressCount(count));
}

QString targetsAddressesText(const QList<Cidr> &targets)
{
    return addressesByFamilyText(RangeSet::fromCidrs(targets));
}

QString networksText(qsizetype count)
{
    return Connections::tr("%Ln network(s)", nullptr, int(count));
}

// The one prefix length all the networks have, or -1.
int commonPrefixLength(const QList<Cidr> &targets)
{
    if (targets.isEmpty())
        return -1;
    const int length = targets.first().prefixLength();
    for (const Cidr &target : targets) {
        if (target.prefixLength() != length)
            return -1;
    }
    return length;
}

bool allHosts(const QList<Cidr> &targets)
{
    return std::all_of(targets.cbegin(), targets.cend(),
                       [](const Cidr &target) { return target.isHost(); });
}

} // namespace

QList<Cidr> blockTargets(const QList<Cidr> &remotes, int prefixV4, int prefixV6)
{
    QList<Cidr> networks;
    networks.reserve(remotes.size());
    for (const Cidr &remote : remotes)
        networks.append(
            enclosingNetwork(remote, remote.family() == Family::V4 ? prefixV4 : prefixV6));
    std::sort(networks.begin(), networks.end(), addressOrder);

    // Sorted so, a network that lies inside another lies inside the last one kept.
    QList<Cidr> targets;
    for (const Cidr &network : std::as_const(networks)) {
        if (targets.isEmpty() || !targets.last().contains(network))
            targets.append(network);
    }
    return targets;
}

AddressCount targetAddresses(const QList<Cidr> &targets)
{
    RangeSet set = RangeSet::fromCidrs(targets);
    return set.addressCount();
}

QString formatAddressCount(const AddressCount &count, const QLocale &locale)
{
    const quint64 value = count.toSaturatedUInt64();
    if (value < std::numeric_limits<quint64>::max())
        return locale.toString(qulonglong(value));
    // Past 64 bits QLocale has no integer type to take: group the digits by hand.
    const QString digits = count.toString();
    const QString separator = locale.groupSeparator();
    QString text;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text += separator;
        text += digits.at(i);
    }
    return text;
}

QString addressesByFamilyText(const RangeSet &set, const QLocale &locale)
{
    const AddressCount v4 = set.addressCount(Family::V4);
    const AddressCount v6 = set.addressCount(Family::V6);
    if (v6 == AddressCount())
        return Connections::tr("%1 address(es)", nullptr, pluralCount(v4))
            .arg(formatAddressCount(v4, locale));
    if (v4 == AddressCount())
        return Connections::tr("%1 address(es)", nullptr, pluralCount(v6))
            .arg(formatAddressCount(v6, locale));
    return Connections::tr("%1 IPv4 and %2 IPv6 addresses")
        .arg(formatAddressCount(v4, locale), formatAddressCount(v6, locale));
}

QString blockActionText(const QList<Cidr> &targets)
{
    if (targets.size() == 1) {
        const Cidr &target = targets.first();
        if (target.isHost())
            return Connections::tr("Block %1").arg(target.toString());
        return Connections::tr("Block %1 (%2)")
            .arg(target.toString(), targetsAddressesText(targets));
    }
    if (allHosts(targets))
        return Connections::tr("Block %Ln address(es)", nullptr, int(targets.size()));
    const QString addresses = targetsAddressesText(targets);
    if (const int length = commonPrefixLength(targets); length >= 0) {
        return Connections::tr("Block their /%1s (%2, %3)")
            .arg(QString::number(length), networksText(targets.size()), addresses);
    }
    return Connections::tr("Block %1 (%2)").arg(networksText(targets.size()), addresses);
}

QString allowActionText(const QList<Cidr> &targets)
{
    if (targets.size() == 1)
        return Connections::tr("Allowlist %1").arg(targets.first().toString());
    if (allHosts(targets))
        return Connections::tr("Allowlist %Ln address(es)", nullptr, int(targets.size()));
    return Connections::tr("Allowlist %1 (%2)")
        .arg(networksText(targets.size()), targetsAddressesText(targets));
}

QList<Cidr> blockableTargets(const QList<Cidr> &targets, QStringList *refusals)
{
    QList<Cidr> blockable;
    blockable.reserve(targets.size());
    for (const Cidr &target : targets) {
        if (QString refusal = blockRefusal(target); !refusal.isEmpty()) {
            if (refusals)
                refusals->append(std::move(refusal));
        } else {
            blockable.append(target);
        }
    }
    return blockable;
}

ConnectedCount connectedWithin(const QList<Cidr> &targets, const QList<ConnectionGroup> &groups)
{
    ConnectedCount count;
    for (const ConnectionGroup &group : groups) {
        const bool within = std::any_of(targets.cbegin(), targets.cend(), [&](const Cidr &target) {
            return target.contains(group.remote);
        });
        if (!within)
            continue;
        count.addresses += group.addresses;
        count.connections += group.connections;
    }
    return count;
}

ConnectedCount connectedWithin(const RangeSet &list, const QList<ConnectionGroup> &groups)
{
    ConnectedCount count;
    for (const ConnectionGroup &group : groups) {
        if (!list.contains(group.remote))
            continue;
        count.addresses += group.addresses;
        count.connections += group.connections;
    }
    return count;
}

QString connectedCountText(const ConnectedCount &count)
{
    return Connections::tr("%1, %2").arg(
        Connections::tr("%n connected address(es)", nullptr, count.addresses),
        Connections::tr("%n connection(s)", nullptr, count.connections));
}

} // namespace Rampart
