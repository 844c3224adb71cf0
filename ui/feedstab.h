#pragma once

#include "connections/blocktargets.h"
#include "dbus/helpertypes.h"
#include "feeds/feedrefresh.h"
#include "net/lockoutnetworks.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QDBusError;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Rampart {

class BlocklistListing;
class ChangePermission;
class FeedScheduler;
class FeedsModel;
class HelperClient;
class ImportFeedDialog;

// The Feeds tab: every feed with its health and schedule, and the actions on them (import,
// edit by double-click, refresh now, remove, allowlist). The list is read from the helper
// when the tab is shown, after every change, and every minute while it is visible. Each feed's
// packets, bytes and drop rate are its entries' in the blocklist listing, read again every few
// seconds while the tab is visible.
class FeedsTab : public QWidget
{
    Q_OBJECT

public:
    // Clients and scheduler are not owned. backgroundClient (may be null) reads the list on
    // the minute without ever prompting for a password.
    FeedsTab(HelperClient *client, HelperClient *backgroundClient, FeedScheduler *scheduler,
             QWidget *parent = nullptr);
    ~FeedsTab() override;

    // For the main window's Feeds menu.
    QAction *importAction() const { return m_importAction; }
    QAction *refreshNowAction() const { return m_refreshNowAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *allowlistAction() const { return m_allowlistAction; }
    // The changing actions are greyed out, with the reason, while the user may not change
    // the firewall. Not owned.
    void setChangePermission(const ChangePermission *permission);

    FeedsModel *model() const { return m_model; }

    // Where the feeds' hit counters come from; not owned, must outlive the tab. None unless
    // set.
    void setListing(BlocklistListing *listing);
    // How often the counters are read again while the tab is shown; tests shorten it.
    void setCounterRefreshInterval(int ms) { m_counterRefresh.setInterval(ms); }

    // Reads the list from the helper again (a person asked: may prompt for a password).
    void reload();
    void openImportDialog();
    // The Import Feed dialog for the country's networks ("country:US"), previewing at once;
    // the feed of that country when there is one already.
    void blockCountry(const QString &countryCode);
    // Reads every country feed again, as after the geolocation database changed.
    void refreshCountryFeeds();
    // What an import must not cover without asking (the lockout guard):
    // currentLockoutNetworks() unless set.
    void setLockoutNetworkSource(LockoutNetworkSource source);
    // Who is connected now, for the Import Feed dialog's preview; none unless set.
    void setConnectionsSource(ConnectionGroupSource source);
    void openEditDialog(const FeedInfo &feed);
    void openAllowlistDialog();

Q_SIGNALS:
    // For the status bar, in a sentence.
    void message(const QString &text);
    // What the firewall blocks changed (a feed was loaded, removed, or the allowlist moved).
    void blocklistChanged();
    // A feed was imported from elsewhere in the window: show the tab.
    void feedImported();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void requestFeeds(HelperClient *client);
    void confirmRemoveSelected();
    void remove(const QString &name);
    void refreshSelected();
    void refreshFinished(const QString &name, const FeedRefresh::Result &result);
    void feedsChanged(const QString &summary);
    void showHelperError(const QString &what, const QDBusError &error);
    void updateActions();
    void updateEmptyState();
    QList<FeedInfo> selectedFeeds() const;
    QStringList feedNames() const;
    ImportFeedDialog *createImportDialog();

    HelperClient *m_client;
    HelperClient *m_backgroundClient;
    FeedScheduler *m_scheduler;
    LockoutNetworkSource m_lockoutNetworks = [] {
        return currentLockoutNetworks();
    };
    ConnectionGroupSource m_connections;
    FeedsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_emptyHint;
    QLabel *m_listingProblem;
    QTableView *m_table;
    QPointer<ImportFeedDialog> m_importDialog;

    QAction *m_importAction;
    QAction *m_refreshNowAction;
    QAction *m_removeAction;
    QAction *m_allowlistAction;
    const ChangePermission *m_permission = nullptr;

    QTimer m_poll;
    QTimer m_counterRefresh;
    BlocklistListing *m_listing = nullptr;
    bool m_listingInFlight = false;
    bool m_listingAgain = false;
    bool m_loaded = false;
};

} // namespace Rampart
