#include "blocklist.h"

#include <QDBusError>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace Rampart {

namespace {

const QString invalidArgs = QDBusError::errorString(QDBusError::InvalidArgs);
const QString limitsExceeded = QDBusError::errorString(QDBusError::LimitsExceeded);
const QString kernelError = QString::fromLatin1(kernelErrorName);
const QString storeError = QString::fromLatin1(storeErrorName);

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

Blocklist::Outcome failure(const QString &name, const QString &message)
{
    return { name, message };
}

QString dropOrReject(const QString &verdict)
{
    return verdict == QLatin1String("REJECT") ? verdict : QStringLiteral("DROP");
}

} // namespace

Blocklist::Blocklist(Store &store, Firewall &firewall)
    : m_store(store)
    , m_firewall(firewall)
{ }

QString Blocklist::parseEntries(const QStringList &items, bool forBlocking, QList<Cidr> *entries)
{
    if (items.isEmpty())
        return QStringLiteral("no entries were given");
    if (items.size() > maxEntriesPerCall) {
        return QStringLiteral("%1 entries in one call; the limit is %2, so send them in parts")
            .arg(items.size())
            .arg(maxEntriesPerCall);
    }
    entries->reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const CidrParse parsed = parseCidr(items[i]);
        if (!parsed.cidr)
            return QStringLiteral("entry %1: %2").arg(i + 1).arg(parsed.error);
        if (forBlocking) {
            if (const QString refusal = blockRefusal(*parsed.cidr); !refusal.isEmpty())
                return QStringLiteral("entry %1: %2").arg(i + 1).arg(refusal);
        }
        entries->append(*parsed.cidr);
    }
    std::sort(entries->begin(), entries->end());
    entries->erase(std::unique(entries->begin(), entries->end()), entries->end());
    return {};
}

QString Blocklist::checkComment(const QString &comment)
{
    if (comment.size() > maxCommentLength)
        return QStringLiteral("the comment is %1 characters long; the limit is %2")
            .arg(comment.size())
            .arg(maxCommentLength);
    for (const QChar c : comment) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            return QStringLiteral("the comment %1 holds a control character")
                .arg(quotedItem(comment));
    }
    return {};
}

QString Blocklist::verdict() const
{
    return dropOrReject(m_store.setting(QStringLiteral("verdict")));
}

Blocklist::Outcome Blocklist::storeFailure(const QString &message)
{
    m_store.rollback();
    return failure(
        storeError,
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

Blocklist::Outcome Blocklist::prepare()
{
    if (const QString missing = m_firewall.missingPrograms(); !missing.isEmpty())
        return failure(kernelError, QStringLiteral("missing programs: %1").arg(missing));
    const qint64 time = now();
    for (const Family family : { Family::V4, Family::V6 }) {
        if (m_firewall.setInfo(family).exists)
            continue;
        QString error;
        const QList<Firewall::Entry> entries = kernelEntries(family, time, &error);
        if (!error.isEmpty())
            return failure(storeError, error);
        if (!m_firewall.replace(family, entries, &error))
            return failure(kernelError, error);
    }
    QString error;
    if (!m_firewall.rulesInPlace(verdict()) && !m_firewall.ensureRules(verdict(), &error))
        return failure(kernelError, error);
    return {};
}

Blocklist::Outcome Blocklist::restore()
{
    if (const QString missing = m_firewall.missingPrograms(); !missing.isEmpty())
        return failure(kernelError, QStringLiteral("missing programs: %1").arg(missing));
    const qint64 time = now();
    QString error;
    if (m_store.purgeExpired(time, &error) < 0)
        return failure(storeError, error);
    for (const Family family : { Family::V4, Family::V6 }) {
        const QList<Firewall::Entry> entries = kernelEntries(family, time, &error);
        if (!error.isEmpty())
            return failure(storeError, error);
        if (!m_firewall.replace(family, entries, &error))
            return failure(kernelError, error);
    }
    if (!m_firewall.ensureRules(verdict(), &error))
        return failure(kernelError, error);
    return {};
}

bool Blocklist::reconcile(qint64 time, int *changed, QString *error)
{
    QList<Firewall::Entry> missing;
    QList<Cidr> extra;
    for (const Family family : { Family::V4, Family::V6 }) {
        QSet<QString> inKernel;
        const QHash<QString, quint64> counts = m_firewall.packetCounts(family);
        for (auto it = counts.keyBegin(); it != counts.keyEnd(); ++it) {
            if (const CidrParse member = parseCidr(*it); member.cidr)
                inKernel.insert(member.cidr->toString());
        }
        QSet<QString> inStore;
        for (const Firewall::Entry &entry : kernelEntries(family, time, error)) {
            const QString text = entry.cidr.toString();
            inStore.insert(text);
            if (!inKernel.contains(text))
                missing.append(entry);
        }
        if (!error->isEmpty())
            return false;
        for (const QString &member : std::as_const(inKernel)) {
            if (!inStore.contains(member))
                extra.append(*parseCidr(member).cidr);
        }
    }
    if (!missing.isEmpty()) {
        Program::Running adding = m_firewall.startAdd(missing);
        if (!Firewall::finish(adding, error))
            return false;
    }
    if (!extra.isEmpty() && !m_firewall.remove(extra, error))
        return false;
    *changed = int(missing.size() + extra.size());
    return true;
}

Blocklist::Outcome Blocklist::storeFailureAfterKernel(qint64 time, const QString &message)
{
    // The kernel already changed; the store, rolled back, says what it must hold.
    const Outcome outcome = storeFailure(message);
    int changed = 0;
    QString ignored;
    reconcile(time, &changed, &ignored);
    return outcome;
}

Blocklist::Outcome Blocklist::kernelFailure(const QString &what, const QString &kernelError)
{
    // The kernel may have taken part of a batch before it refused the rest; the store,
    // left as it was, says what it must hold.
    m_store.rollback();
    int changed = 0;
    QString ignored;
    reconcile(now(), &changed, &ignored);
    return failure(QString::fromLatin1(kernelErrorName),
                   QStringLiteral("%1: %2").arg(what, kernelError));
}

Blocklist::Outcome Blocklist::sync(quint32 uid, qint64 *savedAt)
{
    const qint64 time = now();
    QString error;
    if (m_store.purgeExpired(time, &error) < 0)
        return failure(storeError, error);
    if (Outcome prepared = prepare(); !prepared.ok())
        return prepared;
    int changed = 0;
    if (!reconcile(time, &changed, &error))
        return failure(kernelError, error);

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

Blocklist::Outcome Blocklist::block(const QList<Cidr> &entries, quint32 timeoutSeconds,
                                    const QString &comment, quint32 uid, quint32 *added,
                                    quint32 *updated)
{
    if (timeoutSeconds > maxTimeoutSeconds) {
        return failure(invalidArgs,
                       QStringLiteral("a timeout of %1 seconds is longer than the "
                                      "kernel allows (%2 s, about 24 days); block "
                                      "permanently instead")
                           .arg(timeoutSeconds)
                           .arg(maxTimeoutSeconds));
    }
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

Blocklist::Outcome Blocklist::unblock(const QList<Cidr> &entries, quint32 uid, quint32 *removed,
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

Blocklist::Outcome Blocklist::setVerdict(const QString &requested, quint32 uid)
{
    if (requested != QLatin1String("DROP") && requested != QLatin1String("REJECT"))
        return failure(
            invalidArgs,
            QStringLiteral("%1 is not a verdict; use DROP or REJECT").arg(quotedItem(requested)));
    QString error;
    if (Outcome prepared = prepare(); !prepared.ok())
        return prepared;
    if (!m_firewall.ensureRules(requested, &error))
        return failure(kernelError, error);
    if (!m_store.transaction())
        return storeFailure(QStringLiteral("cannot start a transaction"));
    if (!m_store.setSetting(QStringLiteral("verdict"), requested, &error)
        || !m_store.appendHistory(uid, QStringLiteral("verdict"), {}, requested, now(), &error)
        || !m_store.commit(&error)) {
        const Outcome outcome = storeFailure(error);
        m_firewall.ensureRules(verdict(), &error);
        return outcome;
    }
    return {};
}

HelperStatus Blocklist::status() const
{
    HelperStatus status;
    const qint64 time = now();
    status.storePath = m_store.path();
    status.verdict = verdict();
    status.rulesInPlace = m_firewall.rulesInPlace(status.verdict);
    status.lastSaved =
        m_store.setting(QStringLiteral("last_saved"), QStringLiteral("0")).toLongLong();
    for (const Family family : { Family::V4, Family::V6 }) {
        const Firewall::SetInfo info = m_firewall.setInfo(family);
        status.sets.append({ Firewall::setName(family), quint32(family), info.entries,
                             m_store.activeCount(family, time), info.maxElements });
    }
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
    return text;
}

} // namespace Rampart
