#pragma once

#include "client/helperclient.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Rampart {

// Reads the helper's blocklist for everyone in the process who shows or matches it, and hands
// each read's entries to them: one read of a 400,000-entry listing serves them all. Reads are
// asked for by anyone at any time; those asked for while one is under way, or in the same
// turn of the event loop, become one more read after it. The listing is parsed off the
// calling thread. It keeps no entries itself: a million of them take some 90 MB beside the
// rows made of them, and those who use them (the Blocklist tab until its rows show them, the
// Connections tab once shown) hold them as long as they need them, and nobody longer.
class BlocklistListing : public QObject
{
    Q_OBJECT

public:
    // Shared and never changed: hand it to other threads as it is.
    using Entries = std::shared_ptr<const QList<BlockedEntry>>;

    // The clients are not owned and must outlive the listing. client may make polkit
    // prompt; backgroundClient (may be null) never does, for the reads nobody asked for at
    // that moment. Without it, those go through client.
    explicit BlocklistListing(HelperClient *client, HelperClient *backgroundClient = nullptr,
                              QObject *parent = nullptr);
    ~BlocklistListing() override;

    // Reads the listing again because a person asked, or something they did changed it.
    void reload();
    // Reads it again for a poll: through the background client when there is one.
    void reloadInBackground();
    // Whether reloadInBackground() is sure never to prompt.
    bool hasBackgroundClient() const { return m_backgroundClient != nullptr; }

    // The entries of the last good read while someone it handed them to still holds them;
    // null when nobody does any more, and before the first read: then ask for a read.
    Entries entries() const { return m_last.lock(); }
    // How many entries the last good read brought; 0 before the first.
    qsizetype entryCount() const { return m_entryCount; }
    // Whether a read has succeeded yet.
    bool isLoaded() const { return m_loaded; }
    // Whether a read is under way or about to start.
    bool isReading() const { return m_inFlight || m_startQueued; }
    // Why the last read failed, in words for the administrator; empty when it did not. No
    // entries are handed out then: whoever holds those of the read before keeps showing them,
    // stale being closer than nothing.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void readStarted();
    // A read succeeded: entries is the helper's listing as it is now, which may be what it was
    // before. Keep them while they are needed: the listing does not. What did not change since
    // the read before shares its text with it if someone still holds that one, and a feed's
    // name is held once for all its networks.
    void entriesChanged(const Rampart::BlocklistListing::Entries &entries);
    // A read ended, well or not (errorString() says), after entriesChanged() if it brought
    // entries.
    void readFinished();

private:
    void request(bool interactive);
    void startRead();
    void finish(const QString &error);

    HelperClient *m_client;
    HelperClient *m_backgroundClient;
    // Only to hand them out again while someone holds them, and to share text with them.
    std::weak_ptr<const QList<BlockedEntry>> m_last;
    qsizetype m_entryCount = 0;
    QString m_error;
    bool m_loaded = false;
    bool m_inFlight = false;
    bool m_startQueued = false;
    // A read is wanted after the one under way; through client if anyone asked for one.
    bool m_wanted = false;
    bool m_wantedInteractive = false;
};

} // namespace Rampart
