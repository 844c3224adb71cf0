// What one change may cover before someone must say they mean it: networks wider than a /8
// (IPv6 /16), feed items that fill more than that of space Internet sources use, a list's
// share of public space, and the networks that would cut this machine off (its own
// addresses, its gateways, link-local space).

#include "rules/breadth.h"
#include "net/hostnetworks.h"
#include "testcidr.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <ifaddrs.h>
#include <net/if.h>
#include <netdb.h>

#include <cmath>

using namespace Rampart;

Q_DECLARE_METATYPE(Rampart::RangeSet)
Q_DECLARE_METATYPE(Rampart::Family)

class BreadthTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void broadPrefix();
    void isBroad_data();
    void isBroad();
    void isBroadFeedItem_data();
    void isBroadFeedItem();
    void publicShare_data();
    void publicShare();

    void gatewaysFromRoutes_data();
    void gatewaysFromRoutes();
    void protectedNetworkIn_data();
    void protectedNetworkIn();
    void hostProtectedNetworks();
};

namespace {

RangeSet rangesOf(const QStringList &networks)
{
    RangeSet set;
    for (const QString &network : networks)
        set.add(cidr(network));
    set.normalize();
    return set;
}

// IPv4 public space counted by hand: 2^32 less 0/8, 127/8, 10/8 (three /8s), 224/4 and
// 240/4, 100.64/10, 172.16/12, 169.254/16, 192.168/16, 198.18/15 and four /24s
// (192.0.0, 192.0.2, 198.51.100, 203.0.113).
constexpr quint64 publicV4 = (quint64(1) << 32) - 3 * (quint64(1) << 24) - 2 * (quint64(1) << 28)
    - (1 << 22) - (1 << 20) - 2 * (1 << 16) - (1 << 17) - 4 * 256;
static_assert(publicV4 == 3'702'258'688);

// IPv6 public space: 2000::/3 less 2001:db8::/32 and 3fff::/20.
const long double publicV6 = std::ldexp(1.0L, 125) - std::ldexp(1.0L, 96) - std::ldexp(1.0L, 108);

} // namespace

void BreadthTest::broadPrefix()
{
    QCOMPARE(Breadth::broadPrefix(Family::V4), 8);
    QCOMPARE(Breadth::broadPrefix(Family::V6), 16);
}

void BreadthTest::isBroad_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<bool>("broad");

    QTest::newRow("every IPv4 address") << "0.0.0.0/0" << true;
    QTest::newRow("/1") << "128.0.0.0/1" << true;
    QTest::newRow("/7") << "2.0.0.0/7" << true;
    QTest::newRow("/8") << "10.0.0.0/8" << false;
    QTest::newRow("/9") << "10.128.0.0/9" << false;
    QTest::newRow("/15 of IPv4") << "198.18.0.0/15" << false;
    QTest::newRow("IPv4 host") << "192.0.2.1" << false;
    QTest::newRow("every IPv6 address") << "::/0" << true;
    QTest::newRow("IPv6 /8") << "ff00::/8" << true;
    QTest::newRow("IPv6 /15") << "2000::/15" << true;
    QTest::newRow("IPv6 /16") << "2001::/16" << false;
    QTest::newRow("IPv6 /32") << "2001:db8::/32" << false;
    QTest::newRow("IPv6 host") << "2001:db8::1" << false;
    // Read as the IPv4 network it carries: a /104 is a /8.
    QTest::newRow("IPv4-mapped /104") << "::ffff:10.0.0.0/104" << false;
    QTest::newRow("IPv4-mapped /103") << "::ffff:10.0.0.0/103" << true;
}

void BreadthTest::isBroad()
{
    QFETCH(QString, network);
    QFETCH(bool, broad);
    QCOMPARE(Breadth::isBroad(cidr(network)), broad);
}

void BreadthTest::isBroadFeedItem_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<bool>("broad");

    QTest::newRow("0.0.0.0/2") << "0.0.0.0/2" << true;
    QTest::newRow("0.0.0.0/4") << "0.0.0.0/4" << true;
    QTest::newRow("every IPv4 address") << "0.0.0.0/0" << true;
    // 0.0.0.0/8 is not a source, which leaves exactly a /8: not more than the limit.
    QTest::newRow("0.0.0.0/7") << "0.0.0.0/7" << false;
    QTest::newRow("0.0.0.0/6") << "0.0.0.0/6" << true;
    QTest::newRow("126.0.0.0/7 (with loopback)") << "126.0.0.0/7" << false;
    // FireHOL level 1 lists this: multicast and reserved, no source at all.
    QTest::newRow("224.0.0.0/3") << "224.0.0.0/3" << false;
    QTest::newRow("224.0.0.0/4") << "224.0.0.0/4" << false;
    QTest::newRow("240.0.0.0/4") << "240.0.0.0/4" << false;
    QTest::newRow("192.0.0.0/3 (holds 224/4 and more)") << "192.0.0.0/3" << true;
    QTest::newRow("10.0.0.0/8") << "10.0.0.0/8" << false;
    QTest::newRow("0.0.0.0/8") << "0.0.0.0/8" << false;
    // Private, shared and link-local space is named whole by bogon lists: it does not count.
    QTest::newRow("10.0.0.0/7 (private and one /8)") << "10.0.0.0/7" << false;
    QTest::newRow("8.0.0.0/6 (private and three /8s)") << "8.0.0.0/6" << true;
    QTest::newRow("172.0.0.0/7 (holds 172.16.0.0/12)") << "172.0.0.0/7" << true;
    QTest::newRow("100.0.0.0/7 (holds 100.64.0.0/10)") << "100.0.0.0/7" << true;
    QTest::newRow("unique-local fc00::/7") << "fc00::/7" << false;
    QTest::newRow("fe80::/9 (link-local and site-local)") << "fe80::/9" << false;
    QTest::newRow("IPv4 host") << "192.0.2.1" << false;
    QTest::newRow("8000::/2") << "8000::/2" << true;
    QTest::newRow("2000::/16") << "2000::/16" << false;
    QTest::newRow("2000::/15") << "2000::/15" << true;
    QTest::newRow("every IPv6 address") << "::/0" << true;
    QTest::newRow("multicast ff00::/8") << "ff00::/8" << false;
    QTest::newRow("fe00::/7 (half multicast)") << "fe00::/7" << true;
    QTest::newRow("IPv6 host") << "2001:db8::1" << false;
}

void BreadthTest::isBroadFeedItem()
{
    QFETCH(QString, network);
    QFETCH(bool, broad);
    QCOMPARE(Breadth::isBroadFeedItem(cidr(network)), broad);
}

void BreadthTest::publicShare_data()
{
    QTest::addColumn<RangeSet>("set");
    QTest::addColumn<Family>("family");
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("tolerance");

    const QStringList localAndReserved = {
        "0.0.0.0/8",       "10.0.0.0/8",     "100.64.0.0/10", "127.0.0.0/8",    "169.254.0.0/16",
        "172.16.0.0/12",   "192.0.0.0/24",   "192.0.2.0/24",  "192.168.0.0/16", "198.18.0.0/15",
        "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4",   "240.0.0.0/4",    "::/128",
        "::1/128",         "100::/64",       "2001:db8::/32", "3fff::/20",      "ff00::/8",
        "fc00::/7",        "fe80::/10",
    };
    // A quarter of IPv4 public space in one range from 11.0.0.0, below 100.64.0.0/10.
    RangeSet quarterV4;
    const quint32 first = 11u << 24;
    quarterV4.addV4(first, first + quint32(publicV4 / 4) - 1);
    quarterV4.normalize();
    // 2800::/5 holds neither 2001:db8::/32 nor 3fff::/20.
    const RangeSet quarterV6 = rangesOf({ "2800::/5" });
    const double quarterV6Share = double(std::ldexp(1.0L, 123) / publicV6);

    const double exact = 1e-12;
    QTest::newRow("empty, IPv4") << RangeSet() << Family::V4 << 0.0 << exact;
    QTest::newRow("empty, IPv6") << RangeSet() << Family::V6 << 0.0 << exact;
    QTest::newRow("0.0.0.0/0") << rangesOf({ "0.0.0.0/0" }) << Family::V4 << 1.0 << exact;
    QTest::newRow("2000::/3") << rangesOf({ "2000::/3" }) << Family::V6 << 1.0 << exact;
    QTest::newRow("::/0") << rangesOf({ "::/0" }) << Family::V6 << 1.0 << exact;
    QTest::newRow("1.0.0.0/8") << rangesOf({ "1.0.0.0/8" }) << Family::V4
                               << double((1 << 24) / (long double)publicV4) << exact;
    QTest::newRow("a quarter, IPv4") << quarterV4 << Family::V4 << 0.25 << exact;
    QTest::newRow("a quarter, IPv6") << quarterV6 << Family::V6 << quarterV6Share << exact;
    QTest::newRow("about a quarter, IPv6") << quarterV6 << Family::V6 << 0.25 << 1e-4;
    QTest::newRow("local and reserved only, IPv4")
        << rangesOf(localAndReserved) << Family::V4 << 0.0 << exact;
    QTest::newRow("local and reserved only, IPv6")
        << rangesOf(localAndReserved) << Family::V6 << 0.0 << exact;
    QTest::newRow("a quarter with local and reserved, IPv4")
        << quarterV4.united(rangesOf(localAndReserved)) << Family::V4 << 0.25 << exact;
    QTest::newRow("a quarter with local and reserved, IPv6")
        << quarterV6.united(rangesOf(localAndReserved)) << Family::V6 << quarterV6Share << exact;
    // The other family is counted on its own.
    QTest::newRow("IPv4 counts no IPv6") << rangesOf({ "0.0.0.0/0" }) << Family::V6 << 0.0 << exact;
    QTest::newRow("IPv6 counts no IPv4") << rangesOf({ "::/0" }) << Family::V4 << 0.0 << exact;
    QTest::newRow("both, IPv4") << quarterV4.united(rangesOf({ "::/0" })) << Family::V4 << 0.25
                                << exact;
    QTest::newRow("both, IPv6") << quarterV4.united(quarterV6) << Family::V6 << quarterV6Share
                                << exact;
    QTest::newRow("IPv4-mapped IPv6 is IPv4")
        << rangesOf({ "::ffff:0.0.0.0/96" }) << Family::V4 << 1.0 << exact;
}

void BreadthTest::publicShare()
{
    QFETCH(RangeSet, set);
    QFETCH(Family, family);
    QFETCH(double, share);
    QFETCH(double, tolerance);
    const double actual = Breadth::publicShare(set, family);
    QVERIFY2(std::abs(actual - share) <= tolerance,
             qPrintable(QStringLiteral("share %1, expected %2")
                            .arg(actual, 0, 'g', 17)
                            .arg(share, 0, 'g', 17)));
}

void BreadthTest::gatewaysFromRoutes_data()
{
    QTest::addColumn<QByteArray>("route");
    QTest::addColumn<QByteArray>("ipv6Route");
    QTest::addColumn<QStringList>("gateways"); // "network on interface"

    // As the kernel prints /proc/net/route on a little-endian machine: the header, then
    // tab-separated columns padded with spaces.
    const QByteArray header = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\t"
                              "MTU\tWindow\tIRTT                                          \n";
    const QByteArray defaultRoute = "eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0"
                                    "                                                     \n";
    // 192.168.1.0/24 on the link itself: no gateway.
    const QByteArray linkRoute = "eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n";
    // A gateway in the column but without RTF_GATEWAY (0x2) in the flags.
    const QByteArray unflagged = "eth1\t0002A8C0\t0102A8C0\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n";
    // 10.0.0.1 for 172.16.0.0/12 on wlan0, flags RTF_UP | RTF_GATEWAY | RTF_DYNAMIC.
    const QByteArray wlanRoute = "wlan0\t000010AC\t0100000A\t0013\t0\t0\t600\t0000F0FF\t0\t0\t0\n";
    const QByteArray zeroGateway = "eth0\t00000000\t00000000\t0003\t0\t0\t0\t00000000\t0\t0\t0\n";

    // /proc/net/ipv6_route: dest destlen src srclen nexthop metric refcnt use flags iface.
    const QByteArray v6ViaLinkLocal =
        "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
        "fe800000000000000000000000000001 00000400 00000002 00000000 00000003     eth0\n";
    const QByteArray v6NoNextHop =
        "fd000000000000000000000000000000 40 00000000000000000000000000000000 00 "
        "00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0\n";
    const QByteArray v6ViaGlobal =
        "20010db8000000000000000000000000 20 00000000000000000000000000000000 00 "
        "20010db8000000010000000000000001 00000400 00000001 00000000 00000003    wlan0\n";

    QTest::newRow("default route")
        << header + defaultRoute << QByteArray() << QStringList { "192.168.1.1 on eth0" };
    QTest::newRow("header only") << header << QByteArray() << QStringList();
    QTest::newRow("nothing at all") << QByteArray() << QByteArray() << QStringList();
    QTest::newRow("routes on the link") << header + linkRoute << v6NoNextHop << QStringList();
    QTest::newRow("gateway column without the gateway flag")
        << header + unflagged << QByteArray() << QStringList();
    QTest::newRow("gateway flag with no gateway")
        << header + zeroGateway << QByteArray() << QStringList();
    QTest::newRow("several routes") << header + linkRoute + defaultRoute + wlanRoute << QByteArray()
                                    << QStringList { "192.168.1.1 on eth0", "10.0.0.1 on wlan0" };
    QTest::newRow("damaged lines around good ones")
        << header + "eth0\t00000000\n" + defaultRoute
            + "eth0\t00000000\t0101A8C\t0003\t0\t0\t0\t00000000\n"
            + "eth0\t00000000\t0101A8CG\t0003\t0\t0\t0\t00000000\n"
            + "eth0\t00000000\t0101A8C0\tzz\t0\t0\t0\t00000000\n"
            + "eth0\t00000000\t0101A8C000\t0003\t0\t0\t0\t00000000\n" + "\n\n   \n" + wlanRoute
            + "garbage"
        << "fe8000000000000000000000000000 00\n"
           "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
           "fe80000000000000000000000000000g 00000400 00000002 00000000 00000003 eth0\n"
           "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
           "fe8000000000000000000000000000001 00000400 00000002 00000000 00000003 eth0\n"
           "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
           "fe800000000000000000000000000001 00000400 00000002 00000000\n"
            + v6ViaGlobal
        << QStringList { "192.168.1.1 on eth0", "10.0.0.1 on wlan0", "2001:db8:0:1::1 on wlan0" };
    QTest::newRow("IPv6 next hop on the link")
        << QByteArray() << v6ViaLinkLocal << QStringList { "fe80::1 on eth0" };
    QTest::newRow("IPv6 route with no next hop") << QByteArray() << v6NoNextHop << QStringList();
    QTest::newRow("both families") << header + defaultRoute << v6NoNextHop + v6ViaLinkLocal
                                   << QStringList { "192.168.1.1 on eth0", "fe80::1 on eth0" };
}

void BreadthTest::gatewaysFromRoutes()
{
    QFETCH(QByteArray, route);
    QFETCH(QByteArray, ipv6Route);
    QFETCH(QStringList, gateways);
    QStringList found;
    for (const ProtectedNetwork &gateway : Rampart::gatewaysFromRoutes(route, ipv6Route)) {
        QVERIFY2(gateway.reason.startsWith(u"a gateway on "), qPrintable(gateway.reason));
        QVERIFY(gateway.cidr.isHost());
        found << gateway.cidr.toString() + " on " + gateway.reason.mid(13);
    }
    QCOMPARE(found, gateways);
}

void BreadthTest::protectedNetworkIn_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<int>("index"); // in the list below; -1 for none

    // The list: 0 192.0.2.2, 1 192.0.2.1, 2 169.254.0.0/16, 3 fe80::/10, 4 2001:db8::2.
    QTest::newRow("the address itself") << "192.0.2.2" << 0;
    QTest::newRow("the gateway itself") << "192.0.2.1" << 1;
    QTest::newRow("a network holding both: the first") << "192.0.2.0/24" << 0;
    QTest::newRow("half of IPv4") << "128.0.0.0/1" << 0;
    QTest::newRow("the other half") << "0.0.0.0/1" << -1;
    QTest::newRow("every IPv4 address") << "0.0.0.0/0" << 0;
    QTest::newRow("a neighbour") << "192.0.2.3" << -1;
    QTest::newRow("a network beside") << "192.0.3.0/24" << -1;
    QTest::newRow("inside link-local") << "169.254.7.0/24" << 2;
    QTest::newRow("a host in link-local") << "169.254.169.254" << 2;
    QTest::newRow("holding link-local") << "169.0.0.0/8" << 2;
    QTest::newRow("next to link-local") << "169.255.0.0/16" << -1;
    QTest::newRow("inside IPv6 link-local") << "fe80::1" << 3;
    QTest::newRow("holding IPv6 link-local") << "fe00::/7" << 3;
    QTest::newRow("the IPv6 address") << "2001:db8::2" << 4;
    QTest::newRow("holding the IPv6 address") << "2001:db8::/32" << 4;
    QTest::newRow("an IPv6 neighbour") << "2001:db8::3" << -1;
    QTest::newRow("every IPv6 address") << "::/0" << 3;
    QTest::newRow("the IPv6 range that shares its bits with 192.0.2.2") << "c000:202::/32" << -1;
}

void BreadthTest::protectedNetworkIn()
{
    QFETCH(QString, entry);
    QFETCH(int, index);
    const QList<ProtectedNetwork> networks = {
        { cidr(u"192.0.2.2"), QStringLiteral("this machine's address on eth0") },
        { cidr(u"192.0.2.1"), QStringLiteral("a gateway on eth0") },
        { cidr(u"169.254.0.0/16"), QStringLiteral("link-local") },
        { cidr(u"fe80::/10"), QStringLiteral("link-local") },
        { cidr(u"2001:db8::2"), QStringLiteral("this machine's address on eth0") },
    };
    const ProtectedNetwork *found = Rampart::protectedNetworkIn(networks, cidr(entry));
    if (index < 0) {
        QVERIFY2(!found, qPrintable(found ? found->cidr.toString() : QString()));
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->cidr, networks[index].cidr);
    QCOMPARE(found, &networks[index]);
    QVERIFY(!Rampart::protectedNetworkIn({}, cidr(entry)));
}

void BreadthTest::hostProtectedNetworks()
{
    const QList<ProtectedNetwork> networks = Rampart::hostProtectedNetworks();
    QStringList shown;
    for (const ProtectedNetwork &network : networks)
        shown << network.cidr.toString() + " (" + network.reason + u')';
    const QByteArray list = shown.join(u", ").toUtf8();

    auto holds = [&](const QString &network) {
        return std::any_of(networks.begin(), networks.end(),
                           [&](const ProtectedNetwork &p) { return p.cidr == cidr(network); });
    };
    QVERIFY2(holds(QStringLiteral("169.254.0.0/16")), list.constData());
    QVERIFY2(holds(QStringLiteral("fe80::/10")), list.constData());

    // Every address of every interface but loopback, as getifaddrs reports them.
    ifaddrs *addresses = nullptr;
    QCOMPARE(getifaddrs(&addresses), 0);
    int seen = 0;
    for (const ifaddrs *it = addresses; it; it = it->ifa_next) {
        if (!it->ifa_addr
            || (it->ifa_addr->sa_family != AF_INET && it->ifa_addr->sa_family != AF_INET6))
            continue;
        char text[NI_MAXHOST] = {};
        const socklen_t length =
            it->ifa_addr->sa_family == AF_INET ? sizeof(sockaddr_in) : sizeof(sockaddr_in6);
        QCOMPARE(getnameinfo(it->ifa_addr, length, text, sizeof text, nullptr, 0, NI_NUMERICHOST),
                 0);
        // Without the zone getnameinfo adds to a link-local address ("fe80::1%eth0").
        const QString address = QString::fromLatin1(text).section(u'%', 0, 0);
        const ProtectedNetwork *found = Rampart::protectedNetworkIn(networks, cidr(address));
        if (it->ifa_flags & IFF_LOOPBACK) {
            QVERIFY2(!found, qPrintable(address));
            continue;
        }
        ++seen;
        QVERIFY2(found, qPrintable(address + " is not in " + QString::fromUtf8(list)));
        if (found->cidr.isHost())
            QCOMPARE(found->reason,
                     QStringLiteral("this machine's address on %1")
                         .arg(QString::fromLocal8Bit(it->ifa_name)));
    }
    freeifaddrs(addresses);
    qInfo("%d addresses besides loopback: %s", seen, list.constData());

    // The default gateways, as ip(8) shows them.
    for (const char *path : { "/usr/sbin/ip", "/sbin/ip" }) {
        if (!QFile::exists(QString::fromLatin1(path)))
            continue;
        for (const char *family : { "-4", "-6" }) {
            QProcess ip;
            ip.start(QString::fromLatin1(path),
                     { QString::fromLatin1(family), QStringLiteral("-o"), QStringLiteral("route"),
                       QStringLiteral("show"), QStringLiteral("default") });
            QVERIFY(ip.waitForFinished());
            QCOMPARE(ip.exitCode(), 0);
            for (const QByteArray &line : ip.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> words = line.simplified().split(' ');
                qsizetype at = words.indexOf("via") + 1;
                // "via inet6 fe80::1" for an IPv4 route through an IPv6 next hop.
                if (at > 0 && at < words.size() && words[at].startsWith("inet"))
                    ++at;
                if (at <= 0 || at >= words.size())
                    continue;
                const QString gateway = QString::fromLatin1(words[at]);
                QVERIFY2(Rampart::protectedNetworkIn(networks, cidr(gateway)),
                         qPrintable(gateway + " is not in " + QString::fromUtf8(list)));
            }
        }
        break;
    }
}

QTEST_GUILESS_MAIN(BreadthTest)
#include "breadthtest.moc"
