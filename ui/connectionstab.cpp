#include "connectionstab.h"

#include "changepermission.h"
#include "client/blocklistlisting.h"
#include "client/helperclient.h"
#include "client/pendingreply.h"
#include "connections/connectionsmonitor.h"
#include "connectionsmodel.h"
#include "forceblockquestion.h"
#include "geo/countryflags.h"
#include "geo/geodatabase.h"
#include "geo/onlinedetails.h"
#include "rules/lockoutguard.h"
#include "time/duration.h"
#include "uicommon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDBusPendingReply>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <limits>

namespace Rampart {

namespace {

constexpr int defaultIntervalSeconds = 2;
constexpr int listingIntervalMs = 30 * 1000;
// The Group combo's data for grouping by country; the others are Grouping values.
constexpr int byCountryData = -1;

// The block durations a right click offers; 0 is permanent.
constexpr quint32 blockDurations[] = { 3600, 86400, 7 * 86400 };

// "203.0.113.7", "3 addresses", "2 networks": what a message says was blocked.
QString targetsText(const QList<Cidr> &targets)
{
    if (targets.size() == 1)
        return targets.first().toString();
    const bool hosts = std::all_of(targets.cbegin(), targets.cend(),
                                   [](const Cidr &target) { return target.isHost(); });
    return hosts ? ConnectionsTab::tr("%Ln address(es)", nullptr, int(targets.size()))
                 : ConnectionsTab::tr("%Ln network(s)", nullptr, int(targets.size()));
}

SocketSnapshot takeSnapshotWithOwners()
{
    SnapshotOptions options;
    options.owners = true;
    return takeSocketSnapshot(options);
}

} // namespace

ConnectionsTab::ConnectionsTab(HelperClient *client, BlocklistListing *listing, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_listing(listing)
    , m_monitor(new ConnectionsMonitor(this))
    , m_model(new ConnectionsModel(this))
    , m_proxy(new ConnectionsProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_interval(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_lockoutNetworks([] { return currentLockoutNetworks(); })
{
    m_monitor->setSnapshotSource(takeSnapshotWithOwners);
    m_monitor->setGeoSearchPath(GeoSettings::load().searchPath());
    connect(m_monitor, &ConnectionsMonitor::refreshed, this, &ConnectionsTab::applyRefresh);

    m_pauseAction =
        new QAction(themeIcon("media-playback-pause", QStyle::SP_MediaPause), tr("&Pause"), this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_pauseAction->setStatusTip(tr("Stop refreshing the connections, to read them at leisure"));
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        m_monitor->setPaused(paused);
        updateStatus();
    });

    m_refreshAction =
        new QAction(themeIcon("view-refresh", QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setToolTip(tr("Take a snapshot of the connections now"));
    connect(m_refreshAction, &QAction::triggered, this, &ConnectionsTab::refreshNow);

    for (const int seconds : { 1, 2, 5, 10 })
        m_interval->addItem(tr("Every %1").arg(formatDuration(seconds)), seconds);
    m_interval->setCurrentIndex(m_interval->findData(defaultIntervalSeconds));
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setToolTip(tr("How often the connections are read"));
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        m_monitor->setInterval(std::chrono::seconds(m_interval->currentData().toInt()));
    });
    m_monitor->setInterval(std::chrono::seconds(defaultIntervalSeconds));

    m_grouping->addItem(tr("Address"), int(Grouping::Address));
    m_grouping->addItem(tr("/24 (IPv6 /64)"), int(Grouping::Network24));
    m_grouping->addItem(tr("/16 (IPv6 /48)"), int(Grouping::Network16));
    m_grouping->addItem(tr("Country"), byCountryData);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    m_grouping->setToolTip(
        tr("One row per remote address, per network around them, or per country"));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ConnectionsTab::applyGrouping);
    m_monitor->setGrouping(currentGrouping(), currentlyByCountry());
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_grouping);

    m_filter->setObjectName(QStringLiteral("connectionsFilter"));
    m_filter->setPlaceholderText(
        tr("Filter by address, country, blocklist entry or process (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilterText(text.trimmed()); });

    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_threshold->setRange(1, 1'000'000);
    m_threshold->setValue(ConnectionsModel::defaultThreshold);
    m_threshold->setGroupSeparatorShown(true);
    m_threshold->setSuffix(tr(" connections"));
    m_threshold->setToolTip(tr("Rows with more connections than this are highlighted"));
    connect(m_threshold, &QSpinBox::valueChanged, m_model, &ConnectionsModel::setThreshold);
    auto *thresholdLabel = new QLabel(tr("Highlight o&ver:"), this);
    thresholdLabel->setBuddy(m_threshold);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("connectionsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int smallIcon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    toolBar->setIconSize(QSize(smallIcon, smallIcon));
    toolBar->addAction(m_pauseAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addWidget(m_interval);
    toolBar->addSeparator();
    toolBar->addWidget(groupLabel);
    toolBar->addWidget(m_grouping);
    toolBar->addSeparator();
    toolBar->addWidget(m_filter);
    toolBar->addSeparator();
    toolBar->addWidget(thresholdLabel);
    toolBar->addWidget(m_threshold);
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 30);
    m_filter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("connections"));
    m_table->setModel(m_proxy);
    setUpRowTable(m_table);
    m_table->sortByColumn(ConnectionsModel::ConnectionsColumn, Qt::DescendingOrder);
    m_table->setColumnHidden(ConnectionsModel::AddressesColumn, true);

    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 4;
    const QLocale locale;
    const auto widthOf = [&](const QString &text) {
        return metrics.horizontalAdvance(text);
    };
    header->resizeSection(ConnectionsModel::RemoteColumn,
                          widthOf(QStringLiteral("2001:db8:ffff:ffff::/64")) + smallIcon + padding);
    header->resizeSection(ConnectionsModel::CountryColumn,
                          widthOf(QStringLiteral("GB — United Kingdom")) + padding);
    header->resizeSection(
        ConnectionsModel::ConnectionsColumn,
        std::max(widthOf(locale.toString(999'999)), widthOf(ConnectionsModel::tr("Conns")))
            + padding);
    header->resizeSection(ConnectionsModel::StatesColumn,
                          widthOf(QStringLiteral("EST 9,999 SYN 999")) + padding);
    header->resizeSection(ConnectionsModel::LocalPortsColumn,
                          widthOf(QStringLiteral("80, 443, 8443, …")) + padding);
    header->resizeSection(
        ConnectionsModel::AddressesColumn,
        std::max(widthOf(locale.toString(65'536)), widthOf(ConnectionsModel::tr("Addresses")))
            + padding);
    // Times of today, as nearly all are; an older one is elided, its tooltip has it all.
    const int timeWidth = std::max({ widthOf(locale.toString(QTime(23, 59), QLocale::ShortFormat)),
                                     widthOf(ConnectionsModel::tr("First seen")),
                                     widthOf(ConnectionsModel::tr("Last seen")) })
        + padding;
    header->resizeSection(ConnectionsModel::FirstSeenColumn, timeWidth);
    header->resizeSection(ConnectionsModel::LastSeenColumn, timeWidth);
    header->resizeSection(ConnectionsModel::BlockedByColumn,
                          widthOf(QStringLiteral("firehol_level1 (198.51.100.0/22)")) + padding);
    header->resizeSection(ConnectionsModel::ProcessColumn,
                          widthOf(QStringLiteral("nginx, sshd")) + padding);
    // Shown once online details are turned on in Settings.
    m_table->setColumnHidden(ConnectionsModel::DetailsColumn, true);

    auto *copyAction =
        new QAction(themeIcon("edit-copy", QStyle::SP_FileIcon), tr("&Copy Addresses"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &ConnectionsTab::copyAddresses);
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ConnectionsTab::showContextMenu);

    m_status->setObjectName(QStringLiteral("connectionsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_listingTimer.setInterval(listingIntervalMs);
    connect(&m_listingTimer, &QTimer::timeout, m_listing, &BlocklistListing::reloadInBackground);
    connect(m_listing, &BlocklistListing::entriesChanged, this,
            [this](const BlocklistListing::Entries &entries) {
                if (!m_shownBefore)
                    return;
                useBlocklist(entries);
                // So that the rows say what blocks them now, not in a few seconds.
                if (isVisible())
                    refreshNow();
            });
    connect(m_listing, &BlocklistListing::readFinished, this, &ConnectionsTab::updateStatus);

    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(statusLine);

    updateStatus();
}

ConnectionsTab::~ConnectionsTab() = default;

void ConnectionsTab::setLockoutNetworkSource(LockoutNetworkSource source)
{
    m_lockoutNetworks = std::move(source);
}

void ConnectionsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Once, and only if no read is at hand: without a background client the call may make
    // polkit prompt, and a refusal should not come back at every change of tab. The 30-second
    // poll and every block ask again.
    if (!m_shownBefore) {
        m_shownBefore = true;
        if (const BlocklistListing::Entries entries = m_listing->entries())
            useBlocklist(entries);
        else if (!m_listing->isReading())
            m_listing->reloadInBackground();
    }
    updateTimers();
    refreshNow();
}

void ConnectionsTab::useBlocklist(const BlocklistListing::Entries &entries)
{
    // The monitor makes its own table of them and lets them go.
    m_monitor->setBlocklist(entries);
}

void ConnectionsTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimers();
}

void ConnectionsTab::updateTimers()
{
    // Snapshots cost a little CPU each; nobody reads them while the tab is hidden.
    const bool shown = isVisible();
    if (shown)
        m_monitor->start();
    else
        m_monitor->stop();
    if (shown && m_listing->hasBackgroundClient())
        m_listingTimer.start();
    else
        m_listingTimer.stop();
}

void ConnectionsTab::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

Grouping ConnectionsTab::currentGrouping() const
{
    // Countries are made of the addresses' rows.
    const int data = m_grouping->currentData().toInt();
    return data == byCountryData ? Grouping::Address : Grouping(data);
}

bool ConnectionsTab::currentlyByCountry() const
{
    return m_grouping->currentData().toInt() == byCountryData;
}

void ConnectionsTab::applyGrouping()
{
    m_monitor->setGrouping(currentGrouping(), currentlyByCountry());
    refreshNow();
}

void ConnectionsTab::setGeoSettings(const GeoSettings &settings)
{
    m_monitor->setGeoSearchPath(settings.searchPath());
    const QUrl endpoint = settings.onlineDetails ? settings.effectiveOnlineUrl() : QUrl();
    if (!m_online || m_online->endpoint() != endpoint) {
        delete m_online;
        m_online = nullptr;
        if (!endpoint.isEmpty()) {
            m_online = new OnlineDetailsProvider(endpoint, nullptr, this);
            connect(m_online, &OnlineDetailsProvider::detailsReady, m_model,
                    &ConnectionsModel::addOnlineDetails);
            connect(m_online, &OnlineDetailsProvider::waiting, this, [this](int seconds) {
                showMessage(tr("The online service asks to wait %n second(s) before the next "
                               "addresses.",
                               nullptr, seconds));
            });
            connect(m_online, &OnlineDetailsProvider::failed, this, &ConnectionsTab::showMessage);
        }
    }
    m_table->setColumnHidden(ConnectionsModel::DetailsColumn, !m_online);
    if (m_online) {
        QHeaderView *header = m_table->horizontalHeader();
        header->resizeSection(ConnectionsModel::DetailsColumn,
                              header->fontMetrics().horizontalAdvance(
                                  QStringLiteral("Ashburn, Virginia · Google LLC")));
    }
    if (isVisible())
        refreshNow();
}

void ConnectionsTab::lookUpOnline()
{
    if (!m_online)
        return;
    QStringList addresses;
    int sent = 0;
    for (const Cidr &remote : selectedRemotes()) {
        if (!remote.isHost())
            continue;
        addresses << remote.toString();
        // The others are answered here, with why they are never sent.
        if (onlineLookupRefusal(remote).isEmpty())
            ++sent;
    }
    if (addresses.isEmpty())
        return;
    if (sent > 0)
        showMessage(
            tr("Asking %1 about %n address(es)…", nullptr, sent).arg(m_online->endpoint().host()));
    m_online->lookup(addresses);
}

void ConnectionsTab::refreshNow()
{
    m_monitor->refreshNow();
}

void ConnectionsTab::applyRefresh(const ConnectionsRefresh &refresh)
{
    m_snapshotError = refresh.error;
    m_snapshotSourceName = refresh.source;
    m_snapshotMs = refresh.snapshotMs;
    m_aggregateMs = refresh.aggregateMs;
    m_sockets = refresh.sockets;
    // A failed snapshot leaves the last good rows in place; the status line says why.
    if (refresh.error.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        m_model->setGrouping(refresh.grouping, refresh.byCountry);
        m_model->setGroups(refresh.groups);
        m_applyMs = timer.elapsed();
        m_loaded = true;
        m_geoError = refresh.geoError;
        m_table->setColumnHidden(ConnectionsModel::AddressesColumn,
                                 refresh.grouping == Grouping::Address && !refresh.byCountry);
    }
    updateStatus();
}

void ConnectionsTab::updateStatus()
{
    const QLocale locale;
    QString text;
    if (!m_snapshotError.isEmpty()) {
        text = tr("The connections could not be read: %1").arg(m_snapshotError);
    } else if (!m_loaded) {
        text = tr("Reading the connections…");
    } else {
        const ConnectionsModel::Totals totals = m_model->totals();
        const QString connections =
            tr("%Ln connection(s)", nullptr,
               int(std::min<qint64>(totals.connections, std::numeric_limits<int>::max())));
        const QString addresses =
            tr("%Ln address(es)", nullptr,
               int(std::min<qint64>(totals.addresses, std::numeric_limits<int>::max())));
        QString counts;
        if (m_model->groupedByCountry()) {
            counts =
                tr("%1 from %2 in %3, %L4 blocked")
                    .arg(connections, addresses, tr("%Ln country(s)", nullptr, m_model->rowCount()))
                    .arg(totals.blocked);
        } else if (m_model->grouping() == Grouping::Address) {
            counts = tr("%1 from %2, %L3 blocked").arg(connections, addresses).arg(totals.blocked);
        } else {
            counts =
                tr("%1 from %2 in %3, %L4 blocked")
                    .arg(connections, addresses, tr("%Ln network(s)", nullptr, m_model->rowCount()))
                    .arg(totals.blocked);
        }
        text = tr("%1; snapshot %L2 ms").arg(counts).arg(m_snapshotMs + m_aggregateMs);
    }
    if (m_pauseAction->isChecked())
        text = tr("Paused. %1").arg(text);
    if (const QString listingError = m_listing->errorString(); !listingError.isEmpty())
        text += u' '
            + tr("Blocked by stays empty: the blocklist could not be read. %1").arg(listingError);
    if (!m_geoError.isEmpty())
        text += u' ' + tr("The Country column stays empty: %1").arg(m_geoError);
    m_status->setText(text);
    if (m_loaded) {
        m_status->setToolTip(tr("Snapshot %L1 ms (%2, %L3 sockets), grouping %L4 ms, table "
                                "update %L5 ms")
                                 .arg(m_snapshotMs)
                                 .arg(m_snapshotSourceName)
                                 .arg(m_sockets)
                                 .arg(m_aggregateMs)
                                 .arg(m_applyMs));
    }
}

void ConnectionsTab::showMessage(const QString &text)
{
    Q_EMIT message(text);
}

QList<int> ConnectionsTab::selectedSourceRows() const
{
    QModelIndexList indexes = m_table->selectionModel()->selectedRows();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> rows;
    rows.reserve(indexes.size());
    for (const QModelIndex &index : std::as_const(indexes))
        rows << m_proxy->mapToSource(index).row();
    return rows;
}

QList<Cidr> ConnectionsTab::selectedRemotes() const
{
    QList<Cidr> remotes;
    for (const int row : selectedSourceRows())
        remotes << m_model->groupAt(row).remote;
    return remotes;
}

QStringList ConnectionsTab::selectedAddresses() const
{
    QStringList addresses;
    if (m_model->groupedByCountry())
        return addresses;
    for (const Cidr &remote : selectedRemotes())
        addresses << remote.toString();
    return addresses;
}

void ConnectionsTab::setChangePermission(const ChangePermission *permission)
{
    m_permission = permission;
}

void ConnectionsTab::gateChange(QAction *action) const
{
    ChangePermission::apply(m_permission, action, true);
}

QMenu *ConnectionsTab::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    // A change greyed out says why in its tooltip.
    menu->setToolTipsVisible(true);
    if (m_model->groupedByCountry()) {
        // A country's rows have no remote to block or allowlist.
        if (!selectedSourceRows().isEmpty()) {
            if (addCountryBlockActions(menu))
                menu->addSeparator();
            QAction *copyTable = menu->addAction(tr("Copy Rows as Table"));
            connect(copyTable, &QAction::triggered, this, &ConnectionsTab::copyTable);
        }
        return menu;
    }
    const QList<Cidr> remotes = selectedRemotes();
    if (remotes.isEmpty())
        return menu;

    addBlockMenus(menu, remotes);
    addCountryBlockActions(menu);
    menu->addSeparator();
    if (m_online && std::any_of(remotes.begin(), remotes.end(), [](const Cidr &remote) {
            return remote.isHost();
        })) {
        QAction *lookUp = menu->addAction(themeIcon("internet-services", QStyle::SP_DriveNetIcon),
                                          tr("Look Up City and ISP Online"));
        lookUp->setObjectName(QStringLiteral("lookUpOnline"));
        lookUp->setStatusTip(tr("Send the selected addresses to %1 and show what it says")
                                 .arg(m_online->endpoint().host()));
        connect(lookUp, &QAction::triggered, this, &ConnectionsTab::lookUpOnline);
        menu->addSeparator();
    }

    const QList<Cidr> allowTargets = blockTargets(remotes, 32, 128);
    QAction *allowAction = menu->addAction(themeIcon("security-medium", QStyle::SP_DialogYesButton),
                                           allowActionText(allowTargets));
    allowAction->setStatusTip(tr("Add to the allowlist, which no feed may block"));
    connect(allowAction, &QAction::triggered, this, [this, allowTargets] { allow(allowTargets); });
    gateChange(allowAction);
    menu->addSeparator();

    QAction *copyAddresses = menu->addAction(themeIcon("edit-copy", QStyle::SP_FileIcon),
                                             tr("Copy Address(es)", nullptr, int(remotes.size())));
    connect(copyAddresses, &QAction::triggered, this, &ConnectionsTab::copyAddresses);
    QAction *copyTable = menu->addAction(tr("Copy Rows as Table"));
    connect(copyTable, &QAction::triggered, this, &ConnectionsTab::copyTable);
    return menu;
}

void ConnectionsTab::addBlockMenus(QMenu *menu, const QList<Cidr> &remotes)
{
    // The addresses, then the /24s (/64s), then the /16s (/48s); a level that blocks what
    // the one before it does (rows that are networks already) is not offered twice.
    const std::pair<int, int> levels[] = { { 32, 128 }, { 24, 64 }, { 16, 48 } };
    QList<Cidr> previous;
    for (const auto &[prefixV4, prefixV6] : levels) {
        const QList<Cidr> targets = blockTargets(remotes, prefixV4, prefixV6);
        if (targets == previous)
            continue;
        previous = targets;
        QMenu *submenu = menu->addMenu(themeIcon("security-high", QStyle::SP_BrowserStop),
                                       blockActionText(targets));
        for (const quint32 seconds : blockDurations) {
            QAction *action = submenu->addAction(tr("for %1").arg(formatDuration(seconds)));
            connect(action, &QAction::triggered, this,
                    [this, targets, seconds, remotes] { requestBlock(targets, seconds, remotes); });
        }
        QAction *permanently = submenu->addAction(tr("permanently…"));
        connect(permanently, &QAction::triggered, this,
                [this, targets, remotes] { requestBlock(targets, 0, remotes); });
        gateChange(submenu->menuAction());
    }
}

bool ConnectionsTab::addCountryBlockActions(QMenu *menu)
{
    // The countries of the selected rows; a few at most, since each is a feed of its own.
    constexpr qsizetype maxCountries = 3;
    QStringList countries;
    for (const int row : selectedSourceRows()) {
        const QString code = m_model->geoAt(row).countryCode;
        if (!code.isEmpty() && !countries.contains(code))
            countries << code;
    }
    if (countries.size() > maxCountries)
        return false;
    for (const QString &code : std::as_const(countries)) {
        const QString name = countryName(code).isEmpty() ? code : countryName(code);
        const QIcon flag = countryFlag(code);
        QAction *action = menu->addAction(
            flag.isNull() ? themeIcon("security-high", QStyle::SP_BrowserStop) : flag,
            tr("Block All of %1…").arg(name));
        action->setObjectName(QLatin1String("blockCountry") + code);
        action->setStatusTip(tr("Block every network the geolocation database places in %1, as "
                                "a source of its own that follows the database")
                                 .arg(name));
        connect(action, &QAction::triggered, this,
                [this, code] { Q_EMIT blockCountryRequested(code); });
        gateChange(action);
    }
    return !countries.isEmpty();
}

void ConnectionsTab::requestBlock(const QList<Cidr> &targets, quint32 seconds,
                                  const QList<Cidr> &selected)
{
    QStringList refusals;
    const QList<Cidr> blockable = blockableTargets(targets, &refusals);
    if (blockable.isEmpty()) {
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("Nothing to Block"),
                            tr("The helper never blocks these addresses."), QMessageBox::Ok, this);
        box->setInformativeText(refusals.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }

    // The attackers themselves pass; what this machine needs does not without a question.
    const QStringList warnings = blockForceReasons(
        blockable, m_lockoutNetworks ? m_lockoutNetworks() : QList<ProtectedNetwork>());
    // Once asked, the helper is told the administrator means it.
    const bool force = !warnings.isEmpty();
    const auto go = [this, blockable, seconds, force] {
        if (seconds == 0)
            askComment(blockable, force);
        else
            block(blockable, seconds, QString(), force);
    };
    // A range wider than the rows selected cuts whoever else is connected from it: said as
    // information, with Block as the default unless something this machine needs is at risk.
    const bool wider = blockTargets(selected, 32, 128) != blockable;
    QList<ConnectionGroup> groups;
    for (const LocatedGroup &located : m_monitor->lastGoodRefresh().groups)
        groups << located.group;
    const ConnectedCount cut = connectedWithin(blockable, groups);
    if (warnings.isEmpty() && refusals.isEmpty() && !wider) {
        go();
        return;
    }

    QStringList details = warnings;
    for (const QString &refusal : std::as_const(refusals))
        details << tr("Left out, never blocked: %1.").arg(refusal);
    if (wider)
        details << tr("Connected now from within it: %1.").arg(connectedCountText(cut));
    const QString title = tr("Block %1").arg(targetsText(blockable));
    QString question;
    if (!warnings.isEmpty())
        question = tr("This block would cut off something this machine needs.");
    else if (!refusals.isEmpty())
        question = tr("Some of these cannot be blocked.");
    else
        question = tr("Block %1?").arg(targetsText(blockable));
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("blockWarning"));
    box->setInformativeText(details.join(QStringLiteral("\n\n")));
    QString blockText = tr("&Block");
    if (!warnings.isEmpty())
        blockText = tr("&Block Anyway");
    else if (!refusals.isEmpty())
        blockText = tr("&Block the Others");
    QPushButton *blockButton = box->addButton(blockText, QMessageBox::AcceptRole);
    QPushButton *cancelButton = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    // Cutting oneself off is the mistake to make hard.
    box->setDefaultButton(warnings.isEmpty() ? blockButton : cancelButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, blockButton, go] {
        if (box->clickedButton() == blockButton)
            go();
    });
    box->open();
}

void ConnectionsTab::askComment(const QList<Cidr> &targets, bool force)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("blockComment"));
    dialog->setWindowTitle(tr("Block Permanently"));
    dialog->setLabelText(tr("%1 stays blocked until someone unblocks it.\nComment, for the record "
                            "(optional):")
                             .arg(targetsText(targets)));
    dialog->setOkButtonText(tr("&Block"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, targets, force](const QString &comment) {
                block(targets, 0, comment.trimmed(), force);
            });
    dialog->open();
}

void ConnectionsTab::block(const QList<Cidr> &targets, quint32 seconds, const QString &comment,
                           bool force)
{
    QStringList entries;
    entries.reserve(targets.size());
    for (const Cidr &target : targets)
        entries << target.toString();
    const QString what = targetsText(targets);
    const QString scope = seconds ? tr("for %1").arg(formatDuration(seconds)) : tr("permanently");
    showMessage(tr("Blocking %1…").arg(what));
    whenAnswered(
        m_client->block(entries, seconds, comment, force), this,
        [this, targets, seconds, comment, what, scope](const QDBusPendingCall &call) {
            const QDBusPendingReply<uint, uint, qlonglong> reply = call;
            if (reply.isError() && HelperClient::needsForce(reply.error())) {
                showMessage(tr("Nothing was blocked yet: the helper asks first."));
                askToForceBlock(
                    this, tr("Block %1").arg(what), reply.error(),
                    [this, targets, seconds, comment] { block(targets, seconds, comment, true); });
                return;
            }
            if (reply.isError()) {
                showMessage(
                    tr("Nothing was blocked. %1").arg(HelperClient::describe(reply.error())));
                return;
            }
            QString text = tr("Blocked %1 %2.").arg(what, scope);
            if (const uint renewed = reply.argumentAt<1>())
                text += u' ' + tr("%Ln already blocked, renewed.", nullptr, int(renewed));
            showMessage(text);
            Q_EMIT blocklistChanged();
            // The rows show as blocked once the helper lists the new entries.
            m_listing->reloadInBackground();
        });
}

void ConnectionsTab::allow(const QList<Cidr> &targets)
{
    QStringList entries;
    entries.reserve(targets.size());
    for (const Cidr &target : targets)
        entries << target.toString();
    const QString what = targetsText(targets);
    showMessage(tr("Allowlisting %1…").arg(what));
    whenAnswered(
        m_client->allow(entries, QString()), this, [this, what](const QDBusPendingCall &call) {
            const QDBusPendingReply<uint> reply = call;
            if (reply.isError()) {
                showMessage(
                    tr("Nothing was allowlisted. %1").arg(HelperClient::describe(reply.error())));
                return;
            }
            showMessage(tr("Allowlisted %1: no feed blocks it from now on.").arg(what));
            Q_EMIT blocklistChanged();
            m_listing->reloadInBackground();
        });
}

void ConnectionsTab::copyAddresses()
{
    QStringList addresses;
    for (const int row : selectedSourceRows())
        addresses << m_model->remoteTextAt(row);
    if (!addresses.isEmpty())
        QApplication::clipboard()->setText(addresses.join(u'\n') + u'\n');
}

void ConnectionsTab::copyTable()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QList<int> columns;
    QStringList header;
    for (int column = 0; column < ConnectionsModel::ColumnCount; ++column) {
        if (m_table->isColumnHidden(column))
            continue;
        columns << column;
        header << m_model->headerData(column, Qt::Horizontal).toString();
    }
    QString text = header.join(u'\t') + u'\n';
    for (const int row : rows) {
        QStringList cells;
        for (const int column : std::as_const(columns))
            cells << m_model->fullText(row, column);
        text += cells.join(u'\t') + u'\n';
    }
    QApplication::clipboard()->setText(text);
}

void ConnectionsTab::showContextMenu(const QPoint &position)
{
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (menu->isEmpty()) {
        delete menu;
        return;
    }
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

} // namespace Rampart
