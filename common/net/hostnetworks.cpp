#include "net/hostnetworks.h"

#include <QCoreApplication>
#include <QFile>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <net/route.h>
#include <netinet/in.h>

namespace Rampart {

namespace {

QByteArray readProcFile(const char *path)
{
    // /proc files report no size; a routing table of a few thousand lines is enough.
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
        gateways.append({ Cidr::fromV4(ntohl(*gateway), 32),
                          Net::tr("a gateway on %1").arg(QString::fromLatin1(columns[0])) });
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
            gateways.append(
                { *parsed.cidr, Net::tr("a gateway on %1").arg(QString::fromLatin1(columns[9])) });
    }
    return gateways;
}

QList<ProtectedNetwork> hostProtectedNetworks()
{
    QList<ProtectedNetwork> networks;
    for (const char16_t *range : { u"169.254.0.0/16", u"fe80::/10" })
        networks.append({ *parseCidr(range).cidr, Net::tr("link-local") });

    ifaddrs *addresses = nullptr;
    if (getifaddrs(&addresses) == 0) {
        for (const ifaddrs *it = addresses; it; it = it->ifa_next) {
            if (!it->ifa_addr || (it->ifa_flags & IFF_LOOPBACK))
                continue;
            char text[INET6_ADDRSTRLEN] = {};
            if (it->ifa_addr->sa_family == AF_INET) {
                const auto *v4 = reinterpret_cast<const sockaddr_in *>(it->ifa_addr);
                inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
            } else if (it->ifa_addr->sa_family == AF_INET6) {
                const auto *v6 = reinterpret_cast<const sockaddr_in6 *>(it->ifa_addr);
                inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
            } else {
                continue;
            }
            const CidrParse parsed = parseCidr(QString::fromLatin1(text));
            if (parsed.cidr && !protectedNetworkIn(networks, *parsed.cidr))
                networks.append({ *parsed.cidr,
                                  Net::tr("this machine's address on %1")
                                      .arg(QString::fromLocal8Bit(it->ifa_name)) });
        }
        freeifaddrs(addresses);
    }
    for (const ProtectedNetwork &gateway : gatewaysFromRoutes(
             readProcFile("/proc/net/route"), readProcFile("/proc/net/ipv6_route"))) {
        if (!protectedNetworkIn(networks, gateway.cidr))
            networks.append(gateway);
    }
    return networks;
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
