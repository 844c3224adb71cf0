// polkit decides, per call, on the caller's bus name: the real polkitd, the real system
// bus, two unprivileged users. The granted user's block reaches the kernel and the store;
// the other is refused with a clear message and nothing changes.

#include "testbed.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <pwd.h>

class AuthorizationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void grantedUserBlocksIntoKernelAndStore();
    void deniedUserChangesNothing_data();
    void deniedUserChangesNothing();
    void helperRevalidatesWhatClientsSend_data();
    void helperRevalidatesWhatClientsSend();
    void unblockRemovesFromKernelAndStore();
    void helperExitsWhenIdleAndComesBack();

private:
    QStringList queryStore(const QString &statement) const;
    QStringList storeEntries() const;
    int historyRows() const;
    QString granted() const { return m_testbed.value(QStringLiteral("GRANTED_USER")); }
    QString denied() const { return m_testbed.value(QStringLiteral("DENIED_USER")); }

    Testbed m_testbed;
};

void AuthorizationTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
}

void AuthorizationTest::cleanupTestCase()
{
    m_testbed.stop();
}

QStringList AuthorizationTest::queryStore(const QString &statement) const
{
    QStringList values;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_testbed.stateDir() + QStringLiteral("/rampart.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(statement, db);
            while (query.next())
                values << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return values;
}

QStringList AuthorizationTest::storeEntries() const
{
    return queryStore(QStringLiteral("SELECT cidr FROM entries ORDER BY cidr"));
}

int AuthorizationTest::historyRows() const
{
    return queryStore(QStringLiteral("SELECT COUNT(*) FROM history"))
        .value(0, QStringLiteral("-1"))
        .toInt();
}

void AuthorizationTest::grantedUserBlocksIntoKernelAndStore()
{
    const Testbed::Result blocked = m_testbed.ctl(
        granted(),
        { "block", "203.0.113.7", "198.51.100.0/24", "2001:db8::/48", "--comment", "test" });
    QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.describe()));
    QVERIFY2(blocked.out.contains("Blocked 3 entries"), qPrintable(blocked.out));

    QCOMPARE(m_testbed.kernelMembers("rampart-v4"),
             (QStringList { "198.51.100.0/24", "203.0.113.7" }));
    QCOMPARE(m_testbed.kernelMembers("rampart-v6"), QStringList { "2001:db8::/48" });
    QCOMPARE(storeEntries(), (QStringList { "198.51.100.0/24", "2001:db8::/48", "203.0.113.7" }));

    // The audit trail names the caller's uid and what was blocked.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
    {
        db.setDatabaseName(m_testbed.stateDir() + QStringLiteral("/rampart.db"));
        QVERIFY(db.open());
        QSqlQuery query(
            QStringLiteral(
                "SELECT uid, action, entries, entry_count FROM history ORDER BY id DESC LIMIT 1"),
            db);
        QVERIFY(query.next());
        const passwd *user = getpwnam(qPrintable(granted()));
        QVERIFY(user);
        QCOMPARE(query.value(0).toUInt(), user->pw_uid);
        QCOMPARE(query.value(1).toString(), QStringLiteral("block"));
        QCOMPARE(query.value(3).toInt(), 3);
        QVERIFY(query.value(2).toString().contains(QStringLiteral("203.0.113.7")));
        // Append-only, whatever writes to it.
        QSqlQuery tamper(db);
        QVERIFY(!tamper.exec(QStringLiteral("DELETE FROM history")));
        QVERIFY(tamper.lastError().text().contains(QStringLiteral("append-only")));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));

    // The listing comes back through the helper, as JSON for scripts.
    const Testbed::Result listed = m_testbed.ctl(granted(), { "list", "--json" });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QVERIFY(listed.out.contains("\"cidr\": \"203.0.113.7\""));
    QVERIFY(listed.out.contains("\"comment\": \"test\""));
    QVERIFY(listed.out.contains("\"expires\": null"));

    const Testbed::Result status = m_testbed.ctl(granted(), { "status", "--json" });
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    QVERIFY2(status.out.contains("\"rulesInPlace\": true"), qPrintable(status.out));
    QVERIFY2(status.out.contains("\"inSync\": true"), qPrintable(status.out));
    // polkit itself, asked by the client about its own bus name, says the user may change.
    QVERIFY2(status.out.contains("\"changes\": \"allowed\""), qPrintable(status.out));
}

void AuthorizationTest::deniedUserChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("action");

    QTest::newRow("block") << QStringList { "block", "192.0.2.55" } << "org.rampart.manage";
    QTest::newRow("unblock") << QStringList { "unblock", "203.0.113.7" } << "org.rampart.manage";
    QTest::newRow("verdict") << QStringList { "verdict", "reject" } << "org.rampart.manage";
    QTest::newRow("save") << QStringList { "save" } << "org.rampart.manage";
    QTest::newRow("list") << QStringList { "list" } << "org.rampart.inspect";
    QTest::newRow("status") << QStringList { "status" } << "org.rampart.inspect";
}

void AuthorizationTest::deniedUserChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, action);

    const QStringList kernelBefore = m_testbed.kernelMembers("rampart-v4");
    const QStringList storeBefore = storeEntries();
    const int historyBefore = historyRows();

    const Testbed::Result refused = m_testbed.ctl(denied(), arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("Not authorized"), qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains(action), qPrintable(refused.describe()));
    QVERIFY(refused.out.isEmpty());

    QCOMPARE(m_testbed.kernelMembers("rampart-v4"), kernelBefore);
    QCOMPARE(storeEntries(), storeBefore);
    QCOMPARE(historyRows(), historyBefore);
}

void AuthorizationTest::helperRevalidatesWhatClientsSend_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("reason");

    // Straight to the bus, past rampartctl's own checks.
    QTest::newRow("everything") << "0.0.0.0/0"
                                << "covers every address";
    QTest::newRow("v6 everything") << "::/0"
                                   << "covers every address";
    QTest::newRow("loopback") << "127.0.0.1"
                              << "loopback";
    QTest::newRow("garbage") << "1.2.3.4; rm -rf /"
                             << "\"1.2.3.4; rm -rf /\"";
    QTest::newRow("octal-looking") << "010.1.1.1"
                                   << "leading zero";
}

void AuthorizationTest::helperRevalidatesWhatClientsSend()
{
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    const QStringList storeBefore = storeEntries();
    const Testbed::Result sent = m_testbed.asUser(
        granted(),
        { "/usr/bin/dbus-send", "--system", "--print-reply", "--dest=org.rampart.Helper",
          "/org/rampart/Helper", "org.rampart.Helper1.Block", "array:string:192.0.2.1," + entry,
          "uint32:0", "string:", "boolean:true", "uint32:0" });
    QVERIFY2(sent.exitCode != 0, qPrintable(sent.describe()));
    QVERIFY2(sent.err.contains("org.freedesktop.DBus.Error.InvalidArgs"),
             qPrintable(sent.describe()));
    QVERIFY2(sent.err.contains("entry 2"), qPrintable(sent.describe()));
    QVERIFY2(sent.err.contains(reason), qPrintable(sent.describe()));
    // The valid first entry was not blocked either: a call is all or nothing.
    QCOMPARE(storeEntries(), storeBefore);
    QVERIFY(!m_testbed.kernelMembers("rampart-v4").contains("192.0.2.1"));
}

void AuthorizationTest::unblockRemovesFromKernelAndStore()
{
    const Testbed::Result unblocked =
        m_testbed.ctl(granted(), { "unblock", "203.0.113.7", "192.0.2.99" });
    QVERIFY2(unblocked.exitCode == 0, qPrintable(unblocked.describe()));
    QVERIFY2(unblocked.out.contains("Unblocked 1 entry"), qPrintable(unblocked.out));
    QVERIFY2(unblocked.err.contains("not blocked, left as is: 192.0.2.99"),
             qPrintable(unblocked.err));
    QCOMPARE(m_testbed.kernelMembers("rampart-v4"), QStringList { "198.51.100.0/24" });
    QVERIFY(!storeEntries().contains("203.0.113.7"));
}

void AuthorizationTest::helperExitsWhenIdleAndComesBack()
{
    const auto helperRunning = [this] {
        return m_testbed.helperRunning();
    };
    QVERIFY(m_testbed.ctl(granted(), { "status" }).exitCode == 0);
    QVERIFY(helperRunning());
    // 60 s without a call, and it is gone; the bus starts it again on the next call.
    QTRY_VERIFY_WITH_TIMEOUT(!helperRunning(), 75000);
    const Testbed::Result status = m_testbed.ctl(granted(), { "status", "--json" });
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    QVERIFY2(status.out.contains("\"inSync\": true"), qPrintable(status.out));
    QVERIFY(helperRunning());
}

QTEST_GUILESS_MAIN(AuthorizationTest)
#include "authorizationtest.moc"
