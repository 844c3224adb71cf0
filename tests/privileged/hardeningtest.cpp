// What a local user, a damaged list or a slip cannot do to the helper, against the real
// bus, polkitd and kernel in the testbed's namespaces: waking the helper changes nothing;
// a jump an administrator moved stays; the feed timer's user may refresh feeds and nothing
// else; broad networks and this machine's own need force and are left out of feeds; plain
// http needs consent; names and text are strict; totals are capped and the history
// rotates; a listing holds nobody up; the store is root's alone; refusals are logged.

#include "testbed.h"

#include "client/helperclient.h"
#include "net/packedcidrs.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <fcntl.h>
#include <pwd.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Rampart;

class HardeningTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wakingTheHelperChangesNothing();
    void movedJumpStaysWhereItIs();
    void feedUserMayOnlyRefresh();
    void broadAndOwnNetworksNeedForce_data();
    void broadAndOwnNetworksNeedForce();
    void feedsLeaveOutOwnNetworks();
    void bootRestoreRemembersOwnAddresses();
    void broadFeedItemsNeedTheFeedsConsent();
    void plainHttpNeedsConsent();
    void namesAndTextAreStrict_data();
    void namesAndTextAreStrict();
    void everythingIsRefusedEarly();
    void feedsHideCredentialsFromReaders();
    void totalsAreCapped();
    void historyRotatesKeepingTheNewest();
    void listingHoldsNobodyUpAndEntriesAreCapped();
    void storeIsRootsAlone();
    void refusalsAreLogged();

private:
    Testbed::Result send(const QString &user, const QStringList &call) const;
    QDBusMessage rootCall(const QString &method, const QList<QVariant> &arguments,
                          int timeoutMs = 60000);
    QStringList ipsetNames() const;
    QString inputRules(const QString &tables = "/usr/sbin/iptables") const;
    QString writeList(const QString &name, const QByteArray &content) const;
    bool helperRunning() const;
    int storedEntries();
    QString granted() const { return m_testbed.value("GRANTED_USER"); }
    QString denied() const { return m_testbed.value("DENIED_USER"); }
    QString feeds() const { return m_testbed.value("FEEDS_USER"); }

    Testbed m_testbed;
    QTemporaryDir m_files;
    QDBusConnection m_root { QString() };
};

void HardeningTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
    QVERIFY(m_files.isValid());
    chmod(QFile::encodeName(m_files.path()).constData(), 0755);
    // The test runs as root, whom polkit always authorizes: for calls that only test what
    // the helper does with them.
    m_root = QDBusConnection::connectToBus(m_testbed.value("BUS_ADDRESS"), "hardening-root");
    QVERIFY(m_root.isConnected());
    registerHelperTypes();
}

void HardeningTest::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus("hardening-root");
    m_testbed.stop();
}

Testbed::Result HardeningTest::send(const QString &user, const QStringList &call) const
{
    QStringList command {
        "/usr/bin/dbus-send",        "--system",           "--print-reply", "--reply-timeout=20000",
        "--dest=org.rampart.Helper", "/org/rampart/Helper"
    };
    return m_testbed.asUser(user, command + call, 30000);
}

QDBusMessage HardeningTest::rootCall(const QString &method, const QList<QVariant> &arguments,
                                     int timeoutMs)
{
    QDBusMessage call = QDBusMessage::createMethodCall("org.rampart.Helper", "/org/rampart/Helper",
                                                       "org.rampart.Helper1", method);
    call.setArguments(arguments);
    return m_root.call(call, QDBus::Block, timeoutMs);
}

QStringList HardeningTest::ipsetNames() const
{
    return m_testbed.inServer({ "/usr/sbin/ipset", "list", "-n" })
        .out.split('\n', Qt::SkipEmptyParts);
}

QString HardeningTest::inputRules(const QString &tables) const
{
    return m_testbed.inServer({ tables, "-w", "-S", "INPUT" }).out;
}

QString HardeningTest::writeList(const QString &name, const QByteArray &content) const
{
    return Testbed::writeReadableFile(m_files.path(), name, content);
}

int HardeningTest::storedEntries()
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "count");
        db.setDatabaseName(m_testbed.stateDir() + "/rampart.db");
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (db.open()) {
            QSqlQuery query("SELECT COUNT(*) FROM entries", db);
            if (query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase("count");
    return count;
}

bool HardeningTest::helperRunning() const
{
    return m_testbed.helperRunning();
}

void HardeningTest::wakingTheHelperChangesNothing()
{
    QVERIFY(!helperRunning());
    // Anyone may wake the helper: the bus lets everyone ping and introspect it.
    const Testbed::Result ping = send(denied(), { "org.freedesktop.DBus.Peer.Ping" });
    QVERIFY2(ping.exitCode == 0, qPrintable(ping.describe()));
    QVERIFY(helperRunning());
    const Testbed::Result introspected =
        send(denied(), { "org.freedesktop.DBus.Introspectable.Introspect" });
    QVERIFY2(introspected.out.contains("org.rampart.Helper1"), qPrintable(introspected.describe()));
    QVERIFY2(introspected.out.contains("UpdateFeed"), qPrintable(introspected.out));
    // Nor does a refused call, nor reading.
    QCOMPARE(m_testbed.ctl(denied(), { "block", "192.0.2.44" }).exitCode, 1);
    const Testbed::Result status = m_testbed.ctl(granted(), { "status" });
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    QVERIFY2(ipsetNames().isEmpty(), qPrintable(ipsetNames().join(' ')));
    QVERIFY2(!inputRules().contains("RAMPART"), qPrintable(inputRules()));
    QVERIFY(!inputRules("/usr/sbin/ip6tables").contains("RAMPART"));

    // The first change puts sets and rules in place.
    const Testbed::Result blocked = m_testbed.ctl(granted(), { "block", "192.0.2.44" });
    QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.describe()));
    QVERIFY(ipsetNames().contains("rampart-v4"));
    QVERIFY(inputRules().contains("-A INPUT -j RAMPART"));
}

void HardeningTest::movedJumpStaysWhereItIs()
{
    // An administrator's own rule first, then Rampart's jump.
    const QString other = m_testbed.value("OTHER_V4");
    QCOMPARE(
        m_testbed.inServer({ "/usr/sbin/iptables", "-w", "-D", "INPUT", "-j", "RAMPART" }).exitCode,
        0);
    QCOMPARE(m_testbed
                 .inServer({ "/usr/sbin/iptables", "-w", "-I", "INPUT", "1", "-s", other, "-j",
                             "ACCEPT" })
                 .exitCode,
             0);
    QCOMPARE(m_testbed.inServer({ "/usr/sbin/iptables", "-w", "-I", "INPUT", "2", "-j", "RAMPART" })
                 .exitCode,
             0);
    const QString placed = inputRules();

    // A change, a restart of the helper and another change leave it there.
    QCOMPARE(m_testbed.ctl(granted(), { "block", "192.0.2.45" }).exitCode, 0);
    m_testbed.killHelper();
    QCOMPARE(m_testbed.ctl(granted(), { "unblock", "192.0.2.45" }).exitCode, 0);
    QCOMPARE(inputRules(), placed);

    const Testbed::Result status = m_testbed.ctl(granted(), { "status", "--json" });
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    const QJsonArray jumps =
        QJsonDocument::fromJson(status.out.toUtf8()).object()["jumps"].toArray();
    bool found = false;
    for (const QJsonValue &jump : jumps) {
        const QJsonObject object = jump.toObject();
        if (object["chain"] == "INPUT" && object["family"].toInt() == 4) {
            QCOMPARE(object["position"].toInt(), 2);
            QCOMPARE(object["rules"].toInt(), 2);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(status.out));
    QVERIFY2(status.out.contains("\"rulesInPlace\": true"), qPrintable(status.out));

    // Without a jump, the next change puts it first again.
    QCOMPARE(
        m_testbed.inServer({ "/usr/sbin/iptables", "-w", "-D", "INPUT", "-j", "RAMPART" }).exitCode,
        0);
    QCOMPARE(
        m_testbed
            .inServer({ "/usr/sbin/iptables", "-w", "-D", "INPUT", "-s", other, "-j", "ACCEPT" })
            .exitCode,
        0);
    QCOMPARE(m_testbed.ctl(granted(), { "block", "192.0.2.46" }).exitCode, 0);
    QVERIFY2(inputRules().split('\n').value(1) == "-A INPUT -j RAMPART", qPrintable(inputRules()));
}

void HardeningTest::feedUserMayOnlyRefresh()
{
    const QString path = writeList("timer.txt", "198.51.100.0/26\n198.51.100.128/26\n");
    const Testbed::Result added =
        m_testbed.ctl(granted(), { "feeds", "add", "timer", path, "--no-fetch" });
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));

    // What the timer does.
    const Testbed::Result refreshed = m_testbed.ctl(feeds(), { "feeds", "update", "timer" });
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.describe()));
    QVERIFY(ipsetNames().contains("rampart-f1-v4"));
    QCOMPARE(m_testbed.kernelMembers("rampart-f1-v4"),
             (QStringList { "198.51.100.0/26", "198.51.100.128/26" }));

    // And nothing else: each is refused naming the action it would need.
    const QList<std::pair<QStringList, QString>> refused {
        { { "block", "192.0.2.47" }, "org.rampart.manage" },
        { { "allow", "192.0.2.47" }, "org.rampart.manage" },
        { { "verdict", "reject" }, "org.rampart.manage" },
        { { "feeds", "add", "other", path, "--no-fetch" }, "org.rampart.manage" },
        { { "feeds", "remove", "timer" }, "org.rampart.manage" },
        { { "feeds", "update", "timer", "--force" }, "org.rampart.manage" },
        { { "list" }, "org.rampart.inspect" },
        { { "status" }, "org.rampart.inspect" },
    };
    for (const auto &[arguments, action] : refused) {
        const Testbed::Result result = m_testbed.ctl(feeds(), arguments);
        QVERIFY2(result.exitCode == 1, qPrintable(arguments.join(' ') + ": " + result.describe()));
        QVERIFY2(result.err.contains(action),
                 qPrintable(arguments.join(' ') + ": " + result.describe()));
    }
    QCOMPARE(m_testbed.kernelMembers("rampart-f1-v4").size(), 2);
    QVERIFY(!m_testbed.kernelMembers("rampart-v4").contains("192.0.2.47"));
}

void HardeningTest::broadAndOwnNetworksNeedForce_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("reason");
    QTest::newRow("quarter of IPv6") << "8000::/2"
                                     << "wider than a /16";
    QTest::newRow("IPv4 /7") << "20.0.0.0/7"
                             << "wider than a /8";
    QTest::newRow("own address") << m_testbed.value("SERVER_V4")
                                 << "this machine's address on veth-rt";
    QTest::newRow("own network") << "10.251.0.0/24"
                                 << "this machine's address on veth-rt";
    QTest::newRow("own IPv6 address") << m_testbed.value("SERVER_V6") << "this machine's address";
    QTest::newRow("gateway") << "10.251.0.3"
                             << "a gateway on veth-rt";
    QTest::newRow("IPv4 link-local") << "169.254.7.7"
                                     << "link-local";
    QTest::newRow("IPv6 link-local") << "fe80::1"
                                     << "link-local";
}

void HardeningTest::broadAndOwnNetworksNeedForce()
{
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    // The server routes through 10.251.0.3 for this test.
    const QStringList route { "/usr/sbin/ip", "route", "replace", "default", "via", "10.251.0.3" };
    QCOMPARE(m_testbed.inServer(route).exitCode, 0);
    const QStringList block { "org.rampart.Helper1.Block",
                              "array:string:" + entry,
                              "uint32:0",
                              "string:",
                              "boolean:false",
                              "uint32:0" };
    const Testbed::Result refused = send(granted(), block);
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains("org.rampart.Helper1.Error.NeedsForce"),
             qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains(reason), qPrintable(refused.describe()));
    const QString set = entry.contains(':') ? "rampart-v6" : "rampart-v4";
    QVERIFY(!m_testbed.kernelMembers(set).contains(entry));

    // With force it is the administrator's call.
    QStringList forced = block;
    forced[forced.size() - 2] = "boolean:true";
    const Testbed::Result blocked = send(granted(), forced);
    QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.describe()));
    QVERIFY2(m_testbed.kernelMembers(set).contains(entry),
             qPrintable(m_testbed.kernelMembers(set).join(' ')));
    QCOMPARE(m_testbed.ctl(granted(), { "unblock", entry }).exitCode, 0);
    m_testbed.inServer({ "/usr/sbin/ip", "route", "del", "default" });
}

void HardeningTest::feedsLeaveOutOwnNetworks()
{
    QCOMPARE(
        m_testbed.inServer({ "/usr/sbin/ip", "route", "replace", "default", "via", "10.251.0.3" })
            .exitCode,
        0);
    const QString path =
        writeList("lan.txt", "10.251.0.0/24\n169.254.0.0/16\nfe80::/10\n198.51.100.0/24\n");
    // The list covers the server's own network: the lockout guard refuses it unless forced
    // (lockouttest tests that); forced, the machine's own addresses still never reach the
    // kernel.
    const Testbed::Result imported =
        m_testbed.ctl(granted(), { "import", path, "--source", "lan", "--force" });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const QStringList members = m_testbed.kernelMembers("rampart-f2-v4");
    QVERIFY2(members.contains("198.51.100.0/24"), qPrintable(members.join(' ')));
    QVERIFY2(members.contains(m_testbed.value("PEER_V4")), qPrintable(members.join(' ')));
    for (const QString &member : members) {
        const Cidr cidr = *parseCidr(member).cidr;
        for (const QString &kept :
             { m_testbed.value("SERVER_V4"), QString("10.251.0.3"), QString("169.254.1.1") })
            QVERIFY2(!cidr.contains(*parseCidr(kept).cidr), qPrintable(member + " covers " + kept));
    }
    QVERIFY(m_testbed.kernelMembers("rampart-f2-v6").isEmpty());

    // The route gone, the gateway is no longer this machine's: the next change applies it.
    m_testbed.inServer({ "/usr/sbin/ip", "route", "del", "default" });
    QCOMPARE(m_testbed.ctl(granted(), { "block", "192.0.2.48" }).exitCode, 0);
    bool covered = false;
    for (const QString &member : m_testbed.kernelMembers("rampart-f2-v4"))
        covered = covered || parseCidr(member).cidr->contains(*parseCidr(u"10.251.0.3").cidr);
    QVERIFY2(covered, qPrintable(m_testbed.kernelMembers("rampart-f2-v4").join(' ')));
    // The feed stays (as feed 2), so that the feeds below keep the numbers they are given.
}

void HardeningTest::bootRestoreRemembersOwnAddresses()
{
    // A reboot: the firewall is empty, and the restore runs before the network is set up,
    // so the server's address is not on its interface yet.
    m_testbed.killHelper();
    for (const char *tables : { "/usr/sbin/iptables", "/usr/sbin/ip6tables" }) {
        m_testbed.inServer({ tables, "-w", "-D", "INPUT", "-j", "RAMPART" });
        m_testbed.inServer({ tables, "-w", "-F", "RAMPART" });
        m_testbed.inServer({ tables, "-w", "-X", "RAMPART" });
    }
    QCOMPARE(m_testbed.inServer({ "/usr/sbin/ipset", "destroy" }).exitCode, 0);
    const QString own = m_testbed.value("SERVER_V4") + "/24";
    QCOMPARE(m_testbed.inServer({ "/usr/sbin/ip", "addr", "del", own, "dev", "veth-rt" }).exitCode,
             0);
    const Testbed::Result restored =
        m_testbed.inHelperWorld({ RAMPART_HELPER_PATH, "--restore" }, 120000);
    m_testbed.inServer({ "/usr/sbin/ip", "addr", "add", own, "dev", "veth-rt" });
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));

    // The lan feed still leaves the address out: the helper remembered it.
    const QStringList members = m_testbed.kernelMembers("rampart-f2-v4");
    QVERIFY2(members.contains("198.51.100.0/24"), qPrintable(members.join(' ')));
    for (const QString &member : members)
        QVERIFY2(!parseCidr(member).cidr->contains(*parseCidr(m_testbed.value("SERVER_V4")).cidr),
                 qPrintable(member));
}

void HardeningTest::broadFeedItemsNeedTheFeedsConsent()
{
    // A prefix cut short in transfer: 198.62.76.0/24 arrived as /2.
    const QString cut = writeList("cut.txt", "203.0.113.0/24\n64.0.0.0/2\n");
    Testbed::Result result = m_testbed.ctl(granted(), { "import", cut, "--source", "cut" });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("64.0.0.0/2"), qPrintable(result.describe()));
    QVERIFY2(result.err.contains("more than a /8"), qPrintable(result.describe()));
    QVERIFY(m_testbed.kernelMembers("rampart-f3-v4").isEmpty());
    const QJsonArray listed =
        QJsonDocument::fromJson(
            m_testbed.ctl(granted(), { "feeds", "list", "--json" }).out.toUtf8())
            .array();
    bool recorded = false;
    for (const QJsonValue &feed : listed)
        recorded = recorded
            || (feed["name"] == "cut" && feed["lastError"].toString().contains("64.0.0.0/2"));
    QVERIFY2(recorded, "the feed shows why its list was refused");

    // FireHOL level 1 lists reserved and multicast space that wide: it is loaded.
    const QString level1 = writeList("level1.txt", "203.0.113.0/24\n224.0.0.0/3\n");
    result = m_testbed.ctl(granted(), { "import", level1, "--source", "level1" });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(m_testbed.kernelMembers("rampart-f4-v4").contains("240.0.0.0/4"));

    // A feed added allowing broad networks takes the /2, but a list covering more than a
    // quarter of the public IPv4 space still needs force.
    const QString wide = writeList("wide.txt", "203.0.113.0/24\n0.0.0.0/1\n");
    QCOMPARE(
        m_testbed.ctl(granted(), { "feeds", "add", "wide", wide, "--allow-broad", "--no-fetch" })
            .exitCode,
        0);
    result = m_testbed.ctl(granted(), { "feeds", "update", "wide" });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("of the public IPv4 space"), qPrintable(result.describe()));
    QVERIFY(m_testbed.kernelMembers("rampart-f5-v4").isEmpty());
    result = m_testbed.ctl(granted(), { "feeds", "update", "wide", "--force" });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(!m_testbed.kernelMembers("rampart-f5-v4").isEmpty());
    // Once taken, the list refreshes without force as long as it does not grow much.
    writeList("wide.txt", "203.0.113.0/24\n0.0.0.0/1\n198.51.100.7\n");
    result = m_testbed.ctl(granted(), { "feeds", "update", "wide" });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    for (const char *name : { "cut", "level1", "wide" })
        QCOMPARE(m_testbed.ctl(granted(), { "feeds", "remove", name }).exitCode, 0);
}

void HardeningTest::plainHttpNeedsConsent()
{
    const auto addFeed = [this](const QString &name, const QString &location,
                                const QString &checksum, bool insecure) {
        return send(granted(),
                    { "org.rampart.Helper1.AddFeed", "string:" + name, "string:" + location,
                      "string:auto", "uint32:0", "string:" + checksum, "uint32:50",
                      insecure ? "boolean:true" : "boolean:false", "boolean:false" });
    };
    Testbed::Result result = addFeed("plain", "http://192.0.2.80/list.txt", "", false);
    QVERIFY2(result.err.contains("InvalidArgs") && result.err.contains("plain http"),
             qPrintable(result.describe()));
    result =
        addFeed("plainsum", "https://192.0.2.80/list.txt", "http://192.0.2.80/list.sha256", false);
    QVERIFY2(result.err.contains("plain http"), qPrintable(result.describe()));
    // An https checksum vouches for the list; the administrator may also say so.
    result =
        addFeed("vouched", "http://192.0.2.80/list.txt", "https://192.0.2.80/list.sha256", false);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    result = addFeed("plain", "http://192.0.2.80/list.txt", "", true);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    const QJsonArray listed =
        QJsonDocument::fromJson(
            m_testbed.ctl(granted(), { "feeds", "list", "--json" }).out.toUtf8())
            .array();
    QHash<QString, bool> insecure;
    for (const QJsonValue &feed : listed)
        insecure.insert(feed["name"].toString(), feed["insecure"].toBool());
    QCOMPARE(insecure.value("plain"), true);
    QCOMPARE(insecure.value("vouched"), false);
    for (const char *name : { "plain", "vouched" })
        QCOMPARE(m_testbed.ctl(granted(), { "feeds", "remove", name }).exitCode, 0);
}

void HardeningTest::namesAndTextAreStrict_data()
{
    QTest::addColumn<QStringList>("call");
    QTest::addColumn<QString>("reason");
    const QStringList addFeed { "org.rampart.Helper1.AddFeed",
                                "string:nl\n",
                                "string:/tmp/nl.txt",
                                "string:auto",
                                "uint32:0",
                                "string:",
                                "uint32:50",
                                "boolean:false",
                                "boolean:false" };
    QTest::newRow("name with a final newline") << addFeed << "is not a feed name";
    QStringList format = addFeed;
    format[1] = "string:nl";
    format[3] = "string:auto\n";
    QTest::newRow("format with a final newline") << format << "is not a feed format";
    const QString override = QString(QChar(0x202e));
    QTest::newRow("comment with right-to-left override")
        << QStringList { "org.rampart.Helper1.Block",     "array:string:192.0.2.60", "uint32:0",
                         "string:txt" + override + "gnp", "boolean:false",           "uint32:0" }
        << "invisible formatting character";
    QTest::newRow("comment with zero-width space")
        << QStringList { "org.rampart.Helper1.Allow", "array:string:192.0.2.60",
                         "string:a" + QString(QChar(0x200b)) + "b" }
        << "invisible formatting character";
    QTest::newRow("comment with byte-order mark")
        << QStringList { "org.rampart.Helper1.Block",
                         "array:string:192.0.2.60",
                         "uint32:0",
                         "string:" + QString(QChar(0xfeff)) + "spam",
                         "boolean:false",
                         "uint32:0" }
        << "invisible formatting character";
    QTest::newRow("comment with a private-use character")
        << QStringList { "org.rampart.Helper1.Block",        "array:string:192.0.2.60", "uint32:0",
                         "string:" + QString(QChar(0xe000)), "boolean:false",           "uint32:0" }
        << "invisible formatting character";
}

void HardeningTest::namesAndTextAreStrict()
{
    QFETCH(QStringList, call);
    QFETCH(QString, reason);
    const Testbed::Result result = send(granted(), call);
    QVERIFY2(result.exitCode != 0, qPrintable(result.describe()));
    QVERIFY2(result.err.contains("InvalidArgs"), qPrintable(result.describe()));
    QVERIFY2(result.err.contains(reason), qPrintable(result.describe()));
    QVERIFY(!m_testbed.kernelMembers("rampart-v4").contains("192.0.2.60"));
    const Testbed::Result listed = m_testbed.ctl(granted(), { "feeds", "list", "--json" });
    QVERIFY2(!listed.out.contains("\"nl"), qPrintable(listed.out));
}

void HardeningTest::everythingIsRefusedEarly()
{
    // Unblock and Disallow of every address are refused while parsing, not by ipset.
    for (const QString &method : { "Unblock", "Disallow" }) {
        for (const QString &everything : { "0.0.0.0/0", "::/0" }) {
            const Testbed::Result result =
                send(granted(), { "org.rampart.Helper1." + method, "array:string:" + everything });
            QVERIFY2(result.err.contains("InvalidArgs"), qPrintable(result.describe()));
            QVERIFY2(result.err.contains("covers every address"), qPrintable(result.describe()));
        }
    }
    // A call of the wrong shape is answered before polkit is asked: even for a user polkit
    // would refuse, the answer is about its shape.
    const Testbed::Result shape =
        send(denied(), { "org.rampart.Helper1.Block", "array:string:192.0.2.61", "uint32:0" });
    QVERIFY2(shape.err.contains("InvalidArgs") && shape.err.contains("\"asusbu\""),
             qPrintable(shape.describe()));
}

void HardeningTest::feedsHideCredentialsFromReaders()
{
    QDBusMessage reply =
        rootCall("AddFeed",
                 { "secret", "https://reader:s3cr3t@feeds.example/list.txt?apikey=K3Y&format=txt",
                   "auto", 0u, "", 50u, false, false });
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    // The granted user reads as inspect and as refresh-feeds (which manage implies).
    const Testbed::Result shown = send(granted(), { "org.rampart.Helper1.Feeds", "boolean:false" });
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    QVERIFY2(shown.out.contains("feeds.example") && shown.out.contains("***"),
             qPrintable(shown.out));
    QVERIFY2(!shown.out.contains("s3cr3t") && !shown.out.contains("K3Y"), qPrintable(shown.out));
    QVERIFY2(shown.out.contains("format=txt"), qPrintable(shown.out));
    const Testbed::Result whole = send(granted(), { "org.rampart.Helper1.Feeds", "boolean:true" });
    QVERIFY2(whole.out.contains("s3cr3t") && whole.out.contains("K3Y"),
             qPrintable(whole.describe()));
    // The feed timer's user reads them whole, to fetch them; it cannot read them as shown.
    QVERIFY(send(feeds(), { "org.rampart.Helper1.Feeds", "boolean:true" }).out.contains("s3cr3t"));
    QVERIFY(send(feeds(), { "org.rampart.Helper1.Feeds", "boolean:false" })
                .err.contains("org.rampart.inspect"));
    // A client that sends the feed back as it was shown keeps the credentials.
    reply = rootCall("AddFeed",
                     { "secret", "https://***@feeds.example/list.txt?apikey=***&format=txt", "auto",
                       3600u, "", 50u, false, false });
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QVERIFY(send(granted(), { "org.rampart.Helper1.Feeds", "boolean:true" })
                .out.contains("reader:s3cr3t@"));
    // A failed download's error may name its URL; readers see it without the secrets.
    reply = rootCall("RecordFeedCheck",
                     { "secret", "https://reader:s3cr3t@feeds.example/list.txt?apikey=K3Y: 404" });
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    const Testbed::Result failed =
        send(granted(), { "org.rampart.Helper1.Feeds", "boolean:false" });
    QVERIFY2(failed.out.contains("404") && !failed.out.contains("s3cr3t")
                 && !failed.out.contains("K3Y"),
             qPrintable(failed.out));
    QVERIFY(send(granted(), { "org.rampart.Helper1.Feeds", "boolean:true" })
                .out.contains("apikey=K3Y: 404"));
    QCOMPARE(rootCall("RemoveFeed", { "secret" }).type(), QDBusMessage::ReplyMessage);
}

void HardeningTest::totalsAreCapped()
{
    // The allowlist: one call past its total.
    QStringList many;
    for (int i = 0; i < maxAllowlistEntries + 1; ++i)
        many << QStringLiteral("100.%1.%2.%3")
                    .arg(64 + (i >> 16))
                    .arg((i >> 8) & 0xff)
                    .arg(i & 0xff);
    QDBusMessage reply = rootCall("Allow", { many, QString() });
    QCOMPARE(reply.errorName(), QString("org.freedesktop.DBus.Error.LimitsExceeded"));
    QVERIFY2(reply.errorMessage().contains(QString::number(maxAllowlistEntries)),
             qPrintable(reply.errorMessage()));

    // Feeds: as many as the helper keeps, and not one more.
    const QString path = writeList("small.txt", "203.0.113.9\n");
    int existing = 0;
    {
        HelperClient client(m_root);
        QDBusPendingReply<QList<FeedInfo>> listed = client.feeds(false);
        listed.waitForFinished();
        QVERIFY(!listed.isError());
        existing = int(listed.value().size());
    }
    for (int i = existing; i < maxFeeds; ++i) {
        reply = rootCall(
            "AddFeed", { QStringLiteral("cap%1").arg(i), path, "auto", 0u, "", 50u, false, false });
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    }
    reply = rootCall("AddFeed", { "onetoomany", path, "auto", 0u, "", 50u, false, false });
    QCOMPARE(reply.errorName(), QString("org.freedesktop.DBus.Error.LimitsExceeded"));
    // Changing one that exists is still fine.
    reply = rootCall(
        "AddFeed",
        { QStringLiteral("cap%1").arg(maxFeeds - 1), path, "auto", 3600u, "", 50u, false, false });
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    for (int i = existing; i < maxFeeds; ++i)
        QCOMPARE(rootCall("RemoveFeed", { QStringLiteral("cap%1").arg(i) }).type(),
                 QDBusMessage::ReplyMessage);
}

void HardeningTest::historyRotatesKeepingTheNewest()
{
    QFile settings(m_testbed.value("ETC_DIR") + "/helper.conf");
    QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
    settings.write("# kept short for the test\nhistory-rows = 1000\n");
    settings.close();
    chmod(QFile::encodeName(settings.fileName()).constData(), 0644);
    m_testbed.killHelper();

    const QString store = m_testbed.stateDir() + "/rampart.db";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "history");
        db.setDatabaseName(store);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec("BEGIN"));
        for (int i = 0; i < 1200; ++i)
            QVERIFY(query.exec(
                QStringLiteral(
                    "INSERT INTO history (uid, action, entry_count, entries, detail, time)"
                    " VALUES (0, 'old', 0, '', '', %1)")
                    .arg(1700000000 + i)));
        QVERIFY(query.exec("COMMIT"));
        db.close();
    }
    QSqlDatabase::removeDatabase("history");

    // The next change rotates: the newest 1,000 rows stay, the rest become one summary.
    QCOMPARE(m_testbed.ctl(granted(), { "block", "192.0.2.62" }).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "history");
        db.setDatabaseName(store);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec("SELECT COUNT(*) FROM history") && query.next());
        QCOMPARE(query.value(0).toInt(), 1001);
        QVERIFY(query.exec("SELECT detail FROM history WHERE action = 'history-rotated'")
                && query.next());
        QVERIFY2(query.value(0).toString().contains("folded into this one"),
                 qPrintable(query.value(0).toString()));
        QVERIFY2(query.value(0).toString().contains("old "), qPrintable(query.value(0).toString()));
        QVERIFY(query.exec("SELECT action FROM history ORDER BY id DESC LIMIT 2") && query.next());
        QCOMPARE(query.value(0).toString(), QString("history-rotated"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QString("block"));
        // However the store is written to, the newest rows cannot go, nor change.
        QVERIFY(!query.exec("DELETE FROM history WHERE id = (SELECT MAX(id) FROM history)"));
        QVERIFY(query.lastError().text().contains("append-only"));
        QVERIFY(!query.exec(
            "UPDATE history SET detail = 'x' WHERE id = (SELECT MIN(id) FROM history)"));
        db.close();
    }
    QSqlDatabase::removeDatabase("history");
    settings.remove();
    m_testbed.killHelper();
}

void HardeningTest::listingHoldsNobodyUpAndEntriesAreCapped()
{
    // A million entries in the store make a listing of tens of megabytes.
    QStringList entries;
    entries.reserve(1'000'000);
    for (quint32 i = 0; i < 1'000'000; ++i) {
        const quint32 address = (20u << 24) + i;
        entries << QStringLiteral("%1.%2.%3.%4")
                       .arg(address >> 24)
                       .arg((address >> 16) & 0xff)
                       .arg((address >> 8) & 0xff)
                       .arg(address & 0xff);
    }
    HelperClient client(m_root);
    QDBusPendingReply<uint, uint, qlonglong> blocked = client.block(entries, 0, "bulk", true);
    blocked.waitForFinished();
    QVERIFY2(!blocked.isError(), qPrintable(HelperClient::describe(blocked.error())));

    // Four listings are built or wait at a time (each is the whole blocklist in memory);
    // a fifth is refused at once.
    QList<QDBusPendingReply<QDBusUnixFileDescriptor>> listings;
    for (int i = 0; i < 5; ++i)
        listings << client.list();
    QDBusPendingReply<QDBusUnixFileDescriptor> listing = listings.first();
    QDBusPendingReply<HelperStatus> status = client.status();
    QElapsedTimer waited;
    waited.start();
    while (!status.isFinished() && waited.elapsed() < 30000)
        QTest::qWait(5);
    QVERIFY(status.isFinished());
    QVERIFY2(!status.isError(), qPrintable(HelperClient::describe(status.error())));
    // The status came back while the listing was still being built.
    QVERIFY2(!listing.isFinished(), "the listing should take longer than a status");
    const Testbed::Result ping = send(denied(), { "org.freedesktop.DBus.Peer.Ping" });
    QVERIFY2(ping.exitCode == 0, qPrintable(ping.describe()));
    listing.waitForFinished();
    QVERIFY2(!listing.isError(), qPrintable(HelperClient::describe(listing.error())));
    QString error;
    QCOMPARE(HelperClient::readListing(listing.value(), &error).size() >= 1'000'000, true);
    int refused = 0;
    for (QDBusPendingReply<QDBusUnixFileDescriptor> &other : listings) {
        other.waitForFinished();
        if (other.isError()) {
            QCOMPARE(other.error().type(), QDBusError::LimitsExceeded);
            QVERIFY2(other.error().message().contains("listings are being built"),
                     qPrintable(other.error().message()));
            ++refused;
        }
    }
    QCOMPARE(refused, 1);

    // The store keeps at most maxStoredEntries manual entries: up to it they fit, one more
    // does not.
    QStringList more;
    more.reserve(1'000'000);
    for (quint32 i = 0; i < 1'000'000; ++i) {
        const quint32 address = (40u << 24) + i;
        more << QStringLiteral("%1.%2.%3.%4")
                    .arg(address >> 24)
                    .arg((address >> 16) & 0xff)
                    .arg((address >> 8) & 0xff)
                    .arg(address & 0xff);
    }
    more = more.mid(0, maxStoredEntries - storedEntries());
    blocked = client.block(more, 0, "bulk", true);
    blocked.waitForFinished();
    QVERIFY2(!blocked.isError(), qPrintable(HelperClient::describe(blocked.error())));
    blocked = client.block({ "203.0.113.99" }, 0, "one too many", true);
    blocked.waitForFinished();
    QCOMPARE(blocked.error().type(), QDBusError::LimitsExceeded);
    QVERIFY2(blocked.error().message().contains(QString::number(maxStoredEntries)),
             qPrintable(blocked.error().message()));

    for (const QStringList *list : { &entries, &more }) {
        QDBusPendingReply<uint, QStringList> unblocked = client.unblock(*list);
        unblocked.waitForFinished();
        QVERIFY(!unblocked.isError());
    }
}

void HardeningTest::storeIsRootsAlone()
{
    // While the helper has the store open, its journal files exist too.
    QCOMPARE(m_testbed.ctl(granted(), { "status" }).exitCode, 0);
    struct stat info
    {
    };
    QCOMPARE(stat(QFile::encodeName(m_testbed.stateDir()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0700));
    for (const char *name : { "rampart.db", "rampart.db-wal", "rampart.db-shm" }) {
        const QString path = m_testbed.stateDir() + '/' + name;
        QVERIFY2(stat(QFile::encodeName(path).constData(), &info) == 0, qPrintable(path));
        QCOMPARE(info.st_uid, uid_t(0));
        QVERIFY2((info.st_mode & 07777) == 0600,
                 qPrintable(QString::number(info.st_mode & 07777, 8) + " " + path));
    }
}

void HardeningTest::refusalsAreLogged()
{
    const passwd *user = getpwnam(qPrintable(denied()));
    QVERIFY(user);
    const QString who = QStringLiteral("uid %1").arg(user->pw_uid);
    QFile log(m_testbed.value("BUS_LOG"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    log.readAll(); // what earlier tests left
    for (int i = 0; i < 30; ++i)
        QCOMPARE(m_testbed.ctl(denied(), { "block", "192.0.2.63" }).exitCode, 1);
    const QStringList lines = QString::fromUtf8(log.readAll()).split('\n');
    int refusals = 0;
    QString sample;
    for (const QString &line : lines) {
        if (line.contains("refused Block (org.rampart.manage) from " + who)) {
            ++refusals;
            sample = line;
        }
    }
    QVERIFY2(refusals >= 1, qPrintable(lines.join('\n').right(2000)));
    QVERIFY2(sample.contains("org.freedesktop.DBus.Error.AccessDenied"), qPrintable(sample));
    QVERIFY2(sample.contains("not authorized for org.rampart.manage"), qPrintable(sample));
    // Rate-limited: a flood of refusals does not flood the log.
    QVERIFY2(refusals <= 10, qPrintable(QString::number(refusals)));
}

QTEST_GUILESS_MAIN(HardeningTest)
#include "hardeningtest.moc"
