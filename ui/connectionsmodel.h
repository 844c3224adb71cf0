#pragma once

#include "connections/connectionaggregator.h"
#include "geo/geocache.h"
#include "geo/onlinedetails.h"
#include "textfilterproxymodel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <memory>
#include <vector>

namespace Rampart {

// The Connections tab's rows: one per remote address or network, as the aggregator
// groups a socket snapshot. Rows are matched by their remote, so that a refresh changes,
// inserts and removes rows and views keep their selection and scroll position; only a
// change of grouping resets the model. Rows grouped by country are matched by their country
// code. Display roles are formatted for the administrator;
// SortRole gives the raw value.
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RemoteColumn,
        CountryColumn,
        ConnectionsColumn,
        StatesColumn,
        LocalPortsColumn,
        AddressesColumn,
        FirstSeenColumn,
        LastSeenColumn,
        BlockedByColumn,
        ProcessColumn,
        // City, region and ISP from the optional online service; hidden unless it is on.
        DetailsColumn,
        ColumnCount
    };

    enum Role {
        // Numbers and times as they are; remotes as text that sorts in address order.
        SortRole = Qt::UserRole + 1,
        // The remote as text ("203.0.113.7", "203.0.113.0/24"), for requests about the row.
        RemoteRole,
        // Whether the row has more connections than the threshold (and is tinted).
        OverThresholdRole,
        // Whether a blocklist entry covers the row's remote.
        BlockedRole,
    };

    static constexpr int defaultThreshold = 100;

    explicit ConnectionsModel(QObject *parent = nullptr);
    ~ConnectionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // How the groups of setGroups() are made. Changing it resets the model: the rows of one
    // grouping have nothing in common with those of another.
    // byCountry: the rows are countries, each group's remote is empty and its country is
    // what setGroups() gives with it.
    void setGrouping(Grouping grouping, bool byCountry = false);
    Grouping grouping() const { return m_grouping; }
    bool groupedByCountry() const { return m_byCountry; }

    // Replaces the rows with the groups of a new snapshot: rows whose remote stays are
    // updated in place (dataChanged for the columns that moved), the others are removed,
    // new remotes are appended. Past a few dozen rows removed, added or changed, the
    // removals and additions come as one layout change that moves the persistent indexes
    // with their rows: a sorting proxy and its view handle that far faster than hundreds
    // of row signals. A remote listed twice counts once, the first time.
    void setGroups(const QList<LocatedGroup> &groups);
    // The same with no country known.
    void setGroups(const QList<ConnectionGroup> &groups);

    // What the online service said about addresses, kept across refreshes and groupings;
    // the rows of those addresses change.
    void addOnlineDetails(const QList<OnlineDetails> &details);
    // The answer for the row's remote, if the service was asked about it.
    const OnlineDetails *onlineDetailsAt(int row) const;

    // Rows with more connections than this are tinted.
    void setThreshold(int connections);
    int threshold() const { return m_threshold; }

    const ConnectionGroup &groupAt(int row) const { return m_rows[size_t(row)]->group; }
    QString remoteTextAt(int row) const { return m_rows[size_t(row)]->remoteText; }
    const GeoResult &geoAt(int row) const { return m_rows[size_t(row)]->geo; }
    // "US — United States", "—" for a country the database does not know, empty when no
    // database was asked.
    QString countryTextAt(int row) const { return m_rows[size_t(row)]->countryText; }

    // What a cell says in full, for copying: every local port and state, no ellipsis.
    QString fullText(int row, int column) const;

    // Totals over all rows, for the status line.
    struct Totals
    {
        qint64 connections = 0;
        qint64 addresses = 0;
        int blocked = 0; // rows
    };
    Totals totals() const;

private:
    struct Row
    {
        ConnectionGroup group;
        GeoResult geo;
        QString remoteText;
        QString countryText;
    };

    std::unique_ptr<Row> makeRow(const LocatedGroup &located) const;

    QIcon blockedIcon() const;

    std::vector<std::unique_ptr<Row>> m_rows;
    QHash<QString, OnlineDetails> m_details; // by address, as remoteText writes it
    Grouping m_grouping = Grouping::Address;
    bool m_byCountry = false;
    int m_threshold = defaultThreshold;
    mutable QIcon m_blockedIcon;
};

// Sorts the connections on their raw values, reading the rows directly rather than
// through QVariants, and keeps the rows whose remote, country (code or name), blocking
// entry or process contains the filter text.
class ConnectionsProxyModel : public TextFilterProxyModel
{
    Q_OBJECT

public:
    explicit ConnectionsProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const ConnectionsModel *m_connections = nullptr;
};

} // namespace Rampart
