// A feed refresh as a preview sees it: a list read from a file or downloaded from a
// loopback HTTP server, parsed off the main thread and summarized; every way a download can
// go wrong (an error status, an HTML page, a truncated archive, a checksum mismatch, an
// empty body) ends as a failure that says why, never as an empty list; and a location listed
// with its password or token hidden is not fetched at all.

#include "feeds/feedrefresh.h"
#include "client/helperclient.h"
#include "loopbackhttpserver.h"
#include "rules/requestrules.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Rampart;

class FeedRefreshTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void download_data();
    void download();
    void localFile();
    void hiddenCredentialsAreNotFetched();
    void discardedRefresh_data();
    void discardedRefresh();

private:
    FeedRefresh::Result preview(const QString &location, const QString &format = "auto",
                                const QString &checksumUrl = QString());

    LoopbackHttpServer m_server;
    QTemporaryDir m_files;
    QDBusConnection m_noBus = QDBusConnection(QString());
};

namespace {

const QByteArray goodList = "# test list\n192.0.2.1\n198.51.100.0/24 ; SBL1\nexample.com\n"
                            "203.0.113.0-203.0.113.255\n2001:db8::/32\n";

QByteArray zipped(const QByteArray &content)
{
    QProcess python;
    python.start("/usr/bin/python3",
                 { "-c",
                   "import io,sys,zipfile\n"
                   "b=io.BytesIO()\n"
                   "z=zipfile.ZipFile(b,'w',zipfile.ZIP_DEFLATED)\n"
                   "z.writestr('list.txt',sys.stdin.buffer.read())\n"
                   "z.close()\n"
                   "sys.stdout.buffer.write(b.getvalue())\n" });
    python.write(content);
    python.closeWriteChannel();
    python.waitForFinished();
    return python.readAllStandardOutput();
}

QByteArray bigList()
{
    QByteArray text;
    for (int i = 0; i < 4000; ++i)
        text += QByteArray("198.18.") + QByteArray::number(i / 200) + '.'
            + QByteArray::number(i % 200) + '\n';
    return text;
}

} // namespace

void FeedRefreshTest::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_files.isValid());
    m_noBus = QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"),
                                            QStringLiteral("feedrefreshtest-nobus"));

    m_server.setResponse("/list.txt", { 200, {}, {}, goodList });
    m_server.setResponse("/moved", LoopbackHttpServer::redirect(301, "/list.txt"));
    m_server.setResponse("/page.html",
                         { 200,
                           {},
                           { { "Content-Type", "text/html" } },
                           "<!DOCTYPE html>\n<html><head><title>Download</title></head>"
                           "<body>Please log in</body></html>\n" });
    m_server.setResponse("/empty.txt", { 200, {}, {}, {} });
    const QByteArray archive = zipped(bigList());
    QVERIFY(archive.size() > 1000);
    m_server.setResponse("/list.zip", { 200, {}, {}, archive });
    m_server.setResponse("/truncated.zip", { 200, {}, {}, archive.left(archive.size() / 2) });
    const QByteArray sha256 =
        QCryptographicHash::hash(goodList, QCryptographicHash::Sha256).toHex();
    m_server.setResponse("/list.txt.sha256", { 200, {}, {}, sha256 + "  list.txt\n" });
    m_server.setResponse("/wrong.sha256", { 200, {}, {}, QByteArray(64, 'a') + "  list.txt\n" });
}

FeedRefresh::Result FeedRefreshTest::preview(const QString &location, const QString &format,
                                             const QString &checksumUrl)
{
    // A dry run never reaches the helper: a client on no bus at all is enough.
    HelperClient client(m_noBus);
    FeedInfo feed;
    feed.location = location;
    feed.format = format;
    feed.checksumUrl = checksumUrl;
    return FeedRefresh::run(&client, feed, RangeSet(), true, false);
}

void FeedRefreshTest::download_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("checksumPath");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("errorContains");
    QTest::addColumn<qint64>("valid");
    QTest::addColumn<qint64>("invalid");

    QTest::newRow("200") << "/list.txt"
                         << "" << true << "" << qint64(4) << qint64(1);
    QTest::newRow("redirect") << "/moved"
                              << "" << true << "" << qint64(4) << qint64(1);
    QTest::newRow("checksum matches") << "/list.txt"
                                      << "/list.txt.sha256" << true << "" << qint64(4) << qint64(1);
    QTest::newRow("zip") << "/list.zip"
                         << "" << true << "" << qint64(4000) << qint64(0);
    QTest::newRow("404") << "/missing.txt"
                         << "" << false << "404" << qint64(0) << qint64(0);
    QTest::newRow("html page") << "/page.html"
                               << "" << false << "web page" << qint64(0) << qint64(0);
    QTest::newRow("empty body") << "/empty.txt"
                                << "" << false << "empty" << qint64(0) << qint64(0);
    QTest::newRow("truncated zip") << "/truncated.zip"
                                   << "" << false << "download" << qint64(0) << qint64(0);
    QTest::newRow("checksum mismatch")
        << "/list.txt"
        << "/wrong.sha256" << false << QString(QByteArray(64, 'a')) << qint64(0) << qint64(0);
}

void FeedRefreshTest::download()
{
    QFETCH(QString, path);
    QFETCH(QString, checksumPath);
    QFETCH(bool, usable);
    QFETCH(QString, errorContains);
    QFETCH(qint64, valid);
    QFETCH(qint64, invalid);

    const FeedRefresh::Result result =
        preview(m_server.url(path).toString(), "auto",
                checksumPath.isEmpty() ? QString() : m_server.url(checksumPath).toString());
    if (!usable) {
        QCOMPARE(result.status, FeedRefresh::Status::Failed);
        QVERIFY2(result.error.contains(errorContains, Qt::CaseInsensitive),
                 qPrintable(result.error));
        QVERIFY(result.summary.list.isEmpty());
        return;
    }
    QVERIFY2(result.status == FeedRefresh::Status::Previewed, qPrintable(result.error));
    QCOMPARE(result.summary.parsed.valid, valid);
    QCOMPARE(result.summary.parsed.invalid, invalid);
    if (invalid) {
        QCOMPARE(result.summary.parsed.errors.first().line, 4);
        QCOMPARE(result.summary.parsed.errors.first().text, QString("example.com"));
    }
    QVERIFY(!result.summary.list.isEmpty());
}

void FeedRefreshTest::localFile()
{
    const QString path = m_files.filePath("drop.txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(goodList);
    file.close();
    const FeedRefresh::Result read = preview(path);
    QVERIFY2(read.status == FeedRefresh::Status::Previewed, qPrintable(read.error));
    QCOMPARE(read.summary.parsed.valid, 4);
    // 192.0.2.1, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32.
    QCOMPARE(read.summary.ranges, 4);
    QVERIFY(!read.summary.bogons.isEmpty()); // documentation ranges, all of them

    const FeedRefresh::Result missing = preview(m_files.filePath("gone.txt"));
    QCOMPARE(missing.status, FeedRefresh::Status::Failed);
    QVERIFY2(missing.error.contains("gone.txt"), qPrintable(missing.error));

    // Only a regular file is read: a FIFO would stall the worker until someone writes.
    const QString fifo = m_files.filePath("drop.fifo");
    QVERIFY(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const FeedRefresh::Result piped = preview(fifo);
    QCOMPARE(piped.status, FeedRefresh::Status::Failed);
    QCOMPARE(piped.error,
             fifo
                 + " is a FIFO, not a file; save the list to a file and give that "
                   "file's path.");
}

void FeedRefreshTest::hiddenCredentialsAreNotFetched()
{
    HelperClient client(m_noBus);
    FeedInfo feed;
    feed.name = "drop";
    feed.format = "auto";
    feed.location = redactedLocation(m_server.url("/list.txt?token=0123456789").toString());
    QVERIFY(feed.location.contains("***"));
    m_server.clearRequests();
    const FeedRefresh::Result result = FeedRefresh::run(&client, feed, RangeSet(), false, false);
    QCOMPARE(result.status, FeedRefresh::Status::Failed);
    QVERIFY2(result.error.startsWith(feed.location + " shows its password or token as ***"),
             qPrintable(result.error));
    // Neither fetched nor recorded as the feed's failure (no helper is there to record it,
    // which would have said "cannot be reached").
    QVERIFY(m_server.requests().isEmpty());
    QVERIFY2(!result.error.contains("cannot be reached"), qPrintable(result.error));
}

void FeedRefreshTest::discardedRefresh_data()
{
    QTest::addColumn<bool>("started");
    QTest::newRow("running") << true;
    QTest::newRow("idle") << false;
}

void FeedRefreshTest::discardedRefresh()
{
    QFETCH(bool, started);
    HelperClient client(m_noBus);
    QObject owner;
    QPointer<FeedRefresh> refresh = new FeedRefresh(&client, &owner);
    QSignalSpy finished(refresh.get(), &FeedRefresh::finished);
    if (started) {
        FeedInfo feed;
        feed.format = "auto";
        feed.location = m_server.url("/list.zip").toString();
        refresh->start(feed, RangeSet(), true, false);
        QVERIFY(refresh->isRunning());
    }
    refresh->discard();
    // Gone in time, whoever owned it, and nothing it said reached anyone.
    QTRY_VERIFY(refresh.isNull());
    QVERIFY(owner.children().isEmpty());
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(FeedRefreshTest)
#include "feedrefreshtest.moc"
