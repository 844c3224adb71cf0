#include "net/pasteditems.h"

#include "feeds/feeditem.h"
#include "net/cidr.h"
#include "net/rangeset.h"

#include <QSet>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Rampart {

namespace {

bool isSeparator(QChar c)
{
    return c == u',' || c == u';' || c.isSpace();
}

// Spaces that may stand around a range's dash: a range never spans lines.
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isItemCharacter(QChar c)
{
    return !isSeparator(c) && c != u'#';
}

// The networks a range item "first-last" becomes, or why it is not a range (the import's
// rule and words: scanFeedItem(), feedItemError()).
struct RangeParse
{
    QList<Cidr> networks;
    QString error;
};

RangeParse parseRange(QStringView text)
{
    const QByteArray bytes = text.toUtf8();
    FeedItem item;
    if (!scanFeedItem(bytes.constData(), bytes.constData() + bytes.size(), &item))
        return { {}, feedItemError(bytes) };
    RangeSet range;
    if (item.family == Family::V4)
        range.addV4(item.v4.first, item.v4.last);
    else
        range.addV6(item.v6.first, item.v6.last);
    return { range.toCidrs(), {} };
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
        while (i < size && isItemCharacter(text.at(i)))
            ++i;
        // A range may have spaces around its dash ("192.0.2.10 - 192.0.2.20"): the item
        // goes on over the dash to the address after it, on the same line.
        for (;;) {
            qsizetype next = i;
            while (next < size && isBlank(text.at(next)))
                ++next;
            const bool dashBefore = text.at(i - 1) == u'-';
            const bool dashNext = next < size && text.at(next) == u'-';
            if (!dashNext && !(dashBefore && next < size && isItemCharacter(text.at(next))))
                break;
            i = next;
            while (i < size && isItemCharacter(text.at(i)))
                ++i;
        }
        items.append({ text.sliced(start, i - start), line, int(start - lineStart) + 1, start });
    }
    return items;
}

CheckedEntries checkEntries(const QList<PastedItem> &items, EntryUse use, qsizetype maxProblems)
{
    CheckedEntries checked;
    QSet<QString> seen;
    QList<Cidr> networks;
    for (const PastedItem &item : items) {
        // Addresses and networks never hold a dash; ranges always do.
        const bool isRange = item.text.contains(u'-');
        QString reason;
        networks.clear();
        if (isRange) {
            RangeParse parsed = parseRange(item.text);
            reason = std::move(parsed.error);
            networks = std::move(parsed.networks);
        } else {
            CidrParse parsed = parseCidr(item.text);
            reason = std::move(parsed.error);
            if (parsed.cidr)
                networks << *parsed.cidr;
        }
        // A range is sent whole or not at all: a part of it refused refuses it.
        for (const Cidr &network : std::as_const(networks)) {
            if (!reason.isEmpty())
                break;
            reason = entryRefusal(network, use);
        }
        if (!reason.isEmpty()) {
            ++checked.refused;
            if (checked.problems.size() < maxProblems)
                checked.problems.append(
                    { item.line, item.column, item.offset, item.text.size(), reason });
            continue;
        }
        QStringList written; // for a range only: a plain item needs no allocation here
        for (const Cidr &network : std::as_const(networks)) {
            QString entry = network.toString();
            if (isRange)
                written << entry;
            if (seen.contains(entry)) {
                ++checked.duplicates;
                continue;
            }
            seen.insert(entry);
            checked.entries.append(std::move(entry));
        }
        if (isRange) {
            ++checked.rangeCount;
            if (checked.ranges.size() < maxProblems)
                checked.ranges.append(
                    { item.line, item.column, item.offset, item.text.size(), std::move(written) });
        }
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
