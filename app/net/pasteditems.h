#pragma once

#include "rules/entryrules.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <limits>

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

// What a list of items comes to when sent for a use: every item parsed strictly
// (parseCidr) and held to the use's rule (entryRefusal), as the helper will hold it.
struct CheckedEntries
{
    struct Problem
    {
        int line = 0; // from 1; 0 when the items came from no text
        int column = 0;
        qsizetype offset = 0; // in the text, to select the item
        qsizetype length = 0;
        QString reason; // the parser's or the rule's, naming the item
    };

    QStringList entries; // valid and unique, in order, as the parser writes them
    int duplicates = 0; // valid items left out as written before (::ffff:192.0.2.7 is 192.0.2.7)
    int refused = 0; // every refused item, also those beyond problems
    QList<Problem> problems; // the first refused items, in order
};

CheckedEntries checkEntries(const QList<PastedItem> &items, EntryUse use,
                            qsizetype maxProblems = std::numeric_limits<qsizetype>::max());

} // namespace Rampart
