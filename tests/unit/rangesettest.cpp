// Address sets as sorted, merged intervals: what a feed becomes once read, and what
// `rampartctl aggregate` prints. Compared with hand-worked results and, for random sets,
// with a bitmap of every address.

#include "net/rangeset.h"
#include "testcidr.h"

#include <QRandomGenerator>
#include <QTest>

#include <bitset>

using namespace Rampart;

namespace {

// Items are addresses, networks or "first-last" ranges, in any order; added as they come.
RangeSet unnormalized(const QStringList &items)
{
    RangeSet set;
    for (const QString &item : items) {
        const qsizetype dash = item.indexOf(u'-');
        if (dash < 0) {
            set.add(cidr(item));
            continue;
        }
        const Cidr first = cidr(item.left(dash));
        const Cidr last = cidr(item.mid(dash + 1));
        if (first.family() == Family::V4)
            set.addV4(first.v4(), last.v4());
        else
            set.addV6(toAddress6(first.bytes()), toAddress6(last.bytes()));
    }
    return set;
}

RangeSet rangeSet(const QStringList &items)
{
    RangeSet set = unnormalized(items);
    set.normalize();
    return set;
}

QStringList texts(const QList<Cidr> &cidrs)
{
    QStringList list;
    for (const Cidr &cidr : cidrs)
        list << cidr.toString();
    return list;
}

QStringList texts(const RangeSet &set)
{
    return texts(set.toCidrs());
}

bool isNormal(const RangeSet &set)
{
    for (size_t i = 0; i < set.v4().size(); ++i) {
        if (set.v4()[i].first > set.v4()[i].last)
            return false;
        if (i && quint64(set.v4()[i - 1].last) + 1 >= set.v4()[i].first)
            return false;
    }
    for (size_t i = 0; i < set.v6().size(); ++i) {
        if (set.v6()[i].first > set.v6()[i].last)
            return false;
        if (i && set.v6()[i - 1].last + 1 >= set.v6()[i].first)
            return false;
    }
    return true;
}

// A small space of 4,096 addresses (10.0.0.0/20) where sets can be checked address by
// address.
constexpr quint32 smallBase = 0x0a000000;
constexpr int smallSize = 4096;
using Bitmap = std::bitset<smallSize>;

Bitmap bitmapOf(const RangeSet &set)
{
    Bitmap bits;
    for (const Range4 &range : set.v4()) {
        for (quint64 address = range.first; address <= range.last; ++address)
            bits.set(address - smallBase);
    }
    return bits;
}

struct RandomItems
{
    RangeSet set; // normalized
    Bitmap bits;
    qsizetype contained = 0; // counted the slow way
};

RandomItems randomItems(QRandomGenerator &random, int count)
{
    std::vector<Range4> ranges;
    for (int i = 0; i < count; ++i) {
        const quint32 first = smallBase + random.bounded(smallSize);
        const quint32 length = random.bounded(4) == 0 ? random.bounded(64) : random.bounded(3);
        const quint32 last = std::min(first + length, smallBase + smallSize - 1);
        ranges.push_back({ first, last });
        // Repeats, as feeds have them.
        if (random.bounded(10) == 0)
            ranges.push_back(ranges.back());
    }
    RandomItems items;
    for (const Range4 &range : ranges) {
        items.set.addV4(range.first, range.last);
        for (quint32 address = range.first; address <= range.last; ++address)
            items.bits.set(address - smallBase);
    }
    // Contained: inside an item that comes earlier by (first ascending, last descending),
    // which keeps one of each group of equal items.
    std::vector<Range4> ordered = ranges;
    std::sort(ordered.begin(), ordered.end(), [](const Range4 &a, const Range4 &b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    for (size_t i = 0; i < ordered.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (ordered[j].first <= ordered[i].first && ordered[j].last >= ordered[i].last) {
                ++items.contained;
                break;
            }
        }
    }
    return items;
}

} // namespace

class RangeSetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void operations_data();
    void operations();
    void containsAndIntersects_data();
    void containsAndIntersects();
    void toCidrs_data();
    void toCidrs();
    void counts_data();
    void counts();
    void countsAddUp();
    void enclosingNetwork_data();
    void enclosingNetwork();
    void networkContaining_data();
    void networkContaining();
    void matchesBitmaps_data();
    void matchesBitmaps();
    void largeUnsortedSets_data();
    void largeUnsortedSets();
};

void RangeSetTest::normalize_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("contained");

    QTest::newRow("empty") << QStringList {} << QStringList {} << 0;
    QTest::newRow("overlapping") << QStringList { "10.0.0.128/25", "10.0.0.0/24" }
                                 << QStringList { "10.0.0.0/24" } << 1;
    QTest::newRow("adjacent networks")
        << QStringList { "10.0.0.128/25", "10.0.0.0/25" } << QStringList { "10.0.0.0/24" } << 0;
    QTest::newRow("adjacent ranges") << QStringList { "1.2.3.8-1.2.3.15", "1.2.3.0-1.2.3.7" }
                                     << QStringList { "1.2.3.0/28" } << 0;
    QTest::newRow("gap of one address")
        << QStringList { "1.2.3.0-1.2.3.6", "1.2.3.8-1.2.3.15" }
        << QStringList { "1.2.3.0/30", "1.2.3.4/31", "1.2.3.6", "1.2.3.8/29" } << 0;
    QTest::newRow("partial overlap") << QStringList { "1.2.3.0-1.2.3.10", "1.2.3.5-1.2.3.15" }
                                     << QStringList { "1.2.3.0/28" } << 0;
    QTest::newRow("same address thrice")
        << QStringList { "198.51.100.7", "198.51.100.7", "198.51.100.7" }
        << QStringList { "198.51.100.7" } << 2;
    QTest::newRow("address inside a later network")
        << QStringList { "192.0.2.9", "192.0.2.0/24", "192.0.2.200" }
        << QStringList { "192.0.2.0/24" } << 2;
    QTest::newRow("inside two others together only")
        << QStringList { "10.0.0.0/25", "10.0.0.64-10.0.0.191", "10.0.0.128/25" }
        << QStringList { "10.0.0.0/24" } << 0;
    QTest::newRow("top of the space")
        << QStringList { "255.255.255.255", "255.255.255.254", "255.255.255.255" }
        << QStringList { "255.255.255.254/31" } << 1;
    QTest::newRow("everything and more")
        << QStringList { "1.2.3.4", "0.0.0.0/0", "8.8.8.8" } << QStringList { "0.0.0.0/0" } << 2;
    QTest::newRow("ipv6 halves") << QStringList { "2001:db8:8000::/33", "2001:db8::/33" }
                                 << QStringList { "2001:db8::/32" } << 0;
    QTest::newRow("ipv4 before ipv6") << QStringList { "::1", "2001:db8::1", "1.2.3.4" }
                                      << QStringList { "1.2.3.4", "::1", "2001:db8::1" } << 0;
    QTest::newRow("ipv6 everything")
        << QStringList { "2001:db8::1", "::/0", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" }
        << QStringList { "::/0" } << 2;
    QTest::newRow("ipv6 top of the space")
        << QStringList { "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                         "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe" }
        << QStringList { "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127" } << 0;
}

void RangeSetTest::normalize()
{
    QFETCH(QStringList, items);
    QFETCH(QStringList, expected);
    QFETCH(int, contained);

    RangeSet set = unnormalized(items);
    QCOMPARE(set.isEmpty(), items.isEmpty());
    QCOMPARE(set.normalizeCountingContained(), qsizetype(contained));
    QVERIFY(isNormal(set));
    QCOMPARE(texts(set), expected);
    QCOMPARE(set, rangeSet(items));

    // Normal forms stay as they are.
    RangeSet again = set;
    QCOMPARE(again.normalizeCountingContained(), qsizetype(0));
    QCOMPARE(again, set);
}

void RangeSetTest::operations_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<QStringList>("united");
    QTest::addColumn<QStringList>("subtracted");
    QTest::addColumn<QStringList>("intersected");

    QTest::newRow("hole in the middle")
        << QStringList { "10.0.0.0/24" } << QStringList { "10.0.0.128/26" }
        << QStringList { "10.0.0.0/24" } << QStringList { "10.0.0.0/25", "10.0.0.192/26" }
        << QStringList { "10.0.0.128/26" };
    QTest::newRow("one address out")
        << QStringList { "192.0.2.0/30" } << QStringList { "192.0.2.1" }
        << QStringList { "192.0.2.0/30" } << QStringList { "192.0.2.0", "192.0.2.2/31" }
        << QStringList { "192.0.2.1" };
    QTest::newRow("disjoint") << QStringList { "10.0.0.0/25" } << QStringList { "10.0.0.128/25" }
                              << QStringList { "10.0.0.0/24" } << QStringList { "10.0.0.0/25" }
                              << QStringList {};
    QTest::newRow("all taken") << QStringList { "10.0.0.0/24", "10.0.2.0/24" }
                               << QStringList { "10.0.0.0/16" } << QStringList { "10.0.0.0/16" }
                               << QStringList {} << QStringList { "10.0.0.0/24", "10.0.2.0/24" };
    QTest::newRow("one removal across two ranges")
        << QStringList { "10.0.0.0/24", "10.0.2.0/24" } << QStringList { "10.0.0.128-10.0.2.127" }
        << QStringList { "10.0.0.0/23", "10.0.2.0/24" }
        << QStringList { "10.0.0.0/25", "10.0.2.128/25" }
        << QStringList { "10.0.0.128/25", "10.0.2.0/25" };
    QTest::newRow("several removals in one range")
        << QStringList { "10.0.0.0/28" } << QStringList { "10.0.0.1", "10.0.0.4/31", "10.0.0.15" }
        << QStringList { "10.0.0.0/28" }
        << QStringList { "10.0.0.0",    "10.0.0.2/31",  "10.0.0.6/31",
                         "10.0.0.8/30", "10.0.0.12/31", "10.0.0.14" }
        << QStringList { "10.0.0.1", "10.0.0.4/31", "10.0.0.15" };
    QTest::newRow("empty minus") << QStringList {} << QStringList { "10.0.0.0/8" }
                                 << QStringList { "10.0.0.0/8" } << QStringList {}
                                 << QStringList {};
    QTest::newRow("minus empty") << QStringList { "10.0.0.0/8" } << QStringList {}
                                 << QStringList { "10.0.0.0/8" } << QStringList { "10.0.0.0/8" }
                                 << QStringList {};
    QTest::newRow("families kept apart")
        << QStringList { "10.0.0.0/8", "2001:db8::/32" } << QStringList { "2001:db8::/33" }
        << QStringList { "10.0.0.0/8", "2001:db8::/32" }
        << QStringList { "10.0.0.0/8", "2001:db8:8000::/33" } << QStringList { "2001:db8::/33" };
    QTest::newRow("ipv6 one address out")
        << QStringList { "2001:db8::/126" } << QStringList { "2001:db8::1" }
        << QStringList { "2001:db8::/126" } << QStringList { "2001:db8::", "2001:db8::2/127" }
        << QStringList { "2001:db8::1" };
    QTest::newRow("ipv6 top address out")
        << QStringList { "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/126" }
        << QStringList { "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" }
        << QStringList { "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/126" }
        << QStringList { "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/127",
                         "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe" }
        << QStringList { "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" };
}

void RangeSetTest::operations()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(QStringList, united);
    QFETCH(QStringList, subtracted);
    QFETCH(QStringList, intersected);

    const RangeSet first = rangeSet(a);
    const RangeSet second = rangeSet(b);
    QCOMPARE(texts(first.united(second)), united);
    QCOMPARE(texts(second.united(first)), united);
    QCOMPARE(texts(first.subtracted(second)), subtracted);
    QCOMPARE(texts(first.intersected(second)), intersected);
    QCOMPARE(texts(second.intersected(first)), intersected);
    QVERIFY(isNormal(first.united(second)));
    QVERIFY(isNormal(first.subtracted(second)));
    QVERIFY(isNormal(first.intersected(second)));
}

void RangeSetTest::containsAndIntersects_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("network");
    QTest::addColumn<bool>("contains");
    QTest::addColumn<bool>("intersects");

    const QStringList set { "10.0.0.0/24", "10.0.2.0/23", "192.0.2.7", "2001:db8::/48" };
    QTest::newRow("inside") << set << "10.0.0.128/25" << true << true;
    QTest::newRow("the same") << set << "10.0.2.0/23" << true << true;
    QTest::newRow("wider") << set << "10.0.0.0/16" << false << true;
    QTest::newRow("straddles a gap") << set << "10.0.0.0/23" << false << true;
    QTest::newRow("in the gap") << set << "10.0.1.0/24" << false << false;
    QTest::newRow("before everything") << set << "1.1.1.1" << false << false;
    QTest::newRow("after everything") << set << "223.0.0.0/8" << false << false;
    QTest::newRow("one host") << set << "192.0.2.7" << true << true;
    QTest::newRow("next to a host") << set << "192.0.2.6" << false << false;
    QTest::newRow("around a host") << set << "192.0.2.4/30" << false << true;
    QTest::newRow("ipv6 inside") << set << "2001:db8:0:ff::/64" << true << true;
    QTest::newRow("ipv6 wider") << set << "2001:db8::/32" << false << true;
    QTest::newRow("ipv6 outside") << set << "2001:db9::1" << false << false;
    QTest::newRow("other family") << QStringList { "0.0.0.0/0" } << "::1" << false << false;
    QTest::newRow("empty set") << QStringList {} << "0.0.0.0/0" << false << false;
}

void RangeSetTest::containsAndIntersects()
{
    QFETCH(QStringList, items);
    QFETCH(QString, network);
    QFETCH(bool, contains);
    QFETCH(bool, intersects);

    const RangeSet set = rangeSet(items);
    QCOMPARE(set.contains(cidr(network)), contains);
    QCOMPARE(set.intersects(cidr(network)), intersects);
}

void RangeSetTest::toCidrs_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QStringList>("expected"); // empty: only the count is checked
    QTest::addColumn<qsizetype>("count");

    // As `iprange` prints them.
    QTest::newRow("across a /24 boundary")
        << "1.2.3.5-1.2.4.10"
        << QStringList { "1.2.3.5",     "1.2.3.6/31",   "1.2.3.8/29", "1.2.3.16/28", "1.2.3.32/27",
                         "1.2.3.64/26", "1.2.3.128/25", "1.2.4.0/29", "1.2.4.8/31",  "1.2.4.10" }
        << qsizetype(10);
    QTest::newRow("every address")
        << "0.0.0.0-255.255.255.255" << QStringList { "0.0.0.0/0" } << qsizetype(1);
    QTest::newRow("all but the ends")
        << "0.0.0.1-255.255.255.254" << QStringList {} << qsizetype(62);
    QTest::newRow("last address") << "255.255.255.255-255.255.255.255"
                                  << QStringList { "255.255.255.255" } << qsizetype(1);
    QTest::newRow("upper half") << "128.0.0.0-255.255.255.255" << QStringList { "128.0.0.0/1" }
                                << qsizetype(1);
    QTest::newRow("ipv6 small") << "2001:db8::1-2001:db8::6"
                                << QStringList { "2001:db8::1", "2001:db8::2/127",
                                                 "2001:db8::4/127", "2001:db8::6" }
                                << qsizetype(4);
    QTest::newRow("ipv6 a /64 and a bit")
        << "2001:db8::-2001:db8:0:1::ffff" << QStringList { "2001:db8::/64", "2001:db8:0:1::/112" }
        << qsizetype(2);
    QTest::newRow("ipv6 every address")
        << "::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" << QStringList { "::/0" } << qsizetype(1);
    QTest::newRow("ipv6 all but the ends")
        << "::1-ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe" << QStringList {} << qsizetype(254);
    QTest::newRow("ipv6 last address")
        << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
        << QStringList { "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" } << qsizetype(1);
}

void RangeSetTest::toCidrs()
{
    QFETCH(QString, range);
    QFETCH(QStringList, expected);
    QFETCH(qsizetype, count);

    const RangeSet set = rangeSet({ range });
    const QList<Cidr> cidrs = set.toCidrs();
    if (!expected.isEmpty())
        QCOMPARE(texts(cidrs), expected);
    QCOMPARE(cidrs.size(), count);
    QCOMPARE(set.cidrCount(), count);
    QCOMPARE(RangeSet::fromCidrs(cidrs), set);
    for (qsizetype i = 1; i < cidrs.size(); ++i)
        QVERIFY2(!cidrs[i - 1].overlaps(cidrs[i]), qPrintable(cidrs[i].toString()));
}

void RangeSetTest::counts_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("v4");
    QTest::addColumn<QString>("v6");
    QTest::addColumn<QString>("total");
    QTest::addColumn<quint64>("saturated");

    const quint64 max64 = ~quint64(0);
    QTest::newRow("empty") << QStringList {} << "0"
                           << "0"
                           << "0" << quint64(0);
    QTest::newRow("one address") << QStringList { "192.0.2.1" } << "1"
                                 << "0"
                                 << "1" << quint64(1);
    QTest::newRow("merged overlap")
        << QStringList { "10.0.0.0/24", "10.0.0.0/25", "10.0.1.0" } << "257"
        << "0"
        << "257" << quint64(257);
    QTest::newRow("every ipv4 address") << QStringList { "0.0.0.0/0" } << "4294967296"
                                        << "0"
                                        << "4294967296" << quint64(4294967296);
    QTest::newRow("a /64") << QStringList { "2001:db8::/64" } << "0"
                           << "18446744073709551616"
                           << "18446744073709551616" << max64;
    QTest::newRow("ipv6 lower half") << QStringList { "::/1" } << "0"
                                     << "170141183460469231731687303715884105728"
                                     << "170141183460469231731687303715884105728" << max64;
    QTest::newRow("every ipv6 address") << QStringList { "::/0" } << "0"
                                        << "340282366920938463463374607431768211456"
                                        << "340282366920938463463374607431768211456" << max64;
    QTest::newRow("both halves of ipv6") << QStringList { "::/1", "8000::/1" } << "0"
                                         << "340282366920938463463374607431768211456"
                                         << "340282366920938463463374607431768211456" << max64;
    QTest::newRow("every address of both") << QStringList { "0.0.0.0/0", "::/0" } << "4294967296"
                                           << "340282366920938463463374607431768211456"
                                           << "340282366920938463463374607436063178752" << max64;
}

void RangeSetTest::counts()
{
    QFETCH(QStringList, items);
    QFETCH(QString, v4);
    QFETCH(QString, v6);
    QFETCH(QString, total);
    QFETCH(quint64, saturated);

    const RangeSet set = rangeSet(items);
    QCOMPARE(set.addressCount(Family::V4).toString(), v4);
    QCOMPARE(set.addressCount(Family::V6).toString(), v6);
    QCOMPARE(set.addressCount().toString(), total);
    QCOMPARE(set.addressCount().toSaturatedUInt64(), saturated);
}

// Counts of separate sets, summed: the two halves of IPv6 make 2^128, which does not fit
// in 128 bits.
void RangeSetTest::countsAddUp()
{
    AddressCount sum = rangeSet({ "::/1" }).addressCount();
    sum.add(rangeSet({ "8000::/1" }).addressCount());
    QCOMPARE(sum.toString(), QStringLiteral("340282366920938463463374607431768211456"));
    QCOMPARE(sum, rangeSet({ "::/0" }).addressCount());

    AddressCount numbers;
    numbers.add(Address6(1) << 127);
    QCOMPARE(numbers.toString(), QStringLiteral("170141183460469231731687303715884105728"));
    numbers.add(Address6(1) << 127);
    QCOMPARE(numbers.toString(), QStringLiteral("340282366920938463463374607431768211456"));
    numbers.add(Address6(1));
    QCOMPARE(numbers.toString(), QStringLiteral("340282366920938463463374607431768211457"));
    QCOMPARE(AddressCount(Address6(10'000'000'000'000'000'000ull)).toString(),
             QStringLiteral("10000000000000000000"));
    QCOMPARE(AddressCount(Address6(9'999'999'999'999'999'999ull)).toString(),
             QStringLiteral("9999999999999999999"));
}

void RangeSetTest::enclosingNetwork_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("prefixLength");
    QTest::addColumn<QString>("expected");

    QTest::newRow("/24") << "203.0.113.77" << 24 << "203.0.113.0/24";
    QTest::newRow("/16") << "203.0.113.77" << 16 << "203.0.0.0/16";
    QTest::newRow("/64") << "2001:db8:1234:5678:9abc::1" << 64 << "2001:db8:1234:5678::/64";
    QTest::newRow("/48") << "2001:db8:1234:5678:9abc::1" << 48 << "2001:db8:1234::/48";
    QTest::newRow("ipv4 beyond /32") << "203.0.113.77" << 48 << "203.0.113.77";
    QTest::newRow("negative") << "203.0.113.77" << -1 << "0.0.0.0/0";
    QTest::newRow("already wider") << "10.0.0.0/8" << 24 << "10.0.0.0/8";
    QTest::newRow("wider still") << "10.0.0.0/8" << 4 << "0.0.0.0/4";
}

void RangeSetTest::enclosingNetwork()
{
    QFETCH(QString, address);
    QFETCH(int, prefixLength);
    QFETCH(QString, expected);

    QCOMPARE(Rampart::enclosingNetwork(cidr(address), prefixLength).toString(), expected);
}

void RangeSetTest::networkContaining_data()
{
    QTest::addColumn<QStringList>("set");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected"); // empty: none

    // 10.0.0.0-10.0.2.255 covers as 10.0.0.0/23 and 10.0.2.0/24.
    const QStringList ranges { "10.0.0.0/23", "10.0.2.0/24", "192.0.2.7", "2001:db8::/47",
                               "2001:db8:2::/48" };
    QTest::newRow("first network") << ranges << "10.0.1.200"
                                   << "10.0.0.0/23";
    QTest::newRow("second network of a range") << ranges << "10.0.2.0"
                                               << "10.0.2.0/24";
    QTest::newRow("last address") << ranges << "10.0.2.255"
                                  << "10.0.2.0/24";
    QTest::newRow("just past") << ranges << "10.0.3.0"
                               << "";
    QTest::newRow("just before") << ranges << "9.255.255.255"
                                 << "";
    QTest::newRow("a host") << ranges << "192.0.2.7"
                            << "192.0.2.7";
    QTest::newRow("beside the host") << ranges << "192.0.2.8"
                                     << "";
    QTest::newRow("IPv6") << ranges << "2001:db8:1:ffff::1"
                          << "2001:db8::/47";
    QTest::newRow("IPv6 second") << ranges << "2001:db8:2::1"
                                 << "2001:db8:2::/48";
    QTest::newRow("IPv6 outside") << ranges << "2001:db8:3::"
                                  << "";
    QTest::newRow("other family") << QStringList { "0.0.0.0/1" } << "::1"
                                  << "";
    QTest::newRow("empty set") << QStringList {} << "10.0.0.1"
                               << "";
}

void RangeSetTest::networkContaining()
{
    QFETCH(QStringList, set);
    QFETCH(QString, address);
    QFETCH(QString, expected);

    RangeSet ranges;
    for (const QString &item : std::as_const(set))
        ranges.add(cidr(item));
    ranges.normalize();
    const std::optional<Cidr> found = ranges.networkContaining(cidr(address));
    QCOMPARE(found ? found->toString() : QString(), expected);
    // Always one of the networks toCidrs() gives.
    if (found)
        QVERIFY(ranges.toCidrs().contains(*found));
}

void RangeSetTest::matchesBitmaps_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");

    // Above 1,024 items the IPv4 ranges are radix-sorted, below it std::sort is used.
    for (const quint32 seed : { 1u, 2u, 3u }) {
        QTest::addRow("%d items, seed %u", 300, seed) << seed << 300;
        QTest::addRow("%d items, seed %u", 3000, seed) << seed << 3000;
    }
}

void RangeSetTest::matchesBitmaps()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);

    QRandomGenerator random(seed);
    RandomItems a = randomItems(random, count);
    RandomItems b = randomItems(random, count / 3);
    QCOMPARE(a.set.normalizeCountingContained(), a.contained);
    b.set.normalize();
    QVERIFY(isNormal(a.set));
    QCOMPARE(bitmapOf(a.set), a.bits);
    QCOMPARE(bitmapOf(a.set.united(b.set)), a.bits | b.bits);
    QCOMPARE(bitmapOf(a.set.subtracted(b.set)), a.bits & ~b.bits);
    QCOMPARE(bitmapOf(a.set.intersected(b.set)), a.bits & b.bits);
    QCOMPARE(a.set.addressCount().toSaturatedUInt64(), quint64(a.bits.count()));
    QCOMPARE(RangeSet::fromCidrs(a.set.toCidrs()), a.set);
    for (int i = 0; i < 200; ++i) {
        const quint32 address = smallBase + random.bounded(smallSize);
        const Cidr host = Cidr::fromV4(address, 32);
        QCOMPARE(a.set.contains(host), a.bits.test(address - smallBase));
        QCOMPARE(a.set.intersects(host), a.bits.test(address - smallBase));
    }
}

void RangeSetTest::largeUnsortedSets_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");

    QTest::newRow("200,000 ranges anywhere") << 7u << 200'000;
    QTest::newRow("2,000 ranges anywhere") << 8u << 2'000;
}

// The radix sort against std::sort over the whole 32-bit space.
void RangeSetTest::largeUnsortedSets()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);

    QRandomGenerator random(seed);
    RangeSet set;
    std::vector<Range4> reference;
    for (int i = 0; i < count; ++i) {
        const quint32 first = random.generate();
        const quint32 last = first + std::min<quint32>(random.bounded(1u << 16), ~first);
        set.addV4(first, last);
        reference.push_back({ first, last });
    }
    set.normalize();
    std::sort(reference.begin(), reference.end(),
              [](const Range4 &a, const Range4 &b) { return a.first < b.first; });
    std::vector<Range4> merged;
    for (const Range4 &range : reference) {
        if (!merged.empty() && quint64(merged.back().last) + 1 >= range.first)
            merged.back().last = std::max(merged.back().last, range.last);
        else
            merged.push_back(range);
    }
    QCOMPARE(set.v4().size(), merged.size());
    QVERIFY(set.v4() == merged);
}

QTEST_GUILESS_MAIN(RangeSetTest)
#include "rangesettest.moc"
