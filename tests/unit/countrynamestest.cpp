#include "geo/countrynames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>
#include <QtEndian>

#include <algorithm>

using namespace Rampart;

namespace {

// A few countries in iso-codes' layout: one with a common name the catalogue below lacks,
// one the catalogue lacks altogether.
const char codesJson[] = R"({ "3166-1": [
    { "alpha_2": "DE", "alpha_3": "DEU", "name": "Germany", "numeric": "276" },
    { "alpha_2": "US", "name": "United States", "official_name": "United States of America" },
    { "alpha_2": "KR", "name": "Korea, Republic of", "common_name": "South Korea" },
    { "alpha_2": "FR", "name": "France" },
    { "alpha_2": "D", "name": "Not a code" },
    { "name": "No code" }
] })";

struct Message
{
    QByteArray id;
    QByteArray translation;
};

QList<Message> germanMessages()
{
    return {
        { "", "Content-Type: text/plain; charset=UTF-8\nLanguage: de\n" },
        { "Germany", "Deutschland" },
        { "United States", "Vereinigte Staaten" },
        { "Korea, Republic of", "Korea, Republik" },
        // Neither is a country's name; the reader passes over them.
        { QByteArray("%d country\0%d countries", 23), QByteArray("%d Land\0%d Länder", 18) },
        { "flag\004France", "Flagge" },
    };
}

void putWord(QByteArray &data, qsizetype offset, quint32 value, bool bigEndian = false)
{
    if (data.size() < offset + 4)
        data.resize(offset + 4);
    if (bigEndian)
        qToBigEndian(value, data.data() + offset);
    else
        qToLittleEndian(value, data.data() + offset);
}

// A gettext .mo file as msgfmt writes it: header, the two string tables, no hash table, then
// the strings, each followed by a NUL.
QByteArray buildCatalogue(QList<Message> messages, bool bigEndian = false)
{
    std::sort(messages.begin(), messages.end(),
              [](const Message &a, const Message &b) { return a.id < b.id; });
    const quint32 count = quint32(messages.size());
    const quint32 originals = 28;
    const quint32 translations = originals + count * 8;
    QByteArray data;
    putWord(data, 0, 0x950412de, bigEndian);
    putWord(data, 4, 0, bigEndian);
    putWord(data, 8, count, bigEndian);
    putWord(data, 12, originals, bigEndian);
    putWord(data, 16, translations, bigEndian);
    putWord(data, 20, 0, bigEndian);
    putWord(data, 24, translations + count * 8, bigEndian);
    data.resize(translations + count * 8);
    for (quint32 index = 0; index < count; ++index) {
        const QByteArray &id = messages.at(index).id;
        putWord(data, originals + index * 8, quint32(id.size()), bigEndian);
        putWord(data, originals + index * 8 + 4, quint32(data.size()), bigEndian);
        data += id + '\0';
    }
    for (quint32 index = 0; index < count; ++index) {
        const QByteArray &translation = messages.at(index).translation;
        putWord(data, translations + index * 8, quint32(translation.size()), bigEndian);
        putWord(data, translations + index * 8 + 4, quint32(data.size()), bigEndian);
        data += translation + '\0';
    }
    return data;
}

// Where the catalogue's table says string index of the table at tableOffset lies.
qsizetype tableEntry(const QByteArray &catalogue, int tableField, int index)
{
    const quint32 table = qFromLittleEndian<quint32>(catalogue.constData() + tableField);
    return qsizetype(table) + index * 8;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool isoCodesInstalled()
{
    return QFileInfo::exists(CountryNames::defaultCodesFile())
        && QFileInfo::exists(CountryNames::defaultLocaleFolder()
                             + QLatin1String("/de/LC_MESSAGES/iso_3166-1.mo"));
}

} // namespace

// Under CI the package is part of the set-up, so its absence is a failure, not a skip.
#define REQUIRE_ISO_CODES()                                                                        \
    do {                                                                                           \
        if (!isoCodesInstalled()) {                                                                \
            if (qgetenv("CI") == "true")                                                           \
                QFAIL("iso-codes is not installed; scripts/setup.sh installs it");                 \
            QSKIP("iso-codes is not installed (scripts/setup.sh installs it)");                    \
        }                                                                                          \
    } while (false)

class CountryNamesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void systemNames_data();
    void systemNames();
    void englishNames();
    void sharedPerLocale();
    void builtCatalogue_data();
    void builtCatalogue();
    void corruptCatalogue_data();
    void corruptCatalogue();
    void nextLanguageAfterCorruptOne();
    void damagedCataloguesNeverCrash();
    void missingCodesFile();

private:
    QString writeCatalogue(const QString &language, const QByteArray &data);

    QTemporaryDir m_dir;
    QString m_codesFile;
    QString m_localeFolder;
};

void CountryNamesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_codesFile = m_dir.filePath(QStringLiteral("iso_3166-1.json"));
    m_localeFolder = m_dir.filePath(QStringLiteral("locale"));
    QVERIFY(writeFile(m_codesFile, codesJson));
}

QString CountryNamesTest::writeCatalogue(const QString &language, const QByteArray &data)
{
    QDir(m_localeFolder).removeRecursively();
    const QString path =
        m_localeFolder + u'/' + language + QLatin1String("/LC_MESSAGES/iso_3166-1.mo");
    return writeFile(path, data) ? path : QString();
}

void CountryNamesTest::systemNames_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("French") << "fr_FR"
                            << "DE"
                            << "Allemagne";
    QTest::newRow("French, accented") << "fr_FR"
                                      << "US"
                                      << "États-Unis";
    QTest::newRow("German") << "de_DE"
                            << "US"
                            << "Vereinigte Staaten";
    QTest::newRow("German, Switzerland: de") << "de_CH"
                                             << "DE"
                                             << "Deutschland";
    QTest::newRow("lower case") << "de_DE"
                                << "de"
                                << "Deutschland";
    QTest::newRow("common name translated") << "de_DE"
                                            << "BO"
                                            << "Bolivien";
    QTest::newRow("Portugal: pt after pt_PT") << "pt_PT"
                                              << "DE"
                                              << "Alemanha";
    QTest::newRow("Brazil") << "pt_BR"
                            << "VN"
                            << "Vietnã";
    QTest::newRow("Taiwan: zh_TW") << "zh_TW"
                                   << "DE"
                                   << "德國";
    QTest::newRow("Serbian, Latin script: sr@latin") << "sr_Latn_RS"
                                                     << "DE"
                                                     << "Nemačka";
    QTest::newRow("Serbian, Cyrillic") << "sr_RS"
                                       << "DE"
                                       << "Немачка";
    // sr@latin lacks "South Korea" but has "Korea, Republic of".
    QTest::newRow("only the formal name translated") << "sr_Latn_RS"
                                                     << "KR"
                                                     << "Koreja, Republika";
    QTest::newRow("English") << "en_US"
                             << "DE"
                             << "Germany";
    QTest::newRow("English common name") << "en_US"
                                         << "BO"
                                         << "Bolivia";
    QTest::newRow("C") << "C"
                       << "KR"
                       << "South Korea";
    QTest::newRow("Luxembourgish: no catalogue") << "lb_LU"
                                                 << "DE"
                                                 << "Germany";
    QTest::newRow("Kosovo: not ISO 3166-1, Qt's") << "fr_FR"
                                                  << "XK"
                                                  << "Kosovo";
    QTest::newRow("Kosovo, lower case") << "de_DE"
                                        << "xk"
                                        << "Kosovo";
    QTest::newRow("unknown") << "fr_FR"
                             << "ZZ"
                             << "";
    QTest::newRow("user-assigned") << "de_DE"
                                   << "AA"
                                   << "";
    QTest::newRow("alpha-3") << "de_DE"
                             << "DEU"
                             << "";
    QTest::newRow("one letter") << "de_DE"
                                << "D"
                                << "";
    QTest::newRow("digits") << "de_DE"
                            << "27"
                            << "";
    QTest::newRow("empty") << "de_DE"
                           << ""
                           << "";
}

void CountryNamesTest::systemNames()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QFETCH(QString, name);
    REQUIRE_ISO_CODES();
    QCOMPARE(translatedCountryName(code, QLocale(locale)), name);
    QCOMPARE(CountryNames(QLocale(locale)).name(code), name);
}

void CountryNamesTest::englishNames()
{
    REQUIRE_ISO_CODES();
    const CountryNames names(QLocale(QStringLiteral("de_DE")));
    QVERIFY2(names.countryCount() >= 249, qPrintable(QString::number(names.countryCount())));
    QCOMPARE(names.catalogueFile(),
             CountryNames::defaultLocaleFolder() + QLatin1String("/de/LC_MESSAGES/iso_3166-1.mo"));
    QCOMPARE(names.name(QStringLiteral("DE")), QStringLiteral("Deutschland"));
    QCOMPARE(names.englishName(QStringLiteral("de")), QStringLiteral("Germany"));
    QCOMPARE(names.englishName(QStringLiteral("TW")), QStringLiteral("Taiwan"));
    QCOMPARE(names.englishName(QStringLiteral("XK")), QStringLiteral("Kosovo"));
    QCOMPARE(names.englishName(QStringLiteral("ZZ")), QString());
}

void CountryNamesTest::sharedPerLocale()
{
    REQUIRE_ISO_CODES();
    // No other test asks for Italian: many threads asking at once for the first time still
    // read the files once.
    const QLocale italian(QStringLiteral("it_IT"));
    const QList<int> attempts(64);
    const QList<const CountryNames *> seen = QtConcurrent::blockingMapped(
        attempts, [&italian](int) { return CountryNames::forLocale(italian).get(); });
    QVERIFY(std::all_of(seen.begin(), seen.end(),
                        [&seen](const CountryNames *names) { return names == seen.first(); }));
    QCOMPARE(seen.first()->name(QStringLiteral("DE")), QStringLiteral("Germania"));
    QVERIFY(CountryNames::forLocale(QLocale(QStringLiteral("de_DE"))).get() != seen.first());
}

void CountryNamesTest::builtCatalogue_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::newRow("little-endian") << false;
    QTest::newRow("big-endian") << true;
}

void CountryNamesTest::builtCatalogue()
{
    QFETCH(bool, bigEndian);
    const QString path =
        writeCatalogue(QStringLiteral("de"), buildCatalogue(germanMessages(), bigEndian));
    QVERIFY(!path.isEmpty());
    const CountryNames names(QLocale(QStringLiteral("de_DE")), m_codesFile, m_localeFolder);
    QCOMPARE(names.catalogueFile(), path);
    QCOMPARE(names.countryCount(), 4);
    QCOMPARE(names.name(QStringLiteral("DE")), QStringLiteral("Deutschland"));
    QCOMPARE(names.name(QStringLiteral("us")), QStringLiteral("Vereinigte Staaten"));
    QCOMPARE(names.name(QStringLiteral("KR")), QStringLiteral("Korea, Republik"));
    // Only under a context in the catalogue: stays English.
    QCOMPARE(names.name(QStringLiteral("FR")), QStringLiteral("France"));
    QCOMPARE(names.englishName(QStringLiteral("KR")), QStringLiteral("South Korea"));
    // Not in this codes file: Qt's name.
    QCOMPARE(names.name(QStringLiteral("AT")), QStringLiteral("Austria"));

    const CountryNames english(QLocale(QStringLiteral("en_GB")), m_codesFile, m_localeFolder);
    QCOMPARE(english.catalogueFile(), QString());
    QCOMPARE(english.name(QStringLiteral("DE")), QStringLiteral("Germany"));
}

void CountryNamesTest::corruptCatalogue_data()
{
    QTest::addColumn<QByteArray>("catalogue");
    QTest::addColumn<QString>("reason");

    const QByteArray valid = buildCatalogue(germanMessages());
    const int originals = 12;
    const int translations = 16;
    // germanMessages() sorted: "", "%d country...", "Germany", ...
    const int germany = 2;
    const auto changed = [&valid](qsizetype offset, quint32 value) {
        QByteArray data = valid;
        putWord(data, offset, value);
        return data;
    };

    QTest::newRow("empty") << QByteArray() << "shorter than a catalogue header";
    QTest::newRow("truncated header") << valid.left(27) << "shorter than a catalogue header";
    QTest::newRow("truncated tables") << valid.left(40) << "string tables reach past its end";
    QTest::newRow("truncated strings")
        << valid.left(valid.size() - 3) << "string 5 reaches past its end";
    QTest::newRow("no terminating NUL")
        << valid.left(valid.size() - 1) << "string 5 reaches past its end";
    QTest::newRow("text file") << QByteArray("msgid \"Germany\"\nmsgstr \"Deutschland\"\n")
                               << "magic number";
    QTest::newRow("magic number") << changed(0, 0x950412df) << "magic number";
    QTest::newRow("revision 2") << changed(4, 0x20000) << "format revision 2.0 is unknown";
    QTest::newRow("4 billion strings")
        << changed(8, 0xffffffff) << "string tables reach past its end";
    QTest::newRow("originals table past the end")
        << changed(originals, quint32(valid.size())) << "string tables reach past its end";
    QTest::newRow("translations table past the end")
        << changed(translations, 0xfffffffc) << "string tables reach past its end";
    QTest::newRow("string offset past the end")
        << changed(tableEntry(valid, originals, germany) + 4, 0xfffffff0)
        << "string 2 reaches past its end";
    // 32-bit offset + length would wrap around to a small number inside the file.
    QTest::newRow("string length wraps around")
        << changed(tableEntry(valid, translations, germany), 0xffffffff)
        << "string 2 reaches past its end";
    QTest::newRow("string length one too long")
        << changed(tableEntry(valid, translations, germany), 12) << "string 2 reaches past";
    {
        QByteArray data = valid;
        data[data.indexOf("Deutschland") + 11] = 'X';
        QTest::newRow("NUL overwritten") << data << "string 2 reaches past its end";
    }
    {
        QList<Message> messages = germanMessages();
        messages[1].translation = "Deutsch\xff\xfeland";
        QTest::newRow("not UTF-8")
            << buildCatalogue(messages) << "translation of \"Germany\" is not valid UTF-8";
        messages[0].translation = "Content-Type: text/plain; charset=ISO-8859-1\n";
        QTest::newRow("Latin-1") << buildCatalogue(messages) << "in iso-8859-1, not UTF-8";
    }
    {
        QByteArray data = valid;
        data.resize(4 * 1024 * 1024 + 1, '\0');
        QTest::newRow("larger than 4 MiB") << data << "larger than 4 MiB";
    }
    {
        // The same bytes every run.
        QByteArray data(4096, Qt::Uninitialized);
        quint32 state = 0x12345678;
        for (char &byte : data) {
            state = state * 1664525 + 1013904223;
            byte = char(state >> 24);
        }
        QTest::newRow("noise") << data << "magic number";
        putWord(data, 0, 0x950412de);
        putWord(data, 4, 0);
        QTest::newRow("noise with a magic number") << data << "reach";
    }
}

void CountryNamesTest::corruptCatalogue()
{
    QFETCH(QByteArray, catalogue);
    QFETCH(QString, reason);
    const QString path = writeCatalogue(QStringLiteral("de"), catalogue);
    QVERIFY(!path.isEmpty());
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QRegularExpression::escape(path) + QLatin1String(".*")
                                            + QRegularExpression::escape(reason)));
    const CountryNames names(QLocale(QStringLiteral("de_DE")), m_codesFile, m_localeFolder);
    QCOMPARE(names.catalogueFile(), QString());
    QCOMPARE(names.name(QStringLiteral("DE")), QStringLiteral("Germany"));
    QCOMPARE(names.name(QStringLiteral("KR")), QStringLiteral("South Korea"));
    QCOMPARE(names.name(QStringLiteral("XK")), QStringLiteral("Kosovo"));
}

void CountryNamesTest::nextLanguageAfterCorruptOne()
{
    QVERIFY(!writeCatalogue(QStringLiteral("de_AT"),
                            QByteArray("msgid \"Germany\"\nmsgstr \"Deutschland\"\n"))
                 .isEmpty());
    const QString path = m_localeFolder + QLatin1String("/de/LC_MESSAGES/iso_3166-1.mo");
    QVERIFY(writeFile(path, buildCatalogue(germanMessages())));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("de_AT.*magic number")));
    const CountryNames names(QLocale(QStringLiteral("de_AT")), m_codesFile, m_localeFolder);
    QCOMPARE(names.catalogueFile(), path);
    QCOMPARE(names.name(QStringLiteral("DE")), QStringLiteral("Deutschland"));
}

// Every truncation, and every header and table word set to values just past, at and far
// beyond the file's end: each is read without a crash (ASan would say more), and any names
// that come out are the catalogue's or English.
void CountryNamesTest::damagedCataloguesNeverCrash()
{
    const QByteArray valid = buildCatalogue(germanMessages());
    const int tablesEnd = int(qFromLittleEndian<quint32>(valid.constData() + 24));
    QList<QByteArray> damaged;
    for (int size = 0; size < valid.size(); ++size)
        damaged << valid.left(size);
    for (int offset = 0; offset + 4 <= tablesEnd; offset += 4) {
        for (const quint32 value : { 0u, 1u, quint32(valid.size()) - 1, quint32(valid.size()),
                                     0x7fffffffu, 0xfffffffbu, 0xffffffffu }) {
            QByteArray data = valid;
            putWord(data, offset, value);
            damaged << data;
        }
    }
    const QSet<QString> allowed = { QStringLiteral("Deutschland"), QStringLiteral("Germany"),
                                    QStringLiteral("Vereinigte Staaten"),
                                    QStringLiteral("United States") };
    QLoggingCategory::setFilterRules(QStringLiteral("rampart.geo.countrynames.warning=false"));
    int loaded = 0;
    for (const QByteArray &data : std::as_const(damaged)) {
        QVERIFY(!writeCatalogue(QStringLiteral("de"), data).isEmpty());
        const CountryNames names(QLocale(QStringLiteral("de_DE")), m_codesFile, m_localeFolder);
        QVERIFY(allowed.contains(names.name(QStringLiteral("DE"))));
        QVERIFY(allowed.contains(names.name(QStringLiteral("US"))));
        loaded += names.catalogueFile().isEmpty() ? 0 : 1;
    }
    QLoggingCategory::setFilterRules(QString());
    // Words the reader does not use (the hash table's) may change; most damage is refused.
    QVERIFY2(loaded < damaged.size() / 2, qPrintable(QString::number(loaded)));
}

void CountryNamesTest::missingCodesFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QRegularExpression::escape(missing)
                                            + QLatin1String(".*scripts/setup.sh installs")));
    const CountryNames names(QLocale(QStringLiteral("de_DE")), missing, m_localeFolder);
    QCOMPARE(names.countryCount(), 0);
    QCOMPARE(names.name(QStringLiteral("DE")), QStringLiteral("Germany"));
    QCOMPARE(names.name(QStringLiteral("ZZ")), QString());

    const QString notJson = m_dir.filePath(QStringLiteral("not.json"));
    QVERIFY(writeFile(notJson, "{ \"3166-1\": "));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not.json is not")));
    QCOMPARE(CountryNames(QLocale(QStringLiteral("de_DE")), notJson, m_localeFolder)
                 .name(QStringLiteral("us")),
             QStringLiteral("United States"));
}

QTEST_GUILESS_MAIN(CountryNamesTest)
#include "countrynamestest.moc"
