#include "geo/geodatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Rampart;

namespace {

// Builds the test database with Debian's libmaxmind-db-writer-perl: known networks in both
// of the layouts GeoDatabase reads, one with an autonomous system.
const char writerScript[] = R"(
use strict; use warnings;
use MaxMind::DB::Writer::Tree;
my %types = (country => 'map', autonomous_system_number => 'uint32');
my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version => 6, record_size => 24, database_type => 'Rampart-Test-Country',
    languages => ['en'], description => { en => 'Rampart test database' },
    map_key_type_callback => sub { $types{$_[0]} // 'utf8_string' },
    alias_ipv6_to_ipv4 => 1, remove_reserved_networks => 0);
$tree->insert_network('203.0.113.0/24', { country_code => 'AU' });
$tree->insert_network('198.51.100.0/24', { country => { iso_code => 'DE' },
    autonomous_system_number => 64500, autonomous_system_organization => 'Example Networks' });
$tree->insert_network('192.0.2.128/25', { country_code => 'FR' });
$tree->insert_network('2001:db8::/32', { country_code => 'JP' });
open(my $out, '>:raw', $ARGV[0]) or die "$ARGV[0]: $!";
$tree->write_tree($out);
close($out) or die "$ARGV[0]: $!";
)";

const QString pinnedDatabasePath =
    QStringLiteral("/usr/share/rampart/geo/geo-whois-asn-country.mmdb");

Cidr address(const char *text)
{
    const CidrParse parsed = parseCidr(QString::fromLatin1(text));
    Q_ASSERT(parsed.cidr);
    return *parsed.cidr;
}

} // namespace

class GeoDatabaseTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lookup_data();
    void lookup();
    void mappedBytes();
    void batch();
    void metadata();
    void corruptFile();
    void missingFile();
    void nothingOnSearchPath();
    void pinnedDatabase_data();
    void pinnedDatabase();
    void command();
    void commandJson();
    void commandStandardInput();
    void commandWithoutDatabase();

private:
    QString runCommand(const QStringList &arguments, const QByteArray &input, int *exitCode,
                       QString *errors);

    QTemporaryDir m_dir;
    QString m_database;
    qint64 m_builtAfter = 0;
};

void GeoDatabaseTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("test.mmdb"));
    m_builtAfter = QDateTime::currentSecsSinceEpoch() - 1;
    QProcess perl;
    perl.start(QStringLiteral("/usr/bin/perl"),
               { QStringLiteral("-e"), QString::fromLatin1(writerScript), m_database });
    QVERIFY(perl.waitForFinished(60000));
    QVERIFY2(perl.exitStatus() == QProcess::NormalExit && perl.exitCode() == 0,
             qPrintable(QStringLiteral("the test database could not be built (scripts/setup.sh "
                                       "installs libmaxmind-db-writer-perl): ")
                        + QString::fromLocal8Bit(perl.readAllStandardError())));
}

void GeoDatabaseTest::lookup_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("countryCode");
    QTest::addColumn<quint32>("asn");
    QTest::addColumn<QString>("organization");

    QTest::newRow("country_code") << "203.0.113.7"
                                  << "AU" << 0u << "";
    QTest::newRow("first of network") << "203.0.113.0"
                                      << "AU" << 0u << "";
    QTest::newRow("country iso_code, ASN") << "198.51.100.200"
                                           << "DE" << 64500u << "Example Networks";
    QTest::newRow("upper half") << "192.0.2.200"
                                << "FR" << 0u << "";
    QTest::newRow("miss, lower half") << "192.0.2.1"
                                      << "" << 0u << "";
    QTest::newRow("miss") << "8.8.8.8"
                          << "" << 0u << "";
    QTest::newRow("IPv6") << "2001:db8:1::42"
                          << "JP" << 0u << "";
    QTest::newRow("IPv6 miss") << "2001:db9::1"
                               << "" << 0u << "";
    QTest::newRow("IPv4-mapped") << "::ffff:203.0.113.9"
                                 << "AU" << 0u << "";
    QTest::newRow("network's first address") << "198.51.100.0/25"
                                             << "DE" << 64500u << "Example Networks";
}

void GeoDatabaseTest::lookup()
{
    QFETCH(QString, address);
    QFETCH(QString, countryCode);
    QFETCH(quint32, asn);
    QFETCH(QString, organization);

    GeoDatabase db;
    QVERIFY2(db.open(m_database), qPrintable(db.errorString()));
    const CidrParse parsed = parseCidr(address);
    QVERIFY(parsed.cidr);
    const GeoResult result = db.lookup(*parsed.cidr);
    QCOMPARE(result.countryCode, countryCode);
    QCOMPARE(result.asn, asn);
    QCOMPARE(result.organization, organization);
    QCOMPARE(result.isEmpty(), countryCode.isEmpty());
}

// Sockets report IPv4 peers of dual-stack listeners as ::ffff:a.b.c.d in IPv6 bytes.
void GeoDatabaseTest::mappedBytes()
{
    GeoDatabase db;
    QVERIFY(db.open(m_database));
    Cidr::Bytes bytes {};
    bytes[10] = bytes[11] = 0xff;
    bytes[12] = 192;
    bytes[13] = 0;
    bytes[14] = 2;
    bytes[15] = 130;
    QCOMPARE(db.lookup(Cidr::fromV6(bytes, 128)).countryCode, QStringLiteral("FR"));
    bytes[15] = 1;
    QVERIFY(db.lookup(Cidr::fromV6(bytes, 128)).isEmpty());
}

// Enough addresses for both threads, each answer where it belongs.
void GeoDatabaseTest::batch()
{
    GeoDatabase db;
    QVERIFY(db.open(m_database));
    const QList<Cidr> pattern = { address("203.0.113.1"), address("198.51.100.1"),
                                  address("192.0.2.1"), address("2001:db8::1"),
                                  address("192.0.2.129") };
    QList<Cidr> addresses;
    for (int i = 0; i < 20000; ++i)
        addresses += pattern;
    const QList<GeoResult> results = db.lookupBatch(addresses);
    QCOMPARE(results.size(), addresses.size());
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        if (results[i] != db.lookup(addresses[i]))
            QFAIL(qPrintable(QStringLiteral("batch and single lookups differ for item %1, %2")
                                 .arg(i)
                                 .arg(addresses[i].toString())));
    }
    QCOMPARE(results[1].asn, 64500u);
    QCOMPARE(results.last().countryCode, QStringLiteral("FR"));
    QVERIFY(db.lookupBatch({}).isEmpty());
}

void GeoDatabaseTest::metadata()
{
    GeoDatabase db;
    QVERIFY(db.open(m_database));
    QCOMPARE(db.path(), m_database);
    QCOMPARE(db.databaseType(), QStringLiteral("Rampart-Test-Country"));
    const qint64 built = db.buildDate().toSecsSinceEpoch();
    QVERIFY2(built >= m_builtAfter && built <= QDateTime::currentSecsSinceEpoch() + 1,
             qPrintable(db.buildDate().toString(Qt::ISODate)));
    QCOMPARE(db.buildDate().timeSpec(), Qt::UTC);
    QCOMPARE(countryName(QStringLiteral("AU")), QStringLiteral("Australia"));
    QVERIFY(countryName(QStringLiteral("ZZ")).isEmpty());
}

void GeoDatabaseTest::corruptFile()
{
    const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.mmdb"));
    QFile::remove(corrupt);
    QVERIFY(QFile::copy(m_database, corrupt));
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();

    GeoDatabase db;
    QVERIFY(!db.open(corrupt));
    QVERIFY(!db.isOpen());
    QVERIFY2(db.errorString().contains(corrupt), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QLatin1String("not a usable")),
             qPrintable(db.errorString()));
    QVERIFY(db.lookup(address("203.0.113.7")).isEmpty());
    // A failed open leaves a working database usable again.
    QVERIFY(db.open(m_database));
    QVERIFY(db.errorString().isEmpty());
}

void GeoDatabaseTest::missingFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.mmdb"));
    GeoDatabase db;
    QVERIFY(!db.open(missing));
    QCOMPARE(db.errorString(),
             QStringLiteral("The geolocation database %1 does not exist.").arg(missing));
}

void GeoDatabaseTest::nothingOnSearchPath()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    const GeoDatabase db =
        GeoDatabase::openFirst({ empty, m_dir.filePath(QStringLiteral("none")) });
    QVERIFY(!db.isOpen());
    QVERIFY2(db.errorString().contains(empty)
                 && db.errorString().contains(QLatin1String("scripts/setup.sh")),
             qPrintable(db.errorString()));

    // A folder is searched for its .mmdb files; the user's setting comes first.
    const QStringList path = GeoDatabase::databaseSearchPath(m_dir.path());
    QCOMPARE(path.first(), m_dir.path());
    QCOMPARE(path.last(), GeoDatabase::rampartDataFolder());
    const GeoDatabase found = GeoDatabase::openFirst({ empty, m_dir.path() });
    QVERIFY2(found.isOpen(), qPrintable(found.errorString()));
}

void GeoDatabaseTest::pinnedDatabase_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("countryCode");
    // Registrations that have not moved in decades.
    QTest::newRow("Google DNS") << "8.8.8.8"
                                << "US";
    QTest::newRow("APNIC/Cloudflare") << "1.1.1.1"
                                      << "AU";
    QTest::newRow("Google DNS IPv6") << "2001:4860:4860::8888"
                                     << "US";
    QTest::newRow("IPv4-mapped") << "::ffff:8.8.4.4"
                                 << "US";
}

void GeoDatabaseTest::pinnedDatabase()
{
    QFETCH(QString, address);
    QFETCH(QString, countryCode);
    if (!QFile::exists(pinnedDatabasePath)) {
        if (qgetenv("CI") == "true")
            QFAIL("the pinned database is missing; scripts/setup.sh installs it");
        QSKIP("the pinned database is not installed (scripts/setup.sh installs it)");
    }
    GeoDatabase db;
    QVERIFY2(db.open(pinnedDatabasePath), qPrintable(db.errorString()));
    QVERIFY(db.buildDate().isValid());
    QCOMPARE(db.lookup(*parseCidr(address).cidr).countryCode, countryCode);
}

QString GeoDatabaseTest::runCommand(const QStringList &arguments, const QByteArray &input,
                                    int *exitCode, QString *errors)
{
    QProcess process;
    process.start(QStringLiteral(RAMPARTCTL_PATH),
                  QStringList { QStringLiteral("geo") } + arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    *errors = QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

void GeoDatabaseTest::command()
{
    int exitCode = 0;
    QString errors;
    const QString output = runCommand(
        { QStringLiteral("--database"), m_database, QStringLiteral("203.0.113.7,198.51.100.1"),
          QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::5") },
        {}, &exitCode, &errors);
    QCOMPARE(exitCode, 0);
    QCOMPARE(errors, QString());
    QCOMPARE(output,
             QStringLiteral("203.0.113.7\tAU\tAustralia\t-\n"
                            "198.51.100.1\tDE\tGermany\tAS64500\tExample Networks\n"
                            "192.0.2.1\t-\t-\t-\n"
                            "2001:db8::5\tJP\tJapan\t-\n"));
}

void GeoDatabaseTest::commandJson()
{
    int exitCode = 0;
    QString errors;
    const QString output =
        runCommand({ QStringLiteral("--json"), QStringLiteral("--database"), m_database,
                     QStringLiteral("198.51.100.1"), QStringLiteral("192.0.2.1") },
                   {}, &exitCode, &errors);
    QCOMPARE(exitCode, 0);
    QCOMPARE(output,
             QStringLiteral("[\n  {\"address\": \"198.51.100.1\", \"country_code\": \"DE\", "
                            "\"country\": \"Germany\", \"asn\": 64500, \"organization\": "
                            "\"Example Networks\"},\n"
                            "  {\"address\": \"192.0.2.1\", \"country_code\": null, \"country\": "
                            "null, \"asn\": null, \"organization\": null}\n]\n"));
}

void GeoDatabaseTest::commandStandardInput()
{
    int exitCode = 0;
    QString errors;
    const QString output =
        runCommand({ QStringLiteral("--database"), m_database, QStringLiteral("-") },
                   "# peers\n203.0.113.7 seen twice\n\nnot-an-address\n"
                   "::ffff:192.0.2.130\r\n10.0.0.0/8\n",
                   &exitCode, &errors);
    QCOMPARE(exitCode, 0);
    QCOMPARE(output, QStringLiteral("203.0.113.7\tAU\tAustralia\t-\n192.0.2.130\tFR\tFrance\t-\n"));
    QVERIFY2(errors.contains(QLatin1String("line 4: \"not-an-address\"")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("line 6: \"10.0.0.0/8\" is a network")),
             qPrintable(errors));

    runCommand({ QStringLiteral("--database"), m_database, QStringLiteral("-") }, "bad\n",
               &exitCode, &errors);
    QCOMPARE(exitCode, 1);
    runCommand({ QStringLiteral("--database"), m_database }, {}, &exitCode, &errors);
    QCOMPARE(exitCode, 2);
}

void GeoDatabaseTest::commandWithoutDatabase()
{
    int exitCode = 0;
    QString errors;
    const QString missing = m_dir.filePath(QStringLiteral("missing.mmdb"));
    const QString output =
        runCommand({ QStringLiteral("--database"), missing, QStringLiteral("203.0.113.7") }, {},
                   &exitCode, &errors);
    QCOMPARE(exitCode, 1);
    QCOMPARE(output, QString());
    QVERIFY2(errors.contains(missing), qPrintable(errors));
}

QTEST_GUILESS_MAIN(GeoDatabaseTest)
#include "geodatabasetest.moc"
