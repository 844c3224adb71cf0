#include "helperservice.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>

#include <fcntl.h>
#include <sys/mman.h>
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

} // namespace Rampart
