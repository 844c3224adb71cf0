// Why an address is blocked: every entry that covers it, and for a network every entry
// inside it, as `rampartctl why` and the Blocklist tab's search find them.

#include "client/blocklistlookup.h"

#include <QTest>

using namespace Rampart;

namespace {

BlockedEntry entry(const QString &cidr, const QString &source = QStringLiteral("manual"))
{
    BlockedEntry e;
    e.cidr = cidr;
    e.source = source;
    return e;
}

// An entry listed by hand and by a feed, nested networks, both families, and one line no
// helper would send.
const QList<BlockedEntry> listing {
    entry("185.220.101.0/26", "feed:tor"),
    entry("185.220.101.7"),
    entry("185.220.0.0/16", "feed:firehol_level1"),
    entry("185.220.101.7", "feed:blocklist_de"),
    entry("191.185.21.146"),
    entry("10.0.0.0/8", "feed:firehol_level1"),
    entry("2001:db8::/32", "feed:drop"),
    entry("2001:db8:1::5"),
    entry("not an address"),
    entry("0.0.0.0/0", "feed:everything"),
};

} // namespace

class BlocklistLookupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void emptyListing();
    void relatesIsTheSameRule();
};

void BlocklistLookupTest::find_data()
{
    QTest::addColumn<QString>("query");
    // Each match as "ENTRY SOURCE covers|inside", in the order found.
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("address in nested networks, listed twice")
        << "185.220.101.7"
        << QStringList { "0.0.0.0/0 feed:everything covers",
                         "185.220.0.0/16 feed:firehol_level1 covers",
                         "185.220.101.0/26 feed:tor covers", "185.220.101.7 manual covers",
                         "185.220.101.7 feed:blocklist_de covers" };
    QTest::newRow("address in one network only")
        << "185.220.101.8"
        << QStringList { "0.0.0.0/0 feed:everything covers",
                         "185.220.0.0/16 feed:firehol_level1 covers",
                         "185.220.101.0/26 feed:tor covers" };
    // "185.2" is in 191.185.21.146's text, not in its network.
    QTest::newRow("covered by the widest only")
        << "191.185.21.147" << QStringList { "0.0.0.0/0 feed:everything covers" };
    QTest::newRow("network holding entries")
        << "185.220.101.0/24"
        << QStringList { "0.0.0.0/0 feed:everything covers",
                         "185.220.0.0/16 feed:firehol_level1 covers",
                         "185.220.101.0/26 feed:tor inside", "185.220.101.7 manual inside",
                         "185.220.101.7 feed:blocklist_de inside" };
    QTest::newRow("network equal to an entry")
        << "185.220.101.0/26"
        << QStringList { "0.0.0.0/0 feed:everything covers",
                         "185.220.0.0/16 feed:firehol_level1 covers",
                         "185.220.101.0/26 feed:tor covers", "185.220.101.7 manual inside",
                         "185.220.101.7 feed:blocklist_de inside" };
    QTest::newRow("everything") << "0.0.0.0/0"
                                << QStringList { "0.0.0.0/0 feed:everything covers",
                                                 "10.0.0.0/8 feed:firehol_level1 inside",
                                                 "185.220.0.0/16 feed:firehol_level1 inside",
                                                 "185.220.101.0/26 feed:tor inside",
                                                 "185.220.101.7 manual inside",
                                                 "185.220.101.7 feed:blocklist_de inside",
                                                 "191.185.21.146 manual inside" };
    QTest::newRow("IPv6 address") << "2001:db8:1::5"
                                  << QStringList { "2001:db8::/32 feed:drop covers",
                                                   "2001:db8:1::5 manual covers" };
    QTest::newRow("IPv6 network inside an entry")
        << "2001:db8:2::/48" << QStringList { "2001:db8::/32 feed:drop covers" };
    QTest::newRow("IPv6 outside") << "2001:db9::1" << QStringList {};
    // IPv4 entries never answer for IPv6, not even 0.0.0.0/0.
    QTest::newRow("IPv6 everything")
        << "::/0"
        << QStringList { "2001:db8::/32 feed:drop inside", "2001:db8:1::5 manual inside" };
}

void BlocklistLookupTest::find()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    const BlocklistLookup lookup(listing);
    QCOMPARE(lookup.size(), listing.size() - 1);
    const CidrParse parsed = parseCidr(query);
    QVERIFY(parsed.cidr);
    QStringList found;
    for (const BlocklistLookup::Match &match : lookup.find(*parsed.cidr)) {
        const BlockedEntry &entry = listing.at(match.entry);
        found << entry.cidr + u' ' + entry.source + u' '
                + (match.relation == BlocklistLookup::Relation::Covers ? "covers" : "inside");
        QVERIFY(BlocklistLookup::relates(*parseCidr(entry.cidr).cidr, *parsed.cidr));
    }
    QCOMPARE(found, expected);
}

void BlocklistLookupTest::emptyListing()
{
    const BlocklistLookup lookup(QList<BlockedEntry> {});
    QCOMPARE(lookup.size(), 0);
    QVERIFY(lookup.find(*parseCidr(QStringLiteral("192.0.2.1")).cidr).isEmpty());
    QVERIFY(BlocklistLookup().find(*parseCidr(QStringLiteral("::/0")).cidr).isEmpty());
}

void BlocklistLookupTest::relatesIsTheSameRule()
{
    // Everything find() leaves out, relates() refuses too.
    const BlocklistLookup lookup(listing);
    for (const QString &query : { QStringLiteral("185.220.101.8"), QStringLiteral("10.1.0.0/16"),
                                  QStringLiteral("2001:db8:2::/48") }) {
        const Cidr cidr = *parseCidr(query).cidr;
        QList<qsizetype> found;
        for (const BlocklistLookup::Match &match : lookup.find(cidr))
            found << match.entry;
        for (qsizetype i = 0; i < listing.size(); ++i) {
            const CidrParse entry = parseCidr(listing.at(i).cidr);
            if (!entry.cidr)
                continue;
            QCOMPARE(BlocklistLookup::relates(*entry.cidr, cidr), found.contains(i));
        }
    }
}

QTEST_GUILESS_MAIN(BlocklistLookupTest)
#include "blocklistlookuptest.moc"
