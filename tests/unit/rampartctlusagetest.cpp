// rampartctl's contract with scripts: exit 2 for usage errors, 1 for refused or invalid
// requests with the reason on stderr, and invalid input never reaching the helper. And what
// it says about the helper's answers, from a stand-in helper on a bus of the test's own.

#include "dbus/helpertypes.h"
#include "privatebus.h"
#include "standinfeeds.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace Rampart;

namespace {

const QString helperBusName = QStringLiteral("rampartctlusagetest-helper");

// What the stand-in answers a preview with: a script that names what it was asked.
QString script(const QString &what)
{
    return QStringLiteral("#!/bin/sh\nipset restore -exist <<'EOF'\n# %1\nEOF\n").arg(what);
}

// The helper's methods that rampartctl calls here, answering as the real one does and
// recording what it is asked.
class FakeHelper : public StandInFeeds
{
    Q_OBJECT

public:
    struct BlockCall
    {
        QStringList entries;
        bool force = false;
        uint confirmWithinSeconds = 0;
    };

    // Entries the helper refuses without force, with the reason it gives.
    QHash<QString, QString> needsForce;
    QList<BlockCall> blocks;
    HelperStatus status;
    QList<HistoryEntry> history; // newest first
    QList<QPair<qlonglong, uint>> historyCalls;
    QList<qlonglong> undoCalls;
    // The previews asked for, each as "Method argument…".
    QStringList previews;
    QList<qlonglong> confirmCalls;
    QList<uint> verdictWaits;
    // What List answers with, in the helper's listing format; nothing: not authorized.
    QString listingPath;
    int listCalls = 0;

    void clear()
    {
        listingPath.clear();
        listCalls = 0;
        needsForce.clear();
        blocks.clear();
        status = HelperStatus();
        history.clear();
        historyCalls.clear();
        undoCalls.clear();
        previews.clear();
        confirmCalls.clear();
        verdictWaits.clear();
        clearFeeds();
        updateAdds = 2;
    }

public Q_SLOTS:
    uint Block(const QStringList &entries, uint timeoutSeconds, const QString &comment, bool force,
               uint confirmWithinSeconds, uint &updatedEntries, qlonglong &historyId)
    {
        Q_UNUSED(timeoutSeconds);
        Q_UNUSED(comment);
        blocks << BlockCall { entries, force, confirmWithinSeconds };
        updatedEntries = 0;
        historyId = 7000 + blocks.size();
        for (const QString &entry : entries) {
            if (!force && needsForce.contains(entry)) {
                sendErrorReply(QLatin1String(needsForceErrorName), needsForce.value(entry));
                return 0;
            }
        }
        return uint(entries.size());
    }

    QString BlockCommands(const QStringList &entries, uint timeoutSeconds, const QString &comment)
    {
        previews << QStringLiteral("BlockCommands %1 %2 %3")
                        .arg(entries.join(u','))
                        .arg(timeoutSeconds)
                        .arg(comment);
        return script(entries.join(u' '));
    }

    QString UnblockCommands(const QStringList &entries)
    {
        previews << QStringLiteral("UnblockCommands %1").arg(entries.join(u','));
        return script(entries.join(u' '));
    }

    QString SetVerdictCommands(const QString &verdict)
    {
        previews << QStringLiteral("SetVerdictCommands %1").arg(verdict);
        return script(verdict);
    }

    QString UpdateFeedCommands(const QString &name, const QDBusUnixFileDescriptor &entries)
    {
        previews << QStringLiteral("UpdateFeedCommands %1 %2").arg(name).arg(entries.isValid());
        return script(name);
    }

    Rampart::HelperStatus Status() { return status; }

    QList<Rampart::HistoryEntry> History(qlonglong beforeId, uint limit)
    {
        historyCalls << qMakePair(beforeId, limit);
        QList<HistoryEntry> page;
        for (const HistoryEntry &row : std::as_const(history)) {
            if ((beforeId == 0 || row.id < beforeId) && page.size() < qsizetype(limit))
                page << row;
        }
        return page;
    }

    qlonglong Undo(qlonglong id, QStringList &notRestored)
    {
        undoCalls << id;
        notRestored = { QStringLiteral("198.51.100.7: unblocked since") };
        return 9000;
    }

    void Confirm(qlonglong id)
    {
        confirmCalls << id;
        if (id == 404)
            sendErrorReply(QDBusError::InvalidArgs,
                           QStringLiteral("there is no history row 404 to confirm"));
    }

    qlonglong SetVerdict(const QString &verdict, uint confirmWithinSeconds)
    {
        Q_UNUSED(verdict);
        verdictWaits << confirmWithinSeconds;
        return 8000;
    }

    QDBusUnixFileDescriptor List()
    {
        ++listCalls;
        QFile file(listingPath);
        if (listingPath.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            sendErrorReply(QDBusError::AccessDenied, "not authorized in this test");
            return {};
        }
        return QDBusUnixFileDescriptor(file.handle()); // duplicates it
    }
};

} // namespace

namespace {

HistoryEntry historyRow(qint64 id, qint64 time, quint32 uid, const QString &origin,
                        const QString &action, bool undoable)
{
    HistoryEntry row;
    row.id = id;
    row.time = time;
    row.uid = uid;
    row.origin = origin;
    row.action = action;
    row.undoable = undoable;
    return row;
}

FeedInfo fileFeed(const QString &name, const QString &path)
{
    FeedInfo feed;
    feed.name = name;
    feed.location = path;
    feed.format = QStringLiteral("auto");
    return feed;
}

} // namespace

class RampartctlUsageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void exitCodes_data();
    void exitCodes();
    void unreachableHelperIsExplained();
    void usageNamesTheOptions_data();
    void usageNamesTheOptions();
    void blockThatNeedsForce_data();
    void blockThatNeedsForce();
    void statusShowsWhereTheJumpsAre();
    void whyNamesWhatBlocksEachItem();
    void feedsListShowsWithoutCredentials();
    void feedsUpdateWithoutTheAllowlist();
    void feedsAddAndImportSendTheChoices();
    void showCommandsPrintsTheScriptAndChangesNothing_data();
    void showCommandsPrintsTheScriptAndChangesNothing();
    void historyPagesBackToWhatWasAsked();
    void historyStopsAtSince();
    void historyCountsEachFamily();
    void undoWithoutRowTakesYourOwnLastChange();
    void undoWithoutAnyChangeOfYoursIsRefused();
    void confirmWithinIsSentAndExplained_data();
    void confirmWithinIsSentAndExplained();
    void confirmKeepsTheNamedChange();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    // On a system bus where nothing listens, or on the one where the stand-in helper is.
    Run run(const QStringList &arguments, bool withHelper = false);
    QString writeList(const QString &name);

    QTemporaryDir m_dir;
    PrivateBus m_bus;
    FakeHelper m_helper;
};

void RampartctlUsageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    registerHelperTypes();
    QString busError;
    QVERIFY2(m_bus.start(&busError), qPrintable(busError));
    QString serveError;
    QVERIFY2(m_bus.serveHelper(&m_helper, helperBusName, &serveError), qPrintable(serveError));
}

void RampartctlUsageTest::init()
{
    m_helper.clear();
}

void RampartctlUsageTest::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(helperBusName);
}

RampartctlUsageTest::Run RampartctlUsageTest::run(const QStringList &arguments, bool withHelper)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Without the stand-in, a bus address where nothing listens: any request that got past
    // validation fails with "cannot be reached", never with a change to this machine's
    // firewall.
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
                       withHelper ? m_bus.address()
                                  : QStringLiteral("unix:path=") + m_dir.filePath("no-bus"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    // The stand-in answers from this thread's event loop, which must run meanwhile.
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(RAMPARTCTL_PATH), arguments);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return { -1, {}, QStringLiteral("did not finish") };
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

QString RampartctlUsageTest::writeList(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("1.10.16.0/20\n5.188.10.0/23\n") < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
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
    QTest::newRow("wait that is no duration")
        << QStringList { "block", "203.0.113.7", "--confirm-within", "soon" } << 2
        << "\"soon\" is not a duration";
    QTest::newRow("wait of nothing") << QStringList { "verdict", "drop", "--confirm-within", "0s" }
                                     << 2 << "\"0s\" is not a duration";
    QTest::newRow("wait beyond a day")
        << QStringList { "import", "/nonexistent", "--confirm-within", "2d" } << 1
        << "wait for confirmation 1 day at most";
    QTest::newRow("confirm nothing")
        << QStringList { "confirm" } << 2 << "confirm takes the number";
    QTest::newRow("confirm a word")
        << QStringList { "confirm", "last" } << 2 << "confirm takes the number";
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
    QTest::newRow("unblock bad, counted")
        << QStringList { "unblock", "1.2.3.4/24" } << 1 << "1 invalid item; nothing was unblocked";
    QTest::newRow("unblock everything")
        << QStringList { "unblock", "::/0" } << 1 << "::/0 covers every address";
    // The same rules as the helper's for what is allowlisted, each bad item named.
    QTest::newRow("allow everything")
        << QStringList { "allow", "0.0.0.0/0" } << 1
        << "0.0.0.0/0 covers every address; allowing it would switch every feed off";
    QTest::newRow("allow bad, counted") << QStringList { "allow", "192.0.2.7,999.1.1.1", "x" } << 1
                                        << "2 invalid items; nothing was allowlisted";
    QTest::newRow("disallow bad, counted") << QStringList { "allow", "--remove", "999.1.1.1" } << 1
                                           << "1 invalid item; nothing was taken off the allowlist";
    QTest::newRow("list extra") << QStringList { "list", "all" } << 2 << "list takes no arguments";
    QTest::newRow("why nothing") << QStringList { "why" } << 2 << "at least one address";
    QTest::newRow("why bad, counted")
        << QStringList { "why", "192.0.2.7,999.1.1.1", "1.2.3.4/24" } << 1 << "2 invalid item";
    QTest::newRow("why bad, named")
        << QStringList { "why", "1.2.3.4/24" } << 1 << "the network is 1.2.3.0/24";
    QTest::newRow("verdict bad") << QStringList { "verdict", "explode" } << 2 << "drop or reject";
    // The helper's rules for a feed's settings, checked before anything is sent.
    QTest::newRow("feed over plain http")
        << QStringList { "feeds", "add", "drop", "http://lists.example.org/drop.txt" } << 1
        << "\"http://lists.example.org/drop.txt\" comes over plain http";
    QTest::newRow("feed over plain http says how to go on")
        << QStringList { "feeds", "add", "drop", "http://lists.example.org/drop.txt" } << 1
        << "pass --insecure to fetch it over plain http all the same";
    QTest::newRow("checksum over plain http")
        << QStringList { "feeds",      "add",
                         "drop",       "https://lists.example.org/drop.txt",
                         "--checksum", "http://lists.example.org/drop.txt.sha256" }
        << 1 << "\"http://lists.example.org/drop.txt.sha256\" comes over plain http";
    QTest::newRow("import over plain http")
        << QStringList { "import", "http://lists.example.org/drop.txt" } << 1
        << "\"http://lists.example.org/drop.txt\" comes over plain http";
    QTest::newRow("dry run over plain http")
        << QStringList { "import", "http://lists.example.org/drop.txt", "--dry-run" } << 1
        << "pass --insecure";
    QTest::newRow("feed name") << QStringList { "feeds", "add", "Drop", "/srv/drop.txt" } << 1
                               << "\"Drop\" is not a feed name";
    QTest::newRow("history since when")
        << QStringList { "history", "--since", "yesterday" } << 2 << "\"yesterday\" is not a time";
    QTest::newRow("history bad limit")
        << QStringList { "history", "--limit", "0" } << 2 << "--limit takes a number";
    QTest::newRow("history extra") << QStringList { "history", "all" } << 2
                                   << "history takes only --since, --limit and --json";
    QTest::newRow("undo two rows")
        << QStringList { "undo", "3", "4" } << 2 << "undo takes at most one history row number";
    QTest::newRow("undo a word") << QStringList { "undo", "last" } << 2
                                 << "undo takes at most one history row number";
    QTest::newRow("refreshed too often")
        << QStringList { "feeds", "add", "drop", "/srv/drop.txt", "--every", "1m" } << 1
        << "a refresh every 60 s is outside 300 s";
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

    // Past the rules, a feed over plain http with consent, or vouched for by an https
    // checksum, goes to the helper.
    const Run insecure =
        run({ "feeds", "add", "drop", "http://lists.example.org/drop.txt", "--insecure" });
    QCOMPARE(insecure.exitCode, 1);
    QVERIFY2(insecure.err.contains("cannot be reached"), qPrintable(insecure.err));
    const Run vouched = run({ "feeds", "add", "drop", "http://lists.example.org/drop.txt",
                              "--checksum", "https://lists.example.org/drop.txt.sha256" });
    QCOMPARE(vouched.exitCode, 1);
    QVERIFY2(vouched.err.contains("cannot be reached"), qPrintable(vouched.err));
}

void RampartctlUsageTest::usageNamesTheOptions_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("block")
        << "block ADDRESS|CIDR... [--timeout DURATION] [--comment TEXT] [--force]";
    QTest::newRow("import") << "[--insecure] [--allow-broad] [--confirm-within DURATION] [--json]";
    QTest::newRow("list") << "list [--rate] [--json]";
    QTest::newRow("why") << "why ADDRESS|CIDR... [--rate] [--json]";
    QTest::newRow("feeds add")
        << "[--checksum URL] [--max-shrink PERCENT] [--insecure] [--allow-broad]";
    QTest::newRow("history") << "history [--since TIME] [--limit N] [--json]";
    QTest::newRow("undo") << "undo [ID] [--json]";
    QTest::newRow("block --show-commands") << "[--confirm-within DURATION] [--show-commands]";
    QTest::newRow("unblock --show-commands") << "unblock ADDRESS|CIDR... [--show-commands]";
    QTest::newRow("verdict")
        << "verdict drop|reject [--confirm-within DURATION] [--show-commands]";
    QTest::newRow("import --show-commands") << "[--json]\n         [--show-commands]";
    QTest::newRow("--show-commands") << "--show-commands       print the ipset and iptables";
    QTest::newRow("block's wait") << "[--force]\n        [--confirm-within DURATION]";
    QTest::newRow("confirm") << "confirm ID [--json]";
}

void RampartctlUsageTest::usageNamesTheOptions()
{
    QFETCH(QString, option);
    const Run result = run({ QStringLiteral("help") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(option), qPrintable(result.out));
}

void RampartctlUsageTest::blockThatNeedsForce_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QList<bool>>("forced"); // per call the helper got
    QTest::addColumn<QString>("mentions"); // on stderr when refused, stdout when done

    // Refused before the helper is asked: the lockout guard's and Breadth's rules are
    // rampartctl's too. (44.0.0.0/7 holds nothing a test machine needs.)
    const QStringList wide { "block", "44.0.0.0/7" };
    QTest::newRow("refused") << wide << 1 << QList<bool>()
                             << "rampartctl: nothing was blocked: 44.0.0.0/7 is wider than a /8; "
                                "pass --force to block it anyway";
    QTest::newRow("forced") << wide + QStringList { "--force" } << 0 << QList<bool> { true }
                            << "Blocked 1 entry permanently.";
    // What only the helper sees (its own machine's resolver) it refuses itself.
    QTest::newRow("refused by the helper")
        << QStringList { "block", "192.0.2.53" } << 1 << QList<bool> { false }
        << "rampartctl: nothing was blocked: 192.0.2.53 is a DNS server of this machine; pass "
           "--force to block it anyway";
    QTest::newRow("nothing to force") << QStringList { "block", "203.0.113.7" } << 0
                                      << QList<bool> { false } << "Blocked 1 entry permanently.";
}

void RampartctlUsageTest::blockThatNeedsForce()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QList<bool>, forced);
    QFETCH(QString, mentions);

    m_helper.needsForce.insert("44.0.0.0/7", "44.0.0.0/7 is wider than a /8");
    m_helper.needsForce.insert("192.0.2.53", "192.0.2.53 is a DNS server of this machine");
    const Run result = run(arguments, true);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2((exitCode ? result.err : result.out).contains(mentions),
             qPrintable(result.out + result.err));
    QList<bool> sent;
    for (const FakeHelper::BlockCall &call : std::as_const(m_helper.blocks))
        sent << call.force;
    QCOMPARE(sent, forced);
}

void RampartctlUsageTest::whyNamesWhatBlocksEachItem()
{
    const QString path = m_dir.filePath("listing");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# rampart-list 2\n"
               "185.220.101.0/26\tfeed:tor\t1700000000\t0\t42\t3528\t\n"
               "185.220.101.7\tmanual\t1700000000\t0\t3\t252\tssh brute force\n"
               "191.185.21.146\tmanual\t1700000000\t0\t0\t0\t\n");
    file.close();
    m_helper.listingPath = path;

    // An address inside a feed's network, which is also blocked by hand.
    const Run text = run({ "why", "185.220.101.7" }, true);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith("185.220.101.7\n  covered by  185.220.101.0/26"),
             qPrintable(text.out));
    QVERIFY2(text.out.contains("feed:tor\n"), qPrintable(text.out));
    // "packet" and not "packets": the English plurals come with the next translation update.
    QVERIFY2(text.out.contains(", 42 packet"), qPrintable(text.out));
    QVERIFY2(text.out.contains("packet(s): ssh brute force\n")
                 || text.out.contains("packets: ssh brute force\n"),
             qPrintable(text.out));
    QVERIFY2(!text.out.contains("191.185.21.146"), qPrintable(text.out));

    // Not blocked at all: said, and exit 1, as grep does, with nothing on standard error.
    const Run unblocked = run({ "why", "185.220.101.7", "185.2.0.1" }, true);
    QCOMPARE(unblocked.exitCode, 1);
    QVERIFY2(unblocked.out.contains("185.2.0.1\n  not blocked\n"), qPrintable(unblocked.out));
    QVERIFY2(unblocked.err.isEmpty(), qPrintable(unblocked.err));

    const Run json = run({ "why", "185.220.0.0/16", "2001:db8::1", "--json" }, true);
    QCOMPARE(json.exitCode, 1);
    const QJsonArray answers = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(answers.size(), 2);
    const QJsonObject network = answers.at(0).toObject();
    QCOMPARE(network.value("query").toString(), "185.220.0.0/16");
    QCOMPARE(network.value("blocked").toString(), "partly");
    const QJsonArray inside = network.value("entries").toArray();
    QCOMPARE(inside.size(), 2);
    QCOMPARE(inside.at(1).toObject(),
             (QJsonObject { { "cidr", "185.220.101.7" },
                            { "relation", "inside" },
                            { "source", "manual" },
                            { "created", "2023-11-14T22:13:20Z" },
                            { "expires", QJsonValue() },
                            { "packets", 3 },
                            { "bytes", 252 },
                            { "comment", "ssh brute force" } }));
    QCOMPARE(answers.at(1).toObject().value("blocked").toString(), "no");
    QCOMPARE(m_helper.listCalls, 3);

    // Read twice a second apart: nothing moved in between, so no rate and no last hit.
    const Run rated = run({ "why", "185.220.101.7", "--rate", "--json" }, true);
    QCOMPARE(rated.exitCode, 0);
    const QJsonArray covering = QJsonDocument::fromJson(rated.out.toUtf8())
                                    .array()
                                    .at(0)
                                    .toObject()
                                    .value("entries")
                                    .toArray();
    QCOMPARE(covering.size(), 2);
    for (const QJsonValue &entry : covering) {
        QCOMPARE(entry.toObject().value("rate"), QJsonValue(0));
        QVERIFY(entry.toObject().contains("lastHit"));
        QCOMPARE(entry.toObject().value("lastHit"), QJsonValue());
    }
    QCOMPARE(m_helper.listCalls, 5);

    // The helper's refusal is said as for list.
    m_helper.listingPath.clear();
    const Run refused = run({ "why", "185.220.101.7" }, true);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("not authorized in this test"), qPrintable(refused.err));
}

void RampartctlUsageTest::statusShowsWhereTheJumpsAre()
{
    m_helper.status.storePath = "/var/lib/rampart/rampart.db";
    m_helper.status.verdict = "DROP";
    m_helper.status.rulesInPlace = true;
    m_helper.status.jumps = {
        { "INPUT", 4, 1, 7 },
        { "INPUT", 6, 3, 5 },
        { "FORWARD", 4, 0, 2 },
    };
    const Run text = run({ "status" }, true);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("INPUT (IPv4): the RAMPART jump is rule 1 of 7, the first\n"),
             qPrintable(text.out));
    QVERIFY2(text.out.contains("INPUT (IPv6): the RAMPART jump is rule 3 of 5; rules above it "
                               "see packets first\n"),
             qPrintable(text.out));
    QVERIFY2(text.out.contains("FORWARD (IPv4): the RAMPART jump is MISSING (run rampartctl "
                               "save)\n"),
             qPrintable(text.out));

    const Run json = run({ "status", "--json" }, true);
    QCOMPARE(json.exitCode, 0);
    const QJsonArray jumps =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value("jumps").toArray();
    QCOMPARE(jumps.size(), 3);
    QCOMPARE(
        jumps.at(1).toObject(),
        (QJsonObject { { "chain", "INPUT" }, { "family", 6 }, { "position", 3 }, { "rules", 5 } }));
    QCOMPARE(jumps.at(2).toObject().value("position").toInt(-1), 0);
}

void RampartctlUsageTest::feedsListShowsWithoutCredentials()
{
    FeedInfo plain;
    plain.name = "plain";
    plain.location = "http://lists.example.org/plain.txt?key=***";
    plain.format = "auto";
    plain.insecure = true;
    FeedInfo wide = fileFeed("wide", "/srv/lists/wide.txt");
    wide.allowBroad = true;
    m_helper.shownFeeds = QList<FeedInfo> { plain, wide };
    plain.location = "http://lists.example.org/plain.txt?key=s3cret";
    m_helper.wholeFeeds = { plain, wide };

    const Run table = run({ "feeds", "list" }, true);
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("http://lists.example.org/plain.txt?key=*** (insecure)\n"),
             qPrintable(table.out));
    QVERIFY2(table.out.contains("/srv/lists/wide.txt (broad networks allowed)\n"),
             qPrintable(table.out));
    QVERIFY(!table.out.contains("s3cret"));

    const Run json = run({ "feeds", "list", "--json" }, true);
    QCOMPARE(json.exitCode, 0);
    const QJsonArray feeds = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(feeds.size(), 2);
    QCOMPARE(feeds.at(0).toObject().value("insecure"), QJsonValue(true));
    QCOMPARE(feeds.at(0).toObject().value("allowBroad"), QJsonValue(false));
    QCOMPARE(feeds.at(1).toObject().value("insecure"), QJsonValue(false));
    QCOMPARE(feeds.at(1).toObject().value("allowBroad"), QJsonValue(true));
    QVERIFY(!json.out.contains("s3cret"));
    // Shown only: never with the credentials.
    QCOMPARE(m_helper.feedsAsked, (QList<bool> { false, false }));
}

void RampartctlUsageTest::feedsUpdateWithoutTheAllowlist()
{
    // As the feed timer's user: it may read and refresh feeds, not read the allowlist.
    const QString path = writeList("timer.txt");
    FeedInfo feed = fileFeed("timer", path);
    feed.refreshSeconds = 3600;
    m_helper.wholeFeeds = { feed };
    m_helper.shownFeeds = QList<FeedInfo> { fileFeed("timer", "/redacted/should/not/be/read") };
    m_helper.allowlistReadable = false;

    const Run result = run({ "feeds", "update" }, true);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("rampartctl: warning: the allowlist could not be read"),
             qPrintable(result.err));
    QVERIFY2(result.err.contains("org.rampart.inspect is not granted"), qPrintable(result.err));
    QVERIFY2(result.out.contains("Feed timer: 2 networks added to the firewall, 0 removed."),
             qPrintable(result.out));
    QCOMPARE(m_helper.updated, QStringList { "timer" });
    QCOMPARE(m_helper.feedsAsked, QList<bool> { true });
}

void RampartctlUsageTest::feedsAddAndImportSendTheChoices()
{
    const Run added = run({ "feeds", "add", "plain", "http://lists.example.org/plain.txt",
                            "--insecure", "--allow-broad", "--no-fetch" },
                          true);
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(m_helper.saved.size(), 1);
    QVERIFY(m_helper.saved.first().insecure);
    QVERIFY(m_helper.saved.first().allowBroad);

    // Importing into an existing feed reads it whole and keeps what it was allowed.
    m_helper.clear();
    const QString path = writeList("again.txt");
    FeedInfo existing = fileFeed("again", m_dir.filePath("before.txt"));
    existing.allowBroad = true;
    m_helper.wholeFeeds = { existing };
    const Run imported = run({ "import", path }, true);
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(m_helper.feedsAsked, QList<bool> { true });
    QCOMPARE(m_helper.saved.size(), 1);
    QCOMPARE(m_helper.saved.first().location, path);
    QVERIFY(m_helper.saved.first().allowBroad);
    QVERIFY(!m_helper.saved.first().insecure);
    QCOMPARE(m_helper.updated, QStringList { "again" });
}

void RampartctlUsageTest::showCommandsPrintsTheScriptAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("preview"); // what the helper was asked
    QTest::addColumn<QString>("names"); // in the script printed

    // The lockout guard does not stop a preview: 44.0.0.0/7 would need --force to block.
    QTest::newRow("block")
        << QStringList { "block", "44.0.0.0/7", "203.0.113.7", "--timeout",
                         "1h",    "--comment",  "scan",        "--show-commands" }
        << "BlockCommands 44.0.0.0/7,203.0.113.7 3600 scan"
        << "# 44.0.0.0/7 203.0.113.7";
    QTest::newRow("unblock") << QStringList { "unblock", "--show-commands", "203.0.113.7" }
                             << "UnblockCommands 203.0.113.7"
                             << "# 203.0.113.7";
    QTest::newRow("verdict") << QStringList { "verdict", "reject", "--show-commands" }
                             << "SetVerdictCommands REJECT"
                             << "# REJECT";
    QTest::newRow("import") << QStringList { "import", "LIST", "--source", "fresh",
                                             "--show-commands" }
                            << "UpdateFeedCommands fresh 1"
                            << "# fresh";
}

void RampartctlUsageTest::showCommandsPrintsTheScriptAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, preview);
    QFETCH(QString, names);

    arguments.replaceInStrings(QStringLiteral("LIST"), writeList("show.txt"));
    const Run result = run(arguments, true);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(m_helper.previews, QStringList { preview });
    QVERIFY2(result.out.startsWith(QStringLiteral("#!/bin/sh\nipset restore -exist <<'EOF'\n")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(names), qPrintable(result.out));
    // Nothing was changed: no block, feed saved or list loaded.
    QVERIFY(m_helper.blocks.isEmpty());
    QVERIFY(m_helper.saved.isEmpty());
    QVERIFY(m_helper.updated.isEmpty());
}

void RampartctlUsageTest::confirmWithinIsSentAndExplained_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<uint>("seconds"); // what the helper was asked to wait
    QTest::addColumn<QString>("mentions"); // on stdout

    QTest::newRow("block") << QStringList { "block", "203.0.113.7", "--confirm-within", "90s" }
                           << 90u << "rampartctl confirm 7001\n";
    QTest::newRow("block without a wait")
        << QStringList { "block", "203.0.113.7" } << 0u << "Blocked 1 entry permanently.";
    QTest::newRow("verdict") << QStringList { "verdict", "reject", "--confirm-within", "2m" }
                             << 120u << "rampartctl confirm 8000\n";
    QTest::newRow("import") << QStringList { "import", "LIST", "--confirm-within", "1h" } << 3600u
                            << "rampartctl confirm 4001\n";
}

void RampartctlUsageTest::confirmWithinIsSentAndExplained()
{
    QFETCH(QStringList, arguments);
    QFETCH(uint, seconds);
    QFETCH(QString, mentions);

    arguments.replaceInStrings(QStringLiteral("LIST"), writeList("waits.txt"));
    const Run result = run(arguments, true);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(mentions), qPrintable(result.out + result.err));
    QList<uint> asked;
    for (const FakeHelper::BlockCall &call : std::as_const(m_helper.blocks))
        asked << call.confirmWithinSeconds;
    asked += m_helper.verdictWaits;
    asked += m_helper.updateWaits;
    QCOMPARE(asked, QList<uint> { seconds });
    // Without a wait, nothing says there is one.
    QCOMPARE(result.out.contains(QStringLiteral("rampartctl confirm")), seconds > 0);
}

void RampartctlUsageTest::confirmKeepsTheNamedChange()
{
    const Run kept = run({ "confirm", "#7001", "--json" }, true);
    QCOMPARE(kept.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(kept.out.toUtf8()).object().value("confirmed").toInteger(),
             7001);
    const Run unknown = run({ "confirm", "404" }, true);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("there is no history row 404 to confirm"),
             qPrintable(unknown.err));
    QCOMPARE(m_helper.confirmCalls, (QList<qlonglong> { 7001, 404 }));
}

// A page at most maxHistoryRowsPerCall, each after the last row of the one before, until
// --limit is reached.
void RampartctlUsageTest::historyPagesBackToWhatWasAsked()
{
    for (qint64 id = 2500; id >= 1; --id)
        m_helper.history << historyRow(id, 1'700'000'000 + id, 0, "rampartctl", "block", true);
    const Run result = run({ "history", "--limit", "1200", "--json" }, true);
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1200);
    QCOMPARE(rows.first().toObject().value("id").toInteger(), 2500);
    QCOMPARE(rows.last().toObject().value("id").toInteger(), 1301);
    QCOMPARE(rows.first().toObject().value("origin").toString(), QStringLiteral("rampartctl"));
    QCOMPARE(rows.first().toObject().value("time").toString(),
             QDateTime::fromSecsSinceEpoch(1'700'002'500).toUTC().toString(Qt::ISODate));
    const QList<QPair<qlonglong, uint>> expected = { { 0, 1000 }, { 1501, 200 } };
    QCOMPARE(m_helper.historyCalls, expected);
}

void RampartctlUsageTest::historyStopsAtSince()
{
    const QDateTime now = QDateTime::currentDateTime();
    for (qint64 id = 30; id >= 1; --id)
        m_helper.history << historyRow(id, now.addSecs(-3600 * (31 - id)).toSecsSinceEpoch(), 0,
                                       "window", "unblock", true);
    // Rows 28, 29 and 30 are from the last three hours, 27 from four hours ago.
    const Run hours = run({ "history", "--since", "210m", "--json" }, true);
    QCOMPARE(hours.exitCode, 0);
    QJsonArray rows = QJsonDocument::fromJson(hours.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.last().toObject().value("id").toInteger(), 28);
    const Run date =
        run({ "history", "--since", now.addSecs(-3600 * 5 - 60).toString(Qt::ISODate), "--json" },
            true);
    QCOMPARE(date.exitCode, 0);
    rows = QJsonDocument::fromJson(date.out.toUtf8()).array();
    QCOMPARE(rows.size(), 5);
}

void RampartctlUsageTest::historyCountsEachFamily()
{
    HistoryEntry row = historyRow(12, 1'700'000'000, 0, "timer", "feed-update", true);
    row.entryCount = 3;
    row.countV4 = 2;
    row.countV6 = 1;
    row.entries = { "192.0.2.0/24", "198.51.100.7/32" };
    row.detail = "feed drop: 3 networks added, 0 removed";
    m_helper.history << row;
    const Run result = run({ "history" }, true);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("2 IPv4, 1 IPv6: 192.0.2.0/24, 198.51.100.7/32 (+1 more)"),
             qPrintable(result.out));
    QVERIFY2(result.out.contains("feed timer"), qPrintable(result.out));
    QVERIFY2(result.out.contains("#12"), qPrintable(result.out));
    QVERIFY2(!result.out.contains("3 IPv"), qPrintable(result.out));
}

void RampartctlUsageTest::undoWithoutRowTakesYourOwnLastChange()
{
    const quint32 me = getuid();
    m_helper.history = {
        historyRow(50, 1'700'000'050, me + 1, "rampartctl", "block", true), // another user's
        historyRow(49, 1'700'000'049, me, "rampartctl", "undo", true), // an undo goes no further
        historyRow(48, 1'700'000'048, me, "timer", "feed-update", true), // not from a person
        historyRow(47, 1'700'000'047, me, "window", "save", false), // nothing to undo
        historyRow(46, 1'700'000'046, me, "window", "block", true),
        historyRow(45, 1'700'000'045, me, "rampartctl", "block", true),
    };
    const Run result = run({ "undo", "--json" }, true);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_helper.undoCalls, QList<qlonglong> { 46 });
    const QJsonObject answer = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(answer.value("undone").toInteger(), 46);
    QCOMPARE(answer.value("undoId").toInteger(), 9000);
    QCOMPARE(answer.value("notRestored").toArray().first().toString(),
             QStringLiteral("198.51.100.7: unblocked since"));

    const Run named = run({ "undo", "#45" }, true);
    QCOMPARE(named.exitCode, 0);
    QCOMPARE(m_helper.undoCalls.last(), 45);
    QVERIFY2(named.out.contains("Undid #45; the undo is #9000."), qPrintable(named.out));
    QVERIFY2(named.err.contains("not restored: 198.51.100.7: unblocked since"),
             qPrintable(named.err));
}

void RampartctlUsageTest::undoWithoutAnyChangeOfYoursIsRefused()
{
    m_helper.history = { historyRow(3, 1'700'000'003, getuid() + 1, "window", "block", true) };
    const Run result = run({ "undo" }, true);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no change left to undo"), qPrintable(result.err));
    QVERIFY(m_helper.undoCalls.isEmpty());
}

QTEST_GUILESS_MAIN(RampartctlUsageTest)
#include "rampartctlusagetest.moc"
