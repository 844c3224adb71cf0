#pragma once

#include "rules/entryrules.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <limits>

class QTimer;

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
// starts a comment to the end of its line. A range "first-last" is one item, also with
// spaces around its dash on one line. The views point into text.
QList<PastedItem> pastedItems(QStringView text);

// What a list of items comes to when sent for a use: every item parsed strictly
// (parseCidr) and held to the use's rule (entryRefusal), as the helper will hold it. A
// range "first-last" is read as a feed's (scanFeedItem) and becomes the fewest networks
// that cover it, each held to the rule: one refused refuses the range.
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

    // A range item and the networks it became, for a preview.
    struct Range
    {
        int line = 0;
        int column = 0;
        qsizetype offset = 0;
        qsizetype length = 0;
        QStringList networks; // also those that repeat an entry before them
    };

    QStringList entries; // valid and unique, in order, as the parser writes them
    int duplicates = 0; // valid items left out as written before (::ffff:192.0.2.7 is 192.0.2.7)
    int refused = 0; // every refused item, also those beyond problems
    QList<Problem> problems; // the first refused items, in order
    int rangeCount = 0; // every valid range, also those beyond ranges
    QList<Range> ranges; // the first valid ranges, in order, as many as problems may hold
};

CheckedEntries checkEntries(const QList<PastedItem> &items, EntryUse use,
                            qsizetype maxProblems = std::numeric_limits<qsizetype>::max());

// Checks pasted text while it is being typed or pasted, off the calling thread: a moment
// after the last change, one check at a time, the newest text next, so that a 50,000-line
// paste never freezes a dialog. Between a change and the check of it, nothing checked
// before may be sent.
class PastedEntriesChecker : public QObject
{
    Q_OBJECT

public:
    // text is read on the calling thread when a check starts; maxProblems as for
    // checkEntries().
    PastedEntriesChecker(EntryUse use, qsizetype maxProblems, std::function<QString()> text,
                         QObject *parent = nullptr);
    ~PastedEntriesChecker() override;

    // The text changed: checked() comes once it has been checked.
    void textChanged();
    // Whether result() is of the text as it is now.
    bool isCurrent() const { return m_checkedGeneration == m_generation; }
    // The last check's, or an empty one before the first.
    const CheckedEntries &result() const { return m_result; }

Q_SIGNALS:
    // result() is of the text as it is now.
    void checked();

private:
    void start();

    const EntryUse m_use;
    const qsizetype m_maxProblems;
    const std::function<QString()> m_text;
    QTimer *m_delay;
    QFutureWatcher<CheckedEntries> m_running;
    quint64 m_generation = 0; // of the text
    quint64 m_runningGeneration = 0; // of the check under way
    quint64 m_checkedGeneration = 0; // of result()
    bool m_again = false;
    CheckedEntries m_result;
};

} // namespace Rampart
