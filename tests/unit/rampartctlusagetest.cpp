// rampartctl's contract with scripts: exit 2 for usage errors, 1 for refused or invalid
// requests with the reason on stderr, and invalid input never reaching the helper.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class RampartctlUsageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void unreachableHelperIsExplained();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
    QTemporaryDir m_dir;
};

RampartctlUsageTest::Run RampartctlUsageTest::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A bus address where nothing listens: any request that got past validation fails
    // with "cannot be reached", never with a change to this machine's firewall.
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RAMPARTCTL_PATH), arguments);
    if (!process.waitForFinished(30000))
        return { -1, {}, QStringLiteral("did not finish") };
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

void RampartctlUsageTest::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrMentions");

    QTest::newRow("no command") << QStringList {} << 2 << "Usage: rampartctl";
    QTest::newRow("unknown command")
        << QStringList { "frobnicate" } << 2 << "unknown command \"frobnicate\"";
    QTest::newRow("block nothing") << QStringList { "block" } << 2 << "at least one address";
    QTest::newRow("bad duration") << QStringList { "block", "203.0.113.7", "--timeout", "soon" }
                                  << 2 << "\"soon\" is not a duration";
    QTest::newRow("unknown option")
        << QStringList { "block", "203.0.113.7", "--forever" } << 2 << "forever";
    QTest::newRow("timeout beyond the kernel")
        << QStringList { "block", "203.0.113.7", "--timeout", "5w" } << 1 << "leave out --timeout";
    QTest::newRow("invalid address")
        << QStringList { "block", "999.1.1.1" } << 1 << "\"999.1.1.1\" has a part above 255";
    QTest::newRow("every bad item named")
        << QStringList { "block", "203.0.113.7,999.1.1.1", "1.2.3.4/33" } << 1
        << "2 invalid items; nothing was blocked";
    QTest::newRow("block everything")
        << QStringList { "block", "0.0.0.0/0" } << 1 << "covers every address";
    QTest::newRow("block loopback") << QStringList { "block", "127.0.0.1" } << 1 << "loopback";
    QTest::newRow("injection") << QStringList { "block", "1.2.3.4;reboot" } << 1
                               << "\"1.2.3.4;reboot\"";
    QTest::newRow("unblock bad") << QStringList { "unblock", "1.2.3.4/24" } << 1
                                 << "the network is 1.2.3.0/24";
    QTest::newRow("list extra") << QStringList { "list", "all" } << 2 << "list takes no arguments";
    QTest::newRow("verdict bad") << QStringList { "verdict", "explode" } << 2 << "drop or reject";
}

void RampartctlUsageTest::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrMentions);

    const Run result = run(arguments);
    QVERIFY2(result.err.contains(stderrMentions), qPrintable(result.err));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(!result.err.contains(QStringLiteral("cannot be reached")), qPrintable(result.err));
}

void RampartctlUsageTest::unreachableHelperIsExplained()
{
    const Run result = run({ QStringLiteral("status") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("cannot be reached")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(RampartctlUsageTest)
#include "rampartctlusagetest.moc"
