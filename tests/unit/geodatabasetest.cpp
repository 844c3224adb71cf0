#include "geo/geodatabase.h"
#include "testmmdb.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Rampart;

namespace {

// The lookup test's networks, in both of the layouts GeoDatabase reads, one with an
// autonomous system.
const char lookupNetworks[] = R"([
    ["203.0.113.0/24", {"country_code": "AU"}],
    ["198.51.100.0/24", {"country": {"iso_code": "DE"}, "autonomous_system_number": 64500,
                         "autonomous_system_organization": "Example Networks"}],
    ["192.0.2.128/25", {"country_code": "FR"}],
    ["2001:db8::/32", {"country_code": "JP"}]])";

// Countries in every layout GeoDatabase reads. The two US networks side by side have records
// of their own, so only the walk can merge them.
const char ipv4Networks[] = R"(
    ["8.8.8.0/24", {"country_code": "US"}],
    ["8.8.9.0/24", {"country": {"iso_code": "US"}, "autonomous_system_number": 15169}],
    ["9.9.9.0/24", {"country_code": "US"}],
    ["1.1.1.0/24", {"country_code": "AU"}],
    ["203.0.113.0/24", {"country_code": "AU"}],
    ["198.51.100.0/24", {"country": {"iso_code": "DE"}}],
    ["100.64.0.0/10", {"registered_country": {"iso_code": "NZ"}}],
    ["192.0.2.0/24", {"autonomous_system_number": 64500}])";
const char ipv6Networks[] = R"(
    ["2001:4860::/32", {"country": {"iso_code": "US"}}],
    ["2001:4861::/32", {"country_code": "US"}],
    ["2a00:1450::/32", {"country_code": "DE"}],
    ["2001:db8::/32", {"country_code": "AU"}])";
// Without aliases: networks that span the IPv4 part, inserted before the IPv4 networks that
// split them, and one in ::ffff:0:0/96, where lookup() never looks.
const char spanningNetworks[] = R"(
    ["::/95", {"country_code": "CA"}],
    ["::fffe:0:0/95", {"country_code": "JP"}],
    ["::ffff:5.5.5.0/120", {"country_code": "KR"}])";

QByteArray networksJson(std::initializer_list<const char *> parts)
{
    QByteArrayList joined;
    for (const char *part : parts)
        joined += part;
    return '[' + joined.join(',') + ']';
}

const QString pinnedDatabasePath =
    QStringLiteral("/usr/share/rampart/geo/geo-whois-asn-country.mmdb");

Cidr address(const char *text)
{
    const CidrParse parsed = parseCidr(QString::fromLatin1(text));
    Q_ASSERT(parsed.cidr);
    return *parsed.cidr;
}

QStringList cidrStrings(const RangeSet &set)
{
    QStringList strings;
    for (const Cidr &cidr : set.toCidrs())
        strings += cidr.toString();
    return strings;
}

RangeSet rangeSet(const QStringList &cidrs)
{
    RangeSet set;
    for (const QString &text : cidrs)
        set.add(*parseCidr(text).cidr);
    set.normalize();
    return set;
}

// ::/96 and ::ffff:0:0/96, which lookup() answers from the IPv4 part. (parseCidr() reads the
// second as the IPv4 network it maps.)
RangeSet ipv4Views()
{
    constexpr Address6 mapped = Address6(0xffff) << 32;
    RangeSet views;
    views.addV6(0, 0xffffffffu);
    views.addV6(mapped, mapped | 0xffffffffu);
    views.normalize();
    return views;
}

Address6 randomAddress6(QRandomGenerator &random)
{
    return Address6(random.generate64()) << 64 | random.generate64();
}

Cidr host6(Address6 address)
{
    return Cidr::fromV6(fromAddress6(address), 128);
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
    void reopenedDatabaseAnswersAnew();
    void metadata();
    void corruptFile();
    void missingFile();
    void nothingOnSearchPath();
    void pinnedDatabase_data();
    void pinnedDatabase();
    void networksOf_data();
    void networksOf();
    void networksOfSpanningIpv4Part_data();
    void networksOfSpanningIpv4Part();
    void networksOfCancelled();
    void networksOfDamagedTree_data();
    void networksOfDamagedTree();
    void pinnedNetworksOf();
    void pinnedNetworksOfMatchesLookup();
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
    QHash<QString, QString> m_countryDatabases; // by the networksOf() rows' names
    quint32 m_nodeCount = 0; // of "IPv6, 24-bit records"
};

void GeoDatabaseTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("test.mmdb"));
    m_builtAfter = QDateTime::currentSecsSinceEpoch() - 1;
    QString error;
    QVERIFY2(TestMmdb::write(m_database, lookupNetworks, &error) > 0, qPrintable(error));

    const QByteArray both = networksJson({ ipv4Networks, ipv6Networks });
    const struct
    {
        const char *name;
        int ipVersion;
        int recordSize;
        bool aliased;
        QByteArray networks;
    } databases[] = {
        { "IPv6, 24-bit records", 6, 24, true, both },
        { "IPv6, 28-bit records", 6, 28, true, both },
        { "IPv6, 32-bit records", 6, 32, true, both },
        { "IPv4, 28-bit records", 4, 28, false, networksJson({ ipv4Networks }) },
        { "IPv6, no aliases", 6, 24, false,
          networksJson({ spanningNetworks, ipv4Networks, ipv6Networks }) },
        { "IPv4 part inside one network", 6, 32, false,
          R"([["::/8", {"country_code": "CA"}], ["2001:db8::/32", {"country_code": "JP"}]])" },
    };
    for (const auto &database : databases) {
        const QString name = QString::fromLatin1(database.name);
        const QString path =
            m_dir.filePath(QStringLiteral("countries-%1.mmdb").arg(m_countryDatabases.size()));
        TestMmdb::Options options;
        options.ipVersion = database.ipVersion;
        options.recordSize = database.recordSize;
        options.aliasIpv4 = database.aliased;
        const int nodes = TestMmdb::write(path, database.networks, &error, options);
        QVERIFY2(nodes > 0, qPrintable(name + QStringLiteral(": ") + error));
        m_countryDatabases.insert(name, path);
        if (name == QLatin1String("IPv6, 24-bit records"))
            m_nodeCount = quint32(nodes);
    }
    QVERIFY(m_nodeCount > 0);
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

void GeoDatabaseTest::reopenedDatabaseAnswersAnew()
{
    // The same tree with other countries: the records sit at the same offsets, and a lookup
    // must not answer from what it decoded in the other file.
    QByteArray moved = lookupNetworks;
    moved.replace("\"AU\"", "\"NZ\"").replace("\"JP\"", "\"KR\"");
    const QString other = m_dir.filePath(QStringLiteral("moved.mmdb"));
    QString error;
    QVERIFY2(TestMmdb::write(other, moved, &error) > 0, qPrintable(error));
    const Cidr australian = *parseCidr(QStringLiteral("203.0.113.9")).cidr;
    const Cidr japanese = *parseCidr(QStringLiteral("2001:db8::9")).cidr;

    GeoDatabase database;
    for (int round = 0; round < 2; ++round) {
        QVERIFY(database.open(m_database));
        QCOMPARE(database.lookup(australian).countryCode, QStringLiteral("AU"));
        QCOMPARE(database.lookup(japanese).countryCode, QStringLiteral("JP"));
        QVERIFY(database.open(other));
        QCOMPARE(database.lookup(australian).countryCode, QStringLiteral("NZ"));
        QCOMPARE(database.lookup(japanese).countryCode, QStringLiteral("KR"));
    }
    // Two open at once, asked in turns on one thread.
    GeoDatabase first;
    QVERIFY(first.open(m_database));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(first.lookup(australian).countryCode, QStringLiteral("AU"));
        QCOMPARE(database.lookup(australian).countryCode, QStringLiteral("NZ"));
    }
    database.close();
    QVERIFY(database.lookup(australian).isEmpty());
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

void GeoDatabaseTest::networksOf_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("countryCode");
    QTest::addColumn<QString>("networks");

    const QString us = QStringLiteral("8.8.8.0/23 9.9.9.0/24 2001:4860::/31");
    for (const char *database :
         { "IPv6, 24-bit records", "IPv6, 28-bit records", "IPv6, 32-bit records" }) {
        const auto row = [database](const char *what) {
            return &QTest::addRow("%s: %s", database, what);
        };
        // IPv4 once, not again under the aliases ::ffff:0:0/96 and 2002::/16.
        *row("neighbours merged, IPv4 once") << database << "US" << us;
        *row("lower case") << database << "us" << us;
        *row("country iso_code") << database << "DE"
                                 << "198.51.100.0/24 2a00:1450::/32";
        *row("three networks") << database << "AU"
                               << "1.1.1.0/24 203.0.113.0/24 2001:db8::/32";
        *row("registered_country") << database << "NZ"
                                   << "100.64.0.0/10";
        *row("unknown country") << database << "ZZ"
                                << "";
        // Not the record that names no country.
        *row("no code") << database << ""
                        << "";
    }
    QTest::newRow("IPv4 database") << "IPv4, 28-bit records"
                                   << "US"
                                   << "8.8.8.0/23 9.9.9.0/24";
    QTest::newRow("IPv4 database, country iso_code") << "IPv4, 28-bit records"
                                                     << "de"
                                                     << "198.51.100.0/24";
    QTest::newRow("no aliases") << "IPv6, no aliases"
                                << "US" << us;
    // lookup() answers ::ffff:a.b.c.d from the IPv4 part, never from the tree's own
    // ::ffff:0:0/96.
    QTest::newRow("network spanning ::ffff:0:0/96") << "IPv6, no aliases"
                                                    << "JP"
                                                    << "::fffe:0:0/96";
    QTest::newRow("network inside ::ffff:0:0/96") << "IPv6, no aliases"
                                                  << "KR"
                                                  << "";
}

void GeoDatabaseTest::networksOf()
{
    QFETCH(QString, database);
    QFETCH(QString, countryCode);
    QFETCH(QString, networks);

    GeoDatabase db;
    QVERIFY2(db.open(m_countryDatabases.value(database)), qPrintable(db.errorString()));
    QString error = QStringLiteral("left from before");
    const RangeSet found = db.networksOf(countryCode, nullptr, &error);
    QCOMPARE(error, QString());
    QCOMPARE(cidrStrings(found), networks.split(u' ', Qt::SkipEmptyParts));
    for (const Cidr &network : found.toCidrs())
        QCOMPARE(db.lookup(network).countryCode.toUpper(), countryCode.toUpper());
}

// A network that holds the IPv4 part holds all of IPv4 (what lookup() answers for it), and
// the rest of it as IPv6.
void GeoDatabaseTest::networksOfSpanningIpv4Part_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("ipv4Exceptions");
    QTest::addColumn<QStringList>("ipv6");

    QTest::newRow("::/95, split by IPv4 networks")
        << "IPv6, no aliases"
        << QStringList { "1.1.1.0/24",   "8.8.8.0/23",      "9.9.9.0/24",    "100.64.0.0/10",
                         "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24" }
        << QStringList { "::1:0:0/96" };
    // The IPv4 part is no node of its own here, only a stretch of the ::/8 network.
    QTest::newRow("::/8, no IPv4 network")
        << "IPv4 part inside one network" << QStringList {}
        << cidrStrings(rangeSet({ "::/8" }).subtracted(ipv4Views()));
}

void GeoDatabaseTest::networksOfSpanningIpv4Part()
{
    QFETCH(QString, database);
    QFETCH(QStringList, ipv4Exceptions);
    QFETCH(QStringList, ipv6);

    GeoDatabase db;
    QVERIFY2(db.open(m_countryDatabases.value(database)), qPrintable(db.errorString()));
    QString error;
    const RangeSet found = db.networksOf(QStringLiteral("CA"), nullptr, &error);
    QCOMPARE(error, QString());
    const RangeSet expected =
        rangeSet({ "0.0.0.0/0" }).subtracted(rangeSet(ipv4Exceptions)).united(rangeSet(ipv6));
    QCOMPARE(cidrStrings(found), cidrStrings(expected));
    QCOMPARE(db.lookup(address("5.6.7.8")).countryCode, QStringLiteral("CA"));
    QVERIFY(found.contains(address("5.6.7.8")));
}

void GeoDatabaseTest::networksOfCancelled()
{
    GeoDatabase db;
    QVERIFY(db.open(m_countryDatabases.value(QStringLiteral("IPv6, 24-bit records"))));
    std::atomic_bool cancelled = false;
    QVERIFY(!db.networksOf(QStringLiteral("US"), &cancelled).isEmpty());
    cancelled = true;
    QString error;
    QVERIFY(db.networksOf(QStringLiteral("US"), &cancelled, &error).isEmpty());
    QVERIFY(cancelled);
    QCOMPARE(error, QString());

    db.close();
    QVERIFY(db.networksOf(QStringLiteral("US"), nullptr, &error).isEmpty());
    QCOMPARE(error, QString());
}

// Bytes of the root node rewritten: what is left is no tree, and the walk says so rather than
// running on or answering part of it.
void GeoDatabaseTest::networksOfDamagedTree_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");

    const QString records24 = QStringLiteral("IPv6, 24-bit records");
    const quint32 intoSeparator = m_nodeCount + 5;
    QByteArray separator;
    separator += char(intoSeparator >> 16);
    separator += char(intoSeparator >> 8);
    separator += char(intoSeparator);
    QTest::newRow("loop back to the root")
        << records24 << 0 << QByteArray(3, 0) << "goes deeper than the 128 bits";
    QTest::newRow("shared subtree") << records24 << 3 << QByteArray(3, 0) << "shares its nodes";
    QTest::newRow("past the data section")
        << records24 << 3 << QByteArray(3, char(0xff)) << "points outside";
    QTest::newRow("into the separator") << records24 << 3 << separator << "points outside";
    // 28-bit records keep their top bits in the middle byte, the left record's in its high
    // nibble; every record of the small file has them clear.
    QTest::newRow("28-bit, left record's top bits")
        << "IPv6, 28-bit records" << 3 << QByteArray(1, char(0xf0)) << "points outside";
    QTest::newRow("28-bit, right record's top bits")
        << "IPv6, 28-bit records" << 3 << QByteArray(1, char(0x0f)) << "points outside";
    QTest::newRow("32-bit, right record's top byte")
        << "IPv6, 32-bit records" << 4 << QByteArray(1, char(0x10)) << "points outside";
}

void GeoDatabaseTest::networksOfDamagedTree()
{
    QFETCH(QString, database);
    QFETCH(int, offset);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);

    const QString damaged = m_dir.filePath(QStringLiteral("damaged.mmdb"));
    QFile::remove(damaged);
    QVERIFY(QFile::copy(m_countryDatabases.value(database), damaged));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    GeoDatabase db;
    QVERIFY2(db.open(damaged), qPrintable(db.errorString()));
    QString error;
    QVERIFY(db.networksOf(QStringLiteral("US"), nullptr, &error).isEmpty());
    QVERIFY2(error.contains(damaged) && error.contains(QLatin1String("is damaged"))
                 && error.contains(problem),
             qPrintable(error));
}

void GeoDatabaseTest::pinnedNetworksOf()
{
    if (!QFile::exists(pinnedDatabasePath)) {
        if (qgetenv("CI") == "true")
            QFAIL("the pinned database is missing; scripts/setup.sh installs it");
        QSKIP("the pinned database is not installed (scripts/setup.sh installs it)");
    }
    GeoDatabase db;
    QVERIFY2(db.open(pinnedDatabasePath), qPrintable(db.errorString()));
    QString error;
    const RangeSet us = db.networksOf(QStringLiteral("US"), nullptr, &error);
    QCOMPARE(error, QString());
    QVERIFY(us.contains(address("8.8.8.8")));
    QVERIFY(us.contains(address("2001:4860:4860::8888")));
    QVERIFY(!us.contains(address("1.1.1.1")));
    const RangeSet au = db.networksOf(QStringLiteral("AU"), nullptr, &error);
    QVERIFY(au.contains(address("1.1.1.1")));
    QVERIFY(!au.intersects(address("8.8.8.0/24")));
    QCOMPARE(cidrStrings(us.intersected(ipv4Views())), QStringList());

    // Addresses anywhere in the set, a range picked at random and an address in it, IPv4 and
    // IPv6 alike.
    QRandomGenerator random(20261122);
    const std::vector<Range4> &v4 = us.v4();
    const std::vector<Range6> &v6 = us.v6();
    QVERIFY(!v4.empty() && !v6.empty());
    for (int i = 0; i < 1000; ++i) {
        Cidr sample;
        if (i % 4 != 3) {
            const Range4 &range = v4[random.bounded(quint32(v4.size()))];
            sample = Cidr::fromV4(
                quint32(range.first
                        + random.generate64() % (quint64(range.last) - range.first + 1)),
                32);
        } else {
            const Range6 &range = v6[random.bounded(quint32(v6.size()))];
            sample = host6(range.first + randomAddress6(random) % (range.last - range.first + 1));
        }
        if (db.lookup(sample).countryCode != QLatin1String("US"))
            QFAIL(qPrintable(sample.toString() + QStringLiteral(" is in the set but looks up as ")
                             + db.lookup(sample).countryCode));
    }
}

// The set is exactly what lookup() says is in the country: random addresses agree, and every
// range begins and ends where the country does.
void GeoDatabaseTest::pinnedNetworksOfMatchesLookup()
{
    if (!QFile::exists(pinnedDatabasePath)) {
        if (qgetenv("CI") == "true")
            QFAIL("the pinned database is missing; scripts/setup.sh installs it");
        QSKIP("the pinned database is not installed (scripts/setup.sh installs it)");
    }
    GeoDatabase db;
    QVERIFY2(db.open(pinnedDatabasePath), qPrintable(db.errorString()));
    const RangeSet us = db.networksOf(QStringLiteral("US"));
    const auto inUs = [&db](const Cidr &address) {
        return db.lookup(address).countryCode == QLatin1String("US");
    };
    const auto disagree = [&](const Cidr &address) {
        return QStringLiteral("%1: lookup() says %2, the set %3")
            .arg(address.toString(), db.lookup(address).countryCode,
                 us.contains(address) ? QStringLiteral("US") : QStringLiteral("not US"));
    };

    QRandomGenerator random(20261123);
    int inBoth = 0;
    for (int i = 0; i < 10000; ++i) {
        const Cidr sample = Cidr::fromV4(random.generate(), 32);
        if (inUs(sample) != us.contains(sample))
            QFAIL(qPrintable(disagree(sample)));
        inBoth += us.contains(sample);
    }
    // A sixth of IPv4 or so: the agreement is not that of two empty answers.
    QVERIFY2(inBoth > 1000, qPrintable(QString::number(inBoth)));

    for (const Range4 &range : us.v4()) {
        for (const quint32 edge : { range.first, range.last }) {
            if (!inUs(Cidr::fromV4(edge, 32)))
                QFAIL(qPrintable(disagree(Cidr::fromV4(edge, 32))));
        }
        if (range.first > 0 && inUs(Cidr::fromV4(range.first - 1, 32)))
            QFAIL(qPrintable(disagree(Cidr::fromV4(range.first - 1, 32))));
        if (range.last < ~quint32(0) && inUs(Cidr::fromV4(range.last + 1, 32)))
            QFAIL(qPrintable(disagree(Cidr::fromV4(range.last + 1, 32))));
    }
    // Beside the IPv4 views lookup() answers from the IPv4 part, whatever the set says.
    const RangeSet views = ipv4Views();
    for (const Range6 &range : us.v6()) {
        for (const Address6 edge : { range.first, range.last }) {
            if (!inUs(host6(edge)))
                QFAIL(qPrintable(disagree(host6(edge))));
        }
        if (range.first > 0 && !views.contains(host6(range.first - 1))
            && inUs(host6(range.first - 1)))
            QFAIL(qPrintable(disagree(host6(range.first - 1))));
        if (range.last < ~Address6(0) && !views.contains(host6(range.last + 1))
            && inUs(host6(range.last + 1)))
            QFAIL(qPrintable(disagree(host6(range.last + 1))));
    }
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
