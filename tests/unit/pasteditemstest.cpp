// Pasted text as the Block and Allowlist dialogs and rampartctl read it: split into items
// wherever they stand, each held to the strict parser and to the rule for what it is sent
// for, every refused item named with where it is; and checked off the GUI thread while it
// is typed, never sending what was checked before the last change.

#include "net/pasteditems.h"

#include <QSignalSpy>
#include <QTest>

using namespace Rampart;

Q_DECLARE_METATYPE(Rampart::EntryUse)

class PastedItemsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data();
    void splits();
    void checks_data();
    void checks();
    void rangesAreListedWithTheirNetworks();
    void problemsAreCappedButCounted();
    void checkerChecksTheNewestText();
};

void PastedItemsTest::splits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("items"); // "text@line:column"

    QTest::newRow("empty") << "" << QStringList {};
    QTest::newRow("lines, commas, semicolons, spaces and tabs")
        << "192.0.2.7\n198.51.100.0/24, 2001:db8::1 203.0.113.9;10.0.0.0/8\t10.1.1.1"
        << QStringList { "192.0.2.7@1:1",    "198.51.100.0/24@2:1", "2001:db8::1@2:18",
                         "203.0.113.9@2:30", "10.0.0.0/8@2:42",     "10.1.1.1@2:53" };
    QTest::newRow("comments to the end of the line")
        << "# office\n192.0.2.7 # gateway, 192.0.2.8\n192.0.2.9#x"
        << QStringList { "192.0.2.7@2:1", "192.0.2.9@3:1" };
    QTest::newRow("Windows line ends") << "192.0.2.7\r\n192.0.2.8\r\n"
                                       << QStringList { "192.0.2.7@1:1", "192.0.2.8@2:1" };
    QTest::newRow("anything that is not a separator is an item")
        << "example.org,,  ;;999.1.1.1" << QStringList { "example.org@1:1", "999.1.1.1@1:18" };
    QTest::newRow("ranges, with or without spaces around the dash")
        << "192.0.2.0-192.0.2.255\n192.0.2.10 - 192.0.2.20, 192.0.2.1 -192.0.2.2;192.0.2.3-\t"
           "192.0.2.4 192.0.2.9"
        << QStringList { "192.0.2.0-192.0.2.255@1:1", "192.0.2.10 - 192.0.2.20@2:1",
                         "192.0.2.1 -192.0.2.2@2:26", "192.0.2.3-\t192.0.2.4@2:47",
                         "192.0.2.9@2:68" };
    QTest::newRow("a range never spans lines, commas or comments")
        << "192.0.2.1 -\n192.0.2.2, - 192.0.2.3 # - 192.0.2.4"
        << QStringList { "192.0.2.1 -@1:1", "192.0.2.2@2:1", "- 192.0.2.3@2:12" };
}

void PastedItemsTest::splits()
{
    QFETCH(QString, text);
    QFETCH(QStringList, items);
    QStringList found;
    for (const PastedItem &item : pastedItems(text)) {
        QCOMPARE(text.mid(item.offset, item.text.size()), item.text.toString());
        found << QStringLiteral("%1@%2:%3").arg(item.text).arg(item.line).arg(item.column);
    }
    QCOMPARE(found, items);
}

void PastedItemsTest::checks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<EntryUse>("use");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<QStringList>("problemsNaming"); // what each refusal must say, in order

    const auto block = EntryUse::Block;
    const auto allow = EntryUse::Allow;
    const auto remove = EntryUse::Remove;
    QTest::newRow("allow: lines, commas and spaces")
        << "192.0.2.7\n198.51.100.0/24, 2001:db8::1 203.0.113.9;10.0.0.0/8" << allow
        << QStringList { "192.0.2.7", "198.51.100.0/24", "2001:db8::1", "203.0.113.9",
                         "10.0.0.0/8" }
        << 0 << QStringList {};
    QTest::newRow("allow: comments and duplicates")
        << "# office\n192.0.2.7 # gateway\n192.0.2.7\n"
        << allow << QStringList { "192.0.2.7" } << 1 << QStringList {};
    QTest::newRow("allow: bad items are named")
        << "192.0.2.7, 999.1.1.1, 1.2.3.4/33, example.org" << allow << QStringList { "192.0.2.7" }
        << 0 << QStringList { "999.1.1.1", "1.2.3.4/33", "example.org" };
    QTest::newRow("allow: everything is refused")
        << "0.0.0.0/0 ::/0" << allow << QStringList {} << 0
        << QStringList { "0.0.0.0/0 covers every address; allowing it would switch every feed off",
                         "::/0 covers every address" };
    QTest::newRow("allow: loopback may be allowlisted")
        << "127.0.0.1" << allow << QStringList { "127.0.0.1" } << 0 << QStringList {};
    QTest::newRow("mapped IPv4 reads as IPv4, and repeats the plain one")
        << "::ffff:192.0.2.7 192.0.2.7" << allow << QStringList { "192.0.2.7" } << 1
        << QStringList {};
    QTest::newRow("block: loopback and multicast are refused")
        << "192.0.2.7 127.0.0.1 ff02::1" << block << QStringList { "192.0.2.7" } << 0
        << QStringList { "127.0.0.1 covers loopback", "ff02::1 covers multicast" };
    QTest::newRow("block: every address is refused")
        << "0.0.0.0/0" << block << QStringList {} << 0 << QStringList { "refusing to block it" };
    QTest::newRow("block: a range becomes the fewest covering networks")
        << "203.0.113.0-203.0.113.255\n203.0.113.10 - 203.0.113.20\n2001:db8::-2001:db8::3" << block
        << QStringList { "203.0.113.0/24",  "203.0.113.10/31", "203.0.113.12/30",
                         "203.0.113.16/30", "203.0.113.20",    "2001:db8::/126" }
        << 0 << QStringList {};
    QTest::newRow("block: a range repeating an entry counts its duplicates")
        << "192.0.2.6 192.0.2.4-192.0.2.6" << block << QStringList { "192.0.2.6", "192.0.2.4/31" }
        << 1 << QStringList {};
    QTest::newRow("block: invalid ranges are named")
        << "192.0.2.9-192.0.2.1\n192.0.2.1-2001:db8::1\n192.0.2.1-192.0.2.0/24\n"
           "192.0.2.1-999.0.0.1"
        << block << QStringList {} << 0
        << QStringList { "is not a range: its first address comes after its last",
                         "joins an IPv4 and an IPv6 address", "a range joins two addresses",
                         "999.0.0.1" };
    QTest::newRow("block: a range over loopback is refused whole")
        << "126.255.255.254-127.0.0.1" << block << QStringList {} << 0
        << QStringList { "127.0.0.0/31 covers loopback" };
    QTest::newRow("remove: a range becomes networks too")
        << "198.51.100.0 - 198.51.100.127" << remove << QStringList { "198.51.100.0/25" } << 0
        << QStringList {};
    QTest::newRow("remove: loopback may be named, every address not")
        << "127.0.0.1 ::/0" << remove << QStringList { "127.0.0.1" } << 0
        << QStringList { "::/0 covers every address" };
}

void PastedItemsTest::checks()
{
    QFETCH(QString, text);
    QFETCH(EntryUse, use);
    QFETCH(QStringList, entries);
    QFETCH(int, duplicates);
    QFETCH(QStringList, problemsNaming);

    const QList<PastedItem> items = pastedItems(text);
    const CheckedEntries checked = checkEntries(items, use);
    QCOMPARE(checked.entries, entries);
    QCOMPARE(checked.duplicates, duplicates);
    QCOMPARE(checked.refused, problemsNaming.size());
    QCOMPARE(checked.problems.size(), problemsNaming.size());
    for (int i = 0; i < problemsNaming.size(); ++i) {
        const CheckedEntries::Problem &problem = checked.problems[i];
        QVERIFY2(problem.reason.contains(problemsNaming[i]), qPrintable(problem.reason));
        // Where the refused item stands, to select it in the text.
        const QString item = text.mid(problem.offset, problem.length);
        QVERIFY2(!item.isEmpty() && problem.line >= 1 && problem.column >= 1, qPrintable(item));
    }
}

void PastedItemsTest::rangesAreListedWithTheirNetworks()
{
    const QString text = QStringLiteral("192.0.2.7\n  198.51.100.0 - 198.51.100.2 bad-1\n"
                                        "203.0.113.0-203.0.113.255 203.0.113.0-203.0.113.1");
    CheckedEntries checked = checkEntries(pastedItems(text), EntryUse::Block, 2);
    QCOMPARE(checked.entries,
             (QStringList { "192.0.2.7", "198.51.100.0/31", "198.51.100.2", "203.0.113.0/24",
                            "203.0.113.0/31" }));
    QCOMPARE(checked.rangeCount, 3);
    QCOMPARE(checked.ranges.size(), 2); // capped as the problems are
    const CheckedEntries::Range &first = checked.ranges[0];
    QCOMPARE(first.line, 2);
    QCOMPARE(first.column, 3);
    QCOMPARE(text.mid(first.offset, first.length), QStringLiteral("198.51.100.0 - 198.51.100.2"));
    QCOMPARE(first.networks, (QStringList { "198.51.100.0/31", "198.51.100.2" }));
    QCOMPARE(checked.ranges[1].networks, QStringList { "203.0.113.0/24" });
    QCOMPARE(checked.refused, 1);
    QCOMPARE(checked.problems.first().column, 31);
}

void PastedItemsTest::problemsAreCappedButCounted()
{
    QString text;
    for (int i = 0; i < 50; ++i)
        text += QStringLiteral("bad%1 192.0.2.%2\n").arg(i).arg(i);
    const CheckedEntries checked = checkEntries(pastedItems(text), EntryUse::Block, 7);
    QCOMPARE(checked.entries.size(), 50);
    QCOMPARE(checked.refused, 50);
    QCOMPARE(checked.problems.size(), 7);
    QCOMPARE(checked.problems.last().line, 7);
    QVERIFY2(checked.problems.last().reason.contains(QLatin1String("bad6")),
             qPrintable(checked.problems.last().reason));
}

void PastedItemsTest::checkerChecksTheNewestText()
{
    // A long text whose check takes a while, then a change while it runs.
    QString text;
    for (int i = 0; i < 200'000; ++i)
        text += QStringLiteral("10.%1.%2.%3\n").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255);
    PastedEntriesChecker checker(EntryUse::Block, 10, [&text] { return text; });
    QSignalSpy checked(&checker, &PastedEntriesChecker::checked);
    QVERIFY(checker.isCurrent()); // nothing typed, nothing to send

    checker.textChanged();
    QVERIFY(!checker.isCurrent());
    // Several changes in a row make one check, once they stop.
    text += QStringLiteral("192.0.2.1\n");
    checker.textChanged();
    QVERIFY(checked.wait(10'000));
    QCOMPARE(checked.size(), 1);
    QVERIFY(checker.isCurrent());
    QCOMPARE(checker.result().entries.size(), 200'001);

    // A change while the check of the one before runs: only the newest is reported.
    text = QStringLiteral("bogus 192.0.2.2");
    checker.textChanged();
    QTest::qWait(200); // the check of the text above starts
    text = QStringLiteral("192.0.2.3");
    checker.textChanged();
    QVERIFY(!checker.isCurrent());
    QTRY_VERIFY_WITH_TIMEOUT(checker.isCurrent(), 10'000);
    QCOMPARE(checker.result().entries, QStringList { QStringLiteral("192.0.2.3") });
    QCOMPARE(checker.result().refused, 0);
}

QTEST_GUILESS_MAIN(PastedItemsTest)
#include "pasteditemstest.moc"
