// One unprivileged user must not starve the helper for everyone. rampart-denied registers
// a polkit authentication agent for its own process that never answers (stubbornagent),
// then floods the helper with calls that allow interactive authorization: polkitd hands
// every check of those calls to that agent, so each stays pending for as long as the
// helper waits. A helper that holds every such call runs out of pending-reply slots on
// the bus, stops reading its socket once the held messages pass libdbus's limits, or
// runs out of descriptors. While the flood holds, rampart-granted must still be served,
// the helper must still answer on the bus, its descriptors must stay bounded and the
// excess calls must be refused with LimitsExceeded; once the flooder or its callers are
// gone, everything they held must be let go.

#include "testbed.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

// Well below what a helper holding one descriptor (or two) per flood call reaches, well
// above what a helper needs for itself.
constexpr int maxDescriptorsUnderFlood = 256;
// "Near where it started": a few descriptors may come and go with ordinary work.
constexpr int descriptorSlack = 8;
// Everyone together may have at most this many calls waiting for authorization (see
// common/dbus/org.rampart.Helper1.xml); every call of the flood beyond it must be refused.
constexpr int maxCallsHeld = 64;
// A starved helper takes minutes; a served one well under a second.
constexpr int promptMs = 5000;
constexpr auto busDriver = "org.freedesktop.DBus";

// stubbornagent run as an unprivileged user, with its report parsed as it arrives.
class Flooder
{
public:
    struct Answer
    {
        QString name; // "ok" or the error name
        QString kind;
        QString sender;
        QString message;
    };

    ~Flooder() { stop(); }

    bool start(const Testbed &testbed, const QString &user, const QString &program,
               const QStringList &arguments)
    {
        m_process.setWorkingDirectory(QStringLiteral("/"));
        m_process.start(
            QStringLiteral("/usr/bin/setpriv"),
            QStringList { QStringLiteral("--reuid=") + user, QStringLiteral("--regid=") + user,
                          QStringLiteral("--clear-groups"), QStringLiteral("/usr/bin/env"),
                          QStringLiteral("-i"), QStringLiteral("PATH=/usr/bin:/bin"),
                          QStringLiteral("LANG=C"),
                          QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS=")
                              + testbed.value(QStringLiteral("BUS_ADDRESS")),
                          program }
                + arguments);
        return m_process.waitForStarted();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished();
        read();
    }

    void command(const QByteArray &line) { m_process.write(line + '\n'); }
    bool running() const { return m_process.state() == QProcess::Running; }

    // Takes in what the flooder reported since the last look.
    void read()
    {
        m_errors += QString::fromUtf8(m_process.readAllStandardError());
        m_partial += m_process.readAllStandardOutput();
        for (qsizetype end; (end = m_partial.indexOf('\n')) >= 0; m_partial.remove(0, end + 1)) {
            const QString line = QString::fromUtf8(m_partial.left(end));
            m_transcript.append(line);
            const QStringList words = line.split(u' ');
            const QString &event = words.constFirst();
            if (event == QLatin1String("registered"))
                registered = true;
            else if (event == QLatin1String("sent"))
                sent = words.value(1).toInt();
            else if (event == QLatin1String("begin"))
                ++begun;
            else if (event == QLatin1String("cancelled"))
                ++cancelled;
            else if (event == QLatin1String("left"))
                left = true;
            else if (event == QLatin1String("answer") && words.size() >= 4)
                answers.append({ words[1], words[2], words[3], words.mid(4).join(u' ') });
        }
    }

    // The helper's own refusals, not the bus's (a full queue) or QtDBus's (a lost connection).
    int answeredByHelper(const QString &name) const
    {
        return int(std::count_if(answers.cbegin(), answers.cend(), [&](const Answer &answer) {
            return answer.name == name && answer.sender != QLatin1String(busDriver)
                && answer.sender != QLatin1String("-");
        }));
    }

    int refusedByBus() const
    {
        return int(std::count_if(answers.cbegin(), answers.cend(), [](const Answer &answer) {
            return answer.sender == QLatin1String(busDriver);
        }));
    }

    // "AccessDenied from the helper x40, LimitsExceeded from the bus x41 (...)".
    QString tally() const
    {
        QMap<QString, int> counts;
        QMap<QString, QString> examples;
        for (const Answer &answer : answers) {
            const QString from = answer.sender == QLatin1String(busDriver)
                ? QStringLiteral("the bus")
                : answer.sender == QLatin1String("-") ? QStringLiteral("QtDBus")
                                                      : QStringLiteral("the helper");
            const QString key =
                QStringLiteral("%1 from %2").arg(answer.name.section(u'.', -1), from);
            ++counts[key];
            examples.insert(key, answer.message.left(80));
        }
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1 x%2 (%3)")
                         .arg(it.key())
                         .arg(it.value())
                         .arg(examples[it.key()]);
        return QStringLiteral("sent %1, %2 authentications begun, %3 cancelled, answers: %4")
            .arg(sent)
            .arg(begun)
            .arg(cancelled)
            .arg(parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral("; ")));
    }

    QString transcript() const
    {
        return QStringLiteral("flooder stdout (last lines):\n%1\nflooder stderr:\n%2")
            .arg(m_transcript.mid(qMax(0, int(m_transcript.size()) - 15)).join(u'\n'), m_errors);
    }

    bool registered = false;
    bool left = false;
    int sent = -1;
    int begun = 0;
    int cancelled = 0;
    QList<Answer> answers;

private:
    QProcess m_process;
    QByteArray m_partial;
    QStringList m_transcript;
    QString m_errors;
};

int total(const QStringList &arguments)
{
    int calls = 0;
    for (const char *kind : { "--block", "--big-block", "--feed", "--status" }) {
        const qsizetype at = arguments.indexOf(QLatin1String(kind));
        if (at >= 0)
            calls += arguments.value(at + 1).toInt();
    }
    return calls;
}

} // namespace

class StarvationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void floodLeavesOthersServed_data();
    void floodLeavesOthersServed();
    void leavingCallerFreesItsPlace_data();
    void leavingCallerFreesItsPlace();
    void unansweredCheckTimesOut();
    void descriptorLimitFitsTheCaps();

private:
    QString granted() const { return m_testbed.value(QStringLiteral("GRANTED_USER")); }
    QString denied() const { return m_testbed.value(QStringLiteral("DENIED_USER")); }
    QString helperPid() const;
    int descriptors() const;
    qint64 residentKiB() const;
    // Counts the helper's descriptors for a while, keeping the highest count.
    void watchDescriptors(int ms);
    void startFlood(const QStringList &arguments);
    bool helperPingable() const;

    Testbed m_testbed;
    QTemporaryDir m_tools;
    QString m_agent;
    std::unique_ptr<Flooder> m_flooder;
    QString m_pid;
    int m_baseline = 0;
    int m_peak = 0;
    qint64 m_peakResidentKiB = 0;
};

void StarvationTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
    // The flooder runs as an unprivileged user, who may not reach into the build folder.
    QVERIFY(m_tools.isValid());
    QVERIFY(QFile::setPermissions(m_tools.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::ExeOther));
    m_agent = m_tools.filePath(QStringLiteral("stubbornagent"));
    QVERIFY(QFile::copy(QStringLiteral(STUBBORNAGENT_PATH), m_agent));
    QVERIFY(QFile::setPermissions(m_agent,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::ExeOther));
}

void StarvationTest::cleanupTestCase()
{
    m_testbed.stop();
}

QString StarvationTest::helperPid() const
{
    return m_testbed.helperPid();
}

int StarvationTest::descriptors() const
{
    if (m_pid.isEmpty())
        return -1;
    // Sockets and memory files show as broken links: System lists them too.
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(m_pid))
                   .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)
                   .size());
}

qint64 StarvationTest::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_pid));
    if (m_pid.isEmpty() || !status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

void StarvationTest::watchDescriptors(int ms)
{
    QElapsedTimer watching;
    watching.start();
    do {
        m_peak = qMax(m_peak, descriptors());
        // Not asserted: shown so that what held calls cost in memory is seen too.
        m_peakResidentKiB = qMax(m_peakResidentKiB, residentKiB());
        QTest::qWait(100);
        if (m_flooder)
            m_flooder->read();
    } while (watching.elapsed() < ms);
}

bool StarvationTest::helperPingable() const
{
    // libdbus answers Ping by itself, but only while the helper reads its socket.
    return m_testbed
               .asUser(granted(),
                       { "/usr/bin/dbus-send", "--system", "--print-reply", "--reply-timeout=2000",
                         "--dest=org.rampart.Helper", "/org/rampart/Helper",
                         "org.freedesktop.DBus.Peer.Ping" },
                       promptMs)
               .exitCode
        == 0;
}

// Each case starts from a fresh helper: a starved one would otherwise carry its minutes
// of waiting into the next case.
void StarvationTest::init()
{
    m_testbed.killHelper();
    m_testbed.ctl(granted(), { "unblock", "192.0.2.77" });
    QVERIFY(!m_testbed.kernelMembers("rampart-v4").contains("192.0.2.77"));
    const Testbed::Result status = m_testbed.ctl(granted(), { "status" });
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    m_pid = helperPid();
    QVERIFY2(!m_pid.isEmpty() && !m_pid.contains(u'\n'), qPrintable(m_pid));
    m_baseline = descriptors();
    m_peak = m_baseline;
    m_peakResidentKiB = residentKiB();
    QVERIFY(m_baseline > 0);
}

void StarvationTest::cleanup()
{
    if (m_flooder && QTest::currentTestFailed())
        qInfo().noquote() << m_flooder->transcript();
    m_flooder.reset();
}

void StarvationTest::startFlood(const QStringList &arguments)
{
    m_flooder = std::make_unique<Flooder>();
    QVERIFY(m_flooder->start(m_testbed, denied(), m_agent, arguments));
    // Flooding means: polkit took the agent, every call is on its way, and polkitd has
    // come to the agent for at least one of them (it routes the checks of this process's
    // calls to it). Without that the test would prove nothing.
    const auto flooding = [this] {
        return m_flooder->registered && m_flooder->sent >= 0 && m_flooder->begun > 0;
    };
    const bool settled = QTest::qWaitFor(
        [&] {
            m_flooder->read();
            return flooding() || !m_flooder->running();
        },
        60000);
    QVERIFY2(settled && flooding(), qPrintable(m_flooder->transcript()));
    QCOMPARE(m_flooder->sent, total(arguments));
}

void StarvationTest::floodLeavesOthersServed_data()
{
    QTest::addColumn<QStringList>("flood");

    // Every call waits for polkit: the helper's pending-reply slots (the bus allows 128).
    QTest::newRow("small calls") << QStringList { "--block", "300", "--connections", "6" };
    // Every call carries a sealed memory file that the helper holds while it waits.
    QTest::newRow("descriptors") << QStringList { "--feed", "200", "--connections", "4" };
    // 8 MB each: libdbus stops reading the socket once held messages pass 63 MB.
    QTest::newRow("8 MB calls") << QStringList { "--big-block",   "16", "--block", "84",
                                                 "--connections", "4" };
    QTest::newRow("mixed") << QStringList { "--block",       "120", "--big-block", "12",
                                            "--feed",        "150", "--status",    "18",
                                            "--connections", "6" };
}

void StarvationTest::floodLeavesOthersServed()
{
    QFETCH(QStringList, flood);
    startFlood(flood);
    if (QTest::currentTestFailed())
        return;
    watchDescriptors(2000);

    // Every symptom is worth seeing at once: collect them, fail once at the end.
    QStringList failures;
    const auto expect = [&failures](bool ok, const QString &what) {
        if (!ok)
            failures << what;
    };

    QElapsedTimer blockTimer;
    blockTimer.start();
    const Testbed::Result blocked = m_testbed.ctl(granted(), { "block", "192.0.2.77" }, promptMs);
    const qint64 servedMs = blockTimer.elapsed(); // shown, not asserted: timing is bench/'s
    expect(blocked.exitCode == 0,
           QStringLiteral("rampart-granted's block failed under the flood: ") + blocked.describe());
    expect(m_testbed.kernelMembers("rampart-v4").contains("192.0.2.77"),
           QStringLiteral("192.0.2.77 is not in the kernel set rampart-v4"));
    watchDescriptors(200);
    expect(helperPingable(),
           QStringLiteral("the helper did not answer Peer.Ping within 2 s: it no longer reads its "
                          "socket"));
    watchDescriptors(200);

    // The helper got every call the bus did not refuse (its queue for the helper full); it
    // may hold a few, and must refuse the rest itself, at once.
    const int expectedRefusals = m_flooder->sent - m_flooder->refusedByBus() - maxCallsHeld;
    const QString limits = QStringLiteral("org.freedesktop.DBus.Error.LimitsExceeded");
    if (expectedRefusals > 0) {
        const bool refused = QTest::qWaitFor(
            [&] {
                watchDescriptors(100);
                return m_flooder->answeredByHelper(limits) >= expectedRefusals;
            },
            10000);
        expect(refused,
               QStringLiteral("the helper refused %1 calls with LimitsExceeded, not at least %2")
                   .arg(m_flooder->answeredByHelper(limits))
                   .arg(expectedRefusals));
    } else {
        failures << QStringLiteral("the bus refused %1 of the %2 calls itself, its queue for the "
                                   "helper full: the flood never reached the helper's own limits")
                        .arg(m_flooder->refusedByBus())
                        .arg(m_flooder->sent);
    }
    expect(m_peak < maxDescriptorsUnderFlood,
           QStringLiteral("the helper had up to %1 descriptors open under the flood (%2 before)")
               .arg(m_peak)
               .arg(m_baseline));
    qInfo().noquote() << "flood:" << m_flooder->tally() << "| descriptors" << m_baseline << "->"
                      << m_peak << "| helper's peak memory" << m_peakResidentKiB / 1024 << "MiB"
                      << "| rampart-granted's block took" << servedMs << "ms";

    // Gone with the flooder: its agent, so polkit ends its authentications, and its calls.
    m_flooder->stop();
    const bool released =
        QTest::qWaitFor([this] { return descriptors() <= m_baseline + descriptorSlack; }, promptMs);
    expect(released,
           QStringLiteral("%1 descriptors open after the flooder left, %2 before it came")
               .arg(descriptors())
               .arg(m_baseline));
    // polkitd needs a moment to end the agent's authentications and answer the helper.
    Testbed::Result status;
    const bool served = QTest::qWaitFor(
        [&] {
            status = m_testbed.ctl(granted(), { "status" }, promptMs);
            return status.exitCode == 0;
        },
        promptMs);
    expect(served,
           QStringLiteral("rampart-granted's status failed after the flood: ") + status.describe());
    expect(helperPid() == m_pid,
           QStringLiteral("the helper was restarted: pid %1, now %2").arg(m_pid, helperPid()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
}

void StarvationTest::leavingCallerFreesItsPlace_data()
{
    QTest::addColumn<bool>("agentStays");

    // Its agent goes too: polkitd ends the agent's authentications itself.
    QTest::newRow("flooder killed") << false;
    // Only the calling connections go; the agent ignores polkit's cancellations, so only
    // the helper (cancelling its checks) can let go of what they held.
    QTest::newRow("callers leave, agent stays") << true;
}

void StarvationTest::leavingCallerFreesItsPlace()
{
    QFETCH(bool, agentStays);
    // Every call carries a descriptor, so that what a helper still holds for the callers
    // shows; and they are more than one user may have waiting, so that the user's next
    // call is refused unless the helper lets go of them.
    startFlood({ "--feed", "80", "--connections", "2" });
    if (QTest::currentTestFailed())
        return;
    watchDescriptors(1000);
    qInfo().noquote() << "flood:" << m_flooder->tally() << "| descriptors" << m_baseline << "->"
                      << m_peak;

    if (agentStays) {
        m_flooder->command("leave");
        QTRY_VERIFY_WITH_TIMEOUT((m_flooder->read(), m_flooder->left), promptMs);
    } else {
        m_flooder->stop();
    }

    QTRY_VERIFY2_WITH_TIMEOUT(descriptors() <= m_baseline + descriptorSlack,
                              qPrintable(QStringLiteral("%1 descriptors open after the callers "
                                                        "left, %2 before they came")
                                             .arg(descriptors())
                                             .arg(m_baseline)),
                              promptMs);
    // The same user, asking without interaction: polkit says no at once, and nothing of
    // the callers that left counts against the user any more.
    const Testbed::Result status = m_testbed.ctl(denied(), { "status" }, promptMs);
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains("Not authorized"), qPrintable(status.describe()));
    if (agentStays) {
        m_flooder->read();
        QVERIFY2(m_flooder->running(), qPrintable(m_flooder->transcript()));
        qInfo().noquote() << "after the callers left:" << m_flooder->tally();
    }
    QCOMPARE(helperPid(), m_pid);
}

void StarvationTest::unansweredCheckTimesOut()
{
    // A caller that stays, with an agent that never answers: the helper stops waiting
    // after its own two minutes (polkit would wait five), withdraws the check and refuses.
    startFlood({ "--status", "1", "--connections", "1" });
    if (QTest::currentTestFailed())
        return;
    const QString denial = QStringLiteral("org.freedesktop.DBus.Error.AccessDenied");
    QTRY_VERIFY_WITH_TIMEOUT((m_flooder->read(), m_flooder->answeredByHelper(denial) == 1), 140000);
    QVERIFY2(m_flooder->answers.constFirst().message.contains("no answer from polkit within 120 s"),
             qPrintable(m_flooder->transcript()));
    // polkitd passes the withdrawal on to the agent.
    QTRY_VERIFY_WITH_TIMEOUT((m_flooder->read(), m_flooder->cancelled >= 1), promptMs);
    QCOMPARE(helperPid(), m_pid);
}

void StarvationTest::descriptorLimitFitsTheCaps()
{
    // What the caps let wait (each call may hold a memory file) and the listings need.
    QFile limits(QStringLiteral("/proc/%1/limits").arg(m_pid));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (!line.startsWith("Max open files"))
            continue;
        const QList<QByteArray> words = line.simplified().split(' ');
        QVERIFY2(words.size() >= 5 && words.at(3).toInt() >= 4096, line.constData());
        return;
    }
    QFAIL("no open-file limit in /proc/PID/limits");
}

QTEST_GUILESS_MAIN(StarvationTest)
#include "starvationtest.moc"
