#pragma once

#include "dbus/helpertypes.h"
#include "feeds/feedrefresh.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Rampart {

class HelperClient;

// The feeds due at `now`, the longest overdue first: those with a refresh interval whose
// last attempt (the helper's lastFetch, or a later one in lastAttempts, which may not have
// been recorded) is that long ago. A last attempt in the future means the clock was set
// back; waiting for it could stall the feed for as long, so it is due. A country feed whose
// ETag is not geoIdentity (the database in use, when given) is due too, unless its last
// attempt failed less than a quarter of an hour ago.
QList<FeedInfo> dueFeeds(const QList<FeedInfo> &feeds, qint64 now,
                         const QHash<QString, qint64> &lastAttempts = {},
                         const QString &geoIdentity = {});

// Refreshes feeds while the GUI runs, one at a time: those whose refresh interval has
// passed, checked every minute, and those a person asks for, first. Scheduled refreshes
// go through a client that never makes polkit ask for a password (nobody asked for them);
// refreshes a person asks for may.
class FeedScheduler : public QObject
{
    Q_OBJECT

public:
    // Neither client is owned. backgroundClient must not be interactive; without it nothing
    // is refreshed on schedule, only what refreshNow() is asked.
    FeedScheduler(HelperClient *client, HelperClient *backgroundClient, QObject *parent = nullptr);
    ~FeedScheduler() override;

    void setCheckInterval(int milliseconds);
    int checkInterval() const { return m_timer.interval(); }
    // Checks at once, then every interval.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    void checkNow();

    // Refreshes these feeds ahead of the schedule, whatever their ETag says, after the
    // refresh that is running.
    void refreshNow(const QList<FeedInfo> &feeds);
    // A refresh of the feed runs elsewhere (the import dialog): the schedule leaves it be.
    void hold(const QString &name);
    void release(const QString &name);

    // Queued or running.
    bool isBusyWith(const QString &name) const;

Q_SIGNALS:
    void queued(const QString &name);
    void started(const QString &name);
    void progress(const QString &name, qint64 done, qint64 total);
    void finished(const QString &name, const Rampart::FeedRefresh::Result &result);

private:
    struct Job
    {
        FeedInfo feed;
        bool asked = false; // by a person: forced, may prompt for a password
    };

    void enqueue(const Job &job, bool first);
    void runNext();
    void run(const Job &job);
    // The job ends before its refresh starts, with this failure.
    void skip(const QString &name, const FeedRefresh::Result &result);

    HelperClient *m_client;
    HelperClient *m_backgroundClient;
    QTimer m_timer;
    QList<Job> m_queue;
    QPointer<FeedRefresh> m_running;
    QString m_runningName;
    QSet<QString> m_held;
    QHash<QString, qint64> m_lastAttempts;
    bool m_checkInFlight = false;
    // Reading the feed about to run (m_runningName) with its credentials.
    bool m_readingCredentials = false;
};

} // namespace Rampart
