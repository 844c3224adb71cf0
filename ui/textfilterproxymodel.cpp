#include "textfilterproxymodel.h"

namespace Rampart {

TextFilterProxyModel::TextFilterProxyModel(int sortRole, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(sortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TextFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    filterTextChanged();
    invalidateFilter();
}

} // namespace Rampart
