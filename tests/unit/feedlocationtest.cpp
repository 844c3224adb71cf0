// Where a feed comes from, as the dialog and rampartctl read it: web addresses listed with
// their password or token hidden, which must be read whole before they are fetched or saved,
// countries as feeds, and the name a new feed gets from its location.

#include "feeds/feedlocation.h"
#include "rules/requestrules.h"

#include <QTest>

using namespace Rampart;

class FeedLocationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenCredentials_data();
    void hiddenCredentials();
    void countries_data();
    void countries();
    void suggestedNames_data();
    void suggestedNames();
};

void FeedLocationTest::hiddenCredentials_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("hides");

    // As the helper lists feeds to those who may only inspect them.
    const QString password = "https://reader:s3cret@lists.example.org/drop.txt";
    const QString token = "https://lists.example.org/drop.txt?format=plain&api_key=0123456789";
    QTest::newRow("password, whole") << password << false;
    QTest::newRow("password, redacted") << redactedLocation(password) << true;
    QTest::newRow("token, whole") << token << false;
    QTest::newRow("token, redacted") << redactedLocation(token) << true;
    QTest::newRow("nothing to hide") << "https://www.spamhaus.org/drop/drop.txt" << false;
    QTest::newRow("a file") << "/srv/lists/***.txt" << false;
    QTest::newRow("stars in the path") << "https://lists.example.org/***/drop.txt" << false;
}

void FeedLocationTest::hiddenCredentials()
{
    QFETCH(QString, location);
    QFETCH(bool, hides);
    QCOMPARE(hidesCredentials(location), hides);
    FeedInfo feed;
    feed.location = "https://lists.example.org/drop.txt";
    feed.checksumUrl = location;
    QCOMPARE(hidesCredentials(feed), hides);
}

void FeedLocationTest::countries_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("country"); // empty: not a country
    QTest::newRow("upper case") << "country:NZ"
                                << "NZ";
    QTest::newRow("lower case") << "country:nz"
                                << "NZ";
    QTest::newRow("three letters") << "country:NZL"
                                   << "";
    QTest::newRow("with a blank") << " country:NZ"
                                  << "";
    QTest::newRow("a file named so") << "/srv/country:NZ"
                                     << "";
    QTest::newRow("a web address") << "https://example.org/country:NZ"
                                   << "";
}

void FeedLocationTest::countries()
{
    QFETCH(QString, location);
    QFETCH(QString, country);
    QCOMPARE(countryOfLocation(location), country);
    if (!country.isEmpty()) {
        QCOMPARE(countryLocation(country.toLower()), "country:" + country);
        QCOMPARE(suggestedFeedName(location), "country-" + country.toLower());
    }
}

void FeedLocationTest::suggestedNames_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("name");
    QTest::newRow("url") << "https://www.spamhaus.org/drop/drop.txt"
                         << "drop";
    QTest::newRow("compressed") << "/srv/lists/Firehol_Level1.netset.gz"
                                << "firehol_level1";
    QTest::newRow("odd characters") << "/tmp/My List (2).txt"
                                    << "my-list-2-";
    QTest::newRow("no file name") << "https://lists.example.org/"
                                  << "lists";
    QTest::newRow("upper-case scheme") << "HTTPS://example.org/bannedips.zip"
                                       << "bannedips";
}

void FeedLocationTest::suggestedNames()
{
    QFETCH(QString, location);
    QFETCH(QString, name);
    QCOMPARE(suggestedFeedName(location), name);
}

QTEST_GUILESS_MAIN(FeedLocationTest)
#include "feedlocationtest.moc"
