#include "feeds/feedscheduler.h"

#include "client/helperclient.h"
#include "client/pendingreply.h"
#include "feeds/countryfeed.h"
#include "feeds/feedlocation.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace Rampart {

namespace {

constexpr int defaultCheckIntervalMs = 60 * 1000;

} // namespace

QList<FeedInfo> dueFeeds(const QList<FeedInfo> &feeds, qint64 now,
                         const QHash<QString, qint64> &lastAttempts, const QString &geoIdentity)
{
    // A country read from another database than the one in use is read again at once, but
    // not more often than this while reading it fails.
    constexpr qint64 countryRetrySeconds = 15 * 60;
    QList<std::pair<qint64, FeedInfo>> due;
    for (const FeedInfo &feed : feeds) {
        if (feed.refreshSeconds == 0)
            continue;
        const qint64 lastAttempt = std::max(feed.lastFetch, lastAttempts.value(feed.name, 0));
        const qint64 dueAt = lastAttempt + feed.refreshSeconds;
        const bool lastFailed = lastAttempt > feed.lastSuccess;
        const bool databaseChanged = !geoIdentity.isEmpty() && feed.etag != geoIdentity
            && !countryOfLocation(feed.location).isEmpty()
            && (!lastFailed || now - lastAttempt >= countryRetrySeconds);
        if (lastAttempt > now || dueAt <= now || databaseChanged)
            due.append({ lastAttempt > now ? std::numeric_limits<qint64>::min() : dueAt, feed });
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<FeedInfo> result;
    result.reserve(due.size());
    for (const auto &[dueAt, feed] : std::as_const(due))
        result.append(feed);
    return result;
}

FeedScheduler::FeedScheduler(HelperClient *client, HelperClient *backgroundClient, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_backgroundClient(backgroundClient)
{
    m_timer.setInterval(defaultCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &FeedScheduler::checkNow);
}

FeedScheduler::~FeedScheduler()
{
    if (m_running)
        m_running->discard();
}

void FeedScheduler::setCheckInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void FeedScheduler::start()
{
    if (!m_backgroundClient)
        return;
    m_timer.start();
    // Feeds that fell due while the GUI was closed need not wait a minute more.
    QMetaObject::invokeMethod(this, &FeedScheduler::checkNow, Qt::QueuedConnection);
}

void FeedScheduler::stop()
{
    m_timer.stop();
}

void FeedScheduler::checkNow()
{
    if (!m_backgroundClient || m_checkInFlight)
        return;
    m_checkInFlight = true;
    // With their credentials: these are the locations that are fetched.
    whenAnswered(m_backgroundClient->feeds(true), this, [this](const QDBusPendingCall &call) {
        m_checkInFlight = false;
        const QDBusPendingReply<QList<FeedInfo>> reply = call;
        // Nothing to say here: the Feeds tab reports an unreachable helper, and the next
        // check tries again.
        if (reply.isError())
            return;
        const QList<FeedInfo> feeds = reply.value();
        // Country feeds follow the database.
        const QList<FeedInfo> due = dueFeeds(feeds, QDateTime::currentSecsSinceEpoch(),
                                             m_lastAttempts, geoIdentityForCountries(feeds));
        for (const FeedInfo &feed : due) {
            if (!isBusyWith(feed.name) && !m_held.contains(feed.name))
                enqueue({ feed, false }, false);
        }
    });
}

void FeedScheduler::refreshNow(const QList<FeedInfo> &feeds)
{
    // In the order given, ahead of what the schedule queued.
    for (auto feed = feeds.crbegin(); feed != feeds.crend(); ++feed) {
        if (feed->name == m_runningName)
            continue; // being refreshed right now
        m_queue.removeIf([&](const Job &job) { return job.feed.name == feed->name; });
        enqueue({ *feed, true }, true);
    }
}

void FeedScheduler::hold(const QString &name)
{
    m_held.insert(name);
    m_queue.removeIf([&](const Job &job) { return !job.asked && job.feed.name == name; });
}

void FeedScheduler::release(const QString &name)
{
    m_held.remove(name);
}

bool FeedScheduler::isBusyWith(const QString &name) const
{
    return name == m_runningName
        || std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [&](const Job &job) { return job.feed.name == name; });
}

void FeedScheduler::enqueue(const Job &job, bool first)
{
    if (first)
        m_queue.prepend(job);
    else
        m_queue.append(job);
    Q_EMIT queued(job.feed.name);
    // Later, so that a caller queuing several feeds sees them all queued before one runs.
    QMetaObject::invokeMethod(this, &FeedScheduler::runNext, Qt::QueuedConnection);
}

void FeedScheduler::runNext()
{
    if (m_running || m_queue.isEmpty() || m_readingCredentials)
        return;
    const Job job = m_queue.takeFirst();
    m_runningName = job.feed.name;
    if (!hidesCredentials(job.feed)) {
        run(job);
        return;
    }
    // A feed as the Feeds tab lists it, its password or token shown as "***": the helper
    // has the location whole for those who may fetch it.
    m_readingCredentials = true;
    HelperClient *client = job.asked ? m_client : m_backgroundClient;
    whenAnswered(client->feeds(true), this, [this, job](const QDBusPendingCall &call) {
        m_readingCredentials = false;
        const QDBusPendingReply<QList<FeedInfo>> reply = call;
        FeedRefresh::Result failure;
        failure.status = FeedRefresh::Status::Failed;
        failure.feed = job.feed.name;
        if (reply.isError()) {
            failure.error = tr("Its address could not be read with its password or token. %1")
                                .arg(HelperClient::describe(reply.error()));
            skip(job.feed.name, failure);
            return;
        }
        const QList<FeedInfo> feeds = reply.value();
        const auto whole = std::find_if(feeds.cbegin(), feeds.cend(), [&](const FeedInfo &feed) {
            return feed.name == job.feed.name;
        });
        if (whole == feeds.cend()) {
            failure.error = tr("The helper no longer has this feed.");
            skip(job.feed.name, failure);
            return;
        }
        run({ *whole, job.asked });
    });
}

void FeedScheduler::skip(const QString &name, const FeedRefresh::Result &result)
{
    m_runningName.clear();
    Q_EMIT finished(name, result);
    runNext();
}

void FeedScheduler::run(const Job &job)
{
    const QString name = job.feed.name;
    m_running = new FeedRefresh(job.asked ? m_client : m_backgroundClient, this);
    connect(m_running, &FeedRefresh::progress, this,
            [this, name](qint64 done, qint64 total) { Q_EMIT progress(name, done, total); });
    connect(m_running, &FeedRefresh::finished, this,
            [this, name](const FeedRefresh::Result &result) {
                m_lastAttempts.insert(name, QDateTime::currentSecsSinceEpoch());
                m_running->deleteLater();
                m_running = nullptr;
                m_runningName.clear();
                Q_EMIT finished(name, result);
                runNext();
            });
    Q_EMIT started(name);
    // The helper subtracts its own allowlist; the client's copy would only refine the
    // summary, which nobody reads here.
    m_running->start(job.feed, RangeSet(), false, job.asked);
}

} // namespace Rampart
