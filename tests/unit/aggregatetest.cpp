// `rampartctl aggregate` against FireHOL's `iprange` on the same random IPv4 lists: single
// addresses, networks with and without host bits, ranges, duplicates and overlaps, over
// several files and with --except. The output must match line for line. Each case's seed
// is fixed and printed, so that a failure can be replayed.

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString iprangePath = QStringLiteral("/usr/bin/iprange");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

Run rampartctl(const QStringList &arguments, const QByteArray &input = {})
{
    return run(QStringLiteral(RAMPARTCTL_PATH),
               QStringList { QStringLiteral("aggregate") } + arguments, input);
}

QByteArray address(quint32 value)
{
    return QByteArray::number(value >> 24) + '.' + QByteArray::number((value >> 16) & 0xff) + '.'
        + QByteArray::number((value >> 8) & 0xff) + '.' + QByteArray::number(value & 0xff);
}

// A list whose items crowd into a few /16s so that they overlap, touch and repeat, in the
// spellings that both programs read the same way.
QByteArray randomList(QRandomGenerator &random, int lines)
{
    static const quint32 regions[] = { 0x0a000000, 0x0a010000, 0xc0a80000, 0x08080000,
                                       0xfffe0000, 0x00000000, 0x64400000, 0xcb007100 };
    QByteArrayList written;
    QByteArray text;
    for (int i = 0; i < lines; ++i) {
        const quint32 base = regions[random.bounded(int(std::size(regions)))];
        const quint32 value = base + random.bounded(1u << 16);
        QByteArray line;
        switch (random.bounded(10)) {
        case 0:
            line = "# a comment " + QByteArray::number(i);
            break;
        case 1:
            line = written.isEmpty() ? address(value) : written[random.bounded(written.size())];
            break;
        case 2:
        case 3: {
            const int prefix = 16 + random.bounded(17);
            const quint32 mask = prefix == 0 ? 0 : ~0u << (32 - prefix);
            line = address(random.bounded(2) ? value : value & mask) + '/'
                + QByteArray::number(prefix);
            break;
        }
        case 4:
        case 5: {
            const quint32 last = value + std::min<quint32>(random.bounded(2000u), ~value);
            line = address(value) + (random.bounded(4) ? "-" : " - ") + address(last);
            break;
        }
        case 6:
            line = random.bounded(3) ? address(value) + " # trailing" : QByteArray();
            break;
        default:
            line = address(value);
            break;
        }
        if (!line.isEmpty() && !line.startsWith('#'))
            written << line;
        text += line + '\n';
    }
    // Now and then the widest networks, which swallow the rest.
    if (random.bounded(8) == 0)
        text += "10.0.0.0/8\n";
    return text;
}

QByteArrayList linesOf(const QByteArray &text)
{
    QByteArrayList lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class AggregateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsIprange_data();
    void sameAsIprange();
    void exitCodesAndErrors_data();
    void exitCodesAndErrors();
    void ipv6AfterIpv4();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void AggregateTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString AggregateTest::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void AggregateTest::sameAsIprange_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("exceptFiles");
    QTest::addColumn<int>("lines");
    QTest::addColumn<bool>("fromStdin");

    for (quint32 seed = 1; seed <= 4; ++seed) {
        QTest::addRow("one file, seed %u", seed) << seed << 1 << 0 << 3000 << false;
        QTest::addRow("three files, seed %u", seed) << seed + 100 << 3 << 0 << 1500 << false;
        QTest::addRow("except one, seed %u", seed) << seed + 200 << 1 << 1 << 3000 << false;
        QTest::addRow("two files except two, seed %u", seed)
            << seed + 300 << 2 << 2 << 1500 << false;
    }
    QTest::newRow("standard input, seed 500") << 500u << 1 << 0 << 3000 << true;
    QTest::newRow("large, seed 600") << 600u << 1 << 1 << 200000 << false;
}

void AggregateTest::sameAsIprange()
{
    QFETCH(quint32, seed);
    QFETCH(int, files);
    QFETCH(int, exceptFiles);
    QFETCH(int, lines);
    QFETCH(bool, fromStdin);

    if (!QFile::exists(iprangePath)) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("iprange is not installed (scripts/setup.sh installs it)");
        QSKIP("iprange is not installed (scripts/setup.sh installs it)");
    }
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    QStringList inputs;
    QStringList excepts;
    for (int i = 0; i < files; ++i)
        inputs << write(QStringLiteral("in%1.txt").arg(i), randomList(random, lines));
    for (int i = 0; i < exceptFiles; ++i)
        excepts << write(QStringLiteral("except%1.txt").arg(i), randomList(random, lines / 10));

    QStringList ours;
    QStringList theirs = inputs;
    QByteArray input;
    if (fromStdin) {
        QFile file(inputs.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        input = file.readAll();
        ours << QStringLiteral("-");
        theirs = QStringList { QStringLiteral("-") };
    } else {
        ours << inputs;
    }
    for (const QString &path : excepts)
        ours << QStringLiteral("--except") << path;
    if (!excepts.isEmpty())
        theirs << QStringLiteral("--except") << excepts;

    const Run expected = run(iprangePath, theirs, input);
    const Run actual = rampartctl(ours, input);
    QCOMPARE(expected.exitCode, 0);
    QVERIFY2(actual.exitCode == 0, actual.err.constData());
    QVERIFY2(actual.err.isEmpty(), actual.err.constData());
    const QByteArrayList expectedLines = linesOf(expected.out);
    const QByteArrayList actualLines = linesOf(actual.out);
    for (qsizetype i = 0; i < std::min(expectedLines.size(), actualLines.size()); ++i) {
        if (expectedLines[i] != actualLines[i])
            QFAIL(qPrintable(QStringLiteral("line %1: iprange printed %2, rampartctl %3")
                                 .arg(i + 1)
                                 .arg(QString::fromLatin1(expectedLines[i]),
                                      QString::fromLatin1(actualLines[i]))));
    }
    QCOMPARE(actualLines.size(), expectedLines.size());
    QCOMPARE(actual.out, expected.out);
    QVERIFY(!actualLines.isEmpty() || !excepts.isEmpty());
}

void AggregateTest::exitCodesAndErrors_data()
{
    QTest::addColumn<QStringList>("files"); // name=content, or a bare name for a missing file
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QString>("errMentions");

    QTest::newRow("bad lines are named and skipped")
        << QStringList { "a.txt=192.0.2.1\n999.1.1.1\n192.0.2.0/31\nexample.com\n" }
        << QStringList {} << 0 << QByteArray("192.0.2.0/31\n")
        << "a.txt:2: \"999.1.1.1\" has a part above 255";
    QTest::newRow("host names are not looked up")
        << QStringList { "a.txt=localhost\n203.0.113.9\n" } << QStringList {} << 0
        << QByteArray("203.0.113.9\n") << "a.txt:1: \"localhost\"";
    QTest::newRow("missing file") << QStringList { "a.txt=1.2.3.4\n", "missing.txt" }
                                  << QStringList {} << 1 << QByteArray() << "missing.txt";
    QTest::newRow("nothing valid") << QStringList { "a.txt=1.2.3.4\n", "b.txt=foo\nbar\n" }
                                   << QStringList {} << 1 << QByteArray() << "b.txt: Nothing";
    QTest::newRow("empty file") << QStringList { "a.txt=" } << QStringList {} << 1 << QByteArray()
                                << "a.txt: The feed is empty";
    QTest::newRow("empty except file")
        << QStringList { "a.txt=1.2.3.4\n" } << QStringList { "--except", "e.txt=" } << 0
        << QByteArray("1.2.3.4\n") << QString();
    QTest::newRow("everything excepted")
        << QStringList { "a.txt=1.2.3.0/24\n" } << QStringList { "--except", "e.txt=1.2.0.0/16\n" }
        << 0 << QByteArray() << QString();
    QTest::newRow("no file") << QStringList {} << QStringList {} << 2 << QByteArray()
                             << "at least one file";
    QTest::newRow("unknown option") << QStringList { "a.txt=1.2.3.4\n" } << QStringList { "--sort" }
                                    << 2 << QByteArray() << "sort";
    QTest::newRow("unknown format")
        << QStringList { "a.txt=1.2.3.4\n" } << QStringList { "--format", "xml" } << 2
        << QByteArray() << "\"xml\" is not a feed format";
    QTest::newRow("chosen format")
        << QStringList { "a.txt=Org:1.2.3.0-1.2.3.255\n" } << QStringList { "--format", "p2p" } << 0
        << QByteArray("1.2.3.0/24\n") << QString();
}

void AggregateTest::exitCodesAndErrors()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QString, errMentions);

    QStringList arguments;
    const auto place = [this](const QString &file) {
        const qsizetype equals = file.indexOf(u'=');
        if (equals < 0)
            return m_dir.filePath(file);
        return write(file.left(equals), file.mid(equals + 1).toUtf8());
    };
    for (const QString &file : files)
        arguments << place(file);
    for (const QString &option : options)
        arguments << (option.contains(u'=') ? place(option) : option);

    const Run result = rampartctl(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, out);
    if (errMentions.isEmpty())
        QVERIFY2(result.err.isEmpty(), result.err.constData());
    else
        QVERIFY2(QString::fromUtf8(result.err).contains(errMentions), result.err.constData());
}

void AggregateTest::ipv6AfterIpv4()
{
    const QString path = write(QStringLiteral("mixed.txt"),
                               "2001:db8::1\n2001:db8::/127\n::ffff:10.0.0.1\n10.0.0.0\n"
                               "2001:db8:8000::/33\n2001:db8::/33\n");
    const Run result = rampartctl({ path });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("10.0.0.0/31\n2001:db8::/32\n"));
}

QTEST_GUILESS_MAIN(AggregateTest)
#include "aggregatetest.moc"
