#pragma once

#include "connections/socketsnapshot.h"

#include <QList>
#include <QMutex>
#include <QSemaphore>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QThread;

// Each item "remote count": that many established connections from the remote to port 443
// of 192.0.2.1 (2001:db8:ffff::1 for IPv6 remotes).
Rampart::SocketSnapshot snapshotOf(const QStringList &items);

// A snapshot source for the connections monitor, changed by the test while a worker reads
// it; it can be made to wait, so that a refresh stays under way until the test lets it go.
class CannedSnapshots
{
public:
    void set(const QStringList &items);
    // The next snapshots fail with this error.
    void fail(const QString &error);
    // Snapshots wait in the source until released, one release each.
    void hold();
    void release(int snapshots = 1);
    void letGo();
    // Lets go, and forgets what was taken.
    void clear();

    // Called on the worker threads; each snapshot is stamped with the time it is taken.
    std::function<Rampart::SocketSnapshot()> source();
    QList<QThread *> sourceThreads();

    std::atomic<int> started = 0;
    std::atomic<int> taken = 0;

private:
    QMutex m_mutex;
    Rampart::SocketSnapshot m_snapshot;
    QList<QThread *> m_threads;
    std::atomic<bool> m_held = false;
    QSemaphore m_gate;
};
