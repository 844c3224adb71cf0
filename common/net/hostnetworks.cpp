#include "net/hostnetworks.h"

#include "net/rangeset.h"

#include <QCoreApplication>
#include <QFile>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <net/route.h>
#include <netinet/in.h>
#include <utmpx.h>

#include <algorithm>
#include <bit>
#include <cstring>

namespace Rampart {

namespace {

QByteArray readProcFile(const char *path)
{
    // /proc files report no size; a routing table of a few thousand lines, a utmp file of
    // ten thousand sessions and any resolv.conf are within it.
    constexpr qint64 limit = 4 << 20;
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(limit);
}

std::optional<quint32> hexWord(QByteArrayView text)
{
    if (text.size() != 8)
        return std::nullopt;
    bool ok = false;
    const quint32 value = QByteArray(text.data(), 8).toUInt(&ok, 16);
    return ok ? std::optional<quint32>(value) : std::nullopt;
}

std::optional<Cidr> addressOf(const sockaddr *address)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address->sa_family == AF_INET) {
        const auto *v4 = reinterpret_cast<const sockaddr_in *>(address);
        inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
    } else if (address->sa_family == AF_INET6) {
        const auto *v6 = reinterpret_cast<const sockaddr_in6 *>(address);
        inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
    } else {
        return std::nullopt;
    }
    return parseCidr(QString::fromLatin1(text)).cidr;
}

// The prefix length a netmask spells, or -1 when its ones are not contiguous.
int prefixOfMask(const Cidr &mask)
{
    int length = 0;
    bool ended = false;
    const int bytes = mask.family() == Family::V4 ? 4 : 16;
    for (int i = 0; i < bytes; ++i) {
        const quint8 byte = mask.bytes()[i];
        if (ended && byte)
            return -1;
        const int ones = std::countl_one(byte);
        if (ones < 8 && quint8(byte << ones))
            return -1;
        length += ones;
        ended = ones < 8;
    }
    return length;
}

void addOnce(QList<ProtectedNetwork> &networks, ProtectedNetwork network)
{
    for (const ProtectedNetwork &known : std::as_const(networks)) {
        if (known.cidr == network.cidr)
            return;
    }
    networks.append(std::move(network));
}

std::optional<Cidr> hostAddress(QStringView text)
{
    const CidrParse parsed = parseCidr(text);
    if (!parsed.cidr || !parsed.cidr->isHost())
        return std::nullopt;
    return parsed.cidr;
}

// Fixed-size text fields of a utmp record, up to their first NUL.
QString fieldText(const char *field, size_t size)
{
    return QString::fromLocal8Bit(QByteArrayView(field, field + strnlen(field, size)));
}

} // namespace

QList<ProtectedNetwork> gatewaysFromRoutes(const QByteArray &route, const QByteArray &ipv6Route)
{
    QList<ProtectedNetwork> gateways;
    // Iface Destination Gateway Flags …, addresses as the machine's 32-bit words in hex.
    const QList<QByteArray> lines = route.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> columns = lines[i].simplified().split(' ');
        if (columns.size() < 4)
            continue;
        const std::optional<quint32> gateway = hexWord(columns[2]);
        bool ok = false;
        const uint flags = columns[3].toUInt(&ok, 16);
        if (!gateway || !ok || !(flags & RTF_GATEWAY) || *gateway == 0)
            continue;
        // The word was printed from memory, so its bytes are in network order there.
        addOnce(gateways,
                { Cidr::fromV4(ntohl(*gateway), 32),
                  Net::tr("a gateway on %1").arg(QString::fromLatin1(columns[0])),
                  ProtectedNetwork::Kind::Gateway });
    }
    // dest destlen src srclen nexthop metric refcnt use flags iface, in hex.
    for (const QByteArray &line : ipv6Route.split('\n')) {
        const QList<QByteArray> columns = line.simplified().split(' ');
        if (columns.size() < 10 || columns[4].size() != 32)
            continue;
        Cidr::Bytes bytes {};
        bool allZero = true;
        bool ok = true;
        for (int b = 0; b < 16 && ok; ++b) {
            bytes[b] = quint8(columns[4].mid(b * 2, 2).toUInt(&ok, 16));
            allZero = allZero && bytes[b] == 0;
        }
        if (!ok || allZero)
            continue;
        const CidrParse parsed = parseCidr(Cidr::fromV6(bytes, 128).toString());
        if (parsed.cidr)
            addOnce(gateways,
                    { *parsed.cidr, Net::tr("a gateway on %1").arg(QString::fromLatin1(columns[9])),
                      ProtectedNetwork::Kind::Gateway });
    }
    return gateways;
}

namespace {

// This machine's addresses and, with onLink, the networks they are on.
void addInterfaceNetworks(QList<ProtectedNetwork> &networks, bool onLink)
{
    ifaddrs *addresses = nullptr;
    if (getifaddrs(&addresses) != 0)
        return;
    QList<ProtectedNetwork> subnets;
    for (const ifaddrs *it = addresses; it; it = it->ifa_next) {
        if (!it->ifa_addr || (it->ifa_flags & IFF_LOOPBACK))
            continue;
        const std::optional<Cidr> address = addressOf(it->ifa_addr);
        if (!address)
            continue;
        const QString name = QString::fromLocal8Bit(it->ifa_name);
        if (!protectedNetworkIn(networks, *address))
            networks.append({ *address, Net::tr("this machine's address on %1").arg(name),
                              ProtectedNetwork::Kind::OwnAddress });
        if (!onLink || !it->ifa_netmask)
            continue;
        const std::optional<Cidr> mask = addressOf(it->ifa_netmask);
        const int length = mask && mask->family() == address->family() ? prefixOfMask(*mask) : -1;
        // A point-to-point address has no neighbours; link-local ones are protected whole.
        if (length <= 0 || length >= address->maxPrefixLength())
            continue;
        const Cidr subnet = enclosingNetwork(*address, length);
        addOnce(subnets,
                { subnet, Net::tr("this machine's own network on %1").arg(name),
                  ProtectedNetwork::Kind::OnLinkNetwork });
    }
    freeifaddrs(addresses);
    for (ProtectedNetwork &subnet : subnets) {
        // Inside link-local space, which is protected whole already.
        const bool linkLocal = std::any_of(networks.cbegin(), networks.cend(), [&](const auto &n) {
            return n.kind == ProtectedNetwork::Kind::LinkLocal && n.cidr.contains(subnet.cidr);
        });
        if (!linkLocal)
            networks.append(std::move(subnet));
    }
}

QList<ProtectedNetwork> linkLocalNetworks()
{
    QList<ProtectedNetwork> networks;
    for (const char16_t *range : { u"169.254.0.0/16", u"fe80::/10" })
        networks.append(
            { *parseCidr(range).cidr, Net::tr("link-local"), ProtectedNetwork::Kind::LinkLocal });
    return networks;
}

void addGateways(QList<ProtectedNetwork> &networks)
{
    for (const ProtectedNetwork &gateway : gatewaysFromRoutes(
             readProcFile("/proc/net/route"), readProcFile("/proc/net/ipv6_route"))) {
        // A link-local next hop is protected whole already; one on an on-link network is
        // a risk of its own.
        const bool known = std::any_of(networks.cbegin(), networks.cend(), [&](const auto &n) {
            return n.kind != ProtectedNetwork::Kind::OnLinkNetwork && n.cidr.contains(gateway.cidr);
        });
        if (!known)
            networks.append(gateway);
    }
}

} // namespace

QList<ProtectedNetwork> hostProtectedNetworks()
{
    QList<ProtectedNetwork> networks = linkLocalNetworks();
    addInterfaceNetworks(networks, false);
    addGateways(networks);
    return networks;
}

QList<ProtectedNetwork> lockoutNetworks()
{
    QList<ProtectedNetwork> networks = linkLocalNetworks();
    addInterfaceNetworks(networks, true);
    addGateways(networks);
    // With systemd-resolved, /etc/resolv.conf names its stub on loopback and this file the
    // servers it asks.
    for (const char *path : { "/etc/resolv.conf", "/run/systemd/resolve/resolv.conf" }) {
        for (ProtectedNetwork &resolver : resolversFromResolvConf(readProcFile(path)))
            addOnce(networks, std::move(resolver));
    }
    for (ProtectedNetwork &peer : sessionPeersFromUtmp(readProcFile(_PATH_UTMPX)))
        addOnce(networks, std::move(peer));
    return networks;
}

QList<ProtectedNetwork> resolversFromResolvConf(const QByteArray &text)
{
    QList<ProtectedNetwork> resolvers;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() < 2 || words[0] != "nameserver")
            continue;
        // "fe80::1%eth0": the zone names the interface, not the address.
        const QString address = QString::fromLatin1(words[1]).section(u'%', 0, 0);
        const std::optional<Cidr> resolver = hostAddress(address);
        if (!resolver || resolver->overlaps(*parseCidr(u"127.0.0.0/8").cidr)
            || *resolver == *parseCidr(u"::1").cidr)
            continue;
        addOnce(resolvers,
                { *resolver, Net::tr("a DNS server of this machine"),
                  ProtectedNetwork::Kind::DnsResolver });
    }
    return resolvers;
}

QList<ProtectedNetwork> sessionPeersFromUtmp(const QByteArray &records)
{
    QList<ProtectedNetwork> peers;
    for (qsizetype at = 0; at + qsizetype(sizeof(utmpx)) <= records.size(); at += sizeof(utmpx)) {
        utmpx record;
        std::memcpy(&record, records.constData() + at, sizeof record);
        if (record.ut_type != USER_PROCESS)
            continue;
        // Only the address field, which the login programs fill: the host text is free, and
        // any user may have a terminal recorded with a host of their choosing (utempter),
        // which would make the guard shield an attacker's address.
        const auto *words = record.ut_addr_v6;
        if (!words[0] && !words[1] && !words[2] && !words[3])
            continue;
        Cidr peer;
        // An IPv4 peer fills the first word only, in network order like the rest.
        if (!words[1] && !words[2] && !words[3]) {
            quint32 value = 0;
            std::memcpy(&value, &words[0], 4);
            peer = Cidr::fromV4(ntohl(value), 32);
        } else {
            Cidr::Bytes bytes {};
            std::memcpy(bytes.data(), words, 16);
            peer = Cidr::fromV6(bytes, 128);
        }
        addOnce(peers,
                { peer,
                  Net::tr("where %1's login session on %2 comes from")
                      .arg(fieldText(record.ut_user, sizeof record.ut_user),
                           fieldText(record.ut_line, sizeof record.ut_line)),
                  ProtectedNetwork::Kind::RemoteSession });
    }
    return peers;
}

QList<ProtectedNetwork> ownSessionPeers(QStringView sshConnection, QStringView sshClient)
{
    QList<ProtectedNetwork> peers;
    for (const QStringView value : { sshConnection, sshClient }) {
        const QStringView client = value.trimmed().split(u' ').value(0);
        if (const std::optional<Cidr> address = hostAddress(client))
            addOnce(peers,
                    { *address, Net::tr("where your SSH session comes from"),
                      ProtectedNetwork::Kind::OwnSession });
    }
    return peers;
}

const ProtectedNetwork *protectedNetworkIn(const QList<ProtectedNetwork> &networks,
                                           const Cidr &entry)
{
    for (const ProtectedNetwork &network : networks) {
        if (network.cidr.overlaps(entry))
            return &network;
    }
    return nullptr;
}

} // namespace Rampart
