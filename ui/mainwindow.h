#pragma once

#include "geo/geosettings.h"

#include <QMainWindow>
#include <QSet>
#include <QString>
#include <QTimer>

class QAction;
class QDBusError;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace Rampart {

class BlocklistListing;
class BlocklistModel;
class BlocklistProxyModel;
class ConnectionsTab;
class FeedScheduler;
class FeedsTab;
class HelperClient;
class HelperStatusWidget;

// The window an administrator keeps open: the blocklist, the helper's state in the
// status bar, and the actions that change the firewall. Everything it knows comes from
// the helper client, asynchronously.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The clients are not owned and must outlive the window; tests pass them on a bus of
    // their own. backgroundClient, not interactive, does the work nobody asked for at that
    // moment (feeds refreshed on schedule, the Feeds tab's minute poll, the Connections tab's
    // blocklist poll) without ever making polkit prompt; without it feeds are refreshed only
    // when asked.
    explicit MainWindow(HelperClient *client, HelperClient *backgroundClient = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Asks the helper for its status and the blocklist again.
    void refresh();

private:
    void createActions();
    void createMenusAndToolBar();
    QWidget *createBlocklistTab();
    QWidget *createPlaceholderTab(const QString &explanation);

    void requestStatus();
    void applyListing();
    void listingRead();
    void openBlockDialog();
    void confirmUnblockSelected();
    void unblock(const QStringList &cidrs);
    void save();
    void chooseVerdict(const QString &verdict);
    void showAbout();
    void showSettings();
    // Hands the tabs the geolocation choices, and reads country feeds again when the
    // database they came from is no longer the one in use.
    void applyGeoSettings(const GeoSettings &settings, bool databaseChanged);
    void showHelperError(const QString &what, const QDBusError &error);
    void blocklistChanged(const QString &summary);

    void showVerdict();
    void updateActions();
    void updateCount();
    QStringList selectedCidrs() const;
    void rememberSelection();
    void restoreSelection();

    HelperClient *m_client;
    HelperClient *m_backgroundClient;
    BlocklistListing *m_listing;
    BlocklistModel *m_model;
    BlocklistProxyModel *m_proxy;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_blocklistTab = nullptr;
    ConnectionsTab *m_connectionsTab = nullptr;
    FeedScheduler *m_feedScheduler = nullptr;
    FeedsTab *m_feedsTab = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_listingProblem = nullptr;
    HelperStatusWidget *m_statusWidget;

    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_blockAction = nullptr;
    QAction *m_unblockAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_dropAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_settingsAction = nullptr;

    QTimer m_statusPoll;
    QTimer m_filterDelay;
    QTimer m_expiryRepaint;
    bool m_statusInFlight = false;
    // One comparison with the rows at a time; a listing read meanwhile is compared after.
    bool m_diffInFlight = false;
    bool m_diffAgain = false;
    bool m_applied = false;
    QString m_verdict; // as the helper last said
    QSet<QString> m_selectionToRestore;
};

} // namespace Rampart
