#include "loopbackhttpserver.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

// Self-signed, CA:TRUE, subjectAltName IP:127.0.0.1, valid 2000-01-01 to 2199-12-31.
// Test-only keys: nothing else trusts them.
constexpr char trustedCertificatePem[] = R"(-----BEGIN CERTIFICATE-----
MIIBaTCCAQ6gAwIBAgIUUkXlS3cuJBTRWYq3BEXKaR0IzQswCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVUmFtcGFydCB0ZXN0LCB0cnVzdGVkMCAXDTAwMDEwMTAwMDAw
MFoYDzIxOTkxMjMxMDAwMDAwWjAgMR4wHAYDVQQDDBVSYW1wYXJ0IHRlc3QsIHRy
dXN0ZWQwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASOlgYx38S48EO01VYr8x9t
W3bGGZlLOy6FT3Qq/UrlE4G8bkE5AjuEZPd5MK1emShPvmOH0YY5d7qvo0e7aF2T
oyQwIjAPBgNVHRMBAf8EBTADAQH/MA8GA1UdEQQIMAaHBH8AAAEwCgYIKoZIzj0E
AwIDSQAwRgIhAKRI10uzQVHRVhrnXAe4dD/D8HX5v1XswMjGhdVYhHy3AiEA7TRy
bOMTXuQmjXQa8yGZBUkWIZTYIExr6DswzCpD31U=
-----END CERTIFICATE-----
)";

constexpr char trustedKeyPem[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQghFv8iQy7O5C5lcUR
uAHAHwclx61p9pSJ2WxUi9mn9VehRANCAASOlgYx38S48EO01VYr8x9tW3bGGZlL
Oy6FT3Qq/UrlE4G8bkE5AjuEZPd5MK1emShPvmOH0YY5d7qvo0e7aF2T
-----END PRIVATE KEY-----
)";

constexpr char untrustedCertificatePem[] = R"(-----BEGIN CERTIFICATE-----
MIIBbDCCARKgAwIBAgIULCNQveRxEWhr5AVDvrzqcBDPIIcwCgYIKoZIzj0EAwIw
IjEgMB4GA1UEAwwXUmFtcGFydCB0ZXN0LCB1bnRydXN0ZWQwIBcNMDAwMTAxMDAw
MDAwWhgPMjE5OTEyMzEwMDAwMDBaMCIxIDAeBgNVBAMMF1JhbXBhcnQgdGVzdCwg
dW50cnVzdGVkMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEPngvKcl7UH2hqymo
xMYP1GKdym7sZcDdC6+ZnENSDVxE2gQTbXTgQ7kLgxWV/TCrbAeTnPb5/GI3YAYA
IsmqeKMkMCIwDwYDVR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqG
SM49BAMCA0gAMEUCIQC23+6QApVqA3ZC5lqJCE4/aiG3MfPjTwqSdiipJGsLgQIg
VWYjWOmmTuivNiFPfD9YSgzoBchxvQ2uyGtLiM8R1zY=
-----END CERTIFICATE-----
)";

constexpr char untrustedKeyPem[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgUrLryNxN10pSyYO4
p2zeihoyN7pr8f5xD0i61s1gk7ahRANCAAQ+eC8pyXtQfaGrKajExg/UYp3Kbuxl
wN0Lr5mcQ1INXETaBBNtdOBDuQuDFZX9MKtsB5Oc9vn8YjdgBgAiyap4
-----END PRIVATE KEY-----
)";

// Past this, a request is not one a test would send.
constexpr qsizetype maxRequestBytes = 1024 * 1024;

QByteArray chunkedBody(const QByteArray &body, qint64 pieceBytes)
{
    const qsizetype step =
        pieceBytes > 0 ? qsizetype(pieceBytes) : std::max<qsizetype>(1, body.size());
    QByteArray wire;
    for (qsizetype at = 0; at < body.size(); at += step) {
        const QByteArray chunk = body.mid(at, step);
        wire += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    return wire + "0\r\n\r\n";
}

// Parses one request from the start of buffer; false while it is incomplete.
bool parseRequest(const QByteArray &buffer, LoopbackHttpServer::Request *request)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request->method = requestLine.value(0);
    request->target = requestLine.value(1);
    request->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request->headers.append(
                { lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed() });
    }
    const qint64 bodyLength = request->header("Content-Length").toLongLong();
    if (buffer.size() - (headEnd + 4) < bodyLength)
        return false;
    request->body = buffer.mid(headEnd + 4, bodyLength);
    return true;
}

} // namespace

QString LoopbackHttpServer::Request::path() const
{
    const qsizetype query = target.indexOf('?');
    return QString::fromLatin1(query < 0 ? target : target.left(query));
}

bool LoopbackHttpServer::Request::hasHeader(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray LoopbackHttpServer::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
{ }

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen(Tls tls)
{
    Q_ASSERT(!m_server);
    m_tls = tls != Tls::None;
    if (m_tls) {
        const bool trusted = tls == Tls::Trusted;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(
            QSslCertificate(QByteArray(trusted ? trustedCertificatePem : untrustedCertificatePem)));
        configuration.setPrivateKey(
            QSslKey(QByteArray(trusted ? trustedKeyPem : untrustedKeyPem), QSsl::Ec));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *server = new QSslServer(this);
        server->setSslConfiguration(configuration);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &LoopbackHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString LoopbackHttpServer::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

quint16 LoopbackHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port())
                    .arg(pathAndQuery));
}

void LoopbackHttpServer::setResponse(const QString &path, const Response &response)
{
    m_handlers.insert(path, [response](const Request &) { return response; });
}

void LoopbackHttpServer::setHandler(const QString &path, const Handler &handler)
{
    m_handlers.insert(path, handler);
}

LoopbackHttpServer::Response LoopbackHttpServer::redirect(int status, const QByteArray &location)
{
    Response response;
    response.status = status;
    response.headers = { { "Location", location } };
    return response;
}

QByteArray LoopbackHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QList<LoopbackHttpServer::Request> LoopbackHttpServer::requests(const QString &path) const
{
    QList<Request> found;
    for (const Request &request : m_requests) {
        if (request.path() == path)
            found.append(request);
    }
    return found;
}

QSslCertificate LoopbackHttpServer::trustedCertificate()
{
    return QSslCertificate(QByteArray(trustedCertificatePem));
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        auto answered = std::make_shared<bool>(false);
        const auto read = [this, socket, buffer, answered] {
            *buffer += socket->readAll();
            if (*answered)
                return;
            Request request;
            if (!parseRequest(*buffer, &request)) {
                if (buffer->size() > maxRequestBytes)
                    socket->abort();
                return;
            }
            *answered = true;
            m_requests.append(request);
            Q_EMIT requestReceived(request);
            answer(socket, request);
        };
        connect(socket, &QTcpSocket::readyRead, this, read);
        // A TLS connection is handed over after its handshake, maybe with the request in.
        if (socket->bytesAvailable() > 0)
            read();
    }
}

LoopbackHttpServer::Response LoopbackHttpServer::responseFor(const Request &request) const
{
    auto handler = m_handlers.constFind(QString::fromLatin1(request.target));
    if (handler == m_handlers.cend())
        handler = m_handlers.constFind(request.path());
    if (handler != m_handlers.cend())
        return (*handler)(request);
    Response notFound;
    notFound.status = 404;
    notFound.body = "not found\n";
    return notFound;
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const Request &request)
{
    const Response response = responseFor(request);

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) + "\r\n";
    bool lengthGiven = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        lengthGiven = lengthGiven || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    const bool bodyless = request.method == "HEAD" || response.status == 204
        || response.status == 304 || (response.status >= 100 && response.status < 200);
    if (response.chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (response.contentLength && !lengthGiven && !bodyless)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";

    QByteArray body;
    if (!bodyless)
        body = response.chunked ? chunkedBody(response.body, response.pieceBytes) : response.body;
    qint64 end = body.size();
    bool close = true;
    if (response.closeAfterBytes >= 0 && response.closeAfterBytes < end)
        end = response.closeAfterBytes;
    if (response.stallAfterBytes >= 0 && response.stallAfterBytes < end) {
        end = response.stallAfterBytes;
        close = false;
    }
    body.truncate(end);

    // The sending runs on timers parented to the socket, so it stops when the socket goes.
    const qint64 pieceBytes = response.pieceBytes > 0 ? response.pieceBytes : body.size();
    const int interval = response.pieceIntervalMs;
    auto sent = std::make_shared<qint64>(0);
    auto sendRest = std::make_shared<std::function<void()>>();
    *sendRest = [socket, body, pieceBytes, interval, close, sent,
                 weakSend = std::weak_ptr(sendRest)] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        const qint64 piece = std::min<qint64>(pieceBytes, body.size() - *sent);
        socket->write(body.constData() + *sent, piece);
        *sent += piece;
        if (*sent < body.size()) {
            if (auto next = weakSend.lock())
                QTimer::singleShot(interval, socket, [next] { (*next)(); });
            return;
        }
        if (close)
            socket->disconnectFromHost();
    };
    QTimer::singleShot(response.delayMs, socket, [socket, head, sendRest] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(head);
        (*sendRest)();
    });
}
