#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Rampart {

// Lets go of a reply the receiver listens to: no more of its signals reach the receiver, a
// transfer still running is aborted, and the reply is deleted later. Null does nothing.
void discardReply(QNetworkReply *reply, QObject *receiver);

// A feed larger than this is not a blocklist, whether it is downloaded or read from a file.
inline constexpr qint64 maxFeedBytes = 256 * 1024 * 1024;

// What to download, and what is known from the last good download of the same feed.
struct FeedRequest
{
    QUrl url;
    QByteArray etag; // sent as If-None-Match
    QByteArray lastModified; // sent as If-Modified-Since
    // Optional: a file holding the feed's MD5 or SHA-256 in hex, alone or followed by a
    // file name as md5sum and sha256sum print it.
    QUrl checksumUrl;
    qint64 maxBytes = maxFeedBytes;
    int timeoutMs = 60000; // without progress for this long, the download fails
    int maxRedirects = 5;
};

struct FeedDownload
{
    Q_GADGET

public:
    enum class Status { Downloaded, NotModified, Failed, Cancelled };
    Q_ENUM(Status)

    Status status = Status::Failed;
    QByteArray data; // the body, when Downloaded
    QByteArray etag, lastModified; // to send with the next request
    QUrl finalUrl; // after redirects
    int httpStatus = 0;
    QString error; // for the administrator: what happened, to which address, what to do
};

// Reads a feed that is a file on this machine, of at most maxBytes. Only a regular file is
// read: a FIFO or a device would block or never end, a directory holds no list, and the
// files of /proc and /sys claim a size of 0 or 4096 whatever they give. On failure returns
// nothing and *error says what the path is instead.
QByteArray readFeedFile(const QString &path, QString *error, qint64 maxBytes = maxFeedBytes);

// Downloads one feed over HTTP or HTTPS. The content is not judged here: the parser
// decides whether what arrived is a blocklist.
class FeedDownloader : public QObject
{
    Q_OBJECT

public:
    // Without a network access manager, the downloader makes its own.
    explicit FeedDownloader(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~FeedDownloader() override;

    // One download at a time: finished() is emitted once for each start(), never from
    // inside start() itself.
    void start(const FeedRequest &request);
    // Ends the download; finished() then brings Cancelled, unless a result was already on
    // its way.
    void cancel();
    // From start() until finished() is emitted.
    bool isRunning() const { return m_phase != Phase::Idle; }

    // For the CLI: runs start() in a local event loop and returns the result.
    static FeedDownload fetch(const FeedRequest &request);

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total is -1 when unknown
    void finished(const Rampart::FeedDownload &result);

private:
    enum class Phase { Idle, Body, Checksum, Finishing };

    void get(const QUrl &url, bool conditional);
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onBodyFinished(QNetworkReply *reply);
    void onChecksumFinished(QNetworkReply *reply);
    bool accept(QNetworkReply *reply);
    qint64 currentCap() const;
    bool checkCap();
    void noteResponse(QNetworkReply *reply);
    void emitProgress(qint64 received, bool force);
    void dropReply();
    void fail(const QString &error);
    void finish();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    Phase m_phase = Phase::Idle;
    FeedRequest m_request;
    FeedDownload m_result;
    QUrl m_lastUrl; // of the current request, after the redirects followed so far
    QByteArray m_received; // of the current request
    QElapsedTimer m_sinceProgress;
    qint64 m_progressReceived = -1;
};

} // namespace Rampart
