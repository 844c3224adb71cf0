// Feeds end to end, against the real helper, bus, polkitd and kernel: a list imported
// from a file or a URL reaches a kernel set of its own and drops the peer's packets; a
// refresh applies only the difference; a broken, empty or shrunken download keeps the last
// good list; the allowlist lets a listed source through; a reboot brings the feed back.

#include "testbed.h"
#include "testmmdb.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "client/helperclient.h"
#include "net/packedcidrs.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Rampart;

class FeedTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importReportsBadLinesAndBlocks();
    void refreshAppliesTheDifference();
    void suspiciousListsKeepTheLastGoodOne_data();
    void suspiciousListsKeepTheLastGoodOne();
    void allowlistLetsASourceThrough();
    void deniedUserChangesNothing();
    void helperRefusesWhatNoClientShouldSend();
    void urlFeedIsConditional();
    void restoreBringsFeedsBack();
    void removeTakesTheSetsAway();
    void countryFollowsTheDatabase();

private:
    bool pings(const QString &source) const;
    QString writeFeed(const QString &name, const QByteArray &content) const;
    QJsonObject feedInfo(const QString &name) const;
    QString user() const { return m_testbed.value("GRANTED_USER"); }

    Testbed m_testbed;
    QTemporaryDir m_files;
    QProcess m_web;
    quint16 m_webPort = 0;
    QStringList m_listed; // the networks of the file feed as last written
};

void FeedTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
    QVERIFY(m_files.isValid());
    // The client runs as an unprivileged user, who must be able to read the lists.
    chmod(QFile::encodeName(m_files.path()).constData(), 0755);

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_webPort = probe.serverPort();
    probe.close();
    // Python's file server answers If-Modified-Since with 304 and a missing file with 404.
    m_web.setProgram("/usr/bin/python3");
    m_web.setArguments({ "-m", "http.server", "--bind", "127.0.0.1", "--directory", m_files.path(),
                         QString::number(m_webPort) });
    m_web.start();
    QVERIFY(m_web.waitForStarted());
    QTcpSocket socket;
    for (int i = 0; i < 50; ++i) {
        socket.connectToHost(QHostAddress::LocalHost, m_webPort);
        if (socket.waitForConnected(100))
            break;
        QTest::qWait(100);
    }
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void FeedTest::cleanupTestCase()
{
    m_web.kill();
    m_web.waitForFinished();
    m_testbed.stop();
}

bool FeedTest::pings(const QString &source) const
{
    const QString server =
        source.contains(u':') ? m_testbed.value("SERVER_V6") : m_testbed.value("SERVER_V4");
    return m_testbed.inPeer({ "/usr/bin/ping", "-c", "1", "-W", "1", "-I", source, server }, 10000)
               .exitCode
        == 0;
}

QString FeedTest::writeFeed(const QString &name, const QByteArray &content) const
{
    return Testbed::writeReadableFile(m_files.path(), name, content);
}

QJsonObject FeedTest::feedInfo(const QString &name) const
{
    return m_testbed.feedInfo(user(), name);
}

// Addresses of the benchmarking range 198.18.0.0/15, which only ever exist in the test's
// namespaces. Even last bytes only, so that no two aggregate into one network.
QStringList randomHosts(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QSet<QString> hosts;
    while (hosts.size() < count) {
        const quint32 low = random.bounded(1u << 17) & ~1u;
        hosts.insert(QStringLiteral("198.%1.%2.%3")
                         .arg(18 + (low >> 16))
                         .arg((low >> 8) & 0xff)
                         .arg(low & 0xff));
    }
    QStringList sorted(hosts.begin(), hosts.end());
    sorted.sort();
    return sorted;
}

void FeedTest::importReportsBadLinesAndBlocks()
{
    m_listed = randomHosts(2000, 1);
    m_listed << m_testbed.value("PEER_V4") << m_testbed.value("PEER_V6");
    QByteArray content = "# a FireHOL-style list\n";
    for (int i = 0; i < m_listed.size(); ++i) {
        content += m_listed[i].toLatin1() + '\n';
        if (i == 10)
            content += "999.1.1.1\n"; // line 13
        if (i == 20)
            content += "not-an-address ; comment\n"; // line 24
    }
    const QString path = writeFeed("level1.netset", content);

    const Testbed::Result imported =
        m_testbed.ctl(user(), { "import", path, "--source", "level1", "--json" });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const QJsonObject summary = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    QCOMPARE(summary.value("valid").toInteger(), m_listed.size());
    QCOMPARE(summary.value("invalid").toInteger(), 2);
    const QJsonArray errors = summary.value("errors").toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].toObject().value("line").toInteger(), 13);
    QCOMPARE(errors[0].toObject().value("text").toString(), QString("999.1.1.1"));
    QCOMPARE(errors[1].toObject().value("line").toInteger(), 24);
    QVERIFY(!errors[1].toObject().value("reason").toString().isEmpty());

    const QStringList members = m_testbed.kernelMembers("rampart-f1-v4");
    QCOMPARE(members.size(), m_listed.size() - 1);
    QVERIFY(members.contains(m_testbed.value("PEER_V4")));
    QCOMPARE(m_testbed.kernelMembers("rampart-f1-v6"), QStringList { m_testbed.value("PEER_V6") });
    QVERIFY2(!pings(m_testbed.value("PEER_V4")), "the feed does not drop IPv4");
    QVERIFY2(!pings(m_testbed.value("PEER_V6")), "the feed does not drop IPv6");
    QVERIFY2(pings(m_testbed.value("OTHER_V4")), "a source not in the feed is dropped");

    const Testbed::Result listed = m_testbed.ctl(user(), { "list", "--json" });
    bool found = false;
    for (const QJsonValue &entry : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        if (entry.toObject().value("cidr").toString() == m_testbed.value("PEER_V4")) {
            found = true;
            QCOMPARE(entry.toObject().value("source").toString(), QString("feed:level1"));
        }
    }
    QVERIFY2(found, qPrintable(listed.out.left(2000)));
    const Testbed::Result status = m_testbed.ctl(user(), { "status", "--json" });
    QVERIFY2(status.out.contains("\"inSync\": true"), qPrintable(status.describe()));
}

void FeedTest::refreshAppliesTheDifference()
{
    // 1 % churn: 20 addresses leave the list and 20 new ones join it.
    QStringList next = m_listed;
    const QStringList leaving = next.mid(100, 20);
    for (const QString &host : leaving)
        next.removeOne(host);
    QStringList joining;
    for (int i = 0; i < 20; ++i)
        joining << QStringLiteral("203.0.113.%1").arg(2 * i + 2);
    next += joining;
    QByteArray content;
    for (const QString &host : std::as_const(next))
        content += host.toLatin1() + '\n';
    writeFeed("level1.netset", content);

    const Testbed::Result updated = m_testbed.ctl(user(), { "feeds", "update", "level1" });
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.describe()));
    QVERIFY2(updated.out.contains("20 networks added to the firewall, 20 removed"),
             qPrintable(updated.out));
    const QStringList members = m_testbed.kernelMembers("rampart-f1-v4");
    for (const QString &host : joining)
        QVERIFY2(members.contains(host), qPrintable(host));
    for (const QString &host : leaving)
        QVERIFY2(!members.contains(host), qPrintable(host));
    QCOMPARE(members.size(), next.size() - 1);
    m_listed = next;
}

void FeedTest::suspiciousListsKeepTheLastGoodOne_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("html page") << QByteArray(
        "<!DOCTYPE html>\n<html><body>Rate limited</body></html>\n")
                               << "web page";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("shrunk to 10 lines") << randomHosts(10, 7).join('\n').toLatin1() << "shrink";
}

void FeedTest::suspiciousListsKeepTheLastGoodOne()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QStringList before = m_testbed.kernelMembers("rampart-f1-v4");
    const QString path = writeFeed("level1.netset", content);

    const Testbed::Result refused = m_testbed.ctl(user(), { "feeds", "update", "level1" });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(reason, Qt::CaseInsensitive), qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains("last good list stays"), qPrintable(refused.describe()));
    QCOMPARE(m_testbed.kernelMembers("rampart-f1-v4"), before);
    QVERIFY(!pings(m_testbed.value("PEER_V4")));
    const QString lastError = feedInfo("level1").value("lastError").toString();
    QVERIFY2(lastError.contains(reason, Qt::CaseInsensitive), qPrintable(lastError));

    // The good list again, for the tests that follow.
    writeFeed("level1.netset", m_listed.join('\n').toLatin1() + '\n');
    QCOMPARE(m_testbed.ctl(user(), { "feeds", "update", "level1" }).exitCode, 0);
    QVERIFY(feedInfo("level1").value("lastError").isNull());
    Q_UNUSED(path);
}

void FeedTest::allowlistLetsASourceThrough()
{
    const QString peer = m_testbed.value("PEER_V4");
    const Testbed::Result allowed =
        m_testbed.ctl(user(), { "allow", peer, "--comment", "our monitoring host" });
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.describe()));
    QVERIFY(!m_testbed.kernelMembers("rampart-f1-v4").contains(peer));
    QVERIFY2(pings(peer), "an allowlisted source is still dropped");
    const Testbed::Result listed = m_testbed.ctl(user(), { "allow", "--list" });
    QVERIFY2(listed.out.contains(peer) && listed.out.contains("our monitoring host"),
             qPrintable(listed.describe()));

    // The preview counts what the allowlist takes out.
    const QString path = QDir(m_files.path()).filePath("level1.netset");
    const Testbed::Result preview =
        m_testbed.ctl(user(), { "import", path, "--dry-run", "--json" });
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.describe()));
    const QJsonObject summary = QJsonDocument::fromJson(preview.out.toUtf8()).object();
    QCOMPARE(summary.value("allowlisted").toInteger(), 1);

    const Testbed::Result removed = m_testbed.ctl(user(), { "allow", "--remove", peer });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QVERIFY(m_testbed.kernelMembers("rampart-f1-v4").contains(peer));
    QVERIFY2(!pings(peer), "the source passes after leaving the allowlist");
}

void FeedTest::deniedUserChangesNothing()
{
    const QString path = QDir(m_files.path()).filePath("level1.netset");
    const QStringList before = m_testbed.kernelMembers("rampart-f1-v4");
    const QString denied = m_testbed.value("DENIED_USER");
    for (const QStringList &command : { QStringList { "import", path, "--source", "intruder" },
                                        QStringList { "allow", m_testbed.value("PEER_V4") },
                                        QStringList { "feeds", "remove", "level1" } }) {
        const Testbed::Result refused = m_testbed.ctl(denied, command);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Not authorized"), qPrintable(refused.describe()));
    }
    QCOMPARE(m_testbed.kernelMembers("rampart-f1-v4"), before);
    QVERIFY(feedInfo("intruder").isEmpty());
}

namespace {

// A memory file holding data, sealed or not, as a client would pass it.
QDBusUnixFileDescriptor memoryFile(const QByteArray &data, bool sealed)
{
    const int fd = memfd_create("feedtest", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0 || write(fd, data.constData(), size_t(data.size())) != data.size())
        return {};
    if (sealed)
        fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
    const QDBusUnixFileDescriptor file(fd);
    close(fd);
    return file;
}

} // namespace

void FeedTest::helperRefusesWhatNoClientShouldSend()
{
    // Straight to the helper, past rampartctl's own checks, as any program on the bus could.
    const QString busName = QStringLiteral("feedtest-raw");
    QDBusConnection bus = QDBusConnection::connectToBus(m_testbed.value("BUS_ADDRESS"), busName);
    const auto update = [&](const QDBusUnixFileDescriptor &file) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            "org.rampart.Helper", "/org/rampart/Helper", "org.rampart.Helper1", "UpdateFeed");
        call << QString("level1") << QVariant::fromValue(file) << QString() << QString() << true
             << QVariant::fromValue(uint(0));
        return bus.call(call, QDBus::Block, 60000);
    };
    const QStringList before = m_testbed.kernelMembers("rampart-f1-v4");
    const QList<Cidr> list { *parseCidr(m_testbed.value("PEER_V4")).cidr };

    // A file the client could still change while the helper reads it.
    QDBusMessage reply = update(memoryFile(PackedCidrs::encode(list), false));
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QVERIFY2(reply.errorMessage().contains("sealed"), qPrintable(reply.errorMessage()));

    // A record no encoder writes.
    QByteArray damaged = PackedCidrs::encode(list);
    damaged[PackedCidrs::magic.size()] = 9;
    reply = update(memoryFile(damaged, true));
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QVERIFY2(reply.errorMessage().contains("record 1"), qPrintable(reply.errorMessage()));

    // A list that would block everything.
    reply = update(memoryFile(
        PackedCidrs::encode(list + QList<Cidr> { *parseCidr(u"0.0.0.0/0").cidr }), true));
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QVERIFY2(reply.errorMessage().contains("every address"), qPrintable(reply.errorMessage()));
    QCOMPARE(m_testbed.kernelMembers("rampart-f1-v4"), before);

    // Loopback, multicast and the unspecified address are left out; the rest is applied.
    QList<Cidr> withReserved = list;
    for (const char16_t *text : { u"127.0.0.0/8", u"224.0.0.0/3", u"0.0.0.0/8", u"::1" })
        withReserved << *parseCidr(text).cidr;
    reply = update(memoryFile(PackedCidrs::encode(withReserved), true));
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    const QStringList members = m_testbed.kernelMembers("rampart-f1-v4");
    QVERIFY(members.contains(m_testbed.value("PEER_V4")));
    for (const QString &member : members) {
        const Cidr cidr = *parseCidr(member).cidr;
        for (const char16_t *text : { u"127.0.0.1", u"224.0.0.1", u"0.0.0.0" })
            QVERIFY2(!cidr.contains(*parseCidr(text).cidr), qPrintable(member));
    }
    QVERIFY(m_testbed.kernelMembers("rampart-f1-v6").isEmpty());
    QDBusConnection::disconnectFromBus(busName);

    // The good list again, for the tests that follow.
    writeFeed("level1.netset", m_listed.join('\n').toLatin1() + '\n');
    const Testbed::Result restored =
        m_testbed.ctl(user(), { "feeds", "update", "level1", "--force" });
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    QCOMPARE(m_testbed.kernelMembers("rampart-f1-v4"), before);
}

void FeedTest::urlFeedIsConditional()
{
    const QString other = m_testbed.value("OTHER_V4");
    writeFeed("drop.txt",
              "; Spamhaus DROP style\n" + other.toLatin1()
                  + "/32 ; SBL1\n198.51.100.0/24 ; SBL2\n");
    const QString url = QStringLiteral("http://127.0.0.1:%1/drop.txt").arg(m_webPort);
    const Testbed::Result added =
        m_testbed.ctl(user(), { "feeds", "add", "drop", url, "--every", "1h" });
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    QVERIFY2(!pings(other), "the URL feed does not drop its source");
    QStringList expected { "198.51.100.0/24", other };
    expected.sort();
    QCOMPARE(m_testbed.kernelMembers("rampart-f2-v4"), expected);

    // Unchanged on the server: a conditional request, a 304, nothing to apply.
    const Testbed::Result again = m_testbed.ctl(user(), { "feeds", "update", "drop" });
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(again.out.contains("unchanged"), qPrintable(again.out));

    // Gone from the server: the error is kept with the feed and the list stays.
    QVERIFY(QFile::remove(QDir(m_files.path()).filePath("drop.txt")));
    const Testbed::Result missing = m_testbed.ctl(user(), { "feeds", "update", "drop" });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("404"), qPrintable(missing.describe()));
    QVERIFY(feedInfo("drop").value("lastError").toString().contains("404"));
    QVERIFY(!pings(other));

    // Not due again for an hour: the timer's update leaves it alone.
    const Testbed::Result due = m_testbed.ctl(user(), { "feeds", "update" });
    QVERIFY2(due.exitCode == 0, qPrintable(due.describe()));
    QVERIFY2(due.out.contains("No feed is due"), qPrintable(due.out));
}

void FeedTest::restoreBringsFeedsBack()
{
    const QStringList before = m_testbed.kernelMembers("rampart-f1-v4");
    QVERIFY(!before.isEmpty());
    m_testbed.killHelper();
    for (const char *tables : { "/usr/sbin/iptables", "/usr/sbin/ip6tables" }) {
        m_testbed.inServer({ tables, "-w", "-D", "INPUT", "-j", "RAMPART" });
        m_testbed.inServer({ tables, "-w", "-F", "RAMPART" });
        m_testbed.inServer({ tables, "-w", "-X", "RAMPART" });
    }
    for (const char *set : { "rampart-v4", "rampart-v6", "rampart-f1-v4", "rampart-f1-v6",
                             "rampart-f2-v4", "rampart-f2-v6" })
        m_testbed.inServer({ "/usr/sbin/ipset", "destroy", set });
    QVERIFY(pings(m_testbed.value("PEER_V4")));

    const Testbed::Result restored = m_testbed.inHelperWorld({ RAMPART_HELPER_PATH, "--restore" });
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    QCOMPARE(m_testbed.kernelMembers("rampart-f1-v4"), before);
    QVERIFY2(!pings(m_testbed.value("PEER_V4")), "the restored feed does not drop IPv4");
    QVERIFY2(!pings(m_testbed.value("PEER_V6")), "the restored feed does not drop IPv6");
}

void FeedTest::removeTakesTheSetsAway()
{
    const Testbed::Result removed = m_testbed.ctl(user(), { "feeds", "remove", "level1" });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QCOMPARE(m_testbed.inServer({ "/usr/sbin/ipset", "list", "-n", "rampart-f1-v4" }).exitCode, 1);
    QVERIFY2(pings(m_testbed.value("PEER_V4")), "the source is dropped after its feed went");
    const Testbed::Result rules =
        m_testbed.inServer({ "/usr/sbin/iptables", "-w", "-S", "RAMPART" });
    QVERIFY2(!rules.out.contains("rampart-f1-"), qPrintable(rules.out));
    QVERIFY2(rules.out.contains("rampart-f2-v4"), qPrintable(rules.out));
    const Testbed::Result status = m_testbed.ctl(user(), { "status", "--json" });
    QVERIFY2(status.out.contains("\"rulesInPlace\": true"), qPrintable(status.describe()));
}

void FeedTest::countryFollowsTheDatabase()
{
    // A database of the test's own, chosen in the user's settings as the window would: the
    // peer and a benchmarking network in New Zealand, the other source in Australia.
    const QString peer4 = m_testbed.value("PEER_V4");
    const QString peer6 = m_testbed.value("PEER_V6");
    // The other source's IPv6 address: its IPv4 one is in the "drop" feed.
    const QString other6 = m_testbed.value("OTHER_V6");
    const QString database = QDir(m_files.path()).filePath("countries.mmdb");
    const auto writeDatabase = [&](const QString &peerCountry, const QString &restCountry = "NZ") {
        const QByteArray networks = QStringLiteral(R"([
            ["%1/32", {"country_code": "%4"}],
            ["%2/128", {"country_code": "%5"}],
            ["198.18.7.0/24", {"country": {"iso_code": "%5"}}],
            ["%3/128", {"country_code": "AU"}]])")
                                        .arg(peer4, peer6, other6, peerCountry, restCountry)
                                        .toUtf8();
        // Whole or not at all, as a database update would be.
        const QString next = database + ".new";
        QString error;
        if (TestMmdb::write(next, networks, &error) < 0) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        chmod(QFile::encodeName(next).constData(), 0644);
        return ::rename(QFile::encodeName(next).constData(),
                        QFile::encodeName(database).constData())
            == 0;
    };
    QVERIFY(writeDatabase("NZ"));
    const QString config = QDir(m_files.path()).filePath("config");
    QVERIFY(QDir().mkpath(config + "/rampart.org"));
    QFile settings(config + "/rampart.org/rampart.conf");
    QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
    settings.write("[geolocation]\ndatabase=" + database.toUtf8() + '\n');
    settings.close();
    for (const QString &folder : { config, config + "/rampart.org" })
        chmod(QFile::encodeName(folder).constData(), 0755);
    chmod(QFile::encodeName(config + "/rampart.org/rampart.conf").constData(), 0644);
    const auto ctl = [&](const QStringList &arguments) {
        return m_testbed.asUser(
            user(),
            QStringList { "/usr/bin/env", "XDG_CONFIG_HOME=" + config, "/usr/bin/rampartctl" }
                + arguments);
    };
    const auto sets = [&] {
        return m_testbed.inServer({ "/usr/sbin/ipset", "list", "-n" })
            .out.split(u'\n', Qt::SkipEmptyParts);
    };

    const QStringList setsBefore = sets();
    const Testbed::Result imported = ctl({ "import", "country:nz", "--json" });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const QJsonObject summary = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    QCOMPARE(summary.value("ranges").toInteger(), 3);
    QCOMPARE(summary.value("invalid").toInteger(), 0);
    QStringList added;
    for (const QString &set : sets()) {
        if (!setsBefore.contains(set))
            added << set;
    }
    added.sort();
    QCOMPARE(added.size(), 2);
    const QString v4 = added.at(0), v6 = added.at(1);
    QVERIFY2(v4.endsWith("-v4") && v6.endsWith("-v6"), qPrintable(added.join(", ")));
    QStringList members = m_testbed.kernelMembers(v4);
    members.sort();
    QCOMPARE(members, QStringList({ peer4, "198.18.7.0/24" }));
    QCOMPARE(m_testbed.kernelMembers(v6), QStringList { peer6 });
    QVERIFY2(!pings(peer4), "the country's IPv4 network is not dropped");
    QVERIFY2(!pings(peer6), "the country's IPv6 network is not dropped");
    QVERIFY2(pings(other6), "another country's source is dropped");

    const QJsonObject feed = feedInfo("country-nz");
    QCOMPARE(feed.value("location").toString(), QString("country:NZ"));
    QCOMPARE(feed.value("format").toString(), QString("country"));
    QVERIFY2(feed.value("refreshSeconds").toInteger() > 0,
             qPrintable(QJsonDocument(feed).toJson()));

    // The same database: nothing to read again.
    const Testbed::Result same = ctl({ "feeds", "update" });
    QVERIFY2(same.exitCode == 0, qPrintable(same.describe()));
    QVERIFY2(same.out.contains("No feed is due"), qPrintable(same.describe()));

    // A new edition (its build time is in whole seconds) moves the peer to Australia: the
    // next scheduled update follows it, without waiting for the feed's day to pass.
    QTest::qWait(1100);
    QVERIFY(writeDatabase("AU"));
    const Testbed::Result followed = ctl({ "feeds", "update" });
    QVERIFY2(followed.exitCode == 0, qPrintable(followed.describe()));
    QCOMPARE(m_testbed.kernelMembers(v4), QStringList { "198.18.7.0/24" });
    QCOMPARE(m_testbed.kernelMembers(v6), QStringList { peer6 });
    QVERIFY2(pings(peer4), "the peer is still dropped after its network left the country");
    QVERIFY2(!pings(peer6), "the country's IPv6 network is no longer dropped");

    // An edition without the country must not empty its sets: the update fails, says
    // why, and the last list stays in force.
    QTest::qWait(1100);
    QVERIFY(writeDatabase("AU", "AU"));
    const Testbed::Result emptied = ctl({ "feeds", "update", "country-nz" });
    QCOMPARE(emptied.exitCode, 1);
    QVERIFY2(emptied.err.contains("country-nz") || emptied.err.contains("NZ"),
             qPrintable(emptied.describe()));
    QVERIFY2(emptied.err.contains(database), qPrintable(emptied.describe()));
    QCOMPARE(m_testbed.kernelMembers(v4), QStringList { "198.18.7.0/24" });
    QCOMPARE(m_testbed.kernelMembers(v6), QStringList { peer6 });
    QVERIFY(!feedInfo("country-nz").value("lastError").toString().isEmpty());

    // A country that is none is refused before anything is saved.
    const Testbed::Result nonsense = ctl({ "import", "country:QQQ" });
    QCOMPARE(nonsense.exitCode, 2);
    QVERIFY2(nonsense.err.contains("country:QQQ"), qPrintable(nonsense.describe()));
    // The helper takes a country only as country:CC with the format "country", and that
    // format for nothing else, whatever a program on the bus sends.
    {
        const QString busName = QStringLiteral("feedtest-country");
        QDBusConnection bus =
            QDBusConnection::connectToBus(m_testbed.value("BUS_ADDRESS"), busName);
        const auto addFeed = [&](const QString &location, const QString &format) {
            QDBusMessage call = QDBusMessage::createMethodCall(
                "org.rampart.Helper", "/org/rampart/Helper", "org.rampart.Helper1", "AddFeed");
            call << QString("odd") << location << format << 86400u << QString() << 50u;
            return bus.call(call, QDBus::Block, 60000);
        };
        const struct
        {
            const char *location;
            const char *format;
        } refused[] = { { "country:NZ", "auto" },
                        { "country:nz", "country" },
                        { "country:NZL", "country" },
                        { "/tmp/list.txt", "country" },
                        { "country:", "country" } };
        for (const auto &[location, format] : refused) {
            const QDBusMessage reply = addFeed(location, format);
            QVERIFY2(reply.type() == QDBusMessage::ErrorMessage,
                     qPrintable(QStringLiteral("%1 with %2 was taken").arg(location, format)));
            QVERIFY2(reply.errorName().endsWith("InvalidArgs"), qPrintable(reply.errorName()));
        }
        QDBusConnection::disconnectFromBus(busName);
        QVERIFY(feedInfo("odd").isEmpty());
    }

    const Testbed::Result removed = ctl({ "feeds", "remove", "country-nz" });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QVERIFY(!sets().contains(v4));
}

QTEST_GUILESS_MAIN(FeedTest)
#include "feedtest.moc"
