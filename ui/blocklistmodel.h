#pragma once

#include "client/blocklistlisting.h"
#include "client/helperclient.h"
#include "net/cidr.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Rampart {

// The blocklist as the helper lists it, one row per entry, kept in the order the view shows
// it: the model sorts itself, so that a million rows are never sorted through QVariants and
// a proxy's lessThan (BlocklistProxyModel forwards sort() here and only filters). Sorting and
// comparing one listing with the next run off the GUI thread once there are many rows; the
// GUI thread only applies the result, as few row removals and insertions or one layout
// change. Rows with equal sort keys are in address order, whatever the order before: they do
// not swap places when the listing is read again. Display roles are formatted for the
// administrator; SortRole gives the raw value.
class BlocklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EntryColumn,
        SourceColumn,
        ExpiresColumn,
        PacketsColumn,
        BytesColumn,
        LastHitColumn,
        RateColumn,
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

    // One entry, held compactly: a million of them are the bulk of the window's memory.
    struct Row
    {
        Cidr cidr;
        QString source; // shared by all of a feed's rows
        QString comment;
        qint64 created = 0; // seconds since the epoch
        qint64 expires = 0; // seconds since the epoch; 0 when permanent
        quint64 packets = 0;
        quint64 bytes = 0;
        // Worked out by HitCounters from this listing and the one before.
        qint64 lastHitMs = 0; // 0: not seen since the window started watching
        float packetsPerSecond = 0; // 0 also when not known yet
    };

    struct SortSpec
    {
        int column = EntryColumn;
        Qt::SortOrder order = Qt::AscendingOrder;
        friend bool operator==(const SortSpec &, const SortSpec &) = default;
    };

    // What turns the rows into the next listing's, or into another order of the same rows.
    struct Update
    {
        quint64 generation = 0;
        SortSpec sort;
        // All the rows, in the sort order: the new listing's, or the same rows in another
        // order when sortOnly.
        QList<Row> rows;
        bool sortOnly = false;
        // For each current row, its row in `rows`; -1 when gone.
        std::vector<int> newRowOfOld;
        // Whether the rows that stay changed their order among themselves.
        bool reordered = false;
        QList<int> removed; // current rows, ascending
        QList<int> added; // rows of `rows`, ascending
        QList<int> changed; // rows of `rows` whose values changed, ascending
        int firstChangedColumn = ColumnCount;
        int lastChangedColumn = -1;
        // The listing's distinct sources, sorted.
        QStringList sources;
        // When the listing was read, in milliseconds since the epoch (0: not known).
        qint64 readAtMs = 0;
    };

    explicit BlocklistModel(QObject *parent = nullptr);
    ~BlocklistModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // At once with few rows; with many, off the GUI thread, applied when done.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    BlockedEntry entryAt(int row) const;
    // The rows in the order shown, for diff() on another thread.
    QList<Row> rows() const { return m_rows; }
    quint64 generation() const { return m_generation; }
    SortSpec sortSpec() const { return m_sort; }
    // The distinct sources of the rows ("manual", "feed:NAME"), sorted.
    QStringList sources() const { return m_sources; }

    // Pure and thread-safe: a million-entry listing is compared off the GUI thread. Without
    // a listing, the current rows are put in the sort's order. The counters of the rows, read
    // at currentReadAtMs, and the listing's, read at listingReadAtMs, give each row its last
    // hit and rate (HitCounters); 0 for either: not known.
    static Update diff(const QList<Row> &current, quint64 generation,
                       const QList<BlockedEntry> *listing, SortSpec sort,
                       qint64 currentReadAtMs = 0, qint64 listingReadAtMs = 0);
    // Applies an update as row removals, insertions and data changes, or as one layout
    // change where those would be many, so that views keep their selection. Returns false,
    // changing nothing, when the model changed since the update was computed.
    bool apply(Update &&update);
    // Shows a listing at once, on this thread. readAtMs: when it was read, in milliseconds
    // since the epoch; 0 for now.
    void setEntries(const QList<BlockedEntry> &listing, qint64 readAtMs = 0);
    // Shows a listing once it is compared with the rows, off this thread when they are many;
    // the entries are let go once the rows show them.
    void takeEntries(const BlocklistListing::Entries &entries, qint64 readAtMs = 0);
    // When the listing the rows show was read, in milliseconds since the epoch.
    qint64 readAtMs() const { return m_readAtMs; }
    // Whether a listing or a sort is being worked on off the GUI thread.
    bool isUpdating() const { return m_inFlight; }
    // From how many rows (in the rows or the listing) sorting and comparing leave the GUI
    // thread; tests lower it to exercise that path with few rows.
    void setBackgroundThreshold(int rows) { m_backgroundThreshold = rows; }

    // The text the Source column shows for a source.
    static QString sourceText(const QString &source);

Q_SIGNALS:
    // A listing or a sort worked on off the GUI thread was applied.
    void updated();
    // The distinct sources of the rows changed.
    void sourcesChanged();

private:
    void startWork();
    bool inBackground(qsizetype listingRows) const;

    QList<Row> m_rows;
    QStringList m_sources;
    quint64 m_generation = 0;
    SortSpec m_sort;
    // What the rows should show once the work under way is done.
    SortSpec m_wantedSort;
    BlocklistListing::Entries m_unapplied;
    qint64 m_unappliedReadAtMs = 0;
    quint64 m_unappliedNumber = 0;
    qint64 m_readAtMs = 0;
    bool m_inFlight = false;
    int m_backgroundThreshold = 20'000;
};

} // namespace Rampart

Q_DECLARE_TYPEINFO(Rampart::BlocklistModel::Row, Q_RELOCATABLE_TYPE);
