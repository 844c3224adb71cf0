// The Block dialog as an administrator uses it: paste anything, ranges too, see at once what
// is valid, what is repeated, what a range becomes and what is wrong and where, and never
// send what the parser refuses; block for a duration of one's own; and what the helper
// refuses without force, ask about first.

#include "blockdialog.h"
#include "client/helperclient.h"
#include "commandsdialog.h"
#include "confirmdialog.h"
#include "confirmwithinfield.h"
#include "net/cidr.h"
#include "privatebus.h"
#include "rules/entryrules.h"

#include <QApplication>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QLabel>
#include <QLineEdit>
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

const QString helperBusName = QStringLiteral("blockdialogtest-helper");
const QString clientBusName = QStringLiteral("blockdialogtest-client");

// The helper's Block, which refuses a network wider than a /8 unless forced, as the real
// one does, and records every call.
class FakeHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.rampart.Helper1")

public:
    QList<bool> forced; // per call
    QList<uint> timeouts; // per call
    QStringList previews; // BlockCommands calls, "entries timeout comment"

    QList<uint> confirmWaits; // per call

public Q_SLOTS:
    uint Block(const QStringList &entries, uint timeoutSeconds, const QString &comment, bool force,
               uint confirmWithinSeconds, uint &updated, qlonglong &historyId)
    {
        confirmWaits << confirmWithinSeconds;
        historyId = 600 + confirmWaits.size();
        Q_UNUSED(comment);
        forced << force;
        timeouts << timeoutSeconds;
        updated = 0;
        for (const QString &entry : entries) {
            if (!force && parseCidr(entry).cidr->prefixLength() < 8) {
                sendErrorReply(QLatin1String(needsForceErrorName),
                               entry + QStringLiteral(" is wider than a /8"));
                return 0;
            }
            // What only the helper knows of: as if this machine's resolver.
            if (!force && entry == QLatin1String("192.0.2.53")) {
                sendErrorReply(QLatin1String(needsForceErrorName),
                               entry + QStringLiteral(" is a DNS server of this machine"));
                return 0;
            }
        }
        return uint(entries.size());
    }

    QString BlockCommands(const QStringList &entries, uint timeoutSeconds, const QString &comment)
    {
        previews << QStringLiteral("%1 %2 %3")
                        .arg(entries.join(u','), QString::number(timeoutSeconds), comment);
        return QStringLiteral("#!/bin/sh\nipset restore -exist <<'EOF'\nadd rampart-v4 %1\nEOF\n")
            .arg(entries.join(u' '));
    }

    // Answered after every call sent before it on the same connection.
    void Sync() { }
};

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
    void rangesShowTheNetworksTheyBecome();
    void invalidRangesAreNamed_data();
    void invalidRangesAreNamed();
    void customDurationIsCheckedAndSent();
    void entriesFillTheText();
    void refusedNetworksAreNamedWithTheParsersReason_data();
    void refusedNetworksAreNamedWithTheParsersReason();
    void helperErrorIsShownAndNothingIsReported();
    void showCommandsBlocksNothing();
    void wideBlockAsksBeforeForcing_data();
    void wideBlockAsksBeforeForcing();

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
    QStringList rangeTexts() const;
    // A dialog talking to the stand-in helper, on a machine of the test's own.
    void useStandInHelper();

    QTranslator m_english;
    PrivateBus m_bus;
    FakeHelper m_helper;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<BlockDialog> m_dialog;
};

void BlockDialogTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // English plural forms ("1 valid entry", "2 valid entries"), as the application loads.
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);

    // A bus of our own with a stand-in helper on it: the host's buses stay untouched.
    QString busError;
    QVERIFY2(m_bus.start(&busError), qPrintable(busError));
    QString serveError;
    QVERIFY2(m_bus.serveHelper(&m_helper, helperBusName, &serveError), qPrintable(serveError));
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
    QDBusConnection::disconnectFromBus(clientBusName);
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

QStringList BlockDialogTest::rangeTexts() const
{
    auto *ranges = m_dialog->findChild<QListWidget *>("ranges");
    QStringList texts;
    for (int row = 0; ranges && row < ranges->count(); ++row)
        texts << ranges->item(row)->text();
    return texts;
}

void BlockDialogTest::useStandInHelper()
{
    m_dialog.reset();
    m_client = std::make_unique<HelperClient>(
        QDBusConnection::connectToBus(m_bus.address(), clientBusName));
    m_dialog = std::make_unique<BlockDialog>(m_client.get());
    m_dialog->setLockoutNetworkSource([] {
        return ownSessionPeers(QStringLiteral("203.0.113.50 50000 192.0.2.1 22"), QString());
    });
    m_dialog->show();
    m_helper.forced.clear();
    m_helper.timeouts.clear();
    m_helper.confirmWaits.clear();
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

void BlockDialogTest::rangesShowTheNetworksTheyBecome()
{
    auto *ranges = m_dialog->findChild<QListWidget *>("ranges");
    QVERIFY(ranges);
    QVERIFY(!ranges->isVisible());

    paste("192.0.2.7\n203.0.113.0-203.0.113.255\n  198.51.100.10 - 198.51.100.20 # scanners");
    QTRY_COMPARE(summary()->text(), "6 valid entries");
    QCOMPARE(m_dialog->entries(),
             QStringList({ "192.0.2.7", "203.0.113.0/24", "198.51.100.10/31", "198.51.100.12/30",
                           "198.51.100.16/30", "198.51.100.20" }));
    QCOMPARE(rangeTexts(),
             QStringList({ "Line 2, column 1: 203.0.113.0-203.0.113.255 becomes 203.0.113.0/24",
                           "Line 3, column 3: 198.51.100.10 - 198.51.100.20 becomes "
                           "198.51.100.10/31, 198.51.100.12/30, 198.51.100.16/30, "
                           "198.51.100.20" }));
    QVERIFY(ranges->isVisible());
    QCOMPARE(problems()->count(), 0);
    QVERIFY(blockButton()->isEnabled());
    QVERIFY(unblockButton()->isEnabled());

    // Clicking a range selects it in the text.
    ranges->itemClicked(ranges->item(1));
    QCOMPARE(m_dialog->findChild<QPlainTextEdit *>("addresses")->textCursor().selectedText(),
             "198.51.100.10 - 198.51.100.20");

    paste("192.0.2.7");
    QTRY_COMPARE(summary()->text(), "1 valid entry");
    QVERIFY(!ranges->isVisible());
}

void BlockDialogTest::invalidRangesAreNamed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("reason");

    QTest::newRow("end before start") << "192.0.2.7\n198.51.100.9 - 198.51.100.1"
                                      << "Line 2, column 1: "
                                      << "is not a range: its first address comes after its last";
    QTest::newRow("mixed families") << "192.0.2.7, 198.51.100.1-2001:db8::1"
                                    << "Line 1, column 12: "
                                    << "is not a range: it joins an IPv4 and an IPv6 address";
    QTest::newRow("a network for an end") << "192.0.2.7 192.0.2.1-192.0.2.0/24"
                                          << "Line 1, column 11: "
                                          << "a range joins two addresses";
}

void BlockDialogTest::invalidRangesAreNamed()
{
    QFETCH(QString, text);
    QFETCH(QString, where);
    QFETCH(QString, reason);

    paste(text);
    QTRY_COMPARE(summary()->text(), "1 valid entry, 1 invalid item left out:");
    QCOMPARE(m_dialog->entries(), QStringList { "192.0.2.7" });
    const QStringList texts = problemTexts();
    QCOMPARE(texts.size(), 1);
    QVERIFY2(texts.first().startsWith(where) && texts.first().contains(reason),
             qPrintable(texts.first()));
    QVERIFY(rangeTexts().isEmpty());
}

// Show Commands asks the helper for the block's script, with the duration and comment
// chosen, shows it in the viewer, and blocks nothing; even a block that would need force
// has its commands shown without a question.
void BlockDialogTest::showCommandsBlocksNothing()
{
    useStandInHelper();
    QSignalSpy changed(m_dialog.get(), &BlockDialog::blocklistChanged);
    auto *showCommands = m_dialog->findChild<QPushButton *>("showCommandsButton");
    QVERIFY(showCommands);
    QVERIFY(!showCommands->isEnabled());
    paste("203.0.113.7\n44.0.0.0/7");
    QTRY_VERIFY(showCommands->isEnabled());
    m_dialog->findChild<QLineEdit *>("comment")->setText("scan");
    const int hour = m_dialog->findChild<QComboBox *>("duration")->findData(3600u);
    QVERIFY(hour >= 0);
    m_dialog->findChild<QComboBox *>("duration")->setCurrentIndex(hour);
    QTest::mouseClick(showCommands, Qt::LeftButton);
    CommandsDialog *viewer = nullptr;
    QTRY_VERIFY((viewer = m_dialog->findChild<CommandsDialog *>()));
    QTRY_COMPARE(viewer->script(),
                 "#!/bin/sh\nipset restore -exist <<'EOF'\nadd rampart-v4 203.0.113.7 "
                 "44.0.0.0/7\nEOF\n");
    QCOMPARE(m_helper.previews, QStringList { "203.0.113.7,44.0.0.0/7 3600 scan" });
    QVERIFY(m_helper.forced.isEmpty());
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_dialog->findChild<QMessageBox *>());
}

void BlockDialogTest::customDurationIsCheckedAndSent()
{
    useStandInHelper();
    QSignalSpy changed(m_dialog.get(), &BlockDialog::blocklistChanged);
    auto *duration = m_dialog->findChild<QComboBox *>("duration");
    auto *custom = m_dialog->findChild<QLineEdit *>("customDuration");
    auto *note = m_dialog->findChild<QLabel *>("customDurationNote");
    QVERIFY(duration && custom && note);
    QVERIFY(!custom->isVisible());

    paste("203.0.113.7");
    QTRY_VERIFY(blockButton()->isEnabled());
    const int customIndex = duration->findText("Custom…");
    QVERIFY(customIndex >= 0);
    duration->setCurrentIndex(customIndex);
    QVERIFY(custom->isVisible());
    QVERIFY(note->isVisible());
    // Nothing typed yet: nothing to block for.
    QVERIFY(!blockButton()->isEnabled());
    QVERIFY(unblockButton()->isEnabled()); // an unblock needs no duration
    QCOMPARE(note->text(), "Type how long to block, for example 90m, 12h, 3d or 2w.");

    QTest::keyClicks(custom, "90x");
    QVERIFY2(note->text().contains("is not a duration"), qPrintable(note->text()));
    QVERIFY(!blockButton()->isEnabled());

    custom->setText("4w"); // ipset times out after 24 days 20 hours at most
    QVERIFY2(note->text().contains("cannot time out a block after more than 3 weeks 3 days"),
             qPrintable(note->text()));
    QVERIFY(!blockButton()->isEnabled());

    custom->setText("90m");
    QCOMPARE(note->text(), "Blocks for 1 hour 30 minutes.");
    QVERIFY(blockButton()->isEnabled());

    // A fixed choice again hides the field and blocks for that.
    duration->setCurrentIndex(0);
    QVERIFY(!custom->isVisible());
    QVERIFY(blockButton()->isEnabled());
    duration->setCurrentIndex(customIndex);
    QCOMPARE(custom->text(), "90m");

    QTest::mouseClick(blockButton(), Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(m_helper.timeouts, QList<uint> { 5400 });
    QCOMPARE(changed.first().first().toString(), "Blocked 1 entry for 1 hour 30 minutes.");
    // A block nobody was asked about waits for no confirmation.
    QCOMPARE(m_helper.confirmWaits, QList<uint> { 0 });
}

void BlockDialogTest::entriesFillTheText()
{
    m_dialog->setEntries({ "203.0.113.7", "2001:db8::/32" });
    QCOMPARE(m_dialog->findChild<QPlainTextEdit *>("addresses")->toPlainText(),
             "203.0.113.7\n2001:db8::/32\n");
    QTRY_COMPARE(m_dialog->entries(), QStringList({ "203.0.113.7", "2001:db8::/32" }));
    m_dialog->setEntries({});
    QCOMPARE(m_dialog->findChild<QPlainTextEdit *>("addresses")->toPlainText(), QString());
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

void BlockDialogTest::wideBlockAsksBeforeForcing_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("anyway");
    // Whether the dialog asks before anything is sent (its own guard), or after the
    // helper refused (what only the helper knows).
    QTest::addColumn<bool>("asksFirst");
    QTest::addColumn<QString>("why");

    QTest::newRow("wide: Cancel") << "10.0.0.0/7" << false << true
                                  << "• 10.0.0.0/7 is wider than a /8";
    QTest::newRow("wide: Block Anyway")
        << "10.0.0.0/7" << true << true << "• 10.0.0.0/7 is wider than a /8";
    QTest::newRow("own session: Block Anyway")
        << "203.0.113.50" << true << true << "• 203.0.113.50 is where your SSH session comes from";
    QTest::newRow("helper's: Cancel") << "192.0.2.53" << false << false
                                      << "Nothing was blocked: 192.0.2.53 is a DNS server of this "
                                         "machine.";
    QTest::newRow("helper's: Block Anyway") << "192.0.2.53" << true << false
                                            << "Nothing was blocked: 192.0.2.53 is a DNS server "
                                               "of this machine.";
}

void BlockDialogTest::wideBlockAsksBeforeForcing()
{
    QFETCH(QString, entry);
    QFETCH(bool, anyway);
    QFETCH(bool, asksFirst);
    QFETCH(QString, why);
    useStandInHelper();
    QSignalSpy changed(m_dialog.get(), &BlockDialog::blocklistChanged);
    const QList<bool> sentFirst = asksFirst ? QList<bool>() : QList<bool> { false };

    paste(entry);
    QTRY_VERIFY(blockButton()->isEnabled());
    QTest::mouseClick(blockButton(), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>("forceBlockQuestion")) != nullptr);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(m_helper.forced, sentFirst);
    QCOMPARE(box->text(), "Block even so?");
    QCOMPARE(box->informativeText(), why);
    QCOMPARE(box->defaultButton()->text(), "Cancel");
    QAbstractButton *button = nullptr;
    for (QAbstractButton *candidate : box->buttons()) {
        if (candidate->text() == (anyway ? "&Block Anyway" : "Cancel"))
            button = candidate;
    }
    QVERIFY(button);
    button->click();
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>("forceBlockQuestion"));

    if (!anyway) {
        // Calls arrive in order: a block sent on Cancel would be in before this answer.
        const QDBusPendingCall sync =
            QDBusConnection(clientBusName)
                .asyncCall(QDBusMessage::createMethodCall(
                    "org.rampart.Helper", "/org/rampart/Helper", "org.rampart.Helper1", "Sync"));
        QTRY_VERIFY(sync.isFinished());
        QCOMPARE(m_helper.forced, sentFirst);
        QCOMPARE(changed.size(), 0);
        // Still there, to change the text or try again.
        QVERIFY(m_dialog->isVisible());
        QVERIFY(blockButton()->isEnabled());
        return;
    }
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(m_helper.forced, sentFirst + QList<bool> { true });
    QCOMPARE(changed.first().first().toString(), "Blocked 1 entry for 1 day.");
    QVERIFY(!m_dialog->isVisible());
    // Going on past the question makes the block roll back unless kept, with a countdown.
    QCOMPARE(m_helper.confirmWaits.last(), uint(ConfirmWithinField::defaultSeconds));
    ConfirmDialog *countdown = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *candidate = qobject_cast<ConfirmDialog *>(widget))
            countdown = candidate;
    }
    QVERIFY(countdown);
    QVERIFY(countdown->isVisible());
    QCOMPARE(countdown->historyId(), 600 + m_helper.confirmWaits.size());
    delete countdown;
}

QTEST_MAIN(BlockDialogTest)
#include "blockdialogtest.moc"
