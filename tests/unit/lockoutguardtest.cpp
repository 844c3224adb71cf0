// The lockout guard (common/rules/lockoutguard.h) and the facts it judges by
// (common/net/hostnetworks.h): what a block or a feed must not cut without a question.

#include "rules/lockoutguard.h"
#include "net/hostnetworks.h"
#include "net/rangeset.h"
#include "testcidr.h"

#include <QProcess>
#include <QTest>

#include <arpa/inet.h>
#include <cstring>
#include <utmpx.h>

using namespace Rampart;
using Kind = ProtectedNetwork::Kind;

namespace {

QList<Cidr> cidrs(const QStringList &texts)
{
    QList<Cidr> list;
    for (const QString &text : texts)
        list << cidr(text);
    return list;
}

// A machine at 10.251.0.5/24 on eth0 behind 10.251.0.1, asking 192.0.2.53 for names, with
// alice logged in from 198.51.100.9, the administrator's own SSH session from
// 203.0.113.50 and the office's 198.51.100.128/25 allowlisted.
QList<ProtectedNetwork> machine()
{
    return {
        { cidr("169.254.0.0/16"), QStringLiteral("link-local"), Kind::LinkLocal },
        { cidr("10.251.0.5"), QStringLiteral("this machine's address on eth0"), Kind::OwnAddress },
        { cidr("10.251.0.1"), QStringLiteral("a gateway on eth0"), Kind::Gateway },
        { cidr("10.251.0.0/24"), QStringLiteral("this machine's own network on eth0"),
          Kind::OnLinkNetwork },
        { cidr("192.0.2.53"), QStringLiteral("a DNS server of this machine"), Kind::DnsResolver },
        { cidr("198.51.100.9"), QStringLiteral("where alice's login session on pts/0 comes from"),
          Kind::RemoteSession },
        { cidr("203.0.113.50"), QStringLiteral("where your SSH session comes from"),
          Kind::OwnSession },
        { cidr("198.51.100.128/25"), QStringLiteral("allowlisted (office)"), Kind::Allowlisted },
    };
}

QByteArray utmpRecord(short type, const char *user, const char *line, const char *host,
                      const QString &address)
{
    utmpx record;
    std::memset(&record, 0, sizeof record);
    record.ut_type = type;
    std::strncpy(record.ut_user, user, sizeof record.ut_user);
    std::strncpy(record.ut_line, line, sizeof record.ut_line);
    std::strncpy(record.ut_host, host, sizeof record.ut_host);
    if (!address.isEmpty()) {
        const QByteArray text = address.toLatin1();
        const int family = address.contains(u':') ? AF_INET6 : AF_INET;
        if (inet_pton(family, text.constData(), record.ut_addr_v6) != 1)
            qFatal("bad test data %s", text.constData());
    }
    return QByteArray(reinterpret_cast<const char *>(&record), sizeof record);
}

} // namespace

class LockoutGuardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockRisks_data();
    void blockRisks();
    void forceReasonsNameBreadthFirst();
    void feedRisks_data();
    void feedRisks();
    void onlyNewRisksOfAFeedCount();
    void riskRangesAreTheProtectedNetworks();
    void allowlistKeepsItsComment();
    void ownSession_data();
    void ownSession();
    void resolvers_data();
    void resolvers();
    void sessionPeers();
    void thisMachinesNetworks();
};

void LockoutGuardTest::blockRisks_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("texts");

    QTest::newRow("the attackers themselves")
        << QStringList { "203.0.113.7", "2001:db8::7" } << QStringList();
    QTest::newRow("an attacker on the LAN") << QStringList { "10.251.0.77" } << QStringList();
    QTest::newRow("this machine") << QStringList { "10.251.0.5" }
                                  << QStringList { "10.251.0.5 is this machine's address on eth0" };
    QTest::newRow("the whole LAN")
        << QStringList { "10.251.0.0/24" }
        << QStringList { "10.251.0.0/24 covers 10.251.0.5, this machine's address on eth0",
                         "10.251.0.0/24 covers 10.251.0.1, a gateway on eth0",
                         "10.251.0.0/24 is this machine's own network on eth0" };
    QTest::newRow("a range of the LAN")
        << QStringList { "10.251.0.128/25" }
        << QStringList { "10.251.0.128/25 covers part of 10.251.0.0/24, this machine's own "
                         "network on eth0" };
    QTest::newRow("a private /8")
        << QStringList { "10.0.0.0/8" }
        << QStringList { "10.0.0.0/8 covers 10.251.0.5, this machine's address on eth0",
                         "10.0.0.0/8 covers 10.251.0.1, a gateway on eth0",
                         "10.0.0.0/8 covers 10.251.0.0/24, this machine's own network on eth0" };
    QTest::newRow("the resolver") << QStringList { "192.0.2.0/24" }
                                  << QStringList { "192.0.2.0/24 covers 192.0.2.53, a DNS server "
                                                   "of this machine" };
    QTest::newRow("a logged-in user and the office")
        << QStringList { "198.51.100.0/24" }
        << QStringList { "198.51.100.0/24 covers 198.51.100.9, where alice's login session on "
                         "pts/0 comes from",
                         "198.51.100.0/24 covers 198.51.100.128/25, allowlisted (office)" };
    QTest::newRow("part of the office")
        << QStringList { "198.51.100.200" }
        << QStringList { "198.51.100.200 covers part of 198.51.100.128/25, allowlisted (office)" };
    QTest::newRow("my own session")
        << QStringList { "203.0.113.50" }
        << QStringList { "203.0.113.50 is where your SSH session comes from" };
    QTest::newRow("link-local") << QStringList { "169.254.169.254" }
                                << QStringList { "169.254.169.254 covers part of 169.254.0.0/16, "
                                                 "link-local" };
    QTest::newRow("each entry for itself")
        << QStringList { "203.0.113.7", "192.0.2.53", "10.251.0.99" }
        << QStringList { "192.0.2.53 is a DNS server of this machine" };
}

void LockoutGuardTest::blockRisks()
{
    QFETCH(QStringList, entries);
    QFETCH(QStringList, texts);
    const QList<LockoutRisk> risks = blockLockoutRisks(cidrs(entries), machine());
    QCOMPARE(lockoutRiskTexts(risks), texts);
    for (const LockoutRisk &risk : risks)
        QVERIFY(risk.entry);
}

void LockoutGuardTest::forceReasonsNameBreadthFirst()
{
    QCOMPARE(blockForceReasons(cidrs({ "203.0.113.7" }), machine()), QStringList());
    QCOMPARE(blockForceReasons(cidrs({ "192.0.2.53", "4.0.0.0/6" }), machine()),
             QStringList(
                 { "4.0.0.0/6 is wider than a /8", "192.0.2.53 is a DNS server of this machine" }));
    // Without the machine's networks, only breadth is left.
    QCOMPARE(blockForceReasons(cidrs({ "10.0.0.0/8", "2000::/15" }), {}),
             QStringList({ "2000::/15 is wider than a /16" }));
}

void LockoutGuardTest::feedRisks_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<QStringList>("texts");

    QTest::newRow("public attackers")
        << QStringList { "203.0.113.64/26", "185.220.101.0/24" } << QStringList();
    // FireHOL level 1 lists 10.0.0.0/8: the machine's own address and gateway never reach a
    // feed set, but the rest of its LAN would.
    QTest::newRow("a private /8") << QStringList {
        "10.0.0.0/8"
    } << QStringList { "Covers 10.251.0.0/24, this machine's own network on eth0" };
    QTest::newRow("half the LAN") << QStringList {
        "10.251.0.0/25"
    } << QStringList { "Covers part of 10.251.0.0/24, this machine's own network on eth0" };
    QTest::newRow("single hosts of the LAN")
        << QStringList { "10.251.0.77", "10.251.0.99" } << QStringList();
    QTest::newRow("only the machine and its gateway")
        << QStringList { "10.251.0.5", "10.251.0.1" } << QStringList();
    QTest::newRow("the resolver and alice")
        << QStringList { "192.0.2.0/24", "198.51.100.9" }
        << QStringList { "Covers 192.0.2.53, a DNS server of this machine",
                         "Covers 198.51.100.9, where alice's login session on pts/0 comes from" };
    QTest::newRow("the office, which the allowlist keeps out")
        << QStringList { "198.51.100.128/25" } << QStringList();
    QTest::newRow("my own session") << QStringList { "203.0.113.0/24" }
                                    << QStringList { "Covers 203.0.113.50, where your SSH "
                                                     "session comes from" };
}

void LockoutGuardTest::feedRisks()
{
    QFETCH(QStringList, list);
    QFETCH(QStringList, texts);
    const QList<LockoutRisk> risks = feedLockoutRisks(RangeSet::fromCidrs(cidrs(list)), machine());
    QCOMPARE(lockoutRiskTexts(risks), texts);
    for (const LockoutRisk &risk : risks)
        QVERIFY(!risk.entry);
}

void LockoutGuardTest::onlyNewRisksOfAFeedCount()
{
    const auto risks = [](const QStringList &list) {
        return feedLockoutRisks(RangeSet::fromCidrs(cidrs(list)), machine());
    };
    const QList<LockoutRisk> accepted = risks({ "10.251.0.0/25", "192.0.2.53" });
    // The same risks again are no news; a resolver stays accepted.
    QVERIFY(newLockoutRisks(risks({ "10.251.0.0/25", "192.0.2.53" }), accepted).isEmpty());
    // Covering less is no news either.
    QVERIFY(newLockoutRisks(risks({ "10.251.0.0/26" }), accepted).isEmpty());
    // The whole LAN where half of it was, and alice, are.
    QCOMPARE(lockoutRiskTexts(
                 newLockoutRisks(risks({ "10.0.0.0/8", "192.0.2.53", "198.51.100.9" }), accepted)),
             QStringList({ "Covers 10.251.0.0/24, this machine's own network on eth0",
                           "Covers 198.51.100.9, where alice's login session on pts/0 comes "
                           "from" }));
    // From nothing, everything is new.
    QCOMPARE(newLockoutRisks(accepted, {}), accepted);
}

void LockoutGuardTest::riskRangesAreTheProtectedNetworks()
{
    const QList<LockoutRisk> risks =
        feedLockoutRisks(RangeSet::fromCidrs(cidrs({ "10.0.0.0/8", "192.0.2.0/24" })), machine());
    QCOMPARE(lockoutRiskRanges(risks).toCidrs(), cidrs({ "10.251.0.0/24", "192.0.2.53" }));
    QVERIFY(lockoutRiskRanges({}).isEmpty());
}

void LockoutGuardTest::allowlistKeepsItsComment()
{
    const QList<ProtectedNetwork> networks =
        allowlistedNetworks(cidrs({ "198.51.100.0/24", "2001:db8::/48" }), { "office", "  " });
    QCOMPARE(networks.size(), 2);
    QCOMPARE(networks[0].reason, QStringLiteral("allowlisted (office)"));
    QCOMPARE(networks[1].reason, QStringLiteral("allowlisted"));
    QCOMPARE(networks[1].kind, Kind::Allowlisted);
    QCOMPARE(lockoutRiskTexts(blockLockoutRisks(cidrs({ "2001:db8::1" }), networks)),
             QStringList({ "2001:db8::1 covers part of 2001:db8::/48, allowlisted" }));
}

void LockoutGuardTest::ownSession_data()
{
    QTest::addColumn<QString>("sshConnection");
    QTest::addColumn<QString>("sshClient");
    QTest::addColumn<QStringList>("addresses");

    QTest::newRow("both") << "203.0.113.50 51234 192.0.2.10 22"
                          << "203.0.113.50 51234 22" << QStringList { "203.0.113.50" };
    QTest::newRow("IPv6 client") << "2001:db8::50 51234 2001:db8::10 22"
                                 << "" << QStringList { "2001:db8::50" };
    QTest::newRow("only SSH_CLIENT") << ""
                                     << "198.51.100.4 40000 22" << QStringList { "198.51.100.4" };
    QTest::newRow("not in SSH") << ""
                                << "" << QStringList();
    QTest::newRow("garbage") << "somewhere 1 2 3"
                             << "   " << QStringList();
    QTest::newRow("a network is no peer") << "203.0.113.0/24 1 2 3"
                                          << "" << QStringList();
}

void LockoutGuardTest::ownSession()
{
    QFETCH(QString, sshConnection);
    QFETCH(QString, sshClient);
    QFETCH(QStringList, addresses);

    QStringList found;
    for (const ProtectedNetwork &peer : ownSessionPeers(sshConnection, sshClient)) {
        QCOMPARE(peer.kind, Kind::OwnSession);
        found << peer.cidr.toString();
    }
    QCOMPARE(found, addresses);
}

void LockoutGuardTest::resolvers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("resolvers");

    QTest::newRow("two and a search") << QByteArray("# from DHCP\nsearch example.org\n"
                                                    "nameserver 192.0.2.53\n"
                                                    "nameserver   2001:db8::53  \n")
                                      << QStringList { "192.0.2.53", "2001:db8::53" };
    QTest::newRow("systemd-resolved's stub") << QByteArray("nameserver 127.0.0.53\n"
                                                           "options edns0 trust-ad\n")
                                             << QStringList();
    QTest::newRow("loopback IPv6") << QByteArray("nameserver ::1\n") << QStringList();
    QTest::newRow("with a zone") << QByteArray("nameserver fe80::1%eth0\n")
                                 << QStringList { "fe80::1" };
    QTest::newRow("twice, and garbage")
        << QByteArray("nameserver 192.0.2.53\nnameserver 192.0.2.53\nnameserver dns.example\n"
                      "nameserver\nnameserver 192.0.2.0/24\nnameservers 198.51.100.1\n")
        << QStringList { "192.0.2.53" };
    QTest::newRow("empty") << QByteArray() << QStringList();
}

void LockoutGuardTest::resolvers()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, resolvers);
    QStringList found;
    for (const ProtectedNetwork &resolver : resolversFromResolvConf(text)) {
        QCOMPARE(resolver.kind, Kind::DnsResolver);
        found << resolver.cidr.toString();
    }
    QCOMPARE(found, resolvers);
}

void LockoutGuardTest::sessionPeers()
{
    const QByteArray records = utmpRecord(BOOT_TIME, "reboot", "~", "6.1.0", QString())
        + utmpRecord(USER_PROCESS, "alice", "pts/0", "198.51.100.9", QStringLiteral("198.51.100.9"))
        + utmpRecord(USER_PROCESS, "bob", "pts/1", "2001:db8::9", QStringLiteral("2001:db8::9"))
        // A local console login has no peer; a terminal any user may record (utempter) has
        // only a host text of its own choosing, which must not shield that address.
        + utmpRecord(USER_PROCESS, "carol", "tty1", "", QString())
        + utmpRecord(USER_PROCESS, "mallory", "pts/2", "203.0.113.4", QString())
        + utmpRecord(DEAD_PROCESS, "erin", "pts/3", "192.0.2.77", QStringLiteral("192.0.2.77"))
        // A record cut short at the end of the file is left alone.
        + QByteArray(100, '\x07');

    QStringList found;
    for (const ProtectedNetwork &peer : sessionPeersFromUtmp(records)) {
        QCOMPARE(peer.kind, Kind::RemoteSession);
        found << peer.cidr.toString() + u' ' + peer.reason;
    }
    QCOMPARE(found,
             QStringList({ "198.51.100.9 where alice's login session on pts/0 comes from",
                           "2001:db8::9 where bob's login session on pts/1 comes from" }));
    QVERIFY(sessionPeersFromUtmp({}).isEmpty());
}

void LockoutGuardTest::thisMachinesNetworks()
{
    const QList<ProtectedNetwork> networks = lockoutNetworks();
    // Every global address of every interface, and the network it is on, as ip(8) shows them.
    QProcess ip;
    ip.start(QStringLiteral("/usr/sbin/ip"),
             { QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show"),
               QStringLiteral("scope"), QStringLiteral("global") });
    QVERIFY(ip.waitForFinished());
    QCOMPARE(ip.exitCode(), 0);
    int seen = 0;
    for (const QByteArray &line : ip.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        const qsizetype at = std::max(words.indexOf("inet"), words.indexOf("inet6")) + 1;
        if (at <= 0 || at >= words.size())
            continue;
        const QString withPrefix = QString::fromLatin1(words[at]);
        const Cidr address = cidr(withPrefix.section(u'/', 0, 0));
        const int length = withPrefix.section(u'/', 1).toInt();
        const auto holds = [&](Kind kind, const Cidr &what) {
            return std::any_of(networks.cbegin(), networks.cend(), [&](const ProtectedNetwork &n) {
                return n.kind == kind && n.cidr == what;
            });
        };
        QVERIFY2(holds(Kind::OwnAddress, address), qPrintable(withPrefix));
        if (length < address.maxPrefixLength()) {
            QVERIFY2(holds(Kind::OnLinkNetwork, enclosingNetwork(address, length)),
                     qPrintable(withPrefix));
            // And the guard judges by it: the whole subnet is at risk, a neighbour is not.
            const Cidr subnet = enclosingNetwork(address, length);
            QVERIFY(!lockoutRiskTexts(blockLockoutRisks({ subnet }, networks)).isEmpty());
        }
        ++seen;
    }
    qInfo("%d global addresses checked", seen);
}

QTEST_GUILESS_MAIN(LockoutGuardTest)
#include "lockoutguardtest.moc"
