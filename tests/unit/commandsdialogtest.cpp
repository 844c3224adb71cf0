// The Show Commands viewer: "Working…" until the helper answers, then the script read-only
// and highlighted, Copy putting all of it on the clipboard; the helper's error in its place
// on failure; a very long script shown in part, and copied whole.

#include "commandsdialog.h"
#include "scripthighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Rampart;

namespace {

QDBusMessage callMessage()
{
    return QDBusMessage::createMethodCall(
        QStringLiteral("org.rampart.Helper"), QStringLiteral("/org/rampart/Helper"),
        QStringLiteral("org.rampart.Helper1"), QStringLiteral("BlockCommands"));
}

QDBusPendingCall answered(const QString &script)
{
    return QDBusPendingCall::fromCompletedCall(callMessage().createReply(QVariant(script)));
}

QPushButton *copyButton(const CommandsDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Copy"))
            return button;
    }
    return nullptr;
}

} // namespace

class CommandsDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheScriptHighlighted();
    void showsTheError();
    void longScriptShownInPartCopiedWhole();
};

void CommandsDialogTest::showsTheScriptHighlighted()
{
    CommandsDialog dialog(QStringLiteral("Block 1 entry"));
    QCOMPARE(dialog.status(), QStringLiteral("Working…"));
    QVERIFY(!copyButton(dialog)->isEnabled());
    const QString script = QStringLiteral("#!/bin/sh\n# Add to the manual sets:\n"
                                          "ipset restore -exist <<'EOF'\n"
                                          "add rampart-v4 192.0.2.7\nEOF\n");
    dialog.showReply(answered(script));
    QTRY_COMPARE(dialog.view()->toPlainText(), script);
    QVERIFY(dialog.view()->isReadOnly());
    // The comment line has the definition's Comment format.
    const QList<QTextLayout::FormatRange> formats =
        dialog.view()->document()->findBlockByNumber(1).layout()->formats();
    QVERIFY(!formats.isEmpty());
    QCOMPARE(formats.first().format, dialog.highlighter()->format("Comment"));

    QVERIFY(copyButton(dialog)->isEnabled());
    copyButton(dialog)->click();
    QCOMPARE(QApplication::clipboard()->text(), script);
}

void CommandsDialogTest::showsTheError()
{
    CommandsDialog dialog(QStringLiteral("Import Feed"));
    dialog.showReply(QDBusPendingCall::fromError(callMessage().createErrorReply(
        QStringLiteral("org.rampart.Helper1.Error.Store"), QStringLiteral("disk full"))));
    QTRY_VERIFY(dialog.status() != QStringLiteral("Working…"));
    QVERIFY2(dialog.status().startsWith("The commands could not be shown: "),
             qPrintable(dialog.status()));
    QVERIFY2(dialog.status().contains("disk full"), qPrintable(dialog.status()));
    QVERIFY(dialog.view()->toPlainText().isEmpty());
    QVERIFY(!copyButton(dialog)->isEnabled());
}

void CommandsDialogTest::longScriptShownInPartCopiedWhole()
{
    QString script = QStringLiteral("ipset restore -exist <<'EOF'\n");
    const int members = CommandsDialog::maxShownLines + 100;
    for (int i = 0; i < members; ++i)
        script += QStringLiteral("add rampart-f1-v4 10.%1.%2.0/24\n").arg(i / 256).arg(i % 256);
    script += QStringLiteral("EOF\n");
    CommandsDialog dialog(QStringLiteral("Import Feed"));
    dialog.showReply(answered(script));
    QTRY_VERIFY(!dialog.script().isEmpty());
    QCOMPARE(dialog.view()->document()->blockCount() - 1, CommandsDialog::maxShownLines);
    QVERIFY2(dialog.status().contains(QString::number(members + 2)), qPrintable(dialog.status()));
    copyButton(dialog)->click();
    QCOMPARE(QApplication::clipboard()->text(), script);
}

QTEST_MAIN(CommandsDialogTest)
#include "commandsdialogtest.moc"
