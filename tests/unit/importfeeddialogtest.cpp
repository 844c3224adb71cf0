// The Import Feed dialog as an administrator uses it: point it at a list, preview what it
// holds (counts, the bad lines with their numbers, the ranges it should not block, the
// format it found), and never apply what cannot be used or a name the helper would refuse.
// Mostly no helper is reachable: a preview needs none, and Apply must say so when it does.
// A stand-in helper on a bus of the test's own lists a feed with its token, for the edit
// of a feed listed without it.

#include "importfeeddialog.h"
#include "client/helperclient.h"
#include "commandsdialog.h"
#include "feeds/feedlocation.h"
#include "feeds/feedparser.h"
#include "geo/geosettings.h"
#include "loopbackhttpserver.h"
#include "privatebus.h"
#include "rules/requestrules.h"
#include "standinfeeds.h"
#include "testmmdb.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Rampart;

namespace {

const QString busName = QStringLiteral("importfeeddialogtest-nowhere");

// 5 valid items (one repeated, one private network) and 3 bad lines, with comments.
const char mixedFeed[] = "# Test blocklist\n" // 1
                         "1.10.16.0/20\n" // 2
                         "5.188.10.0/23\n" // 3
                         "not-an-address\n" // 4
                         "45.9.148.7\n" // 5
                         "\n" // 6
                         "45.9.148.7\n" // 7: duplicate
                         "10.0.0.300\n" // 8
                         "192.168.0.0/16\n" // 9: private
                         "1.2.3.4/33\n"; // 10

const char webPage[] = "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                       "<body><h1>Not Found</h1><p>The list has moved.</p></body></html>\n";

const QString helperBusName = QStringLiteral("importfeeddialogtest-helper");
const QString clientBusName = QStringLiteral("importfeeddialogtest-client");

// The helper's feed methods the dialog calls, recording what it is asked; an existing
// feed saved again is not new.
class FakeHelper : public StandInFeeds
{
    Q_OBJECT

public:
    FakeHelper() { addFeedCreates = false; }
};

} // namespace

class ImportFeedDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewCountsListsBadLinesAndWarns();
    void webPageIsFatalAndCannotBeApplied();
    void showCommandsOfThePreviewedList();
    void feedNames_data();
    void feedNames();
    void invalidNameDisablesApply();
    void existingNameIsRefused();
    void nameFollowsTheLocation();
    void changedSettingsNeedAnotherPreview();
    void applyWithoutHelperSaysSoAndStays();
    void editKeepsTheNameAndNeedsNoPreview();
    void countryPreviewsAndAsksBeforeCuttingOff();
    void countryMayHoldBroadNetworks();
    void countryMissingFromTheDatabaseIsFatal();
    void plainHttpNeedsConsent_data();
    void plainHttpNeedsConsent();
    void newFeedOverPlainHttp();
    void broadNetworksAreNamed_data();
    void broadNetworksAreNamed();
    void editingAFeedListedWithoutItsToken();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    void preview();
    QLabel *label(const char *name) const { return m_dialog->findChild<QLabel *>(name); }
    QPushButton *button(const char *name) const { return m_dialog->findChild<QPushButton *>(name); }
    QCheckBox *checkBox(const char *name) const { return m_dialog->findChild<QCheckBox *>(name); }
    QComboBox *combo(const char *name) const { return m_dialog->findChild<QComboBox *>(name); }
    QLineEdit *nameEdit() const { return m_dialog->findChild<QLineEdit *>("name"); }
    bool shown(const char *name) const
    {
        const auto *widget = m_dialog->findChild<QWidget *>(name);
        return widget && widget->isVisibleTo(m_dialog.get());
    }

    // A database of the test's own, chosen in the (throwaway) settings: New Zealand holds
    // two networks, one of them around the administrator's SSH peer.
    void chooseCountryDatabase();

    QTranslator m_english;
    QTemporaryDir m_files;
    LoopbackHttpServer m_server;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<ImportFeedDialog> m_dialog;
};

void ImportFeedDialogTest::initTestCase()
{
    // Recent locations go to a throwaway settings file, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
    QVERIFY(m_files.isValid());
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    m_server.setResponse("/list.txt", { 200, {}, {}, mixedFeed });
}

void ImportFeedDialogTest::init()
{
    // Nothing listens at this address: a request that got through fails, it never reaches a
    // firewall.
    m_client = std::make_unique<HelperClient>(QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/rampart-test-bus"), busName));
    m_dialog = std::make_unique<ImportFeedDialog>(m_client.get());
    m_dialog->show();
}

void ImportFeedDialogTest::cleanup()
{
    m_dialog.reset();
    m_client.reset();
    QDBusConnection::disconnectFromBus(busName);
}

QString ImportFeedDialogTest::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void ImportFeedDialogTest::preview()
{
    QVERIFY(button("previewButton")->isEnabled());
    QTest::mouseClick(button("previewButton"), Qt::LeftButton);
    // Off the GUI thread: the dialog answers while it reads.
    QVERIFY(shown("progress"));
    QVERIFY(!button("applyButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!shown("progress"), 10000);
}

// Show Commands needs the list previewed, as Apply does, and asks the helper for the
// script of that list; here no helper answers, and the viewer says so in its place.
void ImportFeedDialogTest::showCommandsOfThePreviewedList()
{
    QSignalSpy changed(m_dialog.get(), &ImportFeedDialog::feedsChanged);
    m_dialog->setLocation(writeFile("mixed.txt", mixedFeed));
    QVERIFY(!button("showCommandsButton")->isEnabled());
    preview();
    QVERIFY(button("showCommandsButton")->isEnabled());
    QTest::mouseClick(button("showCommandsButton"), Qt::LeftButton);
    CommandsDialog *viewer = nullptr;
    QTRY_VERIFY((viewer = m_dialog->findChild<CommandsDialog *>()));
    QVERIFY2(viewer->windowTitle().contains("mixed"), qPrintable(viewer->windowTitle()));
    QTRY_VERIFY2(viewer->status().startsWith("The commands could not be shown: "),
                 qPrintable(viewer->status()));
    QVERIFY(viewer->script().isEmpty());
    QCOMPARE(changed.size(), 0);
    // Another location: its list is not the one previewed.
    m_dialog->setLocation(writeFile("other.txt", mixedFeed));
    QVERIFY(!button("showCommandsButton")->isEnabled());
}

void ImportFeedDialogTest::previewCountsListsBadLinesAndWarns()
{
    const QString path = writeFile("mixed.txt", mixedFeed);
    m_dialog->setLocation(path);
    QCOMPARE(nameEdit()->text(), "mixed");
    QVERIFY(!button("applyButton")->isEnabled()); // nothing previewed yet
    preview();

    QCOMPARE(label("validCount")->text(), "5");
    QCOMPARE(label("invalidCount")->text(), "3");
    QCOMPARE(label("duplicateCount")->text(), "1");
    QCOMPARE(label("networkCount")->text(), "4");
    QCOMPARE(label("addressCount")->text(), QLocale().toString(4096 + 512 + 1 + 65536));
    // No helper, so no allowlist: said, not hidden.
    QCOMPARE(label("allowlistedCount")->text(), "not checked");
    QVERIFY(shown("allowlistNote"));
    QVERIFY2(label("allowlistNote")->text().contains("does not take it into account"),
             qPrintable(label("allowlistNote")->text()));

    // The bad lines, with their numbers and the parser's reasons.
    auto *table = m_dialog->findChild<QTableView *>("invalidLines");
    QVERIFY(shown("invalidLines"));
    QAbstractItemModel *lines = table->model();
    QCOMPARE(lines->rowCount(), 3);
    QStringList numbers;
    for (int row = 0; row < lines->rowCount(); ++row) {
        numbers << lines->index(row, 0).data().toString();
        QVERIFY(!lines->index(row, 2).data().toString().isEmpty());
    }
    QCOMPARE(numbers, QStringList({ "4", "8", "10" }));
    QVERIFY(lines->index(0, 1).data().toString().contains("not-an-address"));
    QVERIFY(lines->index(2, 1).data().toString().contains("1.2.3.4/33"));

    // The private network is named, with how much of it the list covers.
    QVERIFY(shown("bogonBar"));
    QVERIFY2(label("bogons")->text().contains(
                 "Covers 65,536 addresses of 192.168.0.0/16 (private network (RFC 1918))"),
             qPrintable(label("bogons")->text()));
    QVERIFY(!shown("fatalBar"));

    // What was detected, where the choice is made.
    QCOMPARE(combo("format")->currentIndex(), 0);
    QCOMPARE(combo("format")->currentText(),
             "Detect automatically (detected: " + feedFormatDescription(FeedFormat::Lines) + ")");

    QVERIFY(button("applyButton")->isEnabled());
    QCOMPARE(m_dialog->settings().location, path);
    QCOMPARE(m_dialog->settings().format, "auto");
}

void ImportFeedDialogTest::webPageIsFatalAndCannotBeApplied()
{
    m_dialog->setLocation(writeFile("blocklist.txt", webPage));
    preview();

    QVERIFY(shown("fatalBar"));
    QVERIFY2(label("fatalError")->text().contains("web page"),
             qPrintable(label("fatalError")->text()));
    QVERIFY(label("fatalTitle")->text().contains("Nothing was changed"));
    QVERIFY(!shown("validCount"));
    QVERIFY(!shown("bogonBar"));
    QVERIFY(!button("applyButton")->isEnabled());
    // The name is fine: it is the feed that cannot be used.
    QVERIFY(!shown("nameProblem"));
}

void ImportFeedDialogTest::feedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << "spamhaus-drop" << true;
    QTest::newRow("dots, digits, underscore") << "firehol_level1.v4" << true;
    QTest::newRow("starts with a digit") << "1st" << true;
    QTest::newRow("32 characters") << QString(32, u'a') << true;
    QTest::newRow("33 characters") << QString(33, u'a') << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("upper case") << "Drop" << false;
    QTest::newRow("space") << "my feed" << false;
    QTest::newRow("starts with a dash") << "-drop" << false;
    QTest::newRow("starts with a dot") << ".drop" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("non-ASCII") << "flüchtig" << false;
}

void ImportFeedDialogTest::feedNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isFeedName(name), valid);

    // The dialog holds a name to the helper's rule, and says why in the helper's words.
    m_dialog->setLocation("https://lists.example.org/drop.txt");
    nameEdit()->setText(name);
    const QString kept = nameEdit()->text();
    // No more characters than the helper takes.
    QCOMPARE(kept, name.left(maxFeedNameLength));
    const QString problem = kept.isEmpty() ? "Give the feed a name." : feedNameRefusal(kept);
    QCOMPARE(shown("nameProblem"), !problem.isEmpty());
    QCOMPARE(label("nameProblem")->text(), problem);
    if (!problem.isEmpty())
        QVERIFY(!button("applyButton")->isEnabled());
}

void ImportFeedDialogTest::invalidNameDisablesApply()
{
    m_dialog->setLocation(writeFile("mixed.txt", mixedFeed));
    preview();
    QVERIFY(button("applyButton")->isEnabled());
    QVERIFY(!shown("nameProblem"));

    nameEdit()->clear();
    QTest::keyClicks(nameEdit(), "My Feed");
    QVERIFY(!button("applyButton")->isEnabled());
    QVERIFY(shown("nameProblem"));
    QVERIFY2(label("nameProblem")->text().contains("lower-case letters"),
             qPrintable(label("nameProblem")->text()));

    nameEdit()->clear();
    QVERIFY(!button("applyButton")->isEnabled());
    QCOMPARE(label("nameProblem")->text(), "Give the feed a name.");

    QTest::keyClicks(nameEdit(), "my-feed");
    QVERIFY(button("applyButton")->isEnabled());
    QVERIFY(!shown("nameProblem"));
    // A name typed by hand stays when the location changes.
    m_dialog->setLocation(m_files.filePath("other.txt"));
    QCOMPARE(nameEdit()->text(), "my-feed");
}

void ImportFeedDialogTest::existingNameIsRefused()
{
    m_dialog->setExistingNames({ "mixed", "drop" });
    m_dialog->setLocation(writeFile("mixed.txt", mixedFeed));
    preview();
    QVERIFY(!button("applyButton")->isEnabled());
    QVERIFY(shown("nameProblem"));
    QVERIFY2(label("nameProblem")->text().contains("A feed named mixed exists already"),
             qPrintable(label("nameProblem")->text()));
    nameEdit()->setText("mixed2");
    QVERIFY(button("applyButton")->isEnabled());
}

void ImportFeedDialogTest::nameFollowsTheLocation()
{
    m_dialog->setLocation("https://www.spamhaus.org/drop/drop.txt");
    QCOMPARE(nameEdit()->text(), suggestedFeedName("https://www.spamhaus.org/drop/drop.txt"));
    m_dialog->setLocation("file://" + m_files.filePath("level1.netset"));
    QCOMPARE(nameEdit()->text(), "level1");
    QCOMPARE(m_dialog->settings().location, m_files.filePath("level1.netset"));
    // An empty dialog does not complain.
    m_dialog->setLocation("");
    QVERIFY(!shown("nameProblem"));
}

void ImportFeedDialogTest::changedSettingsNeedAnotherPreview()
{
    m_dialog->setLocation(writeFile("mixed.txt", mixedFeed));
    preview();
    QVERIFY(button("applyButton")->isEnabled());

    // Another format: what was previewed is not what Apply would load.
    combo("format")->setCurrentIndex(combo("format")->findData("ranges"));
    QVERIFY(!button("applyButton")->isEnabled());
    QVERIFY(!m_dialog->findChild<QWidget *>("previewBox")->isEnabled());
    combo("format")->setCurrentIndex(0);
    QVERIFY(button("applyButton")->isEnabled());

    // The refresh interval is not read from the list: no new preview needed.
    combo("refresh")->setCurrentIndex(0);
    QVERIFY(button("applyButton")->isEnabled());
    QCOMPARE(m_dialog->settings().refreshSeconds, 0u);
}

void ImportFeedDialogTest::applyWithoutHelperSaysSoAndStays()
{
    QSignalSpy changed(m_dialog.get(), &ImportFeedDialog::feedsChanged);
    QSignalSpy started(m_dialog.get(), &ImportFeedDialog::applyStarted);
    m_dialog->setLocation(writeFile("mixed.txt", mixedFeed));
    preview();
    QTest::mouseClick(button("applyButton"), Qt::LeftButton);

    QTRY_VERIFY(shown("fatalBar"));
    QCOMPARE(label("fatalTitle")->text(), "The feed was not saved.");
    QVERIFY2(label("fatalError")->text().contains("cannot be reached"),
             qPrintable(label("fatalError")->text()));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(started.size(), 0);
    // Still there, ready to try again.
    QVERIFY(m_dialog->isVisible());
    QVERIFY(button("applyButton")->isEnabled());
    QVERIFY(!nameEdit()->isReadOnly());
}

void ImportFeedDialogTest::editKeepsTheNameAndNeedsNoPreview()
{
    FeedInfo feed;
    feed.name = "drop";
    feed.location = "https://www.spamhaus.org/drop/drop.txt";
    feed.format = "csv:3";
    feed.refreshSeconds = 12 * 3600;
    feed.maxShrinkPercent = 20;
    feed.checksumUrl = "https://www.spamhaus.org/drop/drop.txt.sha256";
    m_dialog->setExistingNames({ "drop" });
    m_dialog->setFeed(feed);

    QVERIFY(nameEdit()->isReadOnly());
    QCOMPARE(nameEdit()->text(), "drop");
    QCOMPARE(combo("format")->currentData().toString(), "csv");
    QVERIFY(shown("csvColumn"));
    QCOMPARE(combo("refresh")->currentText(), "Every 12 hours");
    // Nothing that Apply would download changed: saving the settings needs no preview.
    QVERIFY(button("applyButton")->isEnabled());
    QVERIFY(!shown("nameProblem"));

    const FeedInfo settings = m_dialog->settings();
    QCOMPARE(settings.format, "csv:3");
    QCOMPARE(settings.refreshSeconds, 12u * 3600);
    // What the dialog does not show is kept.
    QCOMPARE(settings.maxShrinkPercent, 20u);
    QCOMPARE(settings.checksumUrl, feed.checksumUrl);

    m_dialog->setLocation("https://www.spamhaus.org/drop/edrop.txt");
    QCOMPARE(nameEdit()->text(), "drop");
    QVERIFY(!button("applyButton")->isEnabled());
}

void ImportFeedDialogTest::chooseCountryDatabase()
{
    const QString path = m_files.filePath("countries.mmdb");
    if (!QFile::exists(path)) {
        QString error;
        QVERIFY2(TestMmdb::write(path, R"([
            ["203.0.113.0/24", {"country_code": "NZ"}],
            ["2001:db8::/32", {"country": {"iso_code": "NZ"}}],
            ["198.51.100.0/24", {"country_code": "AU"}],
            ["20.0.0.0/7", {"country_code": "US"}]])",
                                 &error)
                     > 0,
                 qPrintable(error));
    }
    GeoSettings settings;
    settings.database = path;
    settings.save();
    QCOMPARE(GeoSettings::load().database, path);
}

void ImportFeedDialogTest::countryPreviewsAndAsksBeforeCuttingOff()
{
    chooseCountryDatabase();
    m_dialog->setLockoutNetworkSource([] {
        return ownSessionPeers(QStringLiteral("203.0.113.9 50000 192.0.2.1 22"), QString());
    });
    // Who is connected now: one address inside New Zealand's networks, one outside.
    m_dialog->setConnectionsSource([] {
        ConnectionGroup inside;
        inside.remote = *parseCidr(u"203.0.113.77").cidr;
        inside.addresses = 1;
        inside.connections = 3;
        ConnectionGroup outside = inside;
        outside.remote = *parseCidr(u"198.51.100.7").cidr;
        return QList<ConnectionGroup> { inside, outside };
    });
    QSignalSpy started(m_dialog.get(), &ImportFeedDialog::applyStarted);
    m_dialog->setLocation(" country:nz ");
    QCOMPARE(nameEdit()->text(), "country-nz");
    // The networks come from the database: no format to choose.
    QVERIFY(!combo("format")->isEnabled());
    QCOMPARE(combo("format")->currentText(),
             "The networks of New Zealand in the geolocation database");
    preview();

    QVERIFY(!shown("fatalBar"));
    QCOMPARE(label("validCount")->text(), "2");
    QCOMPARE(label("invalidCount")->text(), "0");
    QCOMPARE(label("networkCount")->text(), "2");
    QCOMPARE(m_dialog->settings().location, "country:NZ");
    QCOMPARE(m_dialog->settings().format, "country");
    QVERIFY(shown("protectedBar"));
    const QString warning = label("protectedWarnings")->text();
    QVERIFY2(warning.contains("Covers 203.0.113.9, where your SSH session comes from"),
             qPrintable(warning));
    QVERIFY(shown("connectedBar"));
    QCOMPARE(label("connected")->text(),
             "Connected now from within the list: 1 connected address, "
             "3 connections. Loading it cuts them off.");

    // Apply asks first; Cancel, the default, leaves everything as it was.
    QVERIFY(button("applyButton")->isEnabled());
    QTest::mouseClick(button("applyButton"), Qt::LeftButton);
    auto *question = m_dialog->findChild<QMessageBox *>("protectedQuestion");
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->informativeText().contains("203.0.113.9"));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    question->defaultButton()->click();
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>("protectedQuestion"));
    QVERIFY(!shown("fatalBar"));
    QVERIFY(!shown("progress"));

    // Load Without Those Ranges comes first; it allowlists them, which fails here for want
    // of a helper, and nothing is loaded.
    QTest::mouseClick(button("applyButton"), Qt::LeftButton);
    question = m_dialog->findChild<QMessageBox *>("protectedQuestion");
    QVERIFY(question);
    auto *without = question->findChild<QPushButton *>("loadWithout");
    QVERIFY(without);
    QCOMPARE(question->buttons().first(), without);
    QCOMPARE(question->buttonRole(without), QMessageBox::AcceptRole);
    without->click();
    QTRY_VERIFY(shown("fatalBar"));
    QCOMPARE(label("fatalTitle")->text(),
             "Nothing was loaded: the ranges could not be put on the allowlist.");
    QCOMPARE(started.size(), 0);

    // Load Anyway goes on to save the feed, which fails here for want of a helper.
    QTest::mouseClick(button("applyButton"), Qt::LeftButton);
    question = m_dialog->findChild<QMessageBox *>("protectedQuestion");
    QVERIFY(question);
    auto *load = question->findChild<QPushButton *>("loadAnyway");
    QVERIFY(load);
    // Off by default; going on past the question makes the load roll back unless kept.
    auto *confirmWithin = m_dialog->findChild<QCheckBox *>("confirmWithin");
    QVERIFY(confirmWithin);
    QVERIFY(!confirmWithin->isChecked());
    load->click();
    QTRY_VERIFY(confirmWithin->isChecked());
    QTRY_VERIFY(shown("fatalBar"));
    QCOMPARE(label("fatalTitle")->text(), "The feed was not saved.");
    QCOMPARE(started.size(), 0);
}

void ImportFeedDialogTest::countryMayHoldBroadNetworks()
{
    // The helper takes a country's wide networks as they are (allowsBroadNetworks): the
    // preview neither warns about them nor holds Apply back.
    chooseCountryDatabase();
    m_dialog->setLocation("country:US");
    preview();
    QVERIFY(!shown("fatalBar"));
    QCOMPARE(label("networkCount")->text(), "1");
    QVERIFY(!shown("broadBar"));
    QVERIFY(!m_dialog->findChild<QCheckBox *>("allowBroad")->isEnabled());
    QVERIFY(button("applyButton")->isEnabled());
}

void ImportFeedDialogTest::countryMissingFromTheDatabaseIsFatal()
{
    chooseCountryDatabase();
    m_dialog->setLocation("country:FR");
    preview();
    QVERIFY(shown("fatalBar"));
    QVERIFY2(label("fatalError")->text().contains("places no network in FR"),
             qPrintable(label("fatalError")->text()));
    QVERIFY(!button("applyButton")->isEnabled());
    QVERIFY(!shown("protectedBar"));
}

void ImportFeedDialogTest::plainHttpNeedsConsent_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("checksumUrl");
    QTest::addColumn<bool>("insecure"); // as the feed was saved
    // Empty: nothing to consent to.
    QTest::addColumn<QString>("plainUrl");

    const QString http = "http://lists.example.org/drop.txt";
    const QString https = "https://lists.example.org/drop.txt";
    QTest::newRow("https") << https << "" << false << "";
    QTest::newRow("plain http") << http << "" << false << http;
    QTest::newRow("plain http, consented before") << http << "" << true << http;
    QTest::newRow("plain http with an https checksum") << http << https + ".sha256" << false << "";
    QTest::newRow("checksum over plain http")
        << https << http + ".sha256" << false << http + ".sha256";
}

void ImportFeedDialogTest::plainHttpNeedsConsent()
{
    QFETCH(QString, location);
    QFETCH(QString, checksumUrl);
    QFETCH(bool, insecure);
    QFETCH(QString, plainUrl);

    // An edit that changes no location saves without a preview: only consent stands
    // between it and Apply.
    FeedInfo feed;
    feed.name = "drop";
    feed.location = location;
    feed.format = "auto";
    feed.refreshSeconds = 86400;
    feed.checksumUrl = checksumUrl;
    feed.insecure = insecure;
    m_dialog->setFeed(feed);

    QCOMPARE(shown("securityBar"), !plainUrl.isEmpty());
    QCOMPARE(shown("insecure"), !plainUrl.isEmpty());
    if (plainUrl.isEmpty()) {
        QVERIFY(button("applyButton")->isEnabled());
        QVERIFY(!m_dialog->settings().insecure);
        return;
    }
    const QString why = label("securityProblem")->text();
    QVERIFY2(why.startsWith("\"" + plainUrl + "\" comes over plain http"), qPrintable(why));
    QCOMPARE(checkBox("insecure")->text(), "Fetch over plain HTTP anyway (&insecure)");
    QCOMPARE(checkBox("insecure")->isChecked(), insecure);
    QCOMPARE(button("applyButton")->isEnabled(), insecure);

    checkBox("insecure")->setChecked(true);
    QVERIFY(button("applyButton")->isEnabled());
    QVERIFY(m_dialog->settings().insecure);
    // The risk stays in sight.
    QVERIFY(shown("securityBar"));
    checkBox("insecure")->setChecked(false);
    QVERIFY(!button("applyButton")->isEnabled());
    QVERIFY(!m_dialog->settings().insecure);
}

void ImportFeedDialogTest::newFeedOverPlainHttp()
{
    m_dialog->setLocation("http://lists.example.org/drop.txt");
    QVERIFY(shown("securityBar"));
    QVERIFY(!checkBox("insecure")->isChecked());
    QVERIFY(!button("applyButton")->isEnabled());
    QCOMPARE(button("applyButton")->toolTip(), "Use https, or allow fetching over plain HTTP.");
    checkBox("insecure")->setChecked(true);
    QVERIFY(m_dialog->settings().insecure);
    // Still a preview first.
    QVERIFY(!button("applyButton")->isEnabled());

    // Over https the question does not arise, and the feed is not recorded as insecure.
    m_dialog->setLocation("https://lists.example.org/drop.txt");
    QVERIFY(!shown("securityBar"));
    QVERIFY(!m_dialog->settings().insecure);
    // Nor to a mirror on this machine: nobody is on the path.
    m_dialog->setLocation(m_server.url("/list.txt").toString());
    QVERIFY(m_dialog->settings().location.startsWith("http://127.0.0.1:"));
    QVERIFY(!shown("securityBar"));
    preview();
    QCOMPARE(label("validCount")->text(), "5");
    QVERIFY(button("applyButton")->isEnabled());
    QVERIFY(!m_dialog->settings().insecure);
}

void ImportFeedDialogTest::broadNetworksAreNamed_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QString>("broad"); // empty: none

    QTest::newRow("a /7") << QByteArray("64.0.0.0/7\n1.10.16.0/20\n") << "64.0.0.0/7";
    QTest::newRow("two /8 side by side")
        << QByteArray("64.0.0.0/8\n65.0.0.0/8\n1.10.16.0/20\n") << "64.0.0.0/7";
    QTest::newRow("an IPv6 /15") << QByteArray("2400::/15\n1.10.16.0/20\n") << "2400::/15";
    QTest::newRow("a /8 is not") << QByteArray("64.0.0.0/8\n1.10.16.0/20\n") << "";
    // Multicast and reserved space: no source on the Internet uses it.
    QTest::newRow("FireHOL's 224.0.0.0/3") << QByteArray("224.0.0.0/3\n1.10.16.0/20\n") << "";
}

void ImportFeedDialogTest::broadNetworksAreNamed()
{
    QFETCH(QByteArray, list);
    QFETCH(QString, broad);

    m_dialog->setLocation(writeFile("broad.txt", list));
    QVERIFY(!checkBox("allowBroad")->isChecked());
    QCOMPARE(checkBox("allowBroad")->text(), "Allow networks wider than /8 (IPv6 /16)");
    preview();
    QVERIFY(!shown("fatalBar"));
    QCOMPARE(shown("broadBar"), !broad.isEmpty());
    QCOMPARE(button("applyButton")->isEnabled(), broad.isEmpty());
    if (broad.isEmpty())
        return;
    QCOMPARE(label("broadNetworks")->text(),
             "The list holds 1 network wider than /8 (IPv6 /16), counting adjacent items as "
             "one: "
                 + broad
                 + ". The helper refuses such a list unless the feed allows networks that wide.");

    checkBox("allowBroad")->setChecked(true);
    QVERIFY(!shown("broadBar"));
    QVERIFY(button("applyButton")->isEnabled());
    QVERIFY(m_dialog->settings().allowBroad);
    checkBox("allowBroad")->setChecked(false);
    QVERIFY(shown("broadBar"));
    QVERIFY(!button("applyButton")->isEnabled());
}

void ImportFeedDialogTest::editingAFeedListedWithoutItsToken()
{
    registerHelperTypes();
    PrivateBus bus;
    QString busError;
    QVERIFY2(bus.start(&busError), qPrintable(busError));
    FakeHelper helper;
    FeedInfo whole;
    whole.name = "keyed";
    whole.location = m_server.url("/list.txt?token=s3cret").toString();
    whole.format = "auto";
    whole.refreshSeconds = 86400;
    helper.wholeFeeds = { whole };
    FeedInfo shownFeed = whole;
    shownFeed.location = redactedLocation(whole.location);
    QVERIFY(shownFeed.location.contains("***"));
    {
        QString serveError;
        QVERIFY2(bus.serveHelper(&helper, helperBusName, &serveError), qPrintable(serveError));
        HelperClient client(QDBusConnection::connectToBus(bus.address(), clientBusName));

        // Saving a changed interval writes the token back, not "***".
        ImportFeedDialog dialog(&client);
        dialog.setFeed(shownFeed);
        dialog.show();
        QSignalSpy changed(&dialog, &ImportFeedDialog::feedsChanged);
        auto *refresh = dialog.findChild<QComboBox *>("refresh");
        refresh->setCurrentIndex(refresh->findData(6u * 3600));
        auto *apply = dialog.findChild<QPushButton *>("applyButton");
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(helper.feedsAsked, QList<bool> { true });
        QCOMPARE(helper.saved.size(), 1);
        QCOMPARE(helper.saved.first().location, whole.location);
        QCOMPARE(helper.saved.first().refreshSeconds, 6u * 3600);

        // A preview fetches the list with the token.
        ImportFeedDialog again(&client);
        again.setFeed(shownFeed);
        again.show();
        helper.feedsAsked.clear();
        m_server.clearRequests();
        again.preview();
        QTRY_VERIFY_WITH_TIMEOUT(again.findChild<QLabel *>("validCount")->isVisibleTo(&again),
                                 10000);
        QCOMPARE(again.findChild<QLabel *>("validCount")->text(), "5");
        QCOMPARE(helper.feedsAsked, QList<bool> { true });
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().target, "/list.txt?token=s3cret");
        // The location shown stays as listed, and the preview counts as one of it.
        QCOMPARE(again.findChild<QComboBox *>("location")->currentText(), shownFeed.location);
        QCOMPARE(again.settings().location, whole.location);

        // A location typed anew is the administrator's own: nothing to read.
        ImportFeedDialog retyped(&client);
        retyped.setFeed(shownFeed);
        retyped.show();
        helper.feedsAsked.clear();
        m_server.clearRequests();
        retyped.setLocation(m_server.url("/list.txt?token=n3w").toString());
        retyped.preview();
        QTRY_VERIFY_WITH_TIMEOUT(retyped.findChild<QLabel *>("validCount")->isVisibleTo(&retyped),
                                 10000);
        QCOMPARE(helper.feedsAsked, QList<bool> {});
        QCOMPARE(m_server.requests().first().target, "/list.txt?token=n3w");
    }
    QDBusConnection::disconnectFromBus(clientBusName);
    QDBusConnection::disconnectFromBus(helperBusName);
}

QTEST_MAIN(ImportFeedDialogTest)
#include "importfeeddialogtest.moc"
