#include "store.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sys/stat.h>

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

// Enough rows per INSERT to make Qt's per-statement cost vanish, few enough to stay under
// SQLite's and PostgreSQL's bound-parameter limits.
constexpr int rowsPerInsert = 500;

// A null QString binds as SQL NULL; the text columns are NOT NULL and empty means none.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString entrySummary(const QList<Cidr> &entries)
{
    constexpr int shown = 20;
    QStringList items;
    for (int i = 0; i < entries.size() && i < shown; ++i)
        items << entries[i].toString();
    QString summary = items.join(QStringLiteral(", "));
    if (entries.size() > shown)
        summary += QStringLiteral(" (+%1 more)").arg(entries.size() - shown);
    return summary;
}

} // namespace

Store::Store()
    : m_connectionName(QStringLiteral("rampart-store-") + QUuid::createUuid().toString())
{
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::open(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the state folder %1").arg(folder);
        return false;
    }
    // Only root reads the store: it says who blocked what.
    chmod(QFile::encodeName(folder).constData(), 0700);
    m_path = QDir(folder).filePath(QStringLiteral("rampart.db"));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open the store %1: %2").arg(m_path, describe(db.lastError()));
        return false;
    }
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("PRAGMA journal_mode=WAL"), error)
        || !exec(query, QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        || !exec(query, QStringLiteral("PRAGMA foreign_keys=ON"), error))
        return false;
    return migrate(error);
}

bool Store::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    if (!exec(query,
              QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
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
                           " expires BIGINT NOT NULL DEFAULT 0)"),
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
    return QSqlDatabase::database(m_connectionName).transaction();
}

bool Store::commit(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (db.commit())
        return true;
    *error = describe(db.lastError());
    db.rollback();
    return false;
}

void Store::rollback()
{
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

    QSqlQuery insert(db);
    QString preparedFor;
    for (qsizetype start = 0; start < entries.size(); start += rowsPerInsert) {
        const qsizetype rows = std::min<qsizetype>(rowsPerInsert, entries.size() - start);
        if (preparedFor.isEmpty() || rows != rowsPerInsert) {
            QString statement = QStringLiteral(
                "INSERT INTO entries (cidr, family, source, comment, created, expires) VALUES ");
            for (qsizetype row = 0; row < rows; ++row)
                statement += row ? QStringLiteral(",(?,?,?,?,?,?)") : QStringLiteral("(?,?,?,?,?,?)");
            statement += QStringLiteral(" ON CONFLICT (cidr) DO UPDATE SET source = excluded.source,"
                                        " comment = excluded.comment, expires = excluded.expires");
            if (!insert.prepare(statement)) {
                *error = describe(insert.lastError());
                return false;
            }
            preparedFor = statement;
        }
        int position = 0;
        for (qsizetype row = start; row < start + rows; ++row) {
            const Cidr &cidr = entries[row];
            insert.bindValue(position++, cidr.toString());
            insert.bindValue(position++, int(cidr.family()));
            insert.bindValue(position++, text(source));
            insert.bindValue(position++, text(comment));
            insert.bindValue(position++, now);
            insert.bindValue(position++, expires);
        }
        if (!insert.exec()) {
            *error = describe(insert.lastError());
            return false;
        }
    }

    if (!exec(count, QStringLiteral("SELECT COUNT(*) FROM entries"), error) || !count.next())
        return false;
    *added = quint32(count.value(0).toLongLong() - before);
    return true;
}

bool Store::remove(const QList<Cidr> &entries, QList<Cidr> *notFound, QString *error)
{
    QSqlQuery remove(QSqlDatabase::database(m_connectionName));
    if (!remove.prepare(QStringLiteral("DELETE FROM entries WHERE cidr = ?"))) {
        *error = describe(remove.lastError());
        return false;
    }
    for (const Cidr &cidr : entries) {
        remove.bindValue(0, cidr.toString());
        if (!remove.exec()) {
            *error = describe(remove.lastError());
            return false;
        }
        if (remove.numRowsAffected() == 0)
            notFound->append(cidr);
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT cidr, source, comment, created, expires FROM entries"
                                 " WHERE expires = 0 OR expires > ? ORDER BY family, cidr"));
    query.bindValue(0, now);
    if (!query.exec()) {
        *error = describe(query.lastError());
        return entries;
    }
    while (query.next()) {
        const CidrParse parsed = parseCidr(query.value(0).toString());
        // A row the strict parser refuses was not written by this helper; it never
        // reaches the kernel.
        if (!parsed.cidr)
            continue;
        entries.append({ *parsed.cidr, query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toLongLong(), query.value(4).toLongLong() });
    }
    return entries;
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
                          const QString &detail, qint64 now, QString *error)
{
    QSqlQuery insert(QSqlDatabase::database(m_connectionName));
    insert.prepare(QStringLiteral("INSERT INTO history (uid, action, entry_count, entries, detail,"
                                  " time) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, qint64(uid));
    insert.bindValue(1, action);
    insert.bindValue(2, entries.size());
    insert.bindValue(3, text(entrySummary(entries)));
    insert.bindValue(4, text(detail));
    insert.bindValue(5, now);
    if (!insert.exec()) {
        *error = describe(insert.lastError());
        return false;
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
