#pragma once

#include "client/helperclient.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>
#include <compare>
#include <utility>

namespace Rampart {

// The blocklist as the helper lists it, one row per entry. Display roles are formatted
// for the administrator; SortRole gives the raw value, so that a proxy sorts 9 before 10
// and 9.0.0.0 before 10.0.0.0 (BlocklistProxyModel reads the raw values directly).
class BlocklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EntryColumn,
        SourceColumn,
        ExpiresColumn,
        PacketsColumn,
        CommentColumn,
        CreatedColumn,
        ColumnCount
    };

    enum Role {
        // Numbers and times as they are; entries as text that sorts in address order.
        SortRole = Qt::UserRole + 1,
        // The entry as the helper names it, for requests about the row.
        CidrRole,
    };

    // Orders networks by family, then address, then prefix length, which text does not.
    struct EntryKey
    {
        std::array<quint8, 18> bytes {};
        friend auto operator<=>(const EntryKey &, const EntryKey &) = default;
    };

    struct Row
    {
        BlockedEntry entry;
        EntryKey key;
    };

    // What turns one listing into the next: rows are matched by their entry.
    struct Update
    {
        quint64 generation = 0;
        QList<int> removed; // ascending
        QList<std::pair<int, Row>> changed; // ascending row numbers
        QList<Row> added;
    };

    explicit BlocklistModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const BlockedEntry &entryAt(int row) const { return m_rows.at(row).entry; }
    const EntryKey &keyAt(int row) const { return m_rows.at(row).key; }

    // The rows and their generation, for diff() on another thread.
    QList<Row> rows() const { return m_rows; }
    quint64 generation() const { return m_generation; }

    // Pure and thread-safe: a million-entry listing is compared off the GUI thread.
    static Update diff(const QList<Row> &current, quint64 generation,
                       const QList<BlockedEntry> &listing);
    // Applies an update as row removals, insertions and data changes, so that views keep
    // their selection and scroll position. Returns false, changing nothing, when the
    // model changed since the update was computed.
    bool apply(const Update &update);
    void setEntries(const QList<BlockedEntry> &listing);

private:
    QList<Row> m_rows;
    quint64 m_generation = 0;
};

} // namespace Rampart
