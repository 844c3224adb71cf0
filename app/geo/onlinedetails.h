#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Rampart {

class Cidr;

// What an online service says about one address, beyond the country the local database
// gives. Fields the service left out stay empty.
struct OnlineDetails
{
    QString address; // as Cidr::toString() writes it, or the text given when it is no address
    QString countryCode;
    QString region;
    QString city;
    QString isp;
    QString organization;
    QString asText; // "AS15169 Google LLC"
    // Why there are no details: the service's own answer, an address that is never sent,
    // or an answer that could not be used. Empty when the fields above are the answer.
    QString error;

    bool hasDetails() const { return error.isEmpty(); }
    friend bool operator==(const OnlineDetails &, const OnlineDetails &) = default;
};

// ip-api.com's batch endpoint, asking for the fields OnlineDetails holds. Its free service
// speaks plain HTTP only.
QUrl defaultOnlineDetailsUrl();

// Shown before online details are turned on: what is sent, where to, and what is not.
QString onlineDetailsNotice(const QUrl &endpoint = defaultOnlineDetailsUrl());

// Why the address is never sent to an online service (private, loopback, link-local,
// documentation, multicast and the other special-purpose ranges, which have no public
// owner to look up), or an empty string when it may be.
QString onlineLookupRefusal(const Cidr &address);

// Looks addresses up with a service that speaks ip-api.com's batch protocol: a POST of a
// JSON array of at most 100 addresses, answered by an array of objects in the same order.
// One request at a time; the X-Rl/X-Ttl and RateLimit-Remaining/RateLimit-Reset headers
// and 429 answers are honoured by holding the next request back. Answers are kept for the
// provider's lifetime, so an address is asked about once.
class OnlineDetailsProvider : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxBatchSize = 100;
    static constexpr int defaultTimeoutMs = 30000;
    static constexpr qint64 defaultMaxResponseBytes = 1024 * 1024;
    // When a 429 answer says nothing about how long to wait.
    static constexpr int defaultRateLimitWaitSeconds = 60;

    // Without a network access manager, the provider makes its own.
    explicit OnlineDetailsProvider(const QUrl &endpoint = defaultOnlineDetailsUrl(),
                                   QNetworkAccessManager *network = nullptr,
                                   QObject *parent = nullptr);
    ~OnlineDetailsProvider() override;

    QUrl endpoint() const { return m_endpoint; }
    // Without progress for this long, a request fails.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // A larger answer is not read; its batch gets an error.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // Queues the addresses that are neither answered nor queued yet. Addresses that are
    // never sent, and text that is no single address, are answered here without asking
    // anyone, through detailsReady() like the others. Signals come from the event loop,
    // never from inside lookup().
    void lookup(const QStringList &addresses);
    // Drops the queue and the request under way; nothing is emitted for them.
    void cancel();
    // From lookup() until idle() or cancel().
    bool isBusy() const { return m_busy; }
    // Addresses queued or being asked about.
    qsizetype pending() const { return m_queued.size(); }

    // The answer kept for the address, in any form parseCidr() reads.
    std::optional<OnlineDetails> cached(const QString &address) const;

Q_SIGNALS:
    // One batch's answers in the order sent, or the addresses answered here.
    void detailsReady(const QList<Rampart::OnlineDetails> &details);
    // The next request is held back this long, as the service asked.
    void waiting(int seconds);
    // The service could not be asked (no connection, an HTTP error, a timeout); the queue
    // is dropped, and its addresses stay unanswered so that a later lookup() asks again.
    void failed(const QString &error);
    // Nothing left to do.
    void idle();

private:
    void schedule();
    void advance();
    void send();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void holdBack(int seconds);
    void answerBatch(const QList<OnlineDetails> &answers);
    void failBatch(const QString &error);
    void fail(const QString &error);
    void dropReply();

    QUrl m_endpoint;
    QNetworkAccessManager *m_network;
    QTimer *m_waitTimer;
    int m_timeoutMs = defaultTimeoutMs;
    qint64 m_maxResponseBytes = defaultMaxResponseBytes;

    QHash<QString, OnlineDetails> m_cache;
    QStringList m_queue; // waiting for a batch
    QStringList m_batch; // being asked about, or waiting to be asked again
    QSet<QString> m_queued; // of m_queue and m_batch
    QList<OnlineDetails> m_localAnswers; // not yet emitted
    QPointer<QNetworkReply> m_reply;
    QByteArray m_received;
    bool m_tooLarge = false;
    QDeadlineTimer m_notBefore; // the next request waits until then
    bool m_busy = false;
    bool m_advanceQueued = false;
};

} // namespace Rampart
