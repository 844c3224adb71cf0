#include "blocklistmodel.h"

#include "net/cidr.h"
#include "time/duration.h"

#include <QHash>
#include <QLocale>
#include <QStringView>

#include <limits>

namespace Rampart {

namespace {

// Past this many separate runs of removed rows, one reset costs views less than the
// signals; the main window keeps the selection across it.
constexpr int maxRemovalRuns = 64;
// Past this many runs of changed rows, one dataChanged over their span is cheaper.
constexpr int maxChangedRuns = 256;

BlocklistModel::EntryKey keyOf(const QString &cidrText)
{
    BlocklistModel::EntryKey key;
    const CidrParse parsed = parseCidr(cidrText);
    if (!parsed.cidr) {
        // Cannot come from a helper that validates what it stores; sorts last if it does.
        key.bytes.fill(0xff);
        return key;
    }
    const Cidr &cidr = *parsed.cidr;
    key.bytes[0] = quint8(cidr.family());
    std::copy(cidr.bytes().begin(), cidr.bytes().end(), key.bytes.begin() + 1);
    key.bytes[17] = quint8(cidr.prefixLength());
    return key;
}

// Hex digits of the key: a string comparison orders them as the key does.
QString keyText(const BlocklistModel::EntryKey &key)
{
    const QByteArray bytes(reinterpret_cast<const char *>(key.bytes.data()),
                           qsizetype(key.bytes.size()));
    return QString::fromLatin1(bytes.toHex());
}

bool sameValues(const BlockedEntry &a, const BlockedEntry &b)
{
    return a.packets == b.packets && a.expires == b.expires && a.created == b.created
        && a.source == b.source && a.comment == b.comment;
}

// The first and last column that differ between two versions of one entry.
std::pair<int, int> changedColumns(const BlockedEntry &a, const BlockedEntry &b)
{
    const bool differs[BlocklistModel::ColumnCount] = {
        a.cidr != b.cidr,       a.source != b.source,   a.expires != b.expires,
        a.packets != b.packets, a.comment != b.comment, a.created != b.created,
    };
    int first = BlocklistModel::ColumnCount;
    int last = -1;
    for (int column = 0; column < BlocklistModel::ColumnCount; ++column) {
        if (differs[column]) {
            first = std::min(first, column);
            last = column;
        }
    }
    return { first, last };
}

// Contiguous runs of ascending row numbers, as (first, last) pairs.
template<typename Rows, typename RowOf>
QList<std::pair<int, int>> runsOf(const Rows &rows, RowOf rowOf)
{
    QList<std::pair<int, int>> runs;
    for (const auto &item : rows) {
        const int row = rowOf(item);
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({ row, row });
    }
    return runs;
}

QString sourceText(const QString &source)
{
    // The helper's own name for blocks made by hand; feeds carry their own names.
    if (source == QLatin1String("manual"))
        return BlocklistModel::tr("by hand");
    return source;
}

QString expiryText(const QDateTime &expires)
{
    if (!expires.isValid())
        return BlocklistModel::tr("never");
    qint64 seconds = QDateTime::currentDateTime().secsTo(expires);
    if (seconds <= 0)
        return BlocklistModel::tr("expired");
    // A table refreshed now and then should not pretend to count seconds.
    if (seconds >= 60)
        seconds -= seconds % 60;
    return BlocklistModel::tr("in %1").arg(formatDuration(seconds));
}

} // namespace

BlocklistModel::BlocklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int BlocklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BlocklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlocklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const BlockedEntry &entry = row.entry;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EntryColumn:
            return entry.cidr;
        case SourceColumn:
            return sourceText(entry.source);
        case ExpiresColumn:
            return expiryText(entry.expires);
        case PacketsColumn:
            return QLocale().toString(qulonglong(entry.packets));
        case CommentColumn:
            return entry.comment;
        case CreatedColumn:
            return QLocale().toString(entry.created, QLocale::ShortFormat);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case EntryColumn:
            return keyText(row.key);
        case SourceColumn:
            return sourceText(entry.source);
        case ExpiresColumn:
            return entry.expires.isValid() ? entry.expires.toSecsSinceEpoch()
                                           : std::numeric_limits<qint64>::max();
        case PacketsColumn:
            return qulonglong(entry.packets);
        case CommentColumn:
            return entry.comment;
        case CreatedColumn:
            return entry.created.toSecsSinceEpoch();
        }
        break;
    case CidrRole:
        return entry.cidr;
    case Qt::TextAlignmentRole:
        if (index.column() == PacketsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == ExpiresColumn && entry.expires.isValid())
            return QLocale().toString(entry.expires, QLocale::LongFormat);
        if (index.column() == CreatedColumn)
            return QLocale().toString(entry.created, QLocale::LongFormat);
        if (index.column() == CommentColumn && !entry.comment.isEmpty())
            return entry.comment;
        break;
    }
    return {};
}

QVariant BlocklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section == PacketsColumn ? Qt::AlignRight | Qt::AlignVCenter
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
    case CommentColumn:
        return tr("Comment");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

BlocklistModel::Update BlocklistModel::diff(const QList<Row> &current, quint64 generation,
                                            const QList<BlockedEntry> &listing)
{
    Update update;
    update.generation = generation;

    // Views into the rows of `current`, which the caller keeps alive meanwhile.
    QHash<QStringView, int> rowOfCidr;
    rowOfCidr.reserve(current.size());
    for (int row = 0; row < current.size(); ++row)
        rowOfCidr.insert(QStringView(current.at(row).entry.cidr), row);

    QList<bool> seen(current.size(), false);
    for (const BlockedEntry &entry : listing) {
        const auto found = rowOfCidr.constFind(QStringView(entry.cidr));
        if (found == rowOfCidr.constEnd()) {
            update.added.append({ entry, keyOf(entry.cidr) });
            continue;
        }
        const int row = found.value();
        if (seen.at(row))
            continue; // listed twice: the first one stands
        seen[row] = true;
        if (!sameValues(current.at(row).entry, entry))
            update.changed.append({ row, Row { entry, current.at(row).key } });
    }
    for (int row = 0; row < current.size(); ++row) {
        if (!seen.at(row))
            update.removed.append(row);
    }
    std::sort(update.changed.begin(), update.changed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return update;
}

bool BlocklistModel::apply(const Update &update)
{
    if (update.generation != m_generation)
        return false;
    ++m_generation;

    const QList<std::pair<int, int>> removedRuns =
        runsOf(update.removed, [](int row) { return row; });
    if (removedRuns.size() > maxRemovalRuns) {
        beginResetModel();
        for (const auto &[row, value] : update.changed)
            m_rows[row] = value;
        for (auto run = removedRuns.crbegin(); run != removedRuns.crend(); ++run)
            m_rows.remove(run->first, run->second - run->first + 1);
        m_rows.append(update.added);
        endResetModel();
        return true;
    }

    // Changes first, while their row numbers still hold. Only the columns that changed are
    // named: a refresh that moves packet counters must not make a proxy sorted on another
    // column sort a million rows again.
    int firstColumn = ColumnCount;
    int lastColumn = -1;
    for (const auto &[row, value] : update.changed) {
        const auto [first, last] = changedColumns(m_rows.at(row).entry, value.entry);
        firstColumn = std::min(firstColumn, first);
        lastColumn = std::max(lastColumn, last);
        m_rows[row] = value;
    }
    QList<std::pair<int, int>> changedRuns =
        runsOf(update.changed, [](const auto &change) { return change.first; });
    if (changedRuns.size() > maxChangedRuns)
        changedRuns = { { changedRuns.first().first, changedRuns.last().second } };
    for (const auto &[first, last] : std::as_const(changedRuns))
        Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn));

    // From the bottom up, so that the row numbers above stay true.
    for (auto run = removedRuns.crbegin(); run != removedRuns.crend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        m_rows.remove(run->first, run->second - run->first + 1);
        endRemoveRows();
    }

    if (!update.added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(update.added.size()) - 1);
        m_rows.append(update.added);
        endInsertRows();
    }
    return true;
}

void BlocklistModel::setEntries(const QList<BlockedEntry> &listing)
{
    apply(diff(m_rows, m_generation, listing));
}

} // namespace Rampart
