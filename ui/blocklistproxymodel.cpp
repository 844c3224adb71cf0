#include "blocklistproxymodel.h"

#include "blocklistmodel.h"
#include "client/blocklistlookup.h"

namespace Rampart {

BlocklistProxyModel::BlocklistProxyModel(QObject *parent)
    : TextFilterProxyModel(BlocklistModel::SortRole, parent)
{ }

void BlocklistProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_blocklist = qobject_cast<BlocklistModel *>(model);
    m_lastSourceKnown = false;
    QSortFilterProxyModel::setSourceModel(model);
}

void BlocklistProxyModel::sort(int column, Qt::SortOrder order)
{
    if (!m_blocklist) {
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    // The proxy keeps the model's order; the model sorts off the GUI thread.
    m_blocklist->sort(column, order);
}

void BlocklistProxyModel::setSourceFilter(const QString &source)
{
    if (source == m_sourceFilter)
        return;
    m_sourceFilter = source;
    invalidateFilter();
}

void BlocklistProxyModel::filterTextChanged()
{
    const QString text = filterText();
    m_lastSourceKnown = false;
    m_query.reset();
    m_addressStartV4 = false;
    m_addressStartV6 = false;
    m_firstOctet = -1;
    if (text.isEmpty())
        return;
    if (const CidrParse parsed = parseCidr(text); parsed.cidr) {
        m_query = parsed.cidr;
        return;
    }
    // Part of an address is matched against the start of the entries, never inside them:
    // "185.2" finds 185.220.101.0/26, not 191.185.21.146.
    bool digits = false;
    bool hex = true;
    for (const QChar c : text) {
        const bool digit = c.isDigit() && c.unicode() < 128;
        digits = digits || digit;
        const bool hexLetter = (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!digit && !hexLetter && c != u'.' && c != u':' && c != u'/')
            hex = false;
    }
    if (!hex)
        return;
    const bool dot = text.contains(u'.');
    const bool colon = text.contains(u':');
    m_addressStartV4 = digits && !colon && text.front() != u'.';
    m_addressStartV6 = colon || !dot;
    if (m_addressStartV4 && dot) {
        bool ok = false;
        const int octet = text.left(text.indexOf(u'.')).toInt(&ok);
        if (!ok || octet > 255)
            m_addressStartV4 = false;
        else
            m_firstOctet = octet;
    }
}

bool BlocklistProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_blocklist)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const BlocklistModel::Row &row = m_blocklist->rowAt(sourceRow);
    if (!m_sourceFilter.isEmpty() && row.source != m_sourceFilter)
        return false;
    if (filterText().isEmpty())
        return true;
    if (m_query)
        return BlocklistLookup::relates(row.cidr, *m_query);
    if (matches(row.comment))
        return true;
    if (!m_lastSourceKnown || row.source.constData() != m_lastSource.constData()
        || row.source.size() != m_lastSource.size()) {
        m_lastSource = row.source;
        m_lastSourceKnown = true;
        m_lastSourceMatches = matches(BlocklistModel::sourceText(row.source));
    }
    if (m_lastSourceMatches)
        return true;
    const bool v4 = row.cidr.family() == Family::V4;
    if (v4 ? !m_addressStartV4 : !m_addressStartV6)
        return false;
    if (v4 && m_firstOctet >= 0 && row.cidr.bytes()[0] != m_firstOctet)
        return false;
    return row.cidr.toString().startsWith(filterText(), Qt::CaseInsensitive);
}

} // namespace Rampart
