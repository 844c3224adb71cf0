// Undo end to end, against the real helper, bus, polkitd and kernel: undoing a block, an
// unblock of entries with a timeout, a feed update and a feed removal gives back the
// kernel's sets (ipset save) and the blocklist (rampartctl list) as they were before the
// change; a row is undone once; an undo can be undone; and the history names who did each
// change and from where.

#include "testbed.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>

namespace {

// Timeouts tick down between two looks; anything closer than this is the same.
constexpr qint64 slackSeconds = 10;

// What the kernel and the store hold, comparable across a change and its undo.
struct State
{
    // ipset save's lines without what changes by itself (counters, a set's random
    // initval), with each entry's timeout apart.
    QMap<QString, qint64> kernel; // line -> timeout, -1 for none
    // rampartctl list --json: cidr -> source, comment, expiry (seconds since the epoch, 0
    // for never).
    QMap<QString, QPair<QString, qint64>> listed;
};

QString differences(const State &before, const State &after)
{
    QStringList problems;
    for (auto it = before.kernel.cbegin(); it != before.kernel.cend(); ++it) {
        if (!after.kernel.contains(it.key()))
            problems << QStringLiteral("kernel lost: %1").arg(it.key());
        else if (qAbs(after.kernel.value(it.key()) - it.value()) > slackSeconds)
            problems << QStringLiteral("kernel timeout of %1: %2, was %3")
                            .arg(it.key())
                            .arg(after.kernel.value(it.key()))
                            .arg(it.value());
    }
    for (auto it = after.kernel.cbegin(); it != after.kernel.cend(); ++it) {
        if (!before.kernel.contains(it.key()))
            problems << QStringLiteral("kernel gained: %1").arg(it.key());
    }
    for (auto it = before.listed.cbegin(); it != before.listed.cend(); ++it) {
        if (!after.listed.contains(it.key()))
            problems << QStringLiteral("list lost: %1").arg(it.key());
        else if (after.listed.value(it.key()).first != it.value().first
                 || qAbs(after.listed.value(it.key()).second - it.value().second) > slackSeconds)
            problems << QStringLiteral("list entry %1: %2 until %3, was %4 until %5")
                            .arg(it.key(), after.listed.value(it.key()).first)
                            .arg(after.listed.value(it.key()).second)
                            .arg(it.value().first)
                            .arg(it.value().second);
    }
    for (auto it = after.listed.cbegin(); it != after.listed.cend(); ++it) {
        if (!before.listed.contains(it.key()))
            problems << QStringLiteral("list gained: %1").arg(it.key());
    }
    return problems.join(u'\n');
}

} // namespace

class UndoTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void blockIsUndoneExactly();
    void unblockIsUndoneWithTheTimeLeft();
    void feedUpdateIsUndone();
    void feedRemovalIsUndone();
    void allowlistAndVerdictAreUndone();
    void historyNamesWhoAndFrom();

private:
    State state() const;
    qint64 lastRowId() const;
    Testbed::Result undo(const QString &id) const;
    QString writeFeed(const QStringList &lines) const;
    QString user() const { return m_testbed.value("GRANTED_USER"); }

    Testbed m_testbed;
    QTemporaryDir m_files;
};

void UndoTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
    QVERIFY(m_files.isValid());
    chmod(QFile::encodeName(m_files.path()).constData(), 0755);
}

void UndoTest::cleanupTestCase()
{
    m_testbed.stop();
}

State UndoTest::state() const
{
    State state;
    state.kernel = m_testbed.rampartSets();
    const Testbed::Result listed = m_testbed.ctl(user(), { "list", "--json" });
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        const QJsonObject entry = value.toObject();
        const QString expires = entry.value("expires").toString();
        state.listed.insert(
            entry.value("cidr").toString(),
            { entry.value("source").toString() + u'|' + entry.value("comment").toString(),
              expires.isEmpty() ? 0
                                : QDateTime::fromString(expires, Qt::ISODate).toSecsSinceEpoch() });
    }
    return state;
}

qint64 UndoTest::lastRowId() const
{
    const Testbed::Result history = m_testbed.ctl(user(), { "history", "--limit", "1", "--json" });
    return QJsonDocument::fromJson(history.out.toUtf8())
        .array()
        .first()
        .toObject()
        .value("id")
        .toInteger();
}

Testbed::Result UndoTest::undo(const QString &id) const
{
    return m_testbed.ctl(user(), { "undo", id, "--json" });
}

QString UndoTest::writeFeed(const QStringList &lines) const
{
    const QString path = QDir(m_files.path()).filePath("undo.netset");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(lines.join(u'\n').toLatin1() + '\n');
    file.close();
    chmod(QFile::encodeName(path).constData(), 0644);
    return path;
}

// The second block adds one entry and renews another: its undo unblocks the one it added
// and gives the other its earlier comment and timeout back.
void UndoTest::blockIsUndoneExactly()
{
    QCOMPARE(m_testbed
                 .ctl(user(),
                      { "block", "198.18.1.1", "198.18.1.2", "2001:db8:18::1", "--timeout", "1h",
                        "--comment", "first" })
                 .exitCode,
             0);
    const State before = state();
    QVERIFY(before.listed.contains("198.18.1.2"));
    // The kernel is looked at too, not only the store.
    QVERIFY2(before.kernel.keys().join(u'\n').contains("rampart-v4 198.18.1.2"),
             qPrintable(before.kernel.keys().join(u'\n')));
    const Testbed::Result blocked = m_testbed.ctl(
        user(), { "block", "198.18.1.2", "198.18.1.3", "--timeout", "2h", "--comment", "second" });
    QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.describe()));
    const qint64 blockRow = lastRowId();
    const State changed = state();
    QVERIFY(!differences(before, changed).isEmpty());

    const Testbed::Result undone = undo(QString::number(blockRow));
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.describe()));
    const QJsonObject answer = QJsonDocument::fromJson(undone.out.toUtf8()).object();
    QCOMPARE(answer.value("undone").toInteger(), blockRow);
    QVERIFY(answer.value("notRestored").toArray().isEmpty());
    const QString left = differences(before, state());
    QVERIFY2(left.isEmpty(), qPrintable(left));

    // Once only.
    const Testbed::Result again = undo(QString::number(blockRow));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("undone already"), qPrintable(again.describe()));

    // The undo undone is the block again.
    const qint64 undoRow = answer.value("undoId").toInteger();
    const Testbed::Result redone = undo(QString::number(undoRow));
    QVERIFY2(redone.exitCode == 0, qPrintable(redone.describe()));
    const QString reapplied = differences(changed, state());
    QVERIFY2(reapplied.isEmpty(), qPrintable(reapplied));
}

void UndoTest::unblockIsUndoneWithTheTimeLeft()
{
    QCOMPARE(m_testbed
                 .ctl(user(),
                      { "block", "198.18.2.1", "2001:db8:18::2", "--timeout", "30m", "--comment",
                        "timed" })
                 .exitCode,
             0);
    QCOMPARE(m_testbed.ctl(user(), { "block", "198.18.2.2", "--comment", "for good" }).exitCode, 0);
    const State before = state();
    const Testbed::Result unblocked =
        m_testbed.ctl(user(), { "unblock", "198.18.2.1", "2001:db8:18::2", "198.18.2.2" });
    QVERIFY2(unblocked.exitCode == 0, qPrintable(unblocked.describe()));
    QVERIFY(!state().listed.contains("198.18.2.1"));
    // A moment passes: the entries come back with what is left of their time, not anew.
    QTest::qWait(2000);
    const Testbed::Result undone = undo(QString::number(lastRowId()));
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.describe()));
    const State after = state();
    const QString left = differences(before, after);
    QVERIFY2(left.isEmpty(), qPrintable(left));
    QCOMPARE(after.listed.value("198.18.2.1").second, before.listed.value("198.18.2.1").second);
    QCOMPARE(after.listed.value("198.18.2.2").second, 0);
}

void UndoTest::feedUpdateIsUndone()
{
    QStringList lines;
    for (int i = 1; i <= 40; ++i)
        lines << QStringLiteral("198.19.10.%1").arg(i * 2);
    lines << QStringLiteral("2001:db8:19::/48");
    const QString path = writeFeed(lines);
    const Testbed::Result imported =
        m_testbed.ctl(user(), { "import", path, "--source", "undofeed" });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const State before = state();
    QVERIFY(before.listed.contains("198.19.10.2"));

    // 1 in 4 leave, as many join.
    for (int i = 0; i < 10; ++i)
        lines[i] = QStringLiteral("198.19.11.%1").arg(i * 2);
    writeFeed(lines);
    const Testbed::Result updated = m_testbed.ctl(user(), { "feeds", "update", "undofeed" });
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.describe()));
    QVERIFY(state().listed.contains("198.19.11.0"));

    const Testbed::Result undone = undo(QString::number(lastRowId()));
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.describe()));
    const QString left = differences(before, state());
    QVERIFY2(left.isEmpty(), qPrintable(left));
}

// The feed is the newest, so that it comes back under its number and its sets' names.
void UndoTest::feedRemovalIsUndone()
{
    const State before = state();
    QVERIFY(before.listed.contains("198.19.10.22"));
    const Testbed::Result removed = m_testbed.ctl(user(), { "feeds", "remove", "undofeed" });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QVERIFY(!state().listed.contains("198.19.10.22"));

    const qint64 removal = lastRowId();
    const Testbed::Result undone = undo(QString::number(removal));
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.describe()));
    const QString left = differences(before, state());
    QVERIFY2(left.isEmpty(), qPrintable(left));
    QCOMPARE(undo(QString::number(removal)).exitCode, 1);
}

void UndoTest::allowlistAndVerdictAreUndone()
{
    const auto allowlist = [this] {
        return m_testbed.ctl(user(), { "allow", "--list", "--json" }).out;
    };
    QCOMPARE(m_testbed.ctl(user(), { "allow", "198.51.100.0/24", "--comment", "office" }).exitCode,
             0);
    const QString before = allowlist();
    QVERIFY2(before.contains("office"), qPrintable(before));
    QCOMPARE(m_testbed.ctl(user(), { "allow", "198.51.100.0/24", "--comment", "lab" }).exitCode, 0);
    QCOMPARE(m_testbed.ctl(user(), { "allow", "203.0.113.0/24" }).exitCode, 0);
    const qint64 added = lastRowId();
    QCOMPARE(undo(QString::number(added)).exitCode, 0);
    QCOMPARE(undo(QString::number(added - 1)).exitCode, 0);
    QCOMPARE(allowlist(), before);

    const auto verdict = [this] {
        return QJsonDocument::fromJson(m_testbed.ctl(user(), { "status", "--json" }).out.toUtf8())
            .object()
            .value("verdict")
            .toString();
    };
    const QString earlier = verdict();
    const QString other = earlier == QLatin1String("DROP") ? "reject" : "drop";
    QCOMPARE(m_testbed.ctl(user(), { "verdict", other }).exitCode, 0);
    QCOMPARE(verdict(), other.toUpper());
    QCOMPARE(undo(QString::number(lastRowId())).exitCode, 0);
    QCOMPARE(verdict(), earlier);
}

void UndoTest::historyNamesWhoAndFrom()
{
    const Testbed::Result history = m_testbed.ctl(user(), { "history", "--json" });
    QVERIFY2(history.exitCode == 0, qPrintable(history.describe()));
    const passwd *granted = getpwnam(qPrintable(user()));
    QVERIFY(granted);
    QMap<QString, int> actions;
    QSet<qint64> undone;
    QList<qint64> undoing;
    for (const QJsonValue &value : QJsonDocument::fromJson(history.out.toUtf8()).array()) {
        const QJsonObject row = value.toObject();
        const QString action = row.value("action").toString();
        if (action == QLatin1String("save") || action == QLatin1String("history-rotated"))
            continue;
        ++actions[action];
        QCOMPARE(row.value("origin").toString(), QStringLiteral("rampartctl"));
        QCOMPARE(row.value("user").toString(), user());
        QCOMPARE(row.value("uid").toInteger(), qint64(granted->pw_uid));
        if (row.value("undoneBy").toInteger())
            undone.insert(row.value("id").toInteger());
        if (action == QLatin1String("undo"))
            undoing << row.value("undoes").toInteger();
    }
    QVERIFY2(actions.value("block") >= 4, qPrintable(history.out.left(3000)));
    QCOMPARE(actions.value("unblock"), 1);
    QVERIFY(actions.value("feed-update") >= 2);
    QCOMPARE(actions.value("feed-remove"), 1);
    // Each undo points at a row that says it was undone.
    QVERIFY(undoing.size() >= 5);
    for (const qint64 id : std::as_const(undoing))
        QVERIFY2(undone.contains(id), qPrintable(QString::number(id)));
}

QTEST_GUILESS_MAIN(UndoTest)
#include "undotest.moc"
