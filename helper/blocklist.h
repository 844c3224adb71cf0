#pragma once

#include "firewall.h"
#include "helpertypes.h"
#include "store.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rampart {

// What the helper does once a call is authorized: keeps the store and the kernel in step.
// The store is the truth; whenever the kernel cannot follow, the call fails and the store
// is left as it was.
class Blocklist
{
public:
    struct Outcome
    {
        QString errorName; // empty on success
        QString message;

        bool ok() const { return errorName.isEmpty(); }
    };

    Blocklist(Store &store, Firewall &firewall);

    // Strict validation of what a caller sent. Returns an error that names the first bad
    // item, or an empty string; valid entries come back without duplicates.
    static QString parseEntries(const QStringList &items, bool forBlocking, QList<Cidr> *entries);
    static QString checkComment(const QString &comment);

    // Makes sure both sets and the rules exist, filling missing sets from the store.
    Outcome prepare();
    // Rebuilds every set from the store and puts the rules back, as at boot.
    Outcome restore();
    // Brings the kernel back in line with the store by applying only the difference.
    Outcome sync(quint32 uid, qint64 *savedAt);

    Outcome block(const QList<Cidr> &entries, quint32 timeoutSeconds, const QString &comment,
                  quint32 uid, quint32 *added, quint32 *updated);
    Outcome unblock(const QList<Cidr> &entries, quint32 uid, quint32 *removed,
                    QList<Cidr> *notBlocked);
    Outcome setVerdict(const QString &verdict, quint32 uid);

    HelperStatus status() const;
    // The active blocklist in the List format; on failure empty, with *error set.
    QByteArray listing(QString *error) const;

private:
    QString verdict() const;
    Outcome storeFailure(const QString &message);
    Outcome kernelFailure(const QString &what, const QString &kernelError);
    Outcome storeFailureAfterKernel(qint64 time, const QString &message);
    // Adds what the store has and the kernel lacks, removes what the kernel has and the
    // store does not.
    bool reconcile(qint64 time, int *changed, QString *error);
    QList<Firewall::Entry> kernelEntries(Family family, qint64 now, QString *error) const;

    Store &m_store;
    Firewall &m_firewall;
};

} // namespace Rampart
