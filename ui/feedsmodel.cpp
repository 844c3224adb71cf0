#include "feedsmodel.h"

#include "time/duration.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QSet>
#include <QStyle>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace Rampart {

namespace {

QString dateTimeText(qint64 secondsSinceEpoch, QLocale::FormatType format)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch), format);
}

// Which columns show which fields; a reload signals only the columns whose fields moved.
std::pair<int, int> changedColumns(const FeedInfo &a, const FeedInfo &b)
{
    const bool differs[FeedsModel::ColumnCount] = {
        a.name != b.name || a.format != b.format || a.refreshSeconds != b.refreshSeconds
            || a.checksumUrl != b.checksumUrl || a.allowBroad != b.allowBroad,
        a.lastError != b.lastError || a.lastFetch != b.lastFetch || a.lastSuccess != b.lastSuccess,
        a.lastSuccess != b.lastSuccess || a.lastFetch != b.lastFetch,
        a.appliedRanges != b.appliedRanges || a.ranges != b.ranges,
        // Counters come from the listing, not from the feed's settings.
        false,
        false,
        false,
        a.refreshSeconds != b.refreshSeconds || a.lastFetch != b.lastFetch,
        a.location != b.location || a.insecure != b.insecure || a.checksumUrl != b.checksumUrl,
        a.lastError != b.lastError,
    };
    int first = FeedsModel::ColumnCount;
    int last = -1;
    for (int column = 0; column < FeedsModel::ColumnCount; ++column) {
        if (differs[column]) {
            first = std::min(first, column);
            last = column;
        }
    }
    return { first, last };
}

bool isNumberColumn(int column)
{
    return column == FeedsModel::NetworksColumn || column == FeedsModel::PacketsColumn
        || column == FeedsModel::BytesColumn || column == FeedsModel::RateColumn;
}

// Why an insecure feed is one, or nothing for a feed that is not.
QString insecurity(const FeedInfo &feed)
{
    if (!feed.insecure)
        return {};
    const auto plain = [](const QString &url) {
        return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
    };
    if (plain(feed.location) && !feed.checksumUrl.startsWith(QLatin1String("https://")))
        return FeedsModel::tr("Fetched over plain HTTP without an HTTPS checksum: anyone on the "
                              "network path can change the list, even into one that blocks "
                              "everything.");
    if (plain(feed.checksumUrl))
        return FeedsModel::tr("Its checksum is fetched over plain HTTP: anyone on the network "
                              "path can change it.");
    return {};
}

QIcon stateIcon(FeedsModel::State state)
{
    const auto *application = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!application)
        return {};
    switch (state) {
    case FeedsModel::State::Error:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    case FeedsModel::State::Updating:
    case FeedsModel::State::Waiting:
        return QIcon::fromTheme(QStringLiteral("view-refresh"),
                                QApplication::style()->standardIcon(QStyle::SP_BrowserReload));
    case FeedsModel::State::NeverFetched:
    case FeedsModel::State::Ok:
        break;
    }
    return {};
}

} // namespace

FeedsModel::FeedsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int FeedsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_feeds.size());
}

int FeedsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 FeedsModel::now() const
{
    return m_now ? m_now : QDateTime::currentSecsSinceEpoch();
}

FeedsModel::State FeedsModel::state(int row) const
{
    const FeedInfo &feed = m_feeds.at(row);
    const auto activity = m_activity.constFind(feed.name);
    if (activity != m_activity.constEnd())
        return activity->running ? State::Updating : State::Waiting;
    if (!feed.lastError.isEmpty())
        return State::Error;
    if (feed.lastFetch == 0 && feed.lastSuccess == 0)
        return State::NeverFetched;
    return State::Ok;
}

QString FeedsModel::statusText(int row) const
{
    switch (state(row)) {
    case State::Updating: {
        const Activity activity = m_activity.value(m_feeds.at(row).name);
        if (activity.total <= 0)
            return tr("Updating…");
        const int percent =
            int(std::clamp(activity.done * 100 / activity.total, qint64(0), qint64(100)));
        return tr("Updating… %1 %").arg(percent);
    }
    case State::Waiting:
        return tr("Waiting");
    case State::Error:
        return tr("Error");
    case State::NeverFetched:
        return tr("Never fetched");
    case State::Ok:
        return tr("OK");
    }
    return {};
}

QString FeedsModel::nextRefreshText(const FeedInfo &feed) const
{
    if (feed.refreshSeconds == 0)
        return tr("when asked");
    qint64 seconds = feed.lastFetch + feed.refreshSeconds - now();
    if (seconds <= 0)
        return tr("now");
    // Checked once a minute: seconds would only pretend to a precision there is not.
    if (seconds >= 60)
        seconds -= seconds % 60;
    return tr("in %1").arg(formatDuration(seconds));
}

qint64 FeedsModel::nextRefreshOrder(const FeedInfo &feed) const
{
    if (feed.refreshSeconds == 0)
        return std::numeric_limits<qint64>::max();
    return feed.lastFetch + feed.refreshSeconds;
}

QVariant FeedsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedInfo &feed = m_feeds.at(index.row());
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return feed.name;
        case StatusColumn:
            return statusText(index.row());
        case LastUpdateColumn:
            return feed.lastSuccess ? dateTimeText(feed.lastSuccess, QLocale::ShortFormat)
                                    : tr("never");
        case NetworksColumn:
            return locale.toString(feed.appliedRanges);
        case PacketsColumn:
            return locale.toString(qulonglong(m_counters.value(feed.name).reading.packets));
        case BytesColumn:
            return locale.formattedDataSize(
                qint64(std::min<quint64>(m_counters.value(feed.name).reading.bytes,
                                         quint64(std::numeric_limits<qint64>::max()))));
        case RateColumn: {
            const double rate = m_counters.value(feed.name).activity.packetsPerSecond;
            return rate > 0 ? tr("%1/s").arg(locale.toString(rate, 'f', rate < 10 ? 1 : 0))
                            : QString();
        }
        case NextRefreshColumn:
            return nextRefreshText(feed);
        case LocationColumn:
            return feed.allowBroad ? tr("%1 (allows broad networks)").arg(feed.location)
                                   : feed.location;
        case LastErrorColumn:
            // One line in the table; the tooltip has it all.
            return feed.lastError.simplified();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return feed.name;
        case StatusColumn:
            return int(state(index.row()));
        case LastUpdateColumn:
            return feed.lastSuccess;
        case NetworksColumn:
            return feed.appliedRanges;
        case PacketsColumn:
            return qulonglong(m_counters.value(feed.name).reading.packets);
        case BytesColumn:
            return qulonglong(m_counters.value(feed.name).reading.bytes);
        case RateColumn:
            return m_counters.value(feed.name).activity.packetsPerSecond;
        case NextRefreshColumn:
            return nextRefreshOrder(feed);
        case LocationColumn:
            return feed.location;
        case LastErrorColumn:
            return feed.lastError;
        }
        break;
    case NameRole:
        return feed.name;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return stateIcon(state(index.row()));
        break;
    case Qt::TextAlignmentRole:
        if (isNumberColumn(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: {
            QString text = tr("Format: %1").arg(feed.format);
            if (!feed.checksumUrl.isEmpty())
                text += u'\n' + tr("Checked against: %1").arg(feed.checksumUrl);
            if (feed.allowBroad)
                text += u'\n' + tr("Allows broad networks: wider than /8 (IPv6 /16)");
            return text;
        }
        case StatusColumn:
            if (!feed.lastError.isEmpty() && feed.lastSuccess)
                return tr("The last attempt failed; the list from %1 stays in force.")
                    .arg(dateTimeText(feed.lastSuccess, QLocale::ShortFormat));
            if (!feed.lastError.isEmpty())
                return tr("The last attempt failed; no list from this feed is in force yet.");
            break;
        case LastUpdateColumn:
            if (feed.lastFetch) {
                QString text =
                    tr("Last checked: %1").arg(dateTimeText(feed.lastFetch, QLocale::LongFormat));
                if (feed.lastSuccess)
                    text.prepend(tr("List current as of: %1")
                                     .arg(dateTimeText(feed.lastSuccess, QLocale::LongFormat))
                                 + u'\n');
                return text;
            }
            break;
        case NetworksColumn:
            return tr("Networks in the feed's list: %1\nBlocked after the allowlist: %2")
                .arg(locale.toString(feed.ranges), locale.toString(feed.appliedRanges));
        case PacketsColumn:
        case BytesColumn:
            return tr("Dropped by the feed's networks since they were put in the kernel, "
                      "added up over its entries");
        case RateColumn:
            return tr("Packets dropped per second since the listing before");
        case NextRefreshColumn:
            if (feed.refreshSeconds)
                return tr("Every %1").arg(formatDuration(feed.refreshSeconds));
            return tr("Only when asked (Refresh Now)");
        case LocationColumn:
            if (const QString why = insecurity(feed); !why.isEmpty())
                return feed.location + u'\n' + why;
            return feed.location;
        case LastErrorColumn:
            if (!feed.lastError.isEmpty())
                return feed.lastError;
            break;
        }
        break;
    case Qt::ForegroundRole:
        // What anyone on the network path can change stands out; the tooltip says why.
        if (index.column() == LocationColumn && !insecurity(feed).isEmpty())
            return QBrush(Qt::red);
        break;
    }
    return {};
}

QVariant FeedsModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case LastUpdateColumn:
        return tr("Last update");
    case NetworksColumn:
        return tr("Networks");
    case PacketsColumn:
        return tr("Packets");
    case BytesColumn:
        return tr("Bytes");
    case RateColumn:
        return tr("Rate");
    case NextRefreshColumn:
        return tr("Next refresh");
    case LocationColumn:
        return tr("Location");
    case LastErrorColumn:
        return tr("Last error");
    }
    return {};
}

int FeedsModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_feeds.size(); ++row) {
        if (m_feeds.at(row).name == name)
            return row;
    }
    return -1;
}

void FeedsModel::setFeeds(const QList<FeedInfo> &feeds)
{
    QHash<QString, const FeedInfo *> listed;
    listed.reserve(feeds.size());
    for (const FeedInfo &feed : feeds)
        listed.insert(feed.name, &feed);

    // From the bottom up, so that the row numbers above stay true.
    for (int row = int(m_feeds.size()) - 1; row >= 0; --row) {
        if (listed.contains(m_feeds.at(row).name))
            continue;
        int first = row;
        while (first > 0 && !listed.contains(m_feeds.at(first - 1).name))
            --first;
        beginRemoveRows({}, first, row);
        m_feeds.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }

    QSet<QString> present;
    for (int row = 0; row < m_feeds.size(); ++row) {
        const FeedInfo &fresh = *listed.value(m_feeds.at(row).name);
        present.insert(fresh.name);
        const auto [first, last] = changedColumns(m_feeds.at(row), fresh);
        m_feeds[row] = fresh;
        if (first <= last)
            Q_EMIT dataChanged(index(row, first), index(row, last));
    }

    QList<FeedInfo> added;
    for (const FeedInfo &feed : feeds) {
        if (!present.contains(feed.name)) {
            present.insert(feed.name); // listed twice: the first one stands
            added.append(feed);
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_feeds.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_feeds.append(added);
        endInsertRows();
    }
}

void FeedsModel::setCounters(const QHash<QString, HitCounters::Reading> &totals, qint64 readAtMs)
{
    QHash<QString, Counters> counters;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("feed:")))
            continue;
        const QString name = it.key().mid(5);
        const auto before = m_counters.constFind(name);
        Counters now;
        now.reading = { it->packets, it->bytes, 0 };
        now.activity = before != m_counters.cend()
            ? HitCounters::advance(before->reading, before->activity, m_countersReadAtMs,
                                   now.reading, readAtMs)
            : HitCounters::advance(std::nullopt, {}, m_countersReadAtMs, now.reading, readAtMs);
        counters.insert(name, now);
    }
    m_countersReadAtMs = readAtMs;
    std::swap(m_counters, counters);
    for (int row = 0; row < m_feeds.size(); ++row) {
        const QString &name = m_feeds.at(row).name;
        const Counters was = counters.value(name);
        const Counters is = m_counters.value(name);
        if (was.reading.packets != is.reading.packets || was.reading.bytes != is.reading.bytes
            || was.activity.packetsPerSecond != is.activity.packetsPerSecond)
            Q_EMIT dataChanged(index(row, PacketsColumn), index(row, RateColumn));
    }
}

void FeedsModel::activityChanged(const QString &name)
{
    const int row = rowOf(name);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void FeedsModel::setWaiting(const QString &name)
{
    Activity &activity = m_activity[name];
    activity = Activity();
    activityChanged(name);
}

void FeedsModel::setProgress(const QString &name, qint64 done, qint64 total)
{
    Activity &activity = m_activity[name];
    activity.running = true;
    activity.done = done;
    activity.total = total;
    activityChanged(name);
}

void FeedsModel::setIdle(const QString &name)
{
    if (m_activity.remove(name))
        activityChanged(name);
}

void FeedsModel::setNow(qint64 secondsSinceEpoch)
{
    m_now = secondsSinceEpoch;
    timePassed();
}

void FeedsModel::timePassed()
{
    if (!m_feeds.isEmpty())
        Q_EMIT dataChanged(index(0, NextRefreshColumn), index(rowCount() - 1, NextRefreshColumn));
}

} // namespace Rampart
