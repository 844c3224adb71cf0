#pragma once

#include "client/helperclient.h"
#include "connections/socketsnapshot.h"
#include "net/cidr.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

namespace Rampart {

enum class Grouping { Address, Network24, Network16 }; // IPv6: /64 and /48

// "ip", "24", "16".
QString groupingName(Grouping grouping);
std::optional<Grouping> groupingFromName(QStringView name);

struct ConnectionGroup
{
    Cidr remote; // the address, or the /24 (/64) or /16 (/48) holding it
    int connections = 0;
    QMap<QString, int> states; // by socketStateName
    QList<quint16> localPorts; // sorted, unique
    int addresses = 0; // distinct remote addresses in the group
    qint64 firstSeenMs = 0; // the first snapshot this group had connections in
    qint64 lastSeenMs = 0;
    // Empty when no blocklist entry covers it; else the source and entry, e.g.
    // "manual 203.0.113.0/24" or "feed:drop 198.51.100.0/22".
    QString blockedBy;
    QStringList processes; // owners' command names when known
    // Blocked, and gone from the snapshot since lastSeenMs: its connections were cut. Kept
    // for ConnectionAggregator::droppingMs so that a block does not make its row vanish;
    // connections and states are empty, the rest is as last seen.
    bool dropping = false;
};

// Turns socket snapshots into per-remote groups, remembering when each group was first
// seen, and says which blocklist entry covers each one.
class ConnectionAggregator
{
public:
    ConnectionAggregator();
    ~ConnectionAggregator();
    ConnectionAggregator(ConnectionAggregator &&) noexcept;
    ConnectionAggregator &operator=(ConnectionAggregator &&) noexcept;

    // The narrowest covering entry wins (longest-prefix match). Cheap for 400,000 entries.
    void setBlocklist(const QList<BlockedEntry> &entries);

    // How long a blocked group stays after its connections are gone.
    static constexpr qint64 droppingMs = 60'000;

    // Groups the snapshot's connected sockets (a remote address that is not unspecified;
    // LISTEN and unconnected UDP left out), sorted by connections descending, then remote
    // ascending. Remembers first-seen times across calls; a group that disappears is
    // forgotten, unless a blocklist entry covers it (now, or once the listing that has the
    // block arrives): then it stays for droppingMs after it was last seen, marked dropping,
    // after the groups with connections.
    QList<ConnectionGroup> aggregate(const SocketSnapshot &snapshot, Grouping grouping);

    // The entry that covers the network, as blockedBy says it, or an empty string.
    QString blockingEntry(const Cidr &network) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Rampart
