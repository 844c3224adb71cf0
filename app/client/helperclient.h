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

#include <memory>

class OrgRampartHelper1Interface;

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
    std::unique_ptr<OrgRampartHelper1Interface> m_interface;
};

} // namespace Rampart
