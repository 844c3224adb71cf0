#pragma once

#include "net/cidr.h"
#include "textfilterproxymodel.h"

#include <optional>

namespace Rampart {

class BlocklistModel;

// Filters a BlocklistModel, reading the rows directly rather than through QVariants, so that
// a million rows filter in one go; sorting is the model's own (sort() is handed to it), so
// that a million rows never sort through lessThan. The filter text is matched by containment
// when it is an address or a network (an address finds the networks that cover it, a network
// also the entries inside it); otherwise against the source and the comment, and, when it can
// be the start of an address ("185.2", "2001:db8"), against the start of the entry.
class BlocklistProxyModel : public TextFilterProxyModel
{
    Q_OBJECT

public:
    explicit BlocklistProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Only the rows of that source (as the helper names it: "manual", "feed:NAME"); empty
    // for all.
    void setSourceFilter(const QString &source);
    QString sourceFilter() const { return m_sourceFilter; }
    // The network the filter text names, when it is one.
    std::optional<Cidr> containmentQuery() const { return m_query; }

protected:
    void filterTextChanged() override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    BlocklistModel *m_blocklist = nullptr;
    QString m_sourceFilter;
    std::optional<Cidr> m_query;
    // The filter text may be the start of an address of that family.
    bool m_addressStartV4 = false;
    bool m_addressStartV6 = false;
    // The first byte a v4 address must have to start with the text; -1 when any may.
    int m_firstOctet = -1;
    // Rows of one source share its text: the last answer is kept for the next row. Held, so
    // that its memory cannot become another source's.
    mutable QString m_lastSource;
    mutable bool m_lastSourceKnown = false;
    mutable bool m_lastSourceMatches = false;
};

} // namespace Rampart
