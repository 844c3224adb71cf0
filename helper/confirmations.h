#pragma once

#include "blocklist.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Rampart {

// Changes that the helper undoes by itself unless confirmed in time ("commit confirmed"):
// a Block, UpdateFeed or SetVerdict made with a wait, kept in the store, whose rows are
// the truth. The rollback is an Undo of the change's history row, in a row of its own that
// says nobody confirmed it. The helper's timer only says when to look; what a helper that
// stopped left waiting is rolled back when it starts again.
class Confirmations
{
public:
    explicit Confirmations(Blocklist &blocklist);

    // Makes the change recorded in historyId wait seconds for Confirm. When the change is
    // a feed's first list (UpdateFeed) and the row just before it added that feed, by the
    // same user, and was not undone, the rollback removes the feed too (feedName: the
    // updated feed, empty for other changes).
    Outcome await(qint64 historyId, quint32 seconds, quint32 uid, const QString &feedName,
                  qint64 *deadline = nullptr);
    // Keeps the change: an id that waits for nothing is refused, saying why.
    Outcome confirm(qint64 historyId);
    QList<StoredConfirmation> pending(QString *error) const;

    // Rolls back what waits past its deadline at now, or everything (a helper starting
    // again); returns what happened, a line each, for the helper's log.
    QStringList rollBack(qint64 now, bool everything);

    // The earliest deadline of what still waits.
    std::optional<qint64> nextDeadline() const;

    // What a rollback's undo row says first.
    static QString rollbackReason();

private:
    qint64 feedAdditionBefore(qint64 historyId, quint32 uid, const QString &feedName) const;

    Blocklist &m_blocklist;
    Store &m_store;
};

} // namespace Rampart
