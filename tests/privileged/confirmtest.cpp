// Confirm or roll back, end to end, against the real helper, bus, polkitd and kernel: a
// block, an import and a verdict made with --confirm-within are undone by the helper
// itself when nobody confirms them (the peer's pings pass again, and ipset save and the
// listing are as before), and stay when rampartctl confirm arrives in time. The client
// that made the change may be gone; a helper killed during the wait rolls the change back
// as soon as it starts again.

#include "client/helperclient.h"
#include "testbed.h"

#include <QDBusConnection>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Rampart;

class ConfirmTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unconfirmedBlockIsRolledBack();
    void confirmedBlockStays();
    void blockOfAClientThatIsGoneIsRolledBack();
    void killedHelperRollsBackWhenItStarts();
    void unconfirmedImportLeavesNoFeed();
    void unconfirmedVerdictIsRolledBack();
    void confirmedVerdictStays();

private:
    bool pings(const QString &source) const;
    // ipset save's lines for Rampart's sets, without what changes by itself, and the
    // listing: what a rollback must give back as it was.
    QString state() const;
    QString verdict() const;
    // The number rampartctl printed for the change, from "rampartctl confirm N".
    static qint64 changeNumber(const Testbed::Result &result);
    // Waits, up to a limit, until the source pings (true) or the limit is over (false).
    bool pingsWithin(const QString &source, int seconds) const;
    QJsonObject rollbackOf(qint64 id) const;
    QString user() const { return m_testbed.value("GRANTED_USER"); }

    Testbed m_testbed;
    QTemporaryDir m_files;
};

void ConfirmTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
    QVERIFY(m_files.isValid());
    chmod(QFile::encodeName(m_files.path()).constData(), 0755);
    registerHelperTypes();
    // The sets exist from here on, so that a rollback is compared with a kernel that had
    // them before the change too.
    const Testbed::Result saved = m_testbed.ctl(user(), { "save" });
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.describe()));
}

void ConfirmTest::cleanupTestCase()
{
    m_testbed.stop();
}

bool ConfirmTest::pings(const QString &source) const
{
    const QString server =
        source.contains(u':') ? m_testbed.value("SERVER_V6") : m_testbed.value("SERVER_V4");
    return m_testbed.inPeer({ "/usr/bin/ping", "-c", "1", "-W", "1", "-I", source, server }, 10000)
               .exitCode
        == 0;
}

bool ConfirmTest::pingsWithin(const QString &source, int seconds) const
{
    QDeadlineTimer deadline(seconds * 1000);
    while (!deadline.hasExpired()) {
        if (pings(source))
            return true;
        QTest::qWait(250);
    }
    return false;
}

QString ConfirmTest::state() const
{
    static const QRegularExpression changing(
        QStringLiteral(" (initval 0x[0-9a-f]+|packets \\d+ bytes \\d+)"));
    QStringList lines;
    const Testbed::Result saved = m_testbed.inServer({ "/usr/sbin/ipset", "save" });
    for (QString line : saved.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains(QLatin1String("rampart")))
            lines << line.remove(changing);
    }
    lines.sort();
    const Testbed::Result listed = m_testbed.ctl(user(), { "list" });
    return lines.join(u'\n') + QStringLiteral("\n--\n") + listed.out;
}

QString ConfirmTest::verdict() const
{
    return QJsonDocument::fromJson(m_testbed.ctl(user(), { "status", "--json" }).out.toUtf8())
        .object()
        .value("verdict")
        .toString();
}

qint64 ConfirmTest::changeNumber(const Testbed::Result &result)
{
    static const QRegularExpression command(QStringLiteral("rampartctl confirm (\\d+)\\n"));
    return command.match(result.out).captured(1).toLongLong();
}

QJsonObject ConfirmTest::rollbackOf(qint64 id) const
{
    const Testbed::Result history = m_testbed.ctl(user(), { "history", "--json" });
    for (const QJsonValue &value : QJsonDocument::fromJson(history.out.toUtf8()).array()) {
        if (value.toObject().value("undoes").toInteger() == id)
            return value.toObject();
    }
    return {};
}

void ConfirmTest::unconfirmedBlockIsRolledBack()
{
    const QString peer = m_testbed.value("PEER_V4");
    QVERIFY(pings(peer));
    const QString before = state();
    const Testbed::Result blocked =
        m_testbed.ctl(user(), { "block", peer, "--confirm-within", "3s" });
    QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.describe()));
    const qint64 id = changeNumber(blocked);
    QVERIFY2(id > 0, qPrintable(blocked.out));
    QVERIFY2(!pings(peer), "the block did not apply");
    QVERIFY(state() != before);

    QVERIFY2(pingsWithin(peer, 15), "the helper did not roll the block back");
    QCOMPARE(state(), before);
    const QJsonObject rollback = rollbackOf(id);
    QCOMPARE(rollback.value("action").toString(), QStringLiteral("undo"));
    QCOMPARE(rollback.value("origin").toString(), QStringLiteral("helper"));
    QVERIFY2(rollback.value("detail").toString().contains("nobody confirmed"),
             qPrintable(rollback.value("detail").toString()));
    // Too late to keep it.
    const Testbed::Result late = m_testbed.ctl(user(), { "confirm", QString::number(id) });
    QCOMPARE(late.exitCode, 1);
    QVERIFY2(late.err.contains("rolled back"), qPrintable(late.describe()));
}

void ConfirmTest::confirmedBlockStays()
{
    const QString peer = m_testbed.value("PEER_V4");
    const Testbed::Result blocked =
        m_testbed.ctl(user(), { "block", peer, "--confirm-within", "3s" });
    QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.describe()));
    const qint64 id = changeNumber(blocked);
    const Testbed::Result kept =
        m_testbed.ctl(user(), { "confirm", QString::number(id), "--json" });
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.describe()));
    QCOMPARE(QJsonDocument::fromJson(kept.out.toUtf8()).object().value("confirmed").toInteger(),
             id);
    QVERIFY2(!pingsWithin(peer, 6), "a confirmed block was rolled back");
    QVERIFY(rollbackOf(id).isEmpty());
    // Kept once; a second confirmation has nothing to keep.
    const Testbed::Result again = m_testbed.ctl(user(), { "confirm", QString::number(id) });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("waits for no confirmation"), qPrintable(again.describe()));
    QCOMPARE(m_testbed.ctl(user(), { "unblock", peer }).exitCode, 0);
    QVERIFY(pings(peer));
}

// The window or script that asked may die: the helper keeps the time, not the client.
void ConfirmTest::blockOfAClientThatIsGoneIsRolledBack()
{
    const QString other = m_testbed.value("OTHER_V4");
    QVERIFY(pings(other));
    const QString before = state();
    qint64 id = 0;
    {
        const QString busName = QStringLiteral("confirmtest-client");
        {
            HelperClient client(
                QDBusConnection::connectToBus(m_testbed.value("BUS_ADDRESS"), busName));
            QDBusPendingReply<uint, uint, qlonglong> reply =
                client.block({ other }, 0, QStringLiteral("gone"), false, 3);
            reply.waitForFinished();
            QVERIFY2(!reply.isError(), qPrintable(reply.error().message()));
            id = reply.argumentAt<2>();
        }
        QDBusConnection::disconnectFromBus(busName);
    }
    QVERIFY(id > 0);
    QVERIFY(!pings(other));
    QVERIFY2(pingsWithin(other, 15), "the block of a client that is gone stayed");
    QCOMPARE(state(), before);
}

void ConfirmTest::killedHelperRollsBackWhenItStarts()
{
    const QString peer = m_testbed.value("PEER_V4");
    const QString before = state();
    // Long enough that only the restart can explain the rollback.
    const Testbed::Result blocked =
        m_testbed.ctl(user(), { "block", peer, "--confirm-within", "1h" });
    QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.describe()));
    const qint64 id = changeNumber(blocked);
    QVERIFY(!pings(peer));
    // Waiting keeps the helper from exiting for idleness.
    QVERIFY(m_testbed.helperRunning());

    m_testbed.killHelper();
    QVERIFY(!m_testbed.helperRunning());
    // A killed helper leaves the kernel as it was: the block is still there...
    QVERIFY(!pings(peer));
    // ...until anything starts the helper again, which rolls back before it serves.
    QCOMPARE(m_testbed.ctl(user(), { "status" }).exitCode, 0);
    QVERIFY2(pingsWithin(peer, 5), "the restarted helper kept an unconfirmed block");
    QCOMPARE(state(), before);
    QCOMPARE(rollbackOf(id).value("origin").toString(), QStringLiteral("helper"));
}

// rampartctl import of a new feed adds the feed, then its list: the rollback takes both.
void ConfirmTest::unconfirmedImportLeavesNoFeed()
{
    const QString peer = m_testbed.value("PEER_V4");
    const QString before = state();
    const QString path = Testbed::writeReadableFile(m_files.path(), "confirm.netset",
                                                    peer.toLatin1() + "\n198.18.7.0/24\n");
    QVERIFY(!path.isEmpty());
    const Testbed::Result imported = m_testbed.ctl(
        user(), { "import", path, "--source", "waiting", "--confirm-within", "3s", "--force" });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const qint64 id = changeNumber(imported);
    QVERIFY2(id > 0, qPrintable(imported.out));
    QVERIFY(!m_testbed.feedInfo(user(), "waiting").isEmpty());
    QVERIFY2(!pings(peer), "the imported feed does not drop the peer");

    QVERIFY2(pingsWithin(peer, 15), "the helper did not roll the import back");
    // Both rows are rolled back; give the second a moment after the first.
    QTRY_VERIFY_WITH_TIMEOUT(m_testbed.feedInfo(user(), "waiting").isEmpty(), 5000);
    QCOMPARE(state(), before);
    QCOMPARE(rollbackOf(id).value("origin").toString(), QStringLiteral("helper"));
}

void ConfirmTest::unconfirmedVerdictIsRolledBack()
{
    const QString earlier = verdict();
    const QString other = earlier == QLatin1String("DROP") ? "reject" : "drop";
    const Testbed::Result changed =
        m_testbed.ctl(user(), { "verdict", other, "--confirm-within", "3s" });
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.describe()));
    QVERIFY(changeNumber(changed) > 0);
    QCOMPARE(verdict(), other.toUpper());
    QTRY_COMPARE_WITH_TIMEOUT(verdict(), earlier, 15000);
}

void ConfirmTest::confirmedVerdictStays()
{
    const QString earlier = verdict();
    const QString other = earlier == QLatin1String("DROP") ? "reject" : "drop";
    const Testbed::Result changed =
        m_testbed.ctl(user(), { "verdict", other, "--confirm-within", "3s" });
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.describe()));
    QCOMPARE(m_testbed.ctl(user(), { "confirm", QString::number(changeNumber(changed)) }).exitCode,
             0);
    QTest::qWait(5000);
    QCOMPARE(verdict(), other.toUpper());
    QCOMPARE(m_testbed.ctl(user(), { "verdict", earlier.toLower() }).exitCode, 0);
}

QTEST_GUILESS_MAIN(ConfirmTest)
#include "confirmtest.moc"
