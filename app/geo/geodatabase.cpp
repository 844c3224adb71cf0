#include "geodatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QThread>

#include <maxminddb.h>

#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>
#include <thread>
#include <vector>

namespace Rampart {

namespace Geo {

QString tr(const char *text)
{
    return QCoreApplication::translate("Rampart::Geo", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Rampart::Geo", text, disambiguation, n);
}

} // namespace Geo

namespace {

// Below this many addresses a second thread costs more than it saves.
constexpr qsizetype minimumPerThread = 16384;

QString utf8String(const MMDB_entry_data_s &data)
{
    return QString::fromUtf8(data.utf8_string, qsizetype(data.data_size));
}

bool getString(MMDB_entry_s *entry, const char *const *path, QString *value)
{
    MMDB_entry_data_s data;
    if (MMDB_aget_value(entry, &data, path) != MMDB_SUCCESS || !data.has_data
        || data.type != MMDB_DATA_TYPE_UTF8_STRING)
        return false;
    *value = utf8String(data);
    return true;
}

// One record of the database's data section, read into a result.
GeoResult decode(MMDB_entry_s entry)
{
    // ip-location-db's files first: the pinned database is one of them.
    static const char *const countryCode[] = { "country_code", nullptr };
    static const char *const countryIsoCode[] = { "country", "iso_code", nullptr };
    static const char *const registeredIsoCode[] = { "registered_country", "iso_code", nullptr };
    static const char *const asnPath[] = { "autonomous_system_number", nullptr };
    static const char *const organizationPath[] = { "autonomous_system_organization", nullptr };

    GeoResult result;
    if (!getString(&entry, countryCode, &result.countryCode)
        && !getString(&entry, countryIsoCode, &result.countryCode))
        getString(&entry, registeredIsoCode, &result.countryCode);
    MMDB_entry_data_s data;
    if (MMDB_aget_value(&entry, &data, asnPath) == MMDB_SUCCESS && data.has_data) {
        if (data.type == MMDB_DATA_TYPE_UINT32)
            result.asn = data.uint32;
        else if (data.type == MMDB_DATA_TYPE_UINT16)
            result.asn = data.uint16;
        else if (data.type == MMDB_DATA_TYPE_UINT64 && data.uint64 <= 0xffffffffu)
            result.asn = quint32(data.uint64);
    }
    getString(&entry, organizationPath, &result.organization);
    return result;
}

// The record that holds what the database says about the address; found is false when it
// says nothing (or is IPv4-only and the address IPv6).
MMDB_lookup_result_s find(const MMDB_s *db, const Cidr &address)
{
    int error = MMDB_SUCCESS;
    if (address.family() == Family::V4) {
        sockaddr_in socketAddress {};
        socketAddress.sin_family = AF_INET;
        std::memcpy(&socketAddress.sin_addr, address.bytes().data(), 4);
        return MMDB_lookup_sockaddr(db, reinterpret_cast<const sockaddr *>(&socketAddress), &error);
    }
    const Cidr::Bytes &bytes = address.bytes();
    static constexpr quint8 mappedPrefix[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
    if (std::memcmp(bytes.data(), mappedPrefix, sizeof mappedPrefix) == 0) {
        sockaddr_in socketAddress {};
        socketAddress.sin_family = AF_INET;
        std::memcpy(&socketAddress.sin_addr, bytes.data() + 12, 4);
        return MMDB_lookup_sockaddr(db, reinterpret_cast<const sockaddr *>(&socketAddress), &error);
    }
    sockaddr_in6 socketAddress {};
    socketAddress.sin6_family = AF_INET6;
    std::memcpy(&socketAddress.sin6_addr, bytes.data(), 16);
    return MMDB_lookup_sockaddr(db, reinterpret_cast<const sockaddr *>(&socketAddress), &error);
}

void lookupRange(const MMDB_s *db, const Cidr *begin, const Cidr *end, GeoResult *results)
{
    // Thousands of addresses share a few hundred records in a country database.
    QHash<quint32, GeoResult> decoded;
    for (const Cidr *address = begin; address != end; ++address, ++results) {
        const MMDB_lookup_result_s found = find(db, *address);
        if (!found.found_entry)
            continue;
        auto cached = decoded.constFind(found.entry.offset);
        if (cached == decoded.cend())
            cached = decoded.insert(found.entry.offset, decode(found.entry));
        *results = *cached;
    }
}

// Folders' files in the order they are tried: country and city databases before ASN-only
// ones, then by name.
QStringList candidateFiles(const QString &entry)
{
    const QFileInfo info(entry);
    if (!info.isDir())
        return { entry };
    QStringList files = QDir(entry).entryList({ QStringLiteral("*.mmdb") },
                                              QDir::Files | QDir::Readable, QDir::Name);
    std::stable_sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &name) {
            return name.contains(QLatin1String("country"), Qt::CaseInsensitive)
                    || name.contains(QLatin1String("city"), Qt::CaseInsensitive)
                ? 0
                : 1;
        };
        return rank(a) < rank(b);
    });
    for (QString &file : files)
        file = QDir(entry).filePath(file);
    return files;
}

} // namespace

QString countryName(const QString &countryCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(countryCode);
    if (territory == QLocale::AnyTerritory)
        return {};
    return QLocale::territoryToString(territory);
}

GeoDatabase::GeoDatabase() = default;

GeoDatabase::~GeoDatabase()
{
    close();
}

GeoDatabase::GeoDatabase(GeoDatabase &&other) noexcept
    : m_db(std::move(other.m_db))
    , m_path(std::move(other.m_path))
    , m_error(std::move(other.m_error))
{ }

GeoDatabase &GeoDatabase::operator=(GeoDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::move(other.m_db);
        m_path = std::move(other.m_path);
        m_error = std::move(other.m_error);
    }
    return *this;
}

QString GeoDatabase::rampartDataFolder()
{
    return QStringLiteral("/usr/share/rampart/geo");
}

QStringList GeoDatabase::databaseSearchPath(const QString &userSetting)
{
    QStringList path;
    if (!userSetting.isEmpty())
        path << userSetting;
    path << QStringLiteral("/usr/share/GeoIP") << QStringLiteral("/var/lib/GeoIP")
         << rampartDataFolder();
    return path;
}

GeoDatabase GeoDatabase::openFirst(const QStringList &searchPath)
{
    GeoDatabase database;
    QStringList problems;
    for (const QString &entry : searchPath) {
        if (!QFileInfo::exists(entry))
            continue;
        for (const QString &file : candidateFiles(entry)) {
            if (database.open(file))
                return database;
            problems << database.errorString();
        }
    }
    QString error = Geo::tr("No geolocation database could be opened; searched %1. "
                            "scripts/setup.sh installs the default one into %2.")
                        .arg(searchPath.join(QLatin1String(", ")), rampartDataFolder());
    for (const QString &problem : std::as_const(problems))
        error += u'\n' + problem;
    database.m_error = error;
    return database;
}

bool GeoDatabase::open(const QString &path)
{
    close();
    m_error.clear();
    const QFileInfo info(path);
    if (!info.exists()) {
        m_error = Geo::tr("The geolocation database %1 does not exist.").arg(path);
        return false;
    }
    if (info.isDir()) {
        m_error = Geo::tr("%1 is a folder, not a geolocation database (.mmdb) file.").arg(path);
        return false;
    }
    auto db = std::make_unique<MMDB_s>();
    const int status = MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, db.get());
    if (status != MMDB_SUCCESS) {
        if (status == MMDB_FILE_OPEN_ERROR || status == MMDB_IO_ERROR)
            m_error = Geo::tr("The geolocation database %1 could not be read: %2.")
                          .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        else
            m_error = Geo::tr("%1 is not a usable MaxMind (.mmdb) geolocation database: %2. "
                              "Replace it, or run scripts/setup.sh to install the default one.")
                          .arg(path, QString::fromUtf8(MMDB_strerror(status)));
        return false;
    }
    m_db = std::move(db);
    m_path = path;
    return true;
}

void GeoDatabase::close()
{
    if (m_db) {
        MMDB_close(m_db.get());
        m_db.reset();
    }
    m_path.clear();
}

QDateTime GeoDatabase::buildDate() const
{
    if (!m_db)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(m_db->metadata.build_epoch), Qt::UTC);
}

QString GeoDatabase::databaseType() const
{
    return m_db && m_db->metadata.database_type ? QString::fromUtf8(m_db->metadata.database_type)
                                                : QString();
}

GeoResult GeoDatabase::lookup(const Cidr &address) const
{
    if (!m_db)
        return {};
    const MMDB_lookup_result_s found = find(m_db.get(), address);
    return found.found_entry ? decode(found.entry) : GeoResult();
}

QList<GeoResult> GeoDatabase::lookupBatch(const QList<Cidr> &addresses) const
{
    QList<GeoResult> results(addresses.size());
    if (!m_db || addresses.isEmpty())
        return results;
    const qsizetype threads = std::clamp<qsizetype>(addresses.size() / minimumPerThread, 1,
                                                    std::max(QThread::idealThreadCount(), 1));
    const Cidr *input = addresses.constData();
    GeoResult *output = results.data();
    const qsizetype chunk = (addresses.size() + threads - 1) / threads;
    std::vector<std::thread> workers;
    for (qsizetype first = chunk; first < addresses.size(); first += chunk) {
        const qsizetype last = std::min(first + chunk, addresses.size());
        workers.emplace_back(lookupRange, m_db.get(), input + first, input + last, output + first);
    }
    lookupRange(m_db.get(), input, input + std::min(chunk, addresses.size()), output);
    for (std::thread &worker : workers)
        worker.join();
    return results;
}

} // namespace Rampart
