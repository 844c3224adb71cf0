#include "mainwindow.h"

#include "settingsdialog.h"

#include "blockdialog.h"
#include "blocklistmodel.h"
#include "blocklistproxymodel.h"
#include "client/helperclient.h"
#include "client/pendingreply.h"
#include "connectionstab.h"
#include "feeds/countryfeed.h"
#include "feeds/feedscheduler.h"
#include "feedstab.h"
#include "geo/geodatabase.h"
#include "geo/geosettings.h"
#include "helperstatuswidget.h"
#include "settingsdialog.h"
#include "time/duration.h"
#include "uicommon.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Rampart {

namespace {

constexpr int statusPollMs = 10 * 1000;
// Long enough not to filter a million rows at every keystroke.
constexpr int filterDelayMs = 200;
// Expiry is shown to the minute.
constexpr int expiryRepaintMs = 30 * 1000;
constexpr int messageTimeoutMs = 10 * 1000;
// The confirmation names this many entries; the count covers all.
constexpr int maxNamedEntries = 8;

struct Listing
{
    QString error;
    BlocklistModel::Update update;
};

} // namespace

MainWindow::MainWindow(HelperClient *client, HelperClient *backgroundClient, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_backgroundClient(backgroundClient)
    , m_model(new BlocklistModel(this))
    , m_proxy(new BlocklistProxyModel(this))
    , m_statusWidget(new HelperStatusWidget(this))
{
    setWindowTitle(tr("Rampart"));

    // Before the proxy connects, so that the selection is read while it still exists.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &MainWindow::rememberSelection);
    m_proxy->setSourceModel(m_model);
    // After the proxy has sorted the new rows.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::restoreSelection);

    createActions();
    m_connectionsTab = new ConnectionsTab(m_client, m_backgroundClient, this);
    // The window's own Refresh (F5) takes a snapshot when the tab is shown: one button is
    // enough.
    m_connectionsTab->refreshAction()->setVisible(false);
    // A block from a right click: the Blocklist tab and the status bar's counts moved.
    connect(m_connectionsTab, &ConnectionsTab::blocklistChanged, this, &MainWindow::refresh);
    m_feedScheduler = new FeedScheduler(m_client, m_backgroundClient, this);
    m_feedsTab = new FeedsTab(m_client, m_backgroundClient, m_feedScheduler, this);
    connect(m_feedsTab, &FeedsTab::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, messageTimeoutMs); });
    // Feeds fill kernel sets of their own: the status bar's counts moved.
    connect(m_feedsTab, &FeedsTab::blocklistChanged, this, &MainWindow::refresh);
    connect(m_connectionsTab, &ConnectionsTab::blockCountryRequested, m_feedsTab,
            &FeedsTab::blockCountry);
    m_connectionsTab->setGeoSettings(GeoSettings::load());
    createMenusAndToolBar();

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_connectionsTab, tr("Connections"));
    m_blocklistTab = createBlocklistTab();
    m_tabs->addTab(m_blocklistTab, tr("Blocklist"));
    m_tabs->addTab(m_feedsTab, tr("Feeds"));
    connect(m_feedsTab, &FeedsTab::feedImported, this,
            [this] { m_tabs->setCurrentWidget(m_feedsTab); });
    m_tabs->addTab(createPlaceholderTab(tr("Who changed the blocklist, what and when will be "
                                           "shown here, with Undo.")),
                   tr("History"));
    // The one tab with content so far.
    m_tabs->setCurrentWidget(m_blocklistTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    setCentralWidget(m_tabs);

    statusBar()->addPermanentWidget(m_statusWidget);

    m_statusPoll.setInterval(statusPollMs);
    connect(&m_statusPoll, &QTimer::timeout, this, &MainWindow::requestStatus);
    m_statusPoll.start();
    m_expiryRepaint.setInterval(expiryRepaintMs);
    connect(&m_expiryRepaint, &QTimer::timeout, m_table->viewport(), qOverload<>(&QWidget::update));
    m_expiryRepaint.start();

    resize(1000, 640);
    updateActions();
    updateCount();
    refresh();
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
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
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

    m_unblockAction = new QAction(themeIcon("list-remove", QStyle::SP_DialogDiscardButton),
                                  tr("&Unblock Selected"), this);
    m_unblockAction->setShortcut(QKeySequence::Delete);
    m_unblockAction->setStatusTip(tr("Remove the selected entries from the blocklist"));
    connect(m_unblockAction, &QAction::triggered, this, &MainWindow::confirmUnblockSelected);

    m_saveAction =
        new QAction(themeIcon("document-save", QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(
        tr("Bring the kernel in line with the store, put missing rules back and write the "
           "store to disk"));
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
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_connectionsTab->pauseAction());

    QMenu *firewall = menuBar()->addMenu(tr("F&irewall"));
    firewall->addAction(m_blockAction);
    firewall->addAction(m_unblockAction);
    firewall->addSeparator();
    firewall->addAction(m_saveAction);
    firewall->addSection(tr("Verdict for Blocked Sources"));
    firewall->addAction(m_dropAction);
    firewall->addAction(m_rejectAction);

    QMenu *feeds = menuBar()->addMenu(tr("Fee&ds"));
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

QWidget *MainWindow::createPlaceholderTab(const QString &explanation)
{
    auto *page = new QWidget(this);
    auto *label = new QLabel(explanation, page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMaximumWidth(label->fontMetrics().averageCharWidth() * 60);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(label);
    return page;
}

QWidget *MainWindow::createBlocklistTab()
{
    auto *page = new QWidget(this);

    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by address, source or comment (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(filterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this, [this] {
        m_proxy->setFilterText(m_filter->text().trimmed());
        updateCount();
    });

    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("count"));

    m_listingProblem = new QLabel(page);
    m_listingProblem->setObjectName(QStringLiteral("listingProblem"));
    m_listingProblem->setWordWrap(true);
    m_listingProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listingProblem->hide();

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("blocklist"));
    m_table->setModel(m_proxy);
    setUpRowTable(m_table);
    m_table->sortByColumn(BlocklistModel::EntryColumn, Qt::AscendingOrder);

    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(BlocklistModel::CommentColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 4;
    const QLocale locale;
    header->resizeSection(BlocklistModel::EntryColumn,
                          metrics.horizontalAdvance(QStringLiteral("2001:db8:ffff:ffff::/64"))
                              + padding);
    header->resizeSection(BlocklistModel::SourceColumn,
                          metrics.horizontalAdvance(QStringLiteral("firehol_level1")) + padding);
    int expiresWidth = 0;
    for (const qint64 seconds : { qint64(6 * 86400 + 23 * 3600), qint64(23 * 3600 + 59 * 60) }) {
        expiresWidth = std::max(
            expiresWidth,
            metrics.horizontalAdvance(BlocklistModel::tr("in %1").arg(formatDuration(seconds))));
    }
    header->resizeSection(BlocklistModel::ExpiresColumn, expiresWidth + padding);
    header->resizeSection(BlocklistModel::PacketsColumn,
                          metrics.horizontalAdvance(locale.toString(qulonglong(9'999'999'999)))
                              + padding);
    header->resizeSection(BlocklistModel::CreatedColumn,
                          metrics.horizontalAdvance(locale.toString(
                              QDateTime(QDate(2000, 12, 31), QTime(23, 59)), QLocale::ShortFormat))
                              + padding);

    auto *copyAction =
        new QAction(themeIcon("edit-copy", QStyle::SP_FileIcon), tr("&Copy Entries"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedCidrs().join(u'\n')); });
    m_table->addAction(m_unblockAction);
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_filter->setFocus(); });

    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_listingProblem);
    layout->addWidget(m_table, 1);
    return page;
}

void MainWindow::refresh()
{
    requestStatus();
    requestListing();
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
        if (!m_listingInFlight && (!m_listingLoaded || stored != m_model->rowCount()))
            requestListing();
    });
}

void MainWindow::requestListing()
{
    if (m_listingInFlight) {
        m_listingAgain = true;
        return;
    }
    m_listingInFlight = true;
    m_listingAgain = false;
    updateCount();

    whenAnswered(m_client->list(), this, [this](const QDBusPendingCall &call) {
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = call;
        const auto done = [this](const QString &error) {
            m_listingInFlight = false;
            m_listingLoaded = m_listingLoaded || error.isEmpty();
            m_listingProblem->setText(tr("The blocklist could not be read. %1").arg(error));
            m_listingProblem->setVisible(!error.isEmpty());
            updateCount();
            if (m_listingAgain)
                requestListing();
        };
        if (reply.isError()) {
            done(HelperClient::describe(reply.error()));
            return;
        }

        // Reading and comparing a million rows takes a while: off the GUI thread, against a
        // snapshot of the rows, applied only if nothing changed the model meanwhile.
        auto *reading = new QFutureWatcher<Listing>(this);
        connect(reading, &QFutureWatcherBase::finished, this, [this, reading, done] {
            reading->deleteLater();
            const Listing listing = reading->result();
            if (listing.error.isEmpty() && !m_model->apply(listing.update))
                m_listingAgain = true;
            done(listing.error);
        });
        reading->setFuture(QtConcurrent::run([file = reply.value(), rows = m_model->rows(),
                                              generation = m_model->generation()]() mutable {
            Listing listing;
            const QList<BlockedEntry> entries = HelperClient::readListing(file, &listing.error);
            if (listing.error.isEmpty())
                listing.update = BlocklistModel::diff(rows, generation, entries);
            // Let go of the snapshot here, so that applying the update does not copy
            // every row.
            rows = {};
            return listing;
        }));
    });
}

void MainWindow::openBlockDialog()
{
    auto *dialog = new BlockDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BlockDialog::blocklistChanged, this, &MainWindow::blocklistChanged);
    dialog->open();
}

void MainWindow::confirmUnblockSelected()
{
    const QStringList cidrs = selectedCidrs();
    if (cidrs.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unblock Entries"),
                                tr("Unblock %Ln selected entry(ies)?", nullptr, int(cidrs.size())),
                                QMessageBox::NoButton, this);
    QStringList named = cidrs.mid(0, maxNamedEntries);
    if (cidrs.size() > maxNamedEntries)
        named << tr("and %Ln more", nullptr, int(cidrs.size() - maxNamedEntries));
    box->setInformativeText(named.join(QStringLiteral(", ")));
    QPushButton *unblockButton = box->addButton(tr("&Unblock"), QMessageBox::AcceptRole);
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(unblockButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, unblockButton, cidrs] {
        if (box->clickedButton() == unblockButton)
            unblock(cidrs);
    });
    box->open();
}

void MainWindow::unblock(const QStringList &cidrs)
{
    statusBar()->showMessage(tr("Unblocking…"));
    whenAnswered(m_client->unblock(cidrs), this, [this](const QDBusPendingCall &call) {
        const QDBusPendingReply<uint, QStringList> reply = call;
        if (reply.isError()) {
            statusBar()->clearMessage();
            showHelperError(tr("Nothing was unblocked."), reply.error());
            return;
        }
        QString summary = tr("Unblocked %n entry(ies).", nullptr, int(reply.argumentAt<0>()));
        if (const QStringList notBlocked = reply.argumentAt<1>(); !notBlocked.isEmpty())
            summary +=
                u' ' + tr("Not blocked, left as is: %1").arg(notBlocked.join(QStringLiteral(", ")));
        blocklistChanged(summary);
    });
}

void MainWindow::save()
{
    statusBar()->showMessage(tr("Saving…"));
    whenAnswered(m_client->save(), this, [this](const QDBusPendingCall &call) {
        const QDBusPendingReply<qlonglong> reply = call;
        if (reply.isError()) {
            statusBar()->clearMessage();
            showHelperError(tr("The blocklist was not saved."), reply.error());
            return;
        }
        blocklistChanged(
            tr("Saved at %1: the kernel matches the store.")
                .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(reply.value()).time(),
                                        QLocale::ShortFormat)));
    });
}

void MainWindow::chooseVerdict(const QString &verdict)
{
    if (verdict == m_verdict)
        return;
    whenAnswered(m_client->setVerdict(verdict), this,
                 [this, verdict](const QDBusPendingCall &call) {
                     const QDBusPendingReply<> reply = call;
                     if (reply.isError()) {
                         showVerdict(); // back to what the helper said last
                         showHelperError(tr("The verdict was not changed."), reply.error());
                         return;
                     }
                     m_verdict = verdict;
                     blocklistChanged(verdict == QLatin1String("DROP")
                                          ? tr("Packets from blocked sources are now dropped.")
                                          : tr("Packets from blocked sources are now rejected."));
                 });
}

void MainWindow::showVerdict()
{
    m_dropAction->setChecked(m_verdict == QLatin1String("DROP"));
    m_rejectAction->setChecked(m_verdict == QLatin1String("REJECT"));
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
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Rampart"), what, QMessageBox::Ok, this);
    box->setInformativeText(HelperClient::describe(error));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    // The helper's state may be why; the status bar should say so at once.
    requestStatus();
}

void MainWindow::blocklistChanged(const QString &summary)
{
    statusBar()->showMessage(summary, messageTimeoutMs);
    refresh();
}

void MainWindow::updateActions()
{
    // Space pauses the connections only where they are shown; elsewhere it is free.
    m_connectionsTab->pauseAction()->setEnabled(m_tabs
                                                && m_tabs->currentWidget() == m_connectionsTab);
    const bool onBlocklist = m_tabs && m_tabs->currentWidget() == m_blocklistTab;
    m_unblockAction->setEnabled(onBlocklist && m_table
                                && m_table->selectionModel()->hasSelection());
}

void MainWindow::updateCount()
{
    if (!m_count)
        return;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_listingInFlight && !m_listingLoaded)
        m_count->setText(tr("Loading the blocklist…"));
    else if (shown == total)
        m_count->setText(tr("%Ln entry(ies)", nullptr, total));
    else
        m_count->setText(tr("%L1 of %Ln entry(ies) shown", nullptr, total).arg(shown));
}

QStringList MainWindow::selectedCidrs() const
{
    QStringList cidrs;
    const QModelIndexList rows =
        m_table->selectionModel()->selectedRows(BlocklistModel::EntryColumn);
    cidrs.reserve(rows.size());
    for (const QModelIndex &row : rows)
        cidrs << row.data(BlocklistModel::CidrRole).toString();
    return cidrs;
}

void MainWindow::rememberSelection()
{
    const QStringList cidrs = selectedCidrs();
    m_selectionToRestore = QSet<QString>(cidrs.cbegin(), cidrs.cend());
}

void MainWindow::restoreSelection()
{
    if (m_selectionToRestore.isEmpty())
        return;
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_selectionToRestore.contains(m_model->entryAt(row).cidr))
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue; // filtered out
        selection.select(index, index);
        if (!first.isValid() || index.row() < first.row())
            first = index;
    }
    m_selectionToRestore.clear();
    m_table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid())
        m_table->scrollTo(first);
}

} // namespace Rampart
