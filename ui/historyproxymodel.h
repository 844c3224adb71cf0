#pragma once

#include "textfilterproxymodel.h"

namespace Rampart {

class HistoryModel;

// Filters a HistoryModel by text: the row's number ("#12"), who, from where, what, its
// networks and its detail. The rows keep the history's order, newest first.
class HistoryProxyModel : public TextFilterProxyModel
{
    Q_OBJECT

public:
    explicit HistoryProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const HistoryModel *m_history = nullptr;
};

} // namespace Rampart
