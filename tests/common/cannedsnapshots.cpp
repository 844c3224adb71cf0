#include "cannedsnapshots.h"

#include "testcidr.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QThread>

using namespace Rampart;

SocketSnapshot snapshotOf(const QStringList &items)
{
    SocketSnapshot snapshot;
    snapshot.source = QStringLiteral("canned");
    snapshot.takenAtMs = QDateTime::currentMSecsSinceEpoch();
    quint64 inode = 1;
    for (const QString &item : items) {
        const QStringList parts = item.split(u' ');
        for (int i = 0; i < parts.at(1).toInt(); ++i) {
            Socket socket;
            socket.transport = Transport::Tcp;
            socket.state = 1; // ESTABLISHED
            socket.local = cidr(parts.at(0).contains(u':') ? u"2001:db8:ffff::1" : u"192.0.2.1");
            socket.localPort = 443;
            socket.remote = cidr(parts.at(0));
            socket.remotePort = quint16(40000 + i);
            socket.inode = inode++;
            snapshot.sockets << socket;
        }
    }
    return snapshot;
}

void CannedSnapshots::set(const QStringList &items)
{
    const QMutexLocker lock(&m_mutex);
    m_snapshot = snapshotOf(items);
}

void CannedSnapshots::fail(const QString &error)
{
    const QMutexLocker lock(&m_mutex);
    m_snapshot = SocketSnapshot();
    m_snapshot.source = QStringLiteral("canned");
    m_snapshot.error = error;
}

void CannedSnapshots::hold()
{
    // What earlier let-gos left over must not let a snapshot through.
    m_gate.tryAcquire(m_gate.available());
    m_held = true;
}

void CannedSnapshots::release(int snapshots)
{
    m_gate.release(snapshots);
}

void CannedSnapshots::letGo()
{
    m_held = false;
    m_gate.release(1000);
}

void CannedSnapshots::clear()
{
    letGo();
    started = 0;
    taken = 0;
    const QMutexLocker lock(&m_mutex);
    m_threads.clear();
}

std::function<SocketSnapshot()> CannedSnapshots::source()
{
    return [this] {
        ++started;
        {
            const QMutexLocker lock(&m_mutex);
            m_threads << QThread::currentThread();
        }
        if (m_held)
            m_gate.acquire();
        ++taken;
        const QMutexLocker lock(&m_mutex);
        SocketSnapshot snapshot = m_snapshot;
        snapshot.takenAtMs = QDateTime::currentMSecsSinceEpoch();
        return snapshot;
    };
}

QList<QThread *> CannedSnapshots::sourceThreads()
{
    const QMutexLocker lock(&m_mutex);
    return m_threads;
}
