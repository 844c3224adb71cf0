#pragma once

#include "blocklist.h"
#include "helpertypes.h"
#include "polkitauthority.h"

#include <QDBusContext>
#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QStringList>

namespace Rampart {

// The helper's D-Bus object. Every method answers later (a delayed reply): first polkit
// is asked about the caller's bus name, and only on a "yes" is the request parsed and
// carried out. Nothing here trusts the caller.
class HelperService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.rampart.Helper1")

public:
    HelperService(Blocklist &blocklist, PolkitAuthority &authority, QObject *parent = nullptr);

    int callsInFlight() const { return m_callsInFlight; }

Q_SIGNALS:
    void activity();

public Q_SLOTS:
    uint Block(const QStringList &entries, uint timeoutSeconds, const QString &comment,
               uint &updated);
    uint Unblock(const QStringList &entries, QStringList &notBlocked);
    QDBusUnixFileDescriptor List();
    Rampart::HelperStatus Status();
    qlonglong Save();
    void SetVerdict(const QString &verdict);
    bool AddFeed(const QString &name, const QString &location, const QString &format,
                 uint refreshSeconds, const QString &checksumUrl, uint maxShrinkPercent);
    uint RemoveFeed(const QString &name);
    QList<Rampart::FeedInfo> Feeds();
    uint UpdateFeed(const QString &name, const QDBusUnixFileDescriptor &entries,
                    const QString &etag, const QString &lastModified, bool force, uint &removed);
    void RecordFeedCheck(const QString &name, const QString &error);
    uint Allow(const QStringList &entries, const QString &comment);
    uint Disallow(const QStringList &entries, QStringList &notAllowed);
    QList<Rampart::AllowedEntry> Allowlist();

private:
    using Work = std::function<QDBusMessage(const QDBusMessage &request, quint32 uid)>;
    // Takes the request over (delayed reply), asks polkit, then runs work or answers
    // AccessDenied naming the action.
    void authorizeThen(const char *action, Work work);
    static QDBusMessage answer(const QDBusMessage &request, const Blocklist::Outcome &outcome,
                               const QList<QVariant> &values);

    Blocklist &m_blocklist;
    PolkitAuthority &m_authority;
    int m_callsInFlight = 0;
};

} // namespace Rampart
