#include "historyproxymodel.h"

#include "history/historyentry.h"
#include "historymodel.h"

namespace Rampart {

HistoryProxyModel::HistoryProxyModel(QObject *parent)
    : TextFilterProxyModel(Qt::DisplayRole, parent)
{ }

void HistoryProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_history = qobject_cast<const HistoryModel *>(model);
    TextFilterProxyModel::setSourceModel(model);
}

bool HistoryProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (filterText().isEmpty() || !m_history || sourceParent.isValid())
        return true;
    const HistoryEntry &row = m_history->entry(sourceRow);
    if (matches(QStringLiteral("#%1").arg(row.id)) || matches(m_history->userName(row.uid))
        || matches(HistoryText::origin(row.origin)) || matches(HistoryText::action(row))
        || matches(row.action) || matches(row.detail))
        return true;
    for (const QString &entry : row.entries) {
        if (matches(entry))
            return true;
    }
    return false;
}

} // namespace Rampart
