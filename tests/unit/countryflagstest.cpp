#include "geo/countryflags.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace Rampart;

namespace {

// What scripts/setup.sh installs.
const QString installedFolder = QStringLiteral("/usr/share/iso-flags-png-320x240");

bool writeFlag(const QString &path, QRgb colour)
{
    QImage image(16, 12, QImage::Format_RGB32);
    image.fill(colour);
    return image.save(path, "PNG");
}

} // namespace

// Under CI the package is part of the set-up, so its absence is a failure, not a skip.
#define REQUIRE_FLAGS()                                                                            \
    do {                                                                                           \
        if (!QFileInfo::exists(installedFolder + QLatin1String("/de.png"))) {                      \
            if (qgetenv("CI") == "true")                                                           \
                QFAIL("iso-flags-png-320x240 is not installed; scripts/setup.sh installs it");     \
            QSKIP("iso-flags-png-320x240 is not installed (scripts/setup.sh installs it)");        \
        }                                                                                          \
    } while (false)

class CountryFlagsTest : public QObject
{
    Q_OBJECT

private slots:
    void installedFlag_data();
    void installedFlag();
    void noFlag_data();
    void noFlag();
    void givenFolders();
};

void CountryFlagsTest::installedFlag_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");

    QTest::newRow("DE") << "DE"
                        << "de.png";
    QTest::newRow("lower case") << "us"
                                << "us.png";
    QTest::newRow("mixed case") << "Jp"
                                << "jp.png";
    // Not in famfamfam-flag-png, which predates them.
    QTest::newRow("South Sudan") << "SS"
                                 << "ss.png";
    QTest::newRow("Isle of Man") << "IM"
                                 << "im.png";
}

void CountryFlagsTest::installedFlag()
{
    QFETCH(QString, code);
    QFETCH(QString, file);
    REQUIRE_FLAGS();
    QVERIFY(countryFlagFolders().contains(installedFolder));
    const QString path = countryFlagPath(code);
    QCOMPARE(path, QDir(installedFolder).filePath(file));
    QCOMPARE(countryFlagPath(code), path); // remembered
    QVERIFY(QImageReader(path).canRead());

    const QIcon icon = countryFlag(code);
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(QSize(16, 12));
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.width() <= 16 && pixmap.height() <= 12);
}

void CountryFlagsTest::noFlag_data()
{
    QTest::addColumn<QString>("code");

    // iso-flags ships a question mark as zz.png.
    QTest::newRow("ZZ, unknown") << "ZZ";
    QTest::newRow("zz") << "zz";
    QTest::newRow("unassigned") << "QX";
    QTest::newRow("empty") << "";
    QTest::newRow("one letter") << "D";
    QTest::newRow("alpha-3") << "DEU";
    QTest::newRow("digits") << "27";
    QTest::newRow("a file's stem, not a code") << "_generic";
    QTest::newRow("path") << "..";
    QTest::newRow("non-ASCII letters") << "DÉ";
}

void CountryFlagsTest::noFlag()
{
    QFETCH(QString, code);
    QCOMPARE(countryFlagPath(code), QString());
    QVERIFY(countryFlag(code).isNull());
}

void CountryFlagsTest::givenFolders()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    QVERIFY(writeFlag(first.filePath(QStringLiteral("xx.png")), qRgb(255, 0, 0)));
    QVERIFY(writeFlag(first.filePath(QStringLiteral("zz.png")), qRgb(0, 0, 0)));
    QVERIFY(writeFlag(second.filePath(QStringLiteral("xx.png")), qRgb(0, 255, 0)));
    QVERIFY(writeFlag(second.filePath(QStringLiteral("yy.png")), qRgb(0, 0, 255)));
    const QString missing = first.filePath(QStringLiteral("missing"));
    const QStringList folders = { missing, first.path(), second.path() };

    QCOMPARE(countryFlagPath(QStringLiteral("XX"), folders),
             first.filePath(QStringLiteral("xx.png")));
    QCOMPARE(countryFlagPath(QStringLiteral("xx"), { second.path(), first.path() }),
             second.filePath(QStringLiteral("xx.png")));
    QCOMPARE(countryFlagPath(QStringLiteral("yY"), folders),
             second.filePath(QStringLiteral("yy.png")));
    QCOMPARE(countryFlagPath(QStringLiteral("ZZ"), folders), QString());
    QCOMPARE(countryFlagPath(QStringLiteral("DE"), folders), QString());
    QCOMPARE(countryFlagPath(QStringLiteral("XX"), {}), QString());
    // A folder named like a flag is not one.
    QVERIFY(QDir(first.path()).mkdir(QStringLiteral("ww.png")));
    QCOMPARE(countryFlagPath(QStringLiteral("WW"), folders), QString());
}

QTEST_MAIN(CountryFlagsTest)
#include "countryflagstest.moc"
