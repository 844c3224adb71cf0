// The allowlist dialog: whatever is pasted is split and checked by the strict parser, every
// bad item is named before anything is sent, /0 is refused (it would switch every feed
// off), and Add stays off until the text is clean.

#include "allowlistdialog.h"
#include "client/helperclient.h"

#include <QDBusConnection>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Rampart;

class AllowlistDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addWaitsForCleanText_data();
    void addWaitsForCleanText();
};

void AllowlistDialogTest::addWaitsForCleanText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("addable");
    QTest::addColumn<QString>("problemShown");
    QTest::newRow("clean") << "192.0.2.7 198.51.100.0/24" << true << "";
    QTest::newRow("one bad item") << "192.0.2.7 192.0.2.300" << false << "192.0.2.300";
    QTest::newRow("empty") << "" << false << "";
}

void AllowlistDialogTest::addWaitsForCleanText()
{
    QFETCH(QString, text);
    QFETCH(bool, addable);
    QFETCH(QString, problemShown);

    // Nothing listens here: the dialog's reload fails, and nothing can reach a firewall.
    const QString busName = QStringLiteral("allowlist-nowhere");
    {
        HelperClient client(QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/rampart-test-bus"), busName));
        AllowlistDialog dialog(&client);
        dialog.show();
        dialog.setText(text);
        auto *add = dialog.findChild<QPushButton *>("addButton");
        auto *problems = dialog.findChild<QLabel *>("problems");
        QVERIFY(add && problems);
        // The text is checked off the GUI thread after a short pause.
        QTRY_COMPARE_WITH_TIMEOUT(add->isEnabled(), addable, 5000);
        if (problemShown.isEmpty()) {
            QVERIFY(problems->isHidden());
        } else {
            QTRY_VERIFY(problems->isVisible());
            QVERIFY2(problems->text().contains(problemShown), qPrintable(problems->text()));
        }
    }
    QDBusConnection::disconnectFromBus(busName);
}

QTEST_MAIN(AllowlistDialogTest)
#include "allowlistdialogtest.moc"
