#pragma once

#include "client/hitcounters.h"
#include "dbus/helpertypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Rampart {

// The feeds as the helper lists them, one row per feed, with what is happening to each
// right now (a refresh waiting or running). Rows are matched by the feed's name, so a
// reload changes, inserts and removes rows and views keep their selection. Display roles
// are formatted for the administrator; SortRole gives the raw value.
class FeedsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        LastUpdateColumn,
        NetworksColumn,
        PacketsColumn,
        BytesColumn,
        RateColumn,
        NextRefreshColumn,
        LocationColumn,
        LastErrorColumn,
        ColumnCount
    };

    enum Role {
        // Numbers and times as they are, so that a proxy sorts 9 before 10.
        SortRole = Qt::UserRole + 1,
        // The feed's name, for requests about the row.
        NameRole,
    };

    // In the order the Status column sorts them: what needs attention first.
    enum class State { Error, Updating, Waiting, NeverFetched, Ok };

    explicit FeedsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the listing: rows of feeds that stay are updated in place, the others are
    // removed, new feeds are appended.
    void setFeeds(const QList<FeedInfo> &feeds);
    const FeedInfo &feedAt(int row) const { return m_feeds.at(row); }
    const QList<FeedInfo> &feeds() const { return m_feeds; }
    // -1 when there is no such feed.
    int rowOf(const QString &name) const;

    // A refresh of the feed is queued, running (done of total, total -1 when unknown) or
    // over. Kept by name, so that a feed that is not listed yet shows it once it is.
    void setWaiting(const QString &name);
    void setProgress(const QString &name, qint64 done, qint64 total);
    void setIdle(const QString &name);
    State state(int row) const;

    // Each feed's packets and bytes, the sums of its entries' counters, keyed by the source
    // name the listing gives them ("feed:NAME"), read at readAtMs (milliseconds since the
    // epoch); the rate is worked out against the totals before. Only rows whose counters
    // moved change.
    void setCounters(const QHash<QString, HitCounters::Reading> &totals, qint64 readAtMs);

    // The time "Next refresh" counts from, in seconds since the epoch; 0 follows the clock.
    void setNow(qint64 secondsSinceEpoch);
    // Time moved on: "in 3 hours" becomes "in 2 hours".
    void timePassed();

private:
    struct Activity
    {
        bool running = false;
        qint64 done = 0;
        qint64 total = -1;
    };

    qint64 now() const;
    void activityChanged(const QString &name);
    QString statusText(int row) const;
    QString nextRefreshText(const FeedInfo &feed) const;
    qint64 nextRefreshOrder(const FeedInfo &feed) const;

    QList<FeedInfo> m_feeds;
    QHash<QString, Activity> m_activity;
    struct Counters
    {
        HitCounters::Reading reading;
        HitCounters::Activity activity;
    };
    // By feed name; kept for feeds not listed yet.
    QHash<QString, Counters> m_counters;
    qint64 m_countersReadAtMs = 0;
    qint64 m_now = 0;
};

} // namespace Rampart
