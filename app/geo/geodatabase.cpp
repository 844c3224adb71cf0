#include "geodatabase.h"

#include "geo/countrynames.h"

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
#include <array>
#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

namespace Rampart {

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

// The country a record of the data section names; empty when it names none.
QString countryOf(MMDB_entry_s entry)
{
    // ip-location-db's files first: the pinned database is one of them.
    static const char *const countryCode[] = { "country_code", nullptr };
    static const char *const countryIsoCode[] = { "country", "iso_code", nullptr };
    static const char *const registeredIsoCode[] = { "registered_country", "iso_code", nullptr };

    QString code;
    if (!getString(&entry, countryCode, &code) && !getString(&entry, countryIsoCode, &code))
        getString(&entry, registeredIsoCode, &code);
    return code;
}

// One record of the database's data section, read into a result.
GeoResult decode(MMDB_entry_s entry)
{
    static const char *const asnPath[] = { "autonomous_system_number", nullptr };
    static const char *const organizationPath[] = { "autonomous_system_organization", nullptr };

    GeoResult result;
    result.countryCode = countryOf(entry);
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

// The search tree read straight from the mapped file: MMDB_read_node() classifies both
// records and fills two entries for every node, and a country's walk reads every node.
class SearchTree
{
public:
    explicit SearchTree(const MMDB_s *db)
        : m_nodes(db->file_content)
        , m_nodeCount(db->metadata.node_count)
        , m_recordBytes(db->full_record_byte_size)
    { }

    quint32 nodeCount() const { return m_nodeCount; }

    // Whether the records are of a size the format defines (24, 28 or 32 bits) and the nodes
    // lie inside the file, before its data section.
    bool isReadable(const MMDB_s *db) const
    {
        return (m_recordBytes == 6 || m_recordBytes == 7 || m_recordBytes == 8)
            && quint64(m_nodeCount) * m_recordBytes + dataSectionSeparator <= quint64(db->file_size)
            && m_nodes + quint64(m_nodeCount) * m_recordBytes + dataSectionSeparator
            == db->data_section;
    }

    // The node's records for bit 0 and bit 1; node must be below nodeCount().
    std::pair<quint32, quint32> children(quint32 node) const
    {
        const quint8 *record = m_nodes + std::size_t(node) * m_recordBytes;
        const auto bigEndian24 = [](const quint8 *bytes) {
            return quint32(bytes[0]) << 16 | quint32(bytes[1]) << 8 | bytes[2];
        };
        switch (m_recordBytes) {
        case 6:
            return { bigEndian24(record), bigEndian24(record + 3) };
        case 7:
            // The middle byte holds the high nibbles: the left record's above the right's.
            return { quint32(record[3] & 0xf0) << 20 | bigEndian24(record),
                     quint32(record[3] & 0x0f) << 24 | bigEndian24(record + 4) };
        default:
            return { quint32(record[0]) << 24 | bigEndian24(record + 1),
                     quint32(record[4]) << 24 | bigEndian24(record + 5) };
        }
    }

    static constexpr quint32 dataSectionSeparator = 16;

private:
    const quint8 *m_nodes;
    quint32 m_nodeCount;
    quint32 m_recordBytes;
};

// Whether each data record names the country, by the record's offset: open addressing in one
// array, as the walk asks about a million times, mostly about the same few hundred records.
class VerdictTable
{
public:
    // 0 when the record has not been decoded yet, else 1 + whether it names the country.
    int find(quint32 offset) const
    {
        for (std::size_t slot = slotOf(offset);; slot = (slot + 1) & (m_slots.size() - 1)) {
            const quint64 entry = m_slots[slot];
            if (entry == 0)
                return 0;
            if (entry >> 1 == quint64(offset) + 1)
                return 1 + int(entry & 1);
        }
    }

    void insert(quint32 offset, bool inCountry)
    {
        if (2 * (m_size + 1) > m_slots.size())
            grow();
        std::size_t slot = slotOf(offset);
        while (m_slots[slot] != 0)
            slot = (slot + 1) & (m_slots.size() - 1);
        m_slots[slot] = (quint64(offset) + 1) << 1 | quint64(inCountry);
        ++m_size;
    }

private:
    std::size_t slotOf(quint32 offset) const
    {
        // Fibonacci hashing: offsets of neighbouring records differ in their low bits only.
        return std::size_t((quint64(offset) * 0x9e3779b97f4a7c15u) >> m_shift);
    }

    void grow()
    {
        std::vector<quint64> old(m_slots.size() * 2, 0);
        m_slots.swap(old);
        --m_shift;
        m_size = 0;
        for (const quint64 entry : old) {
            if (entry != 0)
                insert(quint32((entry >> 1) - 1), entry & 1);
        }
    }

    std::vector<quint64> m_slots = std::vector<quint64>(1024, 0);
    int m_shift = 64 - 10;
    std::size_t m_size = 0;
};

// Collects the networks of one country from walks over the search tree. Addresses are
// 128-bit throughout: an IPv4 database's tree is walked as though it hung at ::/96, as an
// IPv6 database's IPv4 part does.
class CountryWalk
{
public:
    enum class Outcome { Done, Cancelled, Corrupt };

    CountryWalk(const MMDB_s *db, const QString &countryCode, const std::atomic_bool *cancelled)
        : m_db(db)
        , m_tree(db)
        , m_countryCode(countryCode)
        , m_cancelled(cancelled)
        // Every node is reached once in a tree a MaxMind DB writer made (its aliases to the
        // IPv4 part are not followed), so twice as many visits is already a damaged file, not
        // a big one: the bound keeps nodes shared in a chain from costing 2^128 visits.
        , m_visitsLeft(2 * quint64(m_tree.nodeCount()) + 1)
    { }

    const SearchTree &tree() const { return m_tree; }
    QString problem() const { return m_problem; }

    // Walks the subtree of node, which holds the network prefix/depth, calling
    // leaf(first, depth) in ascending order for each network of the country in it. A child
    // that skip(record, depth, prefix) picks is left out, node and all.
    template<typename Skip, typename Leaf>
    Outcome walk(quint32 node, int depth, Address6 prefix, Skip &&skip, Leaf &&leaf)
    {
        struct Pending
        {
            quint32 node;
            int depth;
            Address6 prefix;
        };
        // Depth-first, the bit-1 child pushed first: at most one waiting sibling per level.
        std::array<Pending, 130> stack;
        std::size_t size = 0;
        stack[size++] = { node, depth, prefix };
        while (size > 0) {
            const Pending at = stack[--size];
            if (m_visitsLeft-- == 0) {
                m_problem = Geo::tr("shares its nodes between more networks than a tree can");
                return Outcome::Corrupt;
            }
            if ((m_visitsLeft & 0xffff) == 0 && m_cancelled && m_cancelled->load())
                return Outcome::Cancelled;
            const auto [zero, one] = m_tree.children(at.node);
            const int childDepth = at.depth + 1;
            for (const int bit : { 1, 0 }) {
                const quint32 record = bit ? one : zero;
                const Address6 childPrefix =
                    at.prefix | (Address6(bit) << (addressBits - childDepth));
                if (record < m_tree.nodeCount()) {
                    if (skip(record, childDepth, childPrefix))
                        continue;
                    if (childDepth >= addressBits) {
                        m_problem = Geo::tr("goes deeper than the 128 bits of an address");
                        return Outcome::Corrupt;
                    }
                    stack[size++] = { record, childDepth, childPrefix };
                    continue;
                }
                bool inCountry = false;
                if (!classify(record, &inCountry))
                    return Outcome::Corrupt;
                if (inCountry)
                    leaf(childPrefix, childDepth);
            }
        }
        return Outcome::Done;
    }

    // Whether a record that is not a node is a network of the country, false for an empty
    // one; false from the function when it points outside the data section.
    bool classify(quint32 record, bool *inCountry)
    {
        *inCountry = false;
        if (record == m_tree.nodeCount())
            return true;
        const quint64 offset =
            quint64(record) - m_tree.nodeCount() - SearchTree::dataSectionSeparator;
        // The separator's 16 bytes sit between nodeCount and the data: a record pointing into
        // them wraps around here.
        if (offset >= m_db->data_section_size) {
            m_problem = Geo::tr("points outside the file's data section");
            return false;
        }
        // A country database has a few hundred records behind a million networks.
        const int known = m_verdicts.find(quint32(offset));
        if (known != 0) {
            *inCountry = known == 2;
            return true;
        }
        MMDB_entry_s entry { m_db, quint32(offset) };
        *inCountry = countryOf(entry).compare(m_countryCode, Qt::CaseInsensitive) == 0;
        m_verdicts.insert(quint32(offset), *inCountry);
        return true;
    }

    static constexpr int addressBits = 128;

private:
    const MMDB_s *m_db;
    SearchTree m_tree;
    QString m_countryCode;
    const std::atomic_bool *m_cancelled;
    quint64 m_visitsLeft;
    VerdictTable m_verdicts;
    QString m_problem;
};

// Ranges arriving in ascending order, joined where one ends right before the next begins.
template<typename Range, typename Address>
void appendJoined(std::vector<Range> &ranges, Address first, Address last)
{
    if (!ranges.empty() && ranges.back().last + 1 == first)
        ranges.back().last = last;
    else
        ranges.push_back({ first, last });
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
    return translatedCountryName(countryCode);
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
    , m_serial(other.m_serial)
{ }

GeoDatabase &GeoDatabase::operator=(GeoDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::move(other.m_db);
        m_path = std::move(other.m_path);
        m_error = std::move(other.m_error);
        m_serial = other.m_serial;
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
    // Never 0, never reused: lookup()'s per-thread records of decoded entries are keyed by it,
    // so that a database opened where a closed one lived is not answered from its records.
    static std::atomic<quint64> serials { 0 };
    m_serial = ++serials;
    return true;
}

void GeoDatabase::close()
{
    if (m_db) {
        MMDB_close(m_db.get());
        m_db.reset();
    }
    m_path.clear();
    m_serial = 0;
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
    if (!found.found_entry)
        return {};
    // Millions of networks share a few hundred records in a country database: each thread
    // remembers the records it decoded last, so that most lookups decode nothing.
    struct Decoded
    {
        quint64 database = 0;
        quint32 offset = 0;
        GeoResult result;
    };
    constexpr int slotBits = 9;
    thread_local std::array<Decoded, 1 << slotBits> recent;
    Decoded &slot = recent[(found.entry.offset * 2654435761u) >> (32 - slotBits)];
    if (slot.database != m_serial || slot.offset != found.entry.offset) {
        slot.result = decode(found.entry);
        slot.database = m_serial;
        slot.offset = found.entry.offset;
    }
    return slot.result;
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

RangeSet GeoDatabase::networksOf(const QString &countryCode, const std::atomic_bool *cancelled,
                                 QString *error) const
{
    if (error)
        error->clear();
    // An empty code would match every record that names no country.
    if (!m_db || countryCode.isEmpty())
        return {};
    CountryWalk walk(m_db.get(), countryCode, cancelled);
    const SearchTree &tree = walk.tree();
    const auto damaged = [this, error](const QString &problem) {
        if (error)
            *error = Geo::tr("The geolocation database %1 is damaged: its search tree %2. "
                             "Replace it, or run scripts/setup.sh to install the default one.")
                         .arg(m_path, problem);
        return RangeSet();
    };
    if (!tree.isReadable(m_db.get()))
        return damaged(Geo::tr("is not laid out as the MaxMind DB format defines"));
    if (tree.nodeCount() == 0)
        return {};

    const auto hostMask = [](int depth) {
        return depth >= CountryWalk::addressBits ? Address6(0) : ~Address6(0) >> depth;
    };
    std::vector<Range4> v4;
    std::vector<Range6> v6;
    const auto addV4Network = [&](Address6 first, int depth) {
        appendJoined(v4, quint32(first), quint32(first | hostMask(depth)));
    };
    constexpr Address6 ipv4Size = Address6(1) << 32;
    constexpr Address6 mappedPrefix = Address6(0xffff) << 32;
    // lookup() answers ::a.b.c.d and ::ffff:a.b.c.d from the IPv4 part, which the set holds
    // as IPv4: a network that spans either /96 leaves it out.
    constexpr std::array<Range6, 2> ipv4Views = {
        Range6 { 0, ipv4Size - 1 }, Range6 { mappedPrefix, mappedPrefix + ipv4Size - 1 }
    };
    const auto addV6Network = [&](Address6 first, int depth) {
        const Address6 last = first | hostMask(depth);
        for (const Range6 &view : ipv4Views) {
            if (view.last < first || view.first > last)
                continue;
            if (view.first > first)
                appendJoined(v6, first, view.first - 1);
            if (view.last >= last)
                return;
            first = view.last + 1;
        }
        appendJoined(v6, first, last);
    };

    // The IPv4 part: all of an IPv4 database's tree, or what an IPv6 database's hangs at ::/96.
    constexpr int ipv4Depth = CountryWalk::addressBits - 32;
    quint32 ipv4Start = 0;
    CountryWalk::Outcome outcome = CountryWalk::Outcome::Done;
    if (m_db->metadata.ip_version == 6) {
        // Found as libmaxminddb finds it, down the bit 0 records.
        for (int depth = 0; depth < ipv4Depth && ipv4Start < tree.nodeCount(); ++depth)
            ipv4Start = tree.children(ipv4Start).first;
        // MaxMind's writers point ::ffff:0:0/96 and 2002::/16 at the IPv4 part too; the IPv4
        // walk below is its only one. Where ::ffff:0:0/96 is a tree of its own, lookup() never
        // reads it, and the walk saves the time.
        const auto notIpv6 = [ipv4Start, mappedPrefix](quint32 record, int depth, Address6 prefix) {
            return record == ipv4Start || (depth == ipv4Depth && prefix == mappedPrefix);
        };
        outcome = walk.walk(0, 0, 0, notIpv6, addV6Network);
        if (outcome == CountryWalk::Outcome::Done && ipv4Start >= tree.nodeCount()) {
            // No node at ::/96: all of IPv4 lies inside one network, or none.
            bool inCountry = false;
            if (!walk.classify(ipv4Start, &inCountry))
                outcome = CountryWalk::Outcome::Corrupt;
            else if (inCountry)
                v4.push_back({ 0, ~quint32(0) });
        }
    }
    if (outcome == CountryWalk::Outcome::Done && ipv4Start < tree.nodeCount()) {
        const auto nothing = [](quint32, int, Address6) {
            return false;
        };
        outcome = walk.walk(ipv4Start, ipv4Depth, 0, nothing, addV4Network);
    }
    if (outcome == CountryWalk::Outcome::Corrupt)
        return damaged(walk.problem());
    if (outcome == CountryWalk::Outcome::Cancelled || (cancelled && cancelled->load()))
        return {};

    RangeSet networks;
    networks.reserve(qsizetype(v4.size()), qsizetype(v6.size()));
    for (const Range4 &range : v4)
        networks.addV4(range.first, range.last);
    for (const Range6 &range : v6)
        networks.addV6(range.first, range.last);
    networks.normalize();
    return networks;
}

} // namespace Rampart
