// The rules every request to the helper is held to, shared by the helper, the window and
// rampartctl: text that people are shown, feed names, a feed's settings, and the location
// as callers without the right to fetch feeds see it.

#include "rules/requestrules.h"

#include <QTest>

using namespace Rampart;

class RequestRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayableText_data();
    void displayableText();
    void loneSurrogatesAreNotDisplayable_data();
    void loneSurrogatesAreNotDisplayable();
    void commentRefusal_data();
    void commentRefusal();
    void feedName_data();
    void feedName();
    void feedSettings_data();
    void feedSettings();
    void needsInsecure_data();
    void needsInsecure();
    void feedFormatCsvColumnZero();
    void redactedLocations();
    void redactedLocation_data();
    void redactedLocation();
    void redactedUnparsableLocation_data();
    void redactedUnparsableLocation();
};

namespace {

// Not QString::fromUcs4(), which takes a leading U+FEFF for a byte-order mark and drops it.
QString codePoint(char32_t c)
{
    if (!QChar::requiresSurrogates(c))
        return QString(QChar(char16_t(c)));
    const QChar pair[] = { QChar(QChar::highSurrogate(c)), QChar(QChar::lowSurrogate(c)) };
    return QString(pair, 2);
}

// Text around a character, so that the rule is seen to look inside the text.
QString inside(const QString &text)
{
    return QStringLiteral("before") + text + QStringLiteral("after");
}

} // namespace

void RequestRulesTest::displayableText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("displayable");

    QTest::newRow("empty") << QString() << true;
    QTest::newRow("plain") << "Spamhaus DROP list, 2024-05 (via cron)" << true;
    QTest::newRow("accented") << QString::fromUtf8("Ça coûte déjà trop, señor Müller") << true;
    QTest::newRow("CJK") << QString::fromUtf8("垃圾邮件来源 スパム 스팸") << true;
    QTest::newRow("emoji as a surrogate pair") << inside(codePoint(0x1F6AB)) << true;
    QTest::newRow("right-to-left script") << QString::fromUtf8("שלום عربي") << true;

    QTest::newRow("tab") << "a\tb" << false;
    QTest::newRow("line feed") << "a\nb" << false;
    QTest::newRow("carriage return") << "a\rb" << false;
    QTest::newRow("escape") << "a\x1b[31mred" << false;
    QTest::newRow("NUL") << inside(QString(QChar(0))) << false;
    QTest::newRow("DEL") << inside(codePoint(0x7f)) << false;
    QTest::newRow("C1 NEL U+0085") << inside(codePoint(0x85)) << false;
    QTest::newRow("C1 CSI U+009B") << inside(codePoint(0x9b)) << false;
    QTest::newRow("line separator U+2028") << inside(codePoint(0x2028)) << false;
    QTest::newRow("paragraph separator U+2029") << inside(codePoint(0x2029)) << false;
    QTest::newRow("RIGHT-TO-LEFT OVERRIDE U+202E") << inside(codePoint(0x202e)) << false;
    QTest::newRow("ZERO WIDTH SPACE U+200B") << inside(codePoint(0x200b)) << false;
    QTest::newRow("BOM U+FEFF") << inside(codePoint(0xfeff)) << false;
    QTest::newRow("BOM U+FEFF first") << codePoint(0xfeff) + "text" << false;
    QTest::newRow("LEFT-TO-RIGHT ISOLATE U+2066") << inside(codePoint(0x2066)) << false;
    QTest::newRow("soft hyphen U+00AD (Cf)") << inside(codePoint(0xad)) << false;
    QTest::newRow("language tag U+E0001 (Cf, plane 14)") << inside(codePoint(0xe0001)) << false;
    QTest::newRow("private use U+E000") << inside(codePoint(0xe000)) << false;
    QTest::newRow("private use U+F8FF") << inside(codePoint(0xf8ff)) << false;
    QTest::newRow("private use U+F0000 (plane 15)") << inside(codePoint(0xf0000)) << false;
    QTest::newRow("private use U+10FFFD (plane 16)") << inside(codePoint(0x10fffd)) << false;
    QTest::newRow("unassigned U+0378") << inside(codePoint(0x378)) << false;
    QTest::newRow("noncharacter U+FFFF") << inside(codePoint(0xffff)) << false;
    QTest::newRow("noncharacter U+1FFFE") << inside(codePoint(0x1fffe)) << false;
    // What an unpaired surrogate is replaced with, and so not refused for itself.
    QTest::newRow("replacement character U+FFFD") << inside(codePoint(0xfffd)) << true;
}

void RequestRulesTest::displayableText()
{
    QFETCH(QString, text);
    QFETCH(bool, displayable);
    QCOMPARE(isDisplayableText(text), displayable);
}

void RequestRulesTest::loneSurrogatesAreNotDisplayable_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("lone high surrogate") << inside(QString(QChar(0xd800)));
    QTest::newRow("lone low surrogate") << inside(QString(QChar(0xdc00)));
    QTest::newRow("surrogates in the wrong order")
        << inside(QString(QChar(0xde00)) + QChar(0xd83d));
    QTest::newRow("high surrogate at the end") << "after" + QString(QChar(0xd83d));
}

void RequestRulesTest::loneSurrogatesAreNotDisplayable()
{
    QFETCH(QString, text);
    // QStringView::toUcs4() would turn an unpaired surrogate into U+FFFD (category So).
    QVERIFY(!isDisplayableText(text));
    QVERIFY(!Rampart::commentRefusal(text).isEmpty());
}

void RequestRulesTest::commentRefusal_data()
{
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("refusalContains"); // empty: accepted

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << "scanner seen on port 22" << QString();
    QTest::newRow("accented") << QString::fromUtf8("réseau de zombies à Köln") << QString();
    QTest::newRow("emoji") << "bad " + codePoint(0x1F47E) << QString();
    QTest::newRow("at the limit") << QString(maxCommentLength, u'x') << QString();
    // Characters as people count them: each emoji is one, though two UTF-16 units.
    QString emoji;
    for (int i = 0; i < maxCommentLength; ++i)
        emoji += codePoint(0x1F47E);
    QTest::newRow("emoji at the limit") << emoji << QString();
    QTest::newRow("emoji one over the limit") << emoji
            + codePoint(0x1F47E) << QStringLiteral("%1 characters long").arg(maxCommentLength + 1);
    QTest::newRow("one over the limit") << QString(maxCommentLength + 1, u'x')
                                        << QStringLiteral("%1 characters long; the limit is %2")
                                               .arg(maxCommentLength + 1)
                                               .arg(maxCommentLength);
    QTest::newRow("far over the limit")
        << QString(100'000, u'x') << QStringLiteral("100000 characters");
    QTest::newRow("line feed") << "first\nsecond"
                               << "control";
    QTest::newRow("RIGHT-TO-LEFT OVERRIDE") << "evil" + codePoint(0x202e) + "txt.exe"
                                            << "control";
    QTest::newRow("ZERO WIDTH SPACE") << "a" + codePoint(0x200b) << "control";
    QTest::newRow("private use") << "a" + codePoint(0xe000) << "control";
    QTest::newRow("line separator") << "a" + codePoint(0x2028) + "b"
                                    << "control";
}

void RequestRulesTest::commentRefusal()
{
    QFETCH(QString, comment);
    QFETCH(QString, refusalContains);
    const QString refusal = Rampart::commentRefusal(comment);
    if (refusalContains.isEmpty()) {
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        return;
    }
    QVERIFY2(refusal.contains(refusalContains), qPrintable(refusal));
    QVERIFY2(refusal.contains(u"comment"), qPrintable(refusal));
    // The refusal quotes the comment with its control and invisible characters escaped
    // (a refusal of U+202E must not itself be turned around by it), and cut short.
    QVERIFY(!refusal.contains(u'\n'));
    for (const char16_t invisible : { u'\x202e', u'\x200b', u'\xe000', u'\x2028' })
        QVERIFY2(!refusal.contains(QChar(invisible)), qPrintable(refusal));
    QVERIFY(refusal.size() < 400);
}

void RequestRulesTest::feedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("nl") << "nl" << true;
    QTest::newRow("one letter") << "a" << true;
    QTest::newRow("one digit") << "7" << true;
    QTest::newRow("every kind of character") << "spamhaus-drop.v4_1" << true;
    QTest::newRow("32 characters") << QString(maxFeedNameLength, u'a') << true;
    QTest::newRow("32 characters, mixed") << "a" + QString(maxFeedNameLength - 1, u'-') << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("33 characters") << QString(maxFeedNameLength + 1, u'a') << false;
    QTest::newRow("trailing line feed") << "nl\n" << false;
    QTest::newRow("trailing carriage return") << "nl\r" << false;
    QTest::newRow("line feed inside") << "n\nl" << false;
    QTest::newRow("leading space") << " nl" << false;
    QTest::newRow("trailing space") << "nl " << false;
    QTest::newRow("upper case") << "NL" << false;
    QTest::newRow("starts with a hyphen") << "-nl" << false;
    QTest::newRow("starts with a dot") << ".nl" << false;
    QTest::newRow("starts with an underscore") << "_nl" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("path") << "../etc" << false;
    QTest::newRow("colon") << "a:b" << false;
    QTest::newRow("accented") << QString::fromUtf8("café") << false;
    QTest::newRow("full-width digit") << QString::fromUtf8("nl１") << false;
    QTest::newRow("NUL after a name") << "nl" + QString(QChar(0)) << false;
}

void RequestRulesTest::feedName()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE(isFeedName(name), accepted);
    const QString refusal = feedNameRefusal(name);
    QCOMPARE(refusal.isEmpty(), accepted);
    if (!accepted) {
        QVERIFY2(refusal.contains(u"feed name"), qPrintable(refusal));
        QVERIFY2(refusal.contains(QString::number(maxFeedNameLength)), qPrintable(refusal));
    }
}

void RequestRulesTest::feedSettings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("checksumUrl");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<quint32>("refreshSeconds");
    QTest::addColumn<quint32>("maxShrinkPercent");
    QTest::addColumn<QString>("refusalContains"); // empty: accepted

    const QString https = QStringLiteral("https://www.spamhaus.org/drop/drop.txt");
    const QString http = QStringLiteral("http://lists.example.org/drop.txt");
    const QString notLocation = QStringLiteral("is not a feed location");
    const QString plainHttp = QStringLiteral("plain http");
    const quint32 day = 86400;

    auto row = [](const char *tag) -> QTestData & {
        return QTest::newRow(tag);
    };

    // Accepted.
    row("https feed") << "drop" << https << "auto" << QString() << false << day << 50u << QString();
    row("absolute path") << "local"
                         << "/var/lib/lists/drop.txt"
                         << "lines" << QString() << false << 0u << 50u << QString();
    row("country") << "us"
                   << "country:US"
                   << "country" << QString() << false << day << 50u << QString();
    for (const char *format : { "auto", "lines", "separated", "ranges", "p2p", "dshield", "json",
                                "csv", "csv:1", "csv:12", "csv:999" })
        QTest::addRow("format %s", format)
            << "drop" << https << format << QString() << false << day << 50u << QString();
    row("https checksum") << "drop" << https << "auto" << https + ".sha256" << false << day << 50u
                          << QString();
    row("location of the longest length")
        << "drop"
        << "https://example.org/" + QString(maxFeedTextLength - 20, u'a') << "auto" << QString()
        << false << day << 50u << QString();

    // Plain http.
    row("http to another host") << "drop" << http << "auto" << QString() << false << day << 50u
                                << plainHttp;
    row("http to another host, insecure")
        << "drop" << http << "auto" << QString() << true << day << 50u << QString();
    row("http vouched for by an https checksum")
        << "drop" << http << "auto"
        << "https://example.org/drop.txt.sha256" << false << day << 50u << QString();
    row("http checksum of an https list") << "drop" << https << "auto"
                                          << "http://example.org/drop.txt.sha256" << false << day
                                          << 50u << "http://example.org/drop.txt.sha256";
    row("http checksum, insecure")
        << "drop" << https << "auto"
        << "http://example.org/drop.txt.sha256" << true << day << 50u << QString();
    // Only https vouches for a list: a plain http checksum, even from this machine, does not.
    row("http list with an http checksum on localhost")
        << "drop" << http << "auto"
        << "http://127.0.0.1/drop.txt.sha256" << false << day << 50u << http;
    row("http list with an http checksum")
        << "drop" << http << "auto"
        << "http://example.org/drop.txt.sha256" << false << day << 50u << plainHttp;
    row("http to 127.0.0.1") << "drop"
                             << "http://127.0.0.1/drop.txt"
                             << "auto" << QString() << false << day << 50u << QString();
    row("http to 127.1.2.3") << "drop"
                             << "http://127.1.2.3/"
                             << "auto" << QString() << false << day << 50u << QString();
    row("http to 127.0.0.1 with a port") << "drop"
                                         << "http://127.0.0.1:8080/drop.txt"
                                         << "auto" << QString() << false << day << 50u << QString();
    row("http to ::1") << "drop"
                       << "http://[::1]/"
                       << "auto" << QString() << false << day << 50u << QString();
    row("http to localhost") << "drop"
                             << "http://localhost/"
                             << "auto" << QString() << false << day << 50u << QString();
    row("http checksum on localhost") << "drop" << https << "auto"
                                      << "http://localhost/sum" << false << day << 50u << QString();
    row("http to 128.0.0.1") << "drop"
                             << "http://128.0.0.1/"
                             << "auto" << QString() << false << day << 50u << plainHttp;
    row("http to 126.255.255.255") << "drop"
                                   << "http://126.255.255.255/"
                                   << "auto" << QString() << false << day << 50u << plainHttp;
    row("http to ::2") << "drop"
                       << "http://[::2]/"
                       << "auto" << QString() << false << day << 50u << plainHttp;
    row("http to a name under localhost's")
        << "drop"
        << "http://localhost.example.org/"
        << "auto" << QString() << false << day << 50u << plainHttp;
    row("http to a name that starts like loopback")
        << "drop"
        << "http://127.0.0.1.example.org/"
        << "auto" << QString() << false << day << 50u << plainHttp;
    row("http with loopback as the user")
        << "drop"
        << "http://127.0.0.1@example.org/"
        << "auto" << QString() << false << day << 50u << plainHttp;
    row("http to localhost, remote checksum")
        << "drop"
        << "http://localhost/"
        << "auto"
        << "http://example.org/sum" << false << day << 50u << "http://example.org/sum";

    // Locations.
    row("relative path") << "drop"
                         << "lists/drop.txt"
                         << "auto" << QString() << false << day << 50u << notLocation;
    row("ftp") << "drop"
               << "ftp://example.org/drop.txt"
               << "auto" << QString() << false << day << 50u << notLocation;
    row("file URL") << "drop"
                    << "file:///etc/passwd"
                    << "auto" << QString() << false << day << 50u << notLocation;
    row("empty location") << "drop" << QString() << "auto" << QString() << false << day << 50u
                          << notLocation;
    row("space in the location") << "drop"
                                 << "https://example.org/drop list.txt"
                                 << "auto" << QString() << false << day << 50u << notLocation;
    row("space in a path") << "drop"
                           << "/var/lib/my lists/drop.txt"
                           << "auto" << QString() << false << day << 50u << notLocation;
    row("line feed in the location") << "drop"
                                     << "https://example.org/drop.txt\nX-Evil: 1"
                                     << "auto" << QString() << false << day << 50u << notLocation;
    row("tab in the location") << "drop"
                               << "/var/lib/a\tb"
                               << "auto" << QString() << false << day << 50u << notLocation;
    row("RIGHT-TO-LEFT OVERRIDE in the location")
        << "drop"
        << "https://example.org/" + codePoint(0x202e) + "txt.exe"
        << "auto" << QString() << false << day << 50u << notLocation;
    row("location one over the longest length")
        << "drop"
        << "https://example.org/" + QString(maxFeedTextLength - 19, u'a') << "auto" << QString()
        << false << day << 50u << notLocation;

    // Countries.
    row("country with another format")
        << "us"
        << "country:US"
        << "auto" << QString() << false << day << 50u << "and only they";
    row("format country for a URL")
        << "drop" << https << "country" << QString() << false << day << 50u << "and only they";
    row("lower-case country") << "us"
                              << "country:us"
                              << "country" << QString() << false << day << 50u << notLocation;
    row("three-letter country") << "us"
                                << "country:USA"
                                << "country" << QString() << false << day << 50u << notLocation;
    row("country with a line feed") << "us"
                                    << "country:US\n"
                                    << "country" << QString() << false << day << 50u << notLocation;

    // Formats.
    for (const char *format : { "", "AUTO", "csv:", "csv:x", "csv:1000", "csv:-1", "csv:1:2",
                                "csv 1", "lines\n", " lines", "txt" })
        QTest::addRow("format \"%s\"", format) << "drop" << https << format << QString() << false
                                               << day << 50u << "is not a feed format";

    // Checksum URLs.
    row("checksum that is a path")
        << "drop" << https << "auto"
        << "/var/lib/sum" << false << day << 50u << "is not a checksum URL";
    row("checksum with a space") << "drop" << https << "auto"
                                 << "https://example.org/a b" << false << day << 50u
                                 << "is not a checksum URL";
    row("checksum with a line feed") << "drop" << https << "auto"
                                     << "https://example.org/a\n"
                                     << false << day << 50u << "is not a checksum URL";
    row("checksum over the longest length")
        << "drop" << https << "auto"
        << "https://example.org/" + QString(maxFeedTextLength, u'a') << false << day << 50u
        << "is not a checksum URL";

    // Refresh intervals and shrink shares.
    row("refresh only when asked")
        << "drop" << https << "auto" << QString() << false << 0u << 50u << QString();
    row("refresh every 299 s") << "drop" << https << "auto" << QString() << false << 299u << 50u
                               << "299 s";
    row("refresh every 300 s") << "drop" << https << "auto" << QString() << false << 300u << 50u
                               << QString();
    row("refresh every 366 days") << "drop" << https << "auto" << QString() << false << 366 * day
                                  << 50u << QString();
    row("refresh one second over 366 days")
        << "drop" << https << "auto" << QString() << false << 366 * day + 1 << 50u << "outside";
    row("refresh every 1 s") << "drop" << https << "auto" << QString() << false << 1u << 50u
                             << "outside";
    row("shrink 0") << "drop" << https << "auto" << QString() << false << day << 0u << QString();
    row("shrink 100") << "drop" << https << "auto" << QString() << false << day << 100u
                      << QString();
    row("shrink 101") << "drop" << https << "auto" << QString() << false << day << 101u
                      << "shrink by 101";
    row("shrink 4294967295") << "drop" << https << "auto" << QString() << false << day
                             << 4294967295u << "shrink";

    // Names.
    row("bad name") << "Drop" << https << "auto" << QString() << false << day << 50u
                    << "not a feed name";
    row("name with a line feed") << "drop\n"
                                 << https << "auto" << QString() << false << day << 50u
                                 << "not a feed name";
}

void RequestRulesTest::feedSettings()
{
    QFETCH(QString, name);
    QFETCH(QString, location);
    QFETCH(QString, format);
    QFETCH(QString, checksumUrl);
    QFETCH(bool, insecure);
    QFETCH(quint32, refreshSeconds);
    QFETCH(quint32, maxShrinkPercent);
    QFETCH(QString, refusalContains);

    FeedInfo feed;
    feed.name = name;
    feed.location = location;
    feed.format = format;
    feed.checksumUrl = checksumUrl;
    feed.insecure = insecure;
    feed.refreshSeconds = refreshSeconds;
    feed.maxShrinkPercent = maxShrinkPercent;
    const QString refusal = feedSettingsRefusal(feed);
    if (refusalContains.isEmpty()) {
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        return;
    }
    QVERIFY2(refusal.contains(refusalContains), qPrintable(refusal));
}

void RequestRulesTest::needsInsecure_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("checksumUrl");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<bool>("needs");

    const QString http = QStringLiteral("http://lists.example.org/drop.txt");
    QTest::newRow("https") << "drop"
                           << "https://lists.example.org/drop.txt" << QString() << false << false;
    QTest::newRow("plain http to another host") << "drop" << http << QString() << false << true;
    QTest::newRow("plain http, already insecure") << "drop" << http << QString() << true << true;
    QTest::newRow("plain http to this machine")
        << "drop"
        << "http://127.0.0.1:8080/drop.txt" << QString() << false << false;
    QTest::newRow("plain http vouched for by an https checksum")
        << "drop" << http << "https://lists.example.org/drop.txt.sha256" << false << false;
    QTest::newRow("plain http checksum")
        << "drop"
        << "https://lists.example.org/drop.txt"
        << "http://lists.example.org/drop.txt.sha256" << false << true;
    // Refused for something insecure does not mend.
    QTest::newRow("plain http and a bad name") << "Drop!" << http << QString() << false << false;
    QTest::newRow("not a location")
        << "drop"
        << "ftp://lists.example.org/drop.txt" << QString() << false << false;
}

void RequestRulesTest::needsInsecure()
{
    QFETCH(QString, name);
    QFETCH(QString, location);
    QFETCH(QString, checksumUrl);
    QFETCH(bool, insecure);
    QFETCH(bool, needs);

    FeedInfo feed;
    feed.name = name;
    feed.location = location;
    feed.format = QStringLiteral("auto");
    feed.checksumUrl = checksumUrl;
    feed.insecure = insecure;
    feed.refreshSeconds = 86400;
    QCOMPARE(Rampart::needsInsecure(feed), needs);
}

void RequestRulesTest::feedFormatCsvColumnZero()
{
    // Columns count from 1: the clients' parser (feedOptionsFromText) takes csv:1 to
    // csv:999 only, so a feed kept as csv:0 could never be read.
    FeedInfo feed;
    feed.name = QStringLiteral("drop");
    feed.location = QStringLiteral("https://example.org/drop.csv");
    feed.format = QStringLiteral("csv:1");
    QVERIFY(feedSettingsRefusal(feed).isEmpty());
    for (const char *format : { "csv:0", "csv:00", "csv:000", "csv:01" }) {
        feed.format = QString::fromLatin1(format);
        QVERIFY2(!feedSettingsRefusal(feed).isEmpty(), format);
    }
}

void RequestRulesTest::redactedLocations()
{
    // A feed's last error as a download reports it, for readers who may not see tokens.
    QCOMPARE(
        Rampart::redactedLocations(QStringLiteral(
            "https://example.org/l?apikey=K3Y answered 404; tried http://u:p@mirror.example/x.")),
        QStringLiteral("https://example.org/l?apikey=*** answered 404; tried "
                       "http://***@mirror.example/x."));
    QCOMPARE(Rampart::redactedLocations(QStringLiteral("no address here")),
             QStringLiteral("no address here"));
    QCOMPARE(Rampart::redactedLocations(QString()), QString());
}

void RequestRulesTest::redactedLocation_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("shown");

    // Credentials.
    QTest::newRow("user and password") << "https://user:secret@example.org/x"
                                       << "https://***@example.org/x";
    QTest::newRow("user alone") << "https://user@example.org/"
                                << "https://***@example.org/";
    QTest::newRow("password alone") << "https://:secret@example.org/"
                                    << "https://***@example.org/";
    QTest::newRow("user and password with a port") << "https://user:secret@example.org:8443/x"
                                                   << "https://***@example.org:8443/x";
    QTest::newRow("plain http") << "http://user:secret@127.0.0.1/x"
                                << "http://***@127.0.0.1/x";
    for (const char *key : { "key", "apikey", "api_key", "token", "access_token", "password",
                             "secret", "auth", "sig" }) {
        QTest::addRow("query %s", key)
            << QStringLiteral("https://example.org/list?%1=s3cr3t").arg(QLatin1String(key))
            << QStringLiteral("https://example.org/list?%1=***").arg(QLatin1String(key));
        const QString upper = QString::fromLatin1(key).toUpper();
        QTest::addRow("query %s in upper case", key)
            << QStringLiteral("https://example.org/list?%1=s3cr3t").arg(upper)
            << QStringLiteral("https://example.org/list?%1=***").arg(upper);
    }
    QTest::newRow("query in mixed case") << "https://example.org/list?ApiKey=s3cr3t"
                                         << "https://example.org/list?ApiKey=***";
    QTest::newRow("token among harmless parameters")
        << "https://example.org/list?format=txt&token=s3cr3t&v=4"
        << "https://example.org/list?format=txt&token=***&v=4";
    QTest::newRow("two credentials") << "https://example.org/l?key=a&sig=b"
                                     << "https://example.org/l?key=***&sig=***";
    QTest::newRow("semicolon separator") << "https://example.org/l?a=1;token=s3cr3t"
                                         << "https://example.org/l?a=1;token=***";
    QTest::newRow("token in the fragment") << "https://example.org/l#token=s3cr3t"
                                           << "https://example.org/l#token=***";
    QTest::newRow("signature word") << "https://example.org/l?X-Amz-Signature=s3cr3t&x=1"
                                    << "https://example.org/l?X-Amz-Signature=***&x=1";
    QTest::newRow("a word that merely holds sig") << "https://example.org/l?design=blue"
                                                  << "https://example.org/l?design=blue";
    QTest::newRow("harmless parameter with an escaped value beside a token")
        << "https://example.org/l?token=s3cr3t&q=a%26b%20c"
        << "https://example.org/l?token=***&q=a%26b%20c";
    QTest::newRow("escaped delimiters in a harmless value stay escaped")
        << "https://example.org/l?token=x&q=a%2Bb%3Dc%25d%23e"
        << "https://example.org/l?token=***&q=a%2Bb%3Dc%25d%23e";
    QTest::newRow("token with an escaped value") << "https://example.org/l?token=s%26cr%3Det"
                                                 << "https://example.org/l?token=***";
    QTest::newRow("token in a name written with escapes") << "https://example.org/l?t%6Fken=s3cr3t"
                                                          << "https://example.org/l?token=***";
    QTest::newRow("credentials and a token") << "https://u:p@example.org/l?key=a&format=txt"
                                             << "https://***@example.org/l?key=***&format=txt";

    // Nothing to hide: unchanged, byte for byte.
    for (const char *location :
         { "https://www.spamhaus.org/drop/drop.txt", "https://example.org/list?format=txt",
           "https://example.org/list?format=txt&v=4#part", "http://127.0.0.1:8080/a%20b?q=%7e",
           "https://EXAMPLE.org/Drop.TXT", "https://[2001:db8::1]:8443/x?y=z",
           "https://example.org", "/var/lib/rampart/drop.txt", "/var/lib/token=abc", "country:US",
           "" })
        QTest::addRow("unchanged %s", location) << location << location;
}

void RequestRulesTest::redactedLocation()
{
    QFETCH(QString, location);
    QFETCH(QString, shown);
    QCOMPARE(Rampart::redactedLocation(location), shown);
}

void RequestRulesTest::redactedUnparsableLocation_data()
{
    QTest::addColumn<QString>("location");

    QTest::newRow("space in the host") << "https://user:s3cr3t@exa mple.org/";
    QTest::newRow("two @") << "https://user:s3cr3t@example.org@evil.example/";
    QTest::newRow("unclosed bracket") << "https://[::1/x?token=s3cr3t";
    QTest::newRow("bad escape beside a token") << "https://example.org/l?token=s3cr3t&x=%zz";
    QTest::newRow("port out of range") << "https://user:s3cr3t@example.org:99999/";
    QTest::newRow("bad escape in the password") << "https://user:s3cr3t%zz@example.org/";
}

void RequestRulesTest::redactedUnparsableLocation()
{
    QFETCH(QString, location);
    const QString shown = Rampart::redactedLocation(location);
    QVERIFY2(!shown.contains(u"s3cr3t"), qPrintable(shown));
    QVERIFY(!shown.isEmpty());
}

QTEST_GUILESS_MAIN(RequestRulesTest)
#include "requestrulestest.moc"
