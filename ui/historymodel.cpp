#include "historymodel.h"

#include "history/historyentry.h"

#include <QDateTime>
#include <QLocale>

#include <limits>

namespace Rampart {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::userName(quint32 uid) const
{
    auto it = m_userNames.constFind(uid);
    if (it == m_userNames.constEnd())
        it = m_userNames.insert(uid, HistoryText::userName(uid));
    return *it;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryEntry &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(row.time),
                                      QLocale::ShortFormat);
        case Who:
            return userName(row.uid);
        case From:
            return HistoryText::origin(row.origin);
        case What:
            return row.undoneBy
                ? tr("%1 (undone by #%2)").arg(HistoryText::action(row)).arg(row.undoneBy)
                : HistoryText::action(row);
        case Entries: {
            const QString count = HistoryText::count(row);
            return count.isEmpty() ? row.detail
                                   : count + QStringLiteral(": ") + HistoryText::entries(row);
        }
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Entries || index.column() == What)
            return row.detail.isEmpty() ? QVariant() : QVariant(row.detail);
        if (index.column() == When)
            return tr("Change #%1").arg(row.id);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case From:
        return tr("From");
    case What:
        return tr("What");
    case Entries:
        return tr("Entries");
    }
    return {};
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_complete && !m_fetching && !m_rows.isEmpty();
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT olderRowsWanted(m_rows.last().id);
}

int HistoryModel::rowOf(qint64 id) const
{
    // Newest first: a binary search on the falling ids.
    qsizetype low = 0;
    qsizetype high = m_rows.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (m_rows.at(middle).id > id)
            low = middle + 1;
        else
            high = middle;
    }
    return low < m_rows.size() && m_rows.at(low).id == id ? int(low) : -1;
}

void HistoryModel::replace(int row, const HistoryEntry &entry)
{
    const HistoryEntry &old = m_rows.at(row);
    if (old.undoable == entry.undoable && old.undoneBy == entry.undoneBy
        && old.detail == entry.detail)
        return;
    m_rows[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HistoryModel::mergeNewest(const QList<HistoryEntry> &rows, bool complete)
{
    const qint64 newest = newestId();
    QList<HistoryEntry> fresh;
    QList<HistoryEntry> known;
    for (const HistoryEntry &row : rows)
        (row.id > newest ? fresh : known).append(row);
    if (!m_loaded) {
        m_loaded = true;
        m_complete = complete;
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        m_rows = fresh + m_rows;
        endInsertRows();
    }
    for (const HistoryEntry &row : std::as_const(known)) {
        if (const int at = rowOf(row.id); at >= 0)
            replace(at, row);
    }
}

void HistoryModel::appendOlder(const QList<HistoryEntry> &rows, bool complete)
{
    m_fetching = false;
    m_complete = complete;
    // Only what is older than the oldest row here, should the history have been rotated or
    // the page overlap.
    const qint64 oldest = m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.last().id;
    QList<HistoryEntry> older;
    for (const HistoryEntry &row : rows) {
        if (row.id < oldest)
            older.append(row);
    }
    if (older.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + older.size()) - 1);
    m_rows += older;
    endInsertRows();
}

void HistoryModel::olderRowsFailed()
{
    m_fetching = false;
}

void HistoryModel::markUndone(qint64 id, qint64 undoId)
{
    if (const int at = rowOf(id); at >= 0) {
        HistoryEntry entry = m_rows.at(at);
        entry.undoneBy = undoId;
        entry.undoable = false;
        replace(at, entry);
    }
}

} // namespace Rampart
