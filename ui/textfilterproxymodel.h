#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace Rampart {

// What the Blocklist and Connections views' proxies share: sorting on the source model's
// raw values (its sort role, text without regard to case), and a filter text that the
// subclass matches against the fields of a row it reads directly, not through QVariants.
class TextFilterProxyModel : public QSortFilterProxyModel
{
public:
    TextFilterProxyModel(int sortRole, QObject *parent);

    // Matched without regard to case; the filter runs again when the text changes.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    // Called when the filter text changed, before the rows are filtered again: for what a
    // subclass derives from the text once rather than at every row.
    virtual void filterTextChanged() { }
    // Whether the text holds the filter text.
    bool matches(const QString &text) const
    {
        return text.contains(m_filterText, Qt::CaseInsensitive);
    }

private:
    QString m_filterText;
};

} // namespace Rampart
