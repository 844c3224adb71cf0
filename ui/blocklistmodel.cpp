#include "blocklistmodel.h"

#include "client/hitcounters.h"
#include "net/cidr.h"
#include "time/duration.h"

#include <QCollator>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <cstring>
#include <limits>
#include <numeric>
#include <optional>
#include <utility>

namespace Rampart {

namespace {

// Row removals and insertions each move the rows after them, in the model and in every
// proxy: past this many row moves in all, one layout change costs less.
constexpr qint64 maxIncrementalWork = 4'000'000;
// Past this many runs of changed rows, one dataChanged over their span is cheaper.
constexpr int maxChangedRuns = 256;

// Family, then address, then prefix length: a network before the addresses inside it.
int compareAddresses(const Cidr &a, const Cidr &b)
{
    if (a.family() != b.family())
        return a.family() < b.family() ? -1 : 1;
    if (const int bytes = std::memcmp(a.bytes().data(), b.bytes().data(), a.bytes().size()))
        return bytes;
    return a.prefixLength() - b.prefixLength();
}

// Hex digits of the address order: a string comparison orders them as compareAddresses().
QString addressKeyText(const Cidr &cidr)
{
    QByteArray bytes;
    bytes.reserve(18);
    bytes.append(char(cidr.family()));
    bytes.append(reinterpret_cast<const char *>(cidr.bytes().data()),
                 qsizetype(cidr.bytes().size()));
    bytes.append(char(cidr.prefixLength()));
    return QString::fromLatin1(bytes.toHex());
}

// Seconds since the epoch of a time read from a listing. A local time's conversion asks the
// C library, which looks at the time zone file each time; a feed's entries share one time.
class SecondsOf
{
public:
    qint64 operator()(const QDateTime &time)
    {
        if (!m_known || time != m_last) {
            m_last = time;
            m_seconds = time.isValid() ? time.toSecsSinceEpoch() : 0;
            m_known = true;
        }
        return m_seconds;
    }

private:
    QDateTime m_last;
    qint64 m_seconds = 0;
    bool m_known = false;
};

std::optional<BlocklistModel::Row> rowOf(const BlockedEntry &entry, SecondsOf &createdSeconds,
                                         SecondsOf &expirySeconds)
{
    const CidrParse parsed = parseCidr(entry.cidr);
    // Cannot come from a helper that validates what it stores.
    if (!parsed.cidr)
        return std::nullopt;
    BlocklistModel::Row row;
    row.cidr = *parsed.cidr;
    row.source = entry.source;
    row.comment = entry.comment;
    row.created = createdSeconds(entry.created);
    row.expires = expirySeconds(entry.expires);
    row.packets = entry.packets;
    row.bytes = entry.bytes;
    return row;
}

HitCounters::Reading readingOf(const BlocklistModel::Row &row)
{
    return { row.packets, row.bytes, HitCounters::counterStart(row.source, row.created) };
}

HitCounters::Activity activityOf(const BlocklistModel::Row &row)
{
    return { row.lastHitMs, row.packetsPerSecond, true };
}

quint64 rateOrder(const BlocklistModel::Row &row)
{
    // Thousandths of a packet per second tell rates apart well enough to sort them.
    return quint64(double(row.packetsPerSecond) * 1000.0 + 0.5);
}

QDateTime dateTimeOf(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds);
}

quint64 expiryOrder(const BlocklistModel::Row &row)
{
    return row.expires ? quint64(row.expires) : std::numeric_limits<quint64>::max();
}

// Whether each column differs between two versions of one entry.
std::array<bool, BlocklistModel::ColumnCount> differences(const BlocklistModel::Row &a,
                                                          const BlocklistModel::Row &b)
{
    return { a.cidr != b.cidr,
             a.source != b.source,
             a.expires != b.expires,
             a.packets != b.packets,
             a.bytes != b.bytes,
             a.lastHitMs != b.lastHitMs,
             a.packetsPerSecond != b.packetsPerSecond,
             a.comment != b.comment,
             a.created != b.created };
}

// Contiguous runs of ascending row numbers, as (first, last) pairs.
QList<std::pair<int, int>> runsOf(const QList<int> &rows)
{
    QList<std::pair<int, int>> runs;
    for (const int row : rows) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({ row, row });
    }
    return runs;
}

// The place of each row's text among the distinct texts of all rows, in the locale's
// collation without regard to case: collation keys are made once per distinct text (a feed's
// name is shared by all its rows), not once per comparison.
template<typename TextOf, typename ShownAs>
std::vector<quint64> textRanks(const QList<BlocklistModel::Row> &rows, TextOf textOf,
                               ShownAs shownAs)
{
    std::vector<quint64> ranks(size_t(rows.size()));
    QHash<QString, int> indexOf;
    QStringList distinct;
    std::vector<int> distinctOfRow(size_t(rows.size()));
    // Rows of one feed share their source's text: most lookups are the one before.
    const QChar *lastData = nullptr;
    qsizetype lastSize = -1;
    int lastIndex = -1;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const QString &text = textOf(rows.at(row));
        if (lastIndex < 0 || text.constData() != lastData || text.size() != lastSize) {
            const auto found = indexOf.constFind(text);
            if (found != indexOf.constEnd()) {
                lastIndex = found.value();
            } else {
                lastIndex = int(distinct.size());
                indexOf.insert(text, lastIndex);
                distinct.append(text);
            }
            lastData = text.constData();
            lastSize = text.size();
        }
        distinctOfRow[size_t(row)] = lastIndex;
    }

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(distinct.size()));
    std::vector<int> byText(size_t(distinct.size()));
    std::iota(byText.begin(), byText.end(), 0);
    for (const QString &text : std::as_const(distinct))
        keys.push_back(collator.sortKey(shownAs(text)));
    std::sort(byText.begin(), byText.end(), [&](int a, int b) {
        if (const int order = keys[size_t(a)].compare(keys[size_t(b)]))
            return order < 0;
        return distinct.at(a) < distinct.at(b);
    });
    std::vector<quint64> rankOfDistinct(byText.size());
    for (size_t rank = 0; rank < byText.size(); ++rank)
        rankOfDistinct[size_t(byText[rank])] = rank;
    for (size_t row = 0; row < ranks.size(); ++row)
        ranks[row] = rankOfDistinct[size_t(distinctOfRow[row])];
    return ranks;
}

} // namespace

QString BlocklistModel::sourceText(const QString &source)
{
    // The helper's own name for blocks made by hand; feeds carry their own names.
    if (source == QLatin1String("manual"))
        return tr("by hand");
    return source;
}

namespace {

bool isNumberColumn(int column)
{
    return column == BlocklistModel::PacketsColumn || column == BlocklistModel::BytesColumn
        || column == BlocklistModel::RateColumn;
}

QString expiryText(qint64 expires)
{
    if (!expires)
        return BlocklistModel::tr("never");
    qint64 seconds = expires - QDateTime::currentSecsSinceEpoch();
    if (seconds <= 0)
        return BlocklistModel::tr("expired");
    // A table refreshed now and then should not pretend to count seconds.
    if (seconds >= 60)
        seconds -= seconds % 60;
    return BlocklistModel::tr("in %1").arg(formatDuration(seconds));
}

// The rows in the sort's order, as indexes into rows. Equal keys are in address order,
// ascending either way, so that a sort gives the same order whatever the order before.
std::vector<int> sortedOrder(const QList<BlocklistModel::Row> &rows, BlocklistModel::SortSpec sort)
{
    std::vector<int> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    const bool descending = sort.order == Qt::DescendingOrder;
    const auto byAddress = [&rows](int a, int b) {
        return compareAddresses(rows.at(a).cidr, rows.at(b).cidr) < 0;
    };
    if (sort.column == BlocklistModel::EntryColumn || sort.column < 0
        || sort.column >= BlocklistModel::ColumnCount) {
        if (descending)
            std::sort(order.begin(), order.end(), [&](int a, int b) { return byAddress(b, a); });
        else
            std::sort(order.begin(), order.end(), byAddress);
        return order;
    }

    std::vector<quint64> keys;
    switch (sort.column) {
    case BlocklistModel::SourceColumn:
        keys = textRanks(
            rows, [](const BlocklistModel::Row &row) -> const QString & { return row.source; },
            [](const QString &source) { return BlocklistModel::sourceText(source); });
        break;
    case BlocklistModel::CommentColumn:
        keys = textRanks(
            rows, [](const BlocklistModel::Row &row) -> const QString & { return row.comment; },
            [](const QString &comment) { return comment; });
        break;
    default:
        keys.resize(size_t(rows.size()));
        for (qsizetype row = 0; row < rows.size(); ++row) {
            const BlocklistModel::Row &value = rows.at(row);
            switch (sort.column) {
            case BlocklistModel::ExpiresColumn:
                keys[size_t(row)] = expiryOrder(value);
                break;
            case BlocklistModel::PacketsColumn:
                keys[size_t(row)] = value.packets;
                break;
            case BlocklistModel::BytesColumn:
                keys[size_t(row)] = value.bytes;
                break;
            case BlocklistModel::LastHitColumn:
                keys[size_t(row)] = quint64(value.lastHitMs);
                break;
            case BlocklistModel::RateColumn:
                keys[size_t(row)] = rateOrder(value);
                break;
            default:
                keys[size_t(row)] = quint64(value.created);
            }
        }
    }

    struct Keyed
    {
        quint64 key;
        int row;
    };
    std::vector<Keyed> keyed(order.size());
    for (size_t row = 0; row < keyed.size(); ++row)
        keyed[row] = { keys[row], int(row) };
    keys = {};
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
        if (a.key != b.key)
            return descending ? a.key > b.key : a.key < b.key;
        return byAddress(a.row, b.row);
    });
    for (size_t i = 0; i < keyed.size(); ++i)
        order[i] = keyed[i].row;
    return order;
}

std::vector<int> addressOrder(const QList<BlocklistModel::Row> &rows)
{
    std::vector<int> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    const auto byAddress = [&rows](int a, int b) {
        return compareAddresses(rows.at(a).cidr, rows.at(b).cidr) < 0;
    };
    // The rows are in address order unless sorted by another column.
    if (!std::is_sorted(order.begin(), order.end(), byAddress))
        std::sort(order.begin(), order.end(), byAddress);
    return order;
}

// Puts rows[order[i]] at row i, moving each row once, one cycle of the permutation at a
// time: no second copy of a million rows.
void permute(QList<BlocklistModel::Row> &rows, const std::vector<int> &order)
{
    std::vector<bool> placed(order.size(), false);
    for (size_t start = 0; start < order.size(); ++start) {
        if (placed[start])
            continue;
        BlocklistModel::Row held = std::move(rows[qsizetype(start)]);
        size_t at = start;
        while (size_t(order[at]) != start) {
            rows[qsizetype(at)] = std::move(rows[order[at]]);
            placed[at] = true;
            at = size_t(order[at]);
        }
        rows[qsizetype(at)] = std::move(held);
        placed[at] = true;
    }
}

// Freeing a million rows or entries takes tens of milliseconds: off the GUI thread. The
// allocator keeps what a million small strings took for the process, in the arena of the
// thread that made them; the next listing is read on another thread, into another arena, and
// the window would hold both. So it is given back.
template<typename T> void letGo(T &&held)
{
    QThreadPool::globalInstance()->start([held = std::move(held)]() mutable {
        held = {};
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
}

} // namespace

BlocklistModel::BlocklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

BlocklistModel::~BlocklistModel() = default;

int BlocklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BlocklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

BlockedEntry BlocklistModel::entryAt(int row) const
{
    const Row &value = m_rows.at(row);
    BlockedEntry entry;
    entry.cidr = value.cidr.toString();
    entry.source = value.source;
    entry.created = dateTimeOf(value.created);
    if (value.expires)
        entry.expires = dateTimeOf(value.expires);
    entry.packets = value.packets;
    entry.bytes = value.bytes;
    entry.comment = value.comment;
    return entry;
}

QVariant BlocklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EntryColumn:
            return row.cidr.toString();
        case SourceColumn:
            return sourceText(row.source);
        case ExpiresColumn:
            return expiryText(row.expires);
        case PacketsColumn:
            return QLocale().toString(qulonglong(row.packets));
        case BytesColumn:
            return QLocale().formattedDataSize(
                qint64(std::min<quint64>(row.bytes, quint64(std::numeric_limits<qint64>::max()))));
        case LastHitColumn:
            return row.lastHitMs ? QLocale().toString(
                       QDateTime::fromMSecsSinceEpoch(row.lastHitMs).time(), QLocale::ShortFormat)
                                 : QString();
        case RateColumn:
            return row.packetsPerSecond > 0 ? tr("%1/s").arg(QLocale().toString(
                       double(row.packetsPerSecond), 'f', row.packetsPerSecond < 10 ? 1 : 0))
                                            : QString();
        case CommentColumn:
            return row.comment;
        case CreatedColumn:
            return QLocale().toString(dateTimeOf(row.created), QLocale::ShortFormat);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case EntryColumn:
            return addressKeyText(row.cidr);
        case SourceColumn:
            return sourceText(row.source);
        case ExpiresColumn:
            return row.expires ? row.expires : std::numeric_limits<qint64>::max();
        case PacketsColumn:
            return qulonglong(row.packets);
        case BytesColumn:
            return qulonglong(row.bytes);
        case LastHitColumn:
            return row.lastHitMs;
        case RateColumn:
            return double(row.packetsPerSecond);
        case CommentColumn:
            return row.comment;
        case CreatedColumn:
            return row.created;
        }
        break;
    case CidrRole:
        return row.cidr.toString();
    case Qt::TextAlignmentRole:
        if (isNumberColumn(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == ExpiresColumn && row.expires)
            return QLocale().toString(dateTimeOf(row.expires), QLocale::LongFormat);
        if (index.column() == CreatedColumn)
            return QLocale().toString(dateTimeOf(row.created), QLocale::LongFormat);
        if (index.column() == CommentColumn && !row.comment.isEmpty())
            return row.comment;
        if (index.column() == BytesColumn)
            // Exact, where the column rounds; no plural to get wrong with a 64-bit count.
            return tr("Bytes: %1").arg(QLocale().toString(qulonglong(row.bytes)));
        if (index.column() == LastHitColumn) {
            return row.lastHitMs ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.lastHitMs),
                                                      QLocale::LongFormat)
                                 : tr("No packet seen since the window began watching");
        }
        if (index.column() == RateColumn)
            return tr("Packets dropped per second since the listing before");
        break;
    }
    return {};
}

QVariant BlocklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(isNumberColumn(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                           : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntryColumn:
        return tr("Entry");
    case SourceColumn:
        return tr("Source");
    case ExpiresColumn:
        return tr("Expires");
    case PacketsColumn:
        return tr("Packets");
    case BytesColumn:
        return tr("Bytes");
    case LastHitColumn:
        return tr("Last Hit");
    case RateColumn:
        return tr("Rate");
    case CommentColumn:
        return tr("Comment");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

BlocklistModel::Update BlocklistModel::diff(const QList<Row> &current, quint64 generation,
                                            const QList<BlockedEntry> *listing, SortSpec sort,
                                            qint64 currentReadAtMs, qint64 listingReadAtMs)
{
    Update update;
    update.generation = generation;
    update.sort = sort;
    if (!listing) {
        update.sortOnly = true;
        const std::vector<int> order = sortedOrder(current, sort);
        // Copied here in the new order, so that the GUI thread only swaps them in.
        update.newRowOfOld.resize(order.size());
        update.rows.reserve(qsizetype(order.size()));
        for (size_t row = 0; row < order.size(); ++row) {
            update.newRowOfOld[size_t(order[row])] = int(row);
            update.rows.append(current.at(order[row]));
        }
        update.reordered = !std::is_sorted(order.begin(), order.end());
        return update;
    }

    QList<Row> fresh;
    fresh.reserve(listing->size());
    QSet<QString> sources;
    const QChar *lastSource = nullptr;
    SecondsOf createdSeconds;
    SecondsOf expirySeconds;
    for (const BlockedEntry &entry : *listing) {
        if (std::optional<Row> row = rowOf(entry, createdSeconds, expirySeconds)) {
            // A feed's name is shared by all its rows: most are the one before.
            if (row->source.constData() != lastSource) {
                sources.insert(row->source);
                lastSource = row->source.constData();
            }
            fresh.append(std::move(*row));
        }
    }
    update.sources = QStringList(sources.cbegin(), sources.cend());
    update.sources.sort();
    // An entry listed twice (by hand and by a feed) is shown once: the first one stands.
    std::vector<int> freshByAddress(size_t(fresh.size()));
    std::iota(freshByAddress.begin(), freshByAddress.end(), 0);
    std::stable_sort(freshByAddress.begin(), freshByAddress.end(), [&fresh](int a, int b) {
        return compareAddresses(fresh.at(a).cidr, fresh.at(b).cidr) < 0;
    });
    std::vector<bool> duplicate(size_t(fresh.size()), false);
    bool anyDuplicate = false;
    for (size_t i = 1; i < freshByAddress.size(); ++i) {
        if (fresh.at(freshByAddress[i]).cidr == fresh.at(freshByAddress[i - 1]).cidr) {
            duplicate[size_t(freshByAddress[i])] = true;
            anyDuplicate = true;
        }
    }
    if (anyDuplicate) {
        QList<Row> unique;
        std::vector<int> uniqueIndex(size_t(fresh.size()), -1);
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (!duplicate[size_t(i)]) {
                uniqueIndex[size_t(i)] = int(unique.size());
                unique.append(std::move(fresh[i]));
            }
        }
        fresh = std::move(unique);
        std::vector<int> uniqueByAddress;
        uniqueByAddress.reserve(size_t(fresh.size()));
        for (const int i : freshByAddress) {
            if (uniqueIndex[size_t(i)] >= 0)
                uniqueByAddress.push_back(uniqueIndex[size_t(i)]);
        }
        freshByAddress = std::move(uniqueByAddress);
    }

    // Matched by address: both sides in address order, walked together.
    const std::vector<int> currentByAddress = addressOrder(current);
    std::vector<int> oldOfFresh(size_t(fresh.size()), -1);
    for (size_t i = 0, j = 0; i < currentByAddress.size() && j < freshByAddress.size();) {
        const int old = currentByAddress[i];
        const int compared =
            compareAddresses(current.at(old).cidr, fresh.at(freshByAddress[j]).cidr);
        if (compared < 0) {
            ++i;
        } else if (compared > 0) {
            ++j;
        } else {
            oldOfFresh[size_t(freshByAddress[j])] = old;
            ++i;
            ++j;
        }
    }
    // Before sorting, which may be by last hit or rate.
    update.readAtMs = listingReadAtMs;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        Row &row = fresh[i];
        const int old = oldOfFresh[size_t(i)];
        const HitCounters::Activity activity = old >= 0
            ? HitCounters::advance(readingOf(current.at(old)), activityOf(current.at(old)),
                                   currentReadAtMs, readingOf(row), listingReadAtMs)
            : HitCounters::advance(std::nullopt, {}, currentReadAtMs, readingOf(row),
                                   listingReadAtMs);
        row.lastHitMs = activity.lastHitMs;
        // Not known yet shows as nothing, as no hits do: the first refresh after a load
        // changes only the rows that were hit.
        row.packetsPerSecond = float(activity.packetsPerSecond);
        // A listing read without a time keeps what the rows knew.
        if (old >= 0 && (!currentReadAtMs || !listingReadAtMs)) {
            row.lastHitMs = current.at(old).lastHitMs;
            row.packetsPerSecond = current.at(old).packetsPerSecond;
        }
    }

    const std::vector<int> order = sort == SortSpec {} ? freshByAddress : sortedOrder(fresh, sort);
    std::vector<int> newRowOfFresh(order.size());
    for (size_t row = 0; row < order.size(); ++row)
        newRowOfFresh[size_t(order[row])] = int(row);
    permute(fresh, order);
    update.rows = std::move(fresh);

    update.newRowOfOld.assign(size_t(current.size()), -1);
    std::vector<int> oldRowOfNew(order.size(), -1);
    for (size_t i = 0; i < oldOfFresh.size(); ++i) {
        if (const int old = oldOfFresh[i]; old >= 0) {
            const int newRow = newRowOfFresh[i];
            update.newRowOfOld[size_t(old)] = newRow;
            oldRowOfNew[size_t(newRow)] = old;
        }
    }

    for (qsizetype old = 0; old < current.size(); ++old) {
        if (update.newRowOfOld[size_t(old)] < 0)
            update.removed.append(int(old));
    }
    int lastOld = -1;
    for (size_t row = 0; row < oldRowOfNew.size(); ++row) {
        const int old = oldRowOfNew[row];
        if (old < 0) {
            update.added.append(int(row));
            continue;
        }
        if (old < lastOld)
            update.reordered = true;
        lastOld = old;
        const auto differs = differences(current.at(old), update.rows.at(qsizetype(row)));
        bool changed = false;
        for (int column = 0; column < ColumnCount; ++column) {
            if (differs[size_t(column)]) {
                changed = true;
                update.firstChangedColumn = std::min(update.firstChangedColumn, column);
                update.lastChangedColumn = std::max(update.lastChangedColumn, column);
            }
        }
        if (changed)
            update.changed.append(int(row));
    }
    return update;
}

bool BlocklistModel::apply(Update &&update)
{
    if (update.generation != m_generation)
        return false;
    ++m_generation;
    m_sort = update.sort;
    if (!update.sortOnly)
        m_readAtMs = update.readAtMs;

    if (update.sortOnly) {
        if (!update.reordered)
            return true; // already in that order
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from)
            to.append(this->index(update.newRowOfOld[size_t(index.row())], index.column()));
        letGo(std::exchange(m_rows, std::move(update.rows)));
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return true;
    }

    if (update.sources != m_sources) {
        m_sources = update.sources;
        Q_EMIT sourcesChanged();
    }

    const QList<std::pair<int, int>> removedRuns = runsOf(update.removed);
    const QList<std::pair<int, int>> addedRuns = runsOf(update.added);
    const qint64 work =
        qint64(removedRuns.size() + addedRuns.size()) * std::max(m_rows.size(), update.rows.size());
    if (update.reordered || work > maxIncrementalWork) {
        // Views keep their selection through the persistent indexes; gone rows leave it.
        // The row count changes apart, at the end, as one insertion or removal: a layout
        // change that also changes the count makes views lay out every row anew.
        const qsizetype oldCount = m_rows.size();
        const qsizetype newCount = update.rows.size();
        QList<Row> rows = std::move(update.rows);
        if (newCount > oldCount) {
            // The rows past the old count are new to everyone.
            beginInsertRows({}, int(oldCount), int(newCount) - 1);
            letGo(std::exchange(m_rows, std::move(rows)));
            endInsertRows();
        }
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList from = persistentIndexList();
        if (newCount <= oldCount) {
            // Left at the end for a moment, removed right after.
            rows.resize(oldCount);
            letGo(std::exchange(m_rows, std::move(rows)));
        }
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from) {
            const int row =
                index.row() < oldCount ? update.newRowOfOld[size_t(index.row())] : index.row();
            to.append(row < 0 ? QModelIndex() : this->index(row, index.column()));
        }
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged();
        if (newCount < oldCount) {
            beginRemoveRows({}, int(newCount), int(oldCount) - 1);
            m_rows.resize(newCount);
            endRemoveRows();
        }
        return true;
    }

    if (m_rows.isEmpty() && !update.rows.isEmpty()) {
        // Nothing to keep: a reset costs proxies and views less than a million insertions.
        beginResetModel();
        m_rows = std::move(update.rows);
        endResetModel();
        return true;
    }
    // From the bottom up, so that the row numbers above stay true.
    for (auto run = removedRuns.crbegin(); run != removedRuns.crend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        m_rows.remove(run->first, run->second - run->first + 1);
        endRemoveRows();
    }
    // From the top down: the rows above each run are those above it in the end.
    for (const auto &[first, last] : addedRuns) {
        beginInsertRows({}, first, last);
        m_rows.insert(first, last - first + 1, Row {});
        for (int row = first; row <= last; ++row)
            m_rows[row] = update.rows.at(row);
        endInsertRows();
    }
    // The rows are now those of the update, in its order; the values are the update's.
    Q_ASSERT(m_rows.size() == update.rows.size());
    letGo(std::exchange(m_rows, std::move(update.rows)));
    // Only the columns that changed are named: a proxy filtering on one column need not
    // look at rows whose packet counters moved. A refresh of the counters alone names only
    // the rows that changed, however scattered: a span would make a filtering proxy look at
    // every row between them (a million for 20,000 moved counters).
    QList<std::pair<int, int>> changedRuns = runsOf(update.changed);
    const bool countersOnly =
        update.firstChangedColumn >= PacketsColumn && update.lastChangedColumn <= RateColumn;
    if (changedRuns.size() > maxChangedRuns && !countersOnly)
        changedRuns = { { changedRuns.first().first, changedRuns.last().second } };
    for (const auto &[first, last] : std::as_const(changedRuns)) {
        Q_EMIT dataChanged(index(first, update.firstChangedColumn),
                           index(last, update.lastChangedColumn));
    }
    return true;
}

void BlocklistModel::setEntries(const QList<BlockedEntry> &listing, qint64 readAtMs)
{
    apply(diff(m_rows, m_generation, &listing, m_wantedSort, m_readAtMs,
               readAtMs ? readAtMs : QDateTime::currentMSecsSinceEpoch()));
}

bool BlocklistModel::inBackground(qsizetype listingRows) const
{
    return std::max(m_rows.size(), listingRows) >= m_backgroundThreshold;
}

void BlocklistModel::sort(int column, Qt::SortOrder order)
{
    m_wantedSort = { column < 0 || column >= ColumnCount ? int(EntryColumn) : column, order };
    if (m_inFlight)
        return; // sorted once the work under way is done
    if (m_wantedSort == m_sort)
        return;
    if (!inBackground(0)) {
        apply(diff(m_rows, m_generation, nullptr, m_wantedSort));
        return;
    }
    startWork();
}

void BlocklistModel::takeEntries(const BlocklistListing::Entries &entries, qint64 readAtMs)
{
    m_unapplied = entries;
    m_unappliedReadAtMs = readAtMs ? readAtMs : QDateTime::currentMSecsSinceEpoch();
    ++m_unappliedNumber;
    if (m_inFlight || !m_unapplied)
        return; // compared once the work under way is done
    if (!inBackground(m_unapplied->size())) {
        apply(diff(m_rows, m_generation, m_unapplied.get(), m_wantedSort, m_readAtMs,
                   m_unappliedReadAtMs));
        m_unapplied.reset();
        Q_EMIT updated();
        return;
    }
    startWork();
}

void BlocklistModel::startWork()
{
    if (m_inFlight || (!m_unapplied && m_wantedSort == m_sort))
        return;
    m_inFlight = true;
    auto *working = new QFutureWatcher<Update>(this);
    connect(working, &QFutureWatcherBase::finished, this,
            [this, working, number = m_unappliedNumber] {
                working->deleteLater();
                m_inFlight = false;
                Update update = working->future().takeResult();
                const bool listed = !update.sortOnly;
                if (apply(std::move(update))) {
                    // The rows show them now; a read that came meanwhile is compared next.
                    if (listed && number == m_unappliedNumber)
                        letGo(std::exchange(m_unapplied, {}));
                    Q_EMIT updated();
                }
                startWork();
            });
    // Against a snapshot of the rows, applied only if nothing changed the model meanwhile.
    working->setFuture(QtConcurrent::run(
        [entries = m_unapplied, rows = m_rows, generation = m_generation, sort = m_wantedSort,
         rowsReadAt = m_readAtMs, entriesReadAt = m_unappliedReadAtMs]() mutable {
            Update update = diff(rows, generation, entries.get(), sort, rowsReadAt, entriesReadAt);
            // Let go of the snapshot here, so that applying the update does not copy every row,
            // and of the entries, so that the model alone decides how long they are held.
            rows = {};
            entries.reset();
            return update;
        }));
}

} // namespace Rampart
