#include "feedlists.h"

#include "exclusion.h"
#include "net/packedcidrs.h"
#include "requestchecks.h"
#include "rules/breadth.h"
#include "rules/lockoutguard.h"
#include "rules/requestrules.h"

#include <QByteArray>

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>

namespace Rampart {

namespace {

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

// The stored feed a call names into *feed, or why there is none: the store could not be
// read, or no feed has that name (hint says what to do then).
Outcome lookUp(const Store &store, const QString &name, std::optional<StoredFeed> *feed,
               const QString &hint = {})
{
    QString error;
    *feed = store.feed(name, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!*feed)
        return Outcome::invalidArgs(
            QStringLiteral("there is no feed named %1%2").arg(quotedItem(name), hint));
    return {};
}

} // namespace

FeedLists::FeedLists(BlocklistCore &core)
    : m_core(core)
    , m_store(core.store())
    , m_firewall(core.firewall())
{ }

QList<Firewall::Entry> FeedLists::permanentEntries(const QList<Cidr> &cidrs, Family family)
{
    QList<Firewall::Entry> entries;
    entries.reserve(cidrs.size());
    for (const Cidr &cidr : cidrs) {
        if (cidr.family() == family)
            entries.append({ cidr, 0 });
    }
    return entries;
}

quint32 FeedLists::countV4(const QList<Cidr> &cidrs)
{
    return quint32(std::count_if(cidrs.begin(), cidrs.end(),
                                 [](const Cidr &cidr) { return cidr.family() == Family::V4; }));
}

Outcome FeedLists::withStoredLocations(const FeedInfo &sent, FeedInfo *settings) const
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

Outcome FeedLists::save(const FeedInfo &settings, quint32 uid, bool *created)
{
    QString error;
    const std::optional<StoredFeed> existing = m_store.feed(settings.name, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!existing && m_store.feedCount() >= maxFeeds)
        return Outcome::limitsExceeded(
            QStringLiteral("there are %1 feeds already, the most the helper keeps").arg(maxFeeds));
    if (Outcome prepared = m_core.prepare(); !prepared.ok())
        return prepared;
    const qint64 time = BlocklistCore::now();
    if (!m_store.transaction())
        return m_core.storeFailure(QStringLiteral("cannot start a transaction"));
    StoredFeed saved;
    if (!m_store.saveFeed(settings, time, &saved, created, &error))
        return m_core.storeFailure(error);
    if (*created) {
        // Empty sets and their rules exist from the start, so that the first list only
        // has to fill them.
        for (const Family family : { Family::V4, Family::V6 }) {
            Program::Running creating =
                m_firewall.startReplace(Firewall::feedSetName(saved.id, family), family, {});
            if (!Firewall::finish(creating, &error))
                return m_core.kernelFailure(QStringLiteral("the feed's sets could not be made"),
                                            error);
        }
        const QList<int> ids = m_core.feedIds(&error);
        if (!error.isEmpty())
            return m_core.storeFailure(error);
        if (!m_firewall.ensureRules(m_core.verdict(), ids, &error))
            return m_core.kernelFailure(QStringLiteral("the feed's rules could not be added"),
                                        error);
    }
    const QString detail =
        QStringLiteral("feed %1: %2 (%3, every %4 s%5%6)")
            .arg(settings.name, redactedLocation(settings.location), settings.format)
            .arg(settings.refreshSeconds)
            .arg(settings.insecure ? QStringLiteral(", insecure") : QString(),
                 settings.allowBroad ? QStringLiteral(", broad networks allowed") : QString());
    // Undone by removing the feed, or by its earlier settings.
    UndoRecord undo;
    undo.kind = *created ? UndoRecord::Kind::FeedAddition : UndoRecord::Kind::FeedSettings;
    if (*created)
        undo.feed.name = settings.name;
    else
        undo.feed = existing->info;
    if (!m_store.appendHistory(uid,
                               *created ? QStringLiteral("feed-add") : QStringLiteral("feed-edit"),
                               {}, detail, time, &error, undo.encode())
        || !m_store.commit(&error))
        return m_core.storeFailureAfterKernel(time, error);
    return {};
}

Outcome FeedLists::remove(const QString &name, quint32 uid, quint32 *removed)
{
    std::optional<StoredFeed> feed;
    if (Outcome found = lookUp(m_store, name, &feed); !found.ok())
        return found;
    QString error;
    if (Outcome prepared = m_core.prepare(); !prepared.ok())
        return prepared;
    const qint64 time = BlocklistCore::now();
    if (!m_store.transaction())
        return m_core.storeFailure(QStringLiteral("cannot start a transaction"));
    // Undone by the feed with its settings and its last good list.
    UndoRecord undo;
    undo.kind = UndoRecord::Kind::FeedRemoval;
    undo.feed = feed->info;
    undo.content = m_store.feedContent(feed->id, &error);
    if (!error.isEmpty())
        return m_core.storeFailure(error);
    if (!m_store.removeFeed(feed->id, &error)
        || !m_store.appendHistory(
            uid, QStringLiteral("feed-remove"), {},
            QStringLiteral("feed %1 with %2 networks").arg(name).arg(feed->info.ranges), time,
            &error, undo.encode()))
        return m_core.storeFailure(error);
    // The rules let go of the sets before the sets go.
    const QList<int> ids = m_core.feedIds(&error);
    if (!error.isEmpty())
        return m_core.storeFailure(error);
    if (!m_firewall.ensureRules(m_core.verdict(), ids, &error))
        return m_core.kernelFailure(QStringLiteral("the feed's rules could not be removed"), error);
    for (const Family family : { Family::V4, Family::V6 }) {
        if (!m_firewall.destroy(Firewall::feedSetName(feed->id, family), &error))
            return m_core.kernelFailure(QStringLiteral("the feed's sets could not be removed"),
                                        error);
    }
    if (!m_store.commit(&error))
        return m_core.storeFailureAfterKernel(time, error);
    *removed = feed->appliedV4 + feed->appliedV6;
    return {};
}

QList<Cidr> FeedLists::appliedList(int feedId, const RangeSet &excluded, QString *error) const
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

void FeedLists::startChange(int feedId, const QList<Cidr> &before, const QList<Cidr> &after,
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

QString FeedLists::coverageSuspicion(const StoredFeed &feed, const QList<Cidr> &content) const
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

QString FeedLists::lockoutSuspicion(const StoredFeed &feed, const QList<Cidr> &content) const
{
    QString ignored;
    const QList<ProtectedNetwork> networks = Exclusion(m_core).lockoutNetworks(&ignored);
    const QList<LockoutRisk> risks = feedLockoutRisks(RangeSet::fromCidrs(content), networks);
    if (risks.isEmpty())
        return {};
    // What the last good list covered was accepted when it was loaded (forced, or from
    // before the guard): only what the new one adds is a surprise.
    QList<Cidr> last;
    PackedCidrs::decode(m_store.feedContent(feed.id, &ignored), maxEntriesPerCall, &last, &ignored);
    const QList<LockoutRisk> fresh =
        newLockoutRisks(risks, feedLockoutRisks(RangeSet::fromCidrs(last), networks));
    if (fresh.isEmpty())
        return {};
    return QStringLiteral("the new list of feed %1 would cut this machine off: %2")
        .arg(feed.info.name, lockoutRiskTexts(fresh).join(QStringLiteral("; ")));
}

Outcome FeedLists::update(const QString &name, const QList<Cidr> &list, const QString &etag,
                          const QString &lastModified, bool force, quint32 uid, quint32 *added,
                          quint32 *removed)
{
    std::optional<StoredFeed> feed;
    if (Outcome found = lookUp(m_store, name, &feed, QStringLiteral("; add it first")); !found.ok())
        return found;
    QString error;
    const qint64 time = BlocklistCore::now();
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
    else if (suspicion = coverageSuspicion(*feed, content); suspicion.isEmpty())
        suspicion = lockoutSuspicion(*feed, content);
    if (!suspicion.isEmpty() && !force) {
        suspicion += QStringLiteral("; the last good list stays in force (force the update if the "
                                    "list really is so)");
        m_store.recordFeedCheck(feed->id, suspicion, time, &error);
        return Outcome::suspicious(suspicion);
    }

    if (Outcome prepared = m_core.prepare(); !prepared.ok())
        return prepared;
    // prepare() brought the applied exclusion up to date.
    const RangeSet excluded = Exclusion(m_core).applied(&error);
    const QList<Cidr> before = appliedList(feed->id, excluded, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    const QList<Cidr> after = RangeSet::fromCidrs(content).subtracted(excluded).toCidrs();

    std::vector<Program::Running> work;
    QList<Cidr> addedCidrs;
    QList<Cidr> removedCidrs;
    startChange(feed->id, before, after, &work, &addedCidrs, &removedCidrs);

    // Undone by the list before, with the validators it was fetched with.
    const QByteArray packed = PackedCidrs::encode(content);
    UndoRecord undo;
    undo.kind = UndoRecord::Kind::FeedList;
    undo.feed.name = name;
    undo.feed.etag = feed->info.etag;
    undo.feed.lastModified = feed->info.lastModified;
    undo.content = m_store.feedContent(feed->id, &error);
    undo.afterDigest = UndoRecord::digest(packed);
    if (!error.isEmpty())
        return Outcome::storeError(error);

    // The store is written while the kernel works.
    const quint32 afterV4 = countV4(after);
    bool stored = m_store.transaction();
    if (!stored)
        error = QStringLiteral("cannot start a transaction");
    stored = stored
        && m_store.setFeedContent(feed->id, packed, quint32(content.size()), afterV4,
                                  quint32(after.size()) - afterV4, etag, lastModified, time, &error)
        && m_store.appendHistory(uid, QStringLiteral("feed-update"), addedCidrs,
                                 QStringLiteral("feed %1: %2 networks added, %3 removed%4")
                                     .arg(name)
                                     .arg(addedCidrs.size())
                                     .arg(removedCidrs.size())
                                     .arg(force && !suspicion.isEmpty()
                                              ? QStringLiteral(" (forced: %1)").arg(suspicion)
                                              : QString()),
                                 time, &error, undo.encode());
    if (const QString kernelProblem = BlocklistCore::finishAll(work); !kernelProblem.isEmpty())
        return m_core.kernelFailure(QStringLiteral("the kernel refused feed %1's list").arg(name),
                                    kernelProblem);
    if (!stored || !m_store.commit(&error))
        return m_core.storeFailureAfterKernel(time, error);
    *added = quint32(addedCidrs.size());
    *removed = quint32(removedCidrs.size());
    m_firewall.endConnections(addedCidrs);
    return {};
}

Outcome FeedLists::recordCheck(const QString &name, const QString &fetchError)
{
    std::optional<StoredFeed> feed;
    if (Outcome found = lookUp(m_store, name, &feed); !found.ok())
        return found;
    QString error;
    if (!m_store.recordFeedCheck(feed->id, fetchError, BlocklistCore::now(), &error))
        return m_core.storeFailure(error);
    return {};
}

QList<FeedInfo> FeedLists::list(bool withCredentials, QString *error) const
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

} // namespace Rampart
