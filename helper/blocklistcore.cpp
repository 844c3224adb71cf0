#include "blocklistcore.h"

#include "dbus/helpertypes.h"
#include "exclusion.h"
#include "feedlists.h"
#include "kernelstate.h"
#include "manualentries.h"
#include "net/cidr.h"
#include "net/rangeset.h"

#include <QDBusError>
#include <QDateTime>
#include <QHash>

namespace Rampart {

namespace {

QString dropOrReject(const QString &verdict)
{
    return verdict == QLatin1String("REJECT") ? verdict : QStringLiteral("DROP");
}

} // namespace

Outcome Outcome::invalidArgs(const QString &message)
{
    return { QDBusError::errorString(QDBusError::InvalidArgs), message };
}

Outcome Outcome::limitsExceeded(const QString &message)
{
    return { QDBusError::errorString(QDBusError::LimitsExceeded), message };
}

Outcome Outcome::storeError(const QString &message)
{
    return { QString::fromLatin1(storeErrorName), message };
}

Outcome Outcome::kernelError(const QString &message)
{
    return { QString::fromLatin1(kernelErrorName), message };
}

Outcome Outcome::needsForce(const QString &message)
{
    return { QString::fromLatin1(needsForceErrorName), message };
}

Outcome Outcome::suspicious(const QString &message)
{
    return { QString::fromLatin1(suspiciousErrorName), message };
}

BlocklistCore::BlocklistCore(Store &store, Firewall &firewall)
    : m_store(store)
    , m_firewall(firewall)
{ }

qint64 BlocklistCore::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString BlocklistCore::verdict() const
{
    return dropOrReject(m_store.setting(QStringLiteral("verdict")));
}

Outcome BlocklistCore::storeFailure(const QString &message)
{
    m_store.rollback();
    return Outcome::storeError(
        QStringLiteral("the store %1 could not be updated: %2").arg(m_store.path(), message));
}

QList<int> BlocklistCore::feedIds(QString *error) const
{
    QList<int> ids;
    for (const StoredFeed &feed : m_store.feeds(error))
        ids.append(feed.id);
    return ids;
}

Outcome BlocklistCore::prepare()
{
    if (const QString missing = m_firewall.missingPrograms(); !missing.isEmpty())
        return Outcome::kernelError(QStringLiteral("missing programs: %1").arg(missing));
    const qint64 time = now();
    QString error;
    const QHash<QString, Firewall::SetInfo> existing = m_firewall.allSetInfo();
    for (const Family family : { Family::V4, Family::V6 }) {
        if (existing.contains(Firewall::setName(family)))
            continue;
        const QList<Firewall::Entry> entries =
            ManualEntries(*this).kernelEntries(family, time, &error);
        if (!error.isEmpty())
            return Outcome::storeError(error);
        if (!m_firewall.replace(family, entries, &error))
            return Outcome::kernelError(error);
    }
    const QList<int> ids = feedIds(&error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    std::optional<RangeSet> excluded;
    for (const int id : ids) {
        if (existing.contains(Firewall::feedSetName(id, Family::V4))
            && existing.contains(Firewall::feedSetName(id, Family::V6)))
            continue;
        if (!excluded)
            excluded = Exclusion(*this).applied(&error);
        const QList<Cidr> applied = FeedLists(*this).appliedList(id, *excluded, &error);
        if (!error.isEmpty())
            return Outcome::storeError(error);
        for (const Family family : { Family::V4, Family::V6 }) {
            Program::Running filling =
                m_firewall.startReplace(Firewall::feedSetName(id, family), family,
                                        FeedLists::permanentEntries(applied, family));
            if (!Firewall::finish(filling, &error))
                return Outcome::kernelError(error);
        }
    }
    if (!m_firewall.rulesInPlace(verdict(), ids) && !m_firewall.ensureRules(verdict(), ids, &error))
        return Outcome::kernelError(error);
    return Exclusion(*this).refresh(time);
}

QString BlocklistCore::finishAll(std::vector<Program::Running> &work)
{
    QString firstError;
    for (Program::Running &running : work) {
        QString error;
        if (!Firewall::finish(running, &error) && firstError.isEmpty())
            firstError = error;
    }
    work.clear();
    return firstError;
}

Outcome BlocklistCore::storeFailureAfterKernel(qint64 time, const QString &message)
{
    // The kernel already changed; the store, rolled back, says what it must hold.
    const Outcome outcome = storeFailure(message);
    int changed = 0;
    QString ignored;
    KernelState(*this).reconcile(time, &changed, &ignored);
    return outcome;
}

Outcome BlocklistCore::kernelFailure(const QString &what, const QString &kernelError)
{
    // The kernel may have taken part of a batch before it refused the rest; the store,
    // left as it was, says what it must hold.
    m_store.rollback();
    int changed = 0;
    QString ignored;
    KernelState(*this).reconcile(now(), &changed, &ignored);
    return Outcome::kernelError(QStringLiteral("%1: %2").arg(what, kernelError));
}

std::optional<Outcome> BlocklistCore::beyondTotal(qint64 held, qsizetype adding, int limit,
                                                  const QString &what)
{
    if (held >= 0 && held + adding <= limit)
        return std::nullopt;
    return Outcome::limitsExceeded(QStringLiteral("%1; %2 more would pass the limit of %3")
                                       .arg(what.arg(held))
                                       .arg(adding)
                                       .arg(limit));
}

} // namespace Rampart
