#include "geocache.h"

#include <QSet>

#include <algorithm>

namespace Rampart {

namespace {

// Past this many entries beyond those of the last lookup, addresses no longer connected are
// forgotten, so that a long-running window under a scan does not grow without end.
constexpr qsizetype cacheSlack = 65'536;

QByteArray addressKey(const Cidr &network)
{
    QByteArray key;
    key.reserve(17);
    key.append(char(network.family()));
    key.append(reinterpret_cast<const char *>(network.bytes().data()),
               qsizetype(network.bytes().size()));
    return key;
}

template<typename T> void mergeSorted(QList<T> &into, const QList<T> &from)
{
    QList<T> merged;
    merged.reserve(into.size() + from.size());
    std::set_union(into.cbegin(), into.cend(), from.cbegin(), from.cend(),
                   std::back_inserter(merged));
    into = std::move(merged);
}

} // namespace

GeoCache::GeoCache(QStringList searchPath)
    : m_searchPath(std::move(searchPath))
{ }

void GeoCache::openOnce()
{
    if (m_opened)
        return;
    m_opened = true;
    m_db = GeoDatabase::openFirst(m_searchPath);
    m_error = m_db.isOpen() ? QString() : m_db.errorString();
}

QList<GeoResult> GeoCache::lookup(const QList<Cidr> &networks)
{
    openOnce();
    m_lastMisses = 0;
    if (!m_db.isOpen())
        return QList<GeoResult>(networks.size());

    QList<QByteArray> keys;
    keys.reserve(networks.size());
    QList<Cidr> misses;
    QSet<QByteArray> missed;
    for (const Cidr &network : networks) {
        QByteArray key = addressKey(network);
        if (!m_cache.contains(key) && !missed.contains(key)) {
            missed.insert(key);
            misses << network;
        }
        keys << std::move(key);
    }
    m_lastMisses = misses.size();
    if (!misses.isEmpty()) {
        const QList<GeoResult> found = m_db.lookupBatch(misses);
        for (qsizetype i = 0; i < misses.size(); ++i)
            m_cache.insert(addressKey(misses.at(i)), found.at(i));
    }

    QList<GeoResult> results;
    results.reserve(networks.size());
    for (const QByteArray &key : std::as_const(keys))
        results << m_cache.value(key);

    if (m_cache.size() > keys.size() + cacheSlack) {
        QHash<QByteArray, GeoResult> kept;
        kept.reserve(keys.size());
        for (qsizetype i = 0; i < keys.size(); ++i)
            kept.insert(keys.at(i), results.at(i));
        m_cache = std::move(kept);
    }
    return results;
}

QList<LocatedGroup> GeoCache::locate(const QList<ConnectionGroup> &groups)
{
    QList<Cidr> remotes;
    remotes.reserve(groups.size());
    for (const ConnectionGroup &group : groups)
        remotes << group.remote;
    const QList<GeoResult> places = lookup(remotes);
    QList<LocatedGroup> located;
    located.reserve(groups.size());
    for (qsizetype i = 0; i < groups.size(); ++i)
        located.append({ groups.at(i), places.at(i) });
    return located;
}

QList<LocatedGroup> GeoCache::groupByCountry(const QList<LocatedGroup> &addresses)
{
    QHash<QString, qsizetype> indexOf;
    QList<LocatedGroup> countries;
    for (const LocatedGroup &address : addresses) {
        const QString &code = address.geo.countryCode;
        const auto found = indexOf.constFind(code);
        if (found == indexOf.cend()) {
            indexOf.insert(code, countries.size());
            LocatedGroup country;
            country.geo.countryCode = code;
            country.group = address.group;
            country.group.remote = Cidr();
            country.group.processes.sort();
            country.group.processes.removeDuplicates();
            countries << country;
            continue;
        }
        ConnectionGroup &into = countries[found.value()].group;
        const ConnectionGroup &from = address.group;
        into.connections += from.connections;
        into.addresses += from.addresses;
        for (auto it = from.states.cbegin(); it != from.states.cend(); ++it)
            into.states[it.key()] += it.value();
        mergeSorted(into.localPorts, from.localPorts);
        if (from.firstSeenMs > 0 && (into.firstSeenMs <= 0 || from.firstSeenMs < into.firstSeenMs))
            into.firstSeenMs = from.firstSeenMs;
        into.lastSeenMs = std::max(into.lastSeenMs, from.lastSeenMs);
        // A country is blocked only as far as one entry covers all of its addresses.
        if (into.blockedBy != from.blockedBy)
            into.blockedBy.clear();
        QStringList processes = from.processes;
        processes.sort();
        mergeSorted(into.processes, processes);
        into.processes.removeDuplicates();
    }
    std::sort(countries.begin(), countries.end(), [](const LocatedGroup &a, const LocatedGroup &b) {
        if (a.group.connections != b.group.connections)
            return a.group.connections > b.group.connections;
        if (a.geo.countryCode.isEmpty() != b.geo.countryCode.isEmpty())
            return b.geo.countryCode.isEmpty();
        return a.geo.countryCode < b.geo.countryCode;
    });
    return countries;
}

} // namespace Rampart
