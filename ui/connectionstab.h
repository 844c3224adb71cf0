#pragma once

#include "client/helperclient.h"
#include "connections/blocktargets.h"
#include "connections/connectionaggregator.h"
#include "connections/socketsnapshot.h"
#include "geo/geosettings.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;
class QTableView;

namespace Rampart {

class ConnectionsModel;
class GeoCache;
class OnlineDetailsProvider;
class ConnectionsProxyModel;

// The Connections tab: who is connected to this machine right now, grouped by address or
// network or country, refreshed every few seconds while the tab is shown, and blocked or
// allowlisted with a right click. Snapshots are taken and grouped on a worker thread; the GUI
// thread only applies the difference to the model, so that the selection and the scroll position
// survive every refresh.
class ConnectionsTab : public QWidget
{
    Q_OBJECT

public:
    // Called on a worker thread: must not touch widgets or unguarded shared state.
    using SnapshotSource = std::function<SocketSnapshot()>;
    // What a block must not cover without asking; read when a block is about to be made.
    using ProtectedAddressSource = std::function<QList<ProtectedAddress>()>;

    // The clients are not owned and must outlive the tab. backgroundClient (may be null)
    // reads the blocklist every 30 seconds without ever making polkit prompt; without it,
    // the blocklist is read when the tab is first shown and after a block.
    explicit ConnectionsTab(HelperClient *client, HelperClient *backgroundClient = nullptr,
                            QWidget *parent = nullptr);
    ~ConnectionsTab() override;

    void setSnapshotSource(SnapshotSource source);
    void setProtectedAddressSource(ProtectedAddressSource source);
    // The geolocation database for the Country column: this file only, instead of the
    // first found along GeoDatabase::databaseSearchPath(). Opened by the next refresh.
    void setGeoDatabasePath(const QString &path);
    // The database to search for, and the online service (when on) for the Look Up City
    // and ISP action and the Online details column.
    void setGeoSettings(const GeoSettings &settings);

    // For the main window's View menu. Pause has Space; Refresh has no shortcut of its own,
    // because the window's F5 refreshes whichever tab is shown.
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    ConnectionsModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }

    // Takes a snapshot now, paused or not.
    void refreshNow();
    // Reads the blocklist from the helper again, for the Blocked by column.
    void reloadBlocklist();
    void focusFilter();

    // The right-click menu for the selected rows, empty when none is selected. The caller
    // owns it.
    QMenu *createContextMenu(QWidget *parent);

Q_SIGNALS:
    // A block or an allowlist entry was made here: the blocklist changed.
    void blocklistChanged();
    // "Block All of <country>" was chosen: the country's networks are to become a feed.
    void blockCountryRequested(const QString &countryCode);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Refresh;

    void startRefresh();
    void applyRefresh(const Refresh &refresh);
    void updateTimers();
    void updateStatus();
    void showMessage(const QString &text);

    void addBlockMenus(QMenu *menu, const QList<Cidr> &remotes);
    // One action per country of the selected rows; false when none was added.
    bool addCountryBlockActions(QMenu *menu);
    void requestBlock(const QList<Cidr> &targets, quint32 seconds);
    void askComment(const QList<Cidr> &targets);
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
    HelperClient *m_backgroundClient;
    ConnectionsModel *m_model;
    ConnectionsProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_interval;
    QComboBox *m_grouping;
    QSpinBox *m_threshold;
    QLabel *m_status;
    QLabel *m_message;
    QAction *m_pauseAction;
    QAction *m_refreshAction;

    SnapshotSource m_snapshotSource;
    ProtectedAddressSource m_protectedAddresses;

    // Used by one worker at a time; shared so that a worker outliving the tab still has it.
    std::shared_ptr<ConnectionAggregator> m_aggregator;
    // Likewise; it opens its database on the worker, at the first refresh.
    std::shared_ptr<GeoCache> m_geo;
    // Only while online details are on.
    OnlineDetailsProvider *m_online = nullptr;
    // A blocklist read since the last refresh, for the next worker to hand the aggregator.
    std::shared_ptr<const QList<BlockedEntry>> m_newBlocklist;

    QTimer m_snapshotTimer;
    QTimer m_listingTimer;
    QTimer m_messageTimer;
    bool m_refreshInFlight = false;
    bool m_refreshAgain = false;
    bool m_listingInFlight = false;
    bool m_listingAgain = false;
    bool m_listingRequested = false;
    bool m_loaded = false;

    // What the status line says about the last refresh and listing.
    QString m_snapshotError;
    QString m_snapshotSourceName;
    QString m_listingError;
    QString m_geoError;
    qsizetype m_sockets = 0;
    qint64 m_snapshotMs = 0;
    qint64 m_aggregateMs = 0;
    qint64 m_applyMs = 0;
};

} // namespace Rampart
