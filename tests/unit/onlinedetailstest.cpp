// Online details against a real HTTP server on 127.0.0.1 speaking ip-api.com's batch
// protocol: what is sent, what is never sent, how answers land on their addresses, and how
// rate limits, broken answers and broken servers are handled.

#include "geo/onlinedetails.h"
#include "loopbackhttpserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <memory>

using Rampart::OnlineDetails;
using Rampart::OnlineDetailsProvider;
using Request = LoopbackHttpServer::Request;
using Response = LoopbackHttpServer::Response;
using Headers = LoopbackHttpServer::Headers;

Q_DECLARE_METATYPE(LoopbackHttpServer::Response)

namespace {

const QString fields =
    QStringLiteral("?fields=status,message,countryCode,regionName,city,isp,org,as,query");

// count public addresses, 11.block.x.y: 11.0.0.0/8 is an ordinary public network.
QStringList publicAddresses(int count, int block = 0)
{
    QStringList addresses;
    for (int i = 0; i < count; ++i)
        addresses.append(QStringLiteral("11.%1.%2.%3").arg(block).arg(i / 256).arg(i % 256));
    return addresses;
}

// What the service knows about an address: made from the address, so that an answer on the
// wrong address shows. 9.9.9.9 is one it knows nothing about.
QJsonObject answerFor(const QString &address)
{
    if (address == QLatin1String("9.9.9.9"))
        return { { "status", "fail" }, { "message", "reserved range" }, { "query", address } };
    return { { "status", "success" },        { "countryCode", "US" },
             { "regionName", "Virginia" },   { "city", "City of " + address },
             { "isp", "ISP of " + address }, { "org", "Org of " + address },
             { "as", "AS64500 Example" },    { "query", address } };
}

Response json(const QJsonValue &value, const Headers &headers = {})
{
    Response response;
    response.headers = headers;
    response.headers.append(
        std::pair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    response.body = value.isArray() ? QJsonDocument(value.toArray()).toJson()
                                    : QJsonDocument(value.toObject()).toJson();
    return response;
}

QStringList sentAddresses(const Request &request)
{
    QStringList addresses;
    const QJsonArray sent = QJsonDocument::fromJson(request.body).array();
    for (const QJsonValue &value : sent)
        addresses.append(value.toString());
    return addresses;
}

// Answers as the service does, each address in the order sent.
Response echo(const Request &request, const Headers &headers = {})
{
    QJsonArray answers;
    for (const QString &address : sentAddresses(request))
        answers.append(answerFor(address));
    return json(answers, headers);
}

// The first requests get these, the rest echo().
LoopbackHttpServer::Handler firstThenEcho(const QList<Response> &first)
{
    auto left = std::make_shared<QList<Response>>(first);
    return [left](const Request &request) {
        return left->isEmpty() ? echo(request) : left->takeFirst();
    };
}

Response status(int code, const Headers &headers = {})
{
    Response response;
    response.status = code;
    response.headers = headers;
    response.body = LoopbackHttpServer::reasonPhrase(code) + '\n';
    return response;
}

QList<OnlineDetails> detailsOf(const QSignalSpy &spy)
{
    QList<OnlineDetails> all;
    for (const QList<QVariant> &arguments : spy)
        all += arguments.first().value<QList<OnlineDetails>>();
    return all;
}

OnlineDetails find(const QList<OnlineDetails> &details, const QString &address)
{
    for (const OnlineDetails &item : details) {
        if (item.address == address)
            return item;
    }
    return {};
}

} // namespace

class OnlineDetailsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void batchesOfAHundred();
    void mapsAnswers();
    void skipsDuplicatesAndCached();
    void neverSendsSpecialAddresses_data();
    void neverSendsSpecialAddresses();
    void waitsForTheRateLimitWindow_data();
    void waitsForTheRateLimitWindow();
    void retriesAfterTooManyRequests_data();
    void retriesAfterTooManyRequests();
    void badAnswers_data();
    void badAnswers();
    void serverErrors_data();
    void serverErrors();
    void timeout_data();
    void timeout();
    void cancel_data();
    void cancel();
    void connectionRefused();
    void refusesEndpoint();
    void https();
    void notice();

private:
    QUrl batchUrl() const { return m_server.url("/batch" + fields); }
    // Waits for idle(), which also follows failed().
    static bool waitUntilDone(const QSignalSpy &idle, int timeoutMs = 10000);

    LoopbackHttpServer m_server;
    LoopbackHttpServer m_otherServer; // another origin, for redirects
    LoopbackHttpServer m_tlsServer;
    QList<qint64> m_requestTimes; // when each request arrived, from the test's start
    QElapsedTimer m_clock;
};

void OnlineDetailsTest::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    QVERIFY2(m_otherServer.listen(), qPrintable(m_otherServer.errorString()));
    m_otherServer.setHandler("/batch", [](const Request &request) { return echo(request); });
    m_clock.start();
    connect(&m_server, &LoopbackHttpServer::requestReceived, this,
            [this] { m_requestTimes.append(m_clock.elapsed()); });
    if (QSslSocket::supportsSsl()) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(LoopbackHttpServer::trustedCertificate());
        QSslConfiguration::setDefaultConfiguration(configuration);
        QVERIFY2(m_tlsServer.listen(LoopbackHttpServer::Tls::Trusted),
                 qPrintable(m_tlsServer.errorString()));
        m_tlsServer.setHandler("/batch", [](const Request &request) { return echo(request); });
    }
}

void OnlineDetailsTest::init()
{
    m_server.setHandler("/batch", [](const Request &request) { return echo(request); });
    m_server.clearRequests();
    m_otherServer.clearRequests();
    m_requestTimes.clear();
}

bool OnlineDetailsTest::waitUntilDone(const QSignalSpy &idle, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (idle.isEmpty() && waited.elapsed() < timeoutMs)
        QTest::qWait(10);
    return !idle.isEmpty();
}

void OnlineDetailsTest::batchesOfAHundred()
{
    OnlineDetailsProvider provider(batchUrl());
    QSignalSpy ready(&provider, &OnlineDetailsProvider::detailsReady);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    QSignalSpy failed(&provider, &OnlineDetailsProvider::failed);
    // One request at a time: each one arrives after the previous batch was answered.
    QList<qsizetype> answeredBeforeRequest;
    connect(&m_server, &LoopbackHttpServer::requestReceived, &provider,
            [&] { answeredBeforeRequest.append(ready.size()); });

    const QStringList addresses = publicAddresses(250);
    provider.lookup(addresses);
    QVERIFY(provider.isBusy());
    QCOMPARE(provider.pending(), 250);
    QVERIFY2(ready.isEmpty() && idle.isEmpty(), "signals came from inside lookup()");
    QVERIFY(waitUntilDone(idle));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(idle.size(), 1);
    QVERIFY(!provider.isBusy());
    QCOMPARE(provider.pending(), 0);

    const QList<Request> requests = m_server.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(answeredBeforeRequest, QList<qsizetype>({ 0, 1, 2 }));
    const QList<qsizetype> sizes = { 100, 100, 50 };
    QStringList sent;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const Request &request = requests.at(i);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, ("/batch" + fields).toLatin1());
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, request.body.constData());
        QVERIFY(body.isArray());
        QCOMPARE(body.array().size(), sizes.at(i));
        for (const QJsonValue &value : body.array()) {
            QVERIFY2(value.isString(), request.body.constData());
            sent.append(value.toString());
        }
    }
    QCOMPARE(sent, addresses);

    QCOMPARE(ready.size(), 3);
    for (qsizetype i = 0; i < ready.size(); ++i) {
        const auto batch = ready.at(i).first().value<QList<OnlineDetails>>();
        QCOMPARE(batch.size(), sizes.at(i));
    }
    const QList<OnlineDetails> details = detailsOf(ready);
    QCOMPARE(details.size(), 250);
    for (qsizetype i = 0; i < details.size(); ++i) {
        QCOMPARE(details.at(i).address, addresses.at(i));
        QCOMPARE(details.at(i).city, "City of " + addresses.at(i));
        QVERIFY(details.at(i).hasDetails());
    }
}

void OnlineDetailsTest::mapsAnswers()
{
    OnlineDetailsProvider provider(batchUrl());
    QSignalSpy ready(&provider, &OnlineDetailsProvider::detailsReady);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    // The mapped form is the IPv4 address it carries, and is sent as that.
    provider.lookup({ "8.8.8.8", "9.9.9.9", "2001:4860:4860::8888", "::ffff:1.1.1.1" });
    QVERIFY(waitUntilDone(idle));
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(sentAddresses(m_server.requests().first()),
             QStringList({ "8.8.8.8", "9.9.9.9", "2001:4860:4860::8888", "1.1.1.1" }));

    const QList<OnlineDetails> details = detailsOf(ready);
    QCOMPARE(details.size(), 4);
    OnlineDetails google;
    google.address = "8.8.8.8";
    google.countryCode = "US";
    google.region = "Virginia";
    google.city = "City of 8.8.8.8";
    google.isp = "ISP of 8.8.8.8";
    google.organization = "Org of 8.8.8.8";
    google.asText = "AS64500 Example";
    QCOMPARE(details.at(0), google);

    const OnlineDetails unknown = details.at(1);
    QCOMPARE(unknown.address, "9.9.9.9");
    QVERIFY(!unknown.hasDetails());
    QVERIFY2(unknown.error.contains("reserved range") && unknown.error.contains("127.0.0.1"),
             qPrintable(unknown.error));
    QVERIFY(unknown.city.isEmpty() && unknown.isp.isEmpty());

    QCOMPARE(details.at(2).address, "2001:4860:4860::8888");
    QCOMPARE(details.at(2).isp, "ISP of 2001:4860:4860::8888");
    QCOMPARE(details.at(3).address, "1.1.1.1");
    QCOMPARE(details.at(3).city, "City of 1.1.1.1");

    // Kept, and found again in any form of the address.
    QCOMPARE(provider.cached("8.8.8.8"), std::optional(google));
    QCOMPARE(provider.cached(" ::ffff:8.8.8.8 "), std::optional(google));
    QCOMPARE(provider.cached("9.9.9.9"), std::optional(unknown));
    QCOMPARE(provider.cached("2001:4860:4860:0:0:0:0:8888")->isp, "ISP of 2001:4860:4860::8888");
    QCOMPARE(provider.cached("8.8.4.4"), std::nullopt);
    QCOMPARE(provider.cached("no address"), std::nullopt);
}

void OnlineDetailsTest::skipsDuplicatesAndCached()
{
    OnlineDetailsProvider provider(batchUrl());
    QSignalSpy ready(&provider, &OnlineDetailsProvider::detailsReady);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);

    // Twice in one call, and again while still queued.
    provider.lookup({ "1.1.1.1", "8.8.8.8", "1.1.1.1", "::ffff:8.8.8.8" });
    provider.lookup({ "8.8.8.8", "1.0.0.1" });
    QCOMPARE(provider.pending(), 3);
    QVERIFY(waitUntilDone(idle));
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(sentAddresses(m_server.requests().first()),
             QStringList({ "1.1.1.1", "8.8.8.8", "1.0.0.1" }));
    QCOMPARE(detailsOf(ready).size(), 3);

    // Answered ones are not asked about again; only the new one is.
    ready.clear();
    idle.clear();
    provider.lookup({ "8.8.8.8", "1.1.1.1", "4.4.4.4", "1.0.0.1" });
    QVERIFY(waitUntilDone(idle));
    QCOMPARE(m_server.requests().size(), 2);
    QCOMPARE(sentAddresses(m_server.requests().last()), QStringList({ "4.4.4.4" }));
    QCOMPARE(detailsOf(ready).size(), 1);

    // Nothing new: nothing sent, and the work still ends with idle().
    ready.clear();
    idle.clear();
    provider.lookup({ "4.4.4.4", "8.8.8.8" });
    QVERIFY(waitUntilDone(idle));
    QCOMPARE(m_server.requests().size(), 2);
    QVERIFY(ready.isEmpty());
}

void OnlineDetailsTest::neverSendsSpecialAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<QString>("answeredAs"); // the address in the answer
    QTest::addColumn<QString>("errorPart"); // when not sent

    const QString notSent = "Not sent: ";
    QTest::newRow("10/8") << "10.1.2.3" << false << "10.1.2.3"
                          << "private";
    QTest::newRow("172.16/12") << "172.31.255.254" << false << "172.31.255.254"
                               << "private";
    QTest::newRow("192.168/16") << "192.168.1.1" << false << "192.168.1.1"
                                << "private";
    QTest::newRow("127/8") << "127.0.0.1" << false << "127.0.0.1"
                           << "loopback";
    QTest::newRow("169.254/16") << "169.254.10.20" << false << "169.254.10.20"
                                << "link-local";
    QTest::newRow("100.64/10") << "100.64.0.1" << false << "100.64.0.1"
                               << "carrier-grade NAT";
    QTest::newRow("0/8") << "0.0.0.0" << false << "0.0.0.0" << notSent;
    QTest::newRow("multicast") << "224.0.0.251" << false << "224.0.0.251"
                               << "multicast";
    QTest::newRow("broadcast") << "255.255.255.255" << false << "255.255.255.255"
                               << "broadcast";
    QTest::newRow("documentation") << "203.0.113.9" << false << "203.0.113.9"
                                   << "documentation";
    QTest::newRow("mapped private") << "::ffff:10.0.0.1" << false << "10.0.0.1"
                                    << "private";
    QTest::newRow("::1") << "::1" << false << "::1"
                         << "loopback";
    QTest::newRow("::") << "::" << false << "::"
                        << "unspecified";
    QTest::newRow("fe80::/10") << "fe80::1" << false << "fe80::1"
                               << "link-local";
    QTest::newRow("fc00::/7") << "fd12:3456:789a::1" << false << "fd12:3456:789a::1"
                              << "unique local";
    QTest::newRow("ff00::/8") << "ff02::1" << false << "ff02::1"
                              << "multicast";
    QTest::newRow("2001:db8::/32") << "2001:db8::5" << false << "2001:db8::5"
                                   << "documentation";
    QTest::newRow("a network") << "8.8.8.0/24" << false << "8.8.8.0/24"
                               << "network";
    QTest::newRow("no address") << "example.org" << false << "example.org"
                                << "example.org";
    QTest::newRow("empty") << "" << false << "" << notSent;
    // Just outside the special ranges: these are public and are sent.
    QTest::newRow("11/8") << "11.0.0.1" << true << "11.0.0.1" << QString();
    QTest::newRow("172.32/16") << "172.32.0.1" << true << "172.32.0.1" << QString();
    QTest::newRow("100.128/16") << "100.128.0.1" << true << "100.128.0.1" << QString();
    QTest::newRow("public IPv6") << "2a00:1450:4001::200e" << true << "2a00:1450:4001::200e"
                                 << QString();
}

void OnlineDetailsTest::neverSendsSpecialAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, sent);
    QFETCH(QString, answeredAs);
    QFETCH(QString, errorPart);

    OnlineDetailsProvider provider(batchUrl());
    QSignalSpy ready(&provider, &OnlineDetailsProvider::detailsReady);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    provider.lookup({ address, "8.8.8.8" });
    QVERIFY2(ready.isEmpty(), "answered from inside lookup()");
    QVERIFY(waitUntilDone(idle));

    QCOMPARE(m_server.requests().size(), 1);
    const QStringList expected =
        sent ? QStringList({ answeredAs, "8.8.8.8" }) : QStringList({ "8.8.8.8" });
    QCOMPARE(sentAddresses(m_server.requests().first()), expected);

    const QList<OnlineDetails> details = detailsOf(ready);
    QCOMPARE(details.size(), 2);
    const OnlineDetails answer = find(details, answeredAs);
    QCOMPARE(answer.address, answeredAs);
    if (sent) {
        QVERIFY2(answer.hasDetails(), qPrintable(answer.error));
        QCOMPARE(answer.city, "City of " + answeredAs);
    } else {
        QVERIFY(!answer.hasDetails());
        QVERIFY2(answer.error.startsWith("Not sent: "), qPrintable(answer.error));
        QVERIFY2(answer.error.contains(errorPart), qPrintable(answer.error));
        QVERIFY(answer.city.isEmpty());
    }
}

void OnlineDetailsTest::waitsForTheRateLimitWindow_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("waitSeconds"); // 0: no wait

    QTest::newRow("X-Rl 0, X-Ttl 2") << Headers { { "X-Rl", "0" }, { "X-Ttl", "2" } } << 2;
    QTest::newRow("RateLimit-Remaining 0, RateLimit-Reset 1")
        << Headers { { "RateLimit-Remaining", "0" }, { "RateLimit-Reset", "1" } } << 1;
    QTest::newRow("requests left") << Headers { { "X-Rl", "14" }, { "X-Ttl", "60" } } << 0;
}

void OnlineDetailsTest::waitsForTheRateLimitWindow()
{
    QFETCH(Headers, headers);
    QFETCH(int, waitSeconds);

    m_server.setHandler("/batch",
                        [headers](const Request &request) { return echo(request, headers); });
    OnlineDetailsProvider provider(batchUrl());
    QSignalSpy ready(&provider, &OnlineDetailsProvider::detailsReady);
    QSignalSpy waiting(&provider, &OnlineDetailsProvider::waiting);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    provider.lookup(publicAddresses(150));
    QVERIFY(waitUntilDone(idle));

    QCOMPARE(m_requestTimes.size(), 2);
    QCOMPARE(detailsOf(ready).size(), 150);
    if (waitSeconds == 0) {
        QVERIFY(waiting.isEmpty());
        return;
    }
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().first().toInt(), waitSeconds);
    // The window is the server's; the client may not come back before it is over.
    const qint64 gap = m_requestTimes.at(1) - m_requestTimes.at(0);
    QVERIFY2(gap >= waitSeconds * 900, qPrintable(QString::number(gap)));
}

void OnlineDetailsTest::retriesAfterTooManyRequests_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("waitSeconds");

    QTest::newRow("X-Ttl") << Headers { { "X-Rl", "0" }, { "X-Ttl", "1" } } << 1;
    QTest::newRow("Retry-After") << Headers { { "Retry-After", "1" } } << 1;
    // Without a word on how long, a minute: long enough to tell that it waits.
    QTest::newRow("nothing said") << Headers {} << 60;
}

void OnlineDetailsTest::retriesAfterTooManyRequests()
{
    QFETCH(Headers, headers);
    QFETCH(int, waitSeconds);

    m_server.setHandler("/batch", firstThenEcho({ status(429, headers) }));
    OnlineDetailsProvider provider(batchUrl());
    QSignalSpy ready(&provider, &OnlineDetailsProvider::detailsReady);
    QSignalSpy waiting(&provider, &OnlineDetailsProvider::waiting);
    QSignalSpy failed(&provider, &OnlineDetailsProvider::failed);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    const QStringList addresses = publicAddresses(3);
    provider.lookup(addresses);

    QVERIFY(waiting.wait(5000));
    QCOMPARE(waiting.first().first().toInt(), waitSeconds);
    if (waitSeconds > 5) {
        QTest::qWait(500);
        QCOMPARE(m_server.requests().size(), 1);
        QVERIFY(ready.isEmpty() && failed.isEmpty() && idle.isEmpty());
        provider.cancel();
        return;
    }
    QVERIFY(waitUntilDone(idle));
    QVERIFY(failed.isEmpty());
    const QList<Request> requests = m_server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).body, requests.at(0).body);
    QCOMPARE(sentAddresses(requests.at(1)), addresses);
    const qint64 gap = m_requestTimes.at(1) - m_requestTimes.at(0);
    QVERIFY2(gap >= waitSeconds * 900, qPrintable(QString::number(gap)));
    const QList<OnlineDetails> details = detailsOf(ready);
    QCOMPARE(details.size(), 3);
    QCOMPARE(details.at(2).city, "City of " + addresses.at(2));
}

void OnlineDetailsTest::badAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPart");

    // The first batch is 11.0.0.0 to 11.0.0.99.
    const QStringList first = publicAddresses(100);
    QJsonArray answers;
    for (const QString &address : first)
        answers.append(answerFor(address));
    const auto withItem = [&answers](qsizetype index, const QJsonValue &item) {
        QJsonArray changed = answers;
        changed.replace(index, item);
        return QJsonDocument(changed).toJson();
    };
    QJsonObject numberCity = answerFor(first.at(4));
    numberCity.insert("city", 42);
    QJsonObject unknownStatus = answerFor(first.at(5));
    unknownStatus.insert("status", "maybe");
    QJsonArray swapped = answers;
    swapped.replace(0, answers.at(1));
    swapped.replace(1, answers.at(0));
    QJsonArray short99 = answers;
    short99.removeLast();
    QByteArray padded = QJsonDocument(answers).toJson();
    padded.insert(1, QByteArray(1024 * 1024, ' '));

    QTest::newRow("HTML") << QByteArray("<html><body>Service moved</body></html>") << "JSON";
    QTest::newRow("empty") << QByteArray() << "JSON";
    QTest::newRow("cut short") << QJsonDocument(answers).toJson().left(500) << "JSON";
    QTest::newRow("object") << QByteArray(R"({"status":"fail","message":"invalid query"})")
                            << "JSON object";
    QTest::newRow("wrong length") << QJsonDocument(short99).toJson() << "99 items for 100";
    QTest::newRow("empty list") << QByteArray("[]") << "0 items for 100";
    QTest::newRow("string item") << withItem(3, "11.0.0.3") << "string instead of an object";
    QTest::newRow("number as city") << withItem(4, numberCity) << "number as \"city\"";
    QTest::newRow("unknown status") << withItem(5, unknownStatus) << "\"maybe\"";
    QTest::newRow("out of order") << QJsonDocument(swapped).toJson() << "11.0.0.1";
    QTest::newRow("over 1 MB") << padded << "larger than";
}

void OnlineDetailsTest::badAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPart);

    Response bad;
    bad.body = body;
    m_server.setHandler("/batch", firstThenEcho({ bad }));
    OnlineDetailsProvider provider(batchUrl());
    QSignalSpy ready(&provider, &OnlineDetailsProvider::detailsReady);
    QSignalSpy failed(&provider, &OnlineDetailsProvider::failed);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    const QStringList addresses = publicAddresses(150);
    provider.lookup(addresses);
    QVERIFY(waitUntilDone(idle));

    // The broken answer costs its own batch only.
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(m_server.requests().size(), 2);
    QCOMPARE(ready.size(), 2);
    const auto firstBatch = ready.at(0).first().value<QList<OnlineDetails>>();
    QCOMPARE(firstBatch.size(), 100);
    for (qsizetype i = 0; i < firstBatch.size(); ++i) {
        const OnlineDetails &details = firstBatch.at(i);
        QCOMPARE(details.address, addresses.at(i));
        QVERIFY(!details.hasDetails());
        QVERIFY(details.city.isEmpty());
        QVERIFY2(details.error.contains(m_server.url("/batch").toString())
                     && details.error.contains(errorPart),
                 qPrintable(details.error));
        // Not kept: a later lookup asks again.
        QCOMPARE(provider.cached(details.address), std::nullopt);
    }
    const auto secondBatch = ready.at(1).first().value<QList<OnlineDetails>>();
    QCOMPARE(secondBatch.size(), 50);
    QCOMPARE(secondBatch.last().address, addresses.last());
    QCOMPARE(secondBatch.last().city, "City of " + addresses.last());
    QVERIFY(provider.cached(addresses.last()).has_value());

    idle.clear();
    provider.lookup({ addresses.first() });
    QVERIFY(waitUntilDone(idle));
    QCOMPARE(m_server.requests().size(), 3);
    QCOMPARE(provider.cached(addresses.first())->city, "City of " + addresses.first());
}

void OnlineDetailsTest::serverErrors_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<QStringList>("errorParts"); // {other} is the other server's address

    QTest::newRow("500") << status(500) << QStringList { "500", "Internal Server Error" };
    QTest::newRow("503") << status(503) << QStringList { "503" };
    QTest::newRow("403") << status(403) << QStringList { "403", "key" };
    QTest::newRow("404") << status(404) << QStringList { "404" };
    QTest::newRow("redirect elsewhere")
        << LoopbackHttpServer::redirect(307, m_otherServer.url("/batch").toEncoded())
        << QStringList { "{other}/batch" };
    QTest::newRow("redirect on the same server")
        << LoopbackHttpServer::redirect(308, "/v2/batch") << QStringList { "/v2/batch" };
}

void OnlineDetailsTest::serverErrors()
{
    QFETCH(Response, response);
    QFETCH(QStringList, errorParts);

    m_server.setHandler("/batch", firstThenEcho({ response }));
    m_server.setHandler("/v2/batch", [](const Request &request) { return echo(request); });
    OnlineDetailsProvider provider(batchUrl());
    QSignalSpy ready(&provider, &OnlineDetailsProvider::detailsReady);
    QSignalSpy failed(&provider, &OnlineDetailsProvider::failed);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    provider.lookup(publicAddresses(150));
    QVERIFY(waitUntilDone(idle));

    QCOMPARE(failed.size(), 1);
    const QString error = failed.first().first().toString();
    errorParts.append(m_server.url("/batch").toString());
    for (QString part : std::as_const(errorParts)) {
        part.replace("{other}", m_otherServer.url(QString()).toString());
        QVERIFY2(error.contains(part),
                 qPrintable(QStringLiteral("\"%1\" does not name \"%2\"").arg(error, part)));
    }
    // The rest would fail the same way: dropped, unanswered, and asked again next time.
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_otherServer.requests().size(), 0);
    QVERIFY(ready.isEmpty());
    QCOMPARE(provider.pending(), 0);
    QCOMPARE(provider.cached(publicAddresses(1).first()), std::nullopt);
}

void OnlineDetailsTest::timeout_data()
{
    QTest::addColumn<Response>("response");

    Response late = echo(Request());
    late.delayMs = 5000;
    QTest::newRow("no answer") << late;
    Response stalled;
    stalled.body = QByteArray(200, ' ');
    stalled.stallAfterBytes = 20;
    QTest::newRow("stalls in the body") << stalled;
}

void OnlineDetailsTest::timeout()
{
    QFETCH(Response, response);

    m_server.setResponse("/batch", response);
    OnlineDetailsProvider provider(batchUrl());
    provider.setTimeout(300);
    QSignalSpy ready(&provider, &OnlineDetailsProvider::detailsReady);
    QSignalSpy failed(&provider, &OnlineDetailsProvider::failed);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    provider.lookup({ "8.8.8.8" });
    QVERIFY(waitUntilDone(idle, 4000));
    QCOMPARE(failed.size(), 1);
    const QString error = failed.first().first().toString();
    QVERIFY2(error.contains(m_server.url("/batch").toString()) && error.contains("Nothing arrived"),
             qPrintable(error));
    QVERIFY(ready.isEmpty());
}

void OnlineDetailsTest::cancel_data()
{
    QTest::addColumn<QString>("when");
    QTest::addColumn<int>("quietMs"); // past when the cancelled work would have gone on

    QTest::newRow("before the first request") << "before" << 300;
    QTest::newRow("during a request") << "request" << 700; // answered after 400 ms
    QTest::newRow("while waiting for the window") << "waiting" << 1300; // a 1 s window
}

void OnlineDetailsTest::cancel()
{
    QFETCH(QString, when);
    QFETCH(int, quietMs);

    Response slow;
    slow.delayMs = 400;
    slow.body = "[]";
    if (when == "request")
        m_server.setResponse("/batch", slow);
    if (when == "waiting")
        m_server.setHandler("/batch", [](const Request &request) {
            return echo(request, { { "X-Rl", "0" }, { "X-Ttl", "1" } });
        });
    OnlineDetailsProvider provider(batchUrl());
    QSignalSpy ready(&provider, &OnlineDetailsProvider::detailsReady);
    QSignalSpy waiting(&provider, &OnlineDetailsProvider::waiting);
    QSignalSpy failed(&provider, &OnlineDetailsProvider::failed);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    provider.lookup(publicAddresses(250) << "10.0.0.1");

    if (when == "request")
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requests().size(), 1, 5000);
    if (when == "waiting")
        QVERIFY(waiting.wait(5000));
    const qsizetype answered = ready.size();
    provider.cancel();
    QVERIFY(!provider.isBusy());
    QCOMPARE(provider.pending(), 0);
    QTest::qWait(quietMs);
    QCOMPARE(m_server.requests().size(), when == "before" ? 0 : 1);
    QCOMPARE(ready.size(), answered);
    QVERIFY(failed.isEmpty());
    QVERIFY(idle.isEmpty());

    // The provider takes new work after a cancel.
    m_server.setHandler("/batch", [](const Request &request) { return echo(request); });
    provider.lookup({ "8.8.8.8" });
    QVERIFY(waitUntilDone(idle, 5000));
    QCOMPARE(provider.cached("8.8.8.8")->city, "City of 8.8.8.8");
}

void OnlineDetailsTest::connectionRefused()
{
    // A port that was just free and is closed again: nothing listens there.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/batch").arg(closed.serverPort()));
    closed.close();

    OnlineDetailsProvider provider(url);
    QSignalSpy failed(&provider, &OnlineDetailsProvider::failed);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    provider.lookup(publicAddresses(150));
    QVERIFY(waitUntilDone(idle));
    QCOMPARE(failed.size(), 1);
    const QString error = failed.first().first().toString();
    QVERIFY2(error.contains(url.toString()) && error.contains("refused"), qPrintable(error));
}

void OnlineDetailsTest::refusesEndpoint()
{
    OnlineDetailsProvider provider(QUrl("ftp://127.0.0.1/batch"));
    QSignalSpy failed(&provider, &OnlineDetailsProvider::failed);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    provider.lookup({ "8.8.8.8" });
    QVERIFY(failed.isEmpty());
    QVERIFY(waitUntilDone(idle));
    QCOMPARE(failed.size(), 1);
    const QString error = failed.first().first().toString();
    QVERIFY2(error.contains("ftp://127.0.0.1/batch") && error.contains("HTTP"), qPrintable(error));
}

void OnlineDetailsTest::https()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    OnlineDetailsProvider provider(m_tlsServer.url("/batch"));
    QSignalSpy failed(&provider, &OnlineDetailsProvider::failed);
    QSignalSpy idle(&provider, &OnlineDetailsProvider::idle);
    provider.lookup({ "8.8.8.8" });
    QVERIFY(waitUntilDone(idle));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(provider.cached("8.8.8.8")->isp, "ISP of 8.8.8.8");
    QCOMPARE(m_tlsServer.requests().size(), 1);
}

void OnlineDetailsTest::notice()
{
    QCOMPARE(Rampart::defaultOnlineDetailsUrl(),
             QUrl("http://ip-api.com/batch"
                  "?fields=status,message,countryCode,regionName,city,isp,org,as,query"));

    const QString plain = Rampart::onlineDetailsNotice(Rampart::defaultOnlineDetailsUrl());
    for (const char *part : { "ip-api.com", "http://ip-api.com/batch", "unencrypted", "Private",
                              "database on this machine", "off" })
        QVERIFY2(plain.contains(QLatin1String(part)), qPrintable(plain));
    // A key in the address stays out of what is shown.
    QVERIFY2(!plain.contains("fields="), qPrintable(plain));

    const QString secure =
        Rampart::onlineDetailsNotice(QUrl("https://geo.example.net/batch?key=secret"));
    QVERIFY2(secure.contains("geo.example.net") && !secure.contains("unencrypted")
                 && !secure.contains("secret"),
             qPrintable(secure));
}

QTEST_GUILESS_MAIN(OnlineDetailsTest)
#include "onlinedetailstest.moc"
