#pragma once

#include "dbus/helpertypes.h"
#include "net/cidr.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Rampart {

// What a history row keeps to be undone, beside the row (Store::appendHistory). Each
// change is kept as the states it went between, so that an undo puts back the earlier
// state only where the later one is still there, and an undo's own record undoes the undo.
struct UndoRecord
{
    enum class Kind : quint8 {
        None,
        Entries, // manual entries: a block, an unblock, or an undo of either
        Allowlist, // allowlisted networks and their comments
        FeedList, // a feed's list before an update
        FeedRemoval, // a removed feed's settings and list
        FeedAddition, // a feed that did not exist before
        FeedSettings, // a feed's settings before an edit
        Verdict, // the verdict before a change
    };

    // A manual entry as the store kept it.
    struct EntryState
    {
        QString source;
        QString comment;
        qint64 created = 0;
        qint64 expires = 0; // 0: permanent

        bool sameAs(const EntryState &other) const
        {
            return source == other.source && comment == other.comment && expires == other.expires;
        }
    };
    // One network's state before and after the change; nullopt where it was not there.
    struct EntryChange
    {
        Cidr cidr;
        std::optional<EntryState> before;
        std::optional<EntryState> after;
    };
    // An allowlisted network's comment before and after; nullopt where it was not listed.
    struct AllowChange
    {
        Cidr cidr;
        std::optional<QString> before;
        std::optional<QString> after;
    };

    Kind kind = Kind::None;
    QList<EntryChange> entries; // Entries
    QList<AllowChange> allowances; // Allowlist
    // FeedList, FeedAddition, FeedSettings: the name (FeedSettings: all earlier settings);
    // FeedRemoval: the settings it had.
    FeedInfo feed;
    QByteArray content; // FeedList, FeedRemoval: the list before, packed (PackedCidrs)
    QByteArray afterDigest; // FeedList: a digest of the list the update left
    QString before; // Verdict
    QString after; // Verdict

    QByteArray encode() const;
    // nullopt for data this helper did not write.
    static std::optional<UndoRecord> decode(const QByteArray &compressed);

    // The digest FeedList records of a packed list.
    static QByteArray digest(const QByteArray &packed);
};

} // namespace Rampart
