#pragma once

#include "connections/connectionaggregator.h"
#include "geo/geodatabase.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rampart {

// A connection group and where its remote is, for the Connections tab.
struct LocatedGroup
{
    ConnectionGroup group;
    GeoResult geo;
};

// Looks up the remotes of successive snapshots, remembering the answers so that each
// refresh only asks the database about addresses it has not seen. The database is opened
// on the first lookup, on the thread that makes it, and only once: a database that cannot
// be opened is not searched for again at every refresh. Used by one thread at a time.
class GeoCache
{
public:
    // The files and folders to search, as GeoDatabase::openFirst() takes them.
    explicit GeoCache(QStringList searchPath = GeoDatabase::databaseSearchPath());

    // Where each network's first address is; empty results when the database does not know
    // it or none could be opened.
    QList<GeoResult> lookup(const QList<Cidr> &networks);
    // The groups of lookup() with their places.
    QList<LocatedGroup> locate(const QList<ConnectionGroup> &groups);

    // Whether a database is open; false before the first lookup.
    bool isOpen() const { return m_db.isOpen(); }
    // Why no database could be opened; empty while one is, and before the first lookup.
    QString errorString() const { return m_error; }
    // How many addresses the last lookup had to ask the database about.
    qsizetype lastMisses() const { return m_lastMisses; }

    // Regroups groups of single addresses by their country: connections and addresses
    // summed, states, ports and processes merged. The rows' remotes are left empty: a
    // country is not a network. Busiest first, then by country code, unknown ("") last.
    static QList<LocatedGroup> groupByCountry(const QList<LocatedGroup> &addresses);

private:
    void openOnce();

    QStringList m_searchPath;
    bool m_opened = false;
    GeoDatabase m_db;
    QString m_error;
    QHash<QByteArray, GeoResult> m_cache; // by family and the first address's bytes
    qsizetype m_lastMisses = 0;
};

} // namespace Rampart
