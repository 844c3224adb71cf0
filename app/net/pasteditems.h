#pragma once

#include <QList>
#include <QStringView>

namespace Rampart {

// One item of text pasted into a dialog, where it stands in the text.
struct PastedItem
{
    QStringView text; // a view into the pasted text
    int line = 1; // from 1
    int column = 1; // from 1
    qsizetype offset = 0; // from the start of the text
};

// Addresses pasted in any form: separated by lines, commas, semicolons or spaces; '#'
// starts a comment to the end of its line. The views point into text.
QList<PastedItem> pastedItems(QStringView text);

} // namespace Rampart
