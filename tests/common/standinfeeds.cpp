#include "standinfeeds.h"

#include "rules/requestrules.h"

using namespace Rampart;

void StandInFeeds::clearFeeds()
{
    wholeFeeds.clear();
    shownFeeds.reset();
    addFeedCreates = true;
    updateAdds = 1;
    allowlistReadable = true;
    feedsAsked.clear();
    saved.clear();
    updated.clear();
    updateWaits.clear();
}

QList<FeedInfo> StandInFeeds::Feeds(bool withCredentials)
{
    feedsAsked << withCredentials;
    if (withCredentials)
        return wholeFeeds;
    if (shownFeeds)
        return *shownFeeds;
    QList<FeedInfo> shown = wholeFeeds;
    for (FeedInfo &feed : shown)
        feed.location = redactedLocation(feed.location);
    return shown;
}

bool StandInFeeds::AddFeed(const QString &name, const QString &location, const QString &format,
                           uint refreshSeconds, const QString &checksumUrl, uint maxShrinkPercent,
                           bool insecure, bool allowBroad)
{
    FeedInfo feed;
    feed.name = name;
    feed.location = location;
    feed.format = format;
    feed.refreshSeconds = refreshSeconds;
    feed.checksumUrl = checksumUrl;
    feed.maxShrinkPercent = maxShrinkPercent;
    feed.insecure = insecure;
    feed.allowBroad = allowBroad;
    saved << feed;
    return addFeedCreates;
}

uint StandInFeeds::UpdateFeed(const QString &name, const QDBusUnixFileDescriptor &, const QString &,
                              const QString &, bool, uint confirmWithinSeconds, uint &removed,
                              qlonglong &historyId)
{
    updated << name;
    updateWaits << confirmWithinSeconds;
    removed = 0;
    historyId = 4000 + updated.size();
    return updateAdds;
}

void StandInFeeds::RecordFeedCheck(const QString &, const QString &) { }

QList<AllowedEntry> StandInFeeds::Allowlist()
{
    if (!allowlistReadable)
        sendErrorReply(QDBusError::AccessDenied,
                       QStringLiteral("org.rampart.inspect is not granted to rampart-feeds"));
    return {};
}
