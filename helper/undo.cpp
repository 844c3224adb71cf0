#include "undo.h"

#include "net/packedcidrs.h"

namespace Rampart {

Undo::Undo(Blocklist &blocklist)
    : m_blocklist(blocklist)
    , m_store(blocklist.core().store())
{ }

Outcome Undo::undo(qint64 id, quint32 uid, qint64 *undoId, QStringList *notRestored,
                   const QString &reason)
{
    QString error;
    const std::optional<StoredHistoryRow> row = m_store.historyRow(id, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!row)
        return Outcome::invalidArgs(
            QStringLiteral("there is no history row %1 (older rows are folded into a summary)")
                .arg(id));
    if (row->undoneBy)
        return Outcome::invalidArgs(QStringLiteral("row %1 (%2) was undone already, by row %3")
                                        .arg(id)
                                        .arg(row->action)
                                        .arg(row->undoneBy));
    const QByteArray data = m_store.historyUndoData(id, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (data.isEmpty())
        return Outcome::invalidArgs(
            QStringLiteral("row %1 (%2) cannot be undone").arg(id).arg(row->action));
    const std::optional<UndoRecord> record = UndoRecord::decode(data);
    if (!record)
        return Outcome::storeError(
            QStringLiteral("what row %1 kept to be undone is damaged").arg(id));

    m_store.beginUndo(id, reason);
    const Outcome outcome = apply(*record, id, uid, notRestored);
    *undoId = m_store.endUndo();
    // Undone by hand while it waited: nothing is left to roll back. Should the wait stay,
    // its rollback finds the row undone and does nothing.
    if (outcome.ok()) {
        bool removed = false;
        m_store.removeConfirmation(id, &removed, &error);
    }
    return outcome;
}

Outcome Undo::existingFeed(const QString &name, qint64 id, std::optional<StoredFeed> *feed) const
{
    QString error;
    *feed = m_store.feed(name, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!*feed)
        return Outcome::invalidArgs(
            QStringLiteral("feed %1 of row %2 was removed since; undo its removal first")
                .arg(name)
                .arg(id));
    return {};
}

Outcome Undo::apply(const UndoRecord &record, qint64 id, quint32 uid, QStringList *notRestored)
{
    using Kind = UndoRecord::Kind;
    QString error;
    switch (record.kind) {
    case Kind::None:
        break;
    case Kind::Entries:
        return m_blocklist.manualEntries().restore(record, uid, notRestored);
    case Kind::Allowlist:
        return m_blocklist.allowlist().restore(record, uid, notRestored);
    case Kind::FeedList: {
        std::optional<StoredFeed> feed;
        if (Outcome found = existingFeed(record.feed.name, id, &feed); !found.ok())
            return found;
        const QByteArray current = m_store.feedContent(feed->id, &error);
        if (!error.isEmpty())
            return Outcome::storeError(error);
        if (UndoRecord::digest(current) != record.afterDigest)
            return Outcome::invalidArgs(
                QStringLiteral("feed %1's list changed since row %2; undo the later change first")
                    .arg(record.feed.name)
                    .arg(id));
        QList<Cidr> list;
        if (!record.content.isEmpty()
            && !PackedCidrs::decode(record.content, maxEntriesPerCall, &list, &error))
            return Outcome::storeError(
                QStringLiteral("the list row %1 kept is damaged: %2").arg(id).arg(error));
        // The earlier list was accepted once; the shrink and coverage checks are for news.
        quint32 added = 0;
        quint32 removed = 0;
        return m_blocklist.feeds().update(record.feed.name, list, record.feed.etag,
                                          record.feed.lastModified, true, uid, &added, &removed);
    }
    case Kind::FeedRemoval: {
        if (m_store.feed(record.feed.name, &error))
            return Outcome::invalidArgs(
                QStringLiteral("a feed named %1 exists again; remove it first to undo row %2")
                    .arg(record.feed.name)
                    .arg(id));
        if (!error.isEmpty())
            return Outcome::storeError(error);
        QList<Cidr> list;
        if (!record.content.isEmpty()
            && !PackedCidrs::decode(record.content, maxEntriesPerCall, &list, &error))
            return Outcome::storeError(
                QStringLiteral("the list row %1 kept is damaged: %2").arg(id).arg(error));
        bool created = false;
        if (Outcome saved = m_blocklist.feeds().save(record.feed, uid, &created); !saved.ok())
            return saved;
        if (record.content.isEmpty())
            return {};
        quint32 added = 0;
        quint32 removed = 0;
        const Outcome filled =
            m_blocklist.feeds().update(record.feed.name, list, record.feed.etag,
                                       record.feed.lastModified, true, uid, &added, &removed);
        // The feed is back; its next refresh fills it if its list could not be.
        if (!filled.ok())
            notRestored->append(
                QStringLiteral("the list of feed %1: %2").arg(record.feed.name, filled.message));
        return {};
    }
    case Kind::FeedAddition: {
        std::optional<StoredFeed> feed;
        if (Outcome found = existingFeed(record.feed.name, id, &feed); !found.ok())
            return found;
        quint32 removed = 0;
        return m_blocklist.feeds().remove(record.feed.name, uid, &removed);
    }
    case Kind::FeedSettings: {
        std::optional<StoredFeed> feed;
        if (Outcome found = existingFeed(record.feed.name, id, &feed); !found.ok())
            return found;
        bool created = false;
        return m_blocklist.feeds().save(record.feed, uid, &created);
    }
    case Kind::Verdict:
        if (const QString now = m_blocklist.core().verdict(); now != record.after)
            return Outcome::invalidArgs(
                QStringLiteral("the verdict was changed to %1 since row %2").arg(now).arg(id));
        return m_blocklist.kernel().setVerdict(record.before, uid);
    }
    return Outcome::invalidArgs(QStringLiteral("row %1 cannot be undone").arg(id));
}

} // namespace Rampart
