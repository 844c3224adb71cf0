#include "blocklistproxymodel.h"

#include "blocklistmodel.h"

#include <limits>

namespace Rampart {

namespace {

qint64 expiryOrder(const BlockedEntry &entry)
{
    return entry.expires.isValid() ? entry.expires.toSecsSinceEpoch()
                                   : std::numeric_limits<qint64>::max();
}

} // namespace

BlocklistProxyModel::BlocklistProxyModel(QObject *parent)
    : TextFilterProxyModel(BlocklistModel::SortRole, parent)
{ }

void BlocklistProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_blocklist = qobject_cast<const BlocklistModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool BlocklistProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_blocklist)
        return QSortFilterProxyModel::lessThan(left, right);
    const BlockedEntry &a = m_blocklist->entryAt(left.row());
    const BlockedEntry &b = m_blocklist->entryAt(right.row());
    switch (left.column()) {
    case BlocklistModel::EntryColumn:
        return m_blocklist->keyAt(left.row()) < m_blocklist->keyAt(right.row());
    case BlocklistModel::ExpiresColumn:
        return expiryOrder(a) < expiryOrder(b);
    case BlocklistModel::PacketsColumn:
        return a.packets < b.packets;
    case BlocklistModel::CreatedColumn:
        return a.created < b.created;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

bool BlocklistProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (filterText().isEmpty() || !m_blocklist)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const BlockedEntry &entry = m_blocklist->entryAt(sourceRow);
    const QModelIndex source = m_blocklist->index(sourceRow, BlocklistModel::SourceColumn);
    return matches(entry.cidr) || matches(entry.comment) || matches(source.data().toString());
}

} // namespace Rampart
