// What the GUI thread does at each refresh of the Connections tab under a flood: a
// synthetic snapshot of 100,000 sockets from 30,000 remote addresses (a few hundred busy
// ones, a long tail of one or two connections) is grouped by the aggregator, then a second
// snapshot with 5 % of the remotes changed (a third gone, a third new, a third with other
// counts) is grouped too, and ConnectionsModel::setGroups() turns the table from one into
// the other, with the tab's sorting proxy and a shown table view with a selection attached,
// as in the tab. Prints the best of 3 beside the 100 ms budget, and the worker thread's
// grouping time for reference. Also the worst refresh: the minute turns, and every row's
// "Last seen" changes with it; and a quiet refresh of 30 changed remotes, signalled row by
// row.
//
// Usage: connectionsmodelbench [sockets] [remotes]

#include "connections/connectionaggregator.h"
#include "connectionsmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTableView>

#include <cstdio>
#include <functional>

using namespace Rampart;

namespace {

constexpr int runs = 3;
constexpr double budgetMs = 100;
constexpr qint64 minute = 60'000;
// Within a minute, so that "Last seen" does not move between the two snapshots.
constexpr qint64 firstTakenAt = 29'000'000 * minute + 1'000;
constexpr quint8 established = 1;
constexpr quint8 synReceived = 3;
constexpr quint8 timeWait = 6;

Cidr remoteAddress(int index)
{
    // One in ten remotes speaks IPv6, the rest are spread over public IPv4 space.
    if (index % 10 == 9) {
        Cidr::Bytes bytes {};
        bytes[0] = 0x20;
        bytes[1] = 0x01;
        bytes[2] = 0x0d;
        bytes[3] = 0xb8;
        bytes[6] = quint8(index >> 16);
        bytes[7] = quint8(index >> 8);
        bytes[15] = quint8(index);
        return Cidr::fromV6(bytes, 128);
    }
    const quint32 spread = quint32(index) * 2654435761u;
    return Cidr::fromV4((quint32(11 + spread % 200) << 24) | (spread >> 8 & 0xffffff), 32);
}

Socket socketFrom(int remote, QRandomGenerator &random, quint64 inode)
{
    Socket socket;
    socket.transport = Transport::Tcp;
    const quint32 kind = random.bounded(100);
    socket.state = kind < 90 ? established : kind < 95 ? synReceived : timeWait;
    socket.local = Cidr::fromV4(0xc0000201, 32); // 192.0.2.1
    static const quint16 ports[] = { 443, 443, 443, 80, 80, 22, 25, 993 };
    socket.localPort = ports[random.bounded(8)];
    socket.remote = remoteAddress(remote);
    socket.remotePort = quint16(1024 + random.bounded(64000));
    socket.inode = inode;
    return socket;
}

// counts[i] sockets from remote i; remotes with a count of 0 are not connected.
SocketSnapshot snapshotOf(const QList<int> &counts, qint64 takenAt, quint32 seed)
{
    QRandomGenerator random(seed);
    SocketSnapshot snapshot;
    snapshot.source = QStringLiteral("synthetic");
    snapshot.takenAtMs = takenAt;
    quint64 inode = 1000;
    for (int remote = 0; remote < counts.size(); ++remote) {
        for (int i = 0; i < counts.at(remote); ++i)
            snapshot.sockets.append(socketFrom(remote, random, ++inode));
    }
    return snapshot;
}

double milliseconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int sockets = arguments.size() > 1 ? arguments.at(1).toInt() : 100'000;
    const int remotes = arguments.size() > 2 ? arguments.at(2).toInt() : 30'000;
    if (sockets < remotes || remotes < 100) {
        std::fprintf(stderr, "usage: connectionsmodelbench [sockets] [remotes]\n");
        return 2;
    }

    // Everyone once, the rest to a skewed few: the busiest remotes hold hundreds.
    QRandomGenerator random(20261121);
    QList<int> before(remotes, 1);
    for (int i = remotes; i < sockets; ++i) {
        const double u = random.generateDouble();
        ++before[int(remotes * u * u * u * u)];
    }
    // Some remotes change: a third leave, a third arrive, a third move their count.
    const auto churned = [&](int changes) {
        QList<int> after = before;
        after.resize(remotes + changes / 3 + 1, 0);
        for (int changed = 0, i = 0; changed < changes; i += 7, ++changed) {
            const int remote = i % remotes;
            switch (changed % 3) {
            case 0:
                after[remote] = 0;
                break;
            case 1:
                after[remotes + changed / 3] = 1 + int(random.bounded(3));
                break;
            case 2:
                after[remote] += 1 + int(random.bounded(5));
                break;
            }
        }
        return after;
    };
    const QList<int> after = churned(remotes / 20);
    // A quiet refresh: few enough changes for one row signal each.
    const QList<int> quietlyAfter = churned(30);

    const SocketSnapshot first = snapshotOf(before, firstTakenAt, 1);
    const SocketSnapshot second = snapshotOf(after, firstTakenAt + 2'000, 2);
    const SocketSnapshot nextMinute = snapshotOf(after, firstTakenAt + minute, 2);
    const SocketSnapshot quiet = snapshotOf(quietlyAfter, firstTakenAt + 2'000, 3);

    ConnectionAggregator aggregator;
    QList<ConnectionGroup> groupsBefore;
    QList<ConnectionGroup> groupsAfter;
    QList<ConnectionGroup> groupsNextMinute;
    QList<ConnectionGroup> groupsQuiet;
    double aggregateMs = 1e9;
    for (int run = 0; run < runs; ++run) {
        aggregateMs = std::min(aggregateMs, milliseconds([&] {
                                   groupsBefore = aggregator.aggregate(first, Grouping::Address);
                               }));
    }
    groupsAfter = aggregator.aggregate(second, Grouping::Address);
    groupsNextMinute = aggregator.aggregate(nextMinute, Grouping::Address);
    groupsQuiet = aggregator.aggregate(quiet, Grouping::Address);

    ConnectionsModel model;
    ConnectionsProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(ConnectionsModel::ConnectionsColumn, Qt::DescendingOrder);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1000, 600);
    view.show();
    QApplication::processEvents();

    const double fillMs = milliseconds([&] { model.setGroups(groupsBefore); });
    QApplication::processEvents();
    // An administrator looking at a few of the busiest rows.
    for (int row : { 1, 3, 4 })
        view.selectionModel()->select(proxy.index(row, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);

    double refreshMs = 1e9;
    double backMs = 1e9;
    double paintMs = 1e9;
    double minuteMs = 1e9;
    double quietMs = 1e9;
    for (int run = 0; run < runs; ++run) {
        refreshMs = std::min(refreshMs, milliseconds([&] { model.setGroups(groupsAfter); }));
        paintMs = std::min(paintMs, milliseconds([&] { view.viewport()->repaint(); }));
        backMs = std::min(backMs, milliseconds([&] { model.setGroups(groupsBefore); }));
        QApplication::processEvents();
        minuteMs = std::min(minuteMs, milliseconds([&] { model.setGroups(groupsNextMinute); }));
        model.setGroups(groupsBefore);
        QApplication::processEvents();
        quietMs = std::min(quietMs, milliseconds([&] { model.setGroups(groupsQuiet); }));
        model.setGroups(groupsBefore);
        QApplication::processEvents();
    }

    int added = 0;
    int moved = 0;
    {
        QHash<QString, int> countOf;
        for (const ConnectionGroup &group : std::as_const(groupsBefore))
            countOf.insert(group.remote.toString(), group.connections);
        for (const ConnectionGroup &group : std::as_const(groupsAfter)) {
            const auto found = countOf.constFind(group.remote.toString());
            if (found == countOf.cend())
                ++added;
            else if (*found != group.connections)
                ++moved;
        }
    }
    const int gone = int(groupsBefore.size()) - (int(groupsAfter.size()) - added);

    std::printf("sockets: %lld from %lld remotes; second snapshot: %lld sockets, %lld remotes "
                "(%d rows changed, %d added, %d gone)\n",
                qlonglong(first.sockets.size()), qlonglong(groupsBefore.size()),
                qlonglong(second.sockets.size()), qlonglong(groupsAfter.size()), moved, added,
                gone);
    std::printf("busiest remote: %d connections\n\n",
                groupsBefore.isEmpty() ? 0 : groupsBefore.first().connections);
    std::printf("%-58s %9s\n", "best of 3, GUI thread unless said", "ms");
    std::printf("%-58s %9.1f\n", "first fill (empty table to 30,000 rows)", fillMs);
    std::printf("%-58s %9.1f   budget %.0f ms: %s\n", "refresh, 5 % changed (setGroups)", refreshMs,
                budgetMs, refreshMs < budgetMs ? "met" : "MISSED");
    std::printf("%-58s %9.1f\n", "refresh back to the first snapshot", backMs);
    std::printf("%-58s %9.1f\n", "refresh, 30 remotes changed (one signal per row)", quietMs);
    std::printf("%-58s %9.1f   budget %.0f ms: %s\n", "refresh as the minute turns (every row)",
                minuteMs, budgetMs, minuteMs < budgetMs ? "met" : "MISSED");
    std::printf("%-58s %9.1f\n", "repaint of the visible rows after a refresh", paintMs);
    std::printf("%-58s %9.1f\n", "aggregate 100,000 sockets (worker thread, reference)",
                aggregateMs);
    return 0;
}
