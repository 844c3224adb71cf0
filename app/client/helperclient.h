#pragma once

#include "helpertypes.h"

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
    quint64 packets = 0;
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

    QDBusPendingReply<uint, uint> block(const QStringList &entries, quint32 timeoutSeconds,
                                        const QString &comment);
    QDBusPendingReply<uint, QStringList> unblock(const QStringList &entries);
    QDBusPendingReply<QDBusUnixFileDescriptor> list();
    QDBusPendingReply<HelperStatus> status();
    QDBusPendingReply<qlonglong> save();
    QDBusPendingReply<> setVerdict(const QString &verdict);

    // Reads the listing the helper hands over; on failure returns nothing and says why.
    static QList<BlockedEntry> readListing(const QDBusUnixFileDescriptor &file, QString *error);

    // What went wrong, in words for the administrator: what happened and what to do.
    static QString describe(const QDBusError &error);

private:
    // Qt 6.4's generated proxies cannot mark a call as allowed to prompt for
    // authentication, so the calls are built here, typed by their pending replies.
    QDBusPendingCall call(const QString &method, const QList<QVariant> &arguments,
                          bool interactive) const;

    QDBusConnection m_bus;
    bool m_interactive = true;
};

} // namespace Rampart
