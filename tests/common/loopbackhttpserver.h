#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server on 127.0.0.1 for tests that download: canned answers per path,
// misbehaviour on request (late, slow, cut short, stalled, too big), and a record of every
// request with its headers. One request per connection, answered with Connection: close.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 200;
        QByteArray reason; // empty: the usual phrase for the status
        Headers headers; // a Content-Length given here replaces the real one
        QByteArray body;
        bool contentLength = true; // false: the body ends when the connection closes
        bool chunked = false; // Transfer-Encoding: chunked, one chunk per piece
        int delayMs = 0; // before the answer starts
        qint64 pieceBytes = 0; // send the body in pieces of this size...
        int pieceIntervalMs = 0; // ...this far apart
        // Bytes of the body as sent (chunk framing included), then close or go quiet with
        // the connection open.
        qint64 closeAfterBytes = -1;
        qint64 stallAfterBytes = -1;
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        Headers headers;
        QByteArray body;

        QString path() const;
        bool hasHeader(QByteArrayView name) const;
        QByteArray header(QByteArrayView name) const; // empty when absent
    };

    using Handler = std::function<Response(const Request &)>;

    // Trusted presents trustedCertificate(); Untrusted a certificate no client trusts.
    // Both certificates are for 127.0.0.1 and valid from 2000 to 2199.
    enum class Tls { None, Trusted, Untrusted };

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // On 127.0.0.1, on a port the system picks.
    bool listen(Tls tls = Tls::None);
    QString errorString() const;
    quint16 port() const;
    QUrl url(const QString &pathAndQuery) const; // http or https://127.0.0.1:port/...

    // Paths are matched with their query first, then without it. Anything else gets 404.
    void setResponse(const QString &path, const Response &response);
    void setHandler(const QString &path, const Handler &handler);
    static Response redirect(int status, const QByteArray &location);
    static QByteArray reasonPhrase(int status);

    QList<Request> requests() const { return m_requests; }
    QList<Request> requests(const QString &path) const;
    void clearRequests() { m_requests.clear(); }

    // For the clients' CA certificates, so that a Trusted server is trusted.
    static QSslCertificate trustedCertificate();

Q_SIGNALS:
    void requestReceived(const LoopbackHttpServer::Request &request);

private:
    void onNewConnection();
    void answer(QTcpSocket *socket, const Request &request);
    Response responseFor(const Request &request) const;

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QHash<QString, Handler> m_handlers;
    QList<Request> m_requests;
};
