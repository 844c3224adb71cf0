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
        return m_store.allow(entries, comment, time, added, error)
            && m_store.appendHistory(uid, QStringLiteral("allow"), entries, comment, time, error);
    });
}

Outcome Allowlist::disallow(const QList<Cidr> &entries, quint32 uid, quint32 *removed,
                            QList<Cidr> *notAllowed)
{
    const Outcome outcome = change([&](qint64 time, QString *error) {
        return m_store.disallow(entries, notAllowed, error)
            && m_store.appendHistory(uid, QStringLiteral("disallow"), entries, {}, time, error);
    });
    if (outcome.ok())
        *removed = quint32(entries.size() - notAllowed->size());
    return outcome;
}

QList<AllowedEntry> Allowlist::list(QString *error) const
{
    QList<AllowedEntry> entries;
    for (const StoredAllowance &allowed : m_store.allowlist(error))
        entries.append({ allowed.cidr.toString(), allowed.comment, allowed.created });
    return entries;
}

} // namespace Rampart
