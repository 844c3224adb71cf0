#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QStyle>

class QTableView;

namespace Rampart {

// The messages of the window's code outside its classes.
class Widgets
{
    Q_DECLARE_TR_FUNCTIONS(Rampart::Widgets)
};

// The desktop theme's icon, or the style's own where the theme has none.
QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback);

// How the tabs' tables of rows look and behave: whole rows selected, several at once,
// nothing edited in place, alternate rows, one line per row without grid or row numbers,
// and fixed row heights, which keep tens of thousands of rows cheap to lay out at every
// refresh. Sorting is on; the caller picks the column.
void setUpRowTable(QTableView *table);

} // namespace Rampart
