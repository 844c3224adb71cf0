#include "feeddownloader.h"

#include "feeds/feedformat.h"

#include "net/cidr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

// What the downloader says and checks, apart from its class; its messages are Feeds'.
namespace Rampart::Download {

namespace {

QString shown(const QUrl &url)
{
    return url.toDisplayString();
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

// Why a feed address cannot be downloaded, or nothing when it can.
std::optional<QString> refusal(const QUrl &url)
{
    if (url.isLocalFile())
        return Feeds::tr("%1 is a local file; import it as a file instead of downloading it.")
            .arg(shown(url));
    const QString scheme = url.scheme();
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        if (url.isValid() && scheme != QLatin1String("http") && scheme != QLatin1String("https")
            && !scheme.isEmpty())
            return Feeds::tr(
                       "%1 is not an HTTP or HTTPS address; feeds are downloaded over HTTP or "
                       "HTTPS only.")
                .arg(shown(url));
        return Feeds::tr("%1 is not a complete web address; write it in full, as in "
                         "https://example.org/drop.txt.")
            .arg(quotedItem(url.toString()));
    }
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Feeds::tr(
                   "%1 is not an HTTP or HTTPS address; feeds are downloaded over HTTP or HTTPS "
                   "only.")
            .arg(shown(url));
    return std::nullopt;
}

std::optional<QString> checksumRefusal(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
        return std::nullopt;
    return Feeds::tr(
               "The checksum address %1 is not an HTTP or HTTPS address; give the web address of "
               "the checksum file, or none.")
        .arg(url.isValid() && !url.scheme().isEmpty() ? shown(url) : quotedItem(url.toString()));
}

QString httpError(const QUrl &url, int status, const QString &reason)
{
    const QString answer = reason.isEmpty() ? QString::number(status)
                                            : QStringLiteral("%1 %2").arg(status).arg(reason);
    if (status == 404 || status == 410)
        return Feeds::tr("The server answered %1 for %2; check the address.")
            .arg(answer, shown(url));
    if (status == 401 || status == 403 || status == 407)
        return Feeds::tr(
                   "The server answered %1 for %2; the feed may need a key or an account, or no "
                   "longer allows downloads from here.")
            .arg(answer, shown(url));
    if (status == 429)
        return Feeds::tr(
                   "The server answered %1 for %2: too many downloads; download it less often, "
                   "or try again later.")
            .arg(answer, shown(url));
    if (status >= 500)
        return Feeds::tr("The server answered %1 for %2, a problem on the server's side; try again "
                         "later.")
            .arg(answer, shown(url));
    return Feeds::tr(
               "The server answered %1 for %2 instead of sending the file; check the address.")
        .arg(answer, shown(url));
}

QString networkError(const QUrl &url, QNetworkReply::NetworkError error, const QString &detail,
                     const FeedRequest &request)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Feeds::tr("The server refused the connection for %1; check the address and port, or "
                         "try again later if the server is down.")
            .arg(shown(url));
    case QNetworkReply::HostNotFoundError:
        return Feeds::tr(
                   "The host %1 was not found for %2; check the address and this computer's DNS "
                   "settings.")
            .arg(url.host(), shown(url));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // how Qt reports the transfer timeout
        return Feeds::tr("Nothing arrived from %1 for %2 s, so the download was stopped; try again "
                         "later, or allow the feed more time.")
            .arg(shown(url), QLocale().toString(request.timeoutMs / 1000.0, 'g', 3));
    case QNetworkReply::RemoteHostClosedError:
        return Feeds::tr("The server closed the connection before all of %1 had arrived; try again "
                         "later.")
            .arg(shown(url));
    case QNetworkReply::SslHandshakeFailedError:
        return Feeds::tr(
                   "The secure connection for %1 failed (%2); check the server's certificate, "
                   "and this computer's date and trusted certificates.")
            .arg(shown(url), detail);
    case QNetworkReply::TooManyRedirectsError:
        return Feeds::tr("%1 redirected more often than the limit of %2; check the address, it may "
                         "redirect in a loop.")
            .arg(shown(url))
            .arg(request.maxRedirects);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Feeds::tr("The proxy failed the download of %1 (%2); check the proxy settings.")
            .arg(shown(url), detail);
    default:
        return Feeds::tr("The download of %1 failed (%2); check the address and this computer's "
                         "network connection.")
            .arg(shown(url), detail);
    }
}

QString insecureRedirect(const QUrl &url, const QUrl &target)
{
    return Feeds::tr(
               "%1 redirected from HTTPS to plain HTTP (%2), which is refused; use an address "
               "that stays on HTTPS.")
        .arg(shown(url), shown(target));
}

QString unsupportedRedirect(const QUrl &url, const QUrl &target)
{
    return Feeds::tr(
               "%1 redirected to %2, which is not an HTTP or HTTPS address; use the feed's final "
               "address instead.")
        .arg(shown(url), shown(target));
}

QString announcedTooLarge(const QUrl &url, qint64 size, qint64 cap)
{
    return Feeds::tr(
               "%1 is %2, larger than the %3 cap; raise the feed's size limit if it really is "
               "that big.")
        .arg(shown(url), dataSize(size), dataSize(cap));
}

QString tooLarge(const QUrl &url, qint64 cap)
{
    return Feeds::tr(
               "%1 is larger than the %2 cap; raise the feed's size limit if it really is that "
               "big.")
        .arg(shown(url), dataSize(cap));
}

QString unexpectedRedirect(const QUrl &url, int status)
{
    return Feeds::tr("The server answered %1 for %2 without saying where to; check the address.")
        .arg(QString::number(status), shown(url));
}

struct Checksum
{
    QCryptographicHash::Algorithm algorithm;
    QByteArray hex; // lower case
    QString name() const
    {
        return algorithm == QCryptographicHash::Md5 ? QStringLiteral("MD5")
                                                    : QStringLiteral("SHA-256");
    }
};

std::optional<Checksum> checksumFrom(QByteArrayView token)
{
    if (token.size() != 32 && token.size() != 64)
        return std::nullopt;
    for (const char c : token) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    return Checksum { token.size() == 32 ? QCryptographicHash::Md5 : QCryptographicHash::Sha256,
                      token.toByteArray().toLower() };
}

// A bare hash, or md5sum/sha256sum lines ("HASH  NAME", "HASH *NAME", "\HASH  NAME" for
// escaped names). With several lines, the one naming the feed's file is used.
std::optional<Checksum> readChecksum(const QByteArray &file, const QString &feedFileName,
                                     const QUrl &checksumUrl, QString *error)
{
    QList<std::pair<Checksum, QByteArray>> listed;
    bool unreadable = false;
    for (QByteArrayView line : file.split('\n')) {
        line = line.trimmed();
        if (line.startsWith("\xef\xbb\xbf"))
            line = line.sliced(3);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('\\'))
            line = line.sliced(1);
        qsizetype end = 0;
        while (end < line.size() && !std::isspace(static_cast<unsigned char>(line[end])))
            ++end;
        const auto checksum = checksumFrom(line.first(end));
        if (!checksum) {
            unreadable = true;
            continue;
        }
        QByteArrayView name = line.sliced(end).trimmed();
        if (name.startsWith('*'))
            name = name.sliced(1);
        listed.append({ *checksum, name.toByteArray() });
    }
    if (listed.isEmpty() || (listed.size() == 1 && unreadable)) {
        *error = Feeds::tr("%1 holds no MD5 or SHA-256 checksum; check the checksum address.")
                     .arg(shown(checksumUrl));
        return std::nullopt;
    }
    if (listed.size() == 1)
        return listed.first().first;
    const QByteArray wanted = feedFileName.toUtf8();
    for (const auto &[checksum, name] : std::as_const(listed)) {
        const qsizetype slash = name.lastIndexOf('/');
        if (name.sliced(slash + 1) == wanted)
            return checksum;
    }
    *error = Feeds::tr("%1 lists no checksum for %2; check the checksum address.")
                 .arg(shown(checksumUrl), quotedItem(feedFileName));
    return std::nullopt;
}

QString checksumMismatch(const QUrl &url, const Checksum &expected, const QByteArray &actual,
                         const QUrl &checksumUrl)
{
    return Feeds::tr(
               "%1 does not match its checksum: its %2 is %3, but %4 says %5. The download may "
               "be damaged or tampered with and was not used; try again later.")
        .arg(shown(url), expected.name(), QString::fromLatin1(actual), shown(checksumUrl),
             QString::fromLatin1(expected.hex));
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

// What a path that is not a regular file is, for the message that refuses it.
QString notAFile(const QString &path, mode_t mode)
{
    if (S_ISDIR(mode))
        return Feeds::tr(
                   "%1 is a directory, not a file; give the path of the blocklist file in it.")
            .arg(path);
    if (S_ISFIFO(mode))
        return Feeds::tr(
                   "%1 is a FIFO, not a file; save the list to a file and give that file's path.")
            .arg(path);
    if (S_ISSOCK(mode))
        return Feeds::tr("%1 is a socket, not a file; give the path of a blocklist file.")
            .arg(path);
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Feeds::tr("%1 is a device, not a file; give the path of a blocklist file.")
            .arg(path);
    return Feeds::tr("%1 is not a regular file; give the path of a blocklist file.").arg(path);
}

QString tooLargeFile(const QString &path, qint64 size, qint64 cap)
{
    return Feeds::tr("%1 is %2, larger than the %3 cap; that is not a blocklist.")
        .arg(path, dataSize(size), dataSize(cap));
}

QString grewTooLarge(const QString &path, qint64 cap)
{
    return Feeds::tr("%1 grew larger than the %2 cap while it was read; that is not a blocklist.")
        .arg(path, dataSize(cap));
}

} // namespace

} // namespace Rampart::Download

namespace Rampart {

namespace {

// A checksum file is a line or a few; a list for a whole mirror stays well below this.
constexpr qint64 checksumCap = 1024 * 1024;
// Often enough for a progress bar to move smoothly, rarely enough not to flood a view.
constexpr qint64 progressIntervalMs = 50;

bool isRedirect(int status)
{
    return status >= 300 && status < 400 && status != 304;
}

} // namespace

FeedDownloader::FeedDownloader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    qRegisterMetaType<Rampart::FeedDownload>();
}

FeedDownloader::~FeedDownloader()
{
    dropReply();
}

void FeedDownloader::start(const FeedRequest &request)
{
    if (m_phase != Phase::Idle) {
        qWarning("FeedDownloader::start: a download is still running; cancel it first");
        return;
    }
    m_request = request;
    m_result = FeedDownload();
    m_result.finalUrl = request.url;
    m_progressReceived = -1;
    m_sinceProgress.invalidate();
    m_phase = Phase::Body;

    if (auto refusal = Download::refusal(request.url)) {
        fail(*refusal);
        return;
    }
    if (!request.checksumUrl.isEmpty()) {
        if (auto refusal = Download::checksumRefusal(request.checksumUrl)) {
            fail(*refusal);
            return;
        }
    }
    get(request.url, true);
}

void FeedDownloader::cancel()
{
    if (m_phase != Phase::Body && m_phase != Phase::Checksum)
        return;
    dropReply();
    m_result.status = FeedDownload::Status::Cancelled;
    m_result.data.clear();
    m_result.error.clear();
    finish();
}

FeedDownload FeedDownloader::fetch(const FeedRequest &request)
{
    FeedDownloader downloader;
    FeedDownload result;
    QEventLoop loop;
    connect(&downloader, &FeedDownloader::finished, &loop, [&](const FeedDownload &download) {
        result = download;
        loop.quit();
    });
    downloader.start(request);
    loop.exec();
    return result;
}

void FeedDownloader::get(const QUrl &url, bool conditional)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(std::max(0, m_request.maxRedirects));
    request.setTransferTimeout(std::max(0, m_request.timeoutMs));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Rampart/" RAMPART_VERSION));
    // The validators are ours to send; a cache on a shared manager must not answer instead.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (conditional && !m_request.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.etag);
    if (conditional && !m_request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.lastModified);

    m_received.clear();
    m_lastUrl = url;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FeedDownloader::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &FeedDownloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FeedDownloader::onReplyFinished);
    // A body that came with a redirect is not the feed's.
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        m_lastUrl = target;
        m_received.clear();
    });
}

qint64 FeedDownloader::currentCap() const
{
    return m_phase == Phase::Checksum ? std::min(checksumCap, m_request.maxBytes)
                                      : m_request.maxBytes;
}

void FeedDownloader::onMetaDataChanged()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status))
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > currentCap()) {
        const qint64 cap = currentCap();
        const QUrl url = m_lastUrl;
        noteResponse(m_reply);
        dropReply();
        fail(Download::announcedTooLarge(url, length.toLongLong(), cap));
    }
}

void FeedDownloader::onReadyRead()
{
    m_received += m_reply->readAll();
    if (!checkCap())
        return;
    if (m_phase == Phase::Body)
        emitProgress(m_received.size(), false);
}

// Whether what arrived so far fits; if not, the download has failed.
bool FeedDownloader::checkCap()
{
    if (m_received.size() <= currentCap())
        return true;
    const qint64 cap = currentCap();
    const QUrl url = m_lastUrl;
    noteResponse(m_reply);
    dropReply();
    fail(Download::tooLarge(url, cap));
    return false;
}

// The feed's own status and address; a checksum file's are not kept.
void FeedDownloader::noteResponse(QNetworkReply *reply)
{
    if (m_phase != Phase::Body)
        return;
    m_result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.finalUrl = m_lastUrl;
}

void FeedDownloader::emitProgress(qint64 received, bool force)
{
    if (received == m_progressReceived)
        return;
    if (!force && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < progressIntervalMs)
        return;
    // Content-Length counts the bytes on the wire, which differ once Qt has unpacked a
    // compressed transfer; then the total is unknown rather than wrong.
    const QVariant length =
        m_reply ? m_reply->header(QNetworkRequest::ContentLengthHeader) : QVariant();
    qint64 total = length.isValid() ? length.toLongLong() : -1;
    if (total < received)
        total = -1;
    m_progressReceived = received;
    m_sinceProgress.start();
    Q_EMIT progress(received, total);
}

void FeedDownloader::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    // After an abort (the transfer timeout) there is nothing left to read.
    if (reply->isReadable())
        m_received += reply->readAll();
    if (!checkCap())
        return;
    if (m_phase == Phase::Body)
        onBodyFinished(reply);
    else
        onChecksumFinished(reply);
}

// Whether the reply brought a complete 2xx answer; if not, the download has failed.
bool FeedDownloader::accept(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QNetworkReply::NetworkError error = reply->error();
    // Redirect trouble is named by the address asked for, the one the administrator wrote down.
    const QUrl asked = m_phase == Phase::Body ? m_request.url : m_request.checksumUrl;
    const QByteArray location = reply->rawHeader("Location");
    if (error == QNetworkReply::InsecureRedirectError) {
        fail(Download::insecureRedirect(asked, m_lastUrl.resolved(QUrl::fromEncoded(location))));
        return false;
    }
    if (error == QNetworkReply::TooManyRedirectsError) {
        fail(Download::networkError(asked, error, reply->errorString(), m_request));
        return false;
    }
    if (isRedirect(status) && location.isEmpty()) {
        fail(Download::unexpectedRedirect(m_lastUrl, status));
        return false;
    }
    if (isRedirect(status) && error == QNetworkReply::ProtocolUnknownError) {
        fail(Download::unsupportedRedirect(asked, m_lastUrl.resolved(QUrl::fromEncoded(location))));
        return false;
    }
    if (status >= 400) {
        fail(Download::httpError(m_lastUrl, status, reason));
        return false;
    }
    if (error != QNetworkReply::NoError) {
        fail(Download::networkError(m_lastUrl, error, reply->errorString(), m_request));
        return false;
    }
    if (status < 200 || status >= 300 || status == 206) {
        fail(Download::httpError(m_lastUrl, status, reason));
        return false;
    }
    return true;
}

void FeedDownloader::onBodyFinished(QNetworkReply *reply)
{
    noteResponse(reply);
    const QByteArray etag = reply->rawHeader("ETag");
    const QByteArray lastModified = reply->rawHeader("Last-Modified");

    if (m_result.httpStatus == 304 && reply->error() == QNetworkReply::NoError) {
        dropReply();
        m_result.status = FeedDownload::Status::NotModified;
        // A 304 need not repeat the validators; the ones sent are still good then.
        m_result.etag = etag.isEmpty() ? m_request.etag : etag;
        m_result.lastModified = lastModified.isEmpty() ? m_request.lastModified : lastModified;
        finish();
        return;
    }
    if (!accept(reply)) {
        dropReply();
        return;
    }
    emitProgress(m_received.size(), true);
    dropReply();
    m_result.data = std::move(m_received);
    m_received.clear();
    m_result.etag = etag;
    m_result.lastModified = lastModified;
    if (m_request.checksumUrl.isEmpty()) {
        m_result.status = FeedDownload::Status::Downloaded;
        finish();
        return;
    }
    m_phase = Phase::Checksum;
    get(m_request.checksumUrl, false);
}

void FeedDownloader::onChecksumFinished(QNetworkReply *reply)
{
    const QUrl checksumUrl = m_lastUrl;
    if (!accept(reply)) {
        dropReply();
        return;
    }
    dropReply();
    QString error;
    const auto expected =
        Download::readChecksum(m_received, m_result.finalUrl.fileName(), checksumUrl, &error);
    if (!expected) {
        fail(error);
        return;
    }
    const QByteArray actual = QCryptographicHash::hash(m_result.data, expected->algorithm).toHex();
    if (actual != expected->hex) {
        fail(Download::checksumMismatch(m_result.finalUrl, *expected, actual, checksumUrl));
        return;
    }
    m_result.status = FeedDownload::Status::Downloaded;
    finish();
}

QByteArray readFeedFile(const QString &path, QString *error, qint64 maxBytes)
{
    const QByteArray name = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait for one, forever.
    // O_NOCTTY: a terminal given by mistake must not become ours.
    const int fd = open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int openError = errno;
        struct stat status
        {
        };
        // A socket cannot be opened at all; the path is looked at only to say so.
        if (openError == ENXIO && stat(name.constData(), &status) == 0 && !S_ISREG(status.st_mode))
            *error = Download::notAFile(path, status.st_mode);
        else
            *error = Feeds::tr("Cannot read %1: %2.").arg(path, Download::systemError(openError));
        return {};
    }
    const auto closeFile = qScopeGuard([fd] { close(fd); });

    // The descriptor, not the path: what is read is what was checked, even if the path
    // is replaced in between.
    struct stat status
    {
    };
    if (fstat(fd, &status) != 0) {
        *error = Feeds::tr("Cannot read %1: %2.").arg(path, Download::systemError(errno));
        return {};
    }
    if (!S_ISREG(status.st_mode)) {
        *error = Download::notAFile(path, status.st_mode);
        return {};
    }
    struct statfs fileSystem
    {
    };
    if (fstatfs(fd, &fileSystem) != 0) {
        *error = Feeds::tr("Cannot read %1: %2.").arg(path, Download::systemError(errno));
        return {};
    }
    if (fileSystem.f_type == PROC_SUPER_MAGIC || fileSystem.f_type == SYSFS_MAGIC) {
        *error = Feeds::tr("%1 is a file of the kernel's %2 file system, which describes the "
                           "running system; it is not a blocklist.")
                     .arg(path,
                          fileSystem.f_type == PROC_SUPER_MAGIC ? QStringLiteral("/proc")
                                                                : QStringLiteral("/sys"));
        return {};
    }
    if (status.st_size > maxBytes) {
        *error = Download::tooLargeFile(path, status.st_size, maxBytes);
        return {};
    }

    // Read to the end, not to the size fstat gave: the file may grow meanwhile, and the
    // cap holds for what is read.
    QByteArray data;
    data.reserve(qsizetype(status.st_size));
    constexpr qsizetype chunk = 1024 * 1024;
    for (;;) {
        const qsizetype before = data.size();
        const qsizetype room = qsizetype(std::min<qint64>(chunk, maxBytes + 1 - before));
        data.resize(before + room);
        const ssize_t n = read(fd, data.data() + before, size_t(room));
        if (n < 0 && errno == EINTR) {
            data.resize(before);
            continue;
        }
        if (n < 0) {
            *error = Feeds::tr("Cannot read %1: %2.").arg(path, Download::systemError(errno));
            return {};
        }
        data.resize(before + n);
        if (data.size() > maxBytes) {
            *error = Download::grewTooLarge(path, maxBytes);
            return {};
        }
        if (n == 0)
            return data;
    }
}

void discardReply(QNetworkReply *reply, QObject *receiver)
{
    if (!reply)
        return;
    reply->disconnect(receiver);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void FeedDownloader::dropReply()
{
    // Cleared first: an abort emits finished(), and nothing here may take it for an answer.
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    discardReply(reply, this);
}

void FeedDownloader::fail(const QString &error)
{
    m_result.status = FeedDownload::Status::Failed;
    m_result.data.clear();
    m_result.error = error;
    finish();
}

// Always from the event loop, so that a caller never gets the result while still inside
// start() or cancel().
void FeedDownloader::finish()
{
    m_phase = Phase::Finishing;
    m_received.clear();
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_phase = Phase::Idle;
            const FeedDownload result = std::exchange(m_result, FeedDownload());
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

} // namespace Rampart
