// The highlighter of Show Commands: resources/syntax/rampart-script.xml, read as a
// KSyntaxHighlighting definition, gives each kind of text of a script the format of its
// itemData (a comment, a program, an ipset command, a set, an address), keeps the
// here-document's context across lines until its end marker, and a definition it cannot
// read leaves text as it is and says why.

#include "scripthighlighter.h"

#include <QFont>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Rampart;

namespace {

// The format the highlighter gave the character at column of line.
QTextCharFormat formatAt(const QTextDocument &document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

const QString script = QStringLiteral("#!/bin/sh\n"
                                      "# Add to the manual sets:\n"
                                      "ipset restore -exist <<'EOF'\n"
                                      "add rampart-v4 198.51.100.7 timeout 3600\n"
                                      "add rampart-v6 2001:db8::/48\n"
                                      "EOF\n"
                                      "iptables-restore --noflush -w <<'EOF'\n"
                                      "*filter\n"
                                      "-A RAMPART -m set --match-set rampart-v4 src -j DROP\n"
                                      "COMMIT\n"
                                      "EOF\n"
                                      "iptables -w -I INPUT 1 -j RAMPART\n");

} // namespace

class ScriptHighlighterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionLoads();
    void formatsFollowTheDefinition_data();
    void formatsFollowTheDefinition();
    void unreadableDefinitionHighlightsNothing();
};

void ScriptHighlighterTest::definitionLoads()
{
    QTextDocument document;
    const ScriptHighlighter highlighter(&document);
    QVERIFY2(highlighter.error().isEmpty(), qPrintable(highlighter.error()));
    // dsComment is italic, dsKeyword bold, dsDecVal coloured: the itemDatas' default styles.
    QVERIFY(highlighter.format("Comment").fontItalic());
    QCOMPARE(highlighter.format("Command").fontWeight(), int(QFont::Bold));
    QVERIFY(highlighter.format("Address").hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(highlighter.format("Address") != highlighter.format("Normal Text"));
    QVERIFY(highlighter.format("Program") != highlighter.format("Address"));
}

void ScriptHighlighterTest::formatsFollowTheDefinition_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("itemData");

    QTest::newRow("shebang, a comment") << 0 << 3 << "Comment";
    QTest::newRow("comment to the end of its line") << 1 << 20 << "Comment";
    QTest::newRow("program") << 2 << 0 << "Program";
    QTest::newRow("ipset command") << 2 << 7 << "Command";
    QTest::newRow("option") << 2 << 15 << "Option";
    QTest::newRow("here-document start") << 2 << 22 << "Here Document";
    QTest::newRow("ipset add, in the here-document") << 3 << 0 << "Command";
    QTest::newRow("set name") << 3 << 6 << "Set";
    QTest::newRow("IPv4 address") << 3 << 16 << "Address";
    QTest::newRow("set option") << 3 << 28 << "Option";
    QTest::newRow("number") << 3 << 37 << "Number";
    QTest::newRow("IPv6 network") << 4 << 20 << "Address";
    QTest::newRow("here-document end") << 5 << 1 << "Here Document";
    QTest::newRow("program with a dash") << 6 << 10 << "Program";
    QTest::newRow("table") << 7 << 2 << "Table";
    QTest::newRow("chain") << 8 << 5 << "Chain";
    QTest::newRow("verdict") << 8 << 51 << "Verdict";
    QTest::newRow("COMMIT") << 9 << 2 << "Command";
    // Back in the shell after the marker: RAMPART is a chain only inside iptables-restore's
    // input, a plain word outside.
    QTest::newRow("after the here-document") << 11 << 0 << "Program";
    QTest::newRow("plain word in the shell") << 11 << 27 << "Normal Text";
}

void ScriptHighlighterTest::formatsFollowTheDefinition()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, itemData);

    QTextDocument document;
    ScriptHighlighter highlighter(&document);
    document.setPlainText(script);
    // As the event loop would, once the document is set.
    highlighter.rehighlight();
    const QTextCharFormat expected = highlighter.format(itemData);
    const QTextCharFormat actual = formatAt(document, line, column);
    const QString text = document.findBlockByNumber(line).text();
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("\"%1\" at %2 of \"%3\" is not formatted as %4")
                            .arg(text.mid(column, 8))
                            .arg(column)
                            .arg(text, itemData)));
}

void ScriptHighlighterTest::unreadableDefinitionHighlightsNothing()
{
    QTemporaryDir dir;
    QTextDocument document;
    ScriptHighlighter missing(&document, dir.filePath("none.xml"));
    QVERIFY(missing.error().contains("none.xml"));
    document.setPlainText(script);
    missing.rehighlight();
    QVERIFY(document.firstBlock().layout()->formats().isEmpty());
}

QTEST_MAIN(ScriptHighlighterTest)
#include "scripthighlightertest.moc"
