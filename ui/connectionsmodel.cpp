#include "connectionsmodel.h"

#include "geo/countryflags.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <cstring>

namespace Rampart {

namespace {

// "Ashburn, Virginia · Google LLC", or why the service said nothing.
QString detailsText(const OnlineDetails &details)
{
    if (!details.hasDetails())
        return QStringLiteral("—");
    QStringList place;
    for (const QString &part : { details.city, details.region }) {
        if (!part.isEmpty() && !place.contains(part))
            place << part;
    }
    QStringList parts;
    if (!place.isEmpty())
        parts << place.join(QStringLiteral(", "));
    if (!details.isp.isEmpty())
        parts << details.isp;
    return parts.join(QStringLiteral(" · "));
}

// The local ports a cell shows before "…"; the tooltip lists them all, up to a limit that
// keeps it on the screen.
constexpr int shownPorts = 3;
constexpr int tooltipPorts = 60;
// Past this many separate runs of changed rows, one dataChanged over their span costs a
// sorting proxy and the views less than the signals.
constexpr size_t maxChangedRuns = 256;
// Past this many row removals, insertions and changes, one layout change does it all.
constexpr qsizetype maxPreciseSignals = 64;
// How strongly rows over the threshold take on the tint colour.
constexpr int tintAlpha = 48;

// A row as a hash key: its remote, or its country code when rows are countries (and the
// remote is empty).
struct RemoteKey
{
    Cidr cidr;
    QString country;
    friend bool operator==(const RemoteKey &, const RemoteKey &) = default;
};

size_t qHash(const RemoteKey &key, size_t seed = 0) noexcept
{
    quint64 high;
    quint64 low;
    std::memcpy(&high, key.cidr.bytes().data(), sizeof high);
    std::memcpy(&low, key.cidr.bytes().data() + sizeof high, sizeof low);
    quint64 hash = (high ^ (low * 0x9e3779b97f4a7c15ull)) + quint64(key.cidr.prefixLength());
    hash ^= hash >> 31;
    hash *= 0xbf58476d1ce4e5b9ull;
    hash ^= hash >> 29;
    return size_t(hash) ^ qHash(key.country, seed);
}

// By family, then address, then prefix length, which Cidr's own order and text do not.
bool addressLess(const Cidr &a, const Cidr &b)
{
    if (a.family() != b.family())
        return a.family() < b.family();
    if (a.bytes() != b.bytes())
        return a.bytes() < b.bytes();
    return a.prefixLength() < b.prefixLength();
}

QString addressKey(const Cidr &cidr)
{
    QByteArray key;
    key.reserve(18);
    key.append(char(cidr.family()));
    key.append(reinterpret_cast<const char *>(cidr.bytes().data()), qsizetype(cidr.bytes().size()));
    key.append(char(cidr.prefixLength()));
    return QString::fromLatin1(key.toHex());
}

// The short names of `ss -o state` and netstat's columns are long; these keep a cell of
// several states readable. Protocol names, not translated.
QString shortStateName(const QString &state)
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("ESTABLISHED"), QStringLiteral("EST") },
        { QStringLiteral("SYN-SENT"), QStringLiteral("SYN-S") },
        { QStringLiteral("SYN-RECV"), QStringLiteral("SYN") },
        { QStringLiteral("FIN-WAIT-1"), QStringLiteral("FIN1") },
        { QStringLiteral("FIN-WAIT-2"), QStringLiteral("FIN2") },
        { QStringLiteral("TIME-WAIT"), QStringLiteral("TW") },
        { QStringLiteral("CLOSE-WAIT"), QStringLiteral("CW") },
        { QStringLiteral("LAST-ACK"), QStringLiteral("LACK") },
    };
    return names.value(state, state);
}

// The states, most frequent first.
QList<std::pair<QString, int>> statesByCount(const QMap<QString, int> &states)
{
    QList<std::pair<QString, int>> sorted;
    sorted.reserve(states.size());
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        sorted.append({ it.key(), it.value() });
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return sorted;
}

QString statesText(const QMap<QString, int> &states, const QLocale &locale)
{
    QStringList parts;
    for (const auto &[state, count] : statesByCount(states))
        parts << shortStateName(state) + u' ' + locale.toString(count);
    return parts.join(u' ');
}

QString portsText(const QList<quint16> &ports, qsizetype limit)
{
    QStringList parts;
    for (qsizetype i = 0; i < ports.size() && i < limit; ++i)
        parts << QString::number(ports.at(i));
    QString text = parts.join(QStringLiteral(", "));
    if (ports.size() > limit)
        text += QStringLiteral(", …");
    return text;
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale locale;
    if (when.date() == QDate::currentDate())
        return locale.toString(when.time(), QLocale::ShortFormat);
    return locale.toString(when, QLocale::ShortFormat);
}

// The times are shown to the minute: a change within the minute is no change to show.
bool sameMinute(qint64 a, qint64 b)
{
    return a / 60'000 == b / 60'000;
}

// "manual 203.0.113.0/24" as "by hand (203.0.113.0/24)", "feed:drop 198.51.100.0/22" as
// "feed:drop (198.51.100.0/22)".
QString blockedByText(const QString &blockedBy)
{
    const qsizetype space = blockedBy.lastIndexOf(u' ');
    if (space < 0)
        return blockedBy;
    const QString source = blockedBy.left(space);
    const QString entry = blockedBy.mid(space + 1);
    return ConnectionsModel::tr("%1 (%2)").arg(
        source == QLatin1String("manual") ? ConnectionsModel::tr("by hand") : source, entry);
}

// "US — United States"; "—" for a country of its own for the addresses the database does
// not know.
QString countryText(const GeoResult &geo, bool byCountry)
{
    if (geo.countryCode.isEmpty())
        return byCountry ? QStringLiteral("—") : QString();
    const QString name = countryName(geo.countryCode);
    return name.isEmpty()
        ? geo.countryCode
        : ConnectionsModel::tr("%1 — %2", "country code — name").arg(geo.countryCode, name);
}

QString asText(const GeoResult &geo)
{
    if (geo.asn == 0)
        return geo.organization;
    const QString number = QStringLiteral("AS%1").arg(geo.asn);
    return geo.organization.isEmpty() ? number : number + u' ' + geo.organization;
}

bool overThreshold(const ConnectionGroup &group, int threshold)
{
    return group.connections > threshold;
}

// The first and last column whose text differs between two versions of a row, or (Count,
// -1) when none does.
std::pair<int, int> changedColumns(const ConnectionGroup &a, const ConnectionGroup &b,
                                   const GeoResult &geoA, const GeoResult &geoB, int threshold)
{
    if (overThreshold(a, threshold) != overThreshold(b, threshold))
        return { 0, ConnectionsModel::ColumnCount - 1 }; // the tint of the whole row
    if (a.blockedBy.isEmpty() != b.blockedBy.isEmpty())
        return { 0, ConnectionsModel::ColumnCount - 1 }; // the icon, and the blocked state
    const bool differs[ConnectionsModel::ColumnCount] = {
        false,
        geoA != geoB,
        a.connections != b.connections,
        a.states != b.states || a.dropping != b.dropping,
        a.localPorts != b.localPorts,
        a.addresses != b.addresses,
        !sameMinute(a.firstSeenMs, b.firstSeenMs),
        !sameMinute(a.lastSeenMs, b.lastSeenMs),
        a.blockedBy != b.blockedBy,
        a.processes != b.processes,
    };
    int first = ConnectionsModel::ColumnCount;
    int last = -1;
    for (int column = 0; column < ConnectionsModel::ColumnCount; ++column) {
        if (differs[column]) {
            first = std::min(first, column);
            last = column;
        }
    }
    return { first, last };
}

} // namespace

ConnectionsModel::ConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ConnectionsModel::~ConnectionsModel() = default;

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon ConnectionsModel::blockedIcon() const
{
    if (m_blockedIcon.isNull() && qobject_cast<QApplication *>(QCoreApplication::instance())) {
        m_blockedIcon =
            QIcon::fromTheme(QStringLiteral("security-high"),
                             QApplication::style()->standardIcon(QStyle::SP_BrowserStop));
    }
    return m_blockedIcon;
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = *m_rows[size_t(index.row())];
    const ConnectionGroup &group = row.group;

    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case RemoteColumn:
            return row.remoteText;
        case CountryColumn:
            return row.countryText;
        case ConnectionsColumn:
            return locale.toString(group.connections);
        case StatesColumn:
            if (group.dropping)
                return tr("blocked, dropping");
            return statesText(group.states, locale);
        case LocalPortsColumn:
            return portsText(group.localPorts, shownPorts);
        case AddressesColumn:
            return locale.toString(group.addresses);
        case FirstSeenColumn:
            return timeText(group.firstSeenMs);
        case LastSeenColumn:
            return timeText(group.lastSeenMs);
        case BlockedByColumn:
            return blockedByText(group.blockedBy);
        case ProcessColumn:
            return group.processes.join(QStringLiteral(", "));
        case DetailsColumn:
            if (const OnlineDetails *details = onlineDetailsAt(index.row()))
                return detailsText(*details);
            break;
        }
        break;
    }
    case SortRole:
        switch (index.column()) {
        case RemoteColumn:
            return m_byCountry ? row.geo.countryCode : addressKey(group.remote);
        case CountryColumn:
            return row.geo.countryCode;
        case ConnectionsColumn:
            return group.connections;
        case StatesColumn:
            return statesText(group.states, QLocale::c());
        case LocalPortsColumn:
            return group.localPorts.isEmpty() ? -1 : int(group.localPorts.first());
        case AddressesColumn:
            return group.addresses;
        case FirstSeenColumn:
            return group.firstSeenMs;
        case LastSeenColumn:
            return group.lastSeenMs;
        case BlockedByColumn:
            return group.blockedBy;
        case ProcessColumn:
            return group.processes.join(u',');
        case DetailsColumn:
            if (const OnlineDetails *details = onlineDetailsAt(index.row()))
                return detailsText(*details);
            return QString();
        }
        break;
    case RemoteRole:
        return row.remoteText;
    case OverThresholdRole:
        return overThreshold(group, m_threshold);
    case BlockedRole:
        return !group.blockedBy.isEmpty();
    case Qt::BackgroundRole:
        if (overThreshold(group, m_threshold)) {
            // Over the row's own background, so that alternate rows and dark themes stay
            // themselves, only warmer. Not the highlight colour: that is the selection's.
            QColor tint = QGuiApplication::palette().color(QPalette::LinkVisited);
            tint.setAlpha(tintAlpha);
            return QBrush(tint);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == RemoteColumn && !group.blockedBy.isEmpty())
            return blockedIcon();
        // The flag, where an installed icon set has one.
        if (index.column() == CountryColumn && !row.geo.countryCode.isEmpty()) {
            const QIcon flag = countryFlag(row.geo.countryCode);
            if (!flag.isNull())
                return flag;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ConnectionsColumn || index.column() == AddressesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RemoteColumn:
            if (!group.blockedBy.isEmpty())
                return tr("Blocked by %1").arg(blockedByText(group.blockedBy));
            if (overThreshold(group, m_threshold))
                return tr("More than %L1 connections").arg(m_threshold);
            break;
        case CountryColumn: {
            const QString as = asText(row.geo);
            if (!as.isEmpty())
                return as;
            break;
        }
        case StatesColumn: {
            QStringList lines;
            const QLocale locale;
            for (const auto &[state, count] : statesByCount(group.states))
                lines << QStringLiteral("%1: %2").arg(state, locale.toString(count));
            return lines.join(u'\n');
        }
        case LocalPortsColumn:
            if (group.localPorts.size() > shownPorts)
                return portsText(group.localPorts, tooltipPorts);
            break;
        case FirstSeenColumn:
        case LastSeenColumn: {
            const qint64 ms =
                index.column() == FirstSeenColumn ? group.firstSeenMs : group.lastSeenMs;
            if (ms > 0)
                return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
            break;
        }
        case ProcessColumn:
            if (group.processes.size() > 1)
                return group.processes.join(u'\n');
            break;
        case DetailsColumn:
            if (const OnlineDetails *details = onlineDetailsAt(index.row())) {
                if (!details->hasDetails())
                    return details->error;
                QStringList lines;
                if (!details->organization.isEmpty() && details->organization != details->isp)
                    lines << tr("Organization: %1").arg(details->organization);
                if (!details->asText.isEmpty())
                    lines << tr("Network: %1").arg(details->asText);
                return lines.join(u'\n');
            }
            break;
        }
        break;
    }
    return {};
}

void ConnectionsModel::addOnlineDetails(const QList<OnlineDetails> &details)
{
    if (details.isEmpty())
        return;
    for (const OnlineDetails &answer : details)
        m_details.insert(answer.address, answer);
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_details.contains(m_rows[row]->remoteText)) {
            const QModelIndex cell = index(int(row), DetailsColumn);
            Q_EMIT dataChanged(cell, cell);
        }
    }
}

const OnlineDetails *ConnectionsModel::onlineDetailsAt(int row) const
{
    const auto found = m_details.constFind(m_rows[size_t(row)]->remoteText);
    return found == m_details.cend() ? nullptr : &*found;
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section == ConnectionsColumn || section == AddressesColumn
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ConnectionsColumn:
            return tr("Open connections with the remote end");
        case StatesColumn:
            return tr("TCP states: EST established, SYN half-open (SYN received), TW time-wait, "
                      "CW close-wait, FIN1 and FIN2 closing");
        case CountryColumn:
            return tr("Where the remote is, by the geolocation database");
        case AddressesColumn:
            return tr("Distinct remote addresses in the network");
        case FirstSeenColumn:
            return tr("When the remote was first seen with connections since Rampart started "
                      "watching");
        case BlockedByColumn:
            return tr("The blocklist entry that covers the remote, and where it comes from");
        case ProcessColumn:
            return tr("The local programs at this end, where they can be seen");
        case DetailsColumn:
            return tr("City, region and ISP, from the online service chosen in Settings");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RemoteColumn:
        return tr("Remote");
    case CountryColumn:
        return tr("Country");
    case ConnectionsColumn:
        return tr("Conns");
    case StatesColumn:
        return tr("States");
    case LocalPortsColumn:
        return tr("Local ports");
    case AddressesColumn:
        return tr("Addresses");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case BlockedByColumn:
        return tr("Blocked by");
    case ProcessColumn:
        return tr("Process");
    case DetailsColumn:
        return tr("Online details");
    }
    return {};
}

void ConnectionsModel::setGrouping(Grouping grouping, bool byCountry)
{
    if (grouping == m_grouping && byCountry == m_byCountry)
        return;
    beginResetModel();
    m_grouping = grouping;
    m_byCountry = byCountry;
    m_rows.clear();
    endResetModel();
}

std::unique_ptr<ConnectionsModel::Row> ConnectionsModel::makeRow(const LocatedGroup &located) const
{
    const QString country = countryText(located.geo, m_byCountry);
    return std::make_unique<Row>(Row { located.group, located.geo,
                                       m_byCountry ? country : located.group.remote.toString(),
                                       country });
}

void ConnectionsModel::setGroups(const QList<ConnectionGroup> &groups)
{
    QList<LocatedGroup> located;
    located.reserve(groups.size());
    for (const ConnectionGroup &group : groups)
        located.append({ group, GeoResult() });
    setGroups(located);
}

void ConnectionsModel::setGroups(const QList<LocatedGroup> &groups)
{
    const auto keyOf = [this](const ConnectionGroup &group, const GeoResult &geo) {
        return m_byCountry ? RemoteKey { Cidr(), geo.countryCode } : RemoteKey { group.remote, {} };
    };
    // Where each remote of the new list is; marked off as rows that stay claim them.
    QHash<RemoteKey, qsizetype> incoming;
    incoming.reserve(groups.size());
    // Backwards, so that of a remote listed twice the first listing stands.
    for (qsizetype i = groups.size() - 1; i >= 0; --i)
        incoming.insert(keyOf(groups.at(i).group, groups.at(i).geo), i);
    std::vector<bool> claimed(size_t(groups.size()), false);

    // Rows that stay take their new values at once; the others are marked as gone.
    std::vector<bool> gone(m_rows.size(), false);
    std::vector<int> removedBefore(m_rows.size() + 1, 0); // rows gone above each row
    QList<std::pair<int, int>> removedRuns; // (first, last), ascending
    struct Run
    {
        int first; // row numbers once the gone rows are removed
        int last;
        int firstColumn;
        int lastColumn;
    };
    std::vector<Run> changedRuns;
    for (size_t row = 0; row < m_rows.size(); ++row) {
        Row &current = *m_rows[row];
        const auto found = incoming.constFind(keyOf(current.group, current.geo));
        removedBefore[row + 1] = removedBefore[row];
        if (found == incoming.cend()) {
            gone[row] = true;
            ++removedBefore[row + 1];
            if (!removedRuns.isEmpty() && removedRuns.last().second + 1 == int(row))
                removedRuns.last().second = int(row);
            else
                removedRuns.append({ int(row), int(row) });
            continue;
        }
        claimed[size_t(found.value())] = true;
        const LocatedGroup &fresh = groups.at(found.value());
        const auto [firstColumn, lastColumn] =
            changedColumns(current.group, fresh.group, current.geo, fresh.geo, m_threshold);
        current.group = fresh.group;
        if (current.geo != fresh.geo) {
            current.geo = fresh.geo;
            current.countryText = countryText(fresh.geo, m_byCountry);
        }
        if (firstColumn > lastColumn)
            continue;
        // Neighbours whose same columns changed share a signal; a proxy sorting on a column
        // that did not change then leaves those rows where they are.
        const int newRow = int(row) - removedBefore[row];
        if (!changedRuns.empty() && changedRuns.back().last + 1 == newRow
            && changedRuns.back().firstColumn == firstColumn
            && changedRuns.back().lastColumn == lastColumn)
            changedRuns.back().last = newRow;
        else
            changedRuns.push_back({ newRow, newRow, firstColumn, lastColumn });
    }

    std::vector<std::unique_ptr<Row>> added;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (claimed[size_t(i)])
            continue;
        const LocatedGroup &group = groups.at(i);
        if (incoming.value(keyOf(group.group, group.geo)) != i)
            continue; // listed twice: the first one stands
        added.push_back(makeRow(group));
    }

    // A sorting proxy turns each removed and each added row into a signal of its own
    // wherever the rows sort apart, and Qt 6.4's header view walks all its sections for
    // every one of them: past a few dozen, one layout change costs a fraction. The rows'
    // persistent indexes follow them, so the selection and the current row survive it
    // alike.
    const qsizetype preciseSignals =
        removedRuns.size() + qsizetype(added.size()) + qsizetype(changedRuns.size());
    if (preciseSignals > maxPreciseSignals) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        const QModelIndexList before = persistentIndexList();
        std::vector<std::unique_ptr<Row>> rows;
        rows.reserve(m_rows.size() - size_t(removedBefore.back()) + added.size());
        for (size_t row = 0; row < m_rows.size(); ++row) {
            if (!gone[row])
                rows.push_back(std::move(m_rows[row]));
        }
        rows.insert(rows.end(), std::make_move_iterator(added.begin()),
                    std::make_move_iterator(added.end()));
        m_rows = std::move(rows);
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before) {
            const size_t row = size_t(index.row());
            after << (gone[row] ? QModelIndex()
                                : this->index(index.row() - removedBefore[row], index.column()));
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    } else {
        // From the bottom up, so that the row numbers above stay true.
        for (auto run = removedRuns.crbegin(); run != removedRuns.crend(); ++run) {
            beginRemoveRows({}, run->first, run->second);
            m_rows.erase(m_rows.begin() + run->first, m_rows.begin() + run->second + 1);
            endRemoveRows();
        }
        if (!added.empty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_rows.insert(m_rows.end(), std::make_move_iterator(added.begin()),
                          std::make_move_iterator(added.end()));
            endInsertRows();
        }
    }

    if (changedRuns.size() > maxChangedRuns) {
        Run span = changedRuns.front();
        for (const Run &run : changedRuns) {
            span.last = run.last;
            span.firstColumn = std::min(span.firstColumn, run.firstColumn);
            span.lastColumn = std::max(span.lastColumn, run.lastColumn);
        }
        changedRuns = { span };
    }
    for (const Run &run : changedRuns)
        Q_EMIT dataChanged(index(run.first, run.firstColumn), index(run.last, run.lastColumn));
}

void ConnectionsModel::setThreshold(int connections)
{
    if (connections == m_threshold)
        return;
    const int before = m_threshold;
    m_threshold = connections;
    // Only the rows whose tint changes; the proxy sorts on none of what they show.
    int first = -1;
    int last = -1;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const ConnectionGroup &group = m_rows[size_t(row)]->group;
        if (overThreshold(group, before) != overThreshold(group, m_threshold)) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1),
                           { Qt::BackgroundRole, Qt::ToolTipRole, OverThresholdRole });
}

QString ConnectionsModel::fullText(int row, int column) const
{
    const ConnectionGroup &group = groupAt(row);
    switch (column) {
    case StatesColumn:
        if (group.dropping)
            return tr("blocked, dropping");
        return statesText(group.states, QLocale());
    case LocalPortsColumn:
        return portsText(group.localPorts, group.localPorts.size());
    default:
        return index(row, column).data().toString();
    }
}

ConnectionsModel::Totals ConnectionsModel::totals() const
{
    Totals totals;
    for (const auto &row : m_rows) {
        totals.connections += row->group.connections;
        totals.addresses += row->group.addresses;
        if (!row->group.blockedBy.isEmpty())
            ++totals.blocked;
    }
    return totals;
}

ConnectionsProxyModel::ConnectionsProxyModel(QObject *parent)
    : TextFilterProxyModel(ConnectionsModel::SortRole, parent)
{ }

void ConnectionsProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_connections = qobject_cast<const ConnectionsModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool ConnectionsProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_connections)
        return QSortFilterProxyModel::lessThan(left, right);
    const ConnectionGroup &a = m_connections->groupAt(left.row());
    const ConnectionGroup &b = m_connections->groupAt(right.row());
    const QString &countryA = m_connections->geoAt(left.row()).countryCode;
    const QString &countryB = m_connections->geoAt(right.row()).countryCode;
    const bool byCountry = m_connections->groupedByCountry();
    // Rows grouped by country have no remote: their key is the country code.
    const auto remoteLess = [&](bool forward) {
        if (byCountry)
            return forward ? countryA < countryB : countryB < countryA;
        return forward ? addressLess(a.remote, b.remote) : addressLess(b.remote, a.remote);
    };
    // Equal rows in address order whichever way the column sorts, so that rows of equal
    // counts do not trade places from one refresh to the next.
    const auto byRemote = [&] {
        return remoteLess(sortOrder() == Qt::AscendingOrder);
    };
    const auto compare = [&](const auto &x, const auto &y) {
        if (x != y)
            return x < y;
        return byRemote();
    };
    switch (left.column()) {
    case ConnectionsModel::RemoteColumn:
        return remoteLess(true);
    case ConnectionsModel::CountryColumn:
        return compare(countryA, countryB);
    case ConnectionsModel::ConnectionsColumn:
        return compare(a.connections, b.connections);
    case ConnectionsModel::AddressesColumn:
        return compare(a.addresses, b.addresses);
    case ConnectionsModel::LocalPortsColumn:
        return compare(a.localPorts.isEmpty() ? -1 : int(a.localPorts.first()),
                       b.localPorts.isEmpty() ? -1 : int(b.localPorts.first()));
    case ConnectionsModel::FirstSeenColumn:
        return compare(a.firstSeenMs, b.firstSeenMs);
    case ConnectionsModel::LastSeenColumn:
        return compare(a.lastSeenMs, b.lastSeenMs);
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

bool ConnectionsProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (filterText().isEmpty() || !m_connections)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const ConnectionGroup &group = m_connections->groupAt(sourceRow);
    if (matches(m_connections->remoteTextAt(sourceRow))
        || matches(m_connections->countryTextAt(sourceRow)) || matches(group.blockedBy)
        || (!group.blockedBy.isEmpty() && matches(blockedByText(group.blockedBy))))
        return true;
    return std::any_of(group.processes.cbegin(), group.processes.cend(),
                       [this](const QString &process) { return matches(process); });
}

} // namespace Rampart
