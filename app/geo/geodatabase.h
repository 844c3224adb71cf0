#pragma once

#include "net/cidr.h"
#include "net/rangeset.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

struct MMDB_s;

namespace Rampart {

// The geolocation code's messages.
class Geo
{
    Q_DECLARE_TR_FUNCTIONS(Rampart::Geo)
};

// What a database says about one address. Unknown fields stay empty (asn 0).
struct GeoResult
{
    QString countryCode; // ISO 3166-1 alpha-2, upper case: "AU"
    quint32 asn = 0;
    QString organization; // of the autonomous system

    bool isEmpty() const { return countryCode.isEmpty() && asn == 0 && organization.isEmpty(); }
    friend bool operator==(const GeoResult &, const GeoResult &) = default;
};

// The country's name in the user's language ("Australie" for "AU" in French), from the
// iso-codes catalogues the desktop's other programs use; Qt 6.4 names countries in English
// only. English where no catalogue has it, Qt's name for codes ISO 3166-1 lacks ("XK"),
// empty for a code nobody knows.
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

    // Every network the database places in the country (ISO 3166-1 alpha-2, any case), merged,
    // read from the search tree in one walk that decodes each data record once. IPv4 networks
    // come once, as IPv4: not again as the IPv6 networks under which IPv6 databases also reach
    // them (::/96, ::ffff:0:0/96, and 2002::/16 where the file aliases it to the IPv4 part).
    // Empty when *cancelled (polled now and then) turns true, and for a damaged search tree,
    // which *error (when given) then describes; otherwise *error is cleared.
    RangeSet networksOf(const QString &countryCode, const std::atomic_bool *cancelled = nullptr,
                        QString *error = nullptr) const;

private:
    std::unique_ptr<MMDB_s> m_db;
    QString m_path;
    QString m_error;
    quint64 m_serial = 0; // this opening's, among all databases opened by the process
};

} // namespace Rampart
