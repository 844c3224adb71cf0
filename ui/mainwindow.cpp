#include "mainwindow.h"

#include "blockdialog.h"
#include "blocklisttab.h"
#include "changepermission.h"
#include "client/authorizationcheck.h"
#include "client/blocklistlisting.h"
#include "client/helperclient.h"
#include "client/pendingreply.h"
#include "commandsdialog.h"
#include "confirmdialog.h"
#include "confirmwithinfield.h"
#include "connections/connectionsmonitor.h"
#include "connectionstab.h"
#include "feeds/countryfeed.h"
#include "feeds/feedscheduler.h"
#include "feedstab.h"
#include "geo/geodatabase.h"
#include "geo/geosettings.h"
#include "helperstatuswidget.h"
#include "historytab.h"
#include "messagearea.h"
#include "settingsdialog.h"
#include "uicommon.h"

#include <QAction>
#include <QActionGroup>
#include <QChildEvent>
#include <QDBusError>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QIcon>
#include <QKeySequence>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

namespace Rampart {

namespace {

// The verdict a Show Commands item previews the switch to: DROP while REJECT is in force,
// REJECT otherwise.
QString otherVerdict(const QString &verdict)
{
    return verdict == QLatin1String("REJECT") ? QStringLiteral("DROP") : QStringLiteral("REJECT");
}

constexpr int statusPollMs = 10 * 1000;

} // namespace

MainWindow::MainWindow(HelperClient *client, HelperClient *backgroundClient, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_backgroundClient(backgroundClient)
    , m_listing(new BlocklistListing(client, backgroundClient, this))
    , m_statusWidget(new HelperStatusWidget(this))
    , m_messages(new MessageArea(this))
    , m_permission(new ChangePermission(this))
{
    setWindowTitle(tr("Rampart"));

    createActions();
    m_blocklistTab = new BlocklistTab(m_client, m_listing, this);
    connect(m_blocklistTab, &BlocklistTab::progress, this, [this](const QString &text) {
        if (text.isEmpty())
            m_messages->clearProgress();
        else
            m_messages->showProgress(text);
    });
    connect(m_blocklistTab, &BlocklistTab::blocklistChanged, this, &MainWindow::blocklistChanged);
    connect(m_blocklistTab, &BlocklistTab::helperFailed, this, &MainWindow::showHelperError);
    m_connectionsTab = new ConnectionsTab(m_client, m_listing, this);
    // The window's own Refresh (F5) takes a snapshot when the tab is shown: one button is
    // enough.
    m_connectionsTab->refreshAction()->setVisible(false);
    // A block from a right click: the Blocklist tab and the status bar's counts moved.
    connect(m_connectionsTab, &ConnectionsTab::blocklistChanged, this, &MainWindow::refresh);
    connect(m_connectionsTab, &ConnectionsTab::message, m_messages, &MessageArea::showInformation);
    m_feedScheduler = new FeedScheduler(m_client, m_backgroundClient, this);
    m_feedsTab = new FeedsTab(m_client, m_backgroundClient, m_feedScheduler, this);
    m_feedsTab->setListing(m_listing);
    connect(m_feedsTab, &FeedsTab::message, this,
            [this](const QString &text) { m_messages->showInformation(text); });
    // Feeds fill kernel sets of their own: the status bar's counts moved.
    connect(m_feedsTab, &FeedsTab::blocklistChanged, this, &MainWindow::refresh);
    connect(m_connectionsTab, &ConnectionsTab::blockCountryRequested, m_feedsTab,
            &FeedsTab::blockCountry);
    // An import's preview says whom the list would cut off, from the last refresh shown.
    m_feedsTab->setConnectionsSource([this] {
        QList<ConnectionGroup> groups;
        for (const LocatedGroup &located : m_connectionsTab->monitor()->lastGoodRefresh().groups)
            groups << located.group;
        return groups;
    });
    m_historyTab = new HistoryTab(m_client, this);
    connect(m_historyTab, &HistoryTab::blocklistChanged, this, &MainWindow::blocklistChanged);
    connect(m_historyTab, &HistoryTab::helperFailed, this, &MainWindow::showHelperError);
    connect(m_historyTab, &HistoryTab::message, this,
            [this](const QString &text) { m_messages->showInformation(text); });
    m_connectionsTab->setGeoSettings(GeoSettings::load());
    createMenusAndToolBar();
    showPendingConfirmations();

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_connectionsTab, tr("Connections"));
    m_tabs->addTab(m_blocklistTab, tr("Blocklist"));
    m_tabs->addTab(m_feedsTab, tr("Feeds"));
    connect(m_feedsTab, &FeedsTab::feedImported, this,
            [this] { m_tabs->setCurrentWidget(m_feedsTab); });
    m_tabs->addTab(m_historyTab, tr("History"));
    // Who is connected now is what an administrator under attack looks at first.
    m_tabs->setCurrentWidget(m_connectionsTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    setCentralWidget(m_tabs);

    // One message at a time, in the room the status widget leaves.
    statusBar()->addWidget(m_messages, 1);
    statusBar()->addPermanentWidget(m_statusWidget);

    m_blocklistTab->setChangePermission(m_permission);
    m_connectionsTab->setChangePermission(m_permission);
    m_feedsTab->setChangePermission(m_permission);
    m_historyTab->setChangePermission(m_permission);
    connect(m_permission, &ChangePermission::changed, this, &MainWindow::updateActions);
    connect(m_client, &HelperClient::changeRefused, this, &MainWindow::changeRefused);

    m_statusPoll.setInterval(statusPollMs);
    connect(&m_statusPoll, &QTimer::timeout, this, &MainWindow::requestStatus);
    m_statusPoll.start();

    resize(1000, 640);
    updateActions();
    refresh();
    checkAuthorization(false);
    m_feedScheduler->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction =
        new QAction(themeIcon("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"), this);
    // Spelled out: QKeySequence::Quit is empty on desktops without their own key theme.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction =
        new QAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView), tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Filter the blocklist by address, source or comment"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_connectionsTab) {
            m_connectionsTab->focusFilter();
            return;
        }
        m_tabs->setCurrentWidget(m_blocklistTab);
        m_blocklistTab->focusFilter();
    });

    m_refreshAction =
        new QAction(themeIcon("view-refresh", QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setStatusTip(tr("Ask the helper for its status and the blocklist again"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        refresh();
        if (m_tabs->currentWidget() == m_feedsTab)
            m_feedsTab->reload();
        else if (m_tabs->currentWidget() == m_connectionsTab)
            m_connectionsTab->refreshNow();
    });

    m_blockAction =
        new QAction(themeIcon("security-high", QStyle::SP_BrowserStop), tr("&Block…"), this);
    m_blockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_blockAction->setStatusTip(tr("Block addresses or networks typed or pasted by hand"));
    connect(m_blockAction, &QAction::triggered, this, &MainWindow::openBlockDialog);

    // Every change is in the store the moment the helper answers: there is nothing to save.
    // What this adds is repair: the kernel made to match the store again after someone
    // changed the sets or rules by hand.
    m_saveAction = new QAction(themeIcon("view-refresh", QStyle::SP_BrowserReload),
                               tr("Re&apply to Kernel"), this);
    m_saveAction->setStatusTip(
        tr("Every change is stored as it is made. This puts back into the kernel what is "
           "missing there, removes what the store does not have and restores the rules, "
           "after ipset or iptables were changed by hand."));
    m_saveAction->setToolTip(m_saveAction->statusTip());
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    auto *verdicts = new QActionGroup(this);
    m_dropAction = new QAction(tr("&Drop (discard silently)"), verdicts);
    m_dropAction->setStatusTip(tr("Packets from blocked sources are discarded without an answer"));
    m_rejectAction = new QAction(tr("&Reject (answer with an error)"), verdicts);
    m_rejectAction->setStatusTip(
        tr("Packets from blocked sources are refused with an error, so that they give up at "
           "once"));
    for (QAction *action : { m_dropAction, m_rejectAction })
        action->setCheckable(true);
    connect(m_dropAction, &QAction::triggered, this,
            [this] { chooseVerdict(QStringLiteral("DROP")); });
    connect(m_rejectAction, &QAction::triggered, this,
            [this] { chooseVerdict(QStringLiteral("REJECT")); });
    m_verdictRollbackAction = new QAction(tr("Roll Back Unless &Confirmed"), this);
    m_verdictRollbackAction->setObjectName(QStringLiteral("verdictRollback"));
    m_verdictRollbackAction->setCheckable(true);
    m_verdictRollbackAction->setStatusTip(
        tr("A verdict change is undone by the helper unless you keep it within %n second(s)",
           nullptr, ConfirmWithinField::defaultSeconds));
    // The script switching to the other verdict would run (showVerdict() names it).
    m_verdictCommandsAction = new QAction(this);
    m_verdictCommandsAction->setObjectName(QStringLiteral("verdictCommandsAction"));
    connect(m_verdictCommandsAction, &QAction::triggered, this, [this] {
        const QString other = otherVerdict(m_verdict);
        CommandsDialog::open(tr("Verdict %1").arg(other), m_client->setVerdictCommands(other),
                             this);
    });
    showVerdict();

    m_aboutAction = new QAction(themeIcon("help-about", QStyle::SP_MessageBoxInformation),
                                tr("&About Rampart"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_settingsAction = new QAction(themeIcon("configure", QStyle::SP_FileDialogDetailedView),
                                   tr("&Configure Rampart…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_historyTab->undoAction());
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_connectionsTab->pauseAction());

    QMenu *firewall = menuBar()->addMenu(tr("F&irewall"));
    // A change greyed out says why in its tooltip.
    for (QMenu *menu : { edit, firewall })
        menu->setToolTipsVisible(true);
    firewall->addAction(m_blockAction);
    firewall->addAction(m_blocklistTab->unblockAction());
    firewall->addSeparator();
    firewall->addAction(m_saveAction);
    firewall->addSection(tr("Verdict for Blocked Sources"));
    firewall->addAction(m_dropAction);
    firewall->addAction(m_rejectAction);
    firewall->addAction(m_verdictRollbackAction);
    firewall->addAction(m_verdictCommandsAction);

    QMenu *feeds = menuBar()->addMenu(tr("Fee&ds"));
    feeds->setToolTipsVisible(true);
    feeds->addAction(m_feedsTab->importAction());
    feeds->addAction(m_feedsTab->refreshNowAction());
    feeds->addAction(m_feedsTab->removeAction());
    feeds->addSeparator();
    feeds->addAction(m_feedsTab->allowlistAction());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_settingsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_blockAction);
}

void MainWindow::refresh()
{
    requestStatus();
    m_listing->reload();
    // Only what is newer than the rows shown.
    m_historyTab->refresh();
}

void MainWindow::requestStatus()
{
    // A call may wait minutes on an authentication dialog; polls do not pile up behind it.
    if (m_statusInFlight)
        return;
    m_statusInFlight = true;
    whenAnswered(m_client->status(), this, [this](const QDBusPendingCall &call) {
        m_statusInFlight = false;
        const QDBusPendingReply<HelperStatus> reply = call;
        if (reply.isError()) {
            m_statusWidget->showError(reply.error());
            m_verdict.clear();
            showVerdict();
            return;
        }
        const HelperStatus status = reply.value();
        m_statusWidget->showStatus(status);
        m_verdict = status.verdict;
        showVerdict();
        // Entries expire, and rampartctl or another administrator change the blocklist too.
        qint64 stored = 0;
        for (const SetStatus &set : status.sets)
            stored += set.storeEntries;
        if (!m_listing->isReading()
            && (!m_listing->isLoaded() || stored != m_listing->entryCount()))
            m_listing->reload();
    });
}

void MainWindow::openBlockDialog()
{
    auto *dialog = new BlockDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What is selected is what the administrator means: attackers to block in Connections,
    // entries to unblock in the Blocklist.
    if (m_tabs->currentWidget() == m_connectionsTab)
        dialog->setEntries(m_connectionsTab->selectedAddresses());
    else if (m_tabs->currentWidget() == m_blocklistTab)
        dialog->setEntries(m_blocklistTab->selectedCidrs());
    connect(dialog, &BlockDialog::blocklistChanged, this, &MainWindow::blocklistChanged);
    dialog->open();
}

void MainWindow::save()
{
    m_messages->showProgress(tr("Reapplying the stored blocklist to the kernel…"));
    whenAnswered(m_client->save(), this, [this](const QDBusPendingCall &call) {
        const QDBusPendingReply<qlonglong> reply = call;
        if (reply.isError()) {
            m_messages->clearProgress();
            showHelperError(tr("The stored blocklist was not reapplied."), reply.error());
            return;
        }
        blocklistChanged(
            tr("Reapplied at %1: the kernel matches the store.")
                .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(reply.value()).time(),
                                        QLocale::ShortFormat)));
    });
}

void MainWindow::chooseVerdict(const QString &verdict)
{
    if (verdict == m_verdict)
        return;
    const quint32 waitSeconds =
        m_verdictRollbackAction->isChecked() ? ConfirmWithinField::defaultSeconds : 0;
    whenAnswered(
        m_client->setVerdict(verdict, waitSeconds), this,
        [this, verdict, waitSeconds](const QDBusPendingCall &call) {
            const QDBusPendingReply<qlonglong> reply = call;
            if (reply.isError()) {
                showVerdict(); // back to what the helper said last
                showHelperError(tr("The verdict was not changed."), reply.error());
                return;
            }
            m_verdict = verdict;
            const QString summary = verdict == QLatin1String("DROP")
                ? tr("Packets from blocked sources are now dropped.")
                : tr("Packets from blocked sources are now rejected.");
            blocklistChanged(summary);
            if (waitSeconds && reply.value()) {
                auto *countdown =
                    ConfirmDialog::showFor(m_client, reply.value(), waitSeconds, summary, this);
                connect(countdown, &ConfirmDialog::rolledBack, this, &MainWindow::blocklistChanged);
            }
        });
}

void MainWindow::showPendingConfirmations()
{
    whenAnswered(m_client->pendingConfirmations(), this, [this](const QDBusPendingCall &call) {
        const QDBusPendingReply<QList<PendingConfirmation>> reply = call;
        // Nothing to show, or no right to read it: the helper rolls back all the same.
        if (reply.isError())
            return;
        for (const PendingConfirmation &pending : reply.value()) {
            const QString change = pending.detail.isEmpty()
                ? pending.action
                : QStringLiteral("%1: %2").arg(pending.action, pending.detail);
            auto *countdown =
                new ConfirmDialog(m_client, pending.historyId,
                                  QDateTime::fromSecsSinceEpoch(pending.deadline), change, this);
            countdown->setAttribute(Qt::WA_DeleteOnClose);
            connect(countdown, &ConfirmDialog::rolledBack, this, &MainWindow::blocklistChanged);
            countdown->show();
        }
    });
}

void MainWindow::showVerdict()
{
    m_dropAction->setChecked(m_verdict == QLatin1String("DROP"));
    m_rejectAction->setChecked(m_verdict == QLatin1String("REJECT"));
    m_verdictCommandsAction->setText(otherVerdict(m_verdict) == QLatin1String("REJECT")
                                         ? tr("Show Commands for Reject…")
                                         : tr("Show Commands for Drop…"));
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setWindowTitle(tr("About Rampart"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    // Opening a database maps the file and reads its metadata: a few milliseconds.
    const GeoDatabase database = GeoDatabase::openFirst(GeoSettings::load().searchPath());
    const QString geolocation = database.isOpen()
        ? tr("<p>Geolocation: %1, built %2.</p>")
              .arg(database.path().toHtmlEscaped(),
                   QLocale().toString(database.buildDate().date(), QLocale::ShortFormat))
        : tr("<p>Geolocation: no database (%1).</p>").arg(database.errorString().toHtmlEscaped());
    box->setText(tr("<h3>Rampart %1</h3>"
                    "<p>Blocks abusive addresses and networks in the kernel firewall, by hand "
                    "or from public blocklists, and puts them back at boot.</p>"
                    "<p>Every change goes through a small root helper that asks polkit "
                    "first.</p>")
                     .arg(QStringLiteral(RAMPART_VERSION))
                 + geolocation
                 + tr("<p>The default country database is geo-whois-asn-country from "
                      "ip-location-db, made from data of the Number Resource Organization "
                      "(NRO), licensed under CC BY 4.0.</p>"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showSettings()
{
    const GeoSettings before = GeoSettings::load();
    auto *dialog = new SettingsDialog(before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const GeoSettings after = dialog->settings();
        if (after == before)
            return;
        after.save();
        // Metadata only: a few milliseconds for both.
        const bool databaseChanged =
            geoDatabaseIdentity(GeoDatabase::openFirst(before.searchPath()))
            != geoDatabaseIdentity(GeoDatabase::openFirst(after.searchPath()));
        applyGeoSettings(after, databaseChanged);
    });
    dialog->open();
}

void MainWindow::applyGeoSettings(const GeoSettings &settings, bool databaseChanged)
{
    m_connectionsTab->setGeoSettings(settings);
    if (databaseChanged)
        m_feedsTab->refreshCountryFeeds();
}

void MainWindow::showHelperError(const QString &what, const QDBusError &error)
{
    // polkit said no: one line with a way to authenticate again, not a box to click away.
    if (error.type() == QDBusError::AccessDenied) {
        m_permission->refuse(error.message());
        showRefusal();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Rampart"), what, QMessageBox::Ok, this);
    box->setInformativeText(HelperClient::describe(error));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    // The helper's state may be why; the status bar should say so at once.
    requestStatus();
}

void MainWindow::childEvent(QChildEvent *event)
{
    QMainWindow::childEvent(event);
    // Polished, not added: a child is added before it is a ConfirmDialog.
    if (event->type() != QEvent::ChildPolished)
        return;
    if (auto *countdown = qobject_cast<ConfirmDialog *>(event->child())) {
        connect(countdown, &ConfirmDialog::kept, this, &MainWindow::blocklistChanged,
                Qt::UniqueConnection);
        connect(countdown, &ConfirmDialog::rolledBack, this, &MainWindow::blocklistChanged,
                Qt::UniqueConnection);
    }
}

void MainWindow::blocklistChanged(const QString &summary)
{
    m_messages->showInformation(summary);
    refresh();
}

void MainWindow::checkAuthorization(bool interactive)
{
    if (m_checkingAuthorization)
        return;
    m_checkingAuthorization = true;
    if (interactive)
        m_messages->showProgress(tr("Waiting for authentication…"));
    whenAnswered(
        Authorization::check(m_client->connection(), QString::fromLatin1(manageAction),
                             interactive),
        this, [this, interactive](const QDBusPendingCall &call) {
            m_checkingAuthorization = false;
            const Authorization answer = Authorization::fromReply(call);
            m_permission->setAuthorization(answer);
            m_statusWidget->showAccess(m_permission->authorization(), m_permission->reason());
            if (!interactive)
                return;
            if (answer.state == Authorization::State::Authorized)
                m_messages->showInformation(tr("Authenticated: you may change the "
                                               "firewall."));
            else if (answer.state == Authorization::State::Unknown)
                m_messages->showError(tr("polkit could not be asked: %1").arg(answer.error),
                                      tr("Authenticate Again"),
                                      [this] { checkAuthorization(true); });
            else
                showRefusal();
        });
}

void MainWindow::changeRefused(const QString &reason)
{
    m_permission->refuse(reason);
    m_statusWidget->showAccess(m_permission->authorization(), m_permission->reason());
    showRefusal();
}

void MainWindow::showRefusal()
{
    m_statusWidget->showAccess(m_permission->authorization(), m_permission->reason());
    if (m_permission->allowed())
        return;
    // A user polkit never lets in gains nothing from another password prompt.
    if (m_permission->authorization() == Authorization::State::Denied)
        m_messages->showError(m_permission->reason());
    else
        m_messages->showError(m_permission->reason(), tr("Authenticate Again"),
                              [this] { checkAuthorization(true); });
}

void MainWindow::updateActions()
{
    ChangePermission::apply(m_permission, m_blockAction, true);
    ChangePermission::apply(m_permission, m_saveAction, true);
    ChangePermission::apply(m_permission, m_dropAction, true);
    ChangePermission::apply(m_permission, m_rejectAction, true);
    // Space pauses the connections only where they are shown; elsewhere it is free.
    m_connectionsTab->pauseAction()->setEnabled(m_tabs
                                                && m_tabs->currentWidget() == m_connectionsTab);
}

} // namespace Rampart
