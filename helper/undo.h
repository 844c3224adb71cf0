#pragma once

#include "blocklist.h"

#include <QStringList>

namespace Rampart {

// Undoes a history row through the part that made the change (ManualEntries, Allowlist,
// FeedLists, KernelState), from what the row kept (UndoRecord), so that the store and the
// kernel stay in step as for any change. The undo is a history row of its own, which says
// which row it undid and can be undone in turn. A row is undone once; where a later change
// overrode part of it, what still makes sense is done and the rest is named.
class Undo
{
public:
    explicit Undo(Blocklist &blocklist);

    // *undoId: the undo's own row; *notRestored: what could not be put back, and why.
    // reason, when given, leads the undo row's detail (a rollback nobody stopped says so).
    // An undone row waits for no confirmation any more.
    Outcome undo(qint64 id, quint32 uid, qint64 *undoId, QStringList *notRestored,
                 const QString &reason = {});

private:
    Outcome apply(const UndoRecord &record, qint64 id, quint32 uid, QStringList *notRestored);
    // The feed a record names, or why an undo cannot touch it.
    Outcome existingFeed(const QString &name, qint64 id, std::optional<StoredFeed> *feed) const;

    Blocklist &m_blocklist;
    Store &m_store;
};

} // namespace Rampart
