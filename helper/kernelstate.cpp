#include "kernelstate.h"

#include "exclusion.h"
#include "feedlists.h"
#include "manualentries.h"
#include "net/cidr.h"
#include "program.h"
#include "undorecord.h"

#include <QHash>
#include <QSet>

#include <utility>
#include <vector>

namespace Rampart {

KernelState::KernelState(BlocklistCore &core)
    : m_core(core)
    , m_store(core.store())
    , m_firewall(core.firewall())
{ }

Outcome KernelState::restore()
{
    if (const QString missing = m_firewall.missingPrograms(); !missing.isEmpty())
        return Outcome::kernelError(QStringLiteral("missing programs: %1").arg(missing));
    const qint64 time = BlocklistCore::now();
    QString error;
    if (m_store.purgeExpired(time, &error) < 0)
        return Outcome::storeError(error);
    const RangeSet exclusion = Exclusion(m_core).desired(&error);
    const QList<ExpectedSet> sets = expectedSets(time, exclusion, &error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    // All sets fill at once; each is its own ipset process.
    std::vector<Program::Running> work;
    for (const ExpectedSet &set : sets)
        work.push_back(m_firewall.startReplace(set.name, set.family, set.entries));
    if (const QString kernelProblem = BlocklistCore::finishAll(work); !kernelProblem.isEmpty())
        return Outcome::kernelError(kernelProblem);
    const QList<int> ids = m_core.feedIds(&error);
    if (!m_firewall.ensureRules(m_core.verdict(), ids, &error))
        return Outcome::kernelError(error);
    if (!recordApplied(sets, exclusion, &error))
        return Outcome::storeError(error);
    return {};
}

bool KernelState::reconcile(qint64 time, int *changed, QString *error)
{
    QList<Firewall::Entry> missing; // of the manual sets, with their remaining timeouts
    QList<Firewall::SetChange> changes;
    *changed = 0;
    const RangeSet exclusion = Exclusion(m_core).desired(error);
    const QList<ExpectedSet> sets = expectedSets(time, exclusion, error);
    if (!error->isEmpty())
        return false;
    for (const ExpectedSet &set : sets) {
        QSet<QString> inKernel;
        const QHash<QString, Firewall::Counters> counts = m_firewall.memberCounters(set.name);
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

Outcome KernelState::sync(quint32 uid, qint64 *savedAt)
{
    const qint64 time = BlocklistCore::now();
    QString error;
    if (m_store.purgeExpired(time, &error) < 0)
        return Outcome::storeError(error);
    if (Outcome prepared = m_core.prepare(); !prepared.ok())
        return prepared;
    int changed = 0;
    if (!reconcile(time, &changed, &error))
        return Outcome::kernelError(error);

    if (!m_store.transaction())
        return m_core.storeFailure(QStringLiteral("cannot start a transaction"));
    const QString detail = changed
        ? QStringLiteral("%1 kernel entries were out of step with the store and were corrected")
              .arg(changed)
        : QString();
    if (!m_store.setSetting(QStringLiteral("last_saved"), QString::number(time), &error)
        || !m_store.appendHistory(uid, QStringLiteral("save"), {}, detail, time, &error)
        || !m_store.commit(&error) || !m_store.checkpoint(&error))
        return m_core.storeFailure(error);
    *savedAt = time;
    return {};
}

Outcome KernelState::setVerdict(const QString &requested, quint32 uid)
{
    QString error;
    UndoRecord undo;
    undo.kind = UndoRecord::Kind::Verdict;
    undo.before = m_core.verdict();
    undo.after = requested;
    if (Outcome prepared = m_core.prepare(); !prepared.ok())
        return prepared;
    const QList<int> ids = m_core.feedIds(&error);
    if (!error.isEmpty())
        return Outcome::storeError(error);
    if (!m_firewall.ensureRules(requested, ids, &error))
        return Outcome::kernelError(error);
    if (!m_store.transaction())
        return m_core.storeFailure(QStringLiteral("cannot start a transaction"));
    if (!m_store.setSetting(QStringLiteral("verdict"), requested, &error)
        || !m_store.appendHistory(uid, QStringLiteral("verdict"), {}, requested,
                                  BlocklistCore::now(), &error, undo.encode())
        || !m_store.commit(&error)) {
        const Outcome outcome = m_core.storeFailure(error);
        m_firewall.ensureRules(m_core.verdict(), ids, &error);
        return outcome;
    }
    return {};
}

HelperStatus KernelState::status() const
{
    HelperStatus status;
    const qint64 time = BlocklistCore::now();
    status.storePath = m_store.path();
    status.verdict = m_core.verdict();
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

QByteArray KernelState::listing(QString *error) const
{
    const qint64 time = BlocklistCore::now();
    const QList<StoredEntry> entries = m_store.activeEntries(time, error);
    if (!error->isEmpty())
        return {};
    // Keyed as the store writes networks: ipset may print them otherwise.
    const auto countersOf = [this](const QString &set, bool skipUnhit) {
        QHash<QString, Firewall::Counters> counters;
        const QHash<QString, Firewall::Counters> members = m_firewall.memberCounters(set);
        for (auto it = members.begin(); it != members.end(); ++it) {
            if (skipUnhit && it->packets == 0 && it->bytes == 0)
                continue;
            if (const CidrParse member = parseCidr(it.key()); member.cidr)
                counters.insert(member.cidr->toString(), it.value());
        }
        return counters;
    };
    const auto appendCounters = [](QByteArray &text, const Firewall::Counters &counters) {
        text +=
            QByteArray::number(counters.packets) + '\t' + QByteArray::number(counters.bytes) + '\t';
    };
    QHash<QString, Firewall::Counters> manualCounters;
    for (const Family family : { Family::V4, Family::V6 })
        manualCounters.insert(countersOf(Firewall::setName(family), false));
    QByteArray text = "# rampart-list 2\n";
    text.reserve(entries.size() * 72);
    for (const StoredEntry &entry : entries) {
        const QString cidr = entry.cidr.toString();
        text += cidr.toLatin1() + '\t' + entry.source.toUtf8() + '\t'
            + QByteArray::number(entry.created) + '\t' + QByteArray::number(entry.expires) + '\t';
        appendCounters(text, manualCounters.value(cidr));
        text += entry.comment.toUtf8() + '\n';
    }
    // Each feed's networks as its sets hold them, named after the feed.
    const RangeSet excluded = Exclusion(m_core).applied(error);
    for (const StoredFeed &feed : m_store.feeds(error)) {
        const QList<Cidr> applied = FeedLists(m_core).appliedList(feed.id, excluded, error);
        if (!error->isEmpty())
            return {};
        // Most of a feed's networks are never hit: only those that were are looked up.
        QHash<QString, Firewall::Counters> feedCounters;
        for (const Family family : { Family::V4, Family::V6 })
            feedCounters.insert(countersOf(Firewall::feedSetName(feed.id, family), true));
        const QByteArray source = "feed:" + feed.info.name.toUtf8();
        const QByteArray since = QByteArray::number(feed.info.lastSuccess);
        text.reserve(text.size() + applied.size() * 52);
        for (const Cidr &cidr : applied) {
            const QString member = cidr.toString();
            text += member.toLatin1() + '\t' + source + '\t' + since + "\t0\t";
            appendCounters(text, feedCounters.value(member));
            text += '\n';
        }
    }
    if (!error->isEmpty())
        return {};
    return text;
}

QList<KernelState::ExpectedSet> KernelState::expectedSets(qint64 time, const RangeSet &exclusion,
                                                          QString *error) const
{
    QList<ExpectedSet> sets;
    for (const Family family : { Family::V4, Family::V6 }) {
        sets.append({ Firewall::setName(family), family,
                      ManualEntries(m_core).kernelEntries(family, time, error) });
        if (!error->isEmpty())
            return {};
    }
    for (const StoredFeed &feed : m_store.feeds(error)) {
        const QList<Cidr> applied = FeedLists(m_core).appliedList(feed.id, exclusion, error);
        if (!error->isEmpty())
            return {};
        for (const Family family : { Family::V4, Family::V6 }) {
            sets.append({ Firewall::feedSetName(feed.id, family), family,
                          FeedLists::permanentEntries(applied, family), feed.id });
        }
    }
    return error->isEmpty() ? sets : QList<ExpectedSet>();
}

bool KernelState::recordApplied(const QList<ExpectedSet> &sets, const RangeSet &exclusion,
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
    return Exclusion(m_core).record(exclusion, error);
}

} // namespace Rampart
