#pragma once

#include "geo/geosettings.h"

#include <QMainWindow>
#include <QString>
#include <QTimer>

class QAction;
class QDBusError;
class QTabWidget;

namespace Rampart {

class BlocklistListing;
class BlocklistTab;
class ChangePermission;
class ConnectionsTab;
class FeedScheduler;
class FeedsTab;
class HelperClient;
class HelperStatusWidget;
class HistoryTab;
class MessageArea;

// The window an administrator keeps open: the Connections, Blocklist and Feeds tabs, the
// helper's state in the status bar, and the actions that change the firewall. Everything it
// knows comes from the helper client, asynchronously; the blocklist is read once for the tabs
// that show it.
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

    // The one place for messages, and whether the user may change the firewall; for tests.
    MessageArea *messageArea() const { return m_messages; }
    ChangePermission *changePermission() const { return m_permission; }

protected:
    // A countdown opened here by any dialog reports to the message area and refreshes the
    // tabs when the change is kept or rolled back, though the dialog that opened it is gone.
    void childEvent(QChildEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();

    void requestStatus();
    void openBlockDialog();
    void save();
    void chooseVerdict(const QString &verdict);
    // The countdowns of changes still waiting for confirmation, as when they were made.
    void showPendingConfirmations();
    void showAbout();
    void showSettings();
    // Hands the tabs the geolocation choices, and reads country feeds again when the
    // database they came from is no longer the one in use.
    void applyGeoSettings(const GeoSettings &settings, bool databaseChanged);
    void showHelperError(const QString &what, const QDBusError &error);
    void blocklistChanged(const QString &summary);

    void showVerdict();
    void updateActions();
    // Asks polkit whether this user may change the firewall; interactive lets it ask for
    // the password ("Authenticate Again").
    void checkAuthorization(bool interactive);
    // polkit refused a change: changes are greyed out and the message area says why, with a
    // way to authenticate again.
    void changeRefused(const QString &reason);
    void showRefusal();

    HelperClient *m_client;
    HelperClient *m_backgroundClient;
    BlocklistListing *m_listing;
    QTabWidget *m_tabs = nullptr;
    BlocklistTab *m_blocklistTab = nullptr;
    ConnectionsTab *m_connectionsTab = nullptr;
    FeedScheduler *m_feedScheduler = nullptr;
    FeedsTab *m_feedsTab = nullptr;
    HistoryTab *m_historyTab = nullptr;
    HelperStatusWidget *m_statusWidget;
    MessageArea *m_messages;
    ChangePermission *m_permission;
    bool m_checkingAuthorization = false;

    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_blockAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_dropAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_verdictCommandsAction = nullptr;
    QAction *m_verdictRollbackAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_settingsAction = nullptr;

    QTimer m_statusPoll;
    bool m_statusInFlight = false;
    QString m_verdict; // as the helper last said
};

} // namespace Rampart
