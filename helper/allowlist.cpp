#include "allowlist.h"

#include "exclusion.h"
#include "net/rangeset.h"

#include <optional>

namespace Rampart {

Allowlist::Allowlist(BlocklistCore &core)
    : m_core(core)
    , m_store(core.store())
{ }

Outcome Allowlist::change(const std::function<bool(qint64, QString *)> &write)
{
    if (Outcome prepared = m_core.prepare(); !prepared.ok())
        return prepared;
    const qint64 time = BlocklistCore::now();
    QString error;
    Exclusion exclusion(m_core);
    const RangeSet before = exclusion.applied(&error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!m_store.transaction())
        return m_core.storeFailure(QStringLiteral("cannot start a transaction"));
    if (!write(time, &error))
        return m_core.storeFailure(error);
    const RangeSet after = exclusion.desired(&error);
    if (!error.isEmpty())
        return m_core.storeFailure(error);
    if (Outcome applied = exclusion.reapplyFeeds(before, after, time); !applied.ok())
        return applied;
    if (!exclusion.record(after, &error) || !m_store.commit(&error))
        return m_core.storeFailureAfterKernel(time, error);
    return {};
}

Outcome Allowlist::allow(const QList<Cidr> &entries, const QString &comment, quint32 uid,
                         quint32 *added)
{
    if (const std::optional<Outcome> full = BlocklistCore::beyondTotal(
            m_store.allowlistCount(), entries.size(), maxAllowlistEntries,
            QStringLiteral("the allowlist holds %1 networks")))
        return *full;
    return change([&](qint64 time, QString *error) {
        const QHash<QString, QString> earlier = comments(error);
        if (!error->isEmpty())
            return false;
        UndoRecord undo;
        undo.kind = UndoRecord::Kind::Allowlist;
        for (const Cidr &cidr : entries) {
            const auto it = earlier.constFind(cidr.toString());
            undo.allowances.append(
                { cidr, it == earlier.constEnd() ? std::nullopt : std::optional(*it), comment });
        }
        return m_store.allow(entries, comment, time, added, error)
            && m_store.appendHistory(uid, QStringLiteral("allow"), entries, comment, time, error,
                                     undo.encode());
    });
}

Outcome Allowlist::disallow(const QList<Cidr> &entries, quint32 uid, quint32 *removed,
                            QList<Cidr> *notAllowed)
{
    const Outcome outcome = change([&](qint64 time, QString *error) {
        const QHash<QString, QString> earlier = comments(error);
        if (!error->isEmpty())
            return false;
        UndoRecord undo;
        undo.kind = UndoRecord::Kind::Allowlist;
        for (const Cidr &cidr : entries) {
            if (const auto it = earlier.constFind(cidr.toString()); it != earlier.constEnd())
                undo.allowances.append({ cidr, *it, std::nullopt });
        }
        return m_store.disallow(entries, notAllowed, error)
            && m_store.appendHistory(uid, QStringLiteral("disallow"), entries, {}, time, error,
                                     undo.encode());
    });
    if (outcome.ok())
        *removed = quint32(entries.size() - notAllowed->size());
    return outcome;
}

QHash<QString, QString> Allowlist::comments(QString *error) const
{
    QHash<QString, QString> comments;
    for (const StoredAllowance &allowed : m_store.allowlist(error))
        comments.insert(allowed.cidr.toString(), allowed.comment);
    return comments;
}

Outcome Allowlist::restore(const UndoRecord &record, quint32 uid, QStringList *notRestored)
{
    return change([&](qint64 time, QString *error) {
        const QHash<QString, QString> current = comments(error);
        if (!error->isEmpty())
            return false;
        UndoRecord applied;
        applied.kind = UndoRecord::Kind::Allowlist;
        QList<Cidr> removing;
        QHash<QString, QList<Cidr>> allowing; // by comment
        QList<Cidr> touched;
        for (const UndoRecord::AllowChange &change : record.allowances) {
            const auto it = current.constFind(change.cidr.toString());
            const std::optional<QString> now =
                it == current.constEnd() ? std::nullopt : std::optional(*it);
            if (now != change.after) {
                notRestored->append(
                    now ? QStringLiteral("%1: allowlisted since with another comment")
                              .arg(change.cidr.toString())
                        : QStringLiteral("%1: taken off the allowlist since")
                              .arg(change.cidr.toString()));
                continue;
            }
            if (now == change.before)
                continue;
            applied.allowances.append({ change.cidr, now, change.before });
            touched.append(change.cidr);
            if (change.before)
                allowing[*change.before].append(change.cidr);
            else
                removing.append(change.cidr);
        }
        QList<Cidr> missing;
        quint32 added = 0;
        if (!m_store.disallow(removing, &missing, error))
            return false;
        for (auto it = allowing.cbegin(); it != allowing.cend(); ++it) {
            if (!m_store.allow(it.value(), it.key(), time, &added, error))
                return false;
        }
        const QString detail = QStringLiteral("%1 allowed again, %2 taken off the allowlist")
                                   .arg(touched.size() - removing.size())
                                   .arg(removing.size())
            + (notRestored->isEmpty()
                   ? QString()
                   : QStringLiteral("; not restored: ") + notRestored->join(QStringLiteral("; ")));
        return m_store.appendHistory(uid, QStringLiteral("allowlist-restore"), touched, detail,
                                     time, error, applied.encode());
    });
}

QList<AllowedEntry> Allowlist::list(QString *error) const
{
    QList<AllowedEntry> entries;
    for (const StoredAllowance &allowed : m_store.allowlist(error))
        entries.append({ allowed.cidr.toString(), allowed.comment, allowed.created });
    return entries;
}

} // namespace Rampart
