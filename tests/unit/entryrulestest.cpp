// What an entry may be, by what it is sent for: the one rule the Block and Allowlist
// dialogs, rampartctl and the helper all call.

#include "rules/entryrules.h"

#include <QTest>

using namespace Rampart;

Q_DECLARE_METATYPE(Rampart::EntryUse)

class EntryRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusal_data();
    void refusal();
    void neverBlockedSpaceIsWhatBlockingRefuses_data();
    void neverBlockedSpaceIsWhatBlockingRefuses();
};

void EntryRulesTest::refusal_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<EntryUse>("use");
    QTest::addColumn<QString>("reason"); // empty: the entry may be sent

    const auto block = EntryUse::Block;
    const auto allow = EntryUse::Allow;
    const auto remove = EntryUse::Remove;
    QTest::newRow("block everything v4") << "0.0.0.0/0" << block << "covers every address";
    QTest::newRow("block everything v6") << "::/0" << block << "covers every address";
    QTest::newRow("block loopback host") << "127.0.0.1" << block << "loopback (127.0.0.0/8)";
    QTest::newRow("block loopback range") << "127.0.0.0/8" << block << "loopback";
    QTest::newRow("block range holding loopback")
        << "64.0.0.0/2" << block << "loopback (127.0.0.0/8)";
    QTest::newRow("block v6 loopback") << "::1" << block << "loopback (::1)";
    QTest::newRow("block mapped loopback") << "::ffff:127.0.0.1" << block << "loopback";
    QTest::newRow("block unspecified") << "0.0.0.0" << block << "unspecified";
    QTest::newRow("block v6 unspecified") << "::" << block << "unspecified";
    QTest::newRow("block multicast") << "239.1.2.3" << block << "multicast";
    QTest::newRow("block v6 multicast") << "ff02::1" << block << "multicast";
    QTest::newRow("block ordinary host") << "203.0.113.7" << block << "";
    QTest::newRow("block ordinary v6") << "2001:db8::/32" << block << "";
    QTest::newRow("block private range") << "10.0.0.0/8" << block << "";
    QTest::newRow("block just below loopback") << "126.255.255.255" << block << "";
    QTest::newRow("block just above multicast") << "240.0.0.1" << block << "";

    QTest::newRow("allow everything v4")
        << "0.0.0.0/0" << allow << "covers every address; allowing it would switch every feed off";
    QTest::newRow("allow everything v6") << "::/0" << allow << "would switch every feed off";
    QTest::newRow("allow mapped everything")
        << "::ffff:0.0.0.0/96" << allow << "0.0.0.0/0 covers every address";
    QTest::newRow("allow loopback") << "127.0.0.1" << allow << "";
    QTest::newRow("allow multicast") << "224.0.0.0/4" << allow << "";
    QTest::newRow("allow half of IPv4") << "0.0.0.0/1" << allow << "";

    QTest::newRow("remove everything v4") << "0.0.0.0/0" << remove << "covers every address";
    QTest::newRow("remove everything v6") << "::/0" << remove << "covers every address";
    QTest::newRow("remove loopback") << "127.0.0.1" << remove << "";
    QTest::newRow("remove multicast") << "ff02::1" << remove << "";
    QTest::newRow("remove a host") << "203.0.113.7" << remove << "";
}

void EntryRulesTest::refusal()
{
    QFETCH(QString, input);
    QFETCH(EntryUse, use);
    QFETCH(QString, reason);

    const CidrParse parsed = parseCidr(input);
    QVERIFY2(parsed.cidr, qPrintable(parsed.error));
    const QString refusal = entryRefusal(*parsed.cidr, use);
    if (reason.isEmpty()) {
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        return;
    }
    QVERIFY2(refusal.contains(reason), qPrintable(QStringLiteral("refusal was: ") + refusal));
    // The use's own rule says the same.
    if (use == EntryUse::Block)
        QCOMPARE(blockRefusal(*parsed.cidr), refusal);
    else if (use == EntryUse::Allow)
        QCOMPARE(allowRefusal(*parsed.cidr), refusal);
}

void EntryRulesTest::neverBlockedSpaceIsWhatBlockingRefuses_data()
{
    QTest::addColumn<QString>("input");
    for (const char *input :
         { "127.0.0.1", "127.255.255.255", "126.255.255.255", "128.0.0.0", "0.0.0.0", "0.0.0.1",
           "224.0.0.0", "239.255.255.255", "223.255.255.255", "240.0.0.0", "::1", "::", "::2",
           "ff00::", "ff02::1", "feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db8::1",
           "203.0.113.7" })
        QTest::newRow(input) << QString::fromLatin1(input);
}

// A feed's list is applied without exactly what a single block is refused for.
void EntryRulesTest::neverBlockedSpaceIsWhatBlockingRefuses()
{
    QFETCH(QString, input);
    const Cidr host = *parseCidr(input).cidr;
    QCOMPARE(neverBlockedSpace().contains(host), !blockRefusal(host).isEmpty());
}

QTEST_GUILESS_MAIN(EntryRulesTest)
#include "entryrulestest.moc"
