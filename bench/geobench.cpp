// Looks up 1,000,000 random addresses in the country database three ways and prints each
// best of three beside the reference, a bare libmaxminddb loop (MMDB_lookup_sockaddr and
// MMDB_get_value) over the same addresses in the same run: GeoDatabase::lookup() one by
// one, GeoDatabase::lookupBatch(), and `rampartctl geo -` end to end over a file of them.
// Then enumerates the networks of the US and of Germany with GeoDatabase::networksOf(), beside
// two walks of the whole search tree through libmaxminddb's MMDB_read_node(): one that decodes
// nothing (the least any enumeration through the library's API does) and one that asks every
// data record for its country_code (what a script with the library would do).
//
// Usage: geobench [database] [addresses]

#include "geo/geodatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <maxminddb.h>
#include <netinet/in.h>

#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace Rampart;

namespace {

constexpr int runs = 3;

double bestOf(const std::function<void()> &work)
{
    double best = 1e30;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

// Every node of the tree once, through the library's API, calling data(entry) for each data
// record: the IPv4 part is entered through ::/96 only, not again through its aliases.
qsizetype walkTree(const MMDB_s *db, const std::function<void(MMDB_entry_s)> &data)
{
    struct Pending
    {
        uint32_t node;
        bool allZero; // the path so far: the way to ::/96
    };
    const uint32_t ipv4Start = db->ipv4_start_node.node_value;
    std::vector<Pending> stack { { 0, true } };
    qsizetype visited = 0;
    while (!stack.empty()) {
        const Pending at = stack.back();
        stack.pop_back();
        ++visited;
        MMDB_search_node_s node;
        if (MMDB_read_node(db, at.node, &node) != MMDB_SUCCESS)
            return -1;
        const auto visit = [&](uint64_t record, uint8_t type, MMDB_entry_s entry, bool allZero) {
            if (type == MMDB_RECORD_TYPE_SEARCH_NODE) {
                if (record != ipv4Start || allZero)
                    stack.push_back({ uint32_t(record), allZero });
            } else if (type == MMDB_RECORD_TYPE_DATA) {
                data(entry);
            }
        };
        visit(node.right_record, node.right_record_type, node.right_record_entry, false);
        visit(node.left_record, node.left_record_type, node.left_record_entry, at.allZero);
    }
    return visited;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1
        ? QString::fromLocal8Bit(argv[1])
        : QStringLiteral("/usr/share/rampart/geo/geo-whois-asn-country.mmdb");
    const int count = argc > 2 ? QByteArray(argv[2]).toInt() : 1000000;

    GeoDatabase db;
    if (!db.open(path)) {
        std::fprintf(stderr, "geobench: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    MMDB_s bare;
    if (MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, &bare) != MMDB_SUCCESS)
        return 1;

    // Public unicast IPv4, as a busy server's peers are.
    QRandomGenerator random(20261121);
    QList<Cidr> addresses;
    addresses.reserve(count);
    QByteArray lines;
    lines.reserve(qsizetype(count) * 16);
    for (int i = 0; i < count; ++i) {
        const quint32 address = (1u << 24) + random.bounded(222u << 24);
        addresses.append(Cidr::fromV4(address, 32));
        lines += addresses.last().toString().toLatin1() + '\n';
    }

    qsizetype found = 0;
    const double bareMs = bestOf([&] {
        found = 0;
        for (const Cidr &address : std::as_const(addresses)) {
            sockaddr_in socketAddress {};
            socketAddress.sin_family = AF_INET;
            std::memcpy(&socketAddress.sin_addr, address.bytes().data(), 4);
            int error = 0;
            MMDB_lookup_result_s result = MMDB_lookup_sockaddr(
                &bare, reinterpret_cast<const sockaddr *>(&socketAddress), &error);
            if (!result.found_entry)
                continue;
            MMDB_entry_data_s data;
            if (MMDB_get_value(&result.entry, &data, "country_code", nullptr) == MMDB_SUCCESS
                && data.has_data)
                ++found;
        }
    });
    qsizetype foundSingle = 0;
    const double singleMs = bestOf([&] {
        foundSingle = 0;
        for (const Cidr &address : std::as_const(addresses))
            foundSingle += !db.lookup(address).countryCode.isEmpty();
    });
    qsizetype foundBatch = 0;
    const double batchMs = bestOf([&] {
        const QList<GeoResult> results = db.lookupBatch(addresses);
        foundBatch = std::count_if(results.cbegin(), results.cend(),
                                   [](const GeoResult &r) { return !r.countryCode.isEmpty(); });
    });
    MMDB_close(&bare);

    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("addresses.txt"));
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size())
        return 1;
    file.close();
    qsizetype printed = 0;
    const double commandMs = bestOf([&] {
        QProcess process;
        process.setStandardInputFile(input);
        process.setStandardOutputFile(dir.filePath(QStringLiteral("out.txt")));
        process.start(
            QStringLiteral(RAMPARTCTL_PATH),
            { QStringLiteral("geo"), QStringLiteral("--database"), path, QStringLiteral("-") });
        process.waitForFinished(-1);
        QFile out(dir.filePath(QStringLiteral("out.txt")));
        out.open(QIODevice::ReadOnly);
        printed = out.readAll().count('\n');
    });

    const auto rate = [count](double ms) {
        return count / ms / 1000.0;
    };
    std::printf("%s (%s, built %s), %d random IPv4 addresses, best of %d\n", qPrintable(path),
                qPrintable(db.databaseType()), qPrintable(db.buildDate().toString(Qt::ISODate)),
                count, runs);
    std::printf("%-44s %9s %12s %8s\n", "", "ms", "M lookups/s", "found");
    std::printf("%-44s %9.1f %12.2f %8lld\n", "bare libmaxminddb loop (reference)", bareMs,
                rate(bareMs), qint64(found));
    std::printf("%-44s %9.1f %12.2f %8lld  %.0f %%\n", "GeoDatabase::lookup(), one thread",
                singleMs, rate(singleMs), qint64(foundSingle), 100 * bareMs / singleMs);
    std::printf("%-44s %9.1f %12.2f %8lld  %.0f %%\n", "GeoDatabase::lookupBatch()", batchMs,
                rate(batchMs), qint64(foundBatch), 100 * bareMs / batchMs);
    std::printf("%-44s %9.1f %12s %8lld\n", "rampartctl geo - (read, look up, print)", commandMs,
                "", qint64(printed));

    if (MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, &bare) != MMDB_SUCCESS)
        return 1;
    qsizetype nodes = 0;
    qsizetype records = 0;
    const double bareWalkMs = bestOf([&] {
        records = 0;
        nodes = walkTree(&bare, [&records](MMDB_entry_s) { ++records; });
    });
    qsizetype usRecords = 0;
    const double decodingWalkMs = bestOf([&] {
        usRecords = 0;
        walkTree(&bare, [&usRecords](MMDB_entry_s entry) {
            MMDB_entry_data_s data;
            if (MMDB_get_value(&entry, &data, "country_code", nullptr) == MMDB_SUCCESS
                && data.has_data && data.type == MMDB_DATA_TYPE_UTF8_STRING && data.data_size == 2
                && std::memcmp(data.utf8_string, "US", 2) == 0)
                ++usRecords;
        });
    });
    MMDB_close(&bare);

    std::printf("\nA country's networks from the search tree (%lld nodes, %lld data records "
                "reached), best of %d\n",
                qint64(nodes), qint64(records), runs);
    std::printf("%-44s %9s %12s %14s\n", "", "ms", "networks", "IPv4 addresses");
    std::printf("%-44s %9.1f\n", "MMDB_read_node() walk, no decoding (ref.)", bareWalkMs);
    std::printf("%-44s %9.1f %12lld  (US records, not merged)\n",
                "MMDB_read_node() walk + MMDB_get_value()", decodingWalkMs, qint64(usRecords));
    for (const char *code : { "US", "DE" }) {
        RangeSet networks;
        QString error;
        const double ms =
            bestOf([&] { networks = db.networksOf(QLatin1String(code), nullptr, &error); });
        if (!error.isEmpty()) {
            std::fprintf(stderr, "geobench: %s\n", qPrintable(error));
            return 1;
        }
        std::printf(
            "%-44s %9.1f %12lld %14s  %.0f %%\n",
            qPrintable(QStringLiteral("GeoDatabase::networksOf(\"%1\")").arg(QLatin1String(code))),
            ms, qint64(networks.cidrCount()),
            qPrintable(networks.addressCount(Family::V4).toString()), 100 * bareWalkMs / ms);
    }
    return 0;
}
