#include "blocklisttab.h"

#include "changepermission.h"

#include "blocklistmodel.h"
#include "blocklistproxymodel.h"
#include "client/blocklistlisting.h"
#include "client/helperclient.h"
#include "client/pendingreply.h"
#include "time/duration.h"
#include "uicommon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Rampart {

namespace {

// Long enough not to filter a million rows at every keystroke.
constexpr int filterDelayMs = 200;
// Expiry is shown to the minute.
constexpr int expiryRepaintMs = 30 * 1000;
// How often the hit counters are read again while the tab is shown.
constexpr int counterRefreshMs = 5 * 1000;
// The confirmation names this many entries; the count covers all.
constexpr int maxNamedEntries = 8;

} // namespace

BlocklistTab::BlocklistTab(HelperClient *client, BlocklistListing *listing, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_listing(listing)
    , m_model(new BlocklistModel(this))
    , m_proxy(new BlocklistProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_sourceFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_listingProblem(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    connect(m_model, &BlocklistModel::updated, this, [this] {
        m_applied = true;
        updateCount();
    });
    connect(m_model, &BlocklistModel::sourcesChanged, this, &BlocklistTab::updateSources);

    m_unblockAction = new QAction(themeIcon("list-remove", QStyle::SP_DialogDiscardButton),
                                  tr("&Unblock Selected"), this);
    m_unblockAction->setShortcut(QKeySequence::Delete);
    m_unblockAction->setStatusTip(tr("Remove the selected entries from the blocklist"));
    connect(m_unblockAction, &QAction::triggered, this, &BlocklistTab::confirmUnblockSelected);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(
        tr("Filter by address or network (finds what covers it), source or comment (Ctrl+F)"));
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

    m_sourceFilter->setObjectName(QStringLiteral("sourceFilter"));
    m_sourceFilter->setToolTip(tr("Show the entries of one source only"));
    m_sourceFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    updateSources();
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSourceFilter(m_sourceFilter->currentData().toString());
        updateCount();
    });

    m_count->setObjectName(QStringLiteral("count"));

    m_listingProblem->setObjectName(QStringLiteral("listingProblem"));
    m_listingProblem->setWordWrap(true);
    m_listingProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listingProblem->hide();

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
    header->resizeSection(BlocklistModel::BytesColumn,
                          metrics.horizontalAdvance(locale.formattedDataSize(999'900'000'000))
                              + padding);
    header->resizeSection(
        BlocklistModel::LastHitColumn,
        metrics.horizontalAdvance(locale.toString(QTime(23, 59, 59), QLocale::ShortFormat))
            + padding);
    header->resizeSection(
        BlocklistModel::RateColumn,
        metrics.horizontalAdvance(BlocklistModel::tr("%1/s").arg(locale.toString(99'999.0, 'f', 0)))
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
            &BlocklistTab::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_filter->setFocus(); });

    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &BlocklistTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BlocklistTab::updateCount);

    m_expiryRepaint.setInterval(expiryRepaintMs);
    connect(&m_expiryRepaint, &QTimer::timeout, m_table->viewport(), qOverload<>(&QWidget::update));
    m_expiryRepaint.start();

    connect(m_listing, &BlocklistListing::readStarted, this, &BlocklistTab::updateCount);
    connect(m_listing, &BlocklistListing::entriesChanged, m_model,
            [this](const BlocklistListing::Entries &entries) { m_model->takeEntries(entries); });

    // Counters move by themselves: read again while someone looks, never with a prompt.
    m_counterRefresh.setInterval(counterRefreshMs);
    connect(&m_counterRefresh, &QTimer::timeout, this, [this] {
        if (window()->isMinimized() || m_listing->isReading() || m_model->isUpdating())
            return;
        m_listing->reloadInBackground();
    });
    connect(m_listing, &BlocklistListing::readFinished, this, &BlocklistTab::listingRead);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_sourceFilter);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_listingProblem);
    layout->addWidget(m_table, 1);

    if (const BlocklistListing::Entries entries = m_listing->entries())
        m_model->takeEntries(entries);
    updateActions();
    updateCount();
}

BlocklistTab::~BlocklistTab() = default;

void BlocklistTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions();
    if (m_listing->hasBackgroundClient())
        m_counterRefresh.start();
}

void BlocklistTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
    m_counterRefresh.stop();
}

void BlocklistTab::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void BlocklistTab::updateSources()
{
    const QString current = m_sourceFilter->currentData().toString();
    const QSignalBlocker blocker(m_sourceFilter);
    m_sourceFilter->clear();
    m_sourceFilter->addItem(tr("All sources"), QString());
    for (const QString &source : m_model->sources())
        m_sourceFilter->addItem(BlocklistModel::sourceText(source), source);
    // A source that is gone stays chosen, showing nothing, until the administrator changes it.
    int at = current.isEmpty() ? 0 : m_sourceFilter->findData(current);
    if (at < 0) {
        m_sourceFilter->addItem(BlocklistModel::sourceText(current), current);
        at = m_sourceFilter->count() - 1;
    }
    m_sourceFilter->setCurrentIndex(at);
}

void BlocklistTab::listingRead()
{
    const QString error = m_listing->errorString();
    m_listingProblem->setText(tr("The blocklist could not be read. %1").arg(error));
    m_listingProblem->setVisible(!error.isEmpty());
    updateCount();
}

void BlocklistTab::confirmUnblockSelected()
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

void BlocklistTab::unblock(const QStringList &cidrs)
{
    Q_EMIT progress(tr("Unblocking…"));
    whenAnswered(m_client->unblock(cidrs), this, [this](const QDBusPendingCall &call) {
        const QDBusPendingReply<uint, QStringList> reply = call;
        if (reply.isError()) {
            Q_EMIT progress(QString());
            Q_EMIT helperFailed(tr("Nothing was unblocked."), reply.error());
            return;
        }
        QString summary = tr("Unblocked %n entry(ies).", nullptr, int(reply.argumentAt<0>()));
        if (const QStringList notBlocked = reply.argumentAt<1>(); !notBlocked.isEmpty())
            summary +=
                u' ' + tr("Not blocked, left as is: %1").arg(notBlocked.join(QStringLiteral(", ")));
        Q_EMIT blocklistChanged(summary);
    });
}

void BlocklistTab::updateActions()
{
    // Delete unblocks only where the entries are shown; elsewhere it is free.
    ChangePermission::apply(m_permission, m_unblockAction,
                            isVisible() && m_table->selectionModel()->hasSelection());
}

void BlocklistTab::setChangePermission(const ChangePermission *permission)
{
    m_permission = permission;
    connect(permission, &ChangePermission::changed, this, &BlocklistTab::updateActions);
    updateActions();
}

void BlocklistTab::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (!m_applied && (m_listing->isReading() || m_model->isUpdating()))
        m_count->setText(tr("Loading the blocklist…"));
    else if (shown == total)
        m_count->setText(tr("%Ln entry(ies)", nullptr, total));
    else
        m_count->setText(tr("%L1 of %Ln entry(ies) shown", nullptr, total).arg(shown));
}

QStringList BlocklistTab::selectedCidrs() const
{
    QStringList cidrs;
    const QModelIndexList rows =
        m_table->selectionModel()->selectedRows(BlocklistModel::EntryColumn);
    cidrs.reserve(rows.size());
    for (const QModelIndex &row : rows)
        cidrs << row.data(BlocklistModel::CidrRole).toString();
    return cidrs;
}

} // namespace Rampart
