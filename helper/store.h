#pragma once

#include "dbus/helpertypes.h"
#include "net/cidr.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rampart {

struct StoredEntry
{
    Cidr cidr;
    QString source;
    QString comment;
    qint64 created = 0;
    qint64 expires = 0; // seconds since the epoch; 0 means permanent
};

// A feed's settings and state; id names its kernel sets.
struct StoredFeed
{
    int id = 0;
    FeedInfo info;
    // What its kernel sets should hold: the list without the allowlist.
    quint32 appliedV4 = 0;
    quint32 appliedV6 = 0;
};

// One row of the audit history, as the History method reads it.
struct StoredHistoryRow
{
    qint64 id = 0;
    qint64 time = 0;
    quint32 uid = 0;
    QString origin; // "window", "rampartctl", "timer", "helper", or empty when unknown
    QString action;
    QString detail;
    qint64 entryCount = 0;
    // Per family; both 0 on rows written before they were counted.
    qint64 countV4 = 0;
    qint64 countV6 = 0;
    QStringList entries; // the first ones (Store::historyEntriesKept)
    qint64 undoes = 0; // the row this one undid, 0 for none
    qint64 undoneBy = 0; // the row that undid this one, 0 for none
    bool hasUndoData = false;
};

// A change waiting for Confirm, and what its rollback undoes besides (a new feed's
// addition, when the change gave it its first list; 0 for nothing).
struct StoredConfirmation
{
    qint64 historyId = 0;
    qint64 deadline = 0; // seconds since the epoch
    quint32 uid = 0;
    qint64 alsoUndo = 0;
    QString action; // the history row's
    QString detail;
};

struct StoredAllowance
{
    Cidr cidr;
    QString comment;
    qint64 created = 0;
};

// The helper's truth: what is blocked, why and until when, and who changed it. The
// kernel's sets are rebuilt from here at boot. SQLite in WAL mode under the state folder;
// the statements keep to SQL that PostgreSQL also accepts.
class Store
{
public:
    static constexpr int schemaVersion = 5;
    // How many of a history row's networks the row itself lists; the count says how many
    // there were in all.
    static constexpr int historyEntriesKept = 50;
    // How many history rows are kept unless the administrator says otherwise: beyond
    // them, the oldest are folded into one summary row. The newest this many rows can
    // never be deleted or changed, whatever writes to the store.
    static constexpr int defaultHistoryRows = 100'000;
    static constexpr int minHistoryRows = 1'000;
    static constexpr int maxHistoryRows = 10'000'000;

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    enum class Access { ReadWrite, ReadOnly };
    // Opens the store in folder, made readable by root alone, migrating it to the current
    // schema; read-only (for a thread that only lists) it must be current already.
    bool open(const QString &folder, QString *error, Access access = Access::ReadWrite);
    // The history's length (see defaultHistoryRows), recorded in the store, where the
    // history's guard reads it.
    bool setHistoryRows(int rows, QString *error);
    QString path() const { return m_path; }

    bool transaction();
    bool commit(QString *error);
    void rollback();

    // A preview (ChangePreview): from beginPreview to endPreview everything runs in one
    // transaction that endPreview rolls back, so that nothing written is kept. The changes'
    // own transaction() and commit() stay inside it, and their rollback() starts it again.
    bool beginPreview();
    void endPreview();

    // Inserts new entries and refreshes the comment and expiry of those already there.
    // *added counts the entries that were not in the store before.
    bool upsert(const QList<Cidr> &entries, const QString &source, const QString &comment,
                qint64 now, qint64 expires, quint32 *added, QString *error);
    // The stored rows of those entries that are in the store, in the entries' order.
    QList<StoredEntry> storedAmong(const QList<Cidr> &entries, QString *error) const;
    // Writes each entry as given, with its own source, comment, creation and expiry (an
    // undo puts entries back as they were).
    bool put(const QList<StoredEntry> &entries, QString *error);
    // Removes entries; those that were not there land in *notFound.
    bool remove(const QList<Cidr> &entries, QList<Cidr> *notFound, QString *error);
    // Deletes entries whose time is up and returns how many.
    int purgeExpired(qint64 now, QString *error);

    QList<StoredEntry> activeEntries(qint64 now, QString *error) const;
    quint32 activeCount(Family family, qint64 now) const;
    // Rows of each table, for the totals the helper keeps to; -1 when unreadable.
    qint64 entryCount() const;
    qint64 feedCount() const;
    qint64 allowlistCount() const;
    qint64 historyCount() const;

    // Appends to the audit history; when it has grown past its length by a tenth, the
    // oldest rows are folded into one that says how many of each there were, and when.
    // undoData (see UndoRecord) is what it takes to undo the change; kept beside the row
    // and folded away with it. The row's origin is the one set by setOrigin.
    bool appendHistory(quint32 uid, const QString &action, const QList<Cidr> &entries,
                       const QString &detail, qint64 now, QString *error,
                       const QByteArray &undoData = {});
    // Where the rows appended from now on come from: what the call's caller was run as, or
    // "helper" for the helper's own work (the default).
    void setOrigin(const QString &origin) { m_origin = origin; }
    // Until endUndo, the rows appended are the undo of row undoes: an undo runs the usual
    // changes, whose rows then say what they undid, in the same transaction as the change.
    // reason, when given, leads the undo row's detail (why the helper undid it by itself).
    void beginUndo(qint64 undoes, const QString &reason = {});
    // The first row written since beginUndo, or 0.
    qint64 endUndo();

    // From now on, changeRow() is the first history row appended, or 0: the row of the
    // change a call makes.
    void beginChange() { m_changeRow = 0; }
    qint64 changeRow() const { return m_changeRow; }

    // The changes waiting for Confirm (see StoredConfirmation), earliest deadline first.
    bool addConfirmation(const StoredConfirmation &pending, QString *error);
    // *removed says whether historyId was waiting.
    bool removeConfirmation(qint64 historyId, bool *removed, QString *error);
    QList<StoredConfirmation> confirmations(QString *error) const;

    // Rows with an id below beforeId (0: from the newest), newest first, at most limit.
    QList<StoredHistoryRow> history(qint64 beforeId, int limit, QString *error) const;
    std::optional<StoredHistoryRow> historyRow(qint64 id, QString *error) const;
    QByteArray historyUndoData(qint64 id, QString *error) const;

    QList<StoredFeed> feeds(QString *error) const;
    std::optional<StoredFeed> feed(const QString &name, QString *error) const;
    // Adds a feed or changes its settings (location, format, schedule, checksum, shrink).
    bool saveFeed(const FeedInfo &settings, qint64 now, StoredFeed *saved, bool *created,
                  QString *error);
    bool removeFeed(int id, QString *error);
    // The last good list, packed (see PackedCidrs).
    QByteArray feedContent(int id, QString *error) const;
    bool setFeedContent(int id, const QByteArray &packed, quint32 ranges, quint32 appliedV4,
                        quint32 appliedV6, const QString &etag, const QString &lastModified,
                        qint64 now, QString *error);
    bool setFeedApplied(int id, quint32 appliedV4, quint32 appliedV6, QString *error);
    // A fetch that brought no new list: error empty when the list was current.
    bool recordFeedCheck(int id, const QString &fetchError, qint64 now, QString *error);

    QList<StoredAllowance> allowlist(QString *error) const;
    bool allow(const QList<Cidr> &entries, const QString &comment, qint64 now, quint32 *added,
               QString *error);
    bool disallow(const QList<Cidr> &entries, QList<Cidr> *notFound, QString *error);

    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value, QString *error);

    // Folds the write-ahead log into the database file and syncs it.
    bool checkpoint(QString *error);

private:
    bool migrate(QString *error);
    bool rotateHistory(qint64 now, QString *error);

    bool insertHistory(quint32 uid, const QString &action, const QList<Cidr> &entries,
                       const QString &detail, const QByteArray &undoData, qint64 now,
                       QString *error);

    int m_historyRows = defaultHistoryRows;
    QString m_origin = QStringLiteral("helper");
    bool m_preview = false;
    qint64 m_undoes = 0;
    QString m_undoReason;
    qint64 m_undoRow = 0;
    qint64 m_changeRow = 0;

    QString m_connectionName;
    QString m_path;
};

} // namespace Rampart
