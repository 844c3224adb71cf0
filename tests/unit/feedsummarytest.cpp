// What a preview and `rampartctl import --json` say an import would do: the list as the
// helper keeps it, what the allowlist takes out of it, and the counts.

#include "feeds/feedsummary.h"

#include <QJsonObject>
#include <QTest>

using namespace Rampart;

class FeedSummaryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryCountsTheAllowlist();
    void allowlistRanges_data();
    void allowlistRanges();
};

namespace {

const QByteArray goodList = "# test list\n192.0.2.1\n198.51.100.0/24 ; SBL1\nexample.com\n"
                            "203.0.113.0-203.0.113.255\n2001:db8::/32\n";

} // namespace

void FeedSummaryTest::summaryCountsTheAllowlist()
{
    FeedParseResult parsed = parseFeed(goodList);
    RangeSet allowlist;
    allowlist.add(*parseCidr(u"198.51.100.7").cidr);
    allowlist.normalize();
    const FeedSummary summary = summarizeFeed(parsed, allowlist);
    QCOMPARE(summary.allowlisted, 1);
    // The /24 less one address is 8 networks (/25, /26, … /32 but the allowed one).
    QCOMPARE(summary.ranges, 3 + 8);
    QVERIFY(!summary.applied.contains(*parseCidr(u"198.51.100.7").cidr));
    QCOMPARE(summary.list.size(), 4); // what the helper keeps is the list itself

    const QJsonObject json = summaryJson(summary);
    QCOMPARE(json.keys(),
             (QStringList { "addressesV4", "addressesV6", "allowlisted", "duplicates", "errors",
                            "invalid", "ranges", "valid" }));
    // Per family: IPv4 and IPv6 counts are never added up.
    QVERIFY(json.value("addressesV4").isString());
    QVERIFY(json.value("addressesV6").isString());
    QCOMPARE(json.value("invalid").toInteger(), 1);
}

void FeedSummaryTest::allowlistRanges_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("networks");

    QTest::newRow("empty") << QStringList() << QStringList();
    QTest::newRow("both families") << QStringList { "2001:db8::/32", "192.0.2.7" }
                                   << QStringList { "192.0.2.7", "2001:db8::/32" };
    QTest::newRow("halves make a whole")
        << QStringList { "192.0.2.128/25", "192.0.2.0/25" } << QStringList { "192.0.2.0/24" };
    QTest::newRow("inside another")
        << QStringList { "198.51.100.0/24", "198.51.100.9" } << QStringList { "198.51.100.0/24" };
    // What is not a network is left out.
    QTest::newRow("not a network")
        << QStringList { "example.com", "203.0.113.0/24" } << QStringList { "203.0.113.0/24" };
}

void FeedSummaryTest::allowlistRanges()
{
    QFETCH(QStringList, entries);
    QFETCH(QStringList, networks);
    QList<AllowedEntry> listing;
    for (const QString &cidr : std::as_const(entries))
        listing.append({ cidr, "a comment", 1700000000 });
    QStringList found;
    for (const Cidr &cidr : Rampart::allowlistRanges(listing).toCidrs())
        found << cidr.toString();
    QCOMPARE(found, networks);
}

QTEST_GUILESS_MAIN(FeedSummaryTest)
#include "feedsummarytest.moc"
