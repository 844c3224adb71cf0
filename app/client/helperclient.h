#pragma once

#include "dbus/helpertypes.h"
#include "net/cidr.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Rampart {

// One row of the blocklist as the helper lists it.
struct BlockedEntry
{
    QString cidr;
    QString source;
    QDateTime created;
    QDateTime expires; // invalid when permanent
    // What the kernel's set member matched since it was added.
    quint64 packets = 0;
    quint64 bytes = 0;
    QString comment;
};

// The unprivileged side of the helper's D-Bus interface, shared by the GUI and the CLI.
// Calls are asynchronous; the CLI may wait on the pending replies, the GUI watches them.
class HelperClient : public QObject
{
    Q_OBJECT

public:
    explicit HelperClient(const QDBusConnection &bus = QDBusConnection::systemBus(),
                          QObject *parent = nullptr);
    ~HelperClient() override;

    // Whether a call may make polkit ask the user to authenticate. On for what a person
    // asked for; the periodic status poll never asks.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // The bus the calls go over: polkit knows this client by its unique name there.
    QDBusConnection connection() const { return m_bus; }

    // force: block even what covers this machine's address, a gateway, link-local space
    // or more than a /8 (IPv6 /16); without it the helper answers NeedsForce.
    // confirmWithinSeconds above 0: the helper undoes the block by itself unless confirm()
    // names its history row (the last value of the reply) in time. So for updateFeed and
    // setVerdict.
    QDBusPendingReply<uint, uint, qlonglong> block(const QStringList &entries,
                                                   quint32 timeoutSeconds, const QString &comment,
                                                   bool force = false,
                                                   quint32 confirmWithinSeconds = 0);
    // The script a block would run, changing nothing (force is implied: the script is what
    // the block runs once allowed).
    QDBusPendingReply<QString> blockCommands(const QStringList &entries, quint32 timeoutSeconds,
                                             const QString &comment);
    QDBusPendingReply<uint, QStringList> unblock(const QStringList &entries);
    QDBusPendingReply<QString> unblockCommands(const QStringList &entries);
    QDBusPendingReply<QDBusUnixFileDescriptor> list();
    QDBusPendingReply<HelperStatus> status();
    QDBusPendingReply<qlonglong> save();
    QDBusPendingReply<qlonglong> setVerdict(const QString &verdict,
                                            quint32 confirmWithinSeconds = 0);
    QDBusPendingReply<QString> setVerdictCommands(const QString &verdict);

    QDBusPendingReply<bool> addFeed(const FeedInfo &settings);
    QDBusPendingReply<uint> removeFeed(const QString &name);
    // withCredentials: the locations as they are, for fetching them (the refresh-feeds
    // action); without, passwords and tokens in them read "***" (inspect).
    QDBusPendingReply<QList<FeedInfo>> feeds(bool withCredentials = false);
    // Hands the helper a feed's new list (packed into a sealed memory file); on failure to
    // make that file the reply is an error that says so.
    QDBusPendingReply<uint, uint, qlonglong>
    updateFeed(const QString &name, const QList<Cidr> &list, const QString &etag,
               const QString &lastModified, bool force, quint32 confirmWithinSeconds = 0);
    // The script updateFeed would run; for a feed not added yet, addFeed's and then
    // updateFeed's, without adding it.
    QDBusPendingReply<QString> updateFeedCommands(const QString &name, const QList<Cidr> &list);
    QDBusPendingReply<> recordFeedCheck(const QString &name, const QString &error);
    QDBusPendingReply<uint> allow(const QStringList &entries, const QString &comment);
    QDBusPendingReply<uint, QStringList> disallow(const QStringList &entries);
    QDBusPendingReply<QList<AllowedEntry>> allowlist();
    // A page of the history, newest first: rows with an id below beforeId (0: from the
    // newest), at most limit (the helper caps it at maxHistoryRowsPerCall).
    QDBusPendingReply<QList<HistoryEntry>> history(qint64 beforeId, quint32 limit);
    // Undoes a history row; returns the undo's own row and what could not be put back.
    QDBusPendingReply<qlonglong, QStringList> undo(qint64 id);
    // Keeps a change made with a wait for confirmation; id is its history row.
    QDBusPendingReply<> confirm(qint64 id);
    // The changes waiting for confirm(), earliest deadline first. Never asks to
    // authenticate: the window reads it when it opens.
    QDBusPendingReply<QList<PendingConfirmation>> pendingConfirmations();

    // Whether the helper refused because the change needs the force flag.
    static bool needsForce(const QDBusError &error);

    // Reads the listing the helper hands over; on failure returns nothing and says why.
    static QList<BlockedEntry> readListing(const QDBusUnixFileDescriptor &file, QString *error);

    // What went wrong, in words for the administrator: what happened and what to do.
    static QString describe(const QDBusError &error);

Q_SIGNALS:
    // polkit refused a change (a call that reads nothing but changes the firewall, its
    // feeds or its allowlist) for the reason given, as the helper worded it. The window
    // greys out its changes until the user authenticates again.
    void changeRefused(const QString &reason);

private:
    // Qt 6.4's generated proxies cannot mark a call as allowed to prompt for
    // authentication, so the calls are built here, typed by their pending replies.
    QDBusPendingCall call(HelperMethod method, const QList<QVariant> &arguments, bool interactive);

    // A call that fails before it leaves, with the reason, as a pending reply.
    QDBusPendingCall failedCall(const QString &message) const;

    QDBusConnection m_bus;
    bool m_interactive = true;
};

} // namespace Rampart
