#include "net/pasteditems.h"

#include "net/cidr.h"

#include <QSet>

namespace Rampart {

namespace {

bool isSeparator(QChar c)
{
    return c == u',' || c == u';' || c.isSpace();
}

} // namespace

QList<PastedItem> pastedItems(QStringView text)
{
    QList<PastedItem> items;
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            ++line;
            lineStart = ++i;
            continue;
        }
        if (c == u'#') {
            while (i < size && text.at(i) != u'\n')
                ++i;
            continue;
        }
        if (isSeparator(c)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && !isSeparator(text.at(i)) && text.at(i) != u'#')
            ++i;
        items.append({ text.sliced(start, i - start), line, int(start - lineStart) + 1, start });
    }
    return items;
}

CheckedEntries checkEntries(const QList<PastedItem> &items, EntryUse use, qsizetype maxProblems)
{
    CheckedEntries checked;
    QSet<QString> seen;
    for (const PastedItem &item : items) {
        const CidrParse parsed = parseCidr(item.text);
        const QString reason = parsed.cidr ? entryRefusal(*parsed.cidr, use) : parsed.error;
        if (!reason.isEmpty()) {
            ++checked.refused;
            if (checked.problems.size() < maxProblems)
                checked.problems.append(
                    { item.line, item.column, item.offset, item.text.size(), reason });
            continue;
        }
        QString entry = parsed.cidr->toString();
        if (seen.contains(entry)) {
            ++checked.duplicates;
            continue;
        }
        seen.insert(entry);
        checked.entries.append(std::move(entry));
    }
    return checked;
}

} // namespace Rampart
