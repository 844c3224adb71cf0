#include "connectionsmonitor.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Rampart {

namespace {

struct Snapshot
{
    SocketSnapshot snapshot;
    qint64 elapsedMs = 0;
};

} // namespace

ConnectionsMonitor::ConnectionsMonitor(QObject *parent)
    : QObject(parent)
    , m_source([] { return takeSocketSnapshot(); })
    , m_aggregator(std::make_shared<ConnectionAggregator>())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(defaultInterval);
    connect(m_timer, &QTimer::timeout, this, &ConnectionsMonitor::startRefresh);
}

ConnectionsMonitor::~ConnectionsMonitor() = default;

void ConnectionsMonitor::setSnapshotSource(SnapshotSource source)
{
    m_source = std::move(source);
}

void ConnectionsMonitor::setGrouping(Grouping grouping, bool byCountry)
{
    m_grouping = grouping;
    m_byCountry = byCountry;
}

void ConnectionsMonitor::setGeoSearchPath(const QStringList &searchPath)
{
    // A worker still holding the old cache finishes with it; the next refresh opens this.
    m_geo = std::make_shared<GeoCache>(searchPath);
}

void ConnectionsMonitor::setBlocklist(Blocklist entries)
{
    m_newBlocklist = std::move(entries);
}

void ConnectionsMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval > std::chrono::milliseconds::zero() ? interval : defaultInterval);
    updateTimer();
}

std::chrono::milliseconds ConnectionsMonitor::interval() const
{
    return m_timer->intervalAsDuration();
}

void ConnectionsMonitor::start()
{
    m_started = true;
    updateTimer();
}

void ConnectionsMonitor::stop()
{
    m_started = false;
    updateTimer();
}

void ConnectionsMonitor::setPaused(bool paused)
{
    m_paused = paused;
    updateTimer();
}

void ConnectionsMonitor::updateTimer()
{
    if (m_started && !m_paused)
        m_timer->start();
    else
        m_timer->stop();
}

void ConnectionsMonitor::refreshNow()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    startRefresh();
}

void ConnectionsMonitor::startRefresh()
{
    if (m_inFlight)
        return;
    m_inFlight = true;
    m_again = false;

    // The snapshot first, on its own: what to group it with (the blocklist, the grouping) is
    // taken when it arrives, so that a blocklist asked for at the same time can be read
    // meanwhile and still be used.
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Snapshot taken = watcher->result();
        if (!taken.snapshot.error.isEmpty()) {
            ConnectionsRefresh refresh;
            refresh.grouping = m_grouping;
            refresh.byCountry = m_byCountry;
            refresh.error = taken.snapshot.error;
            refresh.source = taken.snapshot.source;
            refresh.sockets = taken.snapshot.sockets.size();
            refresh.snapshotMs = taken.elapsedMs;
            finish(refresh);
            return;
        }
        group(std::move(taken.snapshot), taken.elapsedMs);
    });
    watcher->setFuture(QtConcurrent::run([source = m_source] {
        QElapsedTimer timer;
        timer.start();
        Snapshot taken;
        taken.snapshot = source();
        taken.elapsedMs = timer.elapsed();
        return taken;
    }));
}

void ConnectionsMonitor::group(SocketSnapshot snapshot, qint64 snapshotMs)
{
    auto *watcher = new QFutureWatcher<ConnectionsRefresh>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([snapshot = std::move(snapshot), snapshotMs, aggregator = m_aggregator,
                           geo = m_geo, blocklist = std::exchange(m_newBlocklist, nullptr),
                           grouping = m_grouping, byCountry = m_byCountry] {
            ConnectionsRefresh refresh;
            refresh.grouping = grouping;
            refresh.byCountry = byCountry;
            refresh.source = snapshot.source;
            refresh.sockets = snapshot.sockets.size();
            refresh.snapshotMs = snapshotMs;
            // Loading 400,000 entries takes a tenth of a second: here, and not counted as
            // grouping.
            if (blocklist)
                aggregator->setBlocklist(*blocklist);
            QElapsedTimer timer;
            timer.start();
            QList<ConnectionGroup> groups = aggregator->aggregate(snapshot, grouping);
            if (geo) {
                // Only the addresses not seen before are looked up; the database is opened
                // here, at the first refresh, never on the monitor's thread.
                refresh.groups = geo->locate(groups);
                if (byCountry)
                    refresh.groups = GeoCache::groupByCountry(refresh.groups);
                refresh.geoError = geo->errorString();
            } else {
                refresh.groups.reserve(groups.size());
                for (ConnectionGroup &group : groups)
                    refresh.groups.append(LocatedGroup { std::move(group), {} });
            }
            refresh.aggregateMs = timer.elapsed();
            return refresh;
        }));
}

void ConnectionsMonitor::finish(const ConnectionsRefresh &refresh)
{
    m_inFlight = false;
    // Grouped the old way: the groups of the new grouping come with the next one.
    if (refresh.grouping == m_grouping && refresh.byCountry == m_byCountry) {
        if (refresh.error.isEmpty())
            m_lastGood = refresh;
        Q_EMIT refreshed(refresh);
    } else {
        m_again = true;
    }
    if (m_again)
        startRefresh();
}

} // namespace Rampart
