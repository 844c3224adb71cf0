#include "feedstab.h"

#include "changepermission.h"

#include "allowlistdialog.h"
#include "client/blocklistlisting.h"
#include "client/helperclient.h"
#include "client/hitcounters.h"
#include "client/pendingreply.h"
#include "feeds/feedlocation.h"
#include "feeds/feedscheduler.h"
#include "feedsmodel.h"
#include "importfeeddialog.h"
#include "time/duration.h"
#include "uicommon.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

namespace Rampart {

namespace {

constexpr int pollMs = 60 * 1000;
// How often the feeds' hit counters are read again while the tab is shown.
constexpr int counterRefreshMs = 5 * 1000;
// The confirmation names this many feeds; the count covers all.
constexpr int maxNamedFeeds = 8;

} // namespace

FeedsTab::FeedsTab(HelperClient *client, HelperClient *backgroundClient, FeedScheduler *scheduler,
                   QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_backgroundClient(backgroundClient)
    , m_scheduler(scheduler)
    , m_model(new FeedsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_emptyHint(new QLabel(this))
    , m_listingProblem(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setText(tr("No feeds yet. Import Feed… (Ctrl+I) reads a public blocklist from "
                            "a file or a web address, shows what it holds before anything is "
                            "blocked, and keeps it up to date on a schedule."));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    m_listingProblem->setObjectName(QStringLiteral("feedsProblem"));
    m_listingProblem->setWordWrap(true);
    m_listingProblem->setTextFormat(Qt::PlainText);
    m_listingProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listingProblem->hide();

    m_importAction = new QAction(themeIcon("document-import", QStyle::SP_DialogOpenButton),
                                 tr("&Import Feed…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Add a public blocklist from a file or a web address"));
    connect(m_importAction, &QAction::triggered, this, &FeedsTab::openImportDialog);

    m_refreshNowAction =
        new QAction(themeIcon("view-refresh", QStyle::SP_BrowserReload), tr("Refresh &Now"), this);
    m_refreshNowAction->setStatusTip(
        tr("Download or read the selected feeds again and load what changed"));
    connect(m_refreshNowAction, &QAction::triggered, this, &FeedsTab::refreshSelected);

    m_removeAction = new QAction(themeIcon("list-remove", QStyle::SP_DialogDiscardButton),
                                 tr("&Remove Feed…"), this);
    m_removeAction->setStatusTip(tr("Remove the selected feeds and unblock their networks"));
    connect(m_removeAction, &QAction::triggered, this, &FeedsTab::confirmRemoveSelected);

    m_allowlistAction = new QAction(themeIcon("security-medium", QStyle::SP_FileDialogDetailedView),
                                    tr("&Allowlist…"), this);
    m_allowlistAction->setStatusTip(tr("Networks that no feed may block"));
    connect(m_allowlistAction, &QAction::triggered, this, &FeedsTab::openAllowlistDialog);

    auto *editAction = new QAction(themeIcon("document-edit", QStyle::SP_FileDialogInfoView),
                                   tr("&Edit Settings…"), this);
    connect(editAction, &QAction::triggered, this, [this] {
        const QList<FeedInfo> feeds = selectedFeeds();
        if (feeds.size() == 1)
            openEditDialog(feeds.first());
    });

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("feedsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int smallIcon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    toolBar->setIconSize(QSize(smallIcon, smallIcon));
    toolBar->addAction(m_importAction);
    toolBar->addAction(m_refreshNowAction);
    toolBar->addAction(m_removeAction);
    toolBar->addSeparator();
    toolBar->addAction(m_allowlistAction);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FeedsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("feeds"));
    m_table->setModel(m_proxy);
    setUpRowTable(m_table);
    m_table->sortByColumn(FeedsModel::NameColumn, Qt::AscendingOrder);

    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 4;
    const QLocale locale;
    header->resizeSection(FeedsModel::NameColumn,
                          metrics.horizontalAdvance(QStringLiteral("firehol_abusers_30d"))
                              + padding);
    header->resizeSection(FeedsModel::StatusColumn,
                          metrics.horizontalAdvance(FeedsModel::tr("Updating… %1 %").arg(100))
                              + smallIcon + padding);
    header->resizeSection(FeedsModel::LastUpdateColumn,
                          metrics.horizontalAdvance(locale.toString(
                              QDateTime(QDate(2000, 12, 31), QTime(23, 59)), QLocale::ShortFormat))
                              + padding);
    header->resizeSection(FeedsModel::NetworksColumn,
                          std::max(metrics.horizontalAdvance(locale.toString(9'999'999)),
                                   metrics.horizontalAdvance(FeedsModel::tr("Networks")))
                              + padding);
    header->resizeSection(
        FeedsModel::NextRefreshColumn,
        metrics.horizontalAdvance(FeedsModel::tr("in %1").arg(formatDuration(23 * 3600 + 59 * 60)))
            + padding);
    header->resizeSection(FeedsModel::PacketsColumn,
                          metrics.horizontalAdvance(locale.toString(qulonglong(9'999'999'999)))
                              + padding);
    header->resizeSection(FeedsModel::BytesColumn,
                          metrics.horizontalAdvance(locale.formattedDataSize(999'900'000'000))
                              + padding);
    header->resizeSection(
        FeedsModel::RateColumn,
        metrics.horizontalAdvance(FeedsModel::tr("%1/s").arg(locale.toString(99'999.0, 'f', 0)))
            + padding);
    header->resizeSection(FeedsModel::LocationColumn, metrics.averageCharWidth() * 30);

    m_table->addAction(editAction);
    m_table->addAction(m_refreshNowAction);
    m_table->addAction(m_removeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeedsTab::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0)
            openEditDialog(m_model->feedAt(row));
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &FeedsTab::updateEmptyState);

    if (m_scheduler) {
        connect(m_scheduler, &FeedScheduler::queued, m_model, &FeedsModel::setWaiting);
        connect(m_scheduler, &FeedScheduler::started, m_model,
                [this](const QString &name) { m_model->setProgress(name, 0, -1); });
        connect(m_scheduler, &FeedScheduler::progress, m_model, &FeedsModel::setProgress);
        connect(m_scheduler, &FeedScheduler::finished, this, &FeedsTab::refreshFinished);
    }

    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        m_model->timePassed();
        // On the minute nobody asked: never a password prompt for it.
        if (m_backgroundClient)
            requestFeeds(m_backgroundClient);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_listingProblem);
    layout->addWidget(m_emptyHint, 1);
    layout->addWidget(m_table, 1);

    updateEmptyState();
    updateActions();
}

FeedsTab::~FeedsTab() = default;

void FeedsTab::setListing(BlocklistListing *listing)
{
    m_listing = listing;
    m_counterRefresh.setInterval(counterRefreshMs);
    connect(&m_counterRefresh, &QTimer::timeout, this, [this] {
        if (!window()->isMinimized() && !m_listing->isReading())
            m_listing->reloadInBackground();
    });
    // A million entries add up in a few milliseconds; the entries are not kept.
    connect(listing, &BlocklistListing::entriesChanged, this,
            [this](const BlocklistListing::Entries &entries) {
                m_model->setCounters(HitCounters::totalsBySource(*entries),
                                     QDateTime::currentMSecsSinceEpoch());
            });
    if (const BlocklistListing::Entries entries = listing->entries())
        m_model->setCounters(HitCounters::totalsBySource(*entries),
                             QDateTime::currentMSecsSinceEpoch());
    if (isVisible() && listing->hasBackgroundClient())
        m_counterRefresh.start();
}

void FeedsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_poll.start();
    // Only where a read never prompts: counters are not worth a password.
    if (m_listing && m_listing->hasBackgroundClient()) {
        m_counterRefresh.start();
        if (!m_listing->isReading())
            m_listing->reloadInBackground();
    }
}

void FeedsTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll.stop();
    m_counterRefresh.stop();
}

void FeedsTab::reload()
{
    requestFeeds(m_client);
}

void FeedsTab::requestFeeds(HelperClient *client)
{
    if (m_listingInFlight) {
        m_listingAgain = true;
        return;
    }
    m_listingInFlight = true;
    m_listingAgain = false;
    // To be shown, and so without credentials: a password or token in a location reads
    // "***". What fetches a feed or saves it back reads it whole.
    whenAnswered(client->feeds(false), this, [this](const QDBusPendingCall &call) {
        m_listingInFlight = false;
        const QDBusPendingReply<QList<FeedInfo>> reply = call;
        if (reply.isError()) {
            m_listingProblem->setText(
                tr("The feeds could not be read. %1").arg(HelperClient::describe(reply.error())));
            m_listingProblem->show();
        } else {
            m_listingProblem->hide();
            m_loaded = true;
            m_model->setFeeds(reply.value());
            if (m_importDialog)
                m_importDialog->setExistingNames(feedNames());
        }
        updateEmptyState();
        updateActions();
        if (m_listingAgain)
            requestFeeds(m_backgroundClient ? m_backgroundClient : m_client);
    });
}

void FeedsTab::updateEmptyState()
{
    const bool empty = m_loaded && m_model->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    m_table->setVisible(!empty);
}

void FeedsTab::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    ChangePermission::apply(m_permission, m_refreshNowAction, selected && m_scheduler);
    ChangePermission::apply(m_permission, m_removeAction, selected);
    ChangePermission::apply(m_permission, m_importAction, true);
    ChangePermission::apply(m_permission, m_allowlistAction, true);
}

void FeedsTab::setChangePermission(const ChangePermission *permission)
{
    m_permission = permission;
    connect(permission, &ChangePermission::changed, this, &FeedsTab::updateActions);
    updateActions();
}

QList<FeedInfo> FeedsTab::selectedFeeds() const
{
    QList<FeedInfo> feeds;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        feeds << m_model->feedAt(m_proxy->mapToSource(row).row());
    std::sort(feeds.begin(), feeds.end(),
              [](const FeedInfo &a, const FeedInfo &b) { return a.name < b.name; });
    return feeds;
}

ImportFeedDialog *FeedsTab::createImportDialog()
{
    auto *dialog = new ImportFeedDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLockoutNetworkSource(m_lockoutNetworks);
    dialog->setConnectionsSource(m_connections);
    connect(dialog, &ImportFeedDialog::feedsChanged, this, &FeedsTab::feedsChanged);
    connect(dialog, &ImportFeedDialog::applyStarted, this, [this](const QString &name) {
        if (m_scheduler)
            m_scheduler->hold(name);
        m_model->setProgress(name, 0, -1);
        // A new feed shows up, updating.
        reload();
    });
    connect(dialog, &ImportFeedDialog::applyProgress, m_model, &FeedsModel::setProgress);
    connect(dialog, &ImportFeedDialog::applyFinished, this, [this](const QString &name) {
        if (m_scheduler)
            m_scheduler->release(name);
        m_model->setIdle(name);
    });
    return dialog;
}

void FeedsTab::openImportDialog()
{
    ImportFeedDialog *dialog = createImportDialog();
    m_importDialog = dialog;
    dialog->setExistingNames(feedNames());
    // The names are checked against the helper's list, read now if it never was.
    if (!m_loaded)
        reload();
    connect(dialog, &QDialog::accepted, this, &FeedsTab::feedImported);
    dialog->open();
}

void FeedsTab::blockCountry(const QString &countryCode)
{
    const QString location = countryLocation(countryCode);
    for (const FeedInfo &feed : m_model->feeds()) {
        if (feed.location == location) {
            openEditDialog(feed);
            return;
        }
    }
    ImportFeedDialog *dialog = createImportDialog();
    dialog->setExistingNames(feedNames());
    dialog->setLocation(location);
    connect(dialog, &QDialog::accepted, this, &FeedsTab::feedImported);
    dialog->open();
    // Reading the country's networks takes a moment, with progress and Cancel: what the
    // administrator asked for is to see how much that is.
    dialog->preview();
}

void FeedsTab::refreshCountryFeeds()
{
    QList<FeedInfo> countries;
    for (const FeedInfo &feed : m_model->feeds()) {
        if (!countryOfLocation(feed.location).isEmpty())
            countries << feed;
    }
    if (!countries.isEmpty() && m_scheduler)
        m_scheduler->refreshNow(countries);
}

void FeedsTab::setConnectionsSource(ConnectionGroupSource source)
{
    m_connections = std::move(source);
}

void FeedsTab::setLockoutNetworkSource(LockoutNetworkSource source)
{
    m_lockoutNetworks = std::move(source);
}

void FeedsTab::openEditDialog(const FeedInfo &feed)
{
    ImportFeedDialog *dialog = createImportDialog();
    dialog->setFeed(feed);
    dialog->open();
}

QStringList FeedsTab::feedNames() const
{
    QStringList names;
    for (const FeedInfo &feed : m_model->feeds())
        names << feed.name;
    return names;
}

void FeedsTab::openAllowlistDialog()
{
    auto *dialog = new AllowlistDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AllowlistDialog::allowlistChanged, this, &FeedsTab::feedsChanged);
    dialog->open();
}

void FeedsTab::refreshSelected()
{
    // As listed here; the scheduler reads a location with "***" in it whole first.
    const QList<FeedInfo> feeds = selectedFeeds();
    if (m_scheduler && !feeds.isEmpty())
        m_scheduler->refreshNow(feeds);
}

void FeedsTab::refreshFinished(const QString &name, const FeedRefresh::Result &result)
{
    m_model->setIdle(name);
    const QLocale locale;
    switch (result.status) {
    case FeedRefresh::Status::Updated:
        Q_EMIT message(
            tr("Feed %1 refreshed: %2 networks added, %3 removed.")
                .arg(name, locale.toString(result.added), locale.toString(result.removed)));
        Q_EMIT blocklistChanged();
        break;
    case FeedRefresh::Status::Unchanged:
        Q_EMIT message(tr("Feed %1 is unchanged since the last download.").arg(name));
        break;
    case FeedRefresh::Status::Failed:
        Q_EMIT message(tr("Feed %1 could not be refreshed; its last good list stays in force. %2")
                           .arg(name, result.error));
        break;
    case FeedRefresh::Status::Previewed:
    case FeedRefresh::Status::Cancelled:
        break;
    }
    // Scheduled refreshes end here too: the list is read again without a prompt.
    requestFeeds(m_backgroundClient ? m_backgroundClient : m_client);
}

void FeedsTab::feedsChanged(const QString &summary)
{
    if (!summary.isEmpty())
        Q_EMIT message(summary);
    Q_EMIT blocklistChanged();
    reload();
}

void FeedsTab::confirmRemoveSelected()
{
    const QList<FeedInfo> feeds = selectedFeeds();
    if (feeds.isEmpty())
        return;
    const QLocale locale;
    QMessageBox *box = nullptr;
    if (feeds.size() == 1) {
        const FeedInfo &feed = feeds.first();
        box =
            new QMessageBox(QMessageBox::Question, tr("Remove Feed"),
                            tr("Remove the feed %1?").arg(feed.name), QMessageBox::NoButton, this);
        box->setInformativeText(
            tr("Its %1 networks are unblocked, and its settings are deleted. The allowlist and "
               "what was blocked by hand stay as they are.")
                .arg(locale.toString(feed.appliedRanges)));
    } else {
        box = new QMessageBox(QMessageBox::Question, tr("Remove Feeds"),
                              tr("Remove %Ln feed(s)?", nullptr, int(feeds.size())),
                              QMessageBox::NoButton, this);
        QStringList named;
        for (const FeedInfo &feed : feeds.mid(0, maxNamedFeeds))
            named << tr("%1 (%2 networks)").arg(feed.name, locale.toString(feed.appliedRanges));
        if (feeds.size() > maxNamedFeeds)
            named << tr("and %Ln more", nullptr, int(feeds.size() - maxNamedFeeds));
        box->setInformativeText(
            tr("Their networks are unblocked, and their settings are deleted: %1")
                .arg(named.join(QStringLiteral(", "))));
    }
    QPushButton *removeButton = box->addButton(tr("&Remove"), QMessageBox::AcceptRole);
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(removeButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, feeds] {
        if (box->clickedButton() != removeButton)
            return;
        for (const FeedInfo &feed : feeds)
            remove(feed.name);
    });
    box->open();
}

void FeedsTab::remove(const QString &name)
{
    whenAnswered(m_client->removeFeed(name), this, [this, name](const QDBusPendingCall &call) {
        const QDBusPendingReply<uint> reply = call;
        if (reply.isError()) {
            showHelperError(tr("The feed %1 was not removed.").arg(name), reply.error());
            reload();
            return;
        }
        feedsChanged(tr("Feed %1 removed: %2 networks unblocked.")
                         .arg(name, QLocale().toString(reply.value())));
    });
}

void FeedsTab::showHelperError(const QString &what, const QDBusError &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Rampart"), what, QMessageBox::Ok, this);
    box->setInformativeText(HelperClient::describe(error));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Rampart
