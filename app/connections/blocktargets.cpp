#include "blocktargets.h"

#include "connections/socketsnapshot.h"
#include "rules/entryrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cstring>
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

std::optional<Cidr> hostAddress(QStringView text)
{
    const CidrParse parsed = parseCidr(text);
    if (!parsed.cidr || !parsed.cidr->isHost())
        return std::nullopt;
    return parsed.cidr;
}

void addOnce(QList<ProtectedAddress> &list, const ProtectedAddress &address)
{
    if (!list.contains(address))
        list.append(address);
}

// /proc/net/route prints each address as the hex of the 32-bit word in memory, that is,
// of the network-order bytes read in host order.
std::optional<Cidr> routeV4Address(QByteArrayView hex)
{
    bool ok = false;
    const quint32 word = hex.toUInt(&ok, 16);
    if (!ok || hex.size() != 8)
        return std::nullopt;
    uchar bytes[4];
    std::memcpy(bytes, &word, sizeof bytes);
    return Cidr::fromV4(qFromBigEndian<quint32>(bytes), 32);
}

std::optional<Cidr::Bytes> routeV6Address(QByteArrayView hex)
{
    if (hex.size() != 32)
        return std::nullopt;
    const QByteArray bytes = QByteArray::fromHex(hex.toByteArray());
    if (bytes.size() != 16)
        return std::nullopt;
    Cidr::Bytes address {};
    std::memcpy(address.data(), bytes.constData(), 16);
    return address;
}

QList<QByteArrayView> fields(QByteArrayView line)
{
    QList<QByteArrayView> result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool space = i == line.size() || line[i] == ' ' || line[i] == '\t';
        if (space && start >= 0) {
            result.append(line.sliced(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return result;
}

QList<QByteArrayView> lines(QByteArrayView text)
{
    QList<QByteArrayView> result;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        result.append(text.sliced(start, end - start));
        start = end + 1;
    }
    return result;
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

QString blockActionText(const QList<Cidr> &targets)
{
    if (targets.size() == 1) {
        const Cidr &target = targets.first();
        if (target.isHost())
            return Connections::tr("Block %1").arg(target.toString());
        return Connections::tr("Block %1 (%2)")
            .arg(target.toString(), addressesText(targetAddresses(targets)));
    }
    if (allHosts(targets))
        return Connections::tr("Block %Ln address(es)", nullptr, int(targets.size()));
    const QString addresses = addressesText(targetAddresses(targets));
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
        .arg(networksText(targets.size()), addressesText(targetAddresses(targets)));
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

QList<ProtectedAddress> sshSessionAddresses(QStringView sshConnection, QStringView sshClient)
{
    QList<ProtectedAddress> addresses;
    for (const QStringView value : { sshConnection, sshClient }) {
        const QStringView client = value.trimmed().split(u' ').value(0);
        if (const std::optional<Cidr> address = hostAddress(client))
            addOnce(addresses, { ProtectedAddress::Kind::OwnSession, *address });
    }
    return addresses;
}

QList<ProtectedAddress> defaultGateways(QByteArrayView route, QByteArrayView ipv6Route)
{
    constexpr quint32 routeUp = 0x1;
    constexpr quint32 routeGateway = 0x2;

    QList<ProtectedAddress> gateways;
    // Iface Destination Gateway Flags RefCnt Use Metric Mask ...; a header line first.
    for (const QByteArrayView line : lines(route)) {
        const QList<QByteArrayView> columns = fields(line);
        if (columns.size() < 8 || columns.at(1) != "00000000" || columns.at(7) != "00000000")
            continue;
        bool ok = false;
        const quint32 flags = columns.at(3).toUInt(&ok, 16);
        if (!ok || (flags & (routeUp | routeGateway)) != (routeUp | routeGateway))
            continue;
        const std::optional<Cidr> gateway = routeV4Address(columns.at(2));
        if (gateway && gateway->v4() != 0)
            addOnce(gateways, { ProtectedAddress::Kind::Gateway, *gateway });
    }
    // Destination, its prefix length, source, its prefix length, next hop, metric, ...
    for (const QByteArrayView line : lines(ipv6Route)) {
        const QList<QByteArrayView> columns = fields(line);
        if (columns.size() < 10 || columns.at(1) != "00")
            continue;
        const std::optional<Cidr::Bytes> destination = routeV6Address(columns.at(0));
        const std::optional<Cidr::Bytes> nextHop = routeV6Address(columns.at(4));
        if (!destination || *destination != Cidr::Bytes {} || !nextHop
            || *nextHop == Cidr::Bytes {})
            continue;
        addOnce(gateways, { ProtectedAddress::Kind::Gateway, Cidr::fromV6(*nextHop, 128) });
    }
    return gateways;
}

QList<ProtectedAddress> currentProtectedAddresses()
{
    QList<ProtectedAddress> addresses = sshSessionAddresses(qEnvironmentVariable("SSH_CONNECTION"),
                                                            qEnvironmentVariable("SSH_CLIENT"));
    const auto read = [](const char *path) {
        QFile file(QString::fromLatin1(path));
        // Small files of a few lines per route; the cap keeps a strange /proc harmless.
        return file.open(QIODevice::ReadOnly) ? file.read(1024 * 1024) : QByteArray();
    };
    for (const ProtectedAddress &gateway :
         defaultGateways(read("/proc/net/route"), read("/proc/net/ipv6_route")))
        addOnce(addresses, gateway);
    return addresses;
}

QStringList blockWarnings(const QList<Cidr> &targets,
                          const QList<ProtectedAddress> &protectedAddresses)
{
    QStringList warnings;
    for (const Cidr &target : targets) {
        for (const ProtectedAddress &address : protectedAddresses) {
            if (!target.contains(address.address))
                continue;
            // A host is the protected address itself; a network covers it.
            const QString what = target.isHost()
                ? target.toString()
                : Connections::tr("%1 covers %2")
                      .arg(target.toString(), address.address.toString());
            switch (address.kind) {
            case ProtectedAddress::Kind::OwnSession:
                warnings << Connections::tr(
                                "%1: your SSH session comes from there, and the block would "
                                "cut you off.")
                                .arg(what);
                break;
            case ProtectedAddress::Kind::Gateway:
                warnings << Connections::tr(
                                "%1: this machine's default gateway; what the router itself "
                                "sends (DNS answers, DHCP, router advertisements) would be "
                                "dropped.")
                                .arg(what);
                break;
            }
        }
    }
    return warnings;
}

} // namespace Rampart
