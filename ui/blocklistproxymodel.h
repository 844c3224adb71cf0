#pragma once

#include <QSortFilterProxyModel>

namespace Rampart {

class BlocklistModel;

// Sorts and filters a BlocklistModel on its raw values, reading the rows directly rather
// than through QVariants, so that a million rows sort and filter in one go.
class BlocklistProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BlocklistProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Matched, without regard to case, against the entry, its source and its comment.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const BlocklistModel *m_blocklist = nullptr;
    QString m_filterText;
};

} // namespace Rampart
