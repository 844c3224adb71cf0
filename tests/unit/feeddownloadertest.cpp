// Feed downloads against a real HTTP server on 127.0.0.1: what the administrator gets back
// for good feeds, unchanged ones, and every way a server or the network can let them down.
// And feeds that are files: only a regular file is read, up to the same cap as a download.

#include "feeds/feeddownloader.h"
#include "loopbackhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using Rampart::FeedDownload;
using Rampart::FeedDownloader;
using Rampart::FeedRequest;
using Status = Rampart::FeedDownload::Status;

namespace {

const QByteArray feedBody = "; Spamhaus DROP List 2026/11/21\n"
                            "192.0.2.0/24 ; SBL000001\n"
                            "198.51.100.0/24 ; SBL000002\n"
                            "203.0.113.0/24 ; SBL000003\n";
const QByteArray feedEtag = "\"drop-1732220000\"";
const QByteArray feedLastModified = "Thu, 21 Nov 2026 06:00:00 GMT";

QByteArray hexHash(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QCryptographicHash::hash(data, algorithm).toHex();
}

// 1000 bytes of addresses, for the size cap.
QByteArray thousandBytes()
{
    QByteArray body;
    for (int i = 0; body.size() < 1000; ++i)
        body += "10.0." + QByteArray::number(i / 250) + '.' + QByteArray::number(i % 250) + "/32\n";
    return body.left(999) + '\n';
}

// 64 KiB in lines, sent slowly enough that progress is seen along the way.
QByteArray largeFeed()
{
    QByteArray body;
    for (int i = 0; body.size() < 64 * 1024; ++i)
        body += "172.16." + QByteArray::number(i / 256 % 256) + '.' + QByteArray::number(i % 256)
            + "/32\n";
    return body;
}

LoopbackHttpServer::Response ok(const QByteArray &body,
                                const LoopbackHttpServer::Headers &headers = {})
{
    LoopbackHttpServer::Response response;
    response.body = body;
    response.headers = headers;
    return response;
}

LoopbackHttpServer::Response status(int code)
{
    LoopbackHttpServer::Response response;
    response.status = code;
    response.body = LoopbackHttpServer::reasonPhrase(code) + '\n';
    return response;
}

} // namespace

class FeedDownloaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void download_data();
    void download();
    void conditionalRequest_data();
    void conditionalRequest();
    void requestHeaders();
    void refusesAddresses_data();
    void refusesAddresses();
    void connectionRefused();
    void tls_data();
    void tls();
    void progress_data();
    void progress();
    void cancel_data();
    void cancel();
    void startWhileRunningIsIgnored();
    void fetch();
    void localFiles_data();
    void localFiles();

private:
    // Starts the download and waits for its one finished signal.
    void run(FeedDownloader &downloader, const FeedRequest &request, FeedDownload *result);
    QString expand(QString text) const;

    LoopbackHttpServer m_server;
    LoopbackHttpServer m_tlsServer;
    LoopbackHttpServer m_untrustedServer;
    QTemporaryDir m_files;
    QLocalServer m_socket;
};

void FeedDownloaderTest::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    const QByteArray base = m_server.url(QString()).toEncoded();

    const LoopbackHttpServer::Headers validators = { { "ETag", feedEtag },
                                                     { "Last-Modified", feedLastModified } };
    m_server.setResponse(QStringLiteral("/feed"), ok(feedBody, validators));
    m_server.setResponse(QStringLiteral("/empty"), ok({}));
    m_server.setResponse(QStringLiteral("/no-content"), status(204));
    m_server.setResponse(QStringLiteral("/partial"), status(206));
    m_server.setResponse(QStringLiteral("/gone"), status(410));
    m_server.setResponse(QStringLiteral("/forbidden"), status(403));
    m_server.setResponse(QStringLiteral("/throttled"), status(429));
    m_server.setResponse(QStringLiteral("/broken"), status(500));

    m_server.setResponse(QStringLiteral("/moved"),
                         LoopbackHttpServer::redirect(301, base + "/feed"));
    m_server.setResponse(QStringLiteral("/found"), LoopbackHttpServer::redirect(302, "/feed"));
    LoopbackHttpServer::Response redirectWithValidators =
        LoopbackHttpServer::redirect(302, "/feed");
    redirectWithValidators.headers
        << std::pair(QByteArray("ETag"), QByteArray("\"redirect\""))
        << std::pair(QByteArray("Last-Modified"), QByteArray("Mon, 01 Jan 2001 00:00:00 GMT"));
    m_server.setResponse(QStringLiteral("/redirect-with-validators"), redirectWithValidators);
    m_server.setResponse(QStringLiteral("/hop1"), LoopbackHttpServer::redirect(302, "/hop2"));
    m_server.setResponse(QStringLiteral("/hop2"), LoopbackHttpServer::redirect(307, "/feed"));
    m_server.setResponse(QStringLiteral("/loop-a"), LoopbackHttpServer::redirect(302, "/loop-b"));
    m_server.setResponse(QStringLiteral("/loop-b"), LoopbackHttpServer::redirect(302, "/loop-a"));
    m_server.setResponse(QStringLiteral("/to-ftp"),
                         LoopbackHttpServer::redirect(302, "ftp://127.0.0.1/feed"));
    m_server.setResponse(QStringLiteral("/to-nowhere"), status(302));

    const QByteArray thousand = thousandBytes();
    QCOMPARE(thousand.size(), 1000);
    m_server.setResponse(QStringLiteral("/big"), ok(thousand));
    LoopbackHttpServer::Response unsized = ok(thousand);
    unsized.contentLength = false;
    m_server.setResponse(QStringLiteral("/big-unsized"), unsized);
    LoopbackHttpServer::Response chunked = ok(thousand);
    chunked.chunked = true;
    chunked.pieceBytes = 100;
    m_server.setResponse(QStringLiteral("/big-chunked"), chunked);

    LoopbackHttpServer::Response late = ok(feedBody);
    late.delayMs = 5000;
    m_server.setResponse(QStringLiteral("/slow-start"), late);
    LoopbackHttpServer::Response stalled = ok(thousand);
    stalled.stallAfterBytes = 300;
    m_server.setResponse(QStringLiteral("/stall-body"), stalled);
    LoopbackHttpServer::Response truncated = ok(thousand);
    truncated.closeAfterBytes = 400;
    m_server.setResponse(QStringLiteral("/truncated"), truncated);
    LoopbackHttpServer::Response truncatedChunks = chunked;
    truncatedChunks.closeAfterBytes = 400;
    m_server.setResponse(QStringLiteral("/truncated-chunked"), truncatedChunks);
    m_server.setResponse(QStringLiteral("/thousand.sha256"),
                         ok(hexHash(thousand, QCryptographicHash::Sha256)));

    const QByteArray md5 = hexHash(feedBody, QCryptographicHash::Md5);
    const QByteArray sha256 = hexHash(feedBody, QCryptographicHash::Sha256);
    m_server.setResponse(QStringLiteral("/feed.md5"), ok(md5 + '\n'));
    m_server.setResponse(QStringLiteral("/feed.md5-upper"), ok(md5.toUpper()));
    m_server.setResponse(QStringLiteral("/feed.sha256"), ok(sha256 + '\n'));
    m_server.setResponse(QStringLiteral("/feed.sha256sum"), ok(sha256 + "  feed\n"));
    m_server.setResponse(QStringLiteral("/feed.md5sum-binary"), ok(md5 + " *feed\r\n"));
    m_server.setResponse(QStringLiteral("/SHA256SUMS"),
                         ok(hexHash("other", QCryptographicHash::Sha256) + "  other.txt\n" + sha256
                            + "  lists/feed\n"));
    m_server.setResponse(QStringLiteral("/SHA256SUMS-other"),
                         ok(hexHash("other", QCryptographicHash::Sha256) + "  other.txt\n"
                            + hexHash("more", QCryptographicHash::Sha256) + "  more.txt\n"));
    m_server.setResponse(QStringLiteral("/feed.wrong-sha256"),
                         ok(hexHash("tampered", QCryptographicHash::Sha256) + '\n'));
    m_server.setResponse(QStringLiteral("/feed.wrong-md5"),
                         ok(hexHash("tampered", QCryptographicHash::Md5) + "  feed\n"));
    m_server.setResponse(QStringLiteral("/garbage.sha256"),
                         ok("<html><body>Checksums moved</body></html>\n"));
    LoopbackHttpServer::Response lateChecksum = ok(sha256);
    lateChecksum.delayMs = 5000;
    m_server.setResponse(QStringLiteral("/slow.sha256"), lateChecksum);

    // Unchanged unless the client knows neither validator of the current version.
    m_server.setHandler(QStringLiteral("/conditional"),
                        [validators](const LoopbackHttpServer::Request &request) {
                            if (request.header("If-None-Match") == feedEtag
                                || request.header("If-Modified-Since") == feedLastModified) {
                                LoopbackHttpServer::Response unchanged = status(304);
                                unchanged.headers = validators;
                                return unchanged;
                            }
                            return ok(feedBody, validators);
                        });
    m_server.setResponse(QStringLiteral("/unchanged-bare"), status(304));

    LoopbackHttpServer::Response slowFeed = ok(largeFeed());
    slowFeed.pieceBytes = 4096;
    slowFeed.pieceIntervalMs = 25;
    m_server.setResponse(QStringLiteral("/slow-feed"), slowFeed);
    slowFeed.contentLength = false;
    m_server.setResponse(QStringLiteral("/slow-feed-unsized"), slowFeed);

    if (QSslSocket::supportsSsl()) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(LoopbackHttpServer::trustedCertificate());
        QSslConfiguration::setDefaultConfiguration(configuration);
        QVERIFY2(m_tlsServer.listen(LoopbackHttpServer::Tls::Trusted),
                 qPrintable(m_tlsServer.errorString()));
        QVERIFY2(m_untrustedServer.listen(LoopbackHttpServer::Tls::Untrusted),
                 qPrintable(m_untrustedServer.errorString()));
        for (LoopbackHttpServer *server : { &m_tlsServer, &m_untrustedServer })
            server->setResponse(QStringLiteral("/feed"), ok(feedBody, validators));
        m_tlsServer.setResponse(QStringLiteral("/downgrade"),
                                LoopbackHttpServer::redirect(302, base + "/feed"));
        m_tlsServer.setResponse(QStringLiteral("/secure-hop"),
                                LoopbackHttpServer::redirect(301, "/feed"));
    }
}

void FeedDownloaderTest::run(FeedDownloader &downloader, const FeedRequest &request,
                             FeedDownload *result)
{
    QSignalSpy finished(&downloader, &FeedDownloader::finished);
    downloader.start(request);
    QVERIFY2(finished.isEmpty(), "finished was emitted from inside start()");
    QVERIFY(finished.wait(20000));
    // Whatever else was still queued (an aborted reply, a late timer) must not finish twice.
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!downloader.isRunning());
    *result = finished.first().first().value<FeedDownload>();
}

QString FeedDownloaderTest::expand(QString text) const
{
    return text.replace(QStringLiteral("{base}"), m_server.url(QString()).toString());
}

void FeedDownloaderTest::download_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("checksumPath");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("maxRedirects");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QString>("finalPath");
    QTest::addColumn<QStringList>("errorParts"); // {base} is the server's http://127.0.0.1:port
    QTest::addColumn<int>("checksumRequests"); // -1: either way

    struct Case
    {
        QString path {};
        QString checksumPath {};
        qint64 maxBytes = 256 * 1024 * 1024;
        int timeoutMs = 10000;
        int maxRedirects = 5;
        Status status = Status::Failed;
        int httpStatus = 200;
        QByteArray body {};
        QByteArray etag {};
        QString finalPath {}; // empty: path
        QStringList errorParts {};
        int checksumRequests = 0; // 1 after a good body, 0 otherwise
    };
    const auto row = [](const char *name, const Case &c) {
        QTest::newRow(name) << c.path << c.checksumPath << c.maxBytes << c.timeoutMs
                            << c.maxRedirects << c.status << c.httpStatus << c.body << c.etag
                            << (c.finalPath.isEmpty() ? c.path : c.finalPath) << c.errorParts
                            << c.checksumRequests;
    };
    const QByteArray thousand = thousandBytes();
    const QString capOf999 = QLocale().formattedDataSize(999);
    const QString halfSecond = QLocale().toString(0.5) + QStringLiteral(" s");
    const QString feedSha256 = QString::fromLatin1(hexHash(feedBody, QCryptographicHash::Sha256));
    const QString feedMd5 = QString::fromLatin1(hexHash(feedBody, QCryptographicHash::Md5));

    row("200 with validators",
        { .path = "/feed", .status = Status::Downloaded, .body = feedBody, .etag = feedEtag });
    row("200 empty", { .path = "/empty", .status = Status::Downloaded });
    row("204 no content",
        { .path = "/no-content", .status = Status::Downloaded, .httpStatus = 204 });
    row("206 partial",
        { .path = "/partial",
          .httpStatus = 206,
          .errorParts = { "206 Partial Content", "{base}/partial" } });
    row("404",
        { .path = "/missing",
          .httpStatus = 404,
          .errorParts = { "404 Not Found", "{base}/missing", "check the address" } });
    row("410", { .path = "/gone", .httpStatus = 410, .errorParts = { "410 Gone", "{base}/gone" } });
    row("403",
        { .path = "/forbidden",
          .httpStatus = 403,
          .errorParts = { "403 Forbidden", "{base}/forbidden" } });
    row("429",
        { .path = "/throttled",
          .httpStatus = 429,
          .errorParts = { "429 Too Many Requests", "{base}/throttled" } });
    row("500",
        { .path = "/broken",
          .httpStatus = 500,
          .errorParts = { "500 Internal Server Error", "{base}/broken", "try again later" } });

    row("301 absolute",
        { .path = "/moved",
          .status = Status::Downloaded,
          .body = feedBody,
          .etag = feedEtag,
          .finalPath = "/feed" });
    row("302 relative",
        { .path = "/found",
          .status = Status::Downloaded,
          .body = feedBody,
          .etag = feedEtag,
          .finalPath = "/feed" });
    // The validators to keep are the feed's, not those of a redirect on the way.
    row("redirect with validators",
        { .path = "/redirect-with-validators",
          .status = Status::Downloaded,
          .body = feedBody,
          .etag = feedEtag,
          .finalPath = "/feed" });
    row("two redirects within the limit",
        { .path = "/hop1",
          .maxRedirects = 2,
          .status = Status::Downloaded,
          .body = feedBody,
          .etag = feedEtag,
          .finalPath = "/feed" });
    row("two redirects over the limit",
        { .path = "/hop1",
          .maxRedirects = 1,
          .httpStatus = 307,
          .finalPath = "/hop2",
          .errorParts = { "{base}/hop1", "limit of 1" } });
    row("redirect loop",
        { .path = "/loop-a",
          .httpStatus = 302,
          .finalPath = "/loop-b",
          .errorParts = { "{base}/loop-a", "loop" } });
    row("redirect to ftp",
        { .path = "/to-ftp",
          .httpStatus = 302,
          .errorParts = { "{base}/to-ftp", "ftp://127.0.0.1/feed" } });
    row("redirect without location",
        { .path = "/to-nowhere", .httpStatus = 302, .errorParts = { "302", "{base}/to-nowhere" } });

    row("exactly at the cap",
        { .path = "/big", .maxBytes = 1000, .status = Status::Downloaded, .body = thousand });
    row("over the cap by Content-Length",
        { .path = "/big",
          .maxBytes = 999,
          .errorParts = { "{base}/big", capOf999, QLocale().formattedDataSize(1000) } });
    row("over the cap without Content-Length",
        { .path = "/big-unsized",
          .maxBytes = 999,
          .errorParts = { "{base}/big-unsized", capOf999 } });
    row("over the cap chunked",
        { .path = "/big-chunked",
          .maxBytes = 999,
          .errorParts = { "{base}/big-chunked", capOf999 } });
    row("unsized within the cap",
        { .path = "/big-unsized",
          .maxBytes = 1000,
          .status = Status::Downloaded,
          .body = thousand });
    row("chunked within the cap",
        { .path = "/big-chunked",
          .maxBytes = 1000,
          .status = Status::Downloaded,
          .body = thousand });

    row("no answer",
        { .path = "/slow-start",
          .timeoutMs = 500,
          .httpStatus = 0,
          .errorParts = { "{base}/slow-start", halfSecond } });
    row("stalls in the body",
        { .path = "/stall-body",
          .timeoutMs = 500,
          .errorParts = { "{base}/stall-body", halfSecond } });
    row("cut short", { .path = "/truncated", .errorParts = { "{base}/truncated" } });
    // Qt 6.4 sometimes takes a chunked body cut short for a complete one, and nothing in
    // QNetworkReply tells the two apart: only a checksum catches it every time.
    row("chunks cut short, with a checksum",
        { .path = "/truncated-chunked",
          .checksumPath = "/thousand.sha256",
          .errorParts = { "{base}/truncated-chunked" },
          .checksumRequests = -1 });

    row("md5",
        { .path = "/feed",
          .checksumPath = "/feed.md5",
          .status = Status::Downloaded,
          .body = feedBody,
          .etag = feedEtag,
          .checksumRequests = 1 });
    row("md5 upper case",
        { .path = "/feed",
          .checksumPath = "/feed.md5-upper",
          .status = Status::Downloaded,
          .body = feedBody,
          .etag = feedEtag,
          .checksumRequests = 1 });
    row("sha256",
        { .path = "/feed",
          .checksumPath = "/feed.sha256",
          .status = Status::Downloaded,
          .body = feedBody,
          .etag = feedEtag,
          .checksumRequests = 1 });
    row("sha256sum line",
        { .path = "/feed",
          .checksumPath = "/feed.sha256sum",
          .status = Status::Downloaded,
          .body = feedBody,
          .etag = feedEtag,
          .checksumRequests = 1 });
    row("md5sum binary line",
        { .path = "/feed",
          .checksumPath = "/feed.md5sum-binary",
          .status = Status::Downloaded,
          .body = feedBody,
          .etag = feedEtag,
          .checksumRequests = 1 });
    row("checksum list naming the feed",
        { .path = "/moved",
          .checksumPath = "/SHA256SUMS",
          .status = Status::Downloaded,
          .body = feedBody,
          .etag = feedEtag,
          .finalPath = "/feed",
          .checksumRequests = 1 });
    row("checksum list without the feed",
        { .path = "/feed",
          .checksumPath = "/SHA256SUMS-other",
          .etag = feedEtag,
          .errorParts = { "{base}/SHA256SUMS-other", "\"feed\"" },
          .checksumRequests = 1 });
    row("sha256 mismatch",
        { .path = "/feed",
          .checksumPath = "/feed.wrong-sha256",
          .etag = feedEtag,
          .errorParts = { "{base}/feed ", "{base}/feed.wrong-sha256", "SHA-256", feedSha256,
                          QString::fromLatin1(hexHash("tampered", QCryptographicHash::Sha256)) },
          .checksumRequests = 1 });
    row("md5 mismatch",
        { .path = "/feed",
          .checksumPath = "/feed.wrong-md5",
          .etag = feedEtag,
          .errorParts = { "{base}/feed.wrong-md5", "MD5", feedMd5,
                          QString::fromLatin1(hexHash("tampered", QCryptographicHash::Md5)) },
          .checksumRequests = 1 });
    row("checksum file is no checksum",
        { .path = "/feed",
          .checksumPath = "/garbage.sha256",
          .etag = feedEtag,
          .errorParts = { "{base}/garbage.sha256" },
          .checksumRequests = 1 });
    row("checksum file missing",
        { .path = "/feed",
          .checksumPath = "/missing.sha256",
          .etag = feedEtag,
          .errorParts = { "404 Not Found", "{base}/missing.sha256" },
          .checksumRequests = 1 });
    row("checksum file too slow",
        { .path = "/feed",
          .checksumPath = "/slow.sha256",
          .timeoutMs = 500,
          .etag = feedEtag,
          .errorParts = { "{base}/slow.sha256", halfSecond },
          .checksumRequests = 1 });
    row("no checksum for a failed feed",
        { .path = "/missing",
          .checksumPath = "/feed.sha256",
          .httpStatus = 404,
          .errorParts = { "{base}/missing" } });
}

void FeedDownloaderTest::download()
{
    QFETCH(QString, path);
    QFETCH(QString, checksumPath);
    QFETCH(qint64, maxBytes);
    QFETCH(int, timeoutMs);
    QFETCH(int, maxRedirects);
    QFETCH(Status, status);
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, etag);
    QFETCH(QString, finalPath);
    QFETCH(QStringList, errorParts);
    QFETCH(int, checksumRequests);

    FeedRequest request;
    request.url = m_server.url(path);
    if (!checksumPath.isEmpty())
        request.checksumUrl = m_server.url(checksumPath);
    request.maxBytes = maxBytes;
    request.timeoutMs = timeoutMs;
    request.maxRedirects = maxRedirects;
    m_server.clearRequests();

    FeedDownloader downloader;
    FeedDownload result;
    run(downloader, request, &result);
    if (QTest::currentTestFailed())
        return;

    QVERIFY2(result.status == status, qPrintable(result.error));
    QCOMPARE(result.httpStatus, httpStatus);
    QCOMPARE(result.data, body);
    QCOMPARE(result.finalUrl, m_server.url(finalPath));
    if (status == Status::Downloaded) {
        QCOMPARE(result.error, QString());
        QCOMPARE(result.etag, etag);
        QCOMPARE(result.lastModified, etag.isEmpty() ? QByteArray() : feedLastModified);
    } else {
        QVERIFY(!result.error.isEmpty());
    }
    for (const QString &part : std::as_const(errorParts))
        QVERIFY2(
            result.error.contains(expand(part)),
            qPrintable(
                QStringLiteral("\"%1\" does not name \"%2\"").arg(result.error, expand(part))));
    if (!checksumPath.isEmpty() && checksumRequests >= 0)
        QCOMPARE(m_server.requests(checksumPath).size(), checksumRequests);
}

void FeedDownloaderTest::conditionalRequest_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("lastModified");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QByteArray>("resultEtag");
    QTest::addColumn<QByteArray>("resultLastModified");

    QTest::newRow("first download") << "/conditional" << QByteArray() << QByteArray()
                                    << Status::Downloaded << feedEtag << feedLastModified;
    QTest::newRow("same ETag") << "/conditional" << feedEtag << QByteArray() << Status::NotModified
                               << feedEtag << feedLastModified;
    QTest::newRow("same Last-Modified") << "/conditional" << QByteArray() << feedLastModified
                                        << Status::NotModified << feedEtag << feedLastModified;
    QTest::newRow("both") << "/conditional" << feedEtag << feedLastModified << Status::NotModified
                          << feedEtag << feedLastModified;
    QTest::newRow("stale ETag") << "/conditional" << QByteArrayLiteral("\"drop-1\"")
                                << QByteArrayLiteral("Mon, 18 Nov 2026 06:00:00 GMT")
                                << Status::Downloaded << feedEtag << feedLastModified;
    // A 304 need not repeat the validators: the ones sent stay valid.
    QTest::newRow("304 without validators")
        << "/unchanged-bare" << QByteArrayLiteral("\"kept\"")
        << QByteArrayLiteral("Sun, 17 Nov 2026 06:00:00 GMT") << Status::NotModified
        << QByteArrayLiteral("\"kept\"") << QByteArrayLiteral("Sun, 17 Nov 2026 06:00:00 GMT");
}

void FeedDownloaderTest::conditionalRequest()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, etag);
    QFETCH(QByteArray, lastModified);
    QFETCH(Status, status);
    QFETCH(QByteArray, resultEtag);
    QFETCH(QByteArray, resultLastModified);

    FeedRequest request;
    request.url = m_server.url(path);
    request.etag = etag;
    request.lastModified = lastModified;
    request.checksumUrl = m_server.url(QStringLiteral("/feed.sha256"));
    m_server.clearRequests();

    FeedDownloader downloader;
    FeedDownload result;
    run(downloader, request, &result);
    if (QTest::currentTestFailed())
        return;

    const QList<LoopbackHttpServer::Request> sent = m_server.requests(path);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().hasHeader("If-None-Match"), !etag.isEmpty());
    QCOMPARE(sent.first().header("If-None-Match"), etag);
    QCOMPARE(sent.first().hasHeader("If-Modified-Since"), !lastModified.isEmpty());
    QCOMPARE(sent.first().header("If-Modified-Since"), lastModified);

    QVERIFY2(result.status == status, qPrintable(result.error));
    QCOMPARE(result.data, status == Status::Downloaded ? feedBody : QByteArray());
    QCOMPARE(result.etag, resultEtag);
    QCOMPARE(result.lastModified, resultLastModified);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.httpStatus, status == Status::Downloaded ? 200 : 304);
    // Nothing new arrived, so there is nothing to check.
    QCOMPARE(m_server.requests(QStringLiteral("/feed.sha256")).size(),
             status == Status::Downloaded ? 1 : 0);
}

void FeedDownloaderTest::requestHeaders()
{
    FeedRequest request;
    request.url = m_server.url(QStringLiteral("/feed?key=abc"));
    request.etag = "\"old\"";
    request.checksumUrl = m_server.url(QStringLiteral("/feed.sha256"));
    m_server.clearRequests();

    FeedDownloader downloader;
    FeedDownload result;
    run(downloader, request, &result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.status == Status::Downloaded, qPrintable(result.error));

    const QList<LoopbackHttpServer::Request> sent = m_server.requests();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent[0].method, QByteArray("GET"));
    QCOMPARE(sent[0].target, QByteArray("/feed?key=abc"));
    QCOMPARE(sent[0].header("User-Agent"), QByteArray("Rampart/" RAMPART_VERSION));
    QCOMPARE(sent[0].header("If-None-Match"), QByteArray("\"old\""));
    QCOMPARE(sent[1].target, QByteArray("/feed.sha256"));
    QCOMPARE(sent[1].header("User-Agent"), QByteArray("Rampart/" RAMPART_VERSION));
    // The feed's validators say nothing about the checksum file.
    QVERIFY(!sent[1].hasHeader("If-None-Match"));
}

void FeedDownloaderTest::refusesAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("checksumUrl");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("local file") << "file:///etc/hosts" << QString() << "file:///etc/hosts";
    QTest::newRow("ftp") << "ftp://127.0.0.1/feed" << QString() << "ftp://127.0.0.1/feed";
    QTest::newRow("empty") << QString() << QString() << "\"\"";
    QTest::newRow("no host") << "http://" << QString() << "\"http://\"";
    QTest::newRow("relative") << "drop.txt" << QString() << "\"drop.txt\"";
    QTest::newRow("local checksum file") << "{base}/feed"
                                         << "file:///tmp/drop.sha256"
                                         << "file:///tmp/drop.sha256";
    QTest::newRow("ftp checksum") << "{base}/feed"
                                  << "ftp://127.0.0.1/drop.sha256"
                                  << "ftp://127.0.0.1/drop.sha256";
}

void FeedDownloaderTest::refusesAddresses()
{
    QFETCH(QString, url);
    QFETCH(QString, checksumUrl);
    QFETCH(QString, errorPart);

    FeedRequest request;
    request.url = QUrl(expand(url));
    request.checksumUrl = QUrl(checksumUrl);
    m_server.clearRequests();

    FeedDownloader downloader;
    FeedDownload result;
    run(downloader, request, &result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(result.status == Status::Failed);
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(result.data.isEmpty());
    QCOMPARE(m_server.requests().size(), 0);
}

void FeedDownloaderTest::connectionRefused()
{
    // A port that was just free and is closed again: nothing listens there.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();

    FeedRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/drop.txt").arg(port));
    FeedDownloader downloader;
    FeedDownload result;
    run(downloader, request, &result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(result.status == Status::Failed);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(result.error.contains(request.url.toString()), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("refused")), qPrintable(result.error));
}

void FeedDownloaderTest::tls_data()
{
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("finalPath");
    QTest::addColumn<QString>("errorPart"); // {base} is the plain HTTP server

    QTest::newRow("trusted") << true << "/feed" << Status::Downloaded << "/feed" << QString();
    QTest::newRow("redirect within HTTPS")
        << true << "/secure-hop" << Status::Downloaded << "/feed" << QString();
    QTest::newRow("redirect to plain HTTP")
        << true << "/downgrade" << Status::Failed << "/downgrade"
        << "({base}/feed)";
    QTest::newRow("untrusted certificate") << false << "/feed" << Status::Failed << "/feed"
                                           << "certificate";
}

void FeedDownloaderTest::tls()
{
    QFETCH(bool, trusted);
    QFETCH(QString, path);
    QFETCH(Status, status);
    QFETCH(QString, finalPath);
    QFETCH(QString, errorPart);
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");

    LoopbackHttpServer &server = trusted ? m_tlsServer : m_untrustedServer;
    FeedRequest request;
    request.url = server.url(path);
    m_server.clearRequests();
    server.clearRequests();

    FeedDownloader downloader;
    FeedDownload result;
    run(downloader, request, &result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.status == status, qPrintable(result.error));
    QCOMPARE(result.finalUrl, server.url(finalPath));
    if (status == Status::Downloaded) {
        QCOMPARE(result.data, feedBody);
        QCOMPARE(result.error, QString());
    } else {
        QVERIFY(result.data.isEmpty());
        for (const QString &part : { request.url.toString(), expand(errorPart) })
            QVERIFY2(
                result.error.contains(part),
                qPrintable(QStringLiteral("\"%1\" does not name \"%2\"").arg(result.error, part)));
    }
    // The plain HTTP server never sees the request.
    QCOMPARE(m_server.requests().size(), 0);
    // The untrusted server never gets as far as a request either.
    QCOMPARE(server.requests().isEmpty(), !trusted);
}

void FeedDownloaderTest::progress_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("total");

    QTest::newRow("with Content-Length") << "/slow-feed" << qint64(largeFeed().size());
    QTest::newRow("without Content-Length") << "/slow-feed-unsized" << qint64(-1);
}

void FeedDownloaderTest::progress()
{
    QFETCH(QString, path);
    QFETCH(qint64, total);

    FeedRequest request;
    request.url = m_server.url(path);
    FeedDownloader downloader;
    QSignalSpy progress(&downloader, &FeedDownloader::progress);
    FeedDownload result;
    run(downloader, request, &result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.status == Status::Downloaded, qPrintable(result.error));
    QCOMPARE(result.data, largeFeed());

    // Sent in 16 pieces 25 ms apart: the bar moves before the end.
    QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
    qint64 previous = 0;
    for (const QList<QVariant> &arguments : std::as_const(progress)) {
        const qint64 received = arguments.at(0).toLongLong();
        QVERIFY2(received > previous,
                 qPrintable(QStringLiteral("%1 after %2").arg(received).arg(previous)));
        QCOMPARE(arguments.at(1).toLongLong(), total);
        previous = received;
    }
    QCOMPARE(previous, qint64(result.data.size()));
}

void FeedDownloaderTest::cancel_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("checksumPath");
    QTest::addColumn<QString>("cancelAt"); // the request on which to cancel
    QTest::addColumn<bool>("afterProgress");

    QTest::newRow("before the answer") << "/slow-start" << QString() << "/slow-start" << false;
    QTest::newRow("in the body") << "/stall-body" << QString() << "/stall-body" << true;
    QTest::newRow("while checking") << "/feed"
                                    << "/slow.sha256"
                                    << "/slow.sha256" << false;
}

void FeedDownloaderTest::cancel()
{
    QFETCH(QString, path);
    QFETCH(QString, checksumPath);
    QFETCH(QString, cancelAt);
    QFETCH(bool, afterProgress);

    FeedRequest request;
    request.url = m_server.url(path);
    if (!checksumPath.isEmpty())
        request.checksumUrl = m_server.url(checksumPath);
    m_server.clearRequests();

    FeedDownloader downloader;
    QSignalSpy finished(&downloader, &FeedDownloader::finished);
    QSignalSpy progress(&downloader, &FeedDownloader::progress);
    downloader.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requests(cancelAt).size(), 1, 10000);
    if (afterProgress)
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);
    QVERIFY(finished.isEmpty());
    downloader.cancel();
    QVERIFY2(finished.isEmpty(), "finished was emitted from inside cancel()");
    QVERIFY(finished.wait(5000));
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<FeedDownload>();
    QVERIFY2(result.status == Status::Cancelled, qPrintable(result.error));
    QVERIFY(result.data.isEmpty());
    QCOMPARE(result.error, QString());
    QVERIFY(!downloader.isRunning());
}

void FeedDownloaderTest::startWhileRunningIsIgnored()
{
    FeedRequest slow;
    slow.url = m_server.url(QStringLiteral("/slow-start"));
    slow.timeoutMs = 500;
    FeedRequest quick;
    quick.url = m_server.url(QStringLiteral("/feed"));

    FeedDownloader downloader;
    QSignalSpy finished(&downloader, &FeedDownloader::finished);
    downloader.start(slow);
    QTest::ignoreMessage(QtWarningMsg,
                         "FeedDownloader::start: a download is still running; cancel it first");
    downloader.start(quick);
    QVERIFY(finished.wait(10000));
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<FeedDownload>();
    QVERIFY(result.status == Status::Failed);
    QCOMPARE(result.finalUrl, slow.url);

    // Once finished, the same downloader takes the next feed.
    FeedDownload next;
    run(downloader, quick, &next);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(next.status == Status::Downloaded, qPrintable(next.error));
    QCOMPARE(next.data, feedBody);
}

void FeedDownloaderTest::fetch()
{
    FeedRequest request;
    request.url = m_server.url(QStringLiteral("/moved"));
    request.checksumUrl = m_server.url(QStringLiteral("/feed.sha256sum"));
    const FeedDownload result = FeedDownloader::fetch(request);
    QVERIFY2(result.status == Status::Downloaded, qPrintable(result.error));
    QCOMPARE(result.data, feedBody);
    QCOMPARE(result.finalUrl, m_server.url(QStringLiteral("/feed")));
    QCOMPARE(result.etag, feedEtag);

    // Decided before any network traffic, and still returned through the event loop.
    request.url = QUrl(QStringLiteral("gopher://127.0.0.1/feed"));
    const FeedDownload refused = FeedDownloader::fetch(request);
    QVERIFY(refused.status == Status::Failed);
    QVERIFY2(refused.error.contains(QStringLiteral("gopher://127.0.0.1/feed")),
             qPrintable(refused.error));
}

void FeedDownloaderTest::localFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QByteArray>("content");
    // Empty when the file is read.
    QTest::addColumn<QString>("errorContains");

    QVERIFY(m_files.isValid());
    const auto write = [this](const QString &name, const QByteArray &content) {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    };
    const QString list = write("drop.txt", feedBody);
    const QByteArray hundred = thousandBytes().left(99) + '\n';
    const QString exact = write("hundred.txt", hundred);
    const QString fifo = m_files.filePath("fifo");
    QVERIFY2(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0, strerror(errno));
    const QString linkToFifo = m_files.filePath("list-link.txt");
    QVERIFY(QFile::link(fifo, linkToFifo));
    const QString folder = m_files.filePath("lists");
    QVERIFY(QDir().mkpath(folder));
    const QString socket = m_files.filePath("socket");
    QVERIFY2(m_socket.listen(socket), qPrintable(m_socket.errorString()));
    // A byte over the cap, without writing 256 MB: a file of holes.
    const QString sparse = m_files.filePath("sparse.txt");
    {
        QFile file(sparse);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(ftruncate(file.handle(), Rampart::maxFeedBytes + 1) == 0);
    }
    const qint64 cap = Rampart::maxFeedBytes;
    const QLocale locale;

    QTest::newRow("regular file") << list << cap << feedBody << "";
    QTest::newRow("exactly the cap") << exact << qint64(100) << hundred << "";
    QTest::newRow("a byte over the cap") << exact << qint64(99) << QByteArray()
                                         << exact + " is 100 bytes, larger than the 99 bytes cap";
    QTest::newRow("sparse file over the download cap")
        << sparse << cap << QByteArray()
        << sparse + " is " + locale.formattedDataSize(cap + 1) + ", larger than the "
            + locale.formattedDataSize(cap) + " cap";
    // Opened without O_NONBLOCK, a FIFO would wait for a writer, forever.
    QTest::newRow("FIFO") << fifo << cap << QByteArray() << fifo + " is a FIFO, not a file";
    QTest::newRow("link to a FIFO")
        << linkToFifo << cap << QByteArray() << linkToFifo + " is a FIFO, not a file";
    QTest::newRow("device that never ends")
        << "/dev/zero" << cap << QByteArray() << "/dev/zero is a device, not a file";
    QTest::newRow("directory") << folder << cap << QByteArray()
                               << folder + " is a directory, not a file";
    QTest::newRow("socket") << socket << cap << QByteArray() << socket + " is a socket, not a file";
    // A regular file of size 0 that reads as text.
    QTest::newRow("procfs") << "/proc/self/status" << cap << QByteArray()
                            << "/proc/self/status is a file of the kernel's /proc file system";
    if (QFile::exists("/sys/kernel/uevent_seqnum"))
        QTest::newRow("sysfs") << "/sys/kernel/uevent_seqnum" << cap << QByteArray()
                               << "/sys/kernel/uevent_seqnum is a file of the kernel's /sys file "
                                  "system";
    QTest::newRow("missing") << m_files.filePath("gone.txt") << cap << QByteArray()
                             << "Cannot read " + m_files.filePath("gone.txt") + ": No such file";
}

void FeedDownloaderTest::localFiles()
{
    QFETCH(QString, path);
    QFETCH(qint64, maxBytes);
    QFETCH(QByteArray, content);
    QFETCH(QString, errorContains);

    QString error;
    const QByteArray read = Rampart::readFeedFile(path, &error, maxBytes);
    if (errorContains.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read, content);
        return;
    }
    QVERIFY2(error.startsWith(errorContains), qPrintable(error));
    QVERIFY(read.isEmpty());
}

QTEST_GUILESS_MAIN(FeedDownloaderTest)
#include "feeddownloadertest.moc"
