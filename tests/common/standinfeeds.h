#pragma once

#include "dbus/helpertypes.h"

#include <QDBusContext>
#include <QDBusUnixFileDescriptor>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

// The helper's feed methods, as a stand-in for unit tests on a bus of their own (see
// PrivateBus): the feeds listed with their credentials or, as the real helper shows them
// to readers, without; settings saved and lists taken, every call recorded. A test's own
// stand-in derives from it and adds the other methods it needs.
class StandInFeeds : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.rampart.Helper1")

public:
    // What Feeds(true) lists; Feeds(false) lists shownFeeds when set, otherwise these with
    // their locations redacted as the helper does.
    QList<Rampart::FeedInfo> wholeFeeds;
    std::optional<QList<Rampart::FeedInfo>> shownFeeds;
    bool addFeedCreates = true; // AddFeed's answer
    quint32 updateAdds = 1; // UpdateFeed's answer
    bool allowlistReadable = true; // or Allowlist() is refused, as for the feed timer

    QList<bool> feedsAsked; // withCredentials, per call
    QList<Rampart::FeedInfo> saved; // by AddFeed
    QStringList updated; // feeds handed a new list
    QList<uint> updateWaits; // confirmWithinSeconds, per UpdateFeed

    void clearFeeds();

public Q_SLOTS:
    QList<Rampart::FeedInfo> Feeds(bool withCredentials);
    bool AddFeed(const QString &name, const QString &location, const QString &format,
                 uint refreshSeconds, const QString &checksumUrl, uint maxShrinkPercent,
                 bool insecure, bool allowBroad);
    uint UpdateFeed(const QString &name, const QDBusUnixFileDescriptor &entries,
                    const QString &etag, const QString &lastModified, bool force,
                    uint confirmWithinSeconds, uint &removed, qlonglong &historyId);
    void RecordFeedCheck(const QString &name, const QString &error);
    QList<Rampart::AllowedEntry> Allowlist();
};
