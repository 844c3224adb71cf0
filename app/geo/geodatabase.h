#pragma once

#include "net/cidr.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct MMDB_s;

namespace Rampart {

namespace Geo {
// The geolocation code's translations; lupdate files Geo::tr() calls under "Rampart::Geo".
QString tr(const char *text);
QString tr(const char *text, const char *disambiguation, int n);
} // namespace Geo

// What a database says about one address. Unknown fields stay empty (asn 0).
struct GeoResult
{
    QString countryCode; // ISO 3166-1 alpha-2, upper case: "AU"
    quint32 asn = 0;
    QString organization; // of the autonomous system

    bool isEmpty() const { return countryCode.isEmpty() && asn == 0 && organization.isEmpty(); }
    friend bool operator==(const GeoResult &, const GeoResult &) = default;
};

// The country's name from Qt's locale data ("Australia" for "AU"); empty for a code Qt does
// not know.
QString countryName(const QString &countryCode);

// A MaxMind DB (.mmdb) file, mapped read-only: GeoLite2 and GeoIP2 Country, City and ASN,
// DB-IP, and ip-location-db's files, which say "country_code" where MaxMind says
// "country" { "iso_code" }. Lookups are const and safe from any number of threads at once.
class GeoDatabase
{
public:
    GeoDatabase();
    ~GeoDatabase();
    GeoDatabase(GeoDatabase &&other) noexcept;
    GeoDatabase &operator=(GeoDatabase &&other) noexcept;

    // Where a database is looked for, in order: the user's setting (a file or a folder; left
    // out when empty), /usr/share/GeoIP, /var/lib/GeoIP, then Rampart's data folder, where
    // scripts/setup.sh installs the pinned country database.
    static QStringList databaseSearchPath(const QString &userSetting = {});
    static QString rampartDataFolder();
    // Opens the first database that opens along the search path: a file as it is, in a
    // folder the .mmdb files with "Country" or "City" in their names first. On failure
    // errorString() names every place searched.
    static GeoDatabase openFirst(const QStringList &searchPath);

    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    // What went wrong, naming the file, and what to do; empty while open.
    QString errorString() const { return m_error; }

    QString path() const { return m_path; }
    // When the file was built (its metadata's build_epoch), in UTC.
    QDateTime buildDate() const;
    // "GeoLite2-Country", "geo-whois-asn-country", ...
    QString databaseType() const;

    // The first address of the network is looked up; IPv4-mapped IPv6 addresses as the
    // IPv4 address they carry. Empty when the database does not know the address.
    GeoResult lookup(const Cidr &address) const;
    // The same for many addresses, split over the machine's cores, each decoding a
    // database record once however many addresses share it.
    QList<GeoResult> lookupBatch(const QList<Cidr> &addresses) const;

private:
    std::unique_ptr<MMDB_s> m_db;
    QString m_path;
    QString m_error;
};

} // namespace Rampart
