#include "net/cidrmatcher.h"

#include <QTest>

using namespace Rampart;

class CidrMatcherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void emptyMatchesNothing();
};

void CidrMatcherTest::matches_data()
{
    QTest::addColumn<QStringList>("networks");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("expected");

    const QStringList blocked { "203.0.113.7", "198.51.100.0/24", "10.0.0.0/8", "2001:db8::/32",
                                "2001:db9::5" };
    QTest::newRow("exact host") << blocked << "203.0.113.7" << true;
    QTest::newRow("neighbour of host") << blocked << "203.0.113.8" << false;
    QTest::newRow("inside /24") << blocked << "198.51.100.200" << true;
    QTest::newRow("outside /24") << blocked << "198.51.101.1" << false;
    QTest::newRow("inside /8") << blocked << "10.250.3.4" << true;
    QTest::newRow("v6 inside /32") << blocked << "2001:db8:ffff::1" << true;
    QTest::newRow("v6 host") << blocked << "2001:db9::5" << true;
    QTest::newRow("v6 neighbour") << blocked << "2001:db9::6" << false;
    QTest::newRow("v4 never matches v6") << QStringList { "::/1" } << "1.2.3.4" << false;
    QTest::newRow("mapped peer") << blocked << "::ffff:198.51.100.9" << true;
}

void CidrMatcherTest::matches()
{
    QFETCH(QStringList, networks);
    QFETCH(QString, address);
    QFETCH(bool, expected);

    QList<Cidr> parsed;
    for (const QString &network : networks)
        parsed.append(*parseCidr(network).cidr);
    const CidrMatcher matcher(parsed);
    const CidrParse host = parseCidr(address);
    QVERIFY2(host.cidr, qPrintable(host.error));
    QCOMPARE(matcher.matches(*host.cidr), expected);
}

void CidrMatcherTest::emptyMatchesNothing()
{
    const CidrMatcher matcher({});
    QVERIFY(matcher.isEmpty());
    QVERIFY(!matcher.matches(*parseCidr(u"1.2.3.4").cidr));
}

QTEST_GUILESS_MAIN(CidrMatcherTest)
#include "cidrmatchertest.moc"
