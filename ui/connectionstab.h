#pragma once

#include "client/blocklistlisting.h"
#include "connections/blocktargets.h"
#include "connections/connectionaggregator.h"
#include "geo/geosettings.h"
#include "net/cidr.h"
#include "net/lockoutnetworks.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;
class QTableView;

namespace Rampart {

class ChangePermission;
class ConnectionsModel;
class ConnectionsMonitor;
class ConnectionsProxyModel;
class HelperClient;
class OnlineDetailsProvider;
struct ConnectionsRefresh;

// The Connections tab: who is connected to this machine right now, grouped by address or
// network or country, refreshed every few seconds while the tab is shown, and blocked or
// allowlisted with a right click. A ConnectionsMonitor takes and groups the snapshots off the
// GUI thread; the tab sets its options from the toolbar and applies only the difference to
// the model, so that the selection and the scroll position survive every refresh.
class ConnectionsTab : public QWidget
{
    Q_OBJECT

public:
    // The client and the listing are not owned and must outlive the tab. The listing says
    // which entry blocks each row: from its first show on, the tab hands every read's entries
    // to the monitor, which keeps a compact table of them (networks and sources) and lets the
    // entries go. At that first show it takes the last read's if someone still holds them,
    // and otherwise reads the listing; it reads it again after
    // every block, and every 30 seconds while shown if the listing has a background client
    // (which never makes polkit prompt).
    ConnectionsTab(HelperClient *client, BlocklistListing *listing, QWidget *parent = nullptr);
    ~ConnectionsTab() override;

    // What a block must not cover without asking (the lockout guard), read when a block is
    // about to be made: currentLockoutNetworks() unless set.
    void setLockoutNetworkSource(LockoutNetworkSource source);
    // The database to search for, and the online service (when on) for the Look Up City
    // and ISP action and the Online details column.
    void setGeoSettings(const GeoSettings &settings);

    // Where the snapshots come from and how they are grouped; its grouping, interval and
    // pause follow the toolbar.
    ConnectionsMonitor *monitor() const { return m_monitor; }

    // For the main window's View menu. Pause has Space; Refresh has no shortcut of its own,
    // because the window's F5 refreshes whichever tab is shown.
    QAction *pauseAction() const { return m_pauseAction; }
    // Whether the user may change the firewall: the menu's blocks and allowlisting are greyed
    // out, with the reason, when not. Not owned; may be null (changes always offered).
    void setChangePermission(const ChangePermission *permission);
    QAction *refreshAction() const { return m_refreshAction; }

    ConnectionsModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }

    // Takes a snapshot now, paused or not.
    void refreshNow();
    void focusFilter();

    // The remotes of the selected rows as text, for the Block dialog; empty when the rows
    // are countries, which have no remote.
    QStringList selectedAddresses() const;

    // The right-click menu for the selected rows, empty when none is selected. The caller
    // owns it.
    QMenu *createContextMenu(QWidget *parent);

Q_SIGNALS:
    // A block or an allowlist entry was made here: the blocklist changed.
    void blocklistChanged();
    // "Block All of <country>" was chosen: the country's networks are to become a feed.
    void blockCountryRequested(const QString &countryCode);
    // What a block, an allowlisting or an online lookup came to, for the window's one
    // message area.
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void useBlocklist(const BlocklistListing::Entries &entries);
    void applyRefresh(const ConnectionsRefresh &refresh);
    void applyGrouping();
    void updateTimers();
    void updateStatus();
    void showMessage(const QString &text);
    void gateChange(QAction *action) const;

    void addBlockMenus(QMenu *menu, const QList<Cidr> &remotes);
    // One action per country of the selected rows; false when none was added.
    bool addCountryBlockActions(QMenu *menu);
    // selected: the remotes of the rows the block was asked for; a block wider than them
    // says what else it cuts.
    void requestBlock(const QList<Cidr> &targets, quint32 seconds, const QList<Cidr> &selected);
    void askComment(const QList<Cidr> &targets, bool force);
    // force: also what the helper refuses without it, once the administrator said so.
    void block(const QList<Cidr> &targets, quint32 seconds, const QString &comment,
               bool force = false);
    void allow(const QList<Cidr> &targets);
    void copyAddresses();
    void lookUpOnline();
    void copyTable();
    void showContextMenu(const QPoint &position);

    QList<int> selectedSourceRows() const;
    QList<Cidr> selectedRemotes() const;
    Grouping currentGrouping() const;
    bool currentlyByCountry() const;

    HelperClient *m_client;
    BlocklistListing *m_listing;
    ConnectionsMonitor *m_monitor;
    ConnectionsModel *m_model;
    ConnectionsProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_interval;
    QComboBox *m_grouping;
    QSpinBox *m_threshold;
    QLabel *m_status;
    QAction *m_pauseAction;
    const ChangePermission *m_permission = nullptr;
    QAction *m_refreshAction;

    LockoutNetworkSource m_lockoutNetworks;

    // Only while online details are on.
    OnlineDetailsProvider *m_online = nullptr;

    QTimer m_listingTimer;
    bool m_shownBefore = false;
    bool m_loaded = false;

    // What the status line says about the last refresh.
    QString m_snapshotError;
    QString m_snapshotSourceName;
    QString m_geoError;
    qsizetype m_sockets = 0;
    qint64 m_snapshotMs = 0;
    qint64 m_aggregateMs = 0;
    qint64 m_applyMs = 0;
};

} // namespace Rampart
