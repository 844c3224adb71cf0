// Boot and expiry: the store is the truth. After the sets and rules are gone, as after a
// reboot, `rampart-helper --restore` puts them back from the store, without the entries
// whose time is up; and a timed block lets traffic through again when it expires.

#include "testbed.h"

#include <QTest>
#include <QThread>

class RestoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void timedBlockExpires();
    void restoreAfterReboot();
    void restoreIsIdempotent();
    void saveRepairsDrift();
    void verdictReject();

private:
    bool pings(const QString &source) const;
    void wipeFirewall() const;
    QString user() const { return m_testbed.value("GRANTED_USER"); }
    Testbed m_testbed;
};

void RestoreTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
}

void RestoreTest::cleanupTestCase()
{
    m_testbed.stop();
}

bool RestoreTest::pings(const QString &source) const
{
    const QString server =
        source.contains(u':') ? m_testbed.value("SERVER_V6") : m_testbed.value("SERVER_V4");
    return m_testbed.inPeer({ "/usr/bin/ping", "-c", "1", "-W", "1", "-I", source, server }, 10000)
               .exitCode
        == 0;
}

void RestoreTest::wipeFirewall() const
{
    // What a reboot leaves: no sets, no chain, no jump.
    for (const char *tables : { "/usr/sbin/iptables", "/usr/sbin/ip6tables" }) {
        m_testbed.inServer({ tables, "-w", "-D", "INPUT", "-j", "RAMPART" });
        m_testbed.inServer({ tables, "-w", "-F", "RAMPART" });
        m_testbed.inServer({ tables, "-w", "-X", "RAMPART" });
    }
    m_testbed.inServer({ "/usr/sbin/ipset", "destroy", "rampart-v4" });
    m_testbed.inServer({ "/usr/sbin/ipset", "destroy", "rampart-v6" });
}

void RestoreTest::timedBlockExpires()
{
    const QString peer = m_testbed.value("PEER_V4");
    const Testbed::Result blocked = m_testbed.ctl(user(), { "block", peer, "--timeout", "2s" });
    QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.describe()));
    QVERIFY2(blocked.out.contains("for 2 seconds"), qPrintable(blocked.out));
    // The listing first: a dropped ping waits out its one-second timeout, and on a loaded
    // machine the two together came close to the block's two seconds.
    QVERIFY(m_testbed.ctl(user(), { "list" }).out.contains(peer));
    QVERIFY(!pings(peer));

    QThread::sleep(3);
    QVERIFY2(pings(peer), "the source is still blocked after its timeout");
    QVERIFY(!m_testbed.kernelMembers("rampart-v4").contains(peer));
    const Testbed::Result listed = m_testbed.ctl(user(), { "list" });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QVERIFY2(!listed.out.contains(peer), qPrintable(listed.out));
}

void RestoreTest::restoreAfterReboot()
{
    const QString permanent4 = m_testbed.value("PEER_V4");
    const QString permanent6 = m_testbed.value("PEER_V6");
    const QString shortLived = m_testbed.value("OTHER_V4");
    QCOMPARE(
        m_testbed.ctl(user(), { "block", permanent4, permanent6, "--comment", "kept" }).exitCode,
        0);
    QCOMPARE(m_testbed.ctl(user(), { "block", shortLived, "--timeout", "2s" }).exitCode, 0);
    QCOMPARE(m_testbed.ctl(user(), { "block", "198.18.77.0/24", "--timeout", "1h" }).exitCode, 0);
    const Testbed::Result saved = m_testbed.ctl(user(), { "save" });
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.describe()));

    m_testbed.killHelper();
    wipeFirewall();
    QVERIFY(m_testbed.kernelMembers("rampart-v4").isEmpty());
    QVERIFY(pings(permanent4));
    QThread::sleep(3); // the short block's time runs out while the machine is "down"

    const Testbed::Result restored = m_testbed.inHelperWorld({ RAMPART_HELPER_PATH, "--restore" });
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));

    QStringList expected { "198.18.77.0/24", permanent4 };
    expected.sort();
    QCOMPARE(m_testbed.kernelMembers("rampart-v4"), expected);
    QCOMPARE(m_testbed.kernelMembers("rampart-v6"), QStringList { permanent6 });
    QVERIFY2(!pings(permanent4), "the restored block does not drop IPv4");
    QVERIFY2(!pings(permanent6), "the restored block does not drop IPv6");
    QVERIFY2(pings(shortLived), "an expired entry came back");

    // The one-hour block keeps what is left of its hour, not a fresh one.
    const Testbed::Result listed = m_testbed.inServer({ "/usr/sbin/ipset", "list", "rampart-v4" });
    const QString line = listed.out.section("198.18.77.0/24 timeout ", 1, 1).section(u' ', 0, 0);
    QVERIFY2(line.toInt() > 3500 && line.toInt() <= 3600, qPrintable(listed.out));
}

void RestoreTest::restoreIsIdempotent()
{
    for (int run = 0; run < 2; ++run) {
        const Testbed::Result restored =
            m_testbed.inHelperWorld({ RAMPART_HELPER_PATH, "--restore" });
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    }
    for (const char *tables : { "/usr/sbin/iptables", "/usr/sbin/ip6tables" }) {
        const Testbed::Result input = m_testbed.inServer({ tables, "-w", "-S", "INPUT" });
        QCOMPARE(input.out.count("-j RAMPART"), 1);
        QVERIFY2(input.out.split(u'\n').value(1) == QLatin1String("-A INPUT -j RAMPART"),
                 qPrintable(input.out));
        const Testbed::Result chain = m_testbed.inServer({ tables, "-w", "-S", "RAMPART" });
        QCOMPARE(chain.out.count("--match-set"), 1);
    }
    // A fresh helper started by the bus finds everything in place too.
    const Testbed::Result status = m_testbed.ctl(user(), { "status", "--json" });
    QVERIFY2(status.out.contains("\"rulesInPlace\": true"), qPrintable(status.describe()));
    QVERIFY2(status.out.contains("\"inSync\": true"), qPrintable(status.describe()));
}

void RestoreTest::saveRepairsDrift()
{
    const QString peer = m_testbed.value("PEER_V4");
    QVERIFY(m_testbed.kernelMembers("rampart-v4").contains(peer));
    // Someone edits the set by hand. Status compares counts (cheap enough to poll), so it
    // sees an entry gone; save compares contents and also finds one the store never had.
    QCOMPARE(m_testbed.inServer({ "/usr/sbin/ipset", "del", "rampart-v4", peer }).exitCode, 0);
    QVERIFY(pings(peer));
    const Testbed::Result drifted = m_testbed.ctl(user(), { "status" });
    QVERIFY2(drifted.out.contains("OUT OF SYNC"), qPrintable(drifted.describe()));
    QCOMPARE(m_testbed.inServer({ "/usr/sbin/ipset", "add", "rampart-v4", "198.18.0.1" }).exitCode,
             0);
    const Testbed::Result saved = m_testbed.ctl(user(), { "save" });
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.describe()));

    QVERIFY(m_testbed.kernelMembers("rampart-v4").contains(peer));
    QVERIFY(!m_testbed.kernelMembers("rampart-v4").contains("198.18.0.1"));
    QVERIFY2(!pings(peer), "save did not put the missing entry back");
    const Testbed::Result status = m_testbed.ctl(user(), { "status", "--json" });
    QVERIFY2(status.out.contains("\"inSync\": true"), qPrintable(status.describe()));
}

void RestoreTest::verdictReject()
{
    const QString peer = m_testbed.value("PEER_V4");
    const Testbed::Result changed = m_testbed.ctl(user(), { "verdict", "reject" });
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.describe()));
    const Testbed::Result chain =
        m_testbed.inServer({ "/usr/sbin/iptables", "-w", "-S", "RAMPART" });
    QVERIFY2(chain.out.contains("-j REJECT"), qPrintable(chain.out));
    // A rejected ping is answered at once with "port unreachable" instead of timing out.
    const QString server = m_testbed.value("SERVER_V4");
    const Testbed::Result ping =
        m_testbed.inPeer({ "/usr/bin/ping", "-c", "1", "-W", "2", "-I", peer, server });
    QVERIFY(ping.exitCode != 0);
    QVERIFY2(ping.out.contains("Unreachable"), qPrintable(ping.describe()));
    // The verdict survives a reboot.
    m_testbed.killHelper();
    wipeFirewall();
    QCOMPARE(m_testbed.inHelperWorld({ RAMPART_HELPER_PATH, "--restore" }).exitCode, 0);
    QVERIFY(m_testbed.inServer({ "/usr/sbin/iptables", "-w", "-S", "RAMPART" })
                .out.contains("-j REJECT"));
    QCOMPARE(m_testbed.ctl(user(), { "verdict", "drop" }).exitCode, 0);
    QVERIFY(m_testbed.inServer({ "/usr/sbin/iptables", "-w", "-S", "RAMPART" })
                .out.contains("-j DROP"));
}

QTEST_GUILESS_MAIN(RestoreTest)
#include "restoretest.moc"
