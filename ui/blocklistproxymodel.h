#pragma once

#include "textfilterproxymodel.h"

namespace Rampart {

class BlocklistModel;

// Sorts and filters a BlocklistModel on its raw values, reading the rows directly rather
// than through QVariants, so that a million rows sort and filter in one go.
// The filter text is matched against the entry, its source and its comment.
class BlocklistProxyModel : public TextFilterProxyModel
{
    Q_OBJECT

public:
    explicit BlocklistProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const BlocklistModel *m_blocklist = nullptr;
};

} // namespace Rampart
