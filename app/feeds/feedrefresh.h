#pragma once

#include "dbus/helpertypes.h"
#include "feeds/feeddownloader.h"
#include "feeds/feedsummary.h"
#include "net/rangeset.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

namespace Rampart {

class HelperClient;

// One pass over a feed: read the file or download the URL (conditionally, with the ETag and
// Last-Modified kept from the last good list), parse it off the calling thread, and hand the
// list to the helper; or, on a dry run, stop at the summary. A failed or suspicious
// download leaves the last good list in force and is recorded with the feed.
class FeedRefresh : public QObject
{
    Q_OBJECT

public:
    enum class Status { Updated, Unchanged, Previewed, Failed, Cancelled };
    struct Result
    {
        Status status = Status::Failed;
        QString feed;
        FeedSummary summary;
        quint32 added = 0;
        quint32 removed = 0;
        qint64 historyId = 0; // the update's history row, 0 when none was written
        QString error; // for the administrator: what went wrong and what to do
        // From the download, for the next conditional request.
        QString etag;
        QString lastModified;
    };

    explicit FeedRefresh(HelperClient *client, QObject *parent = nullptr);
    ~FeedRefresh() override;

    // feed.name may be empty on a dry run. allowlist is subtracted for the summary only;
    // the helper applies its own.
    void start(const FeedInfo &feed, const RangeSet &allowlist, bool dryRun, bool force);
    // Hands the helper the list a dry run of the same feed found, without reading or
    // downloading it again: what was previewed is what is applied.
    void applyPreviewed(const FeedInfo &feed, const Result &preview, bool force);
    void cancel();
    bool isRunning() const { return m_running; }
    // For the next list handed to the helper: above 0, the helper undoes the update by
    // itself unless it is confirmed (HelperClient::confirm) within that many seconds.
    void setConfirmWithin(quint32 seconds) { m_confirmWithinSeconds = seconds; }
    // For an owner that goes away or gives up on the refresh: cancels it, and deletes it
    // once it has finished (a parse on a worker thread still refers to it) or at once when
    // it is not running. Nothing it emits reaches anyone any more.
    void discard();

    // Runs start() to the end in a local event loop, for the command line.
    static Result run(HelperClient *client, const FeedInfo &feed, const RangeSet &allowlist,
                      bool dryRun, bool force);
    // Runs applyPreviewed() to the end in a local event loop, for the command line.
    static Result runPreviewed(HelperClient *client, const FeedInfo &feed, const Result &preview,
                               bool force, quint32 confirmWithinSeconds = 0);

Q_SIGNALS:
    // What is happening now ("Downloading…", "Parsing…", "Applying…"), translated.
    void stageChanged(const QString &stage);
    // total is -1 when unknown.
    void progress(qint64 done, qint64 total);
    void finished(const Rampart::FeedRefresh::Result &result);

private:
    void begin(const FeedInfo &feed, bool dryRun, bool force);
    void parse(const QByteArray &data, const QString &etag, const QString &lastModified);
    void readCountry(const QString &countryCode);
    // The summary a worker made, or why it could not make one.
    void summarized(const FeedSummary &summary, const QString &readError, const QString &etag,
                    const QString &lastModified);
    void unchanged();
    void apply(const FeedSummary &summary, const QString &etag, const QString &lastModified);
    void recordFailure(const QString &error);
    void finish(Result result);

    HelperClient *m_client;
    FeedInfo m_feed;
    RangeSet m_allowlist;
    bool m_dryRun = false;
    bool m_force = false;
    quint32 m_confirmWithinSeconds = 0;
    bool m_running = false;
    // Shared with the parse on its worker thread, which may outlive this object.
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    QPointer<FeedDownloader> m_downloader;
    Result m_result;
};

} // namespace Rampart

Q_DECLARE_METATYPE(Rampart::FeedRefresh::Result)
