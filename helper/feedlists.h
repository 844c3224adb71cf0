#pragma once

#include "blocklistcore.h"
#include "dbus/helpertypes.h"
#include "firewall.h"
#include "net/cidr.h"
#include "net/rangeset.h"
#include "program.h"
#include "store.h"
#include "undorecord.h"

#include <QList>
#include <QString>

#include <vector>

namespace Rampart {

// Feed lists: the client fetches and parses; the helper keeps the list, leaves out what it must
// (Exclusion), and gives each feed's own sets the difference.
class FeedLists
{
public:
    explicit FeedLists(BlocklistCore &core);

    // The settings as sent, with a location or checksum URL sent back as it was shown
    // (without its credentials) taken for the stored one, for the settings check.
    Outcome withStoredLocations(const FeedInfo &sent, FeedInfo *settings) const;
    Outcome save(const FeedInfo &settings, quint32 uid, bool *created);
    Outcome remove(const QString &name, quint32 uid, quint32 *removed);
    // A list that is empty, shrank beyond what the feed allows or suddenly covers much more
    // of the Internet is refused (Suspicious) unless forced.
    Outcome update(const QString &name, const QList<Cidr> &list, const QString &etag,
                   const QString &lastModified, bool force, quint32 uid, quint32 *added,
                   quint32 *removed);
    Outcome recordCheck(const QString &name, const QString &fetchError);
    // withCredentials false: passwords and tokens in locations read "***".
    QList<FeedInfo> list(bool withCredentials, QString *error) const;

    // A feed's last good list without the excluded ranges, IPv4 first.
    QList<Cidr> appliedList(int feedId, const RangeSet &excluded, QString *error) const;
    // Starts taking a feed's sets from one list to another: the difference where it is
    // small and the set has room, otherwise a new set swapped in.
    void startChange(int feedId, const QList<Cidr> &before, const QList<Cidr> &after,
                     std::vector<Program::Running> *work, QList<Cidr> *added,
                     QList<Cidr> *removed) const;

    // What a feed set of the family holds for a list: its networks of that family, for good.
    static QList<Firewall::Entry> permanentEntries(const QList<Cidr> &cidrs, Family family);
    // The IPv4 networks of a list, for what the store records of a feed's sets.
    static quint32 countV4(const QList<Cidr> &cidrs);

private:
    // Why a feed's new list covers too much of the Internet to be taken without force.
    QString coverageSuspicion(const StoredFeed &feed, const QList<Cidr> &content) const;
    // Why a feed's new list would cut this machine off where the last good one did not
    // (the lockout guard, rules/lockoutguard.h).
    QString lockoutSuspicion(const StoredFeed &feed, const QList<Cidr> &content) const;

    BlocklistCore &m_core;
    Store &m_store;
    Firewall &m_firewall;
};

} // namespace Rampart
