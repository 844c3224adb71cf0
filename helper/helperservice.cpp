#include "helperservice.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>

#include "../app/net/packedcidrs.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Rampart {

namespace {

// The listing travels as a sealed memory file: any size, no giant D-Bus array, and the
// client cannot change what it reads.
QDBusUnixFileDescriptor sealedMemoryFile(const QByteArray &content, QString *error)
{
    const int fd = memfd_create("rampart-list", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0) {
        *error = QStringLiteral("memfd_create: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return {};
    }
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n =
            write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = QStringLiteral("write: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            close(fd);
            return {};
        }
        written += n;
    }
    fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
    lseek(fd, 0, SEEK_SET);
    QDBusUnixFileDescriptor descriptor(fd); // duplicates it
    close(fd);
    return descriptor;
}

// A list handed over as a memory file. Only a sealed one is read: its size and content
// cannot change while the helper reads it, and reading it cannot block.
bool readSealedList(const QDBusUnixFileDescriptor &file, QList<Cidr> *cidrs, QString *error)
{
    if (!file.isValid()) {
        *error = QStringLiteral("no list was passed");
        return false;
    }
    const int fd = file.fileDescriptor();
    constexpr int required = F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW;
    const int seals = fcntl(fd, F_GET_SEALS);
    struct stat info
    {
    };
    if (seals < 0 || (seals & required) != required || fstat(fd, &info) != 0
        || !S_ISREG(info.st_mode)) {
        *error = QStringLiteral("the list must come as a sealed memory file");
        return false;
    }
    const qint64 limit =
        PackedCidrs::magic.size() + qint64(maxEntriesPerCall) * PackedCidrs::recordSize;
    if (info.st_size > limit) {
        *error = QStringLiteral("the list is %1 bytes long; the limit is %2 bytes (%3 networks)")
                     .arg(info.st_size)
                     .arg(limit)
                     .arg(maxEntriesPerCall);
        return false;
    }
    QByteArray data(qsizetype(info.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = pread(fd, data.data() + done, size_t(data.size() - done), done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = QStringLiteral("the list could not be read");
            return false;
        }
        done += n;
    }
    return PackedCidrs::decode(data, maxEntriesPerCall, cidrs, error);
}

// Strict parsing of a call's entries; an error reply naming the first bad one, or nothing.
std::optional<QDBusMessage> refuseEntries(const QDBusMessage &request, const QStringList &entries,
                                          bool forBlocking, QList<Cidr> *parsed)
{
    const QString problem = Blocklist::parseEntries(entries, forBlocking, parsed);
    if (problem.isEmpty())
        return std::nullopt;
    return request.createErrorReply(entries.size() > maxEntriesPerCall ? QDBusError::LimitsExceeded
                                                                       : QDBusError::InvalidArgs,
                                    problem);
}

} // namespace

HelperService::HelperService(Blocklist &blocklist, PolkitAuthority &authority, QObject *parent)
    : QObject(parent)
    , m_blocklist(blocklist)
    , m_authority(authority)
{ }

void HelperService::authorizeThen(const char *action, Work work)
{
    setDelayedReply(true);
    const QDBusMessage request = message();
    QDBusConnection bus = connection();
    const QString actionId = QString::fromLatin1(action);
    ++m_callsInFlight;
    Q_EMIT activity();
    m_authority.check(
        request.service(), actionId, request.isInteractiveAuthorizationAllowed(),
        [this, request, bus, actionId,
         work = std::move(work)](const PolkitAuthority::Answer &answer) mutable {
            QDBusMessage reply;
            if (!answer.authorized) {
                reply = request.createErrorReply(
                    QDBusError::AccessDenied,
                    QStringLiteral("not authorized for %1: %2").arg(actionId, answer.reason));
            } else {
                const QDBusReply<uint> uid = bus.interface()->serviceUid(request.service());
                reply = uid.isValid()
                    ? work(request, uid.value())
                    : request.createErrorReply(QDBusError::AccessDenied,
                                               QStringLiteral("the caller left "
                                                              "before it could be "
                                                              "identified"));
            }
            bus.send(reply);
            --m_callsInFlight;
            Q_EMIT activity();
        });
}

QDBusMessage HelperService::answer(const QDBusMessage &request, const Blocklist::Outcome &outcome,
                                   const QList<QVariant> &values)
{
    if (!outcome.ok())
        return request.createErrorReply(outcome.errorName, outcome.message);
    return request.createReply(values);
}

uint HelperService::Block(const QStringList &entries, uint timeoutSeconds, const QString &comment,
                          uint &updated)
{
    if (!calledFromDBus())
        return 0;
    updated = 0;
    authorizeThen(
        manageAction,
        [this, entries, timeoutSeconds, comment](const QDBusMessage &request, quint32 uid) {
            QList<Cidr> parsed;
            if (std::optional<QDBusMessage> refused =
                    refuseEntries(request, entries, true, &parsed))
                return *refused;
            if (const QString bad = Blocklist::checkComment(comment); !bad.isEmpty())
                return request.createErrorReply(QDBusError::InvalidArgs, bad);
            quint32 added = 0;
            quint32 refreshed = 0;
            const Blocklist::Outcome outcome =
                m_blocklist.block(parsed, timeoutSeconds, comment, uid, &added, &refreshed);
            return answer(
                request, outcome,
                { QVariant::fromValue(uint(added)), QVariant::fromValue(uint(refreshed)) });
        });
    return 0;
}

uint HelperService::Unblock(const QStringList &entries, QStringList &notBlocked)
{
    if (!calledFromDBus())
        return 0;
    notBlocked.clear();
    authorizeThen(manageAction, [this, entries](const QDBusMessage &request, quint32 uid) {
        QList<Cidr> parsed;
        if (std::optional<QDBusMessage> refused = refuseEntries(request, entries, false, &parsed))
            return *refused;
        quint32 removed = 0;
        QList<Cidr> missing;
        const Blocklist::Outcome outcome = m_blocklist.unblock(parsed, uid, &removed, &missing);
        QStringList missingText;
        for (const Cidr &cidr : std::as_const(missing))
            missingText << cidr.toString();
        return answer(request, outcome, { QVariant::fromValue(uint(removed)), missingText });
    });
    return 0;
}

QDBusUnixFileDescriptor HelperService::List()
{
    if (!calledFromDBus())
        return {};
    authorizeThen(inspectAction, [this](const QDBusMessage &request, quint32) {
        QString error;
        const QByteArray listing = m_blocklist.listing(&error);
        if (!error.isEmpty())
            return request.createErrorReply(
                QString::fromLatin1(storeErrorName),
                QStringLiteral("the store could not be read: %1").arg(error));
        const QDBusUnixFileDescriptor file = sealedMemoryFile(listing, &error);
        if (!file.isValid())
            return request.createErrorReply(
                QString::fromLatin1(storeErrorName),
                QStringLiteral("the listing could not be passed on: %1").arg(error));
        return request.createReply(QVariant::fromValue(file));
    });
    return {};
}

HelperStatus HelperService::Status()
{
    if (!calledFromDBus())
        return {};
    authorizeThen(inspectAction, [this](const QDBusMessage &request, quint32) {
        return request.createReply(QVariant::fromValue(m_blocklist.status()));
    });
    return {};
}

qlonglong HelperService::Save()
{
    if (!calledFromDBus())
        return 0;
    authorizeThen(manageAction, [this](const QDBusMessage &request, quint32 uid) {
        qint64 savedAt = 0;
        const Blocklist::Outcome outcome = m_blocklist.sync(uid, &savedAt);
        return answer(request, outcome, { QVariant::fromValue(qlonglong(savedAt)) });
    });
    return 0;
}

void HelperService::SetVerdict(const QString &verdict)
{
    if (!calledFromDBus())
        return;
    authorizeThen(manageAction, [this, verdict](const QDBusMessage &request, quint32 uid) {
        return answer(request, m_blocklist.setVerdict(verdict, uid), {});
    });
}

bool HelperService::AddFeed(const QString &name, const QString &location, const QString &format,
                            uint refreshSeconds, const QString &checksumUrl, uint maxShrinkPercent)
{
    if (!calledFromDBus())
        return false;
    FeedInfo settings;
    settings.name = name;
    settings.location = location;
    settings.format = format;
    settings.refreshSeconds = refreshSeconds;
    settings.checksumUrl = checksumUrl;
    settings.maxShrinkPercent = maxShrinkPercent;
    authorizeThen(manageAction, [this, settings](const QDBusMessage &request, quint32 uid) {
        bool created = false;
        const Blocklist::Outcome outcome = m_blocklist.saveFeed(settings, uid, &created);
        return answer(request, outcome, { QVariant::fromValue(created) });
    });
    return false;
}

uint HelperService::RemoveFeed(const QString &name)
{
    if (!calledFromDBus())
        return 0;
    authorizeThen(manageAction, [this, name](const QDBusMessage &request, quint32 uid) {
        quint32 removed = 0;
        const Blocklist::Outcome outcome = m_blocklist.removeFeed(name, uid, &removed);
        return answer(request, outcome, { QVariant::fromValue(uint(removed)) });
    });
    return 0;
}

QList<FeedInfo> HelperService::Feeds()
{
    if (!calledFromDBus())
        return {};
    authorizeThen(inspectAction, [this](const QDBusMessage &request, quint32) {
        QString error;
        const QList<FeedInfo> feeds = m_blocklist.feeds(&error);
        if (!error.isEmpty())
            return request.createErrorReply(
                QString::fromLatin1(storeErrorName),
                QStringLiteral("the store could not be read: %1").arg(error));
        return request.createReply(QVariant::fromValue(feeds));
    });
    return {};
}

uint HelperService::UpdateFeed(const QString &name, const QDBusUnixFileDescriptor &entries,
                               const QString &etag, const QString &lastModified, bool force,
                               uint &removed)
{
    if (!calledFromDBus())
        return 0;
    removed = 0;
    authorizeThen(
        manageAction,
        [this, name, entries, etag, lastModified, force](const QDBusMessage &request, quint32 uid) {
            QList<Cidr> list;
            QString error;
            if (!readSealedList(entries, &list, &error))
                return request.createErrorReply(QDBusError::InvalidArgs, error);
            quint32 added = 0;
            quint32 dropped = 0;
            const Blocklist::Outcome outcome = m_blocklist.updateFeed(
                name, list, etag, lastModified, force, uid, &added, &dropped);
            return answer(request, outcome,
                          { QVariant::fromValue(uint(added)), QVariant::fromValue(uint(dropped)) });
        });
    return 0;
}

void HelperService::RecordFeedCheck(const QString &name, const QString &error)
{
    if (!calledFromDBus())
        return;
    authorizeThen(manageAction, [this, name, error](const QDBusMessage &request, quint32) {
        return answer(request, m_blocklist.recordFeedCheck(name, error), {});
    });
}

uint HelperService::Allow(const QStringList &entries, const QString &comment)
{
    if (!calledFromDBus())
        return 0;
    authorizeThen(manageAction, [this, entries, comment](const QDBusMessage &request, quint32 uid) {
        QList<Cidr> parsed;
        if (std::optional<QDBusMessage> refused = refuseEntries(request, entries, false, &parsed))
            return *refused;
        if (const QString bad = Blocklist::checkComment(comment); !bad.isEmpty())
            return request.createErrorReply(QDBusError::InvalidArgs, bad);
        quint32 added = 0;
        const Blocklist::Outcome outcome = m_blocklist.allow(parsed, comment, uid, &added);
        return answer(request, outcome, { QVariant::fromValue(uint(added)) });
    });
    return 0;
}

uint HelperService::Disallow(const QStringList &entries, QStringList &notAllowed)
{
    if (!calledFromDBus())
        return 0;
    notAllowed.clear();
    authorizeThen(manageAction, [this, entries](const QDBusMessage &request, quint32 uid) {
        QList<Cidr> parsed;
        if (std::optional<QDBusMessage> refused = refuseEntries(request, entries, false, &parsed))
            return *refused;
        quint32 removed = 0;
        QList<Cidr> missing;
        const Blocklist::Outcome outcome = m_blocklist.disallow(parsed, uid, &removed, &missing);
        QStringList missingText;
        for (const Cidr &cidr : std::as_const(missing))
            missingText << cidr.toString();
        return answer(request, outcome, { QVariant::fromValue(uint(removed)), missingText });
    });
    return 0;
}

QList<AllowedEntry> HelperService::Allowlist()
{
    if (!calledFromDBus())
        return {};
    authorizeThen(inspectAction, [this](const QDBusMessage &request, quint32) {
        QString error;
        const QList<AllowedEntry> entries = m_blocklist.allowlist(&error);
        if (!error.isEmpty())
            return request.createErrorReply(
                QString::fromLatin1(storeErrorName),
                QStringLiteral("the store could not be read: %1").arg(error));
        return request.createReply(QVariant::fromValue(entries));
    });
    return {};
}

} // namespace Rampart
