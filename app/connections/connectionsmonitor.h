#pragma once

#include "client/helperclient.h"
#include "connections/connectionaggregator.h"
#include "connections/socketsnapshot.h"
#include "geo/geocache.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

class QTimer;

namespace Rampart {

// One refresh of the connections: a snapshot, grouped, and where its remotes are.
struct ConnectionsRefresh
{
    // How the groups were made; byCountry: one group per country, made of the addresses'.
    Grouping grouping = Grouping::Address;
    bool byCountry = false;
    // Busiest first. Without geolocation, every place is empty. None when error is set.
    QList<LocatedGroup> groups;
    // Why the connections could not be read, translated; empty when they were.
    QString error;
    // Why the groups have no places: no geolocation database could be opened.
    QString geoError;
    // Where the snapshot came from ("netlink" or "/proc"), and how many sockets it held.
    QString source;
    qsizetype sockets = 0;
    qint64 snapshotMs = 0;
    // Grouping, matching against the blocklist and placing.
    qint64 aggregateMs = 0;
};

// Who is connected to this machine right now, refreshed on an interval: the pipeline that the
// Connections tab shows, that `rampartctl connections` prints once and that a background
// watch reads every few seconds. Snapshots are taken and grouped on worker threads; the
// results arrive as refreshed() on the thread the monitor lives on. One refresh is under way
// at a time, with at most one more asked for behind it. Needs no widgets, only an event loop.
class ConnectionsMonitor : public QObject
{
    Q_OBJECT

public:
    // Called on a worker thread: must not touch widgets or unguarded shared state.
    using SnapshotSource = std::function<SocketSnapshot()>;
    using Blocklist = std::shared_ptr<const QList<BlockedEntry>>;

    static constexpr std::chrono::milliseconds defaultInterval = std::chrono::seconds(2);

    // Reads the sockets with takeSocketSnapshot() and their default options (no owners), and
    // locates nothing, until told otherwise.
    explicit ConnectionsMonitor(QObject *parent = nullptr);
    ~ConnectionsMonitor() override;

    // Where the next refreshes take their snapshots.
    void setSnapshotSource(SnapshotSource source);

    // How the next refreshes group the connections. A refresh under way that grouped them
    // another way is not reported: another one follows at once.
    void setGrouping(Grouping grouping, bool byCountry = false);
    Grouping grouping() const { return m_grouping; }
    bool byCountry() const { return m_byCountry; }

    // Locates the groups' remotes in the first database found along searchPath (as
    // GeoDatabase::openFirst() takes it), opened by the next refresh on its worker.
    void setGeoSearchPath(const QStringList &searchPath);

    // The blocklist that says which entry covers each group (ConnectionGroup::blockedBy),
    // from the first refresh whose snapshot arrives after this call. Loaded on the worker.
    void setBlocklist(Blocklist entries);

    // Refreshes every interval while started and not paused.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    // For a view, while it is shown; for a background service, for as long as it runs. Only
    // the interval's refreshes: start() takes no snapshot at once, refreshNow() does.
    void start();
    void stop();
    bool isStarted() const { return m_started; }
    // The administrator's pause: no refresh on the interval until unpaused, started or not.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Takes a snapshot now, started, paused or not; after the one under way if there is one.
    void refreshNow();
    bool isRefreshing() const { return m_inFlight; }

    // The last refresh that read the connections: a failed one leaves it in place.
    const ConnectionsRefresh &lastGoodRefresh() const { return m_lastGood; }

Q_SIGNALS:
    // A refresh finished, with its groups, or with the reason it could not read the
    // connections.
    void refreshed(const ConnectionsRefresh &refresh);

private:
    // The interval's refreshes are not queued behind one that takes longer than the interval.
    void startRefresh();
    void group(SocketSnapshot snapshot, qint64 snapshotMs);
    void finish(const ConnectionsRefresh &refresh);
    void updateTimer();

    SnapshotSource m_source;
    Grouping m_grouping = Grouping::Address;
    bool m_byCountry = false;
    // Used by one worker at a time; shared so that a worker outliving the monitor still has
    // it.
    std::shared_ptr<ConnectionAggregator> m_aggregator;
    // Likewise; it opens its database on the worker, at the first refresh. Null: no places.
    std::shared_ptr<GeoCache> m_geo;
    // A blocklist set since the last grouping, for the next worker to hand the aggregator.
    Blocklist m_newBlocklist;

    QTimer *m_timer;
    bool m_started = false;
    bool m_paused = false;
    bool m_inFlight = false;
    bool m_again = false;
    ConnectionsRefresh m_lastGood;
};

} // namespace Rampart

// For refreshed() across threads, to a receiver on another thread than the monitor's.
Q_DECLARE_METATYPE(Rampart::ConnectionsRefresh)
