#include "store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <sys/stat.h>

#include <algorithm>
#include <limits>
#include <utility>

namespace Rampart {

namespace {

QString describe(const QSqlError &error)
{
    return error.text().trimmed();
}

bool exec(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.exec(statement))
        return true;
    *error = QStringLiteral("%1 (in: %2)").arg(describe(query.lastError()), statement.simplified());
    return false;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = describe(query.lastError());
    return false;
}

// Enough rows a statement that Qt's per-statement cost vanishes; a statement stays
// around 100 kB.
constexpr int rowsPerStatement = 4000;

// A null QString binds as SQL NULL; the text columns are NOT NULL and empty means none.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// A network as an SQL string literal. Cidr::toString() writes only hexadecimal digits,
// '.', ':' and '/', none of which can end or escape a literal; the check keeps it so.
QString cidrLiteral(const Cidr &cidr)
{
    const QString text = cidr.toString();
    for (const QChar c : text) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'f') || c == u'.' || c == u':' || c == u'/'))
            qFatal("unexpected character in a network's text");
    }
    return u'\'' + text + u'\'';
}

// The SQLite connection under Qt's, for bulk work: Qt's per-value binding costs several
// times what SQLite itself spends on a 400,000-row insert. Null for other drivers.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// A prepared statement that finalizes itself.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql, QString *error)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    explicit operator bool() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }
    void bindText(int index, const QByteArray &text)
    {
        sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    // Runs the statement once with what is bound, then makes it ready for the next run.
    bool step(QString *error)
    {
        const int result = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (result == SQLITE_DONE || result == SQLITE_ROW)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

// The same for any SQL database Qt drives (PostgreSQL for a fleet): the values every row
// shares are bound once a statement; the per-row ones are the network's own text, which
// Cidr::toString() writes from digits, hex, '.', ':' and '/' only (see cidrLiteral), and
// its family.
bool upsertPortably(QSqlDatabase &db, const QList<Cidr> &entries, const QString &source,
                    const QString &comment, qint64 now, qint64 expires, QString *error)
{
    QSqlQuery insert(db);
    for (qsizetype start = 0; start < entries.size(); start += rowsPerStatement) {
        const qsizetype end = std::min<qsizetype>(start + rowsPerStatement, entries.size());
        QString statement =
            QStringLiteral("INSERT INTO entries (cidr, family, source, comment, created, expires)"
                           " SELECT v.column1, v.column2, ?, ?, ?, ? FROM (VALUES ");
        statement.reserve(statement.size() + (end - start) * 32 + 200);
        for (qsizetype row = start; row < end; ++row) {
            if (row > start)
                statement += u',';
            statement += u'(' + cidrLiteral(entries[row]) + u',';
            statement += entries[row].family() == Family::V4 ? u'4' : u'6';
            statement += u')';
        }
        // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT.
        statement += QStringLiteral(") AS v WHERE true ON CONFLICT (cidr) DO UPDATE SET"
                                    " source = excluded.source, comment = excluded.comment,"
                                    " expires = excluded.expires");
        if (!insert.prepare(statement)) {
            *error = describe(insert.lastError());
            return false;
        }
        insert.bindValue(0, text(source));
        insert.bindValue(1, text(comment));
        insert.bindValue(2, now);
        insert.bindValue(3, expires);
        if (!insert.exec()) {
            *error = describe(insert.lastError());
            return false;
        }
    }
    return true;
}

// The first networks; the row's count says how many there were.
QString entrySummary(const QList<Cidr> &entries)
{
    QStringList items;
    for (int i = 0; i < entries.size() && i < Store::historyEntriesKept; ++i)
        items << entries[i].toString();
    return items.join(QStringLiteral(", "));
}

} // namespace

Store::Store()
    : m_connectionName(QStringLiteral("rampart-store-") + QUuid::createUuid().toString())
{ }

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::open(const QString &folder, QString *error, Access access)
{
    const bool readOnly = access == Access::ReadOnly;
    if (!readOnly && !QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the state folder %1").arg(folder);
        return false;
    }
    m_path = QDir(folder).filePath(QStringLiteral("rampart.db"));
    if (!readOnly) {
        // Only root reads the store: it says who blocked what. SQLite gives the -wal and
        // -shm files the database's own mode, and new files get the helper's umask (0077).
        chmod(QFile::encodeName(folder).constData(), 0700);
        for (const char *suffix : { "", "-wal", "-shm" })
            chmod(QFile::encodeName(m_path + QLatin1String(suffix)).constData(), 0600);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly
                             ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error =
            QStringLiteral("cannot open the store %1: %2").arg(m_path, describe(db.lastError()));
        return false;
    }
    QSqlQuery query(db);
    if (readOnly) {
        const int version = setting(QStringLiteral("schema_version"), QStringLiteral("0")).toInt();
        if (version != schemaVersion) {
            *error = QStringLiteral("the store %1 has schema version %2, not %3")
                         .arg(m_path)
                         .arg(version)
                         .arg(schemaVersion);
            return false;
        }
        return true;
    }
    if (!exec(query, QStringLiteral("PRAGMA journal_mode=WAL"), error)
        || !exec(query, QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        || !exec(query, QStringLiteral("PRAGMA foreign_keys=ON"), error))
        return false;
    return migrate(error) && setHistoryRows(m_historyRows, error);
}

bool Store::setHistoryRows(int rows, QString *error)
{
    m_historyRows = std::clamp(rows, minHistoryRows, maxHistoryRows);
    return setSetting(QStringLiteral("history_rows"), QString::number(m_historyRows), error);
}

bool Store::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    if (!exec(query,
              QStringLiteral(
                  "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
              error))
        return false;
    const int version = setting(QStringLiteral("schema_version"), QStringLiteral("0")).toInt();
    if (version > schemaVersion) {
        *error = QStringLiteral("the store %1 has schema version %2, newer than this helper "
                                "understands (%3); update Rampart")
                     .arg(m_path)
                     .arg(version)
                     .arg(schemaVersion);
        return false;
    }
    if (version == schemaVersion)
        return true;

    // Each step takes the schema from version N to N + 1, in one transaction.
    const QStringList steps[] = {
        {
            QStringLiteral("CREATE TABLE entries ("
                           " cidr TEXT PRIMARY KEY,"
                           " family INTEGER NOT NULL CHECK (family IN (4, 6)),"
                           " source TEXT NOT NULL,"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " created BIGINT NOT NULL,"
                           " expires BIGINT NOT NULL DEFAULT 0) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX entries_expires ON entries (expires) WHERE expires > 0"),
            QStringLiteral("CREATE TABLE history ("
                           " id INTEGER PRIMARY KEY,"
                           " uid BIGINT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " entry_count INTEGER NOT NULL,"
                           " entries TEXT NOT NULL,"
                           " detail TEXT NOT NULL DEFAULT '',"
                           " time BIGINT NOT NULL)"),
            // The audit trail is append-only, whatever the helper's own code might do.
            QStringLiteral("CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
                           "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"),
            QStringLiteral("CREATE TRIGGER history_no_delete BEFORE DELETE ON history "
                           "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"),
        },
        {
            // id is given by the helper (the next free number), not by the database, so
            // the statement reads the same on PostgreSQL. content is the last good list,
            // packed (PackedCidrs); PostgreSQL spells BLOB as BYTEA.
            QStringLiteral("CREATE TABLE feeds ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " location TEXT NOT NULL,"
                           " format TEXT NOT NULL DEFAULT 'auto',"
                           " checksum_url TEXT NOT NULL DEFAULT '',"
                           " refresh_seconds BIGINT NOT NULL DEFAULT 0,"
                           " max_shrink_percent INTEGER NOT NULL DEFAULT 50,"
                           " created BIGINT NOT NULL,"
                           " last_fetch BIGINT NOT NULL DEFAULT 0,"
                           " last_success BIGINT NOT NULL DEFAULT 0,"
                           " etag TEXT NOT NULL DEFAULT '',"
                           " last_modified TEXT NOT NULL DEFAULT '',"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " ranges BIGINT NOT NULL DEFAULT 0,"
                           " applied_v4 BIGINT NOT NULL DEFAULT 0,"
                           " applied_v6 BIGINT NOT NULL DEFAULT 0,"
                           " content BLOB)"),
            QStringLiteral("CREATE TABLE allowlist ("
                           " cidr TEXT PRIMARY KEY,"
                           " family INTEGER NOT NULL CHECK (family IN (4, 6)),"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " created BIGINT NOT NULL) WITHOUT ROWID"),
        },
        {
            QStringLiteral("ALTER TABLE feeds ADD COLUMN insecure INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE feeds ADD COLUMN allow_broad INTEGER NOT NULL DEFAULT 0"),
            // The history may be shortened from its old end, and only there: a row among
            // the newest history_rows can never go. Without the setting nothing can.
            QStringLiteral("DROP TRIGGER history_no_delete"),
            QStringLiteral("CREATE TRIGGER history_no_delete BEFORE DELETE ON history"
                           " WHEN old.id > (SELECT MAX(id) FROM history)"
                           " - COALESCE((SELECT CAST(value AS INTEGER) FROM meta"
                           " WHERE key = 'history_rows'), 9223372036854775807)"
                           " BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"),
        },
        {
            // Who ran the caller (see CallerOrigin), the row an undo undid, and the
            // networks per family, never added together when shown.
            QStringLiteral("ALTER TABLE history ADD COLUMN origin TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE history ADD COLUMN undoes BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE history ADD COLUMN count_v4 BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE history ADD COLUMN count_v6 BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX history_undoes ON history (undoes) WHERE undoes > 0"),
            // What it takes to undo a row (UndoRecord), beside the append-only history and
            // pruned with it.
            QStringLiteral("CREATE TABLE history_undo ("
                           " history_id BIGINT PRIMARY KEY,"
                           " data BLOB NOT NULL)"),
        },
        {
            // Changes the helper undoes by itself unless confirmed in time: the truth that
            // outlives the helper's timers, rolled back at its next start.
            QStringLiteral("CREATE TABLE pending_confirmations ("
                           " history_id BIGINT PRIMARY KEY,"
                           " deadline BIGINT NOT NULL,"
                           " uid BIGINT NOT NULL,"
                           " also_undo BIGINT NOT NULL DEFAULT 0)"),
        },
    };
    for (int from = version; from < schemaVersion; ++from) {
        if (!db.transaction()) {
            *error = describe(db.lastError());
            return false;
        }
        for (const QString &statement : steps[from]) {
            if (!exec(query, statement, error)) {
                db.rollback();
                return false;
            }
        }
        if (!setSetting(QStringLiteral("schema_version"), QString::number(from + 1), error)
            || !db.commit()) {
            if (error->isEmpty())
                *error = describe(db.lastError());
            db.rollback();
            return false;
        }
    }
    return true;
}

bool Store::transaction()
{
    if (m_preview)
        return true;
    return QSqlDatabase::database(m_connectionName).transaction();
}

bool Store::commit(QString *error)
{
    if (m_preview)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (db.commit())
        return true;
    *error = describe(db.lastError());
    db.rollback();
    return false;
}

void Store::rollback()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.rollback();
    if (m_preview)
        db.transaction();
}

bool Store::beginPreview()
{
    m_preview = QSqlDatabase::database(m_connectionName).transaction();
    return m_preview;
}

void Store::endPreview()
{
    if (!m_preview)
        return;
    m_preview = false;
    QSqlDatabase::database(m_connectionName).rollback();
}

bool Store::upsert(const QList<Cidr> &entries, const QString &source, const QString &comment,
                   qint64 now, qint64 expires, quint32 *added, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery count(db);
    if (!exec(count, QStringLiteral("SELECT COUNT(*) FROM entries"), error) || !count.next())
        return false;
    const qint64 before = count.value(0).toLongLong();

    if (sqlite3 *handle = sqliteHandle(db)) {
        Statement insert(handle,
                         "INSERT INTO entries (cidr, family, source, comment, created, expires)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (cidr) DO UPDATE SET"
                         " source = excluded.source, comment = excluded.comment,"
                         " expires = excluded.expires",
                         error);
        if (!insert)
            return false;
        insert.bindText(3, text(source).toUtf8());
        insert.bindText(4, text(comment).toUtf8());
        sqlite3_bind_int64(insert.get(), 5, now);
        sqlite3_bind_int64(insert.get(), 6, expires);
        for (const Cidr &cidr : entries) {
            insert.bindText(1, cidr.toString().toLatin1());
            sqlite3_bind_int(insert.get(), 2, int(cidr.family()));
            if (!insert.step(error))
                return false;
        }
    } else if (!upsertPortably(db, entries, source, comment, now, expires, error)) {
        return false;
    }

    if (!exec(count, QStringLiteral("SELECT COUNT(*) FROM entries"), error) || !count.next())
        return false;
    *added = quint32(count.value(0).toLongLong() - before);
    return true;
}

QList<StoredEntry> Store::storedAmong(const QList<Cidr> &entries, QString *error) const
{
    QList<StoredEntry> found;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    constexpr char sql[] = "SELECT source, comment, created, expires FROM entries WHERE cidr = ?";
    if (sqlite3 *handle = sqliteHandle(db)) {
        // More entries asked about than the store holds (a large block, most of it new): one
        // pass over the store costs less than a query per entry.
        const qint64 held = entryCount();
        if (held == 0)
            return found;
        if (entries.size() > held) {
            Statement scan(handle, "SELECT cidr, source, comment, created, expires FROM entries",
                           error);
            if (!scan)
                return found;
            QHash<QByteArray, qsizetype> wanted;
            wanted.reserve(entries.size());
            for (qsizetype i = 0; i < entries.size(); ++i)
                wanted.insert(entries[i].toString().toLatin1(), i);
            sqlite3_stmt *statement = scan.get();
            const auto column = [statement](int index) {
                return QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, index)),
                    sqlite3_column_bytes(statement, index));
            };
            std::vector<std::pair<qsizetype, StoredEntry>> rows;
            int result;
            while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
                const auto *text =
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
                const auto it = wanted.constFind(
                    QByteArray::fromRawData(text, sqlite3_column_bytes(statement, 0)));
                if (it != wanted.constEnd())
                    rows.push_back(
                        { *it,
                          { entries[*it], column(1), column(2), sqlite3_column_int64(statement, 3),
                            sqlite3_column_int64(statement, 4) } });
            }
            if (result != SQLITE_DONE)
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
            // In the entries' order, as the point queries give them.
            std::sort(rows.begin(), rows.end(),
                      [](const auto &a, const auto &b) { return a.first < b.first; });
            found.reserve(qsizetype(rows.size()));
            for (auto &row : rows)
                found.append(std::move(row.second));
            return found;
        }
        Statement select(handle, sql, error);
        if (!select)
            return found;
        sqlite3_stmt *statement = select.get();
        const auto column = [statement](int index) {
            return QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, index)),
                sqlite3_column_bytes(statement, index));
        };
        for (const Cidr &cidr : entries) {
            select.bindText(1, cidr.toString().toLatin1());
            const int result = sqlite3_step(statement);
            if (result == SQLITE_ROW)
                found.append({ cidr, column(0), column(1), sqlite3_column_int64(statement, 2),
                               sqlite3_column_int64(statement, 3) });
            sqlite3_reset(statement);
            if (result != SQLITE_ROW && result != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
                return found;
            }
        }
        return found;
    }
    QSqlQuery query(db);
    query.prepare(QString::fromLatin1(sql));
    for (const Cidr &cidr : entries) {
        query.bindValue(0, cidr.toString());
        if (!run(query, error))
            return found;
        if (query.next())
            found.append({ cidr, query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toLongLong(), query.value(3).toLongLong() });
        query.finish();
    }
    return found;
}

bool Store::put(const QList<StoredEntry> &entries, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("INSERT INTO entries (cidr, family, source, comment, created,"
                                 " expires) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (cidr) DO UPDATE"
                                 " SET source = excluded.source, comment = excluded.comment,"
                                 " created = excluded.created, expires = excluded.expires"));
    for (const StoredEntry &entry : entries) {
        query.bindValue(0, entry.cidr.toString());
        query.bindValue(1, int(entry.cidr.family()));
        query.bindValue(2, text(entry.source));
        query.bindValue(3, text(entry.comment));
        query.bindValue(4, entry.created);
        query.bindValue(5, entry.expires);
        if (!run(query, error))
            return false;
    }
    return true;
}

bool Store::remove(const QList<Cidr> &entries, QList<Cidr> *notFound, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (sqlite3 *handle = sqliteHandle(db)) {
        Statement remove(handle, "DELETE FROM entries WHERE cidr = ?1", error);
        if (!remove)
            return false;
        for (const Cidr &cidr : entries) {
            remove.bindText(1, cidr.toString().toLatin1());
            if (!remove.step(error))
                return false;
            if (sqlite3_changes(handle) == 0)
                notFound->append(cidr);
        }
        return true;
    }

    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (qsizetype start = 0; start < entries.size(); start += rowsPerStatement) {
        const qsizetype end = std::min<qsizetype>(start + rowsPerStatement, entries.size());
        QString list;
        list.reserve((end - start) * 24);
        for (qsizetype row = start; row < end; ++row) {
            if (row > start)
                list += u',';
            list += cidrLiteral(entries[row]);
        }
        QSet<QString> found;
        if (!exec(query, QStringLiteral("SELECT cidr FROM entries WHERE cidr IN (%1)").arg(list),
                  error))
            return false;
        while (query.next())
            found.insert(query.value(0).toString());
        if (!exec(query, QStringLiteral("DELETE FROM entries WHERE cidr IN (%1)").arg(list), error))
            return false;
        for (qsizetype row = start; row < end; ++row) {
            if (!found.contains(entries[row].toString()))
                notFound->append(entries[row]);
        }
    }
    return true;
}

int Store::purgeExpired(qint64 now, QString *error)
{
    QSqlQuery purge(QSqlDatabase::database(m_connectionName));
    purge.prepare(QStringLiteral("DELETE FROM entries WHERE expires > 0 AND expires <= ?"));
    purge.bindValue(0, now);
    if (!purge.exec()) {
        *error = describe(purge.lastError());
        return -1;
    }
    return purge.numRowsAffected();
}

QList<StoredEntry> Store::activeEntries(qint64 now, QString *error) const
{
    QList<StoredEntry> entries;
    const auto append = [&entries](const QString &cidr, QString source, QString comment,
                                   qint64 created, qint64 expires) {
        const CidrParse parsed = parseCidr(cidr);
        // A row the strict parser refuses was not written by this helper; it never
        // reaches the kernel.
        if (parsed.cidr)
            entries.append(
                { *parsed.cidr, std::move(source), std::move(comment), created, expires });
    };
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    constexpr char sql[] = "SELECT cidr, source, comment, created, expires FROM entries"
                           " WHERE expires = 0 OR expires > ? ORDER BY family, cidr";

    if (sqlite3 *handle = sqliteHandle(db)) {
        Statement select(handle, sql, error);
        if (!select)
            return entries;
        sqlite3_stmt *statement = select.get();
        sqlite3_bind_int64(statement, 1, now);
        const auto column = [statement](int index) {
            return QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, index)),
                sqlite3_column_bytes(statement, index));
        };
        int result;
        while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
            append(column(0), column(1), column(2), sqlite3_column_int64(statement, 3),
                   sqlite3_column_int64(statement, 4));
        }
        if (result != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return entries;
    }

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(sql));
    query.bindValue(0, now);
    if (!query.exec()) {
        *error = describe(query.lastError());
        return entries;
    }
    while (query.next()) {
        append(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
               query.value(3).toLongLong(), query.value(4).toLongLong());
    }
    return entries;
}

namespace {

qint64 rowCount(const QString &connection, const char *table)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

qint64 Store::entryCount() const
{
    return rowCount(m_connectionName, "entries");
}

qint64 Store::feedCount() const
{
    return rowCount(m_connectionName, "feeds");
}

qint64 Store::allowlistCount() const
{
    return rowCount(m_connectionName, "allowlist");
}

qint64 Store::historyCount() const
{
    return rowCount(m_connectionName, "history");
}

quint32 Store::activeCount(Family family, qint64 now) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM entries WHERE family = ? AND (expires = 0 OR expires > ?)"));
    query.bindValue(0, int(family));
    query.bindValue(1, now);
    if (!query.exec() || !query.next())
        return 0;
    return quint32(query.value(0).toLongLong());
}

bool Store::appendHistory(quint32 uid, const QString &action, const QList<Cidr> &entries,
                          const QString &detail, qint64 now, QString *error,
                          const QByteArray &undoData)
{
    return insertHistory(uid, action, entries, detail, undoData, now, error);
}

void Store::beginUndo(qint64 undoes, const QString &reason)
{
    m_undoes = undoes;
    m_undoReason = reason;
    m_undoRow = 0;
}

qint64 Store::endUndo()
{
    m_undoes = 0;
    m_undoReason.clear();
    return std::exchange(m_undoRow, 0);
}

bool Store::addConfirmation(const StoredConfirmation &pending, QString *error)
{
    QSqlQuery insert(QSqlDatabase::database(m_connectionName));
    insert.prepare(QStringLiteral("INSERT INTO pending_confirmations"
                                  " (history_id, deadline, uid, also_undo) VALUES (?, ?, ?, ?)"));
    insert.bindValue(0, pending.historyId);
    insert.bindValue(1, pending.deadline);
    insert.bindValue(2, qint64(pending.uid));
    insert.bindValue(3, pending.alsoUndo);
    return run(insert, error);
}

bool Store::removeConfirmation(qint64 historyId, bool *removed, QString *error)
{
    QSqlQuery remove(QSqlDatabase::database(m_connectionName));
    remove.prepare(QStringLiteral("DELETE FROM pending_confirmations WHERE history_id = ?"));
    remove.bindValue(0, historyId);
    if (!run(remove, error))
        return false;
    *removed = remove.numRowsAffected() > 0;
    return true;
}

QList<StoredConfirmation> Store::confirmations(QString *error) const
{
    QList<StoredConfirmation> pending;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT p.history_id, p.deadline, p.uid, p.also_undo,"
                       " COALESCE(h.action, ''), COALESCE(h.detail, '')"
                       " FROM pending_confirmations p LEFT JOIN history h ON h.id = p.history_id"
                       " ORDER BY p.deadline, p.history_id"));
    if (!run(query, error))
        return pending;
    while (query.next())
        pending.append({ query.value(0).toLongLong(), query.value(1).toLongLong(),
                         quint32(query.value(2).toLongLong()), query.value(3).toLongLong(),
                         query.value(4).toString(), query.value(5).toString() });
    return pending;
}

bool Store::insertHistory(quint32 uid, const QString &action, const QList<Cidr> &entries,
                          const QString &detail, const QByteArray &undoData, qint64 now,
                          QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const qint64 v4 = std::count_if(entries.begin(), entries.end(),
                                    [](const Cidr &cidr) { return cidr.family() == Family::V4; });
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO history (uid, action, entry_count, entries, detail,"
                                  " time, origin, undoes, count_v4, count_v6)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, qint64(uid));
    insert.bindValue(1, m_undoes ? QStringLiteral("undo") : action);
    insert.bindValue(2, entries.size());
    insert.bindValue(3, text(entrySummary(entries)));
    // An undo's row says what the change it made was (the action it undid is on that row).
    QString undoDetail = detail.isEmpty() ? action : action + QStringLiteral(": ") + detail;
    if (!m_undoReason.isEmpty())
        undoDetail = m_undoReason + QStringLiteral(": ") + undoDetail;
    insert.bindValue(4, text(m_undoes ? undoDetail : detail));
    insert.bindValue(5, now);
    insert.bindValue(6, text(m_origin));
    insert.bindValue(7, m_undoes);
    insert.bindValue(8, v4);
    insert.bindValue(9, qint64(entries.size()) - v4);
    if (!insert.exec()) {
        *error = describe(insert.lastError());
        return false;
    }
    QSqlQuery last(db);
    if (!exec(last, QStringLiteral("SELECT MAX(id) FROM history"), error) || !last.next())
        return false;
    const qint64 id = last.value(0).toLongLong();
    if (m_undoes && !m_undoRow)
        m_undoRow = id;
    if (!m_changeRow)
        m_changeRow = id;
    if (!undoData.isEmpty()) {
        QSqlQuery keep(db);
        keep.prepare(QStringLiteral("INSERT INTO history_undo (history_id, data) VALUES (?, ?)"));
        keep.bindValue(0, id);
        keep.bindValue(1, undoData);
        if (!run(keep, error))
            return false;
    }
    // Rotating in bulk, a tenth of the length at a time, keeps the cost off most calls.
    const qint64 rows = historyCount();
    if (rows > m_historyRows + std::max(m_historyRows / 10, 100))
        return rotateHistory(now, error);
    return true;
}

namespace {

constexpr char historyColumns[] =
    "h.id, h.time, h.uid, h.origin, h.action, h.detail, h.entry_count, h.count_v4, h.count_v6,"
    // "u.undoes > 0" lets the partial index history_undoes answer.
    " h.entries, h.undoes,"
    " COALESCE((SELECT MIN(u.id) FROM history u WHERE u.undoes = h.id AND u.undoes > 0), 0),"
    " (SELECT COUNT(*) FROM history_undo d WHERE d.history_id = h.id)";

StoredHistoryRow historyFromRow(const QSqlQuery &query)
{
    StoredHistoryRow row;
    row.id = query.value(0).toLongLong();
    row.time = query.value(1).toLongLong();
    row.uid = quint32(query.value(2).toLongLong());
    row.origin = query.value(3).toString();
    row.action = query.value(4).toString();
    row.detail = query.value(5).toString();
    row.entryCount = query.value(6).toLongLong();
    row.countV4 = query.value(7).toLongLong();
    row.countV6 = query.value(8).toLongLong();
    // Written by entrySummary: ", " between networks, and on older rows a last one that
    // says how many more there were; only what the strict parser takes is passed on.
    for (const QString &item :
         query.value(9).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        if (const CidrParse parsed = parseCidr(item.section(u' ', 0, 0)); parsed.cidr)
            row.entries << parsed.cidr->toString();
    }
    row.undoes = query.value(10).toLongLong();
    row.undoneBy = query.value(11).toLongLong();
    row.hasUndoData = query.value(12).toLongLong() > 0;
    return row;
}

} // namespace

QList<StoredHistoryRow> Store::history(qint64 beforeId, int limit, QString *error) const
{
    QList<StoredHistoryRow> rows;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM history h WHERE h.id < ?"
                                 " ORDER BY h.id DESC LIMIT ?")
                      .arg(QLatin1String(historyColumns)));
    query.bindValue(0, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    query.bindValue(1, limit);
    if (!run(query, error))
        return rows;
    while (query.next())
        rows.append(historyFromRow(query));
    return rows;
}

std::optional<StoredHistoryRow> Store::historyRow(qint64 id, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT %1 FROM history h WHERE h.id = ?")
                      .arg(QLatin1String(historyColumns)));
    query.bindValue(0, id);
    if (!run(query, error) || !query.next())
        return std::nullopt;
    return historyFromRow(query);
}

QByteArray Store::historyUndoData(qint64 id, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT data FROM history_undo WHERE history_id = ?"));
    query.bindValue(0, id);
    if (!run(query, error) || !query.next())
        return {};
    return query.value(0).toByteArray();
}

bool Store::rotateHistory(qint64 now, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT MAX(id) FROM history"), error) || !query.next())
        return false;
    const qint64 cutoff = query.value(0).toLongLong() - m_historyRows;
    query.prepare(QStringLiteral("SELECT action, COUNT(*), MIN(time), MAX(time) FROM history"
                                 " WHERE id <= ? GROUP BY action ORDER BY COUNT(*) DESC, action"));
    query.bindValue(0, cutoff);
    if (!run(query, error))
        return false;
    QStringList counts;
    qint64 total = 0;
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = 0;
    while (query.next()) {
        counts << QStringLiteral("%1 %2")
                      .arg(query.value(0).toString())
                      .arg(query.value(1).toLongLong());
        total += query.value(1).toLongLong();
        from = std::min(from, query.value(2).toLongLong());
        to = std::max(to, query.value(3).toLongLong());
    }
    if (total == 0)
        return true;
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM history WHERE id <= ?"));
    remove.bindValue(0, cutoff);
    if (!run(remove, error))
        return false;
    remove.prepare(QStringLiteral("DELETE FROM history_undo WHERE history_id <= ?"));
    remove.bindValue(0, cutoff);
    if (!run(remove, error))
        return false;
    const QString detail =
        QStringLiteral("%1 older records from %2 to %3 were folded into this one, beyond the "
                       "%4 the history keeps: %5")
            .arg(total)
            .arg(QDateTime::fromSecsSinceEpoch(from).toUTC().toString(Qt::ISODate),
                 QDateTime::fromSecsSinceEpoch(to).toUTC().toString(Qt::ISODate))
            .arg(m_historyRows)
            .arg(counts.join(QStringLiteral(", ")));
    QSqlQuery summary(db);
    summary.prepare(QStringLiteral("INSERT INTO history (uid, action, entry_count, entries,"
                                   " detail, time) VALUES (0, 'history-rotated', 0, '', ?, ?)"));
    summary.bindValue(0, detail);
    summary.bindValue(1, now);
    return run(summary, error);
}

namespace {

constexpr char feedColumns[] =
    "id, name, location, format, checksum_url, refresh_seconds, max_shrink_percent,"
    " last_fetch, last_success, etag, last_modified, last_error, ranges, applied_v4, applied_v6,"
    " insecure, allow_broad";

StoredFeed feedFromRow(const QSqlQuery &query)
{
    StoredFeed feed;
    feed.id = query.value(0).toInt();
    FeedInfo &info = feed.info;
    info.name = query.value(1).toString();
    info.location = query.value(2).toString();
    info.format = query.value(3).toString();
    info.checksumUrl = query.value(4).toString();
    info.refreshSeconds = quint32(query.value(5).toLongLong());
    info.maxShrinkPercent = quint32(query.value(6).toLongLong());
    info.lastFetch = query.value(7).toLongLong();
    info.lastSuccess = query.value(8).toLongLong();
    info.etag = query.value(9).toString();
    info.lastModified = query.value(10).toString();
    info.lastError = query.value(11).toString();
    info.ranges = quint32(query.value(12).toLongLong());
    feed.appliedV4 = quint32(query.value(13).toLongLong());
    feed.appliedV6 = quint32(query.value(14).toLongLong());
    info.appliedRanges = feed.appliedV4 + feed.appliedV6;
    info.insecure = query.value(15).toLongLong() != 0;
    info.allowBroad = query.value(16).toLongLong() != 0;
    return feed;
}

} // namespace

QList<StoredFeed> Store::feeds(QString *error) const
{
    QList<StoredFeed> feeds;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT %1 FROM feeds ORDER BY id").arg(QLatin1String(feedColumns)),
              error))
        return feeds;
    while (query.next())
        feeds.append(feedFromRow(query));
    return feeds;
}

std::optional<StoredFeed> Store::feed(const QString &name, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("SELECT %1 FROM feeds WHERE name = ?").arg(QLatin1String(feedColumns)));
    query.bindValue(0, name);
    if (!run(query, error) || !query.next())
        return std::nullopt;
    return feedFromRow(query);
}

bool Store::saveFeed(const FeedInfo &settings, qint64 now, StoredFeed *saved, bool *created,
                     QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    std::optional<StoredFeed> existing = feed(settings.name, error);
    if (!error->isEmpty())
        return false;
    *created = !existing;
    if (existing) {
        query.prepare(QStringLiteral("UPDATE feeds SET location = ?, format = ?, checksum_url = ?,"
                                     " refresh_seconds = ?, max_shrink_percent = ?, insecure = ?,"
                                     " allow_broad = ? WHERE id = ?"));
        query.bindValue(7, existing->id);
    } else {
        QSqlQuery next(QSqlDatabase::database(m_connectionName));
        if (!exec(next, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM feeds"), error)
            || !next.next())
            return false;
        query.prepare(QStringLiteral("INSERT INTO feeds (location, format, checksum_url,"
                                     " refresh_seconds, max_shrink_percent, insecure, allow_broad,"
                                     " id, name, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.bindValue(7, next.value(0).toInt());
        query.bindValue(8, settings.name);
        query.bindValue(9, now);
    }
    query.bindValue(0, text(settings.location));
    query.bindValue(1, text(settings.format));
    query.bindValue(2, text(settings.checksumUrl));
    query.bindValue(3, qint64(settings.refreshSeconds));
    query.bindValue(4, qint64(settings.maxShrinkPercent));
    query.bindValue(5, settings.insecure ? 1 : 0);
    query.bindValue(6, settings.allowBroad ? 1 : 0);
    if (!run(query, error))
        return false;
    existing = feed(settings.name, error);
    if (!existing) {
        if (error->isEmpty())
            *error = QStringLiteral("the feed %1 vanished while it was saved").arg(settings.name);
        return false;
    }
    *saved = *existing;
    return true;
}

bool Store::removeFeed(int id, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?"));
    query.bindValue(0, id);
    return run(query, error);
}

QByteArray Store::feedContent(int id, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT content FROM feeds WHERE id = ?"));
    query.bindValue(0, id);
    if (!run(query, error) || !query.next())
        return {};
    return query.value(0).toByteArray();
}

bool Store::setFeedContent(int id, const QByteArray &packed, quint32 ranges, quint32 appliedV4,
                           quint32 appliedV6, const QString &etag, const QString &lastModified,
                           qint64 now, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE feeds SET content = ?, ranges = ?, applied_v4 = ?,"
                                 " applied_v6 = ?, etag = ?, last_modified = ?, last_fetch = ?,"
                                 " last_success = ?, last_error = '' WHERE id = ?"));
    query.bindValue(0, packed);
    query.bindValue(1, qint64(ranges));
    query.bindValue(2, qint64(appliedV4));
    query.bindValue(3, qint64(appliedV6));
    query.bindValue(4, text(etag));
    query.bindValue(5, text(lastModified));
    query.bindValue(6, now);
    query.bindValue(7, now);
    query.bindValue(8, id);
    return run(query, error);
}

bool Store::setFeedApplied(int id, quint32 appliedV4, quint32 appliedV6, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE feeds SET applied_v4 = ?, applied_v6 = ? WHERE id = ?"));
    query.bindValue(0, qint64(appliedV4));
    query.bindValue(1, qint64(appliedV6));
    query.bindValue(2, id);
    return run(query, error);
}

bool Store::recordFeedCheck(int id, const QString &fetchError, qint64 now, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (fetchError.isEmpty()) {
        query.prepare(QStringLiteral(
            "UPDATE feeds SET last_fetch = ?, last_success = ?, last_error = '' WHERE id = ?"));
        query.bindValue(0, now);
        query.bindValue(1, now);
        query.bindValue(2, id);
    } else {
        query.prepare(
            QStringLiteral("UPDATE feeds SET last_fetch = ?, last_error = ? WHERE id = ?"));
        query.bindValue(0, now);
        query.bindValue(1, fetchError);
        query.bindValue(2, id);
    }
    return run(query, error);
}

QList<StoredAllowance> Store::allowlist(QString *error) const
{
    QList<StoredAllowance> entries;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT cidr, comment, created FROM allowlist ORDER BY family, cidr"),
              error))
        return entries;
    while (query.next()) {
        // As for entries: only what the strict parser takes counts.
        if (const CidrParse parsed = parseCidr(query.value(0).toString()); parsed.cidr)
            entries.append(
                { *parsed.cidr, query.value(1).toString(), query.value(2).toLongLong() });
    }
    return entries;
}

bool Store::allow(const QList<Cidr> &entries, const QString &comment, qint64 now, quint32 *added,
                  QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("INSERT INTO allowlist (cidr, family, comment, created)"
                                 " VALUES (?, ?, ?, ?) ON CONFLICT (cidr) DO UPDATE SET"
                                 " comment = excluded.comment"));
    QSqlQuery exists(QSqlDatabase::database(m_connectionName));
    exists.prepare(QStringLiteral("SELECT 1 FROM allowlist WHERE cidr = ?"));
    *added = 0;
    for (const Cidr &cidr : entries) {
        exists.bindValue(0, cidr.toString());
        if (!run(exists, error))
            return false;
        if (!exists.next())
            ++*added;
        exists.finish();
        query.bindValue(0, cidr.toString());
        query.bindValue(1, int(cidr.family()));
        query.bindValue(2, text(comment));
        query.bindValue(3, now);
        if (!run(query, error))
            return false;
    }
    return true;
}

bool Store::disallow(const QList<Cidr> &entries, QList<Cidr> *notFound, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM allowlist WHERE cidr = ?"));
    for (const Cidr &cidr : entries) {
        query.bindValue(0, cidr.toString());
        if (!run(query, error))
            return false;
        if (query.numRowsAffected() == 0)
            notFound->append(cidr);
    }
    return true;
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bindValue(0, key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

bool Store::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindValue(0, key);
    query.bindValue(1, value);
    if (!query.exec()) {
        *error = describe(query.lastError());
        return false;
    }
    return true;
}

bool Store::checkpoint(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    return exec(query, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error);
}

} // namespace Rampart
