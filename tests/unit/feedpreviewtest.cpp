// The report of a feed's preview, as the Import Feed dialog shows it: a preview's result
// goes in, and out come the counts, the invalid lines with their numbers, the warnings about
// what the list should not block, and why a feed cannot be imported.

#include "feedpreview.h"
#include "feeds/feedparser.h"
#include "feeds/feedsummary.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Rampart;

namespace {

// 4 valid items (one inside another, one a private network) and 2 bad lines, with a
// comment and a blank line.
const QByteArray mixedFeed = "# A bit of everything\n" // 1
                             "1.10.16.0/20\n" // 2
                             "1.10.16.7\n" // 3: inside the line above
                             "example.com\n" // 4
                             "172.16.0.0/12\n" // 5: private
                             "\n" // 6
                             "2a00:1450::/32\n" // 7
                             "1.10.300.1\n"; // 8

FeedRefresh::Result preview(const QByteArray &list, const QStringList &allowed = {})
{
    RangeSet allowlist;
    for (const QString &cidr : allowed)
        allowlist.add(*parseCidr(cidr).cidr);
    allowlist.normalize();
    FeedRefresh::Result result;
    result.status = FeedRefresh::Status::Previewed;
    result.summary = summarizeFeed(parseFeed(list), allowlist);
    return result;
}

} // namespace

class FeedPreviewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void counts_data();
    void counts();
    void invalidLines_data();
    void invalidLines();
    void warnings_data();
    void warnings();
    void broadNetworksFollowTheSetting();
    void fatal_data();
    void fatal();
    void fatalFromTheDialog();

private:
    QLabel *label(const char *name) const { return m_preview->findChild<QLabel *>(name); }
    bool shown(const char *name) const
    {
        const auto *widget = m_preview->findChild<QWidget *>(name);
        return widget && widget->isVisibleTo(m_preview.get());
    }

    QTranslator m_english;
    std::unique_ptr<FeedPreview> m_preview;
};

void FeedPreviewTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
}

void FeedPreviewTest::init()
{
    m_preview = std::make_unique<FeedPreview>();
    m_preview->show();
    // Before any preview: what Preview does, and nothing else.
    QVERIFY(shown("previewHint"));
    QVERIFY(!shown("validCount"));
    QVERIFY(!shown("fatalBar"));
}

void FeedPreviewTest::cleanup()
{
    m_preview.reset();
}

void FeedPreviewTest::counts_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QStringList>("allowlist");
    QTest::addColumn<QString>("allowlistProblem");
    QTest::addColumn<QStringList>("counts"); // valid, invalid, duplicates, allowlisted,
                                             // networks, addresses

    QTest::newRow("mixed") << mixedFeed << QStringList() << QString()
                           << QStringList { "4", "2", "1",
                                            "0", "3", "1,052,672 IPv4, 79,228,162,514,264,337,593,543,950,336 IPv6" };
    // The /24 less one address is 8 networks (/25, /26, … /32 but the allowed one).
    QTest::newRow("allowlisted") << QByteArray("198.51.100.0/24\n192.0.2.1\n")
                                 << QStringList { "198.51.100.7" } << QString()
                                 << QStringList { "2", "0", "0", "1", "9", "256" };
    QTest::newRow("allowlist not read")
        << QByteArray("198.51.100.0/24\n192.0.2.1\n") << QStringList()
        << "The allowlist could not be read, so this preview does not take it into account."
        << QStringList { "2", "0", "0", "not checked", "2", "257" };
    QTest::newRow("more addresses than 64 bits count")
        << QByteArray("2001:db8::/32\n") << QStringList() << QString()
        << QStringList { "1", "0", "0", "0", "1", "79,228,162,514,264,337,593,543,950,336" };
}

void FeedPreviewTest::counts()
{
    QFETCH(QByteArray, list);
    QFETCH(QStringList, allowlist);
    QFETCH(QString, allowlistProblem);
    QFETCH(QStringList, counts);

    m_preview->showResult(preview(list, allowlist), allowlistProblem, {});
    QVERIFY(!shown("previewHint"));
    const char *names[] = { "validCount",       "invalidCount", "duplicateCount",
                            "allowlistedCount", "networkCount", "addressCount" };
    QStringList texts;
    for (const char *name : names) {
        QVERIFY2(shown(name), name);
        texts << label(name)->text();
    }
    QCOMPARE(texts, counts);
    QCOMPARE(shown("allowlistNote"), !allowlistProblem.isEmpty());
    QCOMPARE(label("allowlistNote")->text(), allowlistProblem);
    QVERIFY(!shown("fatalBar"));
}

void FeedPreviewTest::invalidLines_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QStringList>("lines"); // the numbers listed, first and last
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("note"); // empty: neither note nor table shown

    QTest::newRow("none") << QByteArray("192.0.2.1\n") << QStringList() << 0 << QString();
    QTest::newRow("two") << mixedFeed << QStringList { "4", "8" } << 2
                         << "Invalid items are left out; everything else is imported.";
    QByteArray many = "192.0.2.1\n";
    for (int i = 0; i < 1500; ++i)
        many += "bad-" + QByteArray::number(i) + '\n';
    QTest::newRow("more than are listed")
        << many << QStringList { "2", "101" } << 100
        << "Invalid items are left out; everything else is imported. The first 100 of 1,500 "
           "are listed.";
}

void FeedPreviewTest::invalidLines()
{
    QFETCH(QByteArray, list);
    QFETCH(QStringList, lines);
    QFETCH(int, rows);
    QFETCH(QString, note);

    m_preview->showResult(preview(list), QString(), {});
    QCOMPARE(shown("invalidLines"), !note.isEmpty());
    QCOMPARE(shown("invalidNote"), !note.isEmpty());
    if (note.isEmpty())
        return;
    QCOMPARE(label("invalidNote")->text(), note);
    const QAbstractItemModel *model = m_preview->findChild<QTableView *>("invalidLines")->model();
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), "Line");
    QCOMPARE((QStringList { model->index(0, 0).data().toString(),
                            model->index(rows - 1, 0).data().toString() }),
             lines);
    // The item as the line held it, and the parser's reason, which names it.
    const QString text = model->index(0, 1).data().toString();
    QVERIFY(!text.isEmpty());
    QVERIFY2(model->index(0, 2).data().toString().contains(text),
             qPrintable(model->index(0, 2).data().toString()));
}

void FeedPreviewTest::warnings_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QString>("protectedAddress"); // the administrator's SSH peer, if any
    QTest::addColumn<QString>("bogons"); // in the warning; empty: none
    QTest::addColumn<QStringList>("broad");
    QTest::addColumn<QString>("broadNamed"); // as the warning names them
    QTest::addColumn<QString>("protectedWarning"); // in the warning; empty: none

    QTest::newRow("nothing to say") << QByteArray("1.10.16.0/20\n") << ""
                                    << "" << QStringList() << ""
                                    << "";
    QTest::newRow("a private network")
        << QByteArray("192.168.0.0/16\n1.10.16.0/20\n") << ""
        << "Covers 65,536 addresses of 192.168.0.0/16 (private network (RFC 1918))" << QStringList()
        << ""
        << "";
    QTest::newRow("two /8 side by side") << QByteArray("64.0.0.0/8\n65.0.0.0/8\n") << ""
                                         << "" << QStringList { "64.0.0.0/7" } << "64.0.0.0/7"
                                         << "";
    QByteArray wide;
    QStringList broad;
    for (int first = 20; first <= 64; first += 4) {
        wide += QByteArray::number(first) + ".0.0.0/7\n";
        broad << QString::number(first) + ".0.0.0/7";
    }
    QTest::newRow("more than are named")
        << wide << ""
        << "" << broad << broad.mid(0, 10).join(", ") + " and 2 more"
        << "";
    QTest::newRow("the administrator's session")
        << QByteArray("1.10.16.0/20\n") << "1.10.17.9"
        << "" << QStringList() << ""
        << "Covers 1.10.17.9, where your SSH session comes from";
    QTest::newRow("someone else's") << QByteArray("1.10.16.0/20\n") << "1.10.32.9"
                                    << "" << QStringList() << ""
                                    << "";
}

void FeedPreviewTest::warnings()
{
    QFETCH(QByteArray, list);
    QFETCH(QString, protectedAddress);
    QFETCH(QString, bogons);
    QFETCH(QStringList, broad);
    QFETCH(QString, broadNamed);
    QFETCH(QString, protectedWarning);

    QList<ProtectedNetwork> lockoutNetworks;
    if (!protectedAddress.isEmpty())
        lockoutNetworks =
            ownSessionPeers(protectedAddress + QStringLiteral(" 50000 192.0.2.1 22"), QString());
    m_preview->setBroadNetworksAllowed(false);
    m_preview->showResult(preview(list), QString(), lockoutNetworks);

    QCOMPARE(shown("bogonBar"), !bogons.isEmpty());
    QVERIFY2(label("bogons")->text().contains(bogons), qPrintable(label("bogons")->text()));

    QCOMPARE(m_preview->broadNetworks(), broad);
    QCOMPARE(shown("broadBar"), !broad.isEmpty());
    if (!broad.isEmpty()) {
        // The number's plural form comes from the translation; the names do not.
        const QString text = label("broadNetworks")->text();
        QVERIFY2(text.startsWith("The list holds " + QString::number(broad.size()) + " network"),
                 qPrintable(text));
        QVERIFY2(text.endsWith(", counting adjacent items as one: " + broadNamed
                               + ". The helper refuses such a list unless the feed allows "
                                 "networks that wide."),
                 qPrintable(text));
    }

    QCOMPARE(shown("protectedBar"), !protectedWarning.isEmpty());
    QCOMPARE(m_preview->protectedWarnings().size(), protectedWarning.isEmpty() ? 0 : 1);
    if (!protectedWarning.isEmpty()) {
        QVERIFY2(m_preview->protectedWarnings().first().startsWith(protectedWarning),
                 qPrintable(m_preview->protectedWarnings().first()));
        QCOMPARE(label("protectedWarnings")->text(), "• " + m_preview->protectedWarnings().first());
    }
    QVERIFY(!shown("fatalBar"));
}

void FeedPreviewTest::broadNetworksFollowTheSetting()
{
    m_preview->showResult(preview("64.0.0.0/7\n"), QString(), {});
    QVERIFY(shown("broadBar"));
    m_preview->setBroadNetworksAllowed(true);
    QVERIFY(!shown("broadBar"));
    // Still the list's, for the dialog to weigh against the feed's settings.
    QCOMPARE(m_preview->broadNetworks(), QStringList { "64.0.0.0/7" });
    m_preview->setBroadNetworksAllowed(false);
    QVERIFY(shown("broadBar"));

    // Allowed before the preview comes in: never shown.
    m_preview->setBroadNetworksAllowed(true);
    m_preview->showResult(preview("2400::/15\n"), QString(), {});
    QVERIFY(!shown("broadBar"));
    QCOMPARE(m_preview->broadNetworks(), QStringList { "2400::/15" });
}

void FeedPreviewTest::fatal_data()
{
    QTest::addColumn<FeedRefresh::Result>("result");
    QTest::addColumn<bool>("counts"); // shown
    QTest::addColumn<QString>("title"); // empty: no fatal error
    QTest::addColumn<QString>("text");

    QTest::newRow("usable") << preview(mixedFeed) << true << ""
                            << "";

    FeedRefresh::Result failed = preview(mixedFeed);
    failed.status = FeedRefresh::Status::Failed;
    failed.error = "Cannot read /srv/lists/drop.txt: No such file or directory.";
    QTest::newRow("failed") << failed << false
                            << "This feed cannot be imported. Nothing was changed."
                            << "Cannot read /srv/lists/drop.txt: No such file or directory.";

    FeedRefresh::Result empty;
    empty.status = FeedRefresh::Status::Previewed;
    QTest::newRow("nothing to block") << empty << true << "This feed cannot be imported."
                                      << "It holds no address that could be blocked.";
}

void FeedPreviewTest::fatal()
{
    QFETCH(FeedRefresh::Result, result);
    QFETCH(bool, counts);
    QFETCH(QString, title);
    QFETCH(QString, text);

    // What an earlier preview said goes.
    m_preview->showFatal("The feed was not saved.", "The helper cannot be reached.");
    m_preview->showResult(result, QString(), {});
    QCOMPARE(shown("validCount"), counts);
    QCOMPARE(shown("fatalBar"), !title.isEmpty());
    if (title.isEmpty())
        return;
    QCOMPARE(label("fatalTitle")->text(), title);
    QCOMPARE(label("fatalError")->text(), text);
    // A failed preview warns about nothing in a list it does not have.
    QVERIFY(!shown("bogonBar"));
    QVERIFY(!shown("invalidLines"));
}

void FeedPreviewTest::fatalFromTheDialog()
{
    m_preview->showFatal("The feed was not saved.", "The helper cannot be reached.");
    QVERIFY(!shown("previewHint"));
    QVERIFY(shown("fatalBar"));
    QCOMPARE(label("fatalTitle")->text(), "The feed was not saved.");
    QVERIFY(shown("fatalError"));
    m_preview->hideFatal();
    QVERIFY(!shown("fatalBar"));
    // A title alone.
    m_preview->showFatal("Loading the list was cancelled.", QString());
    QVERIFY(shown("fatalTitle"));
    QVERIFY(!shown("fatalError"));
}

QTEST_MAIN(FeedPreviewTest)
#include "feedpreviewtest.moc"
