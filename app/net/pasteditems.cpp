#include "net/pasteditems.h"

#include "net/cidr.h"

#include <QSet>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

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

namespace {

// Long enough not to check at every keystroke, short enough to feel immediate.
constexpr int checkDelayMs = 150;

} // namespace

PastedEntriesChecker::PastedEntriesChecker(EntryUse use, qsizetype maxProblems,
                                           std::function<QString()> text, QObject *parent)
    : QObject(parent)
    , m_use(use)
    , m_maxProblems(maxProblems)
    , m_text(std::move(text))
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(checkDelayMs);
    connect(m_delay, &QTimer::timeout, this, &PastedEntriesChecker::start);
    connect(&m_running, &QFutureWatcherBase::finished, this, [this] {
        if (m_runningGeneration == m_generation) {
            m_result = m_running.result();
            m_checkedGeneration = m_runningGeneration;
            Q_EMIT checked();
        }
        if (std::exchange(m_again, false))
            start();
    });
}

// A check under way finishes on its own; it holds nothing of this object.
PastedEntriesChecker::~PastedEntriesChecker() = default;

void PastedEntriesChecker::textChanged()
{
    ++m_generation;
    m_delay->start();
}

void PastedEntriesChecker::start()
{
    if (m_running.isRunning()) {
        // One at a time: the newest text is checked when this one is done.
        m_again = true;
        return;
    }
    m_runningGeneration = m_generation;
    m_running.setFuture(
        QtConcurrent::run([text = m_text(), use = m_use, maxProblems = m_maxProblems] {
            return checkEntries(pastedItems(text), use, maxProblems);
        }));
}

} // namespace Rampart
