// Show Commands against the real helper, bus, polkitd and kernel: `rampartctl … --show-commands`
// changes nothing (the kernel's sets and rules, the blocklist, the feeds and the history stay
// as they were), and the script it prints, run by hand with sh (ipset restore,
// iptables-restore) in the server namespace from the same starting state, gives the same
// kernel state as the real call: for a block, an unblock, the verdict, the update of an
// existing feed (large enough for a set swapped in) and the import of a new feed.
//
// Each real call is taken back before the script runs (by undo, or by removing the new
// feed), and then made again by undoing that undo, so that the store and the kernel agree for
// the next case.

#include "testbed.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// Timeouts tick down between two looks; anything closer than this is the same.
constexpr qint64 slackSeconds = 10;

// The kernel's side of Rampart: ipset save's lines of the rampart sets without what changes
// by itself (counters, a set's random initval), each entry's timeout apart; and the rules.
struct KernelState
{
    QMap<QString, qint64> sets; // line -> timeout, -1 for none
    QStringList rules; // iptables -S and ip6tables -S

    // What differs, a line each; empty when the same.
    QString differencesFrom(const KernelState &other) const
    {
        QStringList problems;
        for (auto it = other.sets.cbegin(); it != other.sets.cend(); ++it) {
            if (!sets.contains(it.key()))
                problems << QStringLiteral("lacks: %1").arg(it.key());
            else if (qAbs(sets.value(it.key()) - it.value()) > slackSeconds)
                problems << QStringLiteral("timeout of %1: %2, expected %3")
                                .arg(it.key())
                                .arg(sets.value(it.key()))
                                .arg(it.value());
        }
        for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
            if (!other.sets.contains(it.key()))
                problems << QStringLiteral("has in addition: %1").arg(it.key());
        }
        if (rules != other.rules)
            problems << QStringLiteral("rules:\n%1\nexpected:\n%2")
                            .arg(rules.join(u'\n'), other.rules.join(u'\n'));
        return problems.join(u'\n');
    }
};

} // namespace

class ShowCommandsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scriptMatchesTheRealCall_data();
    void scriptMatchesTheRealCall();
    void scriptOfANewFeedMatchesItsImport();

private:
    QString user() const { return m_testbed.value("GRANTED_USER"); }
    KernelState kernelState() const;
    // What a user sees of the store: the blocklist, the feeds, the newest history row.
    QString storeView() const;
    qint64 lastRowId() const;
    // Runs the script with sh -e in the server namespace.
    Testbed::Result runScript(const QString &script) const;
    // The preview of arguments: its script, after checking that it changed nothing.
    QString preview(const QStringList &arguments);

    Testbed m_testbed;
    QTemporaryDir m_files;
};

void ShowCommandsTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
    QVERIFY(m_files.isValid());
    chmod(QFile::encodeName(m_files.path()).constData(), 0755);
    // A starting state with something in it: a manual entry and a feed of three networks.
    QCOMPARE(m_testbed.ctl(user(), { "block", "198.18.5.1", "--comment", "first" }).exitCode, 0);
    const QString list = Testbed::writeReadableFile(
        m_files.path(), "existing.netset", "198.18.64.0/24\n198.18.65.0/24\n2001:db8:64::/48\n");
    const Testbed::Result imported =
        m_testbed.ctl(user(), { "import", list, "--source", "existing" });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
}

void ShowCommandsTest::cleanupTestCase()
{
    m_testbed.stop();
}

KernelState ShowCommandsTest::kernelState() const
{
    KernelState state;
    state.sets = m_testbed.rampartSets();
    for (const char *program : { "/usr/sbin/iptables", "/usr/sbin/ip6tables" })
        state.rules += m_testbed.inServer({ program, "-w", "-S" }).out.split(u'\n');
    return state;
}

QString ShowCommandsTest::storeView() const
{
    return m_testbed.ctl(user(), { "list", "--json" }).out
        + m_testbed.ctl(user(), { "feeds", "list", "--json" }).out + QString::number(lastRowId());
}

qint64 ShowCommandsTest::lastRowId() const
{
    const Testbed::Result history = m_testbed.ctl(user(), { "history", "--limit", "1", "--json" });
    return QJsonDocument::fromJson(history.out.toUtf8())
        .array()
        .first()
        .toObject()
        .value("id")
        .toInteger();
}

Testbed::Result ShowCommandsTest::runScript(const QString &script) const
{
    const QString path = Testbed::writeReadableFile(m_files.path(), "commands.sh", script.toUtf8());
    return m_testbed.inServer(
        { "/usr/bin/env", "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "/bin/sh", "-e", path });
}

QString ShowCommandsTest::preview(const QStringList &arguments)
{
    const KernelState kernelBefore = kernelState();
    const QString storeBefore = storeView();
    const Testbed::Result shown =
        m_testbed.ctl(user(), arguments + QStringList { "--show-commands" });
    if (shown.exitCode != 0) {
        qWarning("%s", qPrintable(shown.describe()));
        return {};
    }
    const QString kernelChange = kernelState().differencesFrom(kernelBefore);
    if (!kernelChange.isEmpty()) {
        qWarning("the preview changed the kernel:\n%s", qPrintable(kernelChange));
        return {};
    }
    if (storeView() != storeBefore) {
        qWarning("the preview changed the store");
        return {};
    }
    return shown.out;
}

void ShowCommandsTest::scriptMatchesTheRealCall_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("scriptHas"); // a line the script must have

    QTest::newRow("block") << QStringList { "block",         "198.18.5.1", "198.18.5.2",
                                            "2001:db8:5::1", "--timeout",  "1h",
                                            "--comment",     "second" }
                           << "add rampart-v4 198.18.5.2 timeout 3600";
    QTest::newRow("unblock") << QStringList { "unblock", "198.18.5.2", "2001:db8:5::1" }
                             << "del rampart-v6 2001:db8:5::1";
    QTest::newRow("verdict") << QStringList { "verdict", "reject" }
                             << "iptables-restore --noflush -w <<'EOF'";
    // Large enough a change that the feed's set is rebuilt and swapped in (addresses apart,
    // so that they stay 1,500 networks).
    QStringList many;
    for (int i = 0; i < 1500; ++i)
        many << QStringLiteral("198.18.%1.%2").arg(100 + i / 120).arg(1 + 2 * (i % 120));
    const QString list =
        Testbed::writeReadableFile(m_files.path(), "existing.netset", many.join(u'\n').toLatin1());
    QTest::newRow("feed update") << QStringList { "import", list, "--source", "existing" }
                                 << "swap rampart-f1-v4-new rampart-f1-v4";
}

void ShowCommandsTest::scriptMatchesTheRealCall()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, scriptHas);

    const KernelState start = kernelState();
    const QString script = preview(arguments);
    QVERIFY(!script.isEmpty());
    QVERIFY2(script.split(u'\n').contains(scriptHas), qPrintable(script.left(4000)));

    const Testbed::Result real = m_testbed.ctl(user(), arguments);
    QVERIFY2(real.exitCode == 0, qPrintable(real.describe()));
    const KernelState changed = kernelState();
    QVERIFY(!changed.differencesFrom(start).isEmpty());

    // Back to the start, then the script by hand.
    const Testbed::Result undone =
        m_testbed.ctl(user(), { "undo", QString::number(lastRowId()), "--json" });
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.describe()));
    const QString back = kernelState().differencesFrom(start);
    QVERIFY2(back.isEmpty(), qPrintable(back));
    const Testbed::Result ran = runScript(script);
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.describe() + u'\n' + script.left(4000)));
    const QString left = kernelState().differencesFrom(changed);
    QVERIFY2(left.isEmpty(), qPrintable(left));

    // The store follows again: the undo undone is the change made once more.
    const qint64 undoId =
        QJsonDocument::fromJson(undone.out.toUtf8()).object().value("undoId").toInteger();
    const Testbed::Result redone =
        m_testbed.ctl(user(), { "undo", QString::number(undoId), "--json" });
    QVERIFY2(redone.exitCode == 0, qPrintable(redone.describe()));
    const QString again = kernelState().differencesFrom(changed);
    QVERIFY2(again.isEmpty(), qPrintable(again));
}

// A new feed is previewed as rampartctl import makes it, AddFeed and UpdateFeed, without
// being added: the script makes its sets and rules and fills them.
void ShowCommandsTest::scriptOfANewFeedMatchesItsImport()
{
    const QString list = Testbed::writeReadableFile(
        m_files.path(), "fresh.netset", "198.18.200.0/24\n198.18.201.7\n2001:db8:200::/48\n");
    const QStringList arguments { "import", list, "--source", "fresh" };
    const KernelState start = kernelState();
    const QString script = preview(arguments);
    QVERIFY(!script.isEmpty());
    QVERIFY(!m_testbed.ctl(user(), { "feeds", "list" }).out.contains("fresh"));

    const Testbed::Result real = m_testbed.ctl(user(), arguments);
    QVERIFY2(real.exitCode == 0, qPrintable(real.describe()));
    const KernelState imported = kernelState();
    const QString members = QStringList(imported.sets.keys()).join(u'\n');
    QVERIFY2(
        members.contains(QRegularExpression(QStringLiteral("add rampart-f\\d+-v4 198.18.201.7"))),
        qPrintable(members));

    const Testbed::Result removed = m_testbed.ctl(user(), { "feeds", "remove", "fresh" });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    const QString back = kernelState().differencesFrom(start);
    QVERIFY2(back.isEmpty(), qPrintable(back));
    const Testbed::Result ran = runScript(script);
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.describe() + u'\n' + script));
    const QString left = kernelState().differencesFrom(imported);
    QVERIFY2(left.isEmpty(), qPrintable(left + u'\n' + script));
}

QTEST_GUILESS_MAIN(ShowCommandsTest)
#include "showcommandstest.moc"
