#include "onlinedetails.h"

#include "feeds/feeddownloader.h"
#include "geo/geodatabase.h"
#include "net/cidr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Rampart {

namespace {

struct SpecialRange
{
    const char *network;
    const char *name;
};

// IANA's special-purpose registries (RFC 6890 and successors): addresses that mean
// something only on this machine or network, or nothing at all, so no service can say
// where they are, and sending them would only tell it about the network here.
const SpecialRange specialRanges[] = {
    { "0.0.0.0/8", QT_TRANSLATE_NOOP("Rampart::Geo", "an address of \"this network\" (RFC 791)") },
    { "10.0.0.0/8", QT_TRANSLATE_NOOP("Rampart::Geo", "a private address (RFC 1918)") },
    { "100.64.0.0/10",
      QT_TRANSLATE_NOOP("Rampart::Geo", "an address of the carrier-grade NAT space (RFC 6598)") },
    { "127.0.0.0/8", QT_TRANSLATE_NOOP("Rampart::Geo", "a loopback address") },
    { "169.254.0.0/16", QT_TRANSLATE_NOOP("Rampart::Geo", "a link-local address") },
    { "172.16.0.0/12", QT_TRANSLATE_NOOP("Rampart::Geo", "a private address (RFC 1918)") },
    { "192.0.0.0/24", QT_TRANSLATE_NOOP("Rampart::Geo", "an IETF protocol address (RFC 6890)") },
    { "192.0.2.0/24", QT_TRANSLATE_NOOP("Rampart::Geo", "a documentation address (RFC 5737)") },
    { "192.168.0.0/16", QT_TRANSLATE_NOOP("Rampart::Geo", "a private address (RFC 1918)") },
    { "198.18.0.0/15", QT_TRANSLATE_NOOP("Rampart::Geo", "a benchmarking address (RFC 2544)") },
    { "198.51.100.0/24", QT_TRANSLATE_NOOP("Rampart::Geo", "a documentation address (RFC 5737)") },
    { "203.0.113.0/24", QT_TRANSLATE_NOOP("Rampart::Geo", "a documentation address (RFC 5737)") },
    { "224.0.0.0/4", QT_TRANSLATE_NOOP("Rampart::Geo", "a multicast address") },
    { "240.0.0.0/4", QT_TRANSLATE_NOOP("Rampart::Geo", "a reserved or broadcast address") },
    { "::/128", QT_TRANSLATE_NOOP("Rampart::Geo", "the unspecified address") },
    { "::1/128", QT_TRANSLATE_NOOP("Rampart::Geo", "a loopback address") },
    { "64:ff9b:1::/48", QT_TRANSLATE_NOOP("Rampart::Geo", "a local-use NAT64 address (RFC 8215)") },
    { "100::/64", QT_TRANSLATE_NOOP("Rampart::Geo", "a discard-only address (RFC 6666)") },
    { "2001:db8::/32", QT_TRANSLATE_NOOP("Rampart::Geo", "a documentation address (RFC 3849)") },
    { "3fff::/20", QT_TRANSLATE_NOOP("Rampart::Geo", "a documentation address (RFC 9637)") },
    { "fc00::/7", QT_TRANSLATE_NOOP("Rampart::Geo", "a unique local address (RFC 4193)") },
    { "fe80::/10", QT_TRANSLATE_NOOP("Rampart::Geo", "a link-local address") },
    { "fec0::/10", QT_TRANSLATE_NOOP("Rampart::Geo", "a site-local address (RFC 3879)") },
    { "ff00::/8", QT_TRANSLATE_NOOP("Rampart::Geo", "a multicast address") },
};

// A service's text is shown in a table cell; a longer one is not a place or a provider.
constexpr qsizetype maxFieldLength = 256;
// However long a service asks to be left alone, a day is enough to come back and ask.
constexpr qint64 maxWaitSeconds = 24 * 60 * 60;

const char *const answerFields[] = { "countryCode", "regionName", "city",  "isp",
                                     "org",         "as",         "query", "message" };

QString shown(const QUrl &url)
{
    // The query may hold the service's key, and messages end up in logs.
    return url.toDisplayString(QUrl::RemoveQuery);
}

std::optional<QString> endpointRefusal(const QUrl &endpoint)
{
    const QString scheme = endpoint.scheme();
    if (endpoint.isValid() && !endpoint.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
        return std::nullopt;
    return Geo::tr("%1 is not an HTTP or HTTPS address; set the online details service to one, "
                   "such as %2.")
        .arg(quotedItem(endpoint.toString()), defaultOnlineDetailsUrl().toString());
}

QString jsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString httpError(const QUrl &url, int status, const QString &reason)
{
    const QString answer = reason.isEmpty() ? QString::number(status)
                                            : QStringLiteral("%1 %2").arg(status).arg(reason);
    if (status == 401 || status == 403)
        return Geo::tr("The online details service answered %1 for %2; it may need a key, or "
                       "no longer serve this address. Check the service's address.")
            .arg(answer, shown(url));
    if (status >= 500)
        return Geo::tr("The online details service answered %1 for %2, a problem on its side; "
                       "try again later.")
            .arg(answer, shown(url));
    return Geo::tr("The online details service answered %1 for %2 instead of details; check "
                   "the service's address.")
        .arg(answer, shown(url));
}

QString networkError(const QUrl &url, QNetworkReply::NetworkError error, const QString &detail,
                     int timeoutMs)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Geo::tr("%1 refused the connection; check the online details service's address, "
                       "or try again later.")
            .arg(shown(url));
    case QNetworkReply::HostNotFoundError:
        return Geo::tr("The host %1 of %2 was not found; check the address and this computer's "
                       "DNS settings.")
            .arg(url.host(), shown(url));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // how Qt reports the transfer timeout
        return Geo::tr("Nothing arrived from %1 for %2 s, so the lookup was stopped; try again "
                       "later.")
            .arg(shown(url), QLocale().toString(timeoutMs / 1000.0, 'g', 3));
    case QNetworkReply::SslHandshakeFailedError:
        return Geo::tr("The secure connection to %1 failed (%2); check the server's "
                       "certificate, and this computer's date and trusted certificates.")
            .arg(shown(url), detail);
    default:
        return Geo::tr("The lookup with %1 failed (%2); check the address and this computer's "
                       "network connection.")
            .arg(shown(url), detail);
    }
}

QString redirected(const QUrl &url, int status, const QByteArray &location)
{
    if (location.isEmpty())
        return Geo::tr("The online details service answered %1 for %2 without saying where to; "
                       "check the service's address.")
            .arg(QString::number(status), shown(url));
    // Addresses are only ever sent where the administrator said.
    return Geo::tr("%1 redirected to %2, and addresses are not sent on to another address; if "
                   "that is the service's new address, set it instead.")
        .arg(shown(url), shown(url.resolved(QUrl::fromEncoded(location))));
}

// Whole seconds in a header, as in "X-Ttl: 42".
std::optional<qint64> headerSeconds(const QNetworkReply *reply,
                                    std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QByteArray header(name);
        if (!reply->hasRawHeader(header))
            continue;
        bool ok = false;
        const qint64 value = reply->rawHeader(header).trimmed().toLongLong(&ok);
        if (ok && value >= 0)
            return value;
    }
    return std::nullopt;
}

// Retry-After is either delta-seconds or an HTTP date (RFC 9110, section 10.2.3).
std::optional<qint64> retryAfter(const QNetworkReply *reply)
{
    if (auto seconds = headerSeconds(reply, { "Retry-After" }))
        return seconds;
    const QString text = QString::fromLatin1(reply->rawHeader("Retry-After")).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QDateTime date =
        QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(date));
}

// How long the service asks to be left alone after this answer; nothing when it does not.
std::optional<qint64> requestedWait(const QNetworkReply *reply, bool tooMany)
{
    const auto remaining = headerSeconds(reply, { "X-Rl", "RateLimit-Remaining" });
    const auto reset = headerSeconds(reply, { "X-Ttl", "RateLimit-Reset" });
    if (tooMany) {
        const auto after = retryAfter(reply);
        if (!reset && !after)
            return OnlineDetailsProvider::defaultRateLimitWaitSeconds;
        return std::max(reset.value_or(0), after.value_or(0));
    }
    if (remaining && *remaining == 0)
        return reset.value_or(OnlineDetailsProvider::defaultRateLimitWaitSeconds);
    return std::nullopt;
}

struct ParsedAnswer
{
    QList<OnlineDetails> details;
    QString error; // for the whole batch: its answer is not one
};

// An answer in the batch protocol: an array of objects, one for each address sent, in the
// same order. Anything else makes the whole answer unusable, since the details could end
// up on the wrong addresses.
ParsedAnswer parseAnswer(const QByteArray &body, const QStringList &sent, const QUrl &url)
{
    ParsedAnswer parsed;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        parsed.error = Geo::tr("%1 did not answer with JSON (%2 at byte %3); check that the "
                               "address is a service that speaks ip-api.com's batch protocol.")
                           .arg(shown(url), parseError.errorString())
                           .arg(parseError.offset);
        return parsed;
    }
    if (!document.isArray()) {
        parsed.error =
            Geo::tr("%1 answered with a JSON %2 instead of a list of answers; check "
                    "that the address is a service's batch endpoint.")
                .arg(shown(url),
                     document.isObject() ? QStringLiteral("object") : QStringLiteral("value"));
        return parsed;
    }
    const QJsonArray items = document.array();
    if (items.size() != sent.size()) {
        parsed.error = Geo::tr("%1 answered %2 items for %3 addresses, so none could be matched "
                               "to its address; try again later.")
                           .arg(shown(url))
                           .arg(items.size())
                           .arg(sent.size());
        return parsed;
    }
    const QString host = url.host();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &address = sent.at(i);
        if (!items.at(i).isObject()) {
            parsed.error = Geo::tr("%1 answered with a %2 instead of an object for %3 (item %4); "
                                   "the answers were not used.")
                               .arg(shown(url), jsonType(items.at(i)), address)
                               .arg(i + 1);
            return parsed;
        }
        const QJsonObject item = items.at(i).toObject();
        for (const char *field : answerFields) {
            const QJsonValue value = item.value(QLatin1String(field));
            if (!value.isUndefined() && !value.isString()) {
                parsed.error = Geo::tr("%1 answered with a %2 as \"%3\" for %4 where text belongs; "
                                       "the answers were not used.")
                                   .arg(shown(url), jsonType(value), QLatin1String(field), address);
                return parsed;
            }
        }
        const auto text = [&item](const char *field) {
            return item.value(QLatin1String(field)).toString().left(maxFieldLength);
        };
        // The service says which address it answers about; one out of place means the
        // answers are not in the order sent.
        if (item.contains(QLatin1String("query"))) {
            const QString query = text("query");
            const CidrParse answered = parseCidr(query);
            if (!answered.cidr || answered.cidr->toString() != address) {
                parsed.error = Geo::tr("%1 answered about %2 where %3 was asked (item %4); the "
                                       "answers were not used.")
                                   .arg(shown(url), quotedItem(query), address)
                                   .arg(i + 1);
                return parsed;
            }
        }
        OnlineDetails details;
        details.address = address;
        const QJsonValue status = item.value(QLatin1String("status"));
        if (status.toString() == QLatin1String("success")) {
            details.countryCode = text("countryCode");
            details.region = text("regionName");
            details.city = text("city");
            details.isp = text("isp");
            details.organization = text("org");
            details.asText = text("as");
        } else if (status.toString() == QLatin1String("fail")) {
            const QString message = text("message");
            details.error = message.isEmpty()
                ? Geo::tr("%1 has no details for %2.").arg(host, address)
                : Geo::tr("%1 has no details for %2: %3.").arg(host, address, message);
        } else {
            parsed.error =
                Geo::tr("%1 answered with the status %2 for %3 (item %4), neither "
                        "\"success\" nor \"fail\"; the answers were not used.")
                    .arg(shown(url),
                         status.isString() ? quotedItem(status.toString()) : jsonType(status))
                    .arg(address)
                    .arg(i + 1);
            return parsed;
        }
        parsed.details.append(details);
    }
    return parsed;
}

} // namespace

QUrl defaultOnlineDetailsUrl()
{
    return QUrl(QStringLiteral("http://ip-api.com/batch"
                               "?fields=status,message,countryCode,regionName,city,isp,org,as,"
                               "query"));
}

QString onlineDetailsNotice(const QUrl &endpoint)
{
    const QString host = endpoint.host().isEmpty() ? shown(endpoint) : endpoint.host();
    if (endpoint.scheme() == QLatin1String("https"))
        return Geo::tr("When online details are on, the public addresses you look up are sent to "
                       "%1 (%2), which answers with their city and Internet provider; that "
                       "service then knows which addresses you looked up. Private and local "
                       "addresses are never sent, and the database on this machine is used for "
                       "everything else. Nothing is sent while online details are off.")
            .arg(host, shown(endpoint));
    return Geo::tr("When online details are on, the public addresses you look up are sent "
                   "unencrypted to %1 (%2), which answers with their city and Internet provider; "
                   "that service, and the networks on the way, then know which addresses you "
                   "looked up. Private and local addresses are never sent, and the database on "
                   "this machine is used for everything else. Nothing is sent while online "
                   "details are off.")
        .arg(host, shown(endpoint));
}

QString onlineLookupRefusal(const Cidr &address)
{
    static const QList<std::pair<Cidr, const char *>> ranges = [] {
        QList<std::pair<Cidr, const char *>> parsed;
        for (const SpecialRange &range : specialRanges)
            parsed.append({ *parseCidr(QString::fromLatin1(range.network)).cidr, range.name });
        return parsed;
    }();
    for (const auto &[range, name] : ranges) {
        if (range.contains(address))
            return Geo::tr("Not sent: %1 is %2, which has no public owner to look up.")
                .arg(address.toString(), Geo::tr(name));
    }
    return {};
}

OnlineDetailsProvider::OnlineDetailsProvider(const QUrl &endpoint, QNetworkAccessManager *network,
                                             QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_waitTimer(new QTimer(this))
{
    qRegisterMetaType<QList<Rampart::OnlineDetails>>();
    m_waitTimer->setSingleShot(true);
    m_waitTimer->setTimerType(Qt::PreciseTimer);
    connect(m_waitTimer, &QTimer::timeout, this, &OnlineDetailsProvider::advance);
}

OnlineDetailsProvider::~OnlineDetailsProvider()
{
    dropReply();
}

void OnlineDetailsProvider::lookup(const QStringList &addresses)
{
    for (const QString &text : addresses) {
        const CidrParse parse = parseCidr(QStringView(text).trimmed());
        if (!parse.cidr || !parse.cidr->isHost()) {
            OnlineDetails refused;
            refused.address = text;
            refused.error = parse.cidr
                ? Geo::tr("Not sent: %1 is a network; online details are for single addresses.")
                      .arg(quotedItem(text))
                : Geo::tr("Not sent: %1.").arg(parse.error);
            m_localAnswers.append(refused);
            continue;
        }
        const QString address = parse.cidr->toString();
        if (m_cache.contains(address) || m_queued.contains(address))
            continue;
        const QString refusal = onlineLookupRefusal(*parse.cidr);
        if (!refusal.isEmpty()) {
            OnlineDetails refused;
            refused.address = address;
            refused.error = refusal;
            m_cache.insert(address, refused);
            m_localAnswers.append(refused);
            continue;
        }
        m_queue.append(address);
        m_queued.insert(address);
    }
    m_busy = true;
    schedule();
}

void OnlineDetailsProvider::cancel()
{
    dropReply();
    m_waitTimer->stop();
    m_queue.clear();
    m_batch.clear();
    m_queued.clear();
    m_localAnswers.clear();
    m_busy = false;
}

std::optional<OnlineDetails> OnlineDetailsProvider::cached(const QString &address) const
{
    const CidrParse parse = parseCidr(QStringView(address).trimmed());
    if (!parse.cidr)
        return std::nullopt;
    const auto found = m_cache.constFind(parse.cidr->toString());
    if (found == m_cache.cend())
        return std::nullopt;
    return *found;
}

// Signals come from the event loop, so a caller never gets them while inside lookup().
void OnlineDetailsProvider::schedule()
{
    if (m_advanceQueued)
        return;
    m_advanceQueued = true;
    QMetaObject::invokeMethod(this, &OnlineDetailsProvider::advance, Qt::QueuedConnection);
}

void OnlineDetailsProvider::advance()
{
    m_advanceQueued = false;
    if (!m_localAnswers.isEmpty()) {
        const QList<OnlineDetails> answers = std::exchange(m_localAnswers, {});
        Q_EMIT detailsReady(answers);
    }
    if (m_reply || m_waitTimer->isActive())
        return;
    if (m_batch.isEmpty()) {
        m_batch = m_queue.first(std::min<qsizetype>(maxBatchSize, m_queue.size()));
        m_queue.remove(0, m_batch.size());
    }
    if (m_batch.isEmpty()) {
        if (m_busy) {
            m_busy = false;
            Q_EMIT idle();
        }
        return;
    }
    if (!m_notBefore.hasExpired()) {
        const qint64 remainingMs = std::max<qint64>(1, m_notBefore.remainingTime());
        m_waitTimer->start(std::chrono::milliseconds(remainingMs));
        Q_EMIT waiting(int((remainingMs + 999) / 1000));
        return;
    }
    send();
}

void OnlineDetailsProvider::send()
{
    if (auto refusal = endpointRefusal(m_endpoint)) {
        fail(*refusal);
        return;
    }
    QNetworkRequest request(m_endpoint);
    // A POST is not replayed elsewhere: addresses go only where the administrator said.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(std::max(0, m_timeoutMs));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Rampart/" RAMPART_VERSION));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QJsonArray body;
    for (const QString &address : std::as_const(m_batch))
        body.append(address);
    m_received.clear();
    m_reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::metaDataChanged, this,
            &OnlineDetailsProvider::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &OnlineDetailsProvider::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &OnlineDetailsProvider::onReplyFinished);
}

void OnlineDetailsProvider::onMetaDataChanged()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxResponseBytes)
        m_tooLarge = true;
    if (m_tooLarge)
        onReplyFinished();
}

void OnlineDetailsProvider::onReadyRead()
{
    m_received += m_reply->readAll();
    if (m_received.size() > m_maxResponseBytes) {
        m_tooLarge = true;
        onReplyFinished();
    }
}

void OnlineDetailsProvider::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!m_tooLarge && reply->isFinished() && reply->isReadable())
        m_received += reply->readAll();
    m_tooLarge = m_tooLarge || m_received.size() > m_maxResponseBytes;
    const bool tooLarge = std::exchange(m_tooLarge, false);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorString = reply->errorString();
    const QByteArray location = reply->rawHeader("Location");
    if (const auto seconds = requestedWait(reply, status == 429)) {
        const qint64 wait = std::clamp<qint64>(*seconds, 1, maxWaitSeconds);
        m_notBefore = QDeadlineTimer(wait * 1000, Qt::PreciseTimer);
    }
    const QByteArray received = std::exchange(m_received, {});
    dropReply();

    if (status == 429) {
        // The same batch goes again once the wait is over.
        schedule();
        return;
    }
    if (status >= 300 && status < 400) {
        fail(redirected(m_endpoint, status, location));
        return;
    }
    if (status >= 400 || (status != 0 && (status < 200 || status >= 300))) {
        fail(httpError(m_endpoint, status, reason));
        return;
    }
    if (tooLarge) {
        failBatch(Geo::tr("The answer of %1 is larger than %2, more than any batch of addresses "
                          "needs; the answers were not used.")
                      .arg(shown(m_endpoint), QLocale().formattedDataSize(m_maxResponseBytes)));
        return;
    }
    if (error != QNetworkReply::NoError) {
        fail(networkError(m_endpoint, error, errorString, m_timeoutMs));
        return;
    }
    const ParsedAnswer parsed = parseAnswer(received, m_batch, m_endpoint);
    if (!parsed.error.isEmpty()) {
        failBatch(parsed.error);
        return;
    }
    for (const OnlineDetails &details : parsed.details)
        m_cache.insert(details.address, details);
    answerBatch(parsed.details);
}

void OnlineDetailsProvider::answerBatch(const QList<OnlineDetails> &answers)
{
    for (const QString &address : std::as_const(m_batch))
        m_queued.remove(address);
    m_batch.clear();
    schedule();
    Q_EMIT detailsReady(answers);
}

// The answer was no answer: each address of the batch gets the reason, and nothing is kept,
// so that a later lookup() asks again.
void OnlineDetailsProvider::failBatch(const QString &error)
{
    QList<OnlineDetails> answers;
    for (const QString &address : std::as_const(m_batch)) {
        OnlineDetails details;
        details.address = address;
        details.error = error;
        answers.append(details);
    }
    answerBatch(answers);
}

// The service cannot be reached or will not answer; the rest of the queue would only fail
// the same way.
void OnlineDetailsProvider::fail(const QString &error)
{
    m_queue.clear();
    m_batch.clear();
    m_queued.clear();
    schedule();
    Q_EMIT failed(error);
}

void OnlineDetailsProvider::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    discardReply(reply, this);
    m_received.clear();
    m_tooLarge = false;
}

} // namespace Rampart
