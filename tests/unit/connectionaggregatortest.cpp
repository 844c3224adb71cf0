// Snapshots made up in the test, grouped by address and by network: counts, states, ports,
// first sightings kept across snapshots, and the blocklist entry that covers each group.

#include "connections/connectionaggregator.h"

#include <QTest>

using namespace Rampart;

namespace {

Cidr host(const QString &text)
{
    const CidrParse parsed = parseCidr(text);
    if (!parsed.cidr || !parsed.cidr->isHost())
        qFatal("bad test address %s", qPrintable(text));
    return *parsed.cidr;
}

// "tcp STATE REMOTE LOCALPORT [INODE]" or "udp ...": the local address does not matter here.
Socket socket(const QString &description)
{
    const QStringList fields = description.split(u' ');
    Socket socket;
    socket.transport = fields[0] == "udp" ? Transport::Udp : Transport::Tcp;
    socket.state = quint8(fields[1].toUInt());
    socket.remote = host(fields[2]);
    socket.remotePort = 40000;
    socket.local =
        socket.remote.family() == Family::V4 ? host("192.0.2.100") : host("2001:db8::100");
    socket.localPort = quint16(fields[3].toUInt());
    socket.inode = fields.size() > 4 ? fields[4].toULongLong() : 0;
    return socket;
}

SocketSnapshot snapshot(const QStringList &sockets, qint64 takenAtMs = 1000)
{
    SocketSnapshot snapshot;
    snapshot.source = "netlink";
    snapshot.takenAtMs = takenAtMs;
    for (const QString &description : sockets)
        snapshot.sockets << socket(description);
    return snapshot;
}

// "REMOTE CONNECTIONS ADDRESSES STATE=N,... PORT,..."
QString describe(const ConnectionGroup &group)
{
    QStringList states;
    for (auto state = group.states.cbegin(); state != group.states.cend(); ++state)
        states << QStringLiteral("%1=%2").arg(state.key()).arg(state.value());
    QStringList ports;
    for (const quint16 port : group.localPorts)
        ports << QString::number(port);
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(group.remote.toString())
        .arg(group.connections)
        .arg(group.addresses)
        .arg(states.join(u','), ports.join(u','));
}

QStringList describe(const QList<ConnectionGroup> &groups)
{
    QStringList described;
    for (const ConnectionGroup &group : groups)
        described << describe(group);
    return described;
}

BlockedEntry entry(const QString &cidr, const QString &source)
{
    BlockedEntry entry;
    entry.cidr = cidr;
    entry.source = source;
    return entry;
}

const QStringList mixedSockets {
    "tcp 1 203.0.113.7 443",
    "tcp 1 203.0.113.7 443",
    "tcp 6 203.0.113.7 22",
    "tcp 1 203.0.113.9 80",
    "tcp 8 198.51.100.1 443",
    "tcp 1 198.51.100.1 8443",
    "tcp 1 203.0.200.1 25",
    "udp 1 192.0.2.1 53",
    // Not connections: a listener, an unconnected UDP socket, a closed socket with no peer.
    "tcp 10 0.0.0.0 22",
    "udp 7 0.0.0.0 5353",
    "tcp 7 0.0.0.0 9999",
    "tcp 10 :: 22",
};

const QStringList v6Sockets {
    "tcp 1 2001:db8:1:2::1 443", "tcp 1 2001:db8:1:2::2 443", "tcp 2 2001:db8:1:3::1 80",
    "tcp 1 2001:db8:2::1 22",    "tcp 1 2001:db8:1:2::1 22",
};

} // namespace

class ConnectionAggregatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groups_data();
    void groups();
    void groupingNames_data();
    void groupingNames();
    void firstSeenKeptAcrossSnapshots();
    void firstSeenKeptAcrossGroupings();
    void blockedBy_data();
    void blockedBy();
    void blocklistReplaced();
    void blockedGroupStaysWhileDropping();
    void processes();
};

void ConnectionAggregatorTest::groups_data()
{
    QTest::addColumn<QStringList>("sockets");
    QTest::addColumn<Grouping>("grouping");
    QTest::addColumn<QStringList>("groups");

    QTest::newRow("IPv4 by address")
        << mixedSockets << Grouping::Address
        << QStringList { "203.0.113.7 3 1 ESTABLISHED=2,TIME-WAIT=1 22,443",
                         "198.51.100.1 2 1 CLOSE-WAIT=1,ESTABLISHED=1 443,8443",
                         "192.0.2.1 1 1 ESTABLISHED=1 53", "203.0.113.9 1 1 ESTABLISHED=1 80",
                         "203.0.200.1 1 1 ESTABLISHED=1 25" };
    QTest::newRow("IPv4 by /24") << mixedSockets << Grouping::Network24
                                 << QStringList {
                                        "203.0.113.0/24 4 2 ESTABLISHED=3,TIME-WAIT=1 22,80,443",
                                        "198.51.100.0/24 2 1 CLOSE-WAIT=1,ESTABLISHED=1 443,8443",
                                        "192.0.2.0/24 1 1 ESTABLISHED=1 53",
                                        "203.0.200.0/24 1 1 ESTABLISHED=1 25"
                                    };
    QTest::newRow("IPv4 by /16") << mixedSockets << Grouping::Network16
                                 << QStringList {
                                        "203.0.0.0/16 5 3 ESTABLISHED=4,TIME-WAIT=1 22,25,80,443",
                                        "198.51.0.0/16 2 1 CLOSE-WAIT=1,ESTABLISHED=1 443,8443",
                                        "192.0.0.0/16 1 1 ESTABLISHED=1 53"
                                    };
    QTest::newRow("IPv6 by address") << v6Sockets << Grouping::Address
                                     << QStringList { "2001:db8:1:2::1 2 1 ESTABLISHED=2 22,443",
                                                      "2001:db8:1:2::2 1 1 ESTABLISHED=1 443",
                                                      "2001:db8:1:3::1 1 1 SYN-SENT=1 80",
                                                      "2001:db8:2::1 1 1 ESTABLISHED=1 22" };
    QTest::newRow("IPv6 by /64") << v6Sockets << Grouping::Network24
                                 << QStringList { "2001:db8:1:2::/64 3 2 ESTABLISHED=3 22,443",
                                                  "2001:db8:1:3::/64 1 1 SYN-SENT=1 80",
                                                  "2001:db8:2::/64 1 1 ESTABLISHED=1 22" };
    QTest::newRow("IPv6 by /48") << v6Sockets << Grouping::Network16
                                 << QStringList {
                                        "2001:db8:1::/48 4 3 ESTABLISHED=3,SYN-SENT=1 22,80,443",
                                        "2001:db8:2::/48 1 1 ESTABLISHED=1 22"
                                    };
    QTest::newRow("ties: IPv4 before IPv6, then ascending")
        << QStringList { "tcp 1 2001:db8::1 1", "tcp 1 10.0.0.2 1", "tcp 1 10.0.0.10 1",
                         "tcp 1 ::ffff:10.0.0.3 1" }
        << Grouping::Address
        << QStringList { "10.0.0.2 1 1 ESTABLISHED=1 1", "10.0.0.3 1 1 ESTABLISHED=1 1",
                         "10.0.0.10 1 1 ESTABLISHED=1 1", "2001:db8::1 1 1 ESTABLISHED=1 1" };
    QTest::newRow("every state, UDP beside TCP")
        << QStringList { "tcp 1 10.0.0.1 1",   "tcp 2 10.0.0.1 2", "tcp 3 10.0.0.1 3",
                         "tcp 4 10.0.0.1 4",   "tcp 5 10.0.0.1 5", "tcp 6 10.0.0.1 6",
                         "tcp 8 10.0.0.1 8",   "tcp 9 10.0.0.1 9", "tcp 11 10.0.0.1 11",
                         "tcp 12 10.0.0.1 12", "udp 1 10.0.0.1 53" }
        << Grouping::Address
        << QStringList { "10.0.0.1 11 1 CLOSE-WAIT=1,CLOSING=1,ESTABLISHED=2,FIN-WAIT-1=1,"
                         "FIN-WAIT-2=1,LAST-ACK=1,SYN-RECV=2,SYN-SENT=1,TIME-WAIT=1 "
                         "1,2,3,4,5,6,8,9,11,12,53" };
    QTest::newRow("nothing connected") << QStringList { "tcp 10 0.0.0.0 22", "udp 7 0.0.0.0 68" }
                                       << Grouping::Network16 << QStringList {};
}

void ConnectionAggregatorTest::groups()
{
    QFETCH(QStringList, sockets);
    QFETCH(Grouping, grouping);
    QFETCH(QStringList, groups);

    ConnectionAggregator aggregator;
    const QList<ConnectionGroup> result = aggregator.aggregate(snapshot(sockets), grouping);
    QCOMPARE(describe(result), groups);
    for (const ConnectionGroup &group : result) {
        QCOMPARE(group.firstSeenMs, 1000);
        QCOMPARE(group.lastSeenMs, 1000);
        QCOMPARE(group.blockedBy, QString());
        QVERIFY(group.processes.isEmpty());
    }
}

void ConnectionAggregatorTest::groupingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("grouping"); // -1: not a grouping
    QTest::newRow("ip") << "ip" << int(Grouping::Address);
    QTest::newRow("24") << "24" << int(Grouping::Network24);
    QTest::newRow("16") << "16" << int(Grouping::Network16);
    QTest::newRow("32") << "32" << -1;
    QTest::newRow("IP") << "IP" << -1;
    QTest::newRow("empty") << "" << -1;
}

void ConnectionAggregatorTest::groupingNames()
{
    QFETCH(QString, name);
    QFETCH(int, grouping);
    const std::optional<Grouping> parsed = groupingFromName(name);
    QCOMPARE(parsed.has_value(), grouping >= 0);
    if (parsed) {
        QCOMPARE(int(*parsed), grouping);
        QCOMPARE(groupingName(*parsed), name);
    }
}

void ConnectionAggregatorTest::firstSeenKeptAcrossSnapshots()
{
    ConnectionAggregator aggregator;
    const auto seen = [&](const QStringList &sockets, qint64 at) {
        QMap<QString, std::pair<qint64, qint64>> times;
        for (const ConnectionGroup &group :
             aggregator.aggregate(snapshot(sockets, at), Grouping::Address))
            times.insert(group.remote.toString(), { group.firstSeenMs, group.lastSeenMs });
        return times;
    };
    using Times = QMap<QString, std::pair<qint64, qint64>>;
    const QString a = "tcp 1 203.0.113.7 443";
    const QString b = "tcp 1 2001:db8::7 443";

    QCOMPARE(seen({ a }, 1000), (Times { { "203.0.113.7", { 1000, 1000 } } }));
    QCOMPARE(seen({ a, b }, 2000),
             (Times { { "203.0.113.7", { 1000, 2000 } }, { "2001:db8::7", { 2000, 2000 } } }));
    // A gone, B kept.
    QCOMPARE(seen({ b, b }, 3000), (Times { { "2001:db8::7", { 2000, 3000 } } }));
    // A back: a new sighting, not the old one.
    QCOMPARE(seen({ a, b }, 4000),
             (Times { { "203.0.113.7", { 4000, 4000 } }, { "2001:db8::7", { 2000, 4000 } } }));
    // An empty snapshot forgets everything.
    QCOMPARE(seen({}, 5000), Times {});
    QCOMPARE(seen({ b }, 6000), (Times { { "2001:db8::7", { 6000, 6000 } } }));
}

void ConnectionAggregatorTest::firstSeenKeptAcrossGroupings()
{
    ConnectionAggregator aggregator;
    const QString first = "tcp 1 203.0.113.7 443";
    const QString neighbour = "tcp 1 203.0.113.9 443";

    aggregator.aggregate(snapshot({ first }, 1000), Grouping::Address);
    // The /24 stays in view while its addresses change, so it keeps its first sighting.
    aggregator.aggregate(snapshot({ first, neighbour }, 2000), Grouping::Network24);
    QList<ConnectionGroup> groups =
        aggregator.aggregate(snapshot({ neighbour }, 3000), Grouping::Network24);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].remote.toString(), "203.0.113.0/24");
    QCOMPARE(groups[0].firstSeenMs, 1000);
    QCOMPARE(groups[0].lastSeenMs, 3000);

    // Back to addresses: the neighbour was seen since 2000, while the /24 was on show.
    groups = aggregator.aggregate(snapshot({ neighbour }, 4000), Grouping::Address);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].remote.toString(), "203.0.113.9");
    QCOMPARE(groups[0].firstSeenMs, 2000);

    groups = aggregator.aggregate(snapshot({ neighbour }, 5000), Grouping::Network16);
    QCOMPARE(groups[0].remote.toString(), "203.0.0.0/16");
    QCOMPARE(groups[0].firstSeenMs, 1000);
}

void ConnectionAggregatorTest::blockedBy_data()
{
    QTest::addColumn<QString>("remote");
    QTest::addColumn<Grouping>("grouping");
    QTest::addColumn<QString>("blockedBy");

    QTest::newRow("manual host beats feed network")
        << "203.0.113.7" << Grouping::Address << "manual 203.0.113.7";
    QTest::newRow("feed network covers its neighbour")
        << "203.0.113.8" << Grouping::Address << "feed:drop 203.0.113.0/24";
    QTest::newRow("a /24 group: the host does not cover it, the network does")
        << "203.0.113.7" << Grouping::Network24 << "feed:drop 203.0.113.0/24";
    QTest::newRow("a /16 group: only a /16 or wider covers it")
        << "203.0.113.7" << Grouping::Network16 << "feed:wide 203.0.0.0/16";
    QTest::newRow("a /24 group covered only by the /16")
        << "203.0.114.1" << Grouping::Network24 << "feed:wide 203.0.0.0/16";
    QTest::newRow("not covered: only a narrower entry inside the group")
        << "198.51.100.77" << Grouping::Network24 << "";
    QTest::newRow("narrower entry matches its own address")
        << "198.51.100.77" << Grouping::Address << "manual 198.51.100.64/26";
    QTest::newRow("not blocked at all") << "192.0.2.1" << Grouping::Address << "";
    QTest::newRow("IPv6 manual host") << "2001:db8::1" << Grouping::Address << "manual 2001:db8::1";
    QTest::newRow("IPv6 feed network")
        << "2001:db8:5::1" << Grouping::Address << "feed:v6 2001:db8::/32";
    QTest::newRow("IPv6 /64 group")
        << "2001:db8::1" << Grouping::Network24 << "feed:v6 2001:db8::/32";
    QTest::newRow("IPv6 /48 inside a /56 entry only")
        << "2001:db9:1:ff::1" << Grouping::Network16 << "";
    QTest::newRow("IPv6 /64 inside a /56 entry")
        << "2001:db9:1:ff::1" << Grouping::Network24 << "manual 2001:db9:1::/56";
    QTest::newRow("IPv6 not blocked") << "2001:dba::1" << Grouping::Address << "";
    QTest::newRow("an IPv4 entry does not cover IPv6") << "::cb00:7107" << Grouping::Address << "";
}

void ConnectionAggregatorTest::blockedBy()
{
    QFETCH(QString, remote);
    QFETCH(Grouping, grouping);
    QFETCH(QString, blockedBy);

    ConnectionAggregator aggregator;
    aggregator.setBlocklist({
        entry("203.0.113.0/24", "feed:drop"), entry("203.0.113.7", "manual"),
        entry("203.0.0.0/16", "feed:wide"), entry("198.51.100.64/26", "manual"),
        entry("2001:db8::/32", "feed:v6"), entry("2001:db8::1", "manual"),
        entry("2001:db9:1::/56", "manual"), entry("not an address", "manual"),
        entry("203.0.113.7", "feed:later"), // listed twice: the first listing names it
    });
    const QList<ConnectionGroup> groups =
        aggregator.aggregate(snapshot({ "tcp 1 " + remote + " 443" }), grouping);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].blockedBy, blockedBy);
    QCOMPARE(aggregator.blockingEntry(groups[0].remote), blockedBy);
}

void ConnectionAggregatorTest::blocklistReplaced()
{
    ConnectionAggregator aggregator;
    aggregator.setBlocklist({ entry("203.0.113.0/24", "feed:drop") });
    QCOMPARE(aggregator.blockingEntry(host("203.0.113.7")), "feed:drop 203.0.113.0/24");
    aggregator.setBlocklist({ entry("2001:db8::/32", "feed:v6") });
    QCOMPARE(aggregator.blockingEntry(host("203.0.113.7")), QString());
    QCOMPARE(aggregator.blockingEntry(host("2001:db8::7")), "feed:v6 2001:db8::/32");
    aggregator.setBlocklist({});
    QCOMPARE(aggregator.blockingEntry(host("2001:db8::7")), QString());
    // 0.0.0.0/0 is refused by the helper, but would cover everything if listed.
    aggregator.setBlocklist({ entry("0.0.0.0/0", "manual") });
    QCOMPARE(aggregator.blockingEntry(host("198.51.100.1")), "manual 0.0.0.0/0");
}

void ConnectionAggregatorTest::blockedGroupStaysWhileDropping()
{
    ConnectionAggregator aggregator;
    const QString attacker = "tcp 1 203.0.113.7 443";
    const QString other = "tcp 1 198.51.100.1 22";
    const auto remotes = [](const QList<ConnectionGroup> &groups) {
        QStringList described;
        for (const ConnectionGroup &group : groups)
            described << group.remote.toString() + (group.dropping ? " dropping" : "");
        return described;
    };
    aggregator.aggregate(snapshot({ attacker, attacker, other }, 1000), Grouping::Address);
    // Blocked: its connections are cut before the listing with the block arrives.
    QCOMPARE(remotes(aggregator.aggregate(snapshot({ other }, 2000), Grouping::Address)),
             QStringList { "198.51.100.1" });
    aggregator.setBlocklist({ entry("203.0.113.0/24", "manual") });
    QList<ConnectionGroup> groups =
        aggregator.aggregate(snapshot({ other }, 3000), Grouping::Address);
    QCOMPARE(remotes(groups), QStringList({ "198.51.100.1", "203.0.113.7 dropping" }));
    const ConnectionGroup &dropping = groups[1];
    QCOMPARE(dropping.blockedBy, "manual 203.0.113.0/24");
    QCOMPARE(dropping.connections, 0);
    QVERIFY(dropping.states.isEmpty());
    QCOMPARE(dropping.lastSeenMs, 1000);
    QCOMPARE(dropping.firstSeenMs, 1000);
    QCOMPARE(dropping.localPorts, QList<quint16> { 443 });
    QCOMPARE(groups[0].blockedBy, QString());
    QVERIFY(!groups[0].dropping);

    // Until droppingMs after it was last seen.
    const qint64 last = 1000 + ConnectionAggregator::droppingMs;
    QCOMPARE(remotes(aggregator.aggregate(snapshot({ other }, last), Grouping::Address)),
             QStringList({ "198.51.100.1", "203.0.113.7 dropping" }));
    QCOMPARE(remotes(aggregator.aggregate(snapshot({ other }, last + 1), Grouping::Address)),
             QStringList { "198.51.100.1" });

    // Back with connections (before the kernel's set had it, say): a row like any other.
    aggregator.aggregate(snapshot({ attacker }, last + 2), Grouping::Address);
    groups = aggregator.aggregate(snapshot({ attacker }, last + 3), Grouping::Address);
    QCOMPARE(remotes(groups), QStringList { "203.0.113.7" });
    QCOMPARE(groups[0].connections, 1);

    // Unblocked while dropping: gone at once.
    aggregator.aggregate(snapshot({ other }, last + 4), Grouping::Address);
    aggregator.setBlocklist({});
    QCOMPARE(remotes(aggregator.aggregate(snapshot({ other }, last + 5), Grouping::Address)),
             QStringList { "198.51.100.1" });

    // Another grouping starts afresh: its groups are other networks.
    aggregator.setBlocklist({ entry("203.0.113.0/24", "manual") });
    aggregator.aggregate(snapshot({ attacker, other }, last + 6), Grouping::Address);
    QCOMPARE(remotes(aggregator.aggregate(snapshot({ other }, last + 7), Grouping::Network24)),
             QStringList { "198.51.100.0/24" });
    // Grouped by /24, the /24 the block covers stays.
    aggregator.aggregate(snapshot({ attacker, other }, last + 8), Grouping::Network24);
    QCOMPARE(remotes(aggregator.aggregate(snapshot({ other }, last + 9), Grouping::Network24)),
             QStringList({ "198.51.100.0/24", "203.0.113.0/24 dropping" }));
}

void ConnectionAggregatorTest::processes()
{
    SocketSnapshot taken = snapshot({ "tcp 1 203.0.113.7 443 11", "tcp 1 203.0.113.7 443 12",
                                      "tcp 1 203.0.113.7 22 13", "tcp 1 203.0.113.8 22 14",
                                      "tcp 1 203.0.113.9 22 0" });
    taken.owners.insert(11, { 100, "nginx" });
    taken.owners.insert(12, { 101, "nginx" });
    taken.owners.insert(13, { 200, "sshd" });
    taken.owners.insert(14, { 201, "" });
    ConnectionAggregator aggregator;
    QList<ConnectionGroup> groups = aggregator.aggregate(taken, Grouping::Address);
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups[0].processes, (QStringList { "nginx", "sshd" }));
    QCOMPARE(groups[1].processes, QStringList {});
    QCOMPARE(groups[2].processes, QStringList {});
    groups = aggregator.aggregate(taken, Grouping::Network24);
    QCOMPARE(groups[0].processes, (QStringList { "nginx", "sshd" }));
}

QTEST_GUILESS_MAIN(ConnectionAggregatorTest)
#include "connectionaggregatortest.moc"
