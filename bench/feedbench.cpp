// Reads a 1,000,000-line feed (addresses, networks, ranges, comments and a few bad lines)
// three ways and prints each best of three: parseFeed() and toCidrs() in this process,
// `rampartctl aggregate FILE` end to end, and the reference, `iprange FILE`, on the same
// file in the same run. Also checks that both programs print the same lines.
//
// Usage: feedbench [lines]

#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace Rampart;

namespace {

constexpr int runs = 3;
const QString iprangePath = QStringLiteral("/usr/bin/iprange");

void appendAddress(QByteArray &text, quint32 address)
{
    text += QByteArray::number(address >> 24) + '.' + QByteArray::number((address >> 16) & 0xff)
        + '.' + QByteArray::number((address >> 8) & 0xff) + '.'
        + QByteArray::number(address & 0xff);
}

// The mix of a large public list: mostly single addresses, some networks (a few written
// with host bits set) and ranges, comments, and one bad line in a thousand that names no
// host, so that iprange does not stop to look it up.
QByteArray generateFeed(int lines)
{
    QRandomGenerator random(20261121);
    QByteArray text;
    text.reserve(qsizetype(lines) * 17);
    text += "# feedbench: a generated feed\n#\n";
    for (int i = 0; i < lines; ++i) {
        const quint32 address = (1u << 24) + random.bounded(223u << 24);
        const quint32 kind = random.bounded(1000);
        if (kind < 750) {
            appendAddress(text, address);
        } else if (kind < 850) {
            const int prefix = int(random.bounded(20, 33));
            const quint32 network =
                random.bounded(2) ? address : address & ~(0xffffffffu >> prefix);
            appendAddress(text, network);
            text += '/' + QByteArray::number(prefix);
        } else if (kind < 950) {
            appendAddress(text, address);
            text += '-';
            appendAddress(text, std::min(address + random.bounded(300u), (224u << 24) - 1));
        } else if (kind < 999) {
            text += "# comment " + QByteArray::number(i);
        } else {
            text += random.bounded(2) ? "999.1.1." + QByteArray::number(i % 256)
                                      : "1.2.3.4/" + QByteArray::number(33 + i % 60);
        }
        text += '\n';
    }
    return text;
}

double bestOf(const std::function<void()> &run)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        best = std::min(best, timer.nsecsElapsed() / 1e9);
    }
    return best;
}

// Runs a program with its output going to outputPath (or nowhere) and returns its exit code.
int runProgram(const QString &program, const QStringList &arguments, const QString &outputPath)
{
    QProcess process;
    process.setStandardOutputFile(outputPath.isEmpty() ? QProcess::nullDevice() : outputPath);
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int lines = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1'000'000;
    QTemporaryDir dir;
    const QString feedPath = dir.filePath(QStringLiteral("feed.txt"));
    {
        QFile file(feedPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(generateFeed(lines)) < 0) {
            std::fprintf(stderr, "feedbench: cannot write %s\n", qPrintable(feedPath));
            return 1;
        }
    }

    // In this process: read the file, parse, validate, aggregate.
    qint64 valid = 0;
    qint64 invalid = 0;
    qsizetype networks = 0;
    double parseOnly = 1e9;
    const double inProcess = bestOf([&] {
        const QByteArray data = readAll(feedPath);
        QElapsedTimer timer;
        timer.start();
        const FeedParseResult result = parseFeed(data);
        parseOnly = std::min(parseOnly, timer.nsecsElapsed() / 1e9);
        const QList<Cidr> cidrs = result.ranges.toCidrs();
        valid = result.valid;
        invalid = result.invalid;
        networks = cidrs.size();
    });

    // normalize() of a million ranges in random order, the engine's sort and merge.
    QRandomGenerator random(7);
    std::vector<Range4> ranges(1'000'000);
    for (Range4 &range : ranges) {
        range.first = random.generate();
        range.last = range.first + std::min<quint32>(random.bounded(4096u), ~range.first);
    }
    const double normalize = bestOf([&] {
        RangeSet set;
        set.reserve(qsizetype(ranges.size()), 0);
        for (const Range4 &range : ranges)
            set.addV4(range.first, range.last);
        set.normalize();
    });

    // The same ranges through std::sort alone, to put the figure above in scale.
    const double stdSort = bestOf([&] {
        std::vector<Range4> copy = ranges;
        std::sort(copy.begin(), copy.end(),
                  [](const Range4 &a, const Range4 &b) { return a.first < b.first; });
    });

    const QString rampartctl = QStringLiteral(RAMPARTCTL_PATH);
    const QStringList aggregateArguments { QStringLiteral("aggregate"), feedPath };
    int rampartctlExit = 0;
    const double endToEnd =
        bestOf([&] { rampartctlExit = runProgram(rampartctl, aggregateArguments, QString()); });
    const bool haveIprange = QFile::exists(iprangePath);
    const double iprange =
        haveIprange ? bestOf([&] { runProgram(iprangePath, { feedPath }, QString()); }) : 0;

    QString identical = QStringLiteral("iprange missing");
    if (haveIprange) {
        const QString ours = dir.filePath(QStringLiteral("rampartctl.out"));
        const QString theirs = dir.filePath(QStringLiteral("iprange.out"));
        runProgram(rampartctl, aggregateArguments, ours);
        runProgram(iprangePath, { feedPath }, theirs);
        identical = readAll(ours) == readAll(theirs) ? QStringLiteral("yes")
                                                     : QStringLiteral("NO, outputs differ");
    }

    std::printf("feed: %d lines, %lld bytes; %lld valid, %lld invalid items; %lld networks\n",
                lines, qlonglong(QFile(feedPath).size()), qlonglong(valid), qlonglong(invalid),
                qlonglong(networks));
    std::printf("cores: %d\n\n", QThread::idealThreadCount());
    std::printf("%-46s %10s\n", "best of 3", "seconds");
    std::printf("%-46s %10.3f\n", "parseFeed (in process)", parseOnly);
    std::printf("%-46s %10.3f\n", "read + parseFeed + toCidrs (in process)", inProcess);
    std::printf("%-46s %10.3f\n", "normalize() of 1,000,000 random ranges", normalize);
    std::printf("%-46s %10.3f\n", "std::sort of the same ranges (reference)", stdSort);
    std::printf("%-46s %10.3f%s\n", "rampartctl aggregate FILE > /dev/null", endToEnd,
                rampartctlExit == 0 ? "" : "  (FAILED)");
    if (haveIprange) {
        std::printf("%-46s %10.3f\n", "iprange FILE > /dev/null (reference)", iprange);
        std::printf("\nrampartctl / iprange: %.2f; same output: %s\n", endToEnd / iprange,
                    qPrintable(identical));
    }
    return rampartctlExit == 0 && identical != QLatin1String("NO, outputs differ") ? 0 : 1;
}
