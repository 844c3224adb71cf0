#include "manualentries.h"

#include "dbus/helpertypes.h"
#include "exclusion.h"
#include "program.h"
#include "rules/lockoutguard.h"

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

    // The kernel works while the store is written. A set that cannot take the new
    // entries is rebuilt larger, from what the store held before plus the new entries,
    // and swapped in; the others take the new entries directly.
    QList<Firewall::Entry> direct;
    std::vector<Program::Running> kernelWork;
    for (const Family family : { Family::V4, Family::V6 }) {
        QList<Firewall::Entry> adding;
        for (const Cidr &cidr : entries) {
            if (cidr.family() == family)
                adding.append({ cidr, timeoutSeconds });
        }
        if (adding.isEmpty())
            continue;
        const Firewall::SetInfo info = m_firewall.setInfo(family);
        if (info.exists && quint64(info.entries) + quint64(adding.size()) <= info.maxElements) {
            direct += adding;
            continue;
        }
        QList<Firewall::Entry> all = kernelEntries(family, time, &error);
        if (!error.isEmpty())
            return m_core.storeFailure(error);
        all += adding;
        kernelWork.push_back(m_firewall.startReplace(family, all));
    }
    if (!direct.isEmpty())
        kernelWork.push_back(m_firewall.startAdd(direct));

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
    if (!m_store.appendHistory(uid, QStringLiteral("block"), entries, detail, time, &error)
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
    const bool stored =
        m_store.purgeExpired(time, &error) >= 0 && m_store.remove(entries, notBlocked, &error);
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
    if (!m_store.appendHistory(uid, QStringLiteral("unblock"), unblocked, {}, time, &error)
        || !m_store.commit(&error)) {
        return m_core.storeFailureAfterKernel(time, error);
    }
    return {};
}

} // namespace Rampart
