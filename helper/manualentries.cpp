#include "manualentries.h"

#include "dbus/helpertypes.h"
#include "exclusion.h"
#include "program.h"
#include "rules/lockoutguard.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <optional>
#include <vector>

namespace Rampart {

ManualEntries::ManualEntries(BlocklistCore &core)
    : m_core(core)
    , m_store(core.store())
    , m_firewall(core.firewall())
{ }

QList<Firewall::Entry> ManualEntries::kernelEntries(Family family, qint64 time,
                                                    QString *error) const
{
    QList<Firewall::Entry> entries;
    for (const StoredEntry &stored : m_store.activeEntries(time, error)) {
        if (stored.cidr.family() != family)
            continue;
        const qint64 remaining = stored.expires ? stored.expires - time : 0;
        entries.append({ stored.cidr, quint32(std::min<qint64>(remaining, maxTimeoutSeconds)) });
    }
    return entries;
}

Outcome ManualEntries::block(const QList<Cidr> &entries, quint32 timeoutSeconds,
                             const QString &comment, bool force, quint32 uid, quint32 *added,
                             quint32 *updated)
{
    if (!force) {
        // A store that cannot be read leaves the allowlist out; the write that follows
        // reports the store.
        QString ignored;
        if (const QStringList reasons =
                blockForceReasons(entries, Exclusion(m_core).lockoutNetworks(&ignored));
            !reasons.isEmpty())
            return Outcome::needsForce(reasons.join(QStringLiteral("; ")));
    }
    if (const std::optional<Outcome> full =
            BlocklistCore::beyondTotal(m_store.entryCount(), entries.size(), maxStoredEntries,
                                       QStringLiteral("the blocklist holds %1 entries")))
        return *full;
    const qint64 time = BlocklistCore::now();
    const qint64 expires = timeoutSeconds ? time + timeoutSeconds : 0;
    QString error;
    if (Outcome prepared = m_core.prepare(); !prepared.ok())
        return prepared;
    if (!m_store.transaction())
        return m_core.storeFailure(QStringLiteral("cannot start a transaction"));
    if (m_store.purgeExpired(time, &error) < 0)
        return m_core.storeFailure(error);

    // What the block changes, for its undo: the entries it adds, and the earlier comment and
    // expiry of those it only updates.
    QHash<QString, StoredEntry> earlier;
    for (const StoredEntry &stored : m_store.storedAmong(entries, &error))
        earlier.insert(stored.cidr.toString(), stored);
    if (!error.isEmpty())
        return m_core.storeFailure(error);
    UndoRecord undo;
    undo.kind = UndoRecord::Kind::Entries;
    undo.entries.reserve(entries.size());
    for (const Cidr &cidr : entries) {
        const auto it = earlier.constFind(cidr.toString());
        UndoRecord::EntryChange change { cidr, std::nullopt,
                                         UndoRecord::EntryState { QStringLiteral("manual"), comment,
                                                                  time, expires } };
        if (it != earlier.constEnd()) {
            change.before =
                UndoRecord::EntryState { it->source, it->comment, it->created, it->expires };
            change.after->created = it->created;
        }
        undo.entries.append(change);
    }

    // The kernel works while the store is written.
    QList<Firewall::Entry> adding;
    adding.reserve(entries.size());
    for (const Cidr &cidr : entries)
        adding.append({ cidr, timeoutSeconds });
    std::vector<Program::Running> kernelWork;
    if (!startAdding(adding, time, &kernelWork, &error))
        return m_core.storeFailure(error);

    const bool stored =
        m_store.upsert(entries, QStringLiteral("manual"), comment, time, expires, added, &error);
    QString kernelError;
    for (Program::Running &work : kernelWork) {
        QString workError;
        if (!Firewall::finish(work, &workError) && kernelError.isEmpty())
            kernelError = workError;
    }
    if (!kernelError.isEmpty())
        return m_core.kernelFailure(QStringLiteral("the kernel refused the entries"), kernelError);
    if (!stored) {
        return m_core.storeFailureAfterKernel(time, error);
    }
    *updated = quint32(entries.size()) - *added;
    const QString detail = timeoutSeconds
        ? QStringLiteral("for %1 s%2")
              .arg(timeoutSeconds)
              .arg(comment.isEmpty() ? QString() : QStringLiteral(": ") + comment)
        : comment;
    if (!m_store.appendHistory(uid, QStringLiteral("block"), entries, detail, time, &error,
                               undo.encode())
        || !m_store.commit(&error)) {
        return m_core.storeFailureAfterKernel(time, error);
    }
    m_firewall.endConnections(entries);
    return {};
}

Outcome ManualEntries::unblock(const QList<Cidr> &entries, quint32 uid, quint32 *removed,
                               QList<Cidr> *notBlocked)
{
    const qint64 time = BlocklistCore::now();
    QString error;
    if (Outcome prepared = m_core.prepare(); !prepared.ok())
        return prepared;
    if (!m_store.transaction())
        return m_core.storeFailure(QStringLiteral("cannot start a transaction"));
    // Entries the store did not know are taken out of the kernel too, in case they were
    // added behind the helper's back; the kernel works while the store is written.
    Program::Running removing = m_firewall.startRemove(entries);
    // What the undo puts back: each entry with its comment, source and expiry.
    QList<StoredEntry> earlier;
    const bool stored = m_store.purgeExpired(time, &error) >= 0
        && (earlier = m_store.storedAmong(entries, &error), error.isEmpty())
        && m_store.remove(entries, notBlocked, &error);
    QString kernelError;
    if (!Firewall::finish(removing, &kernelError))
        return m_core.kernelFailure(QStringLiteral("the kernel refused to remove the entries"),
                                    kernelError);
    if (!stored) {
        return m_core.storeFailureAfterKernel(time, error);
    }
    *removed = quint32(entries.size() - notBlocked->size());
    // notBlocked keeps the entries' order, so one walk over both lists splits them.
    QList<Cidr> unblocked;
    unblocked.reserve(*removed);
    qsizetype missing = 0;
    for (const Cidr &cidr : entries) {
        if (missing < notBlocked->size() && notBlocked->at(missing) == cidr)
            ++missing;
        else
            unblocked.append(cidr);
    }
    UndoRecord undo;
    undo.kind = UndoRecord::Kind::Entries;
    for (const StoredEntry &stored : std::as_const(earlier))
        undo.entries.append({ stored.cidr,
                              UndoRecord::EntryState { stored.source, stored.comment,
                                                       stored.created, stored.expires },
                              std::nullopt });
    if (!m_store.appendHistory(uid, QStringLiteral("unblock"), unblocked, {}, time, &error,
                               undo.encode())
        || !m_store.commit(&error)) {
        return m_core.storeFailureAfterKernel(time, error);
    }
    return {};
}

bool ManualEntries::startAdding(const QList<Firewall::Entry> &entries, qint64 time,
                                std::vector<Program::Running> *work, QString *error) const
{
    // A set that cannot take the new entries is rebuilt larger, from what the store held
    // before plus the new entries, and swapped in; the others take the new entries directly.
    QList<Firewall::Entry> direct;
    for (const Family family : { Family::V4, Family::V6 }) {
        QList<Firewall::Entry> adding;
        for (const Firewall::Entry &entry : entries) {
            if (entry.cidr.family() == family)
                adding.append(entry);
        }
        if (adding.isEmpty())
            continue;
        const Firewall::SetInfo info = m_firewall.setInfo(family);
        if (info.exists && quint64(info.entries) + quint64(adding.size()) <= info.maxElements) {
            direct += adding;
            continue;
        }
        QList<Firewall::Entry> all = kernelEntries(family, time, error);
        if (!error->isEmpty())
            return false;
        all += adding;
        work->push_back(m_firewall.startReplace(family, all));
    }
    if (!direct.isEmpty())
        work->push_back(m_firewall.startAdd(direct));
    return true;
}

Outcome ManualEntries::restore(const UndoRecord &record, quint32 uid, QStringList *notRestored)
{
    const qint64 time = BlocklistCore::now();
    QString error;
    if (Outcome prepared = m_core.prepare(); !prepared.ok())
        return prepared;
    if (!m_store.transaction())
        return m_core.storeFailure(QStringLiteral("cannot start a transaction"));
    if (m_store.purgeExpired(time, &error) < 0)
        return m_core.storeFailure(error);
    QList<Cidr> cidrs;
    cidrs.reserve(record.entries.size());
    for (const UndoRecord::EntryChange &change : record.entries)
        cidrs.append(change.cidr);
    QHash<QString, UndoRecord::EntryState> current;
    for (const StoredEntry &stored : m_store.storedAmong(cidrs, &error))
        current.insert(stored.cidr.toString(),
                       { stored.source, stored.comment, stored.created, stored.expires });
    if (!error.isEmpty())
        return m_core.storeFailure(error);

    // Each entry goes back to its earlier state only where the change's is still there;
    // the undo's own record goes from what is there now to what it puts back.
    UndoRecord applied;
    applied.kind = UndoRecord::Kind::Entries;
    QList<Cidr> removing;
    QList<StoredEntry> putting;
    QList<Firewall::Entry> adding;
    for (const UndoRecord::EntryChange &change : record.entries) {
        const auto it = current.constFind(change.cidr.toString());
        const std::optional<UndoRecord::EntryState> now =
            it == current.constEnd() ? std::nullopt : std::optional(*it);
        const bool unchanged =
            now && change.after ? now->sameAs(*change.after) : !now && !change.after;
        const QString cidr = change.cidr.toString();
        if (!unchanged) {
            *notRestored << (now ? QStringLiteral("%1: changed since (%2)")
                                       .arg(cidr,
                                            now->comment.isEmpty() ? now->source : now->comment)
                                 : QStringLiteral("%1: unblocked since").arg(cidr));
            continue;
        }
        std::optional<UndoRecord::EntryState> target = change.before;
        if (target && target->expires > 0 && target->expires <= time) {
            *notRestored << QStringLiteral("%1: its block expired since, at %2")
                                .arg(cidr)
                                .arg(QDateTime::fromSecsSinceEpoch(target->expires)
                                         .toUTC()
                                         .toString(Qt::ISODate));
            target.reset();
        }
        if (!now && !target)
            continue;
        applied.entries.append({ change.cidr, now, target });
        if (target) {
            putting.append(
                { change.cidr, target->source, target->comment, target->created, target->expires });
            const qint64 remaining = target->expires ? target->expires - time : 0;
            adding.append({ change.cidr, quint32(std::min<qint64>(remaining, maxTimeoutSeconds)) });
        } else {
            removing.append(change.cidr);
        }
    }

    if (applied.entries.isEmpty() && !notRestored->isEmpty()) {
        m_store.rollback();
        return Outcome::invalidArgs(QStringLiteral("nothing could be restored: %1")
                                        .arg(notRestored->join(QStringLiteral("; "))));
    }
    std::vector<Program::Running> kernelWork;
    if (!removing.isEmpty())
        kernelWork.push_back(m_firewall.startRemove(removing));
    if (!startAdding(adding, time, &kernelWork, &error))
        return m_core.storeFailure(error);
    QList<Cidr> gone;
    const bool stored = m_store.remove(removing, &gone, &error) && m_store.put(putting, &error);
    if (const QString kernelProblem = BlocklistCore::finishAll(kernelWork);
        !kernelProblem.isEmpty())
        return m_core.kernelFailure(QStringLiteral("the kernel refused the entries"),
                                    kernelProblem);
    if (!stored)
        return m_core.storeFailureAfterKernel(time, error);
    QList<Cidr> touched;
    for (const UndoRecord::EntryChange &change : std::as_const(applied.entries))
        touched.append(change.cidr);
    const QString detail =
        QStringLiteral("%1 blocked again, %2 unblocked").arg(putting.size()).arg(removing.size())
        + (notRestored->isEmpty()
               ? QString()
               : QStringLiteral("; not restored: ") + notRestored->join(QStringLiteral("; ")));
    if (!m_store.appendHistory(uid, QStringLiteral("restore"), touched, detail, time, &error,
                               applied.encode())
        || !m_store.commit(&error))
        return m_core.storeFailureAfterKernel(time, error);
    QList<Cidr> blocked;
    for (const StoredEntry &entry : std::as_const(putting))
        blocked.append(entry.cidr);
    m_firewall.endConnections(blocked);
    return {};
}

} // namespace Rampart
