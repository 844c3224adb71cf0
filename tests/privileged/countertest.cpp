// Hit counters as the administrator reads them: a peer blocked on the server namespace pings
// it three times, and the kernel's counters of the entry, through the real helper, bus and
// polkitd, show at least those three packets and their bytes in `rampartctl list --json`,
// `rampartctl why --json` and the Blocklist tab's model; `list --rate` adds a rate. IPv4 and
// IPv6.

#include "blocklistmodel.h"
#include "client/blocklistlisting.h"
#include "client/helperclient.h"
#include "testbed.h"

#include <QDBusConnection>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Rampart;

namespace {

// The entry for cidr in a `list --json` array; empty when there is none.
QJsonObject listed(const QString &json, const QString &cidr)
{
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (value[QStringLiteral("cidr")].toString() == cidr)
            return value.toObject();
    }
    return {};
}

} // namespace

class CounterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void blockedPingsAreCounted_data();
    void blockedPingsAreCounted();

private:
    bool pings(const QString &source, const QString &server) const;
    Testbed m_testbed;
};

void CounterTest::initTestCase()
{
    TESTBED_REQUIRE(m_testbed);
}

void CounterTest::cleanupTestCase()
{
    m_testbed.stop();
}

bool CounterTest::pings(const QString &source, const QString &server) const
{
    return m_testbed.inPeer({ "/usr/bin/ping", "-c", "1", "-W", "1", "-I", source, server }, 10000)
               .exitCode
        == 0;
}

void CounterTest::blockedPingsAreCounted_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("server");
    QTest::newRow("IPv4") << m_testbed.value("PEER_V4") << m_testbed.value("SERVER_V4");
    QTest::newRow("IPv6") << m_testbed.value("PEER_V6") << m_testbed.value("SERVER_V6");
}

void CounterTest::blockedPingsAreCounted()
{
    QFETCH(QString, peer);
    QFETCH(QString, server);
    const QString user = m_testbed.value("GRANTED_USER");

    const Testbed::Result blocked = m_testbed.ctl(user, { "block", peer, "--comment", "counted" });
    QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.describe()));
    // Read once, without a rate. The peer's neighbour discovery may have been counted
    // already: the pings are what comes on top.
    Testbed::Result list = m_testbed.ctl(user, { "list", "--json" });
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QJsonObject entry = listed(list.out, peer);
    QVERIFY2(!entry.isEmpty(), qPrintable(list.out));
    QVERIFY2(entry.contains("packets") && entry.contains("bytes"), qPrintable(list.out));
    QVERIFY(!entry.contains("rate"));
    const double before = entry["packets"].toDouble();

    for (int i = 0; i < 3; ++i)
        QVERIFY2(!pings(peer, server), "the blocked source still pings");

    list = m_testbed.ctl(user, { "list", "--json" });
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    entry = listed(list.out, peer);
    QVERIFY2(entry["packets"].toDouble() >= before + 3, qPrintable(list.out));
    QVERIFY2(entry["bytes"].toDouble() > 0, qPrintable(list.out));

    const Testbed::Result why = m_testbed.ctl(user, { "why", peer, "--json" });
    QVERIFY2(why.exitCode == 0, qPrintable(why.describe()));
    const QJsonObject found =
        QJsonDocument::fromJson(why.out.toUtf8()).array().at(0)["entries"][0].toObject();
    QVERIFY2(found["packets"].toDouble() >= 3, qPrintable(why.out));
    QVERIFY2(found["bytes"].toDouble() > 0, qPrintable(why.out));

    // Read twice a second apart: a rate and a last hit (null unless hit within that second).
    list = m_testbed.ctl(user, { "list", "--rate", "--json" });
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    entry = listed(list.out, peer);
    QVERIFY2(entry.contains("rate") && entry["rate"].toDouble() >= 0, qPrintable(list.out));
    QVERIFY2(entry.contains("lastHit"), qPrintable(list.out));
    QVERIFY(entry["packets"].toDouble() >= before + 3);

    // The Blocklist tab's rows, read through the real helper.
    const QString busName = QStringLiteral("countertest-%1").arg(QTest::currentDataTag());
    {
        // Root on the test bus: polkitd authorizes it, as it would an administrator.
        HelperClient client(QDBusConnection::connectToBus(m_testbed.value("BUS_ADDRESS"), busName));
        BlocklistListing listing(&client);
        BlocklistModel model;
        connect(&listing, &BlocklistListing::entriesChanged, &model,
                [&model](const BlocklistListing::Entries &entries) { model.takeEntries(entries); });
        listing.reload();
        const auto rowOf = [&model, &peer] {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.rowAt(row).cidr.toString() == peer)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 15000);
        const BlocklistModel::Row row = model.rowAt(rowOf());
        QVERIFY2(double(row.packets) >= before + 3, qPrintable(QString::number(row.packets)));
        QVERIFY(row.bytes > 0);
        QCOMPARE(model.index(rowOf(), BlocklistModel::PacketsColumn)
                     .data(BlocklistModel::SortRole)
                     .toULongLong(),
                 row.packets);

        // Hit again, then read again: the model sees the last hit and the rate.
        QVERIFY(!pings(peer, server));
        QSignalSpy finished(&listing, &BlocklistListing::readFinished);
        listing.reload();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1 && !model.isUpdating(), 15000);
        const BlocklistModel::Row after = model.rowAt(rowOf());
        QVERIFY2(after.packets > row.packets, qPrintable(QString::number(after.packets)));
        QVERIFY(after.lastHitMs > 0);
        QVERIFY(after.packetsPerSecond > 0);
    }
    QDBusConnection::disconnectFromBus(busName);

    const Testbed::Result unblocked = m_testbed.ctl(user, { "unblock", peer });
    QVERIFY2(unblocked.exitCode == 0, qPrintable(unblocked.describe()));
}

QTEST_GUILESS_MAIN(CounterTest)
#include "countertest.moc"
