// One read of the helper's blocklist for everyone in the window: the Blocklist tab and the
// Connections tab are both served by one List call when both want it, asks made while a read
// is under way become one more read, polls never make polkit prompt, a refused read says why
// and leaves what was shown, and a damaged listing is reported, not shown. The listing keeps
// no entries itself: once those it handed them to let go, nothing holds them, and the
// Connections tab, first shown later, reads the listing again. The helper is a stand-in on a
// bus of the test's own, answering as the real one does.

#include "client/blocklistlisting.h"
#include "blocklistmodel.h"
#include "blocklisttab.h"
#include "client/helperclient.h"
#include "connections/connectionsmonitor.h"
#include "connectionsmodel.h"
#include "connectionstab.h"
#include "privatebus.h"

#include <QComboBox>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Rampart;

namespace {

const QString helperBusName = QStringLiteral("blocklistlistingtest-helper");
const QString clientBusName = QStringLiteral("blocklistlistingtest-client");
const QString backgroundBusName = QStringLiteral("blocklistlistingtest-background");
const QString noBusName = QStringLiteral("blocklistlistingtest-nowhere");

const QByteArray twoEntries = "# rampart-list 1\n"
                              "203.0.113.0/24\tmanual\t1700000000\t0\t12\tscanner\n"
                              "2001:db8::/32\tfeed:drop\t1700000000\t0\t0\t\n";

struct ListCall
{
    QString caller; // the unique bus name
    bool interactive = false;
};

// The helper's List as the listing calls it, recording who asked and whether the call may
// prompt. It sends what the test put in `listing`, refuses as polkit does when that is
// empty, and holds its answers while the test says so.
class FakeHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.rampart.Helper1")

public:
    QList<ListCall> calls;
    QString listingPath;
    bool hold = false;

    // Answers the held calls with the listing as it is now.
    void answerHeld(const QDBusConnection &bus)
    {
        for (const QDBusMessage &call : std::as_const(m_held))
            bus.send(answer(call));
        m_held.clear();
    }
    qsizetype held() const { return m_held.size(); }

public Q_SLOTS:
    QDBusUnixFileDescriptor List()
    {
        calls << ListCall { message().service(), message().isInteractiveAuthorizationAllowed() };
        if (hold) {
            setDelayedReply(true);
            m_held << message();
            return {};
        }
        const QDBusMessage reply = answer(message());
        if (reply.type() == QDBusMessage::ErrorMessage) {
            sendErrorReply(reply.errorName(), reply.errorMessage());
            return {};
        }
        return reply.arguments().first().value<QDBusUnixFileDescriptor>();
    }

    // Answered after every call sent before it on the same connection.
    void Sync() { }

private:
    QDBusMessage answer(const QDBusMessage &call) const
    {
        QFile file(listingPath);
        if (listingPath.isEmpty() || !file.open(QIODevice::ReadOnly))
            return call.createErrorReply(QDBusError::AccessDenied, "not authorized in this test");
        return call.createReply(QVariant::fromValue(QDBusUnixFileDescriptor(file.handle())));
    }

    QList<QDBusMessage> m_held;
};

} // namespace

class BlocklistListingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void oneReadServesBothTabs();
    void keepsNothingOnceConsumersLetGo();
    void connectionsTabFirstShownAfterTheBlocklistTab_data();
    void connectionsTabFirstShownAfterTheBlocklistTab();
    void asksInOneTurnAreOneRead();
    void asksWhileReadingAreOneMoreRead();
    void pollsNeverPrompt();
    void refusedReadKeepsTheEntries();
    void readAgainSharesTheText();
    void damagedListingIsReported_data();
    void damagedListingIsReported();
    void helperNotReachable();
    void blocklistTabReadsCountersWhileShown();

private:
    QDBusConnection bus(const QString &name) const;
    // The one socket the Connections tab's snapshots show: 203.0.113.7, which the first entry
    // of twoEntries blocks.
    static void useCannedSnapshot(ConnectionsTab *tab);
    QString writeListing(const QByteArray &content);
    // Waits until every call made so far on the client's connection has reached the helper.
    void syncWithHelper(const QString &busName);

    QTranslator m_english;
    PrivateBus m_bus;
    QTemporaryDir m_dir;
    FakeHelper m_helper;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<HelperClient> m_background;
    int m_files = 0;
};

void BlocklistListingTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);

    // A bus of our own with a stand-in helper on it: the host's buses stay untouched.
    QString busError;
    QVERIFY2(m_bus.start(&busError), qPrintable(busError));
    QString serveError;
    QVERIFY2(m_bus.serveHelper(&m_helper, helperBusName, &serveError), qPrintable(serveError));
    QVERIFY(m_dir.isValid());
}

void BlocklistListingTest::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_english);
    for (const QString &name : { helperBusName, clientBusName, backgroundBusName, noBusName })
        QDBusConnection::disconnectFromBus(name);
}

QDBusConnection BlocklistListingTest::bus(const QString &name) const
{
    if (name == noBusName)
        return QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/rampart-test-bus"), noBusName);
    return QDBusConnection::connectToBus(m_bus.address(), name);
}

QString BlocklistListingTest::writeListing(const QByteArray &content)
{
    const QString path = m_dir.filePath(QStringLiteral("listing-%1").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void BlocklistListingTest::syncWithHelper(const QString &busName)
{
    const QDBusPendingCall sync = bus(busName).asyncCall(QDBusMessage::createMethodCall(
        "org.rampart.Helper", "/org/rampart/Helper", "org.rampart.Helper1", "Sync"));
    QTRY_VERIFY(sync.isFinished());
    QVERIFY(!sync.isError());
}

void BlocklistListingTest::init()
{
    m_client = std::make_unique<HelperClient>(bus(clientBusName));
    m_background = std::make_unique<HelperClient>(bus(backgroundBusName));
    m_background->setInteractive(false);
    m_helper.calls.clear();
    m_helper.hold = false;
    m_helper.listingPath = writeListing(twoEntries);
}

void BlocklistListingTest::cleanup()
{
    m_helper.hold = false;
    m_helper.answerHeld(bus(helperBusName));
    m_client.reset();
    m_background.reset();
}

void BlocklistListingTest::useCannedSnapshot(ConnectionsTab *tab)
{
    tab->monitor()->setSnapshotSource([] {
        SocketSnapshot snapshot;
        snapshot.source = QStringLiteral("canned");
        Socket socket;
        socket.state = 1; // ESTABLISHED
        socket.local = *parseCidr(QStringLiteral("192.0.2.1")).cidr;
        socket.localPort = 443;
        socket.remote = *parseCidr(QStringLiteral("203.0.113.7")).cidr;
        socket.remotePort = 40000;
        snapshot.sockets << socket;
        return snapshot;
    });
}

void BlocklistListingTest::oneReadServesBothTabs()
{
    // As the window has them: one listing, read by the window, shown by both tabs.
    BlocklistListing listing(m_client.get(), m_background.get());
    BlocklistTab blocklistTab(m_client.get(), &listing);
    ConnectionsTab connectionsTab(m_client.get(), &listing);
    useCannedSnapshot(&connectionsTab);
    // The window opens on the Blocklist tab and reads the listing; the administrator turns to
    // the Connections tab before the helper has answered.
    m_helper.hold = true;
    blocklistTab.show();
    listing.reload();
    QTRY_COMPARE(m_helper.held(), 1);
    connectionsTab.show();
    m_helper.hold = false;
    m_helper.answerHeld(bus(helperBusName));
    QTRY_COMPARE(blocklistTab.model()->rowCount(), 2);
    QCOMPARE(blocklistTab.model()->entryAt(0).comment, "scanner");
    QTRY_VERIFY2(blocklistTab.findChild<QLabel *>("count")->text().startsWith("2 entr"),
                 qPrintable(blocklistTab.findChild<QLabel *>("count")->text()));

    // The read's sources, to show one alone beside the search box.
    auto *sources = blocklistTab.findChild<QComboBox *>("sourceFilter");
    QVERIFY(sources);
    QStringList sourceNames;
    for (int i = 0; i < sources->count(); ++i)
        sourceNames << sources->itemText(i);
    QCOMPARE(sourceNames, QStringList({ "All sources", "feed:drop", "by hand" }));
    const QAbstractItemModel *shown = blocklistTab.view()->model();
    sources->setCurrentIndex(1);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, BlocklistModel::EntryColumn).data().toString(), "2001:db8::/32");
    sources->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 2);

    // The Connections tab says what blocks each row from that same read.
    const QAbstractItemModel *connections = connectionsTab.view()->model();
    QTRY_COMPARE(connections->rowCount(), 1);
    QTRY_COMPARE(connections->index(0, ConnectionsModel::BlockedByColumn).data().toString(),
                 "by hand (203.0.113.0/24)");
    syncWithHelper(clientBusName);
    syncWithHelper(backgroundBusName);
    QCOMPARE(m_helper.calls.size(), 1);

    // A block made there: one more read, for both.
    m_helper.listingPath = writeListing("# rampart-list 1\n"
                                        "203.0.113.7\tmanual\t1700000000\t0\t0\t\n"
                                        + twoEntries.sliced(twoEntries.indexOf('\n') + 1));
    listing.reloadInBackground(); // the tab that blocked
    listing.reload(); // the window, for its counts
    QTRY_COMPARE(blocklistTab.model()->rowCount(), 3);
    QTRY_COMPARE(connections->index(0, ConnectionsModel::BlockedByColumn).data().toString(),
                 "by hand (203.0.113.7)");
    syncWithHelper(clientBusName);
    syncWithHelper(backgroundBusName);
    QCOMPARE(m_helper.calls.size(), 2);
}

void BlocklistListingTest::keepsNothingOnceConsumersLetGo()
{
    BlocklistListing listing(m_client.get(), m_background.get());
    QSignalSpy finished(&listing, &BlocklistListing::readFinished);
    QVERIFY(!listing.entries());
    QCOMPARE(listing.entryCount(), 0);

    // Whoever is handed the entries holds them as long as they like.
    BlocklistListing::Entries held;
    connect(&listing, &BlocklistListing::entriesChanged, this,
            [&held](const BlocklistListing::Entries &entries) { held = entries; });
    listing.reload();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(held);
    QCOMPARE(held->size(), 2);
    QCOMPARE(listing.entries(), held);
    QCOMPARE(listing.entryCount(), 2);

    // Once they let go, nothing holds them: not the listing, nor its reading.
    const std::weak_ptr<const QList<BlockedEntry>> watched = held;
    held.reset();
    QVERIFY(watched.expired());
    QVERIFY(!listing.entries());
    // What the last read found is still known.
    QVERIFY(listing.isLoaded());
    QCOMPARE(listing.entryCount(), 2);
    listing.disconnect(this);

    // As the window has it, the Connections tab never shown: once the Blocklist tab's rows
    // show a read, the rows are the one copy of it.
    BlocklistTab blocklistTab(m_client.get(), &listing);
    ConnectionsTab connectionsTab(m_client.get(), &listing);
    std::weak_ptr<const QList<BlockedEntry>> handed;
    connect(&listing, &BlocklistListing::entriesChanged, this,
            [&handed](const BlocklistListing::Entries &entries) { handed = entries; });
    blocklistTab.show();
    m_helper.listingPath = writeListing(twoEntries + "198.51.100.7\tmanual\t1700000000\t0\t0\t\n");
    listing.reload();
    QTRY_COMPARE(blocklistTab.model()->rowCount(), 3);
    // In address order: the new entry comes first.
    QCOMPARE(blocklistTab.model()->entryAt(0).cidr, "198.51.100.7");
    QVERIFY(handed.lock() == nullptr);
    QVERIFY(!listing.entries());
    QCOMPARE(listing.entryCount(), 3);
}

void BlocklistListingTest::connectionsTabFirstShownAfterTheBlocklistTab_data()
{
    QTest::addColumn<bool>("stillHeld");

    QTest::newRow("entries still held") << true;
    QTest::newRow("nobody holds them") << false;
}

void BlocklistListingTest::connectionsTabFirstShownAfterTheBlocklistTab()
{
    QFETCH(bool, stillHeld);

    BlocklistListing listing(m_client.get(), m_background.get());
    BlocklistTab blocklistTab(m_client.get(), &listing);
    ConnectionsTab connectionsTab(m_client.get(), &listing);
    useCannedSnapshot(&connectionsTab);
    // Someone else in the process who keeps the entries, or nobody.
    BlocklistListing::Entries held;
    if (stillHeld) {
        connect(&listing, &BlocklistListing::entriesChanged, this,
                [&held](const BlocklistListing::Entries &entries) { held = entries; });
    }
    blocklistTab.show();
    listing.reload();
    QTRY_COMPARE(blocklistTab.model()->rowCount(), 2);
    syncWithHelper(clientBusName);
    QCOMPARE(m_helper.calls.size(), 1);
    QCOMPARE(bool(listing.entries()), stillHeld);

    // The administrator turns to the Connections tab: it says what blocks each row, from the
    // read at hand or from a read of its own that never prompts.
    m_helper.listingPath = writeListing(twoEntries);
    connectionsTab.show();
    const QAbstractItemModel *connections = connectionsTab.view()->model();
    QTRY_COMPARE(connections->rowCount(), 1);
    QTRY_COMPARE(connections->index(0, ConnectionsModel::BlockedByColumn).data().toString(),
                 "by hand (203.0.113.0/24)");
    syncWithHelper(clientBusName);
    syncWithHelper(backgroundBusName);
    if (stillHeld) {
        QCOMPARE(m_helper.calls.size(), 1);
    } else {
        QCOMPARE(m_helper.calls.size(), 2);
        QCOMPARE(m_helper.calls.last().caller, bus(backgroundBusName).baseService());
        QVERIFY(!m_helper.calls.last().interactive);
    }
    // The monitor keeps a table of its own (networks and sources), not the entries: once
    // nobody else holds them, they are gone.
    held.reset();
    QTRY_VERIFY(!listing.entries());

    // Shown again later: nothing more to read.
    connectionsTab.hide();
    connectionsTab.show();
    syncWithHelper(clientBusName);
    syncWithHelper(backgroundBusName);
    QCOMPARE(m_helper.calls.size(), stillHeld ? 1 : 2);
}

void BlocklistListingTest::asksInOneTurnAreOneRead()
{
    BlocklistListing listing(m_client.get(), m_background.get());
    QSignalSpy started(&listing, &BlocklistListing::readStarted);
    QSignalSpy changed(&listing, &BlocklistListing::entriesChanged);
    QSignalSpy finished(&listing, &BlocklistListing::readFinished);
    QVERIFY(!listing.isLoaded());
    QVERIFY(!listing.isReading());
    QVERIFY(!listing.entries());
    QCOMPARE(listing.entryCount(), 0);

    // A block: the tab that made it and the window that counts both ask.
    listing.reloadInBackground();
    listing.reload();
    listing.reloadInBackground();
    QVERIFY(listing.isReading());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(started.size(), 1);
    QCOMPARE(changed.size(), 1);
    QVERIFY(listing.isLoaded());
    QVERIFY(!listing.isReading());
    QCOMPARE(listing.errorString(), QString());
    QCOMPARE(listing.entryCount(), 2);
    const auto entries = changed.first().first().value<BlocklistListing::Entries>();
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).cidr, "203.0.113.0/24");
    QCOMPARE(entries->at(1).source, "feed:drop");
    // The spy holds them.
    QCOMPARE(listing.entries(), entries);

    syncWithHelper(clientBusName);
    syncWithHelper(backgroundBusName);
    QCOMPARE(m_helper.calls.size(), 1);
    // Someone asked in person: the read may prompt, on the client that may.
    QCOMPARE(m_helper.calls.first().caller, bus(clientBusName).baseService());
    QVERIFY(m_helper.calls.first().interactive);
}

void BlocklistListingTest::asksWhileReadingAreOneMoreRead()
{
    BlocklistListing listing(m_client.get(), m_background.get());
    QSignalSpy changed(&listing, &BlocklistListing::entriesChanged);
    QSignalSpy finished(&listing, &BlocklistListing::readFinished);
    m_helper.hold = true;
    listing.reload();
    QTRY_COMPARE(m_helper.held(), 1);
    QVERIFY(listing.isReading());

    // Three more asks while the helper takes its time, and a change they are all about.
    listing.reloadInBackground();
    listing.reload();
    listing.reloadInBackground();
    m_helper.listingPath = writeListing("# rampart-list 1\n"
                                        "198.51.100.7\tmanual\t1700000000\t0\t3\t\n");
    m_helper.hold = false;
    m_helper.answerHeld(bus(helperBusName));
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(changed.size(), 2);
    const auto entries = changed.last().first().value<BlocklistListing::Entries>();
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().cidr, "198.51.100.7");
    QCOMPARE(listing.entryCount(), 1);

    // One more, and no more.
    QVERIFY(!listing.isReading());
    syncWithHelper(clientBusName);
    syncWithHelper(backgroundBusName);
    QCOMPARE(m_helper.calls.size(), 2);
    QVERIFY(m_helper.calls.at(1).interactive);
}

void BlocklistListingTest::pollsNeverPrompt()
{
    BlocklistListing listing(m_client.get(), m_background.get());
    QVERIFY(listing.hasBackgroundClient());
    QSignalSpy finished(&listing, &BlocklistListing::readFinished);
    listing.reloadInBackground();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_helper.calls.size(), 1);
    QCOMPARE(m_helper.calls.first().caller, bus(backgroundBusName).baseService());
    QVERIFY(!m_helper.calls.first().interactive);

    // Without a background client, polls go through the one there is.
    BlocklistListing alone(m_client.get());
    QVERIFY(!alone.hasBackgroundClient());
    QSignalSpy aloneFinished(&alone, &BlocklistListing::readFinished);
    alone.reloadInBackground();
    QTRY_COMPARE(aloneFinished.size(), 1);
    QCOMPARE(m_helper.calls.size(), 2);
    QCOMPARE(m_helper.calls.last().caller, bus(clientBusName).baseService());
}

void BlocklistListingTest::refusedReadKeepsTheEntries()
{
    BlocklistListing listing(m_client.get(), m_background.get());
    QSignalSpy changed(&listing, &BlocklistListing::entriesChanged);
    QSignalSpy finished(&listing, &BlocklistListing::readFinished);
    listing.reload();
    QTRY_COMPARE(finished.size(), 1);
    // Held by the spy, as the tabs hold theirs.
    const auto before = changed.first().first().value<BlocklistListing::Entries>();
    QCOMPARE(before->size(), 2);

    // polkit says no this time.
    m_helper.listingPath.clear();
    listing.reload();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(listing.errorString(),
             "Not authorized: not authorized in this test. Ask an administrator to grant you the "
             "Rampart polkit actions, or run the command as an administrator.");
    QVERIFY(listing.isLoaded());
    QCOMPARE(listing.entries(), before);
    QCOMPARE(listing.entryCount(), 2);

    // And a good read clears the reason.
    m_helper.listingPath = writeListing(twoEntries);
    listing.reload();
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(listing.errorString(), QString());
}

void BlocklistListingTest::readAgainSharesTheText()
{
    // Entries someone still holds (the Connections tab's, in the window) beside those read
    // next: what did not change from one read to the next is not held twice.
    m_helper.listingPath = writeListing("# rampart-list 1\n"
                                        "203.0.113.0/24\tmanual\t1700000000\t0\t12\tscanner\n"
                                        "198.51.100.0/24\tfirehol\t1700000000\t0\t0\t\n"
                                        "198.51.101.0/24\tfirehol\t1700000000\t0\t0\t\n");
    BlocklistListing listing(m_client.get(), m_background.get());
    QSignalSpy changed(&listing, &BlocklistListing::entriesChanged);
    QSignalSpy finished(&listing, &BlocklistListing::readFinished);
    listing.reload();
    QTRY_COMPARE(finished.size(), 1);
    auto first = changed.first().first().value<BlocklistListing::Entries>();
    QCOMPARE(first->size(), 3);
    // A feed's name once for all its networks.
    QVERIFY(first->at(1).source.isSharedWith(first->at(2).source));

    // The scanner's entry changed its count and comment, a network left, one came.
    // Read as version 2, with its bytes column, as the helper writes it now.
    m_helper.listingPath =
        writeListing("# rampart-list 2\n"
                     "203.0.113.0/24\tmanual\t1700000000\t0\t15\t1260\tscanners\n"
                     "198.51.101.0/24\tfirehol\t1700000000\t0\t0\t0\t\n"
                     "198.51.102.0/24\tfirehol\t1700000000\t0\t0\t0\t\n");
    listing.reload();
    QTRY_COMPARE(finished.size(), 2);
    auto second = changed.last().first().value<BlocklistListing::Entries>();
    QCOMPARE(second->size(), 3);
    QCOMPARE(second->at(0).packets, 15u);
    QCOMPARE(second->at(0).bytes, 1260u);
    QCOMPARE(second->at(0).comment, "scanners");
    QVERIFY(second->at(0).cidr.isSharedWith(first->at(0).cidr));
    QVERIFY(second->at(0).source.isSharedWith(first->at(0).source));
    QVERIFY(!second->at(0).comment.isSharedWith(first->at(0).comment));
    QCOMPARE(second->at(1).cidr, "198.51.101.0/24");
    QVERIFY(second->at(1).cidr.isSharedWith(first->at(2).cidr));
    QVERIFY(second->at(1).source.isSharedWith(first->at(2).source));
    QCOMPARE(second->at(2).cidr, "198.51.102.0/24");
    QVERIFY(second->at(2).source.isSharedWith(second->at(1).source));

    // Read again once nobody holds the entries before (a window whose Connections tab was
    // never shown): there is nothing to share with, but a feed's name is still held once for
    // all its networks.
    const QString cidr = second->at(1).cidr;
    first.reset();
    second.reset();
    changed.clear();
    listing.reload();
    QTRY_COMPARE(finished.size(), 3);
    const auto third = changed.first().first().value<BlocklistListing::Entries>();
    QCOMPARE(third->size(), 3);
    QCOMPARE(third->at(1).cidr, cidr);
    QVERIFY(!third->at(1).cidr.isSharedWith(cidr));
    QVERIFY(third->at(2).source.isSharedWith(third->at(1).source));
}

void BlocklistListingTest::damagedListingIsReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");

    QTest::newRow("line cut short")
        << QByteArray("# rampart-list 1\n"
                      "203.0.113.0/24\tmanual\t1700000000\t0\t12\tscanner\n"
                      "198.51.100.0/24\tmanual\t1700000000\n")
        << "Line 3 of the helper's listing is damaged.";
    QTest::newRow("version 2 line without bytes")
        << QByteArray("# rampart-list 2\n"
                      "203.0.113.0/24\tmanual\t1700000000\t0\t12\t960\tscanner\n"
                      "198.51.100.0/24\tmanual\t1700000000\t0\t12\n")
        << "Line 3 of the helper's listing is damaged.";
    QTest::newRow("unknown format")
        << QByteArray("# rampart-list 3\n203.0.113.0/24\tmanual\t1700000000\t0\t12\t0\t\n")
        << "The helper's listing is in a format this version of Rampart does not know.";
    QTest::newRow("empty") << QByteArray()
                           << "The helper's listing is in a format this version of Rampart does "
                              "not know.";
}

void BlocklistListingTest::damagedListingIsReported()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);

    BlocklistListing listing(m_client.get(), m_background.get());
    BlocklistTab tab(m_client.get(), &listing);
    QSignalSpy changed(&listing, &BlocklistListing::entriesChanged);
    QSignalSpy finished(&listing, &BlocklistListing::readFinished);
    listing.reload();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(listing.entryCount(), 2);
    QTRY_COMPARE(tab.model()->rowCount(), 2);

    m_helper.listingPath = writeListing(content);
    listing.reload();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(listing.errorString(), error);
    // Nothing of it is taken: the good entries stay, and the tab says why they are old.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(listing.entryCount(), 2);
    QTRY_COMPARE(tab.model()->rowCount(), 2);
    const auto *problem = tab.findChild<QLabel *>("listingProblem");
    QVERIFY(problem->isVisibleTo(&tab));
    QCOMPARE(problem->text(), "The blocklist could not be read. " + error);
}

void BlocklistListingTest::helperNotReachable()
{
    HelperClient nowhere(bus(noBusName));
    BlocklistListing listing(&nowhere);
    QSignalSpy finished(&listing, &BlocklistListing::readFinished);
    listing.reload();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!listing.isLoaded());
    QVERIFY2(listing.errorString().startsWith("The Rampart helper cannot be reached"),
             qPrintable(listing.errorString()));
    QVERIFY(!listing.entries());
    QCOMPARE(listing.entryCount(), 0);
}

void BlocklistListingTest::blocklistTabReadsCountersWhileShown()
{
    BlocklistListing listing(m_client.get(), m_background.get());
    BlocklistTab tab(m_client.get(), &listing);
    tab.setCounterRefreshInterval(50);
    QTest::qWait(200);
    QCOMPARE(m_helper.calls.size(), 0); // not shown: nobody looks

    tab.show();
    QTRY_VERIFY(m_helper.calls.size() >= 2);
    QTRY_COMPARE(tab.model()->rowCount(), 2);
    // Never a prompt for a read nobody asked for.
    for (const ListCall &call : std::as_const(m_helper.calls)) {
        QCOMPARE(call.caller, bus(backgroundBusName).baseService());
        QVERIFY(!call.interactive);
    }
    // The counters move on in the kernel; the tab shows it by itself.
    m_helper.listingPath = writeListing("# rampart-list 2\n"
                                        "203.0.113.0/24\tmanual\t1700000000\t0\t40\t3360\tscanner\n"
                                        "2001:db8::/32\tfeed:drop\t1700000000\t0\t0\t0\t\n");
    QTRY_COMPARE(tab.model()->rowAt(0).packets, 40u);
    QCOMPARE(tab.model()->rowAt(0).bytes, 3360u);
    QTRY_VERIFY(tab.model()->rowAt(0).lastHitMs > 0);

    tab.hide();
    QTRY_VERIFY(!listing.isReading());
    const qsizetype calls = m_helper.calls.size();
    QTest::qWait(300);
    QCOMPARE(m_helper.calls.size(), calls);
}

QTEST_MAIN(BlocklistListingTest)
#include "blocklistlistingtest.moc"
