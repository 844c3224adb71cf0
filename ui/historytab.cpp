#include "historytab.h"

#include "changepermission.h"

#include "client/helperclient.h"
#include "client/pendingreply.h"
#include "history/historyentry.h"
#include "historymodel.h"
#include "historyproxymodel.h"
#include "uicommon.h"

#include <QAction>
#include <QDBusError>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <unistd.h>

namespace Rampart {

namespace {

constexpr int filterDelayMs = 150;
// How far back Ctrl+Z looks for the user's own last change.
constexpr int ownChangePages = 5;
// Undoing a change this large is asked about first.
constexpr quint32 largeChange = 100;

bool isLarge(const HistoryEntry &row)
{
    return row.action == QLatin1String("feed-remove") || row.action == QLatin1String("feed-add")
        || row.action == QLatin1String("feed-update") || row.entryCount > largeChange;
}

} // namespace

HistoryTab::HistoryTab(HelperClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new HistoryModel(this))
    , m_proxy(new HistoryProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    m_proxy->setSourceModel(m_model);
    connect(m_model, &HistoryModel::olderRowsWanted, this, &HistoryTab::loadOlder);

    m_undoAction = new QAction(themeIcon("edit-undo", QStyle::SP_ArrowBack),
                               tr("&Undo Selected Change"), this);
    m_undoAction->setStatusTip(tr("Undo the selected change; the undo is a change of its own"));
    connect(m_undoAction, &QAction::triggered, this, &HistoryTab::confirmUndoSelected);

    m_undoLastAction =
        new QAction(themeIcon("edit-undo", QStyle::SP_ArrowBack), tr("&Undo My Last Change"), this);
    m_undoLastAction->setShortcut(QKeySequence::Undo);
    m_undoLastAction->setStatusTip(
        tr("Undo your own last change to the blocklist, made here or with rampartctl"));
    connect(m_undoLastAction, &QAction::triggered, this, &HistoryTab::undoLastOwnChange);

    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Filter by user, action, address or detail"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(filterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this,
            [this] { m_proxy->setFilterText(m_filter->text().trimmed()); });

    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("undo"));
    undoButton->setDefaultAction(m_undoAction);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_table->setObjectName(QStringLiteral("history"));
    m_table->setModel(m_proxy);
    setUpRowTable(m_table);
    m_table->setSortingEnabled(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(HistoryModel::Entries, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 4;
    header->resizeSection(HistoryModel::When,
                          metrics.horizontalAdvance(QLocale().toString(
                              QDateTime(QDate(2000, 12, 31), QTime(23, 59)), QLocale::ShortFormat))
                              + padding);
    header->resizeSection(HistoryModel::What, metrics.averageCharWidth() * 24);
    m_table->addAction(m_undoAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    // A row that changed (undone meanwhile) changes what can be done with it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        showDetails();
    });

    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a change to see all it kept."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(undoButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    updateActions();
}

void HistoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void HistoryTab::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    loadNewer(0, {});
}

// Newest first, page by page, until the rows reach those already shown: then all go on top
// at once.
void HistoryTab::loadNewer(qint64 beforeId, QList<HistoryEntry> gathered)
{
    whenAnswered(m_client->history(beforeId, pageSize), this,
                 [this, gathered](const QDBusPendingCall &call) mutable {
                     const QDBusPendingReply<QList<HistoryEntry>> reply = call;
                     if (reply.isError()) {
                         m_refreshing = false;
                         return; // the status bar says what is wrong with the helper
                     }
                     const QList<HistoryEntry> rows = reply.value();
                     gathered += rows;
                     const bool complete = rows.size() < qsizetype(pageSize);
                     const bool reached =
                         !m_model->isLoaded() || complete || rows.last().id <= m_model->newestId();
                     if (!reached) {
                         loadNewer(rows.last().id, gathered);
                         return;
                     }
                     m_refreshing = false;
                     m_model->mergeNewest(gathered, complete);
                 });
}

void HistoryTab::loadOlder(qint64 beforeId)
{
    whenAnswered(m_client->history(beforeId, pageSize), this, [this](const QDBusPendingCall &call) {
        const QDBusPendingReply<QList<HistoryEntry>> reply = call;
        if (reply.isError()) {
            m_model->olderRowsFailed();
            return;
        }
        const QList<HistoryEntry> rows = reply.value();
        m_model->appendOlder(rows, rows.size() < qsizetype(pageSize));
    });
}

const HistoryEntry *HistoryTab::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    return &m_model->entry(m_proxy->mapToSource(rows.first()).row());
}

void HistoryTab::updateActions()
{
    const HistoryEntry *row = selectedEntry();
    ChangePermission::apply(m_permission, m_undoAction, !m_undoing && row && row->undoable);
    ChangePermission::apply(m_permission, m_undoLastAction, !m_undoing);
}

void HistoryTab::setChangePermission(const ChangePermission *permission)
{
    m_permission = permission;
    connect(permission, &ChangePermission::changed, this, &HistoryTab::updateActions);
    updateActions();
}

void HistoryTab::showDetails()
{
    const HistoryEntry *row = selectedEntry();
    if (!row) {
        m_details->clear();
        return;
    }
    QStringList lines = {
        tr("Change #%1, %2, by %3 from %4: %5")
            .arg(row->id)
            .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(row->time), QLocale::LongFormat),
                 m_model->userName(row->uid), HistoryText::origin(row->origin),
                 HistoryText::action(*row)),
    };
    if (!row->detail.isEmpty())
        lines << row->detail;
    if (row->undoneBy)
        lines << tr("Undone by change #%1.").arg(row->undoneBy);
    else if (row->undoable)
        lines << tr("Can be undone.");
    if (const QString count = HistoryText::count(*row); !count.isEmpty()) {
        lines << QString() << count;
        lines << row->entries;
        if (const qsizetype more = qsizetype(row->entryCount) - row->entries.size(); more > 0)
            lines << tr("(%n more not kept in the history)", nullptr, int(more));
    }
    m_details->setPlainText(lines.join(u'\n'));
}

void HistoryTab::confirmUndoSelected()
{
    const HistoryEntry *selected = selectedEntry();
    if (!selected || !selected->undoable)
        return;
    const HistoryEntry row = *selected;
    if (!isLarge(row)) {
        undo(row);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Undo Change"),
                                tr("Undo change #%1, %2 by %3?")
                                    .arg(row.id)
                                    .arg(HistoryText::action(row), m_model->userName(row.uid)),
                                QMessageBox::NoButton, this);
    QString informative = row.detail;
    if (const QString count = HistoryText::count(row); !count.isEmpty())
        informative += (informative.isEmpty() ? QString() : QStringLiteral("\n")) + count;
    box->setInformativeText(informative);
    QPushButton *undoButton = box->addButton(tr("&Undo"), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, undoButton, row] {
        if (box->clickedButton() == undoButton)
            undo(row);
    });
    box->open();
}

void HistoryTab::undo(const HistoryEntry &row)
{
    m_undoing = true;
    updateActions();
    whenAnswered(m_client->undo(row.id), this, [this, row](const QDBusPendingCall &call) {
        m_undoing = false;
        updateActions();
        const QDBusPendingReply<qlonglong, QStringList> reply = call;
        if (reply.isError()) {
            Q_EMIT helperFailed(tr("Change #%1 was not undone.").arg(row.id), reply.error());
            return;
        }
        m_model->markUndone(row.id, reply.argumentAt<0>());
        const QString count = HistoryText::count(row);
        QString summary = count.isEmpty()
            ? tr("Undid change #%1, %2.").arg(row.id).arg(HistoryText::action(row))
            : tr("Undid change #%1, %2 of %3.").arg(row.id).arg(HistoryText::action(row), count);
        const QStringList notRestored = reply.argumentAt<1>();
        if (!notRestored.isEmpty()) {
            summary += u' '
                + tr("%n item(s) could not be restored; see the history.", nullptr,
                     int(notRestored.size()));
            auto *box = new QMessageBox(QMessageBox::Information, tr("Undo Change"),
                                        tr("Part of change #%1 could not be restored.").arg(row.id),
                                        QMessageBox::Ok, this);
            box->setDetailedText(notRestored.join(u'\n'));
            box->setInformativeText(notRestored.mid(0, 5).join(u'\n'));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        Q_EMIT blocklistChanged(summary);
    });
}

void HistoryTab::undoLastOwnChange()
{
    if (m_undoing)
        return;
    m_undoing = true;
    updateActions();
    // Looked up anew: the rows shown may be old, and the change may have come from
    // rampartctl.
    findOwnChange(0, 0);
}

void HistoryTab::findOwnChange(qint64 beforeId, int page)
{
    whenAnswered(m_client->history(beforeId, maxHistoryRowsPerCall), this,
                 [this, page](const QDBusPendingCall &call) {
                     const QDBusPendingReply<QList<HistoryEntry>> reply = call;
                     if (reply.isError()) {
                         m_undoing = false;
                         updateActions();
                         Q_EMIT helperFailed(tr("Nothing was undone."), reply.error());
                         return;
                     }
                     const QList<HistoryEntry> rows = reply.value();
                     const quint32 uid = getuid();
                     for (const HistoryEntry &row : rows) {
                         if (isOwnUndoableChange(row, uid)) {
                             undo(row);
                             return;
                         }
                     }
                     if (rows.size() == qsizetype(maxHistoryRowsPerCall)
                         && page + 1 < ownChangePages) {
                         findOwnChange(rows.last().id, page + 1);
                         return;
                     }
                     m_undoing = false;
                     updateActions();
                     Q_EMIT message(tr("You have no change left to undo."));
                 });
}

} // namespace Rampart
