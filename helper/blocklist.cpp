#include "blocklist.h"

#include "net/packedcidrs.h"
#include "requestchecks.h"
#include "rules/breadth.h"
#include "rules/entryrules.h"
#include "rules/requestrules.h"

#include <QDBusError>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Rampart {

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString dropOrReject(const QString &verdict)
{
    return verdict == QLatin1String("REJECT") ? verdict : QStringLiteral("DROP");
}

QList<Firewall::Entry> permanentEntries(const QList<Cidr> &cidrs, Family family)
{
    QList<Firewall::Entry> entries;
    entries.reserve(cidrs.size());
    for (const Cidr &cidr : cidrs) {
        if (cidr.family() == family)
            entries.append({ cidr, 0 });
    }
    return entries;
}

// RangeSet::toCidrs() lists networks by address, IPv4 first, and they never overlap, so
// two of its lists can be compared in one walk in that order, without sorting.
bool byAddress(const Cidr &a, const Cidr &b)
{
    if (a.family() != b.family())
        return a.family() < b.family();
    if (a.bytes() != b.bytes())
        return a.bytes() < b.bytes();
    return a.prefixLength() < b.prefixLength();
}

quint32 countV4(const QList<Cidr> &cidrs)
{
    return quint32(std::count_if(cidrs.begin(), cidrs.end(),
                                 [](const Cidr &cidr) { return cidr.family() == Family::V4; }));
}

QList<Cidr> ofFamily(const QList<Cidr> &cidrs, Family family)
{
    QList<Cidr> chosen;
    for (const Cidr &cidr : cidrs) {
        if (cidr.family() == family)
            chosen.append(cidr);
    }
    if (!std::is_sorted(chosen.begin(), chosen.end(), byAddress))
        std::sort(chosen.begin(), chosen.end(), byAddress);
    return chosen;
}

QList<Cidr> difference(const QList<Cidr> &sortedFrom, const QList<Cidr> &sortedWithout)
{
    QList<Cidr> result;
    std::set_difference(sortedFrom.begin(), sortedFrom.end(), sortedWithout.begin(),
                        sortedWithout.end(), std::back_inserter(result), byAddress);
    return result;
}

// A feed that the store or a call names, or why there is none.
Outcome noSuchFeed(const QString &name, const QString &hint = {})
{
    return Outcome::invalidArgs(
        QStringLiteral("there is no feed named %1%2").arg(quotedItem(name), hint));
}

// The totals the helper keeps to: held (-1 when unreadable) and adding must stay within
// limit; what (with %1 for held) says of which table.
std::optional<Outcome> beyondTotal(qint64 held, qsizetype adding, int limit, const QString &what)
{
    if (held >= 0 && held + adding <= limit)
        return std::nullopt;
    return Outcome::limitsExceeded(QStringLiteral("%1; %2 more would pass the limit of %3")
                                       .arg(what.arg(held))
                                       .arg(adding)
                                       .arg(limit));
}

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

Blocklist::Blocklist(Store &store, Firewall &firewall)
    : m_store(store)
    , m_firewall(firewall)
{ }

QString Blocklist::verdict() const
{
    return dropOrReject(m_store.setting(QStringLiteral("verdict")));
}

Outcome Blocklist::storeFailure(const QString &message)
{
    m_store.rollback();
    return Outcome::storeError(
        QStringLiteral("the store %1 could not be updated: %2").arg(m_store.path(), message));
}

QList<Firewall::Entry> Blocklist::kernelEntries(Family family, qint64 time, QString *error) const
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

QList<int> Blocklist::feedIds(QString *error) const
{
    QList<int> ids;
    for (const StoredFeed &feed : m_store.feeds(error))
        ids.append(feed.id);
    return ids;
}

QList<ProtectedNetwork> Blocklist::hostNetworks(QList<ProtectedNetwork> networks) const
{
    for (const Cidr &cidr : fromPackedText(m_store.setting(QStringLiteral("host_networks")))) {
        if (!protectedNetworkIn(networks, cidr))
            networks.append({ cidr, QStringLiteral("an address this machine had") });
    }
    return networks;
}

RangeSet Blocklist::allowlistExclusion(QString *error) const
{
    RangeSet excluded = neverBlockedSpace();
    for (const StoredAllowance &allowed : m_store.allowlist(error))
        excluded.add(allowed.cidr);
    excluded.normalize();
    return excluded;
}

RangeSet Blocklist::desiredExclusion(QString *error, const QList<ProtectedNetwork> &host) const
{
    return allowlistExclusion(error).united(rangesOf(host));
}

RangeSet Blocklist::appliedExclusion(QString *error) const
{
    const QString recorded = m_store.setting(QStringLiteral("applied_exclusion"));
    if (!recorded.isEmpty())
        return RangeSet::fromCidrs(fromPackedText(recorded));
    // A store from before the helper recorded it: feeds left out only that.
    return allowlistExclusion(error);
}

bool Blocklist::recordAppliedExclusion(const RangeSet &exclusion, QString *error)
{
    return m_store.setSetting(QStringLiteral("applied_exclusion"), packedText(exclusion.toCidrs()),
                              error);
}

Outcome Blocklist::refreshExclusions(qint64 time)
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
            return storeFailure(error);
    }
    const RangeSet before = appliedExclusion(&error);
    const RangeSet after = desiredExclusion(&error, hostNetworks(host));
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (before == after)
        return {};
    if (!m_store.transaction())
        return storeFailure(QStringLiteral("cannot start a transaction"));
    if (Outcome applied = reapplyFeeds(before, after, time); !applied.ok())
        return applied;
    if (!recordAppliedExclusion(after, &error) || !m_store.commit(&error))
        return storeFailureAfterKernel(time, error);
    return {};
}

QList<Cidr> Blocklist::appliedList(int feedId, const RangeSet &excluded, QString *error) const
{
    const QByteArray packed = m_store.feedContent(feedId, error);
    if (!error->isEmpty() || packed.isEmpty())
        return {};
    QList<Cidr> content;
    if (!PackedCidrs::decode(packed, maxEntriesPerCall, &content, error)) {
        *error = QStringLiteral("feed %1's stored list is damaged: %2").arg(feedId).arg(*error);
        return {};
    }
    return RangeSet::fromCidrs(content).subtracted(excluded).toCidrs();
}

QList<Blocklist::ExpectedSet> Blocklist::expectedSets(qint64 time, const RangeSet &exclusion,
                                                      QString *error) const
{
    QList<ExpectedSet> sets;
    for (const Family family : { Family::V4, Family::V6 }) {
        sets.append({ Firewall::setName(family), family, kernelEntries(family, time, error) });
        if (!error->isEmpty())
            return {};
    }
    for (const StoredFeed &feed : m_store.feeds(error)) {
        const QList<Cidr> applied = appliedList(feed.id, exclusion, error);
        if (!error->isEmpty())
            return {};
        for (const Family family : { Family::V4, Family::V6 }) {
            sets.append({ Firewall::feedSetName(feed.id, family), family,
                          permanentEntries(applied, family), feed.id });
        }
    }
    return error->isEmpty() ? sets : QList<ExpectedSet>();
}

bool Blocklist::recordApplied(const QList<ExpectedSet> &sets, const RangeSet &exclusion,
                              QString *error)
{
    QHash<int, std::pair<quint32, quint32>> counts;
    for (const ExpectedSet &set : sets) {
        if (!set.feedId)
            continue;
        auto &count = counts[set.feedId];
        (set.family == Family::V4 ? count.first : count.second) = quint32(set.entries.size());
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!m_store.setFeedApplied(it.key(), it->first, it->second, error))
            return false;
    }
    return recordAppliedExclusion(exclusion, error);
}

Outcome Blocklist::prepare()
{
    if (const QString missing = m_firewall.missingPrograms(); !missing.isEmpty())
        return Outcome::kernelError(QStringLiteral("missing programs: %1").arg(missing));
    const qint64 time = now();
    QString error;
    const QHash<QString, Firewall::SetInfo> existing = m_firewall.allSetInfo();
    for (const Family family : { Family::V4, Family::V6 }) {
        if (existing.contains(Firewall::setName(family)))
            continue;
        const QList<Firewall::Entry> entries = kernelEntries(family, time, &error);
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
            excluded = appliedExclusion(&error);
        const QList<Cidr> applied = appliedList(id, *excluded, &error);
        if (!error.isEmpty())
            return Outcome::storeError(error);
        for (const Family family : { Family::V4, Family::V6 }) {
            Program::Running filling = m_firewall.startReplace(
                Firewall::feedSetName(id, family), family, permanentEntries(applied, family));
            if (!Firewall::finish(filling, &error))
                return Outcome::kernelError(error);
        }
    }
    if (!m_firewall.rulesInPlace(verdict(), ids) && !m_firewall.ensureRules(verdict(), ids, &error))
        return Outcome::kernelError(error);
    return refreshExclusions(time);
}

Outcome Blocklist::restore()
{
    if (const QString missing = m_firewall.missingPrograms(); !missing.isEmpty())
        return Outcome::kernelError(QStringLiteral("missing programs: %1").arg(missing));
    const qint64 time = now();
    QString error;
    if (m_store.purgeExpired(time, &error) < 0)
        return Outcome::storeError(error);
    const RangeSet exclusion = desiredExclusion(&error);
    const QList<ExpectedSet> sets = expectedSets(time, exclusion, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    // All sets fill at once; each is its own ipset process.
    std::vector<Program::Running> work;
    for (const ExpectedSet &set : sets)
        work.push_back(m_firewall.startReplace(set.name, set.family, set.entries));
    if (const QString kernelProblem = finishAll(work); !kernelProblem.isEmpty())
        return Outcome::kernelError(kernelProblem);
    const QList<int> ids = feedIds(&error);
    if (!m_firewall.ensureRules(verdict(), ids, &error))
        return Outcome::kernelError(error);
    if (!recordApplied(sets, exclusion, &error))
        return Outcome::storeError(error);
    return {};
}

QString Blocklist::finishAll(std::vector<Program::Running> &work) const
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

bool Blocklist::reconcile(qint64 time, int *changed, QString *error)
{
    QList<Firewall::Entry> missing; // of the manual sets, with their remaining timeouts
    QList<Firewall::SetChange> changes;
    *changed = 0;
    const RangeSet exclusion = desiredExclusion(error);
    const QList<ExpectedSet> sets = expectedSets(time, exclusion, error);
    if (!error->isEmpty())
        return false;
    for (const ExpectedSet &set : sets) {
        QSet<QString> inKernel;
        const QHash<QString, quint64> counts = m_firewall.packetCounts(set.name);
        for (auto it = counts.keyBegin(); it != counts.keyEnd(); ++it) {
            if (const CidrParse member = parseCidr(*it); member.cidr)
                inKernel.insert(member.cidr->toString());
        }
        const bool manual = set.name == Firewall::setName(set.family);
        Firewall::SetChange change { set.name, {}, {} };
        QSet<QString> expected;
        for (const Firewall::Entry &entry : set.entries) {
            const QString text = entry.cidr.toString();
            expected.insert(text);
            if (inKernel.contains(text))
                continue;
            if (manual)
                missing.append(entry);
            else
                change.added.append(entry.cidr);
        }
        for (const QString &member : std::as_const(inKernel)) {
            if (!expected.contains(member))
                change.removed.append(*parseCidr(member).cidr);
        }
        *changed += int(change.added.size() + change.removed.size());
        if (!change.added.isEmpty() || !change.removed.isEmpty())
            changes.append(change);
    }
    if (!missing.isEmpty()) {
        Program::Running adding = m_firewall.startAdd(missing);
        if (!Firewall::finish(adding, error))
            return false;
        *changed += int(missing.size());
    }
    if (!changes.isEmpty()) {
        Program::Running changing = m_firewall.startChanges(changes);
        if (!Firewall::finish(changing, error))
            return false;
    }
    return recordApplied(sets, exclusion, error);
}

Outcome Blocklist::storeFailureAfterKernel(qint64 time, const QString &message)
{
    // The kernel already changed; the store, rolled back, says what it must hold.
    const Outcome outcome = storeFailure(message);
    int changed = 0;
    QString ignored;
    reconcile(time, &changed, &ignored);
    return outcome;
}

Outcome Blocklist::kernelFailure(const QString &what, const QString &kernelError)
{
    // The kernel may have taken part of a batch before it refused the rest; the store,
    // left as it was, says what it must hold.
    m_store.rollback();
    int changed = 0;
    QString ignored;
    reconcile(now(), &changed, &ignored);
    return Outcome::kernelError(QStringLiteral("%1: %2").arg(what, kernelError));
}

Outcome Blocklist::sync(quint32 uid, qint64 *savedAt)
{
    const qint64 time = now();
    QString error;
    if (m_store.purgeExpired(time, &error) < 0)
        return Outcome::storeError(error);
    if (Outcome prepared = prepare(); !prepared.ok())
        return prepared;
    int changed = 0;
    if (!reconcile(time, &changed, &error))
        return Outcome::kernelError(error);

    if (!m_store.transaction())
        return storeFailure(QStringLiteral("cannot start a transaction"));
    const QString detail = changed
        ? QStringLiteral("%1 kernel entries were out of step with the store and were corrected")
              .arg(changed)
        : QString();
    if (!m_store.setSetting(QStringLiteral("last_saved"), QString::number(time), &error)
        || !m_store.appendHistory(uid, QStringLiteral("save"), {}, detail, time, &error)
        || !m_store.commit(&error) || !m_store.checkpoint(&error))
        return storeFailure(error);
    *savedAt = time;
    return {};
}

Outcome Blocklist::block(const QList<Cidr> &entries, quint32 timeoutSeconds, const QString &comment,
                         bool force, quint32 uid, quint32 *added, quint32 *updated)
{
    if (!force) {
        const QList<ProtectedNetwork> host = hostProtectedNetworks();
        for (const Cidr &cidr : entries) {
            if (Breadth::isBroad(cidr))
                return Outcome::needsForce(
                    QStringLiteral("%1 is wider than a /%2; pass force to block it "
                                   "anyway")
                        .arg(cidr.toString())
                        .arg(Breadth::broadPrefix(cidr.family())));
            if (const ProtectedNetwork *own = protectedNetworkIn(host, cidr))
                return Outcome::needsForce(
                    QStringLiteral("%1 covers %2, %3; pass force to block it anyway")
                        .arg(cidr.toString(), own->cidr.toString(), own->reason));
        }
    }
    if (const std::optional<Outcome> full =
            beyondTotal(m_store.entryCount(), entries.size(), maxStoredEntries,
                        QStringLiteral("the blocklist holds %1 entries")))
        return *full;
    const qint64 time = now();
    const qint64 expires = timeoutSeconds ? time + timeoutSeconds : 0;
    QString error;
    if (Outcome prepared = prepare(); !prepared.ok())
        return prepared;
    if (!m_store.transaction())
        return storeFailure(QStringLiteral("cannot start a transaction"));
    if (m_store.purgeExpired(time, &error) < 0)
        return storeFailure(error);

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
            return storeFailure(error);
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
        return kernelFailure(QStringLiteral("the kernel refused the entries"), kernelError);
    if (!stored) {
        return storeFailureAfterKernel(time, error);
    }
    *updated = quint32(entries.size()) - *added;
    const QString detail = timeoutSeconds
        ? QStringLiteral("for %1 s%2")
              .arg(timeoutSeconds)
              .arg(comment.isEmpty() ? QString() : QStringLiteral(": ") + comment)
        : comment;
    if (!m_store.appendHistory(uid, QStringLiteral("block"), entries, detail, time, &error)
        || !m_store.commit(&error)) {
        return storeFailureAfterKernel(time, error);
    }
    m_firewall.endConnections(entries);
    return {};
}

Outcome Blocklist::unblock(const QList<Cidr> &entries, quint32 uid, quint32 *removed,
                           QList<Cidr> *notBlocked)
{
    const qint64 time = now();
    QString error;
    if (Outcome prepared = prepare(); !prepared.ok())
        return prepared;
    if (!m_store.transaction())
        return storeFailure(QStringLiteral("cannot start a transaction"));
    // Entries the store did not know are taken out of the kernel too, in case they were
    // added behind the helper's back; the kernel works while the store is written.
    Program::Running removing = m_firewall.startRemove(entries);
    const bool stored =
        m_store.purgeExpired(time, &error) >= 0 && m_store.remove(entries, notBlocked, &error);
    QString kernelError;
    if (!Firewall::finish(removing, &kernelError))
        return kernelFailure(QStringLiteral("the kernel refused to remove the entries"),
                             kernelError);
    if (!stored) {
        return storeFailureAfterKernel(time, error);
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
        return storeFailureAfterKernel(time, error);
    }
    return {};
}

Outcome Blocklist::setVerdict(const QString &requested, quint32 uid)
{
    QString error;
    if (Outcome prepared = prepare(); !prepared.ok())
        return prepared;
    const QList<int> ids = feedIds(&error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!m_firewall.ensureRules(requested, ids, &error))
        return Outcome::kernelError(error);
    if (!m_store.transaction())
        return storeFailure(QStringLiteral("cannot start a transaction"));
    if (!m_store.setSetting(QStringLiteral("verdict"), requested, &error)
        || !m_store.appendHistory(uid, QStringLiteral("verdict"), {}, requested, now(), &error)
        || !m_store.commit(&error)) {
        const Outcome outcome = storeFailure(error);
        m_firewall.ensureRules(verdict(), ids, &error);
        return outcome;
    }
    return {};
}

Outcome Blocklist::withStoredLocations(const FeedInfo &sent, FeedInfo *settings) const
{
    QString error;
    const std::optional<StoredFeed> existing = m_store.feed(sent.name, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    *settings = sent;
    // A client that was shown the feed without its credentials may send the location back
    // as it was shown: that keeps the one stored.
    if (existing) {
        for (auto [shown, stored] :
             { std::pair { &settings->location, &existing->info.location },
               std::pair { &settings->checksumUrl, &existing->info.checksumUrl } }) {
            if (*shown != *stored && *shown == redactedLocation(*stored))
                *shown = *stored;
        }
    }
    return {};
}

Outcome Blocklist::saveFeed(const FeedInfo &settings, quint32 uid, bool *created)
{
    QString error;
    const std::optional<StoredFeed> existing = m_store.feed(settings.name, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!existing && m_store.feedCount() >= maxFeeds)
        return Outcome::limitsExceeded(
            QStringLiteral("there are %1 feeds already, the most the helper keeps").arg(maxFeeds));
    if (Outcome prepared = prepare(); !prepared.ok())
        return prepared;
    const qint64 time = now();
    if (!m_store.transaction())
        return storeFailure(QStringLiteral("cannot start a transaction"));
    StoredFeed saved;
    if (!m_store.saveFeed(settings, time, &saved, created, &error))
        return storeFailure(error);
    if (*created) {
        // Empty sets and their rules exist from the start, so that the first list only
        // has to fill them.
        for (const Family family : { Family::V4, Family::V6 }) {
            Program::Running creating =
                m_firewall.startReplace(Firewall::feedSetName(saved.id, family), family, {});
            if (!Firewall::finish(creating, &error))
                return kernelFailure(QStringLiteral("the feed's sets could not be made"), error);
        }
        const QList<int> ids = feedIds(&error);
        if (!error.isEmpty())
            return storeFailure(error);
        if (!m_firewall.ensureRules(verdict(), ids, &error))
            return kernelFailure(QStringLiteral("the feed's rules could not be added"), error);
    }
    const QString detail =
        QStringLiteral("feed %1: %2 (%3, every %4 s%5%6)")
            .arg(settings.name, redactedLocation(settings.location), settings.format)
            .arg(settings.refreshSeconds)
            .arg(settings.insecure ? QStringLiteral(", insecure") : QString(),
                 settings.allowBroad ? QStringLiteral(", broad networks allowed") : QString());
    if (!m_store.appendHistory(uid,
                               *created ? QStringLiteral("feed-add") : QStringLiteral("feed-edit"),
                               {}, detail, time, &error)
        || !m_store.commit(&error))
        return storeFailureAfterKernel(time, error);
    return {};
}

Outcome Blocklist::removeFeed(const QString &name, quint32 uid, quint32 *removed)
{
    QString error;
    const std::optional<StoredFeed> feed = m_store.feed(name, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!feed)
        return noSuchFeed(name);
    if (Outcome prepared = prepare(); !prepared.ok())
        return prepared;
    const qint64 time = now();
    if (!m_store.transaction())
        return storeFailure(QStringLiteral("cannot start a transaction"));
    if (!m_store.removeFeed(feed->id, &error)
        || !m_store.appendHistory(
            uid, QStringLiteral("feed-remove"), {},
            QStringLiteral("feed %1 with %2 networks").arg(name).arg(feed->info.ranges), time,
            &error))
        return storeFailure(error);
    // The rules let go of the sets before the sets go.
    const QList<int> ids = feedIds(&error);
    if (!error.isEmpty())
        return storeFailure(error);
    if (!m_firewall.ensureRules(verdict(), ids, &error))
        return kernelFailure(QStringLiteral("the feed's rules could not be removed"), error);
    for (const Family family : { Family::V4, Family::V6 }) {
        if (!m_firewall.destroy(Firewall::feedSetName(feed->id, family), &error))
            return kernelFailure(QStringLiteral("the feed's sets could not be removed"), error);
    }
    if (!m_store.commit(&error))
        return storeFailureAfterKernel(time, error);
    *removed = feed->appliedV4 + feed->appliedV6;
    return {};
}

void Blocklist::startFeedChange(int feedId, const QList<Cidr> &before, const QList<Cidr> &after,
                                std::vector<Program::Running> *work, QList<Cidr> *added,
                                QList<Cidr> *removed) const
{
    QList<Firewall::SetChange> changes;
    for (const Family family : { Family::V4, Family::V6 }) {
        const QString name = Firewall::feedSetName(feedId, family);
        const QList<Cidr> old = ofFamily(before, family);
        const QList<Cidr> fresh = ofFamily(after, family);
        Firewall::SetChange change { name, difference(fresh, old), difference(old, fresh) };
        *added += change.added;
        *removed += change.removed;
        if (change.added.isEmpty() && change.removed.isEmpty())
            continue;
        // A difference larger than a quarter of the list costs about what a fresh set
        // does, and a fresh set swapped in is never seen half-changed.
        const Firewall::SetInfo info = m_firewall.setInfo(name);
        const qsizetype changed = change.added.size() + change.removed.size();
        if (info.exists && quint64(fresh.size()) <= info.maxElements
            && (changed <= 1000 || changed <= fresh.size() / 4))
            changes.append(change);
        else
            work->push_back(m_firewall.startReplace(name, family, permanentEntries(fresh, family)));
    }
    if (!changes.isEmpty())
        work->push_back(m_firewall.startChanges(changes));
}

QString Blocklist::coverageSuspicion(const StoredFeed &feed, const QList<Cidr> &content) const
{
    const RangeSet fresh = RangeSet::fromCidrs(content);
    for (const Family family : { Family::V4, Family::V6 }) {
        const double share = Breadth::publicShare(fresh, family);
        if (share <= Breadth::maxFeedPublicShare)
            continue;
        // Once accepted, a list this large may stay so, but not grow much further.
        QString ignored;
        QList<Cidr> last;
        PackedCidrs::decode(m_store.feedContent(feed.id, &ignored), maxEntriesPerCall, &last,
                            &ignored);
        const double before = Breadth::publicShare(RangeSet::fromCidrs(last), family);
        if (share <= before + 0.01)
            continue;
        return QStringLiteral("the new list of feed %1 covers %2 % of the public %3 space "
                              "(the last good one %4 %), beyond the %5 % a feed may cover")
            .arg(feed.info.name)
            .arg(share * 100, 0, 'f', 1)
            .arg(family == Family::V4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"))
            .arg(before * 100, 0, 'f', 1)
            .arg(Breadth::maxFeedPublicShare * 100, 0, 'f', 0);
    }
    return {};
}

Outcome Blocklist::updateFeed(const QString &name, const QList<Cidr> &list, const QString &etag,
                              const QString &lastModified, bool force, quint32 uid, quint32 *added,
                              quint32 *removed)
{
    QString error;
    const std::optional<StoredFeed> feed = m_store.feed(name, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!feed)
        return noSuchFeed(name, QStringLiteral("; add it first"));
    const qint64 time = now();
    // Whether the list may hold broad networks is the feed's own setting.
    if (const QString refusal = feedListRefusal(list, allowsBroadNetworks(feed->info));
        !refusal.isEmpty()) {
        m_store.recordFeedCheck(feed->id, refusal, time, &error);
        return Outcome::invalidArgs(refusal);
    }
    const QList<Cidr> content = RangeSet::fromCidrs(list).toCidrs();

    // A list that vanished or shrank beyond what the feed allows is more likely a broken
    // download than good news; the last good list stays until someone forces it. So is one
    // that suddenly covers a large share of the Internet.
    QString suspicion;
    if (content.isEmpty())
        suspicion = QStringLiteral("the new list of feed %1 is empty").arg(name);
    else if (feed->info.ranges > 0
             && quint64(content.size()) * 100
                 < quint64(feed->info.ranges) * (100 - feed->info.maxShrinkPercent))
        suspicion = QStringLiteral("the new list of feed %1 has %2 networks where the last good "
                                   "one had %3, a shrink beyond the %4 % the feed allows")
                        .arg(name)
                        .arg(content.size())
                        .arg(feed->info.ranges)
                        .arg(feed->info.maxShrinkPercent);
    else
        suspicion = coverageSuspicion(*feed, content);
    if (!suspicion.isEmpty() && !force) {
        suspicion += QStringLiteral("; the last good list stays in force (force the update if the "
                                    "list really is so)");
        m_store.recordFeedCheck(feed->id, suspicion, time, &error);
        return Outcome::suspicious(suspicion);
    }

    if (Outcome prepared = prepare(); !prepared.ok())
        return prepared;
    // prepare() brought the applied exclusion up to date.
    const RangeSet excluded = appliedExclusion(&error);
    const QList<Cidr> before = appliedList(feed->id, excluded, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    const QList<Cidr> after = RangeSet::fromCidrs(content).subtracted(excluded).toCidrs();

    std::vector<Program::Running> work;
    QList<Cidr> addedCidrs;
    QList<Cidr> removedCidrs;
    startFeedChange(feed->id, before, after, &work, &addedCidrs, &removedCidrs);

    // The store is written while the kernel works.
    const quint32 afterV4 = countV4(after);
    bool stored = m_store.transaction();
    if (!stored)
        error = QStringLiteral("cannot start a transaction");
    stored = stored
        && m_store.setFeedContent(feed->id, PackedCidrs::encode(content), quint32(content.size()),
                                  afterV4, quint32(after.size()) - afterV4, etag, lastModified,
                                  time, &error)
        && m_store.appendHistory(uid, QStringLiteral("feed-update"), addedCidrs,
                                 QStringLiteral("feed %1: %2 networks added, %3 removed%4")
                                     .arg(name)
                                     .arg(addedCidrs.size())
                                     .arg(removedCidrs.size())
                                     .arg(force && !suspicion.isEmpty()
                                              ? QStringLiteral(" (forced: %1)").arg(suspicion)
                                              : QString()),
                                 time, &error);
    if (const QString kernelProblem = finishAll(work); !kernelProblem.isEmpty())
        return kernelFailure(QStringLiteral("the kernel refused feed %1's list").arg(name),
                             kernelProblem);
    if (!stored || !m_store.commit(&error))
        return storeFailureAfterKernel(time, error);
    *added = quint32(addedCidrs.size());
    *removed = quint32(removedCidrs.size());
    m_firewall.endConnections(addedCidrs);
    return {};
}

Outcome Blocklist::recordFeedCheck(const QString &name, const QString &fetchError)
{
    QString error;
    const std::optional<StoredFeed> feed = m_store.feed(name, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!feed)
        return noSuchFeed(name);
    if (!m_store.recordFeedCheck(feed->id, fetchError, now(), &error))
        return storeFailure(error);
    return {};
}

QList<FeedInfo> Blocklist::feeds(bool withCredentials, QString *error) const
{
    QList<FeedInfo> feeds;
    for (const StoredFeed &feed : m_store.feeds(error)) {
        feeds.append(feed.info);
        if (!withCredentials) {
            feeds.last().location = redactedLocation(feed.info.location);
            feeds.last().checksumUrl = redactedLocation(feed.info.checksumUrl);
            // A failed download's error may name the URL it failed on.
            feeds.last().lastError = redactedLocations(feed.info.lastError);
        }
    }
    return feeds;
}

Outcome Blocklist::reapplyFeeds(const RangeSet &excludedBefore, const RangeSet &excludedAfter,
                                qint64 time)
{
    QString error;
    std::vector<Program::Running> work;
    for (const StoredFeed &feed : m_store.feeds(&error)) {
        const QList<Cidr> before = appliedList(feed.id, excludedBefore, &error);
        const QList<Cidr> after = appliedList(feed.id, excludedAfter, &error);
        if (!error.isEmpty())
            break;
        QList<Cidr> added;
        QList<Cidr> removed;
        startFeedChange(feed.id, before, after, &work, &added, &removed);
        const quint32 afterV4 = countV4(after);
        if (!m_store.setFeedApplied(feed.id, afterV4, quint32(after.size()) - afterV4, &error))
            break;
    }
    const QString kernelProblem = finishAll(work);
    if (!error.isEmpty())
        return storeFailureAfterKernel(time, error);
    if (!kernelProblem.isEmpty())
        return kernelFailure(QStringLiteral("the kernel refused the feeds' new lists"),
                             kernelProblem);
    return {};
}

Outcome Blocklist::changeAllowlist(const std::function<bool(qint64, QString *)> &change)
{
    if (Outcome prepared = prepare(); !prepared.ok())
        return prepared;
    const qint64 time = now();
    QString error;
    const RangeSet before = appliedExclusion(&error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!m_store.transaction())
        return storeFailure(QStringLiteral("cannot start a transaction"));
    if (!change(time, &error))
        return storeFailure(error);
    const RangeSet after = desiredExclusion(&error);
    if (!error.isEmpty())
        return storeFailure(error);
    if (Outcome applied = reapplyFeeds(before, after, time); !applied.ok())
        return applied;
    if (!recordAppliedExclusion(after, &error) || !m_store.commit(&error))
        return storeFailureAfterKernel(time, error);
    return {};
}

Outcome Blocklist::allow(const QList<Cidr> &entries, const QString &comment, quint32 uid,
                         quint32 *added)
{
    if (const std::optional<Outcome> full =
            beyondTotal(m_store.allowlistCount(), entries.size(), maxAllowlistEntries,
                        QStringLiteral("the allowlist holds %1 networks")))
        return *full;
    return changeAllowlist([&](qint64 time, QString *error) {
        return m_store.allow(entries, comment, time, added, error)
            && m_store.appendHistory(uid, QStringLiteral("allow"), entries, comment, time, error);
    });
}

Outcome Blocklist::disallow(const QList<Cidr> &entries, quint32 uid, quint32 *removed,
                            QList<Cidr> *notAllowed)
{
    const Outcome outcome = changeAllowlist([&](qint64 time, QString *error) {
        return m_store.disallow(entries, notAllowed, error)
            && m_store.appendHistory(uid, QStringLiteral("disallow"), entries, {}, time, error);
    });
    if (outcome.ok())
        *removed = quint32(entries.size() - notAllowed->size());
    return outcome;
}

QList<AllowedEntry> Blocklist::allowlist(QString *error) const
{
    QList<AllowedEntry> entries;
    for (const StoredAllowance &allowed : m_store.allowlist(error))
        entries.append({ allowed.cidr.toString(), allowed.comment, allowed.created });
    return entries;
}

HelperStatus Blocklist::status() const
{
    HelperStatus status;
    const qint64 time = now();
    status.storePath = m_store.path();
    status.verdict = verdict();
    status.lastSaved =
        m_store.setting(QStringLiteral("last_saved"), QStringLiteral("0")).toLongLong();
    const QHash<QString, Firewall::SetInfo> sets = m_firewall.allSetInfo();
    for (const Family family : { Family::V4, Family::V6 }) {
        const Firewall::SetInfo info = sets.value(Firewall::setName(family));
        status.sets.append({ Firewall::setName(family), quint32(family), info.entries,
                             m_store.activeCount(family, time), info.maxElements });
    }
    QString error;
    QList<int> ids;
    for (const StoredFeed &feed : m_store.feeds(&error)) {
        ids.append(feed.id);
        for (const Family family : { Family::V4, Family::V6 }) {
            const QString name = Firewall::feedSetName(feed.id, family);
            const Firewall::SetInfo info = sets.value(name);
            status.sets.append({ name, quint32(family), info.entries,
                                 family == Family::V4 ? feed.appliedV4 : feed.appliedV6,
                                 info.maxElements });
        }
    }
    status.jumps = m_firewall.jumps();
    status.rulesInPlace = m_firewall.rulesInPlace(status.verdict, ids, status.jumps);
    return status;
}

QByteArray Blocklist::listing(QString *error) const
{
    const qint64 time = now();
    const QList<StoredEntry> entries = m_store.activeEntries(time, error);
    if (!error->isEmpty())
        return {};
    QHash<QString, quint64> packets;
    for (const Family family : { Family::V4, Family::V6 }) {
        const QHash<QString, quint64> counts = m_firewall.packetCounts(family);
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (const CidrParse member = parseCidr(it.key()); member.cidr)
                packets.insert(member.cidr->toString(), it.value());
        }
    }
    QByteArray text = "# rampart-list 1\n";
    text.reserve(entries.size() * 64);
    for (const StoredEntry &entry : entries) {
        const QString cidr = entry.cidr.toString();
        text += cidr.toLatin1() + '\t' + entry.source.toUtf8() + '\t'
            + QByteArray::number(entry.created) + '\t' + QByteArray::number(entry.expires) + '\t'
            + QByteArray::number(packets.value(cidr)) + '\t' + entry.comment.toUtf8() + '\n';
    }
    // Each feed's networks as its sets hold them, named after the feed.
    const RangeSet excluded = appliedExclusion(error);
    for (const StoredFeed &feed : m_store.feeds(error)) {
        const QList<Cidr> applied = appliedList(feed.id, excluded, error);
        if (!error->isEmpty())
            return {};
        QHash<QString, quint64> feedPackets;
        for (const Family family : { Family::V4, Family::V6 }) {
            const QHash<QString, quint64> counts =
                m_firewall.packetCounts(Firewall::feedSetName(feed.id, family));
            for (auto it = counts.begin(); it != counts.end(); ++it) {
                if (it.value() == 0)
                    continue;
                if (const CidrParse member = parseCidr(it.key()); member.cidr)
                    feedPackets.insert(member.cidr->toString(), it.value());
            }
        }
        const QByteArray source = "feed:" + feed.info.name.toUtf8();
        const QByteArray since = QByteArray::number(feed.info.lastSuccess);
        text.reserve(text.size() + applied.size() * 48);
        for (const Cidr &cidr : applied) {
            const QString member = cidr.toString();
            text += member.toLatin1() + '\t' + source + '\t' + since + "\t0\t"
                + QByteArray::number(feedPackets.value(member)) + "\t\n";
        }
    }
    if (!error->isEmpty())
        return {};
    return text;
}

} // namespace Rampart
