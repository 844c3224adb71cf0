#pragma once

#include <QList>
#include <QStyle>

class QFrame;
class QLabel;
class QWidget;

namespace Rampart {

// An icon beside one or more labels, for a note, a warning or an error within a dialog. The
// labels move into the bar and show plain, wrapped, selectable text. `filled` sets the bar
// off from the dialog with the palette's tooltip colours, which every theme keeps readable
// and distinct from windows.
QFrame *messageBar(QWidget *parent, const char *iconName, QStyle::StandardPixmap fallback,
                   const QList<QLabel *> &labels, bool filled);

} // namespace Rampart
