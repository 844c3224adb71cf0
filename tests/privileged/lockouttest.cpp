// The lockout guard against the real kernel, bus and polkitd: blocking what the server
// namespace needs (its own address, its whole on-link network, its gateway) is refused by
// rampartctl without --force and works with it, by the helper's check and by rampartctl's
// own when it runs on the server; blocking the connected peer asks nothing; a feed refresh
// whose new list newly covers the server's network is refused and the last good list
// stays, with the reason on the feed; `why` names that feed for an address inside its
// aggregated network. (The helper's own refusal of a raw Block call without
// the force flag is hardeningtest's broadAndOwnNetworksNeedForce.)

#include "testbed.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class LockoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ownNetworksNeedForce_data();
    void ownNetworksNeedForce();
    void connectedPeerAsksNothing();
    void refreshThatNewlyCutsOffIsRefused();

private:
    QString user() const { return m_testbed.value("GRANTED_USER"); }
    QString writeList(const QString &name, const QByteArray &content) const;
    QString lastError(const QString &feed) const;

    Testbed m_testbed;
    QTemporaryDir m_files;
};

void LockoutTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
    QVERIFY(m_files.isValid());
    // The client runs as an unprivileged user, who must be able to read the lists.
    chmod(QFile::encodeName(m_files.path()).constData(), 0755);
    // The server routes through the peer's second address, so it has a gateway.
    QCOMPARE(m_testbed
                 .inServer({ "/usr/sbin/ip", "route", "replace", "default", "via",
                             m_testbed.value("OTHER_V4") })
                 .exitCode,
             0);
}

void LockoutTest::cleanupTestCase()
{
    m_testbed.inServer({ "/usr/sbin/ip", "route", "del", "default" });
    m_testbed.stop();
}

QString LockoutTest::writeList(const QString &name, const QByteArray &content) const
{
    return Testbed::writeReadableFile(m_files.path(), name, content);
}

QString LockoutTest::lastError(const QString &feed) const
{
    const QJsonObject info = m_testbed.feedInfo(user(), feed);
    return info.isEmpty() ? QStringLiteral("(no feed %1)").arg(feed)
                          : info.value("lastError").toString();
}

void LockoutTest::ownNetworksNeedForce_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QStringList>("reasons"); // each on standard error
    QTest::addColumn<bool>("onServer"); // rampartctl runs in the server's namespace

    const QString server = m_testbed.value("SERVER_V4");
    const QString gateway = m_testbed.value("OTHER_V4");
    for (const bool onServer : { false, true }) {
        const char *where = onServer ? "rampartctl on the server: " : "the helper: ";
        QTest::addRow("%sown address", where)
            << server << QStringList { server + " is this machine's address on veth-rt" }
            << onServer;
        QTest::addRow("%sown network", where)
            << "10.251.0.0/24"
            << QStringList { "10.251.0.0/24 covers " + server + ", this machine's address",
                             "10.251.0.0/24 covers " + gateway + ", a gateway on veth-rt",
                             "10.251.0.0/24 is this machine's own network on veth-rt" }
            << onServer;
        QTest::addRow("%spart of it", where)
            << "10.251.0.128/25"
            << QStringList { "10.251.0.128/25 covers part of 10.251.0.0/24, this machine's own "
                             "network on veth-rt" }
            << onServer;
        QTest::addRow("%sgateway", where)
            << gateway << QStringList { gateway + " is a gateway on veth-rt" } << onServer;
        QTest::addRow("%sown IPv6 network", where)
            << "fd00:251::/64"
            << QStringList { "fd00:251::/64 is this machine's own network on veth-rt" } << onServer;
    }
}

void LockoutTest::ownNetworksNeedForce()
{
    QFETCH(QString, entry);
    QFETCH(QStringList, reasons);
    QFETCH(bool, onServer);
    const auto ctl = [&](const QStringList &arguments) {
        return onServer ? m_testbed.ctlInServer(user(), arguments)
                        : m_testbed.ctl(user(), arguments);
    };
    const QString set = entry.contains(u':') ? "rampart-v6" : "rampart-v4";
    const QStringList before = m_testbed.kernelMembers(set);

    const Testbed::Result refused = ctl({ "block", entry, "--timeout", "1h" });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith("rampartctl: nothing was blocked: "),
             qPrintable(refused.describe()));
    for (const QString &reason : reasons)
        QVERIFY2(refused.err.contains(reason), qPrintable(reason + "\n" + refused.describe()));
    QVERIFY2(refused.err.contains("pass --force to block it anyway"),
             qPrintable(refused.describe()));
    QCOMPARE(m_testbed.kernelMembers(set), before);

    const Testbed::Result forced = ctl({ "block", entry, "--timeout", "1h", "--force" });
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    QVERIFY2(m_testbed.kernelMembers(set).contains(entry),
             qPrintable(m_testbed.kernelMembers(set).join(' ')));
    QCOMPARE(ctl({ "unblock", entry }).exitCode, 0);
    QCOMPARE(m_testbed.kernelMembers(set), before);
}

void LockoutTest::connectedPeerAsksNothing()
{
    // The attacker on the server's own LAN: its address alone, from the server itself.
    for (const QString &peer : { m_testbed.value("PEER_V4"), m_testbed.value("PEER_V6") }) {
        const Testbed::Result blocked =
            m_testbed.ctlInServer(user(), { "block", peer, "--timeout", "1h" });
        QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.describe()));
        const QString set = peer.contains(u':') ? "rampart-v6" : "rampart-v4";
        QVERIFY(m_testbed.kernelMembers(set).contains(peer));
        QCOMPARE(m_testbed.ctl(user(), { "unblock", peer }).exitCode, 0);
    }
}

void LockoutTest::refreshThatNewlyCutsOffIsRefused()
{
    // Two halves, which the helper keeps as the one network they make.
    const QString path = writeList("lan.txt", "198.51.100.0/25\n198.51.100.128/25\n");
    const Testbed::Result imported = m_testbed.ctl(user(), { "import", path, "--source", "lan" });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const QString set = "rampart-f1-v4";
    QCOMPARE(m_testbed.kernelMembers(set), QStringList { "198.51.100.0/24" });

    // Why is an address inside it blocked: the feed's aggregated network names the feed.
    const Testbed::Result why = m_testbed.ctl(user(), { "why", "198.51.100.200", "--json" });
    QVERIFY2(why.exitCode == 0, qPrintable(why.describe()));
    const QJsonObject answer = QJsonDocument::fromJson(why.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(answer.value("blocked").toString(), QString("yes"));
    const QJsonObject entry = answer.value("entries").toArray().at(0).toObject();
    QCOMPARE(entry.value("cidr").toString(), QString("198.51.100.0/24"));
    QCOMPARE(entry.value("source").toString(), QString("feed:lan"));
    QCOMPARE(entry.value("relation").toString(), QString("covers"));
    // And one no entry covers is said to be so, with exit 1 as grep does.
    const Testbed::Result notBlocked = m_testbed.ctl(user(), { "why", "203.0.113.99" });
    QCOMPARE(notBlocked.exitCode, 1);

    // Truncated or hostile, the list now holds the server's own /16: a refresh, as the
    // timer makes it, keeps the last good list and the feed says why.
    writeList("lan.txt", "198.51.100.0/24\n10.251.0.0/16\n");
    const Testbed::Result refreshed = m_testbed.ctl(user(), { "feeds", "update", "lan" });
    QCOMPARE(refreshed.exitCode, 1);
    const QString reason = "Covers 10.251.0.0/24, this machine's own network on veth-rt";
    QVERIFY2(refreshed.err.contains("would cut this machine off") && refreshed.err.contains(reason),
             qPrintable(refreshed.describe()));
    QVERIFY2(refreshed.err.contains("last good list stays"), qPrintable(refreshed.describe()));
    QCOMPARE(m_testbed.kernelMembers(set), QStringList { "198.51.100.0/24" });
    QVERIFY2(lastError("lan").contains(reason), qPrintable(lastError("lan")));

    // An import of it from the server itself is refused before anything is sent.
    const Testbed::Result onServer =
        m_testbed.ctlInServer(user(), { "import", path, "--source", "lan" });
    QCOMPARE(onServer.exitCode, 1);
    QVERIFY2(onServer.err.contains("nothing was imported") && onServer.err.contains(reason),
             qPrintable(onServer.describe()));
    QCOMPARE(m_testbed.kernelMembers(set), QStringList { "198.51.100.0/24" });

    // Forced, it is the administrator's call; the server's own addresses still stay out.
    const Testbed::Result forced = m_testbed.ctl(user(), { "feeds", "update", "lan", "--force" });
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    const QStringList members = m_testbed.kernelMembers(set);
    QVERIFY2(members.contains("198.51.100.0/24") && members.contains("10.251.0.128/25"),
             qPrintable(members.join(' ')));
    // Accepted once, the same coverage is no news at the next refresh.
    writeList("lan.txt", "198.51.100.0/24\n10.251.0.0/16\n203.0.113.0/24\n");
    const Testbed::Result again = m_testbed.ctl(user(), { "feeds", "update", "lan" });
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY(m_testbed.kernelMembers(set).contains("203.0.113.0/24"));
    QCOMPARE(m_testbed.ctl(user(), { "feeds", "remove", "lan" }).exitCode, 0);
}

QTEST_GUILESS_MAIN(LockoutTest)
#include "lockouttest.moc"
