// Blocks 10,000, 100,000 and 400,000 entries through the helper (D-Bus, polkit, store and
// kernel) and, in the same run and namespace, loads the same entries with a bare
// `ipset restore`, the reference. Prints both times side by side, then how long the
// listing of that blocklist takes and how long a Status sent just after it waits (the
// listing is built on a thread of its own, so a status should not wait for it).
//
// Needs root and the testbed (tests/common/testbed.sh); run scripts/build.sh first
// so that the bus activates this build's helper. Usage: helperbench [sizes...]

#include "client/helperclient.h"
#include "testbed.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QElapsedTimer>
#include <QProcess>

#include <cstdio>

namespace {

// Distinct addresses spread over 20.0.0.0/8 upwards; all stay inside the test namespace.
QStringList addresses(int count)
{
    QStringList list;
    list.reserve(count);
    for (quint32 i = 0; i < quint32(count); ++i) {
        const quint32 address = (20u << 24) + i * 7919u % (1u << 26);
        list << QStringLiteral("%1.%2.%3.%4")
                    .arg(address >> 24)
                    .arg((address >> 16) & 0xff)
                    .arg((address >> 8) & 0xff)
                    .arg(address & 0xff);
    }
    list.removeDuplicates();
    return list;
}

double bareIpsetRestore(const Testbed &testbed, const QStringList &entries)
{
    QByteArray script =
        QStringLiteral("create bench-bare hash:net family inet maxelem %1 timeout 0 counters\n")
            .arg(entries.size() * 2)
            .toLatin1();
    for (const QString &entry : entries)
        script += "add bench-bare " + entry.toLatin1() + '\n';
    QProcess process;
    process.start(QStringLiteral("/usr/sbin/ip"),
                  { QStringLiteral("netns"), QStringLiteral("exec"),
                    testbed.value(QStringLiteral("SERVER_NS")), QStringLiteral("/usr/sbin/ipset"),
                    QStringLiteral("restore") });
    process.waitForStarted();
    QElapsedTimer timer;
    timer.start();
    process.write(script);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (process.exitCode() != 0)
        std::fprintf(stderr, "ipset restore failed: %s\n",
                     process.readAllStandardError().constData());
    testbed.inServer({ QStringLiteral("/usr/sbin/ipset"), QStringLiteral("destroy"),
                       QStringLiteral("bench-bare") });
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes { 10'000, 100'000, 400'000 };
    if (argc > 1) {
        sizes.clear();
        for (int i = 1; i < argc; ++i)
            sizes << QString::fromLatin1(argv[i]).toInt();
    }
    if (const QString mismatch = installedBinaryMismatch(); !mismatch.isEmpty()) {
        std::fprintf(stderr, "helperbench: %s\n", qPrintable(mismatch));
        return 1;
    }

    std::printf("%10s  %14s  %14s  %8s  %14s  %12s  %16s\n", "entries", "helper block",
                "ipset restore", "ratio", "helper unblock", "list", "status meanwhile");
    for (const int size : sizes) {
        Testbed testbed;
        QString why;
        if (!testbed.start(&why)) {
            std::fprintf(stderr, "helperbench: %s\n", qPrintable(why));
            return 1;
        }
        const QStringList entries = addresses(size);
        const double bare = bareIpsetRestore(testbed, entries);

        QDBusConnection bus = QDBusConnection::connectToBus(
            testbed.value(QStringLiteral("BUS_ADDRESS")), QStringLiteral("bench%1").arg(size));
        Rampart::HelperClient client(bus);
        // Start the helper first: activation is a one-off cost, not the blocking's.
        client.status().waitForFinished();

        QElapsedTimer timer;
        timer.start();
        QDBusPendingReply<uint, uint, qlonglong> blocked =
            client.block(entries, 0, QStringLiteral("bench"), true);
        blocked.waitForFinished();
        const double helper = timer.nsecsElapsed() / 1e9;
        if (blocked.isError()) {
            std::fprintf(stderr, "helperbench: %s\n",
                         qPrintable(Rampart::HelperClient::describe(blocked.error())));
            return 1;
        }
        const QStringList members = testbed.kernelMembers(QStringLiteral("rampart-v4"));
        if (members.size() != entries.size()) {
            std::fprintf(stderr, "helperbench: the kernel holds %lld entries, expected %lld\n",
                         qlonglong(members.size()), qlonglong(entries.size()));
            return 1;
        }

        timer.restart();
        QDBusPendingReply<QDBusUnixFileDescriptor> listed = client.list();
        QDBusPendingReply<Rampart::HelperStatus> status = client.status();
        QElapsedTimer statusTimer;
        statusTimer.start();
        status.waitForFinished();
        const double statusWait = statusTimer.nsecsElapsed() / 1e9;
        listed.waitForFinished();
        const double list = timer.nsecsElapsed() / 1e9;

        timer.restart();
        QDBusPendingReply<uint, QStringList> unblocked = client.unblock(entries);
        unblocked.waitForFinished();
        const double unblock = timer.nsecsElapsed() / 1e9;

        std::printf("%10lld  %12.3f s  %12.3f s  %7.2fx  %12.3f s  %10.3f s  %14.3f s\n",
                    qlonglong(entries.size()), helper, bare, helper / bare, unblock, list,
                    statusWait);
        std::fflush(stdout);
        QDBusConnection::disconnectFromBus(bus.name());
        testbed.stop();
    }
    return 0;
}
