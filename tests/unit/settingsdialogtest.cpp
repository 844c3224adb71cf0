// The Settings dialog as an administrator uses it: it says which geolocation database is in
// use and when it was built, a database file of one's own is checked before it can be
// saved, online details stay off until turned on and then say what is sent where, an
// address that is no web service is refused, and what is saved is what comes back.

#include "settingsdialog.h"

#include "geo/geodatabase.h"
#include "geo/geosettings.h"
#include "geo/onlinedetails.h"
#include "testmmdb.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Rampart;

Q_DECLARE_METATYPE(Rampart::GeoSettings)

namespace {

// A geolocation database with a known type.
const char geoNetworks[] = R"([["203.0.113.0/24", {"country_code": "AU"}]])";

// The dialog's widgets, by the names it gives them.
struct Widgets
{
    explicit Widgets(SettingsDialog &dialog)
        : automatic(dialog.findChild<QRadioButton *>("automatic"))
        , chosen(dialog.findChild<QRadioButton *>("chosen"))
        , file(dialog.findChild<QLineEdit *>("databaseFile"))
        , database(dialog.findChild<QLabel *>("databaseInUse"))
        , online(dialog.findChild<QCheckBox *>("onlineDetails"))
        , onlineUrl(dialog.findChild<QLineEdit *>("onlineUrl"))
        , notice(dialog.findChild<QLabel *>("onlineNotice"))
        , ok(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok))
    { }

    bool complete() const
    {
        return automatic && chosen && file && database && online && onlineUrl && notice && ok;
    }

    QRadioButton *automatic;
    QRadioButton *chosen;
    QLineEdit *file;
    QLabel *database;
    QCheckBox *online;
    QLineEdit *onlineUrl;
    QLabel *notice;
    QPushButton *ok;
};

// As the administrator types it: the field is cleared, the text typed, and the field left
// with Tab, which is when the dialog looks at a database file.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::TabFocusReason);
    QVERIFY(edit->hasFocus());
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
    QVERIFY(!edit->hasFocus());
}

QString longDate(const GeoDatabase &database)
{
    return QLocale().toString(database.buildDate().date(), QLocale::LongFormat);
}

} // namespace

class SettingsDialogTest : public QObject
{
    Q_OBJECT

public:
    explicit SettingsDialogTest(const QString &configHome)
        : m_configHome(configHome)
    { }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loadWithoutSettingsFile();
    void saveAndLoad_data();
    void saveAndLoad();
    void automaticDatabase();
    void chosenWithoutFileAsksForOne();
    void chosenDatabaseProblems_data();
    void chosenDatabaseProblems();
    void chosenDatabaseThroughBrowse();
    void chosenFolder();
    void onlineDetailsOffByDefault();
    void onlineDetailsNoticeNamesTheService();
    void invalidOnlineUrl_data();
    void invalidOnlineUrl();
    void settingsRoundTrip_data();
    void settingsRoundTrip();

private:
    QString m_configHome;
    QTranslator m_english;
    QTemporaryDir m_dir;
    QString m_database; // a file of the test's own
    QString m_folder; // a folder holding a copy of it
};

void SettingsDialogTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
    // Qt's own file dialog, which the test can drive on any platform.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);

    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath("test.mmdb");
    QString error;
    QVERIFY2(TestMmdb::write(m_database, geoNetworks, &error) > 0, qPrintable(error));
    m_folder = m_dir.filePath("geo");
    QVERIFY(QDir().mkpath(m_folder));
    QVERIFY(QFile::copy(m_database, QDir(m_folder).filePath("Test-Country.mmdb")));

    QFile notes(m_dir.filePath("notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a geolocation database\n");
    notes.close();
    QVERIFY(QDir().mkpath(m_dir.filePath("empty")));
}

void SettingsDialogTest::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_english);
}

void SettingsDialogTest::loadWithoutSettingsFile()
{
    QVERIFY(!QFileInfo::exists(m_configHome + "/rampart.org/rampart.conf"));
    QCOMPARE(GeoSettings::load(), GeoSettings());
}

void SettingsDialogTest::saveAndLoad_data()
{
    QTest::addColumn<GeoSettings>("settings");

    GeoSettings everything;
    everything.database = "/srv/géo data/GeoLite2 Country.mmdb";
    everything.onlineDetails = true;
    everything.onlineUrl = QUrl("https://details.example.net/batch?key=k3y&fields=city,isp");
    QTest::newRow("everything set") << everything;
    // Saved over the row before: back to the usual places and off.
    QTest::newRow("defaults again") << GeoSettings();
    GeoSettings folder;
    folder.database = "/var/lib/GeoIP";
    QTest::newRow("a folder") << folder;
}

void SettingsDialogTest::saveAndLoad()
{
    QFETCH(GeoSettings, settings);
    settings.save();
    // Where rampartctl and the window both look, under XDG_CONFIG_HOME.
    QFile file(m_configHome + "/rampart.org/rampart.conf");
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(settings.onlineDetails ? "onlineDetails=true" : "onlineDetails=false"),
             qPrintable(text));
    const GeoSettings loaded = GeoSettings::load();
    QCOMPARE(loaded.database, settings.database);
    QCOMPARE(loaded.onlineDetails, settings.onlineDetails);
    QCOMPARE(loaded.onlineUrl, settings.onlineUrl);
    QCOMPARE(loaded, settings);
}

void SettingsDialogTest::automaticDatabase()
{
    SettingsDialog dialog { GeoSettings() };
    Widgets widgets(dialog);
    QVERIFY(widgets.complete());
    QVERIFY(widgets.automatic->isChecked());
    QVERIFY(!widgets.chosen->isChecked());
    QVERIFY(!widgets.file->isEnabled());
    QCOMPARE(widgets.file->text(), "");
    QCOMPARE(widgets.automatic->toolTip(), GeoDatabase::databaseSearchPath().join(u'\n'));

    // Whatever this machine has along the usual places; scripts/setup.sh installs the pinned
    // database in Rampart's data folder, so under CI there is one.
    const GeoDatabase expected = GeoDatabase::openFirst(GeoDatabase::databaseSearchPath());
    if (!expected.isOpen() && qgetenv("CI") == "true")
        QFAIL(qPrintable("no geolocation database along the search path; scripts/setup.sh "
                         "installs one: "
                         + expected.errorString()));
    const QString text = widgets.database->text();
    if (expected.isOpen()) {
        QVERIFY2(text.contains(expected.path()), qPrintable(text));
        QVERIFY2(text.contains(expected.databaseType()), qPrintable(text));
        QVERIFY(expected.buildDate().isValid());
        QVERIFY2(text.contains(longDate(expected)), qPrintable(text));
        QVERIFY2(text.startsWith("In use: "), qPrintable(text));
        const QFileInfo pinned(GeoDatabase::rampartDataFolder() + "/geo-whois-asn-country.mmdb");
        if (pinned.exists() && !QFileInfo::exists("/usr/share/GeoIP")
            && !QFileInfo::exists("/var/lib/GeoIP"))
            QCOMPARE(expected.path(), pinned.filePath());
    } else {
        // Rampart works without one; the label says what was searched.
        QCOMPARE(text, expected.errorString());
    }
    QVERIFY(widgets.ok->isEnabled());
    QCOMPARE(dialog.settings(), GeoSettings());
}

void SettingsDialogTest::chosenWithoutFileAsksForOne()
{
    SettingsDialog dialog { GeoSettings() };
    Widgets widgets(dialog);
    QVERIFY(widgets.complete());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    // A file of one's own, before one is given: asked for one, and nothing to save yet,
    // whatever the usual places hold (they are not what "Use this file" means).
    widgets.chosen->click();
    QVERIFY(widgets.chosen->isChecked());
    QVERIFY(widgets.file->isEnabled());
    QCOMPARE(widgets.database->text(), "Give a database file, or a folder that holds one.");
    QVERIFY(!widgets.ok->isEnabled());

    typeInto(widgets.file, m_database);
    QVERIFY2(widgets.database->text().startsWith("In use: " + m_database),
             qPrintable(widgets.database->text()));
    QVERIFY(widgets.ok->isEnabled());
}

void SettingsDialogTest::chosenDatabaseProblems_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("missing file") << "missing.mmdb";
    QTest::newRow("not a database") << "notes.txt";
    QTest::newRow("folder without a database") << "empty";
}

void SettingsDialogTest::chosenDatabaseProblems()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    SettingsDialog dialog { GeoSettings() };
    Widgets widgets(dialog);
    QVERIFY(widgets.complete());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    widgets.chosen->click();
    typeInto(widgets.file, path);
    QVERIFY(widgets.chosen->isChecked());
    const QString text = widgets.database->text();
    QVERIFY2(text.contains(path), qPrintable(text));
    QVERIFY2(!text.startsWith("In use"), qPrintable(text));
    QVERIFY(!widgets.ok->isEnabled());
    QTest::mouseClick(widgets.ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.settings().database, path);

    // The usual places are fine again, and the file is no longer what is shown.
    widgets.automatic->click();
    QVERIFY(!widgets.file->isEnabled());
    QVERIFY(widgets.ok->isEnabled());
    QVERIFY2(!widgets.database->text().contains(path), qPrintable(widgets.database->text()));
    QCOMPARE(dialog.settings().database, "");

    // And opened with the bad choice saved earlier, the dialog says so at once.
    GeoSettings saved;
    saved.database = path;
    SettingsDialog reopened(saved);
    Widgets again(reopened);
    QVERIFY(again.chosen->isChecked());
    QVERIFY(again.file->isEnabled());
    QCOMPARE(again.database->text(), text);
    QVERIFY(!again.ok->isEnabled());
}

void SettingsDialogTest::chosenDatabaseThroughBrowse()
{
    SettingsDialog dialog { GeoSettings() };
    Widgets widgets(dialog);
    QVERIFY(widgets.complete());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    QPushButton *browse = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == "&Browse…")
            browse = button;
    }
    QVERIFY(browse);
    browse->click();
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = dialog.findChild<QFileDialog *>()) && files->isVisible());
    QCOMPARE(files->fileMode(), QFileDialog::ExistingFile);
    files->selectFile(m_database);
    auto *fileButtons = files->findChild<QDialogButtonBox *>();
    QVERIFY(fileButtons && fileButtons->button(QDialogButtonBox::Open));
    fileButtons->button(QDialogButtonBox::Open)->click();
    QTRY_VERIFY(!files->isVisible());

    QCOMPARE(widgets.file->text(), m_database);
    QVERIFY(widgets.chosen->isChecked());
    QVERIFY(widgets.file->isEnabled());
    GeoDatabase expected;
    QVERIFY2(expected.open(m_database), qPrintable(expected.errorString()));
    const QString text = widgets.database->text();
    QVERIFY2(text.startsWith("In use: " + m_database), qPrintable(text));
    QVERIFY2(text.contains("Rampart-Test-Country"), qPrintable(text));
    QVERIFY2(text.contains(longDate(expected)), qPrintable(text));
    QVERIFY(widgets.ok->isEnabled());
    QCOMPARE(dialog.settings().database, m_database);

    widgets.ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().database, m_database);
}

void SettingsDialogTest::chosenFolder()
{
    SettingsDialog dialog { GeoSettings() };
    Widgets widgets(dialog);
    QVERIFY(widgets.complete());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    widgets.chosen->click();
    typeInto(widgets.file, m_folder);
    QVERIFY(widgets.chosen->isChecked());
    const QString text = widgets.database->text();
    QVERIFY2(text.startsWith("In use: " + QDir(m_folder).filePath("Test-Country.mmdb")),
             qPrintable(text));
    QVERIFY(widgets.ok->isEnabled());
    QCOMPARE(dialog.settings().database, m_folder);
}

void SettingsDialogTest::onlineDetailsOffByDefault()
{
    SettingsDialog dialog { GeoSettings() };
    Widgets widgets(dialog);
    QVERIFY(widgets.complete());
    QVERIFY(!widgets.online->isChecked());
    QVERIFY(!widgets.onlineUrl->isEnabled());
    QCOMPARE(widgets.onlineUrl->text(), "");
    QCOMPARE(widgets.onlineUrl->placeholderText(), defaultOnlineDetailsUrl().toString());
    QVERIFY(widgets.ok->isEnabled());
    QVERIFY(!dialog.settings().onlineDetails);
}

void SettingsDialogTest::onlineDetailsNoticeNamesTheService()
{
    SettingsDialog dialog { GeoSettings() };
    Widgets widgets(dialog);
    QVERIFY(widgets.complete());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    widgets.online->click();
    QVERIFY(widgets.online->isChecked());
    QVERIFY(widgets.onlineUrl->isEnabled());
    QVERIFY(widgets.notice->isVisible());
    // What is sent, where, and that it goes unencrypted to the default service.
    QCOMPARE(widgets.notice->text(), onlineDetailsNotice(defaultOnlineDetailsUrl()));
    QVERIFY2(widgets.notice->text().contains("ip-api.com"), qPrintable(widgets.notice->text()));
    QVERIFY2(widgets.notice->text().contains("unencrypted"), qPrintable(widgets.notice->text()));
    QVERIFY(widgets.ok->isEnabled());
    QVERIFY(dialog.settings().onlineDetails);
    QCOMPARE(dialog.settings().onlineUrl, QUrl());
    QCOMPARE(dialog.settings().effectiveOnlineUrl(), defaultOnlineDetailsUrl());

    // A service of one's own, with a key: named by its host, the key left out.
    const QUrl own("https://details.example.net/batch?key=s3cret");
    typeInto(widgets.onlineUrl, own.toString());
    const QString notice = widgets.notice->text();
    QVERIFY2(notice.contains("details.example.net"), qPrintable(notice));
    QVERIFY2(!notice.contains("ip-api.com"), qPrintable(notice));
    QVERIFY2(!notice.contains("s3cret"), qPrintable(notice));
    QVERIFY2(!notice.contains("unencrypted"), qPrintable(notice));
    QVERIFY(widgets.ok->isEnabled());
    QCOMPARE(dialog.settings().onlineUrl, own);
}

void SettingsDialogTest::invalidOnlineUrl_data()
{
    QTest::addColumn<QString>("url");

    QTest::newRow("ftp") << "ftp://x";
    QTest::newRow("not a url") << "not a url";
    QTest::newRow("no host") << "http://";
    QTest::newRow("no host, a path") << "https:///batch";
    QTest::newRow("space in the host") << "http://exa mple.net/batch";
}

void SettingsDialogTest::invalidOnlineUrl()
{
    QFETCH(QString, url);
    SettingsDialog dialog { GeoSettings() };
    Widgets widgets(dialog);
    QVERIFY(widgets.complete());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    widgets.online->click();
    typeInto(widgets.onlineUrl, url);
    QVERIFY(!widgets.ok->isEnabled());
    const QString notice = widgets.notice->text();
    QVERIFY2(notice.contains("is not an http or https address"), qPrintable(notice));
    QVERIFY2(!notice.contains("ip-api.com"), qPrintable(notice));

    // Fixed, it may be saved.
    typeInto(widgets.onlineUrl, "http://details.example.net/batch");
    QVERIFY(widgets.ok->isEnabled());
    QVERIFY2(widgets.notice->text().contains("details.example.net"),
             qPrintable(widgets.notice->text()));

    // Broken again and then turned off: nothing will be sent there, so nothing to refuse.
    typeInto(widgets.onlineUrl, url);
    QVERIFY(!widgets.ok->isEnabled());
    widgets.online->click();
    QVERIFY(!widgets.online->isChecked());
    QVERIFY(!widgets.onlineUrl->isEnabled());
    QVERIFY(widgets.ok->isEnabled());
}

void SettingsDialogTest::settingsRoundTrip_data()
{
    QTest::addColumn<GeoSettings>("settings");

    QTest::newRow("defaults") << GeoSettings();
    GeoSettings file;
    file.database = m_database;
    file.onlineDetails = true;
    QTest::newRow("a file, online with the default service") << file;
    GeoSettings folder;
    folder.database = m_folder;
    folder.onlineUrl = QUrl("https://details.example.net/batch?key=s3cret");
    QTest::newRow("a folder, a service of one's own, off") << folder;
    GeoSettings missing;
    missing.database = m_dir.filePath("missing.mmdb");
    missing.onlineDetails = true;
    missing.onlineUrl = QUrl("http://192.0.2.7:8080/batch");
    QTest::newRow("a missing file, online") << missing;
}

void SettingsDialogTest::settingsRoundTrip()
{
    QFETCH(GeoSettings, settings);
    SettingsDialog dialog(settings);
    Widgets widgets(dialog);
    QVERIFY(widgets.complete());
    QCOMPARE(widgets.chosen->isChecked(), !settings.database.isEmpty());
    QCOMPARE(widgets.automatic->isChecked(), settings.database.isEmpty());
    QCOMPARE(widgets.file->text(), settings.database);
    QCOMPARE(widgets.online->isChecked(), settings.onlineDetails);
    QCOMPARE(widgets.onlineUrl->text(), settings.onlineUrl.toString());
    const GeoSettings shown = dialog.settings();
    QCOMPARE(shown.database, settings.database);
    QCOMPARE(shown.onlineDetails, settings.onlineDetails);
    QCOMPARE(shown.onlineUrl, settings.onlineUrl);
    QCOMPARE(shown, settings);
}

// QSettings finds its folder once, at its first use: XDG_CONFIG_HOME points at a folder of
// the test's own before anything can read it, so that the administrator's own settings are
// neither read nor overwritten.
int main(int argc, char *argv[])
{
    QTemporaryDir configHome;
    if (!configHome.isValid())
        qFatal("no temporary folder: %s", qPrintable(configHome.errorString()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    SettingsDialogTest test(configHome.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "settingsdialogtest.moc"
