#include "confirmations.h"

#include "undo.h"
#include "undorecord.h"

namespace Rampart {

Confirmations::Confirmations(Blocklist &blocklist)
    : m_blocklist(blocklist)
    , m_store(blocklist.core().store())
{ }

QString Confirmations::rollbackReason()
{
    return QStringLiteral("rolled back: nobody confirmed it in time");
}

qint64 Confirmations::feedAdditionBefore(qint64 historyId, quint32 uid,
                                         const QString &feedName) const
{
    QString error;
    const auto decoded = [this, &error](qint64 id) {
        const QByteArray data = m_store.historyUndoData(id, &error);
        return data.isEmpty() ? std::nullopt : UndoRecord::decode(data);
    };
    // Only the feed's first list: before it the feed held nothing.
    const std::optional<UndoRecord> update = decoded(historyId);
    if (!update || update->kind != UndoRecord::Kind::FeedList || !update->content.isEmpty())
        return 0;
    const QList<StoredHistoryRow> before = m_store.history(historyId, 1, &error);
    if (before.isEmpty() || before.first().uid != uid || before.first().undoneBy != 0)
        return 0;
    const std::optional<UndoRecord> addition = decoded(before.first().id);
    if (!addition || addition->kind != UndoRecord::Kind::FeedAddition
        || addition->feed.name != feedName)
        return 0;
    return before.first().id;
}

Outcome Confirmations::await(qint64 historyId, quint32 seconds, quint32 uid,
                             const QString &feedName, qint64 *deadline)
{
    StoredConfirmation pending;
    pending.historyId = historyId;
    pending.deadline = BlocklistCore::now() + seconds;
    pending.uid = uid;
    if (!feedName.isEmpty())
        pending.alsoUndo = feedAdditionBefore(historyId, uid, feedName);
    QString error;
    if (!m_store.addConfirmation(pending, &error))
        return Outcome::storeError(
            QStringLiteral("the wait for confirmation of row %1 could not be kept: %2")
                .arg(historyId)
                .arg(error));
    if (deadline)
        *deadline = pending.deadline;
    return {};
}

Outcome Confirmations::confirm(qint64 historyId)
{
    QString error;
    bool removed = false;
    if (!m_store.removeConfirmation(historyId, &removed, &error))
        return Outcome::storeError(error);
    if (removed)
        return {};
    const std::optional<StoredHistoryRow> row = m_store.historyRow(historyId, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!row)
        return Outcome::invalidArgs(
            QStringLiteral("there is no history row %1 to confirm").arg(historyId));
    if (row->undoneBy)
        return Outcome::invalidArgs(
            QStringLiteral("row %1 (%2) was rolled back or undone already, by row %3; make the "
                           "change again")
                .arg(historyId)
                .arg(row->action)
                .arg(row->undoneBy));
    return Outcome::invalidArgs(QStringLiteral("row %1 (%2) waits for no confirmation: it was "
                                               "confirmed already, or made without a wait")
                                    .arg(historyId)
                                    .arg(row->action));
}

QList<StoredConfirmation> Confirmations::pending(QString *error) const
{
    return m_store.confirmations(error);
}

QStringList Confirmations::rollBack(qint64 now, bool everything)
{
    QStringList log;
    QString error;
    const QList<StoredConfirmation> waiting = m_store.confirmations(&error);
    if (!error.isEmpty())
        return {
            QStringLiteral("the changes waiting for confirmation could not be read: %1").arg(error)
        };
    for (const StoredConfirmation &pending : waiting) {
        if (!everything && pending.deadline > now)
            continue;
        // Dropped first: a rollback that fails is not tried again and again.
        bool removed = false;
        if (!m_store.removeConfirmation(pending.historyId, &removed, &error)) {
            log << QStringLiteral("row %1 could not be rolled back: %2")
                       .arg(pending.historyId)
                       .arg(error);
            continue;
        }
        bool undone = true;
        for (const qint64 id : { pending.historyId, pending.alsoUndo }) {
            if (id == 0 || !undone)
                continue;
            qint64 undoId = 0;
            QStringList notRestored;
            const Outcome outcome =
                Undo(m_blocklist).undo(id, 0, &undoId, &notRestored, rollbackReason());
            undone = outcome.ok();
            if (!outcome.ok())
                log << QStringLiteral("row %1 was not confirmed and could not be rolled back: %2")
                           .arg(id)
                           .arg(outcome.message);
            else
                log << QStringLiteral("row %1 was not confirmed: rolled back by row %2")
                           .arg(id)
                           .arg(undoId);
            for (const QString &line : std::as_const(notRestored))
                log << QStringLiteral("row %1: not restored: %2").arg(id).arg(line);
        }
    }
    return log;
}

std::optional<qint64> Confirmations::nextDeadline() const
{
    QString error;
    const QList<StoredConfirmation> waiting = m_store.confirmations(&error);
    if (waiting.isEmpty())
        return std::nullopt;
    return waiting.first().deadline;
}

} // namespace Rampart
