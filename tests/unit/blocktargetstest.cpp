// What a right click on connection rows blocks: the addresses, or the /24 and /16 (IPv6:
// /64 and /48) around them, each network once, none inside another, with the number of
// addresses it covers said the way the menu says it; and what it asks about first (the
// administrator's own SSH session, the default gateway) or leaves out (loopback).

#include "connections/blocktargets.h"
#include "testcidr.h"

#include <QLocale>
#include <QSysInfo>
#include <QTest>
#include <QTranslator>

using namespace Rampart;

namespace {

QList<Cidr> cidrs(const QStringList &texts)
{
    QList<Cidr> list;
    for (const QString &text : texts)
        list << cidr(text);
    return list;
}

QStringList texts(const QList<Cidr> &cidrs)
{
    QStringList list;
    for (const Cidr &cidr : cidrs)
        list << cidr.toString();
    return list;
}

} // namespace

class BlockTargetsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void targets_data();
    void targets();
    void addressCountsAtAnySize_data();
    void addressCountsAtAnySize();
    void blockTexts_data();
    void blockTexts();
    void allowTexts_data();
    void allowTexts();
    void loopbackIsLeftOut();

private:
    QTranslator m_english;
};

void BlockTargetsTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    // The English plural forms ("1 address", "2 addresses"), as the application loads.
    QCoreApplication::installTranslator(&m_english);
}

void BlockTargetsTest::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_english);
}

void BlockTargetsTest::targets_data()
{
    QTest::addColumn<QStringList>("remotes");
    QTest::addColumn<int>("prefixV4");
    QTest::addColumn<int>("prefixV6");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("addresses");

    const QStringList someV4 = { "203.0.113.9", "203.0.113.7", "198.51.100.1", "203.0.113.7" };
    QTest::newRow("IPv4 addresses, one listed twice")
        << someV4 << 32 << 128 << QStringList { "198.51.100.1", "203.0.113.7", "203.0.113.9" }
        << "3";
    QTest::newRow("IPv4 /24: two remotes in one network")
        << someV4 << 24 << 64 << QStringList { "198.51.100.0/24", "203.0.113.0/24" } << "512";
    QTest::newRow("two remotes in the same /24")
        << QStringList { "203.0.113.7", "203.0.113.200" } << 24 << 64
        << QStringList { "203.0.113.0/24" } << "256";
    QTest::newRow("IPv4 /16") << QStringList { "203.0.113.7", "203.0.5.1", "198.51.100.1" } << 16
                              << 48 << QStringList { "198.51.0.0/16", "203.0.0.0/16" } << "131072";
    QTest::newRow("address inside a network row is left out")
        << QStringList { "203.0.113.7", "203.0.113.0/24", "203.0.114.1" } << 32 << 128
        << QStringList { "203.0.113.0/24", "203.0.114.1" } << "257";
    QTest::newRow("network rows at the /24 level stay as they are")
        << QStringList { "203.0.0.0/16", "198.51.100.0/24" } << 24 << 64
        << QStringList { "198.51.100.0/24", "203.0.0.0/16" } << "65792";
    QTest::newRow("a /24 inside a /16 of the same list")
        << QStringList { "203.0.113.0/24", "203.0.0.0/16" } << 32 << 128
        << QStringList { "203.0.0.0/16" } << "65536";
    QTest::newRow("IPv6 addresses")
        << QStringList { "2001:db8::1", "2001:db8::1", "2001:db8::2" } << 32 << 128
        << QStringList { "2001:db8::1", "2001:db8::2" } << "2";
    QTest::newRow("IPv6 /64") << QStringList { "2001:db8:0:1::5", "2001:db8:0:2::1",
                                               "2001:db8:0:1::9" }
                              << 24 << 64
                              << QStringList { "2001:db8:0:1::/64", "2001:db8:0:2::/64" }
                              << "36893488147419103232";
    QTest::newRow("IPv6 /48") << QStringList { "2001:db8:1:2::1", "2001:db8:1:ffff::1" } << 16 << 48
                              << QStringList { "2001:db8:1::/48" } << "1208925819614629174706176";
    QTest::newRow("IPv4 first, then IPv6")
        << QStringList { "2001:db8::1", "192.0.2.1" } << 24 << 64
        << QStringList { "192.0.2.0/24", "2001:db8::/64" } << "18446744073709551872";
    QTest::newRow("IPv4-mapped remote is IPv4") << QStringList { "::ffff:192.0.2.1", "192.0.2.1" }
                                                << 32 << 128 << QStringList { "192.0.2.1" } << "1";
    QTest::newRow("nothing selected") << QStringList() << 24 << 64 << QStringList() << "0";
}

void BlockTargetsTest::targets()
{
    QFETCH(QStringList, remotes);
    QFETCH(int, prefixV4);
    QFETCH(int, prefixV6);
    QFETCH(QStringList, expected);
    QFETCH(QString, addresses);

    const QList<Cidr> targets = blockTargets(cidrs(remotes), prefixV4, prefixV6);
    QCOMPARE(texts(targets), expected);
    QCOMPARE(targetAddresses(targets).toString(), addresses);
}

void BlockTargetsTest::addressCountsAtAnySize_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");

    QTest::newRow("/32") << "192.0.2.1"
                         << "1"
                         << "1";
    QTest::newRow("/16") << "203.0.0.0/16"
                         << "65,536"
                         << "65.536";
    QTest::newRow("IPv6 /64") << "2001:db8::/64"
                              << "18,446,744,073,709,551,616"
                              << "18.446.744.073.709.551.616";
    QTest::newRow("IPv6 /48") << "2001:db8::/48"
                              << "1,208,925,819,614,629,174,706,176"
                              << "1.208.925.819.614.629.174.706.176";
    QTest::newRow("IPv6 /1") << "8000::/1"
                             << "170,141,183,460,469,231,731,687,303,715,884,105,728"
                             << "170.141.183.460.469.231.731.687.303.715.884.105.728";
}

void BlockTargetsTest::addressCountsAtAnySize()
{
    QFETCH(QString, network);
    QFETCH(QString, english);
    QFETCH(QString, german);

    const AddressCount count = targetAddresses({ cidr(network) });
    QCOMPARE(formatAddressCount(count, QLocale(QLocale::English, QLocale::UnitedStates)), english);
    QCOMPARE(formatAddressCount(count, QLocale(QLocale::German, QLocale::Germany)), german);
}

void BlockTargetsTest::blockTexts_data()
{
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("text");

    QTest::newRow("one address") << QStringList { "203.0.113.7" } << "Block 203.0.113.7";
    QTest::newRow("one /24") << QStringList { "203.0.113.0/24" }
                             << "Block 203.0.113.0/24 (256 addresses)";
    QTest::newRow("one /16") << QStringList { "203.0.0.0/16" }
                             << "Block 203.0.0.0/16 (65,536 addresses)";
    QTest::newRow("one /31") << QStringList { "192.0.2.0/31" }
                             << "Block 192.0.2.0/31 (2 addresses)";
    QTest::newRow("three addresses")
        << QStringList { "192.0.2.1", "198.51.100.1", "2001:db8::1" } << "Block 3 addresses";
    QTest::newRow("their /24s") << QStringList { "192.0.2.0/24", "203.0.113.0/24" }
                                << "Block their /24s (2 networks, 512 addresses)";
    QTest::newRow("their /64s") << QStringList { "2001:db8:0:1::/64", "2001:db8:0:2::/64" }
                                << "Block their /64s (2 networks, 36,893,488,147,419,103,232 "
                                   "addresses)";
    QTest::newRow("one IPv6 /48") << QStringList {
        "2001:db8:1::/48"
    } << "Block 2001:db8:1::/48 (1,208,925,819,614,629,174,706,176 addresses)";
    QTest::newRow("networks of different sizes")
        << QStringList { "198.51.100.0/24", "203.0.0.0/16" }
        << "Block 2 networks (65,792 addresses)";
    QTest::newRow("an address and a network")
        << QStringList { "192.0.2.1", "198.51.100.0/24" } << "Block 2 networks (257 addresses)";
    // Never IPv4 and IPv6 added up.
    QTest::newRow("both families")
        << QStringList { "192.0.2.0/24", "2001:db8::/64" }
        << "Block 2 networks (256 IPv4 and 18,446,744,073,709,551,616 IPv6 addresses)";
}

void BlockTargetsTest::blockTexts()
{
    QFETCH(QStringList, targets);
    QFETCH(QString, text);
    QCOMPARE(blockActionText(cidrs(targets)), text);
}

void BlockTargetsTest::allowTexts_data()
{
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("text");

    QTest::newRow("one address") << QStringList { "203.0.113.7" } << "Allowlist 203.0.113.7";
    QTest::newRow("one network") << QStringList { "203.0.113.0/24" } << "Allowlist 203.0.113.0/24";
    QTest::newRow("addresses") << QStringList { "192.0.2.1", "2001:db8::1" }
                               << "Allowlist 2 addresses";
    QTest::newRow("networks") << QStringList { "192.0.2.0/24", "203.0.113.0/24" }
                              << "Allowlist 2 networks (512 addresses)";
    QTest::newRow("networks of both families")
        << QStringList { "192.0.2.0/24", "2001:db8::/126" }
        << "Allowlist 2 networks (256 IPv4 and 4 IPv6 addresses)";
}

void BlockTargetsTest::allowTexts()
{
    QFETCH(QStringList, targets);
    QFETCH(QString, text);
    QCOMPARE(allowActionText(cidrs(targets)), text);
}

void BlockTargetsTest::loopbackIsLeftOut()
{
    QStringList refusals;
    const QList<Cidr> blockable = blockableTargets(
        cidrs({ "127.0.0.1", "192.0.2.1", "::1", "127.0.0.0/8", "198.51.100.0/24" }), &refusals);
    QCOMPARE(texts(blockable), QStringList({ "192.0.2.1", "198.51.100.0/24" }));
    QCOMPARE(refusals.size(), 3);
    for (const QString &refusal : std::as_const(refusals))
        QVERIFY2(refusal.contains("loopback"), qPrintable(refusal));
    QVERIFY(refusals.at(0).startsWith("127.0.0.1 "));
}

QTEST_GUILESS_MAIN(BlockTargetsTest)
#include "blocktargetstest.moc"
