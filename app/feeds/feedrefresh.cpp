#include "feeds/feedrefresh.h"

#include "client/helperclient.h"
#include "client/pendingreply.h"
#include "feeds/countryfeed.h"
#include "feeds/feedformat.h"
#include "feeds/feedlocation.h"
#include "feeds/feedparser.h"
#include "geo/geodatabase.h"
#include "geo/geosettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

namespace Rampart {

FeedRefresh::FeedRefresh(HelperClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<Rampart::FeedRefresh::Result>();
}

FeedRefresh::~FeedRefresh()
{
    *m_cancelled = true;
}

void FeedRefresh::begin(const FeedInfo &feed, bool dryRun, bool force)
{
    Q_ASSERT(!m_running);
    m_feed = feed;
    m_dryRun = dryRun;
    m_force = force;
    m_running = true;
    // A parse still running for an earlier start keeps its own flag.
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_result = Result();
    m_result.feed = feed.name;
}

void FeedRefresh::applyPreviewed(const FeedInfo &feed, const Result &preview, bool force)
{
    begin(feed, false, force);
    m_result.summary = preview.summary;
    // Later, like every other path: finished() is never emitted from inside a call.
    QMetaObject::invokeMethod(
        this,
        [this, etag = preview.etag, lastModified = preview.lastModified] {
            if (*m_cancelled) {
                Result result;
                result.status = Status::Cancelled;
                finish(result);
                return;
            }
            apply(m_result.summary, etag, lastModified);
        },
        Qt::QueuedConnection);
}

void FeedRefresh::start(const FeedInfo &feed, const RangeSet &allowlist, bool dryRun, bool force)
{
    begin(feed, dryRun, force);
    m_allowlist = allowlist;

    if (hidesCredentials(feed)) {
        // Fetched, it would only fail, and the failure would be recorded against a feed
        // that may well be fine.
        Result result;
        result.status = Status::Failed;
        result.error = tr("%1 shows its password or token as ***, as the feeds are listed to "
                          "those who may not fetch them; nothing was fetched. Read the feeds "
                          "with their credentials (org.rampart.refresh-feeds) first.")
                           .arg(hidesCredentials(feed.location) ? feed.location : feed.checksumUrl);
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    if (const QString country = countryOfLocation(feed.location); !country.isEmpty()) {
        readCountry(country);
        return;
    }
    if (!isWebLocation(feed.location)) {
        Q_EMIT stageChanged(tr("Reading %1…").arg(feed.location));
        parse({}, {}, {});
        return;
    }
    Q_EMIT stageChanged(tr("Downloading %1…").arg(feed.location));
    FeedRequest request;
    request.url = QUrl(feed.location);
    // A forced refresh or a preview wants the list itself, not "unchanged".
    if (!dryRun && !force) {
        request.etag = feed.etag.toLatin1();
        request.lastModified = feed.lastModified.toLatin1();
    }
    if (!feed.checksumUrl.isEmpty())
        request.checksumUrl = QUrl(feed.checksumUrl);
    m_downloader = new FeedDownloader(nullptr, this);
    connect(m_downloader, &FeedDownloader::progress, this, &FeedRefresh::progress);
    connect(m_downloader, &FeedDownloader::finished, this, [this](const FeedDownload &download) {
        m_downloader->deleteLater();
        switch (download.status) {
        case FeedDownload::Status::Downloaded:
            parse(download.data, QString::fromLatin1(download.etag),
                  QString::fromLatin1(download.lastModified));
            return;
        case FeedDownload::Status::NotModified:
            unchanged();
            return;
        case FeedDownload::Status::Cancelled: {
            Result result;
            result.status = Status::Cancelled;
            finish(result);
            return;
        }
        case FeedDownload::Status::Failed:
            recordFailure(download.error);
            return;
        }
    });
    m_downloader->start(request);
}

void FeedRefresh::cancel()
{
    *m_cancelled = true;
    if (m_downloader)
        m_downloader->cancel();
}

void FeedRefresh::discard()
{
    disconnect();
    if (!m_running) {
        deleteLater();
        return;
    }
    setParent(nullptr);
    connect(this, &FeedRefresh::finished, this, &QObject::deleteLater);
    cancel();
}

void FeedRefresh::parse(const QByteArray &data, const QString &etag, const QString &lastModified)
{
    Q_EMIT stageChanged(tr("Parsing…"));
    FeedParseOptions options;
    if (const std::optional<FeedParseOptions> chosen = feedOptionsFromText(m_feed.format))
        options = *chosen;
    // The worker may outlive this object: it holds only the shared flag and a guarded
    // pointer, and reports progress through the event loop of the application's thread.
    QPointer<FeedRefresh> self(this);
    QObject *receiver = QCoreApplication::instance();
    options.progress = [cancelled = m_cancelled, self, receiver](qint64 done, qint64 total) {
        if (*cancelled)
            return false;
        QMetaObject::invokeMethod(
            receiver,
            [self, done, total] {
                if (self)
                    Q_EMIT self->progress(done, total);
            },
            Qt::QueuedConnection);
        return true;
    };
    const QString location = isWebLocation(m_feed.location) ? QString() : m_feed.location;
    const RangeSet allowlist = m_allowlist;
    auto *watcher = new QFutureWatcher<std::pair<FeedSummary, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, etag, lastModified] {
        watcher->deleteLater();
        const auto [summary, readError] = watcher->result();
        summarized(summary, readError, etag, lastModified);
    });
    watcher->setFuture(QtConcurrent::run([data, location, options, allowlist] {
        QString readError;
        const QByteArray content = location.isEmpty() ? data : readFeedFile(location, &readError);
        if (!readError.isEmpty())
            return std::pair<FeedSummary, QString>(FeedSummary(), readError);
        return std::pair<FeedSummary, QString>(
            summarizeFeed(parseFeed(content, options), allowlist), QString());
    }));
}

void FeedRefresh::readCountry(const QString &countryCode)
{
    Q_EMIT stageChanged(
        tr("Reading the networks of %1 from the geolocation database…")
            .arg(countryName(countryCode).isEmpty() ? countryCode : countryName(countryCode)));
    Q_EMIT progress(0, -1);
    struct CountryRead
    {
        FeedSummary summary;
        QString error;
        QString identity;
        QString databasePath;
        bool unchanged = false;
    };
    // A forced refresh or a preview wants the networks themselves, not "unchanged".
    const QString known = m_dryRun || m_force ? QString() : m_feed.etag;
    const QStringList searchPath = GeoSettings::load().searchPath();
    const RangeSet allowlist = m_allowlist;
    auto *watcher = new QFutureWatcher<CountryRead>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const CountryRead read = watcher->result();
        if (read.unchanged && !*m_cancelled) {
            unchanged();
            return;
        }
        // The database's file stands where a download's Last-Modified would: the Feeds tab
        // shows which database the networks came from.
        summarized(read.summary, read.error, read.identity, read.databasePath);
    });
    watcher->setFuture(
        QtConcurrent::run([countryCode, known, searchPath, allowlist, cancelled = m_cancelled] {
            CountryRead read;
            const GeoDatabase database = GeoDatabase::openFirst(searchPath);
            if (!database.isOpen()) {
                read.error = database.errorString();
                return read;
            }
            read.identity = geoDatabaseIdentity(database);
            read.databasePath = database.path();
            if (!known.isEmpty() && known == read.identity) {
                read.unchanged = true;
                return read;
            }
            QString walkError;
            FeedParseResult parsed;
            parsed.ranges = database.networksOf(countryCode, cancelled.get(), &walkError);
            if (!walkError.isEmpty()) {
                read.error = walkError;
                return read;
            }
            if (parsed.ranges.isEmpty() && !*cancelled) {
                // Not an empty list to apply: a database without the country, or without
                // countries at all, must not empty the sets.
                parsed.fatalError =
                    Feeds::tr("%1 places no network in %2 (%3); the last list stays in force.")
                        .arg(database.path(), countryCode, countryName(countryCode));
                parsed.empty = true;
            }
            parsed.valid = parsed.ranges.cidrCount();
            read.summary = summarizeFeed(std::move(parsed), allowlist);
            return read;
        }));
}

void FeedRefresh::summarized(const FeedSummary &summary, const QString &readError,
                             const QString &etag, const QString &lastModified)
{
    m_result.etag = etag;
    m_result.lastModified = lastModified;
    if (*m_cancelled) {
        Result result;
        result.status = Status::Cancelled;
        finish(result);
        return;
    }
    m_result.summary = summary;
    if (!readError.isEmpty()) {
        recordFailure(readError);
        return;
    }
    if (!summary.parsed.fatalError.isEmpty()) {
        recordFailure(summary.parsed.fatalError);
        return;
    }
    if (m_dryRun) {
        Result result = m_result;
        result.status = Status::Previewed;
        finish(result);
        return;
    }
    apply(summary, etag, lastModified);
}

void FeedRefresh::unchanged()
{
    Result result;
    result.status = Status::Unchanged;
    if (m_feed.name.isEmpty()) {
        finish(result);
        return;
    }
    whenAnswered(m_client->recordFeedCheck(m_feed.name, QString()), this,
                 [this, result](const QDBusPendingCall &call) mutable {
                     if (call.isError()) {
                         result.status = Status::Failed;
                         result.error = HelperClient::describe(call.error());
                     }
                     finish(result);
                 });
}

void FeedRefresh::apply(const FeedSummary &summary, const QString &etag,
                        const QString &lastModified)
{
    Q_EMIT stageChanged(tr("Applying %n network(s)…", nullptr, int(summary.list.size())));
    Q_EMIT progress(0, -1);
    whenAnswered(m_client->updateFeed(m_feed.name, summary.list, etag, lastModified, m_force,
                                      m_confirmWithinSeconds),
                 this, [this](const QDBusPendingCall &call) {
                     QDBusPendingReply<uint, uint, qlonglong> reply = call;
                     Result result = m_result;
                     if (reply.isError()) {
                         result.status = Status::Failed;
                         result.error = HelperClient::describe(reply.error());
                     } else {
                         result.status = Status::Updated;
                         result.added = reply.argumentAt<0>();
                         result.removed = reply.argumentAt<1>();
                         result.historyId = reply.argumentAt<2>();
                     }
                     finish(result);
                 });
}

void FeedRefresh::recordFailure(const QString &error)
{
    Result result = m_result;
    result.status = Status::Failed;
    result.error = error;
    if (m_dryRun || m_feed.name.isEmpty()) {
        finish(result);
        return;
    }
    // The last good list stays; the feed remembers why this attempt failed.
    whenAnswered(m_client->recordFeedCheck(m_feed.name, error.left(maxFeedTextLength)), this,
                 [this, result](const QDBusPendingCall &) { finish(result); });
}

void FeedRefresh::finish(Result result)
{
    result.feed = m_feed.name;
    if (result.summary.parsed.valid == 0 && result.summary.parsed.invalid == 0)
        result.summary = m_result.summary;
    m_running = false;
    Q_EMIT finished(result);
}

namespace {

FeedRefresh::Result runToTheEnd(HelperClient *client,
                                const std::function<void(FeedRefresh &)> &start)
{
    FeedRefresh refresh(client);
    FeedRefresh::Result result;
    QEventLoop loop;
    QObject::connect(&refresh, &FeedRefresh::finished, &loop,
                     [&](const FeedRefresh::Result &finished) {
                         result = finished;
                         loop.quit();
                     });
    start(refresh);
    if (refresh.isRunning())
        loop.exec();
    return result;
}

} // namespace

FeedRefresh::Result FeedRefresh::run(HelperClient *client, const FeedInfo &feed,
                                     const RangeSet &allowlist, bool dryRun, bool force)
{
    return runToTheEnd(
        client, [&](FeedRefresh &refresh) { refresh.start(feed, allowlist, dryRun, force); });
}

FeedRefresh::Result FeedRefresh::runPreviewed(HelperClient *client, const FeedInfo &feed,
                                              const Result &preview, bool force,
                                              quint32 confirmWithinSeconds)
{
    return runToTheEnd(client, [&](FeedRefresh &refresh) {
        refresh.setConfirmWithin(confirmWithinSeconds);
        refresh.applyPreviewed(feed, preview, force);
    });
}

} // namespace Rampart
