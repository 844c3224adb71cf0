#pragma once

#include "dbus/helpertypes.h"
#include "firewall.h"
#include "net/hostnetworks.h"
#include "net/rangeset.h"
#include "store.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Rampart {

// What a change or a read of the blocklist comes to: success, or an error that
// org.rampart.Helper1.xml names, with a message that says what happened to what.
struct Outcome
{
    QString errorName; // empty on success
    QString message;

    bool ok() const { return errorName.isEmpty(); }

    static Outcome invalidArgs(const QString &message);
    static Outcome limitsExceeded(const QString &message);
    static Outcome storeError(const QString &message);
    static Outcome kernelError(const QString &message);
    static Outcome needsForce(const QString &message);
    static Outcome suspicious(const QString &message);
};

// What the helper does once a call is authorized and its content checked (requestchecks.h):
// keeps the store and the kernel in step. The store is the truth; whenever the kernel
// cannot follow, the call fails and the store is left as it was.
class Blocklist
{
public:
    Blocklist(Store &store, Firewall &firewall);

    // Makes sure both sets and the rules exist, filling missing sets from the store, and
    // that the feeds leave out what they must (the allowlist, this machine's addresses,
    // gateways and link-local space, which can change between calls). Only authorized
    // changes call it: starting the helper, or reading, leaves the kernel alone.
    Outcome prepare();
    // Rebuilds every set from the store and puts the rules back, as at boot.
    Outcome restore();
    // Brings the kernel back in line with the store by applying only the difference.
    Outcome sync(quint32 uid, qint64 *savedAt);

    // Without force, refuses (NeedsForce) entries wider than a /8 (IPv6 /16) and entries that
    // cover this machine's addresses, its gateways or link-local space.
    Outcome block(const QList<Cidr> &entries, quint32 timeoutSeconds, const QString &comment,
                  bool force, quint32 uid, quint32 *added, quint32 *updated);
    Outcome unblock(const QList<Cidr> &entries, quint32 uid, quint32 *removed,
                    QList<Cidr> *notBlocked);
    Outcome setVerdict(const QString &verdict, quint32 uid);

    // Feeds: the client fetches and parses; the helper keeps the list, leaves out the
    // allowlist and what must never be blocked, and gives the kernel the difference.
    // The settings as sent, with a location or checksum URL sent back as it was shown
    // (without its credentials) taken for the stored one, for the settings check.
    Outcome withStoredLocations(const FeedInfo &sent, FeedInfo *settings) const;
    Outcome saveFeed(const FeedInfo &settings, quint32 uid, bool *created);
    Outcome removeFeed(const QString &name, quint32 uid, quint32 *removed);
    Outcome updateFeed(const QString &name, const QList<Cidr> &list, const QString &etag,
                       const QString &lastModified, bool force, quint32 uid, quint32 *added,
                       quint32 *removed);
    Outcome recordFeedCheck(const QString &name, const QString &fetchError);
    // withCredentials false: passwords and tokens in locations read "***".
    QList<FeedInfo> feeds(bool withCredentials, QString *error) const;

    Outcome allow(const QList<Cidr> &entries, const QString &comment, quint32 uid, quint32 *added);
    Outcome disallow(const QList<Cidr> &entries, quint32 uid, quint32 *removed,
                     QList<Cidr> *notAllowed);
    QList<AllowedEntry> allowlist(QString *error) const;

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

    // Every set the kernel should have and what it should hold, manual sets first.
    struct ExpectedSet
    {
        QString name;
        Family family = Family::V4;
        QList<Firewall::Entry> entries;
        int feedId = 0; // 0 for the manual sets
    };
    // With feeds built without exclusion.
    QList<ExpectedSet> expectedSets(qint64 now, const RangeSet &exclusion, QString *error) const;
    // Records, after the kernel took sets, what the feeds now hold and without what.
    bool recordApplied(const QList<ExpectedSet> &sets, const RangeSet &exclusion, QString *error);
    QList<int> feedIds(QString *error) const;
    // What no feed may reach the kernel with: the allowlist, what must never be blocked,
    // and this machine's own networks (hostNetworks). The applied one is what the feed
    // sets were last built without, as recorded in the store.
    RangeSet desiredExclusion(QString *error, const QList<ProtectedNetwork> &host) const;
    RangeSet desiredExclusion(QString *error) const
    {
        return desiredExclusion(error, hostNetworks(hostProtectedNetworks()));
    }
    // What must never be blocked, and the allowlist.
    RangeSet allowlistExclusion(QString *error) const;
    RangeSet appliedExclusion(QString *error) const;
    bool recordAppliedExclusion(const RangeSet &exclusion, QString *error);
    // This machine's addresses, gateways and link-local space now, and the addresses it had
    // when they were last seen with the network up: a restore at boot runs before the
    // network is configured and would otherwise know none of them.
    QList<ProtectedNetwork> hostNetworks(QList<ProtectedNetwork> current) const;
    // Why a feed's new list covers too much of the Internet to be taken without force.
    QString coverageSuspicion(const StoredFeed &feed, const QList<Cidr> &content) const;
    // Re-applies every feed when the exclusion to apply is not the one applied.
    Outcome refreshExclusions(qint64 time);
    // A feed's last good list without the excluded ranges, IPv4 first.
    QList<Cidr> appliedList(int feedId, const RangeSet &excluded, QString *error) const;
    // Starts taking a feed's sets from one list to another: the difference where it is
    // small and the set has room, otherwise a new set swapped in.
    void startFeedChange(int feedId, const QList<Cidr> &before, const QList<Cidr> &after,
                         std::vector<Program::Running> *work, QList<Cidr> *added,
                         QList<Cidr> *removed) const;
    // Re-applies every feed after the exclusion changed from one set to another.
    Outcome reapplyFeeds(const RangeSet &excludedBefore, const RangeSet &excludedAfter,
                         qint64 time);
    QString finishAll(std::vector<Program::Running> &work) const;
    // Changes the allowlist in the store (change writes it, in a transaction) and
    // re-applies every feed to the kernel; the store is rolled back if the kernel refuses.
    Outcome changeAllowlist(const std::function<bool(qint64 time, QString *error)> &change);

    Store &m_store;
    Firewall &m_firewall;
};

} // namespace Rampart
