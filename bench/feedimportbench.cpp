// Imports a 400,000-address feed end to end (`rampartctl import`: read, parse, aggregate,
// hand over to the helper, store, kernel) beside a bare `ipset restore` of the same
// addresses, then refreshes it with 1 % churn (`rampartctl feeds update`) beside a bare
// `ipset restore` of the same difference into a set of the same size: the kernel work a
// refresh costs. All in the test's network namespace.
//
// Needs root and the testbed (tests/common/testbed.sh); run scripts/build.sh first.
// Usage: feedimportbench [addresses]

#include "testbed.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <cstdio>
#include <sys/stat.h>

namespace {

QString dotted(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

// Distinct addresses with even last bytes (so that none aggregate) in the /6 that starts
// at firstByte.0.0.0.
QList<quint32> addresses(int count, quint32 seed, quint32 firstByte)
{
    QRandomGenerator random(seed);
    QSet<quint32> chosen;
    while (chosen.size() < count)
        chosen.insert((firstByte << 24) + (random.bounded(1u << 26) & ~1u));
    QList<quint32> list(chosen.begin(), chosen.end());
    std::sort(list.begin(), list.end());
    return list;
}

bool writeList(const QString &path, const QList<quint32> &list)
{
    QByteArray text;
    text.reserve(list.size() * 16);
    for (const quint32 address : list)
        text += dotted(address).toLatin1() + '\n';
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text);
    file.close();
    chmod(QFile::encodeName(path).constData(), 0644);
    return true;
}

double ipsetRestore(const Testbed &testbed, const QByteArray &script)
{
    QProcess process;
    process.start(QStringLiteral("/usr/sbin/ip"),
                  { QStringLiteral("netns"), QStringLiteral("exec"),
                    testbed.value(QStringLiteral("SERVER_NS")), QStringLiteral("/usr/sbin/ipset"),
                    QStringLiteral("restore"), QStringLiteral("-exist") });
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
    return seconds;
}

QByteArray createScript(const QString &set, const QList<quint32> &list)
{
    QByteArray script = QStringLiteral("create %1 hash:net family inet hashsize %2 maxelem %3 "
                                       "timeout 0 counters\n")
                            .arg(set)
                            .arg(std::max<int>(1024, int(list.size()) / 2))
                            .arg(list.size() * 2)
                            .toLatin1();
    for (const quint32 address : list)
        script += "add " + set.toLatin1() + ' ' + dotted(address).toLatin1() + '\n';
    return script;
}

double timed(const std::function<bool()> &work, bool *ok)
{
    QElapsedTimer timer;
    timer.start();
    *ok = work();
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int size = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 400'000;
    if (const QString mismatch = installedBinaryMismatch(); !mismatch.isEmpty()) {
        std::fprintf(stderr, "feedimportbench: %s\n", qPrintable(mismatch));
        return 1;
    }
    Testbed testbed;
    QString why;
    if (!testbed.start(&why)) {
        std::fprintf(stderr, "feedimportbench: %s\n", qPrintable(why));
        return 1;
    }
    QTemporaryDir folder;
    chmod(QFile::encodeName(folder.path()).constData(), 0755);
    const QString path = QDir(folder.path()).filePath(QStringLiteral("feed.txt"));
    const QList<quint32> first = addresses(size, 1, 20);
    writeList(path, first);
    const QString user = testbed.value(QStringLiteral("GRANTED_USER"));
    testbed.ctl(user, { QStringLiteral("status") }); // the helper's activation is a one-off

    // Import, end to end, beside the bare kernel load of the same addresses.
    bool ok = false;
    Testbed::Result result;
    const double import = timed(
        [&] {
            result = testbed.ctl(user,
                                 { QStringLiteral("import"), path, QStringLiteral("--source"),
                                   QStringLiteral("bench") });
            return result.exitCode == 0;
        },
        &ok);
    if (!ok) {
        std::fprintf(stderr, "feedimportbench: %s\n", qPrintable(result.describe()));
        return 1;
    }
    const double bareLoad =
        ipsetRestore(testbed, createScript(QStringLiteral("bench-bare"), first));

    // 1 % churn: half of it leaves the list, the other half joins.
    const int churn = size / 100;
    QList<quint32> next = first.mid(churn / 2);
    const QList<quint32> joining = addresses(churn / 2, 2, 32); // not in the first list
    next += joining;
    std::sort(next.begin(), next.end());
    writeList(path, next);
    const double refresh = timed(
        [&] {
            result = testbed.ctl(
                user,
                { QStringLiteral("feeds"), QStringLiteral("update"), QStringLiteral("bench") });
            return result.exitCode == 0;
        },
        &ok);
    if (!ok) {
        std::fprintf(stderr, "feedimportbench: %s\n", qPrintable(result.describe()));
        return 1;
    }
    const qsizetype members = testbed.kernelMembers(QStringLiteral("rampart-f1-v4")).size();
    if (members != next.size()) {
        std::fprintf(stderr, "feedimportbench: the feed's set holds %lld, expected %lld\n",
                     qlonglong(members), qlonglong(next.size()));
        return 1;
    }
    // The same difference the helper applied, as one bare ipset restore into the bare set.
    QByteArray diff;
    for (qsizetype i = 0; i < churn / 2; ++i)
        diff += "del bench-bare " + dotted(first[i]).toLatin1() + '\n';
    for (const quint32 address : std::as_const(joining))
        diff += "add bench-bare " + dotted(address).toLatin1() + '\n';
    const double bareDiff = ipsetRestore(testbed, diff);
    testbed.inServer({ QStringLiteral("/usr/sbin/ipset"), QStringLiteral("destroy"),
                       QStringLiteral("bench-bare") });

    std::printf("%-44s %10s %14s\n", "", "Rampart", "reference");
    std::printf("%-44s %8.3f s %12.3f s  (bare ipset restore of the same %d addresses)\n",
                "import, end to end (rampartctl import)", import, bareLoad, size);
    std::printf("%-44s %8.3f s %12.3f s  (bare ipset restore of the same %d-line difference)\n",
                "refresh with 1 % churn (rampartctl feeds update)", refresh, bareDiff, churn);
    testbed.stop();
    return 0;
}
