#include "exclusion.h"

#include "feedlists.h"
#include "net/packedcidrs.h"
#include "program.h"
#include "rules/entryrules.h"
#include "rules/lockoutguard.h"

#include <vector>

namespace Rampart {

namespace {

RangeSet rangesOf(const QList<ProtectedNetwork> &networks)
{
    RangeSet set;
    for (const ProtectedNetwork &network : networks)
        set.add(network.cidr);
    set.normalize();
    return set;
}

QString packedText(const QList<Cidr> &cidrs)
{
    return QString::fromLatin1(PackedCidrs::encode(cidrs).toBase64());
}

QList<Cidr> fromPackedText(const QString &text)
{
    QList<Cidr> cidrs;
    QString ignored;
    if (!text.isEmpty())
        PackedCidrs::decode(QByteArray::fromBase64(text.toLatin1()), maxEntriesPerCall, &cidrs,
                            &ignored);
    return cidrs;
}

} // namespace

Exclusion::Exclusion(BlocklistCore &core)
    : m_core(core)
    , m_store(core.store())
{ }

QList<ProtectedNetwork> Exclusion::hostNetworks(QList<ProtectedNetwork> networks) const
{
    for (const Cidr &cidr : fromPackedText(m_store.setting(QStringLiteral("host_networks")))) {
        if (!protectedNetworkIn(networks, cidr))
            networks.append({ cidr, QStringLiteral("an address this machine had"),
                              ProtectedNetwork::Kind::FormerAddress });
    }
    return networks;
}

QList<ProtectedNetwork> Exclusion::lockoutNetworks(QString *error) const
{
    QList<ProtectedNetwork> networks = hostNetworks(Rampart::lockoutNetworks());
    QList<Cidr> allowed;
    QStringList comments;
    for (const StoredAllowance &allowance : m_store.allowlist(error)) {
        allowed << allowance.cidr;
        comments << allowance.comment;
    }
    return networks + allowlistedNetworks(allowed, comments);
}

RangeSet Exclusion::allowlistExclusion(QString *error) const
{
    RangeSet excluded = neverBlockedSpace();
    for (const StoredAllowance &allowed : m_store.allowlist(error))
        excluded.add(allowed.cidr);
    excluded.normalize();
    return excluded;
}

RangeSet Exclusion::desired(QString *error, const QList<ProtectedNetwork> &host) const
{
    return allowlistExclusion(error).united(rangesOf(host));
}

RangeSet Exclusion::applied(QString *error) const
{
    const QString recorded = m_store.setting(QStringLiteral("applied_exclusion"));
    if (!recorded.isEmpty())
        return RangeSet::fromCidrs(fromPackedText(recorded));
    // A store from before the helper recorded it: feeds left out only that.
    return allowlistExclusion(error);
}

bool Exclusion::record(const RangeSet &exclusion, QString *error)
{
    return m_store.setSetting(QStringLiteral("applied_exclusion"), packedText(exclusion.toCidrs()),
                              error);
}

Outcome Exclusion::refresh(qint64 time)
{
    QString error;
    // Addresses are remembered while the network is up: more than link-local is known.
    const QList<ProtectedNetwork> host = hostProtectedNetworks();
    QList<Cidr> current;
    for (const ProtectedNetwork &network : host) {
        if (network.cidr.prefixLength() == network.cidr.maxPrefixLength())
            current.append(network.cidr);
    }
    if (!current.isEmpty()) {
        const QString text = packedText(current);
        if (text != m_store.setting(QStringLiteral("host_networks"))
            && !m_store.setSetting(QStringLiteral("host_networks"), text, &error))
            return m_core.storeFailure(error);
    }
    const RangeSet before = applied(&error);
    const RangeSet after = desired(&error, hostNetworks(host));
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (before == after)
        return {};
    if (!m_store.transaction())
        return m_core.storeFailure(QStringLiteral("cannot start a transaction"));
    if (Outcome reapplied = reapplyFeeds(before, after, time); !reapplied.ok())
        return reapplied;
    if (!record(after, &error) || !m_store.commit(&error))
        return m_core.storeFailureAfterKernel(time, error);
    return {};
}

Outcome Exclusion::reapplyFeeds(const RangeSet &excludedBefore, const RangeSet &excludedAfter,
                                qint64 time)
{
    QString error;
    std::vector<Program::Running> work;
    const FeedLists feeds(m_core);
    for (const StoredFeed &feed : m_store.feeds(&error)) {
        const QList<Cidr> before = feeds.appliedList(feed.id, excludedBefore, &error);
        const QList<Cidr> after = feeds.appliedList(feed.id, excludedAfter, &error);
        if (!error.isEmpty())
            break;
        QList<Cidr> added;
        QList<Cidr> removed;
        feeds.startChange(feed.id, before, after, &work, &added, &removed);
        const quint32 afterV4 = FeedLists::countV4(after);
        if (!m_store.setFeedApplied(feed.id, afterV4, quint32(after.size()) - afterV4, &error))
            break;
    }
    const QString kernelProblem = BlocklistCore::finishAll(work);
    if (!error.isEmpty())
        return m_core.storeFailureAfterKernel(time, error);
    if (!kernelProblem.isEmpty())
        return m_core.kernelFailure(QStringLiteral("the kernel refused the feeds' new lists"),
                                    kernelProblem);
    return {};
}

} // namespace Rampart
