// The Block dialog as an administrator uses it: paste anything, see at once what is valid,
// what is repeated and what is wrong and where, and never send what the parser refuses.

#include "blockdialog.h"
#include "client/helperclient.h"
#include "net/cidr.h"

#include <QDBusConnection>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Rampart;

namespace {

QString reasonFor(const QString &item)
{
    const CidrParse parsed = parseCidr(item);
    return parsed.cidr ? blockRefusal(*parsed.cidr) : parsed.error;
}

} // namespace

class BlockDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewCountsAndNamesBadItems();
    void preview_data();
    void preview();
    void blockIsDisabledWithOnlyBadInput();
    void refusedNetworksAreNamedWithTheParsersReason_data();
    void refusedNetworksAreNamedWithTheParsersReason();
    void helperErrorIsShownAndNothingIsReported();

private:
    QLabel *summary() const { return m_dialog->findChild<QLabel *>("summary"); }
    QListWidget *problems() const { return m_dialog->findChild<QListWidget *>("problems"); }
    QPushButton *blockButton() const { return m_dialog->findChild<QPushButton *>("blockButton"); }
    QPushButton *unblockButton() const
    {
        return m_dialog->findChild<QPushButton *>("unblockButton");
    }
    void paste(const QString &text);
    QStringList problemTexts() const;

    QTranslator m_english;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<BlockDialog> m_dialog;
};

void BlockDialogTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // English plural forms ("1 valid entry", "2 valid entries"), as the application loads.
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
}

void BlockDialogTest::init()
{
    // Nothing listens at this address: a request that got through fails, it never reaches a
    // firewall.
    m_client = std::make_unique<HelperClient>(QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/rampart-test-bus"), QStringLiteral("nowhere")));
    m_dialog = std::make_unique<BlockDialog>(m_client.get());
    m_dialog->show();
}

void BlockDialogTest::cleanup()
{
    m_dialog.reset();
    m_client.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("nowhere"));
}

void BlockDialogTest::paste(const QString &text)
{
    m_dialog->findChild<QPlainTextEdit *>("addresses")->setPlainText(text);
    // The preview follows the text after a short pause, off the GUI thread; until then
    // nothing can be sent.
    QVERIFY(!blockButton()->isEnabled());
}

QStringList BlockDialogTest::problemTexts() const
{
    QStringList texts;
    for (int row = 0; row < problems()->count(); ++row)
        texts << problems()->item(row)->text();
    return texts;
}

void BlockDialogTest::previewCountsAndNamesBadItems()
{
    QCOMPARE(summary()->text(), "Nothing to block yet.");
    QVERIFY(!blockButton()->isEnabled());

    paste("203.0.113.7, 999.1.1.1\n198.51.100.0/24 1.2.3.4/33");

    QTRY_COMPARE(summary()->text(), "2 valid entries, 2 invalid items left out:");
    QCOMPARE(m_dialog->entries(), QStringList({ "203.0.113.7", "198.51.100.0/24" }));
    QCOMPARE(problemTexts(),
             QStringList({ "Line 1, column 14: " + reasonFor("999.1.1.1"),
                           "Line 2, column 17: " + reasonFor("1.2.3.4/33") }));
    QVERIFY(problems()->isVisible());
    QVERIFY(blockButton()->isEnabled());
    QVERIFY(unblockButton()->isEnabled());

    // Clicking a problem selects the offending item in the text.
    problems()->itemClicked(problems()->item(1));
    QCOMPARE(m_dialog->findChild<QPlainTextEdit *>("addresses")->textCursor().selectedText(),
             "1.2.3.4/33");
}

void BlockDialogTest::preview_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("summary");

    QTest::newRow("one a line") << "203.0.113.7\n198.51.100.0/24\n2001:db8::/32\n"
                                << QStringList { "203.0.113.7", "198.51.100.0/24", "2001:db8::/32" }
                                << "3 valid entries";
    QTest::newRow("commas, semicolons, tabs")
        << "203.0.113.7,198.51.100.7;\t192.0.2.1"
        << QStringList { "203.0.113.7", "198.51.100.7", "192.0.2.1" } << "3 valid entries";
    QTest::newRow("duplicates, also as mapped IPv6")
        << "203.0.113.7\n203.0.113.7, ::ffff:203.0.113.7 2001:DB8::1 2001:db8::1"
        << QStringList { "203.0.113.7", "2001:db8::1" } << "2 valid entries, 3 duplicates ignored";
    QTest::newRow("comments as in blocklist files")
        << "# scanners seen tonight\n198.51.100.7 # port 22, 3 am\n#203.0.113.7"
        << QStringList { "198.51.100.7" } << "1 valid entry";
    QTest::newRow("only blanks") << " \n\t,,\n" << QStringList {} << "Nothing to block yet.";
}

void BlockDialogTest::preview()
{
    QFETCH(QString, text);
    QFETCH(QStringList, entries);
    QFETCH(QString, summary);

    // Something different first, so that every row sees its own preview arrive.
    paste("192.0.2.255 999.0.0.1");
    QTRY_COMPARE(this->summary()->text(), "1 valid entry, 1 invalid item left out:");
    paste(text);
    QTRY_COMPARE(this->summary()->text(), summary);
    QCOMPARE(m_dialog->entries(), entries);
    QCOMPARE(problems()->count(), 0);
    QCOMPARE(blockButton()->isEnabled(), !entries.isEmpty());
}

void BlockDialogTest::blockIsDisabledWithOnlyBadInput()
{
    paste("999.1.1.1 1.2.3.4/33 example.org");
    QTRY_COMPARE(problems()->count(), 3);
    QCOMPARE(summary()->text(), "0 valid entries, 3 invalid items left out:");
    QVERIFY(m_dialog->entries().isEmpty());
    QVERIFY(!blockButton()->isEnabled());
    QVERIFY(!unblockButton()->isEnabled());
}

void BlockDialogTest::refusedNetworksAreNamedWithTheParsersReason_data()
{
    QTest::addColumn<QString>("item");
    QTest::newRow("everything") << "0.0.0.0/0";
    QTest::newRow("everything IPv6") << "::/0";
    QTest::newRow("loopback") << "127.0.0.1";
    QTest::newRow("multicast") << "224.0.0.0/8";
}

void BlockDialogTest::refusedNetworksAreNamedWithTheParsersReason()
{
    QFETCH(QString, item);
    const QString reason = reasonFor(item);
    QVERIFY2(!reason.isEmpty(), "the parser no longer refuses this; pick another row");

    paste(item);
    QTRY_COMPARE(problemTexts(), QStringList { "Line 1, column 1: " + reason });
    QVERIFY(!blockButton()->isEnabled());
}

void BlockDialogTest::helperErrorIsShownAndNothingIsReported()
{
    QSignalSpy changed(m_dialog.get(), &BlockDialog::blocklistChanged);
    paste("203.0.113.7");
    QTRY_VERIFY(blockButton()->isEnabled());
    QTest::mouseClick(blockButton(), Qt::LeftButton);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>()) != nullptr);
    QCOMPARE(box->text(), "Nothing was blocked.");
    QVERIFY2(box->informativeText().contains("cannot be reached"),
             qPrintable(box->informativeText()));
    QCOMPARE(changed.size(), 0);
    // The dialog stays, with the text, so that the administrator can try again.
    QVERIFY(m_dialog->isVisible());
    QVERIFY(blockButton()->isEnabled());
    box->close();
}

QTEST_MAIN(BlockDialogTest)
#include "blockdialogtest.moc"
