#include "net/cidr.h"

#include <QTest>

using namespace Rampart;

class CidrTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidForms_data();
    void acceptsValidForms();
    void refusesInvalidForms_data();
    void refusesInvalidForms();
    void refusesHugeItemQuickly();
    void containment();
};

void CidrTest::acceptsValidForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("prefix");

    QTest::newRow("v4 host") << "203.0.113.7"
                             << "203.0.113.7" << 4 << 32;
    QTest::newRow("v4 /32 reads as host") << "203.0.113.7/32"
                                          << "203.0.113.7" << 4 << 32;
    QTest::newRow("v4 /24") << "198.51.100.0/24"
                            << "198.51.100.0/24" << 4 << 24;
    QTest::newRow("v4 /1") << "128.0.0.0/1"
                           << "128.0.0.0/1" << 4 << 1;
    QTest::newRow("v4 zeros") << "10.0.0.0/8"
                              << "10.0.0.0/8" << 4 << 8;
    QTest::newRow("v4 edge") << "255.255.255.255"
                             << "255.255.255.255" << 4 << 32;
    QTest::newRow("v6 host") << "2001:db8::1"
                             << "2001:db8::1" << 6 << 128;
    QTest::newRow("v6 uppercase") << "2001:DB8::A"
                                  << "2001:db8::a" << 6 << 128;
    QTest::newRow("v6 full form") << "2001:0db8:0000:0000:0000:0000:0000:0001"
                                  << "2001:db8::1" << 6 << 128;
    QTest::newRow("v6 /48") << "2001:db8:abcd::/48"
                            << "2001:db8:abcd::/48" << 6 << 48;
    QTest::newRow("v6 /128 reads as host") << "2001:db8::1/128"
                                           << "2001:db8::1" << 6 << 128;
    QTest::newRow("v4-mapped host") << "::ffff:1.2.3.4"
                                    << "1.2.3.4" << 4 << 32;
    QTest::newRow("v4-mapped network") << "::ffff:1.2.3.0/120"
                                       << "1.2.3.0/24" << 4 << 24;
}

void CidrTest::acceptsValidForms()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(int, family);
    QFETCH(int, prefix);

    const CidrParse parsed = parseCidr(input);
    QVERIFY2(parsed.cidr.has_value(), qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.cidr->toString(), canonical);
    QCOMPARE(int(parsed.cidr->family()), family);
    QCOMPARE(parsed.cidr->prefixLength(), prefix);
    // What toString() writes reads back as the same network.
    QCOMPARE(parseCidr(canonical).cidr, parsed.cidr);
}

void CidrTest::refusesInvalidForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("part above 255") << "999.1.1.1"
                                    << "\"999.1.1.1\" has a part above 255";
    QTest::newRow("prefix too long") << "1.2.3.4/33"
                                     << "longer than /32";
    QTest::newRow("shell injection") << "1.2.3.4; rm -rf /"
                                     << "\"1.2.3.4; rm -rf /\"";
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("leading zero") << "010.1.1.1"
                                  << "leading zero";
    QTest::newRow("three parts") << "1.2.3"
                                 << "\"1.2.3\" is not an IPv4 address";
    QTest::newRow("five parts") << "1.2.3.4.5"
                                << "\"1.2.3.4.5\"";
    QTest::newRow("trailing dot") << "1.2.3.4."
                                  << "\"1.2.3.4.\"";
    QTest::newRow("space inside") << "1.2.3. 4"
                                  << "\"1.2.3. 4\"";
    QTest::newRow("leading space") << " 1.2.3.4"
                                   << "\" 1.2.3.4\"";
    QTest::newRow("sign") << "+1.2.3.4"
                          << "\"+1.2.3.4\"";
    QTest::newRow("hex v4") << "0x7f.0.0.1"
                            << "\"0x7f.0.0.1\"";
    QTest::newRow("host bits") << "1.2.3.4/24"
                               << "the network is 1.2.3.0/24";
    QTest::newRow("v6 host bits") << "2001:db8::1/64"
                                  << "the network is 2001:db8::/64";
    QTest::newRow("empty prefix") << "1.2.3.0/"
                                  << "prefix length that is not a plain number";
    QTest::newRow("prefix with sign") << "1.2.3.0/+24"
                                      << "not a plain number";
    QTest::newRow("prefix leading zero") << "1.2.3.0/024"
                                         << "not a plain number";
    QTest::newRow("two slashes") << "1.2.3.0/24/8"
                                 << "not a plain number";
    QTest::newRow("v6 prefix too long") << "2001:db8::/129"
                                        << "longer than /128";
    QTest::newRow("v6 two gaps") << "2001::db8::1"
                                 << "\"2001::db8::1\" is not an IPv6 address";
    QTest::newRow("v6 zone") << "fe80::1%eth0"
                             << "zone index";
    QTest::newRow("v6 bad digit") << "2001:db8::g"
                                  << "is not an IPv6 address";
    QTest::newRow("mapped host bits") << "::ffff:1.2.3.4/64"
                                      << "has bits set after the prefix";
    QTest::newRow("newline") << "1.2.3.4\n"
                             << "\\x0a";
    QTest::newRow("nul") << QString::fromLatin1("1.2.3.4\0", 8) << "\\x00";
    QTest::newRow("unicode digit") << QString::fromUtf8("١.2.3.4") << "is not an IPv4 address";
    QTest::newRow("word") << "localhost"
                          << "\"localhost\"";
}

void CidrTest::refusesInvalidForms()
{
    QFETCH(QString, input);
    QFETCH(QString, errorMentions);

    const CidrParse parsed = parseCidr(input);
    QVERIFY2(!parsed.cidr.has_value(),
             qPrintable(parsed.cidr ? parsed.cidr->toString() : QString()));
    QVERIFY2(parsed.error.contains(errorMentions),
             qPrintable(QStringLiteral("error was: ") + parsed.error));
}

void CidrTest::refusesHugeItemQuickly()
{
    // A 10 MB line: refused by its length, named, and quoted in a few dozen characters.
    const QString huge(10 * 1024 * 1024, u'1');
    const CidrParse parsed = parseCidr(huge);
    QVERIFY(!parsed.cidr);
    QVERIFY2(parsed.error.contains(QStringLiteral("longer than any address")),
             qPrintable(parsed.error));
    QVERIFY2(parsed.error.size() < 200, qPrintable(QString::number(parsed.error.size())));
    QVERIFY(parsed.error.contains(QStringLiteral("\"1111111111")));
    QVERIFY(parsed.error.contains(QStringLiteral("10485760")));
}

void CidrTest::containment()
{
    const Cidr network = *parseCidr(u"198.51.100.0/24").cidr;
    QVERIFY(network.contains(*parseCidr(u"198.51.100.77").cidr));
    QVERIFY(network.contains(*parseCidr(u"198.51.100.128/25").cidr));
    QVERIFY(!network.contains(*parseCidr(u"198.51.101.1").cidr));
    QVERIFY(!network.contains(*parseCidr(u"198.51.0.0/16").cidr));
    QVERIFY(network.overlaps(*parseCidr(u"198.51.0.0/16").cidr));
    // ::ffff:c633:6401 is 198.51.100.1 as a dual-stack socket reports it.
    QVERIFY(network.contains(*parseCidr(u"::ffff:c633:6401").cidr));
    QVERIFY(!network.contains(*parseCidr(u"2001:db8::1").cidr));
}

QTEST_GUILESS_MAIN(CidrTest)
#include "cidrtest.moc"
