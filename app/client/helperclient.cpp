#include "helperclient.h"

#include "dbus/sealedfile.h"
#include "net/packedcidrs.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Rampart {

namespace {

// Room for an administrator to answer the authentication agent, and for the helper to
// load a few hundred thousand entries.
constexpr int callTimeoutMs = 10 * 60 * 1000;
// A listing larger than this did not come from a Rampart helper.
constexpr qint64 maxListingBytes = qint64(1) << 31;

// Whether a method changes something, rather than only reading what the helper keeps.
bool changesState(HelperMethod method)
{
    switch (method) {
    case HelperMethod::List:
    case HelperMethod::Status:
    case HelperMethod::Feeds:
    case HelperMethod::Allowlist:
    case HelperMethod::History:
        return false;
    default:
        return true;
    }
}

} // namespace

HelperClient::HelperClient(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    registerHelperTypes();
}

HelperClient::~HelperClient() = default;

QDBusPendingCall HelperClient::call(HelperMethod method, const QList<QVariant> &arguments,
                                    bool interactive)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        QString::fromLatin1(helperService), QString::fromLatin1(helperPath),
        QString::fromLatin1(helperInterface),
        QString::fromLatin1(helperMethodSignature(method).name));
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(interactive);
    const QDBusPendingCall pending = m_bus.asyncCall(message, callTimeoutMs);
    if (!changesState(method))
        return pending;
    // Only with an event loop: rampartctl waits on its replies and says why itself.
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->isError() && watcher->error().type() == QDBusError::AccessDenied)
            Q_EMIT changeRefused(watcher->error().message());
    });
    return pending;
}

QDBusPendingReply<uint, uint, qlonglong> HelperClient::block(const QStringList &entries,
                                                             quint32 timeoutSeconds,
                                                             const QString &comment, bool force,
                                                             quint32 confirmWithinSeconds)
{
    return call(HelperMethod::Block,
                { entries, QVariant::fromValue(uint(timeoutSeconds)), comment, force,
                  QVariant::fromValue(uint(confirmWithinSeconds)) },
                m_interactive);
}

QDBusPendingReply<QString> HelperClient::blockCommands(const QStringList &entries,
                                                       quint32 timeoutSeconds,
                                                       const QString &comment)
{
    return call(HelperMethod::BlockCommands,
                { entries, QVariant::fromValue(uint(timeoutSeconds)), comment }, m_interactive);
}

QDBusPendingReply<uint, QStringList> HelperClient::unblock(const QStringList &entries)
{
    return call(HelperMethod::Unblock, { entries }, m_interactive);
}

QDBusPendingReply<QString> HelperClient::unblockCommands(const QStringList &entries)
{
    return call(HelperMethod::UnblockCommands, { entries }, m_interactive);
}

QDBusPendingReply<QDBusUnixFileDescriptor> HelperClient::list()
{
    return call(HelperMethod::List, {}, m_interactive);
}

QDBusPendingReply<HelperStatus> HelperClient::status()
{
    return call(HelperMethod::Status, {}, false);
}

QDBusPendingReply<qlonglong> HelperClient::save()
{
    return call(HelperMethod::Save, {}, m_interactive);
}

QDBusPendingReply<qlonglong> HelperClient::setVerdict(const QString &verdict,
                                                      quint32 confirmWithinSeconds)
{
    return call(HelperMethod::SetVerdict,
                { verdict, QVariant::fromValue(uint(confirmWithinSeconds)) }, m_interactive);
}

QDBusPendingReply<QString> HelperClient::setVerdictCommands(const QString &verdict)
{
    return call(HelperMethod::SetVerdictCommands, { verdict }, m_interactive);
}

QDBusPendingCall HelperClient::failedCall(const QString &message) const
{
    QDBusMessage request = QDBusMessage::createMethodCall(
        QString::fromLatin1(helperService), QString::fromLatin1(helperPath),
        QString::fromLatin1(helperInterface), QString());
    return QDBusPendingCall::fromError(request.createErrorReply(QDBusError::Failed, message));
}

QDBusPendingReply<bool> HelperClient::addFeed(const FeedInfo &settings)
{
    return call(HelperMethod::AddFeed,
                { settings.name, settings.location, settings.format,
                  QVariant::fromValue(uint(settings.refreshSeconds)), settings.checksumUrl,
                  QVariant::fromValue(uint(settings.maxShrinkPercent)), settings.insecure,
                  settings.allowBroad },
                m_interactive);
}

QDBusPendingReply<uint> HelperClient::removeFeed(const QString &name)
{
    return call(HelperMethod::RemoveFeed, { name }, m_interactive);
}

QDBusPendingReply<QList<FeedInfo>> HelperClient::feeds(bool withCredentials)
{
    return call(HelperMethod::Feeds, { withCredentials }, m_interactive);
}

QDBusPendingReply<uint, uint, qlonglong>
HelperClient::updateFeed(const QString &name, const QList<Cidr> &list, const QString &etag,
                         const QString &lastModified, bool force, quint32 confirmWithinSeconds)
{
    // The helper reads only a sealed memory file: it cannot change under it, and a
    // 400,000-network list costs 7 MB there instead of a 400,000-string D-Bus array.
    const int fd = sealedMemoryFile("rampart-feed", PackedCidrs::encode(list));
    if (fd < 0)
        return failedCall(tr("Could not make a memory file for the list: %1")
                              .arg(QString::fromLocal8Bit(strerror(errno))));
    const QDBusUnixFileDescriptor file(fd); // duplicates it
    close(fd);
    return call(HelperMethod::UpdateFeed,
                { name, QVariant::fromValue(file), etag, lastModified, force,
                  QVariant::fromValue(uint(confirmWithinSeconds)) },
                m_interactive);
}

QDBusPendingReply<QString> HelperClient::updateFeedCommands(const QString &name,
                                                            const QList<Cidr> &list)
{
    const int fd = sealedMemoryFile("rampart-feed", PackedCidrs::encode(list));
    if (fd < 0)
        return failedCall(tr("Could not make a memory file for the list: %1")
                              .arg(QString::fromLocal8Bit(strerror(errno))));
    const QDBusUnixFileDescriptor file(fd); // duplicates it
    close(fd);
    return call(HelperMethod::UpdateFeedCommands, { name, QVariant::fromValue(file) },
                m_interactive);
}

QDBusPendingReply<> HelperClient::recordFeedCheck(const QString &name, const QString &error)
{
    return call(HelperMethod::RecordFeedCheck, { name, error }, m_interactive);
}

QDBusPendingReply<uint> HelperClient::allow(const QStringList &entries, const QString &comment)
{
    return call(HelperMethod::Allow, { entries, comment }, m_interactive);
}

QDBusPendingReply<uint, QStringList> HelperClient::disallow(const QStringList &entries)
{
    return call(HelperMethod::Disallow, { entries }, m_interactive);
}

QDBusPendingReply<QList<AllowedEntry>> HelperClient::allowlist()
{
    return call(HelperMethod::Allowlist, {}, m_interactive);
}

QDBusPendingReply<QList<HistoryEntry>> HelperClient::history(qint64 beforeId, quint32 limit)
{
    return call(HelperMethod::History, { QVariant::fromValue(qlonglong(beforeId)), limit },
                m_interactive);
}

QDBusPendingReply<qlonglong, QStringList> HelperClient::undo(qint64 id)
{
    return call(HelperMethod::Undo, { QVariant::fromValue(qlonglong(id)) }, m_interactive);
}

QDBusPendingReply<> HelperClient::confirm(qint64 id)
{
    return call(HelperMethod::Confirm, { QVariant::fromValue(qlonglong(id)) }, m_interactive);
}

QDBusPendingReply<QList<PendingConfirmation>> HelperClient::pendingConfirmations()
{
    return call(HelperMethod::PendingConfirmations, {}, false);
}

QList<BlockedEntry> HelperClient::readListing(const QDBusUnixFileDescriptor &descriptor,
                                              QString *error)
{
    QList<BlockedEntry> entries;
    if (!descriptor.isValid()) {
        *error = tr("The helper sent no listing.");
        return entries;
    }
    QFile file;
    // Our own duplicate: QFile closes it, the descriptor object keeps its own.
    if (!file.open(dup(descriptor.fileDescriptor()), QIODevice::ReadOnly,
                   QFileDevice::AutoCloseHandle)) {
        *error = tr("The helper's listing could not be read: %1").arg(file.errorString());
        return entries;
    }
    if (file.size() > maxListingBytes) {
        *error = tr("The helper's listing is too large to be real (%1 bytes).").arg(file.size());
        return entries;
    }
    const QByteArray content = file.readAll();
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < content.size();) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        lines.append(QByteArrayView(content).sliced(start, end - start));
        start = end + 1;
    }
    // Version 1 had no bytes column; a helper from before may still be running.
    const int counterFields = !lines.isEmpty() && lines.first() == "# rampart-list 2" ? 2
        : !lines.isEmpty() && lines.first() == "# rampart-list 1"                     ? 1
                                                                                      : 0;
    if (!counterFields) {
        *error = tr("The helper's listing is in a format this version of Rampart does not know.");
        return entries;
    }
    const int fieldsBeforeComment = 4 + counterFields;
    entries.reserve(lines.size());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.isEmpty())
            continue;
        QList<QByteArrayView> fields;
        qsizetype start = 0;
        for (int field = 0; field < fieldsBeforeComment; ++field) {
            const qsizetype tab = line.indexOf('\t', start);
            if (tab < 0)
                break;
            fields.append(line.sliced(start, tab - start));
            start = tab + 1;
        }
        if (fields.size() != fieldsBeforeComment) {
            *error = tr("Line %1 of the helper's listing is damaged.").arg(i + 1);
            return {};
        }
        BlockedEntry entry;
        entry.cidr = QString::fromLatin1(fields[0]);
        entry.source = QString::fromUtf8(fields[1]);
        entry.created = QDateTime::fromSecsSinceEpoch(fields[2].toLongLong());
        if (const qint64 expires = fields[3].toLongLong())
            entry.expires = QDateTime::fromSecsSinceEpoch(expires);
        entry.packets = fields[4].toULongLong();
        if (counterFields > 1)
            entry.bytes = fields[5].toULongLong();
        entry.comment = QString::fromUtf8(line.sliced(start));
        entries.append(entry);
    }
    return entries;
}

bool HelperClient::needsForce(const QDBusError &error)
{
    return error.name() == QLatin1String(needsForceErrorName);
}

QString HelperClient::describe(const QDBusError &error)
{
    const QString name = error.name();
    const QString detail = error.message();
    if (error.type() == QDBusError::AccessDenied) {
        return tr("Not authorized: %1. Ask an administrator to grant you the Rampart polkit "
                  "actions, or run the command as an administrator.")
            .arg(detail);
    }
    if (error.type() == QDBusError::ServiceUnknown || error.type() == QDBusError::NoServer
        || error.type() == QDBusError::Disconnected) {
        return tr("The Rampart helper cannot be reached on the system bus (%1). Check that "
                  "Rampart is installed and that the system bus is running.")
            .arg(detail);
    }
    if (error.type() == QDBusError::NoReply || error.type() == QDBusError::Timeout) {
        return tr("The Rampart helper did not answer in time (%1).").arg(detail);
    }
    if (error.type() == QDBusError::InvalidArgs)
        return tr("The helper refused the request: %1.").arg(detail);
    if (error.type() == QDBusError::LimitsExceeded)
        return tr("The helper refused the request as beyond its limits: %1.").arg(detail);
    if (name == QLatin1String(kernelErrorName))
        return tr("The kernel firewall refused the change: %1. Nothing was changed.").arg(detail);
    if (name == QLatin1String(storeErrorName))
        return tr("The blocklist store could not be updated: %1. Nothing was changed.").arg(detail);
    if (name == QLatin1String(suspiciousErrorName))
        return tr("The new list looks wrong: %1.").arg(detail);
    if (name == QLatin1String(needsForceErrorName))
        return tr("Nothing was blocked: %1.").arg(detail);
    if (error.type() == QDBusError::Failed)
        return detail;
    return tr("The helper reported an error: %1 (%2).").arg(detail, name);
}

} // namespace Rampart
