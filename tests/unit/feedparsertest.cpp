// Blocklist feeds as they come: every format with bad lines mixed in, compressed and
// archived copies, and inputs that must not be imported at all. The fixtures are made
// here, archives with libarchive's writer.

#include "feeds/feedparser.h"

#include <QRandomGenerator>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Rampart;

Q_DECLARE_METATYPE(Rampart::FeedFormat)

namespace {

struct ArchiveFile
{
    QString path;
    QByteArray content;
};

enum class Packing { Gzip, Bzip2, Xz, Zip };

QByteArray pack(const QList<ArchiveFile> &files, Packing packing)
{
    qsizetype size = 64 * 1024;
    for (const ArchiveFile &file : files)
        size += file.content.size() + file.content.size() / 8;
    QByteArray buffer(size, '\0');
    size_t used = 0;
    archive *writer = archive_write_new();
    if (packing == Packing::Zip) {
        archive_write_set_format_zip(writer);
    } else {
        if (packing == Packing::Gzip)
            archive_write_add_filter_gzip(writer);
        else if (packing == Packing::Bzip2)
            archive_write_add_filter_bzip2(writer);
        else
            archive_write_add_filter_xz(writer);
        archive_write_set_format_raw(writer);
    }
    if (archive_write_open_memory(writer, buffer.data(), size_t(buffer.size()), &used)
        != ARCHIVE_OK)
        qFatal("archive_write_open_memory: %s", archive_error_string(writer));
    for (const ArchiveFile &file : files) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, file.path.toUtf8().constData());
        archive_entry_set_size(entry, file.content.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        if (archive_write_header(writer, entry) != ARCHIVE_OK
            || archive_write_data(writer, file.content.constData(), size_t(file.content.size()))
                != file.content.size())
            qFatal("archive_write: %s", archive_error_string(writer));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    buffer.truncate(qsizetype(used));
    return buffer;
}

FeedParseResult parse(const QByteArray &data, FeedFormat format = FeedFormat::Auto,
                      int csvColumn = -1)
{
    FeedParseOptions options;
    options.format = format;
    options.csvColumn = csvColumn;
    return parseFeed(data, options);
}

QStringList cidrTexts(const RangeSet &set)
{
    QStringList texts;
    for (const Cidr &cidr : set.toCidrs())
        texts << cidr.toString();
    return texts;
}

// FireHOL's .netset, Spamhaus DROP's comments, a range, IPv6 and bad lines.
const QByteArray linesFeed = "# FireHOL-like netset\n"
                             "#\n"
                             "1.2.3.0/24\n"
                             "1.2.3.7\n"
                             "10.0.0.0/8 ; SBL123\n"
                             "999.1.1.1\n"
                             "  192.0.2.1  # trailing comment\n"
                             "198.51.100.10 - 198.51.100.20\n"
                             "example.com\n"
                             "010.1.1.1\n"
                             "1.2.3.4/33\n"
                             "\n"
                             "2001:db8::/32\n"
                             "::ffff:203.0.113.9\n"
                             "192.0.2.1\n";
const QStringList linesCidrs { "1.2.3.0/24",       "10.0.0.0/8",       "192.0.2.1",
                               "198.51.100.10/31", "198.51.100.12/30", "198.51.100.16/30",
                               "198.51.100.20",    "203.0.113.9",      "2001:db8::/32" };

} // namespace

class FeedParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void formatNames();
    void formatOptions_data();
    void formatOptions();
    void addressRules_data();
    void addressRules();
    void packed_data();
    void packed();
    void fatal_data();
    void fatal();
    void hugeLine();
    void utf16WithByteOrderMark();
    void errorLimit();
    void chunkedLineNumbers_data();
    void chunkedLineNumbers();
    void progressAndCancel();
    void bogons_data();
    void bogons();
};

void FeedParserTest::formats_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<FeedFormat>("format");
    QTest::addColumn<int>("csvColumn"); // as detected
    QTest::addColumn<qint64>("valid");
    QTest::addColumn<qint64>("invalid");
    QTest::addColumn<qint64>("duplicates");
    QTest::addColumn<QList<qint64>>("errorLines");
    QTest::addColumn<QStringList>("errorTexts");
    QTest::addColumn<QStringList>("cidrs");

    QTest::newRow("lines") << linesFeed << FeedFormat::Lines << -1 << qint64(8) << qint64(4)
                           << qint64(2) << QList<qint64> { 6, 9, 10, 11 }
                           << QStringList { "999.1.1.1", "example.com", "010.1.1.1", "1.2.3.4/33" }
                           << linesCidrs;
    QByteArray crlf = linesFeed;
    crlf.replace("\n", "\r\n");
    QTest::newRow("lines with CRLF")
        << crlf << FeedFormat::Lines << -1 << qint64(8) << qint64(4) << qint64(2)
        << QList<qint64> { 6, 9, 10, 11 }
        << QStringList { "999.1.1.1", "example.com", "010.1.1.1", "1.2.3.4/33" } << linesCidrs;

    // Stop Forum Spam's bannedips.csv: one long line.
    QByteArray longLine;
    for (int i = 1; i <= 40; ++i)
        longLine += "100.1." + QByteArray::number(i) + ".1,";
    longLine += "bad,100.1.1.1,10.0.0.1-10.0.0.3,300.1.1.1\n"
                "9.9.9.9, 999.0.0.1 8.8.8.8\n";
    RangeSet separatedSet;
    for (int i = 1; i <= 40; ++i)
        separatedSet.add(*parseCidr(QStringLiteral("100.1.%1.1").arg(i)).cidr);
    for (const char *address : { "8.8.8.8", "9.9.9.9", "10.0.0.1", "10.0.0.2/31" })
        separatedSet.add(*parseCidr(QString::fromLatin1(address)).cidr);
    separatedSet.normalize();
    const QStringList separatedCidrs = cidrTexts(separatedSet);
    QTest::newRow("separated") << longLine << FeedFormat::Separated << -1 << qint64(44) << qint64(3)
                               << qint64(1) << QList<qint64> { 1, 1, 2 }
                               << QStringList { "bad", "300.1.1.1", "999.0.0.1" } << separatedCidrs;

    QTest::newRow("ranges") << QByteArray("# ranges\n"
                                          "1.0.0.0-1.0.0.255\n"
                                          "2.0.0.0 - 2.0.0.3\n"
                                          "5.0.0.9-5.0.0.1\n"
                                          "1.0.0.10-1.0.0.20\n")
                            << FeedFormat::Ranges << -1 << qint64(3) << qint64(1) << qint64(1)
                            << QList<qint64> { 4 } << QStringList { "5.0.0.9-5.0.0.1" }
                            << QStringList { "1.0.0.0/24", "2.0.0.0/30" };

    QTest::newRow("p2p") << QByteArray("# PeerGuardian\n"
                                       "Some Org:1.1.1.0-1.1.1.255\n"
                                       "Name: with: colons:2.2.2.0-2.2.2.1\n"
                                       "Bad range:3.3.3.3-3.3.3.999\n"
                                       "Inside:1.1.1.5-1.1.1.6\n"
                                       "4.4.4.0-4.4.4.1\n")
                         << FeedFormat::P2P << -1 << qint64(4) << qint64(1) << qint64(1)
                         << QList<qint64> { 4 } << QStringList { "3.3.3.3-3.3.3.999" }
                         << QStringList { "1.1.1.0/24", "2.2.2.0/31", "4.4.4.0/31" };

    QTest::newRow("dshield") << QByteArray(
        "#   DShield.org Recommended Block List\n"
        "#\n"
        "Start\tEnd\tNetblock\tAttacks\tName\tCountry\temail\n"
        "61.240.144.0\t61.240.144.255\t24\t12345\tCHINANET\tCN\tabuse@example.com\n"
        "45.148.10.0\t45.148.10.255\t24\t999\tSOMEONE\tNL\tx@example.com\n"
        "1.2.3.0\t1.2.3.128\t24\t1\tBAD\tXX\tx@example.com\n"
        "5.5.5.0\t5.5.5.255\t33\t1\tBAD\tXX\tx@example.com\n"
        "6.6.6.0\t6.6.6.7\t29\n")
                             << FeedFormat::DShield << -1 << qint64(3) << qint64(2) << qint64(0)
                             << QList<qint64> { 6, 7 }
                             << QStringList { "1.2.3.0 1.2.3.128 24", "5.5.5.0 5.5.5.255 33" }
                             << QStringList { "6.6.6.0/29", "45.148.10.0/24", "61.240.144.0/24" };

    QTest::newRow("csv") << QByteArray("ip,first_seen,reason\n"
                                       "\"192.0.2.5\",\"2024-01-01\",\"spam\"\n"
                                       "198.51.100.7,2024-01-02,\"scan, ssh\"\n"
                                       "not-an-ip,2024-01-03,x\n"
                                       "\"203.0.113.0/24\",2024-01-04,\"a \"\"quoted\"\" reason\"\n"
                                       "192.0.2.5,2024-01-05,dup\n")
                         << FeedFormat::Csv << 0 << qint64(4) << qint64(1) << qint64(1)
                         << QList<qint64> { 4 } << QStringList { "not-an-ip" }
                         << QStringList { "192.0.2.5", "198.51.100.7", "203.0.113.0/24" };
    QTest::newRow("csv, semicolons, third column")
        << QByteArray("id;date;address\n"
                      "1;2024-01-01;192.0.2.9\n"
                      "2;2024-01-02;2001:db8::5\n"
                      "3;2024-01-03;bad\n"
                      "4;2024-01-04\n")
        << FeedFormat::Csv << 2 << qint64(2) << qint64(2) << qint64(0) << QList<qint64> { 4, 5 }
        << QStringList { "bad", "4;2024-01-04" } << QStringList { "192.0.2.9", "2001:db8::5" };

    QTest::newRow("json") << QByteArray("[\"192.0.2.1\", \"198.51.100.0/24\", 42, \"bad\",\n"
                                        " {\"a\": \"1.2.3.4\"}, \"192.0.2.1\", "
                                        "\"2001:db8::\\u0031\", [\"x\", 1] ]")
                          << FeedFormat::Json << -1 << qint64(4) << qint64(4) << qint64(1)
                          << QList<qint64> { 3, 4, 5, 8 }
                          << QStringList { "42", "bad", "{\"a\": \"1.2.3.4\"}", "[\"x\", 1]" }
                          << QStringList { "192.0.2.1", "198.51.100.0/24", "2001:db8::1" };
}

void FeedParserTest::formats()
{
    QFETCH(QByteArray, data);
    QFETCH(FeedFormat, format);
    QFETCH(int, csvColumn);
    QFETCH(qint64, valid);
    QFETCH(qint64, invalid);
    QFETCH(qint64, duplicates);
    QFETCH(QList<qint64>, errorLines);
    QFETCH(QStringList, errorTexts);
    QFETCH(QStringList, cidrs);

    // Detected, and chosen.
    for (const FeedFormat chosen : { FeedFormat::Auto, format }) {
        const FeedParseResult result = parse(data, chosen);
        QVERIFY2(result.fatalError.isEmpty(), qPrintable(result.fatalError));
        QCOMPARE(result.format, format);
        QCOMPARE(result.csvColumn, csvColumn);
        QCOMPARE(result.valid, valid);
        QCOMPARE(result.invalid, invalid);
        QCOMPARE(result.duplicates, duplicates);
        QCOMPARE(result.errors.size(), errorLines.size());
        for (qsizetype i = 0; i < result.errors.size(); ++i) {
            const FeedLineError &error = result.errors[i];
            QCOMPARE(error.line, errorLines[i]);
            QCOMPARE(error.text, quotedItem(errorTexts[i]).mid(1).chopped(1));
            QVERIFY2(!error.reason.isEmpty(), qPrintable(error.text));
        }
        QCOMPARE(cidrTexts(result.ranges), cidrs);
    }
}

void FeedParserTest::formatNames()
{
    for (int i = int(FeedFormat::Auto); i <= int(FeedFormat::Json); ++i) {
        const auto format = FeedFormat(i);
        QCOMPARE(feedFormatFromName(feedFormatName(format)), format);
        QCOMPARE(feedFormatFromName(feedFormatName(format).toUpper()), format);
        QVERIFY(!feedFormatDescription(format).isEmpty());
    }
    QCOMPARE(feedFormatName(FeedFormat::P2P), QStringLiteral("p2p"));
    QCOMPARE(feedFormatName(FeedFormat::DShield), QStringLiteral("dshield"));
    QCOMPARE(feedFormatFromName(u"xml"), std::nullopt);
    QCOMPARE(feedFormatFromName(u""), std::nullopt);
}

void FeedParserTest::formatOptions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("column");
    QTest::newRow("auto") << "auto" << true << -1;
    QTest::newRow("csv column 3") << "csv:3" << true << 2;
    QTest::newRow("column on a non-csv format") << "lines:3" << false << 0;
    QTest::newRow("column 0") << "csv:0" << false << 0;
    QTest::newRow("unknown") << "xml" << false << 0;
}

void FeedParserTest::formatOptions()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, column);
    const std::optional<FeedParseOptions> options = feedOptionsFromText(text);
    QCOMPARE(options.has_value(), valid);
    if (valid) {
        QCOMPARE(options->csvColumn, column);
        QCOMPARE(feedOptionsText(*options), text);
    }
}

void FeedParserTest::addressRules_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("expected"); // the network, or empty for an error

    QTest::newRow("address") << QByteArray("203.0.113.7") << "203.0.113.7";
    QTest::newRow("host bits masked") << QByteArray("1.2.3.4/24") << "1.2.3.0/24";
    QTest::newRow("everything, not refused") << QByteArray("0.0.0.0/0") << "0.0.0.0/0";
    QTest::newRow("loopback, not refused") << QByteArray("127.0.0.1") << "127.0.0.1";
    QTest::newRow("mapped ipv6 is ipv4") << QByteArray("::ffff:1.2.3.4") << "1.2.3.4";
    QTest::newRow("mapped ipv6 network") << QByteArray("::ffff:1.2.3.0/120") << "1.2.3.0/24";
    QTest::newRow("ipv6 host bits") << QByteArray("2001:db8::1/64") << "2001:db8::/64";
    QTest::newRow("ipv6 embedded ipv4") << QByteArray("64:ff9b::192.0.2.1") << "64:ff9b::c000:201";
    QTest::newRow("ipv6 range") << QByteArray("2001:db8::-2001:db8::3") << "2001:db8::/126";
    QTest::newRow("mapped range") << QByteArray("::ffff:1.2.3.4-::ffff:1.2.3.7") << "1.2.3.4/30";
    QTest::newRow("spaced range") << QByteArray("\t1.2.3.4 -  1.2.3.5 ") << "1.2.3.4/31";
    QTest::newRow("prefix zero") << QByteArray("10.0.0.0/0") << "0.0.0.0/0";
    QTest::newRow("octal-looking") << QByteArray("010.1.1.1") << QString();
    QTest::newRow("part above 255") << QByteArray("999.1.1.1") << QString();
    QTest::newRow("prefix too long") << QByteArray("1.2.3.4/33") << QString();
    QTest::newRow("ipv6 prefix too long") << QByteArray("2001:db8::/129") << QString();
    QTest::newRow("prefix with a leading zero") << QByteArray("1.2.3.0/024") << QString();
    QTest::newRow("empty prefix") << QByteArray("1.2.3.4/") << QString();
    QTest::newRow("host name") << QByteArray("example.com") << QString();
    QTest::newRow("three parts") << QByteArray("1.2.3") << QString();
    QTest::newRow("five parts") << QByteArray("1.2.3.4.5") << QString();
    QTest::newRow("zone") << QByteArray("fe80::1%eth0") << QString();
    QTest::newRow("bad ipv6") << QByteArray("2001:db8:::1") << QString();
    QTest::newRow("reversed range") << QByteArray("1.2.3.9-1.2.3.4") << QString();
    QTest::newRow("mixed range") << QByteArray("1.2.3.4-::1") << QString();
    QTest::newRow("network in a range") << QByteArray("1.2.3.0/24-1.2.4.0") << QString();
    QTest::newRow("half a range") << QByteArray("1.2.3.4-") << QString();
    QTest::newRow("two addresses") << QByteArray("1.2.3.4 1.2.3.5") << QString();
    QTest::newRow("control character") << QByteArray("1.2.3.4\x01") << QString();
    QTest::newRow("latin-1 byte") << QByteArray("1.2.3.\xe9") << QString();
}

void FeedParserTest::addressRules()
{
    QFETCH(QByteArray, item);
    QFETCH(QString, expected);

    const FeedParseResult result = parse(item + '\n', FeedFormat::Lines);
    if (expected.isEmpty()) {
        QCOMPARE(result.valid, qint64(0));
        QCOMPARE(result.invalid, qint64(1));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors[0].line, qint64(1));
        QVERIFY(!result.errors[0].reason.isEmpty());
        QVERIFY2(result.errors[0].reason.contains(result.errors[0].text),
                 qPrintable(result.errors[0].reason));
        QVERIFY(!result.fatalError.isEmpty()); // nothing valid at all
    } else {
        QVERIFY2(result.fatalError.isEmpty(), qPrintable(result.fatalError));
        QCOMPARE(result.invalid, qint64(0));
        QCOMPARE(cidrTexts(result.ranges), QStringList { expected });
    }
}

void FeedParserTest::packed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("plain");

    QTest::newRow("gzip") << pack({ { "drop.txt", linesFeed } }, Packing::Gzip) << linesFeed;
    QTest::newRow("zip, one file")
        << pack({ { "drop.txt", linesFeed } }, Packing::Zip) << linesFeed;
    QTest::newRow("bzip2") << pack({ { "drop.txt", linesFeed } }, Packing::Bzip2) << linesFeed;
    QTest::newRow("xz") << pack({ { "drop.txt", linesFeed } }, Packing::Xz) << linesFeed;
    QTest::newRow("zip in gzip") << pack(
        { { "drop.zip", pack({ { "drop.txt", linesFeed } }, Packing::Zip) } }, Packing::Gzip)
                                 << linesFeed;
    const qsizetype half = linesFeed.indexOf("example.com");
    QTest::newRow("zip, two lists and a readme")
        << pack({ { "README.txt", "Not a list: 999.999.999.999\n" },
                  { "lists/part1.txt", linesFeed.left(half) },
                  { "LICENSE", "CC BY 4.0\n" },
                  { "lists/part2.txt", linesFeed.mid(half) } },
                Packing::Zip)
        << linesFeed;
    QTest::newRow("zip of a json feed")
        << pack({ { "feed.json", "[\"192.0.2.1\", \"bad\"]" } }, Packing::Zip)
        << QByteArray("[\"192.0.2.1\", \"bad\"]");
}

void FeedParserTest::packed()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, plain);

    const FeedParseResult unpacked = parse(data);
    const FeedParseResult reference = parse(plain);
    QVERIFY2(unpacked.fatalError.isEmpty(), qPrintable(unpacked.fatalError));
    QCOMPARE(unpacked.format, reference.format);
    QCOMPARE(unpacked.valid, reference.valid);
    QCOMPARE(unpacked.invalid, reference.invalid);
    QCOMPARE(unpacked.duplicates, reference.duplicates);
    QCOMPARE(unpacked.ranges, reference.ranges);
    QCOMPARE(unpacked.errors.size(), reference.errors.size());
    for (qsizetype i = 0; i < unpacked.errors.size(); ++i) {
        QCOMPARE(unpacked.errors[i].line, reference.errors[i].line);
        QCOMPARE(unpacked.errors[i].text, reference.errors[i].text);
    }
}

void FeedParserTest::fatal_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("empty");

    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big +=
            "10." + QByteArray::number(i / 256 % 256) + '.' + QByteArray::number(i % 256) + ".1\n";
    const QByteArray gzip = pack({ { "list.txt", big } }, Packing::Gzip);
    const QByteArray zip = pack({ { "list.txt", big } }, Packing::Zip);
    QTest::newRow("truncated gzip") << gzip.left(gzip.size() / 2) << "cannot be read" << false;
    QTest::newRow("truncated zip") << zip.left(zip.size() * 6 / 10) << "cannot be read" << false;
    QTest::newRow("empty zip") << pack({}, Packing::Zip) << "no files" << false;
    QTest::newRow("html page") << QByteArray(
        "\n<!DOCTYPE html>\n<html><head><title>Moved</title></head>\n"
        "<body>1.2.3.4</body></html>\n")
                               << "web page" << false;
    QTest::newRow("html without doctype")
        << QByteArray("  <HTML>\n1.2.3.4\n</HTML>") << "web page" << false;
    QTest::newRow("empty") << QByteArray() << "empty" << true;
    QTest::newRow("blank lines") << QByteArray("\n \r\n\t\n") << "empty" << true;
    QTest::newRow("only comments")
        << QByteArray("# nothing today\n; nor here\n") << "only comments" << true;
    QTest::newRow("empty json array") << QByteArray(" [ ] ") << "empty" << true;
    QByteArray garbage(4096, '\0');
    QRandomGenerator random(99);
    for (char &c : garbage)
        c = char(random.bounded(256));
    garbage[100] = '\0';
    garbage[0] = 'x'; // not a packed format's magic
    QTest::newRow("binary garbage") << garbage << "not text" << false;
    QTest::newRow("utf-16 without a byte order mark")
        << QByteArray("1\0.\0002\0.\0003\0.\0004\0\n\0", 16) << "not text" << false;
    QTest::newRow("nothing valid")
        << QByteArray("example.com\nlocalhost\n") << "Nothing in the feed" << false;
    QTest::newRow("cut-off json") << QByteArray("[\"192.0.2.1\", \"198.51") << "malformed" << false;
    QTest::newRow("json object") << QByteArray("{\"ips\": [\"192.0.2.1\"]}") << "not an array"
                                 << false;
}

void FeedParserTest::fatal()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mentions);
    QFETCH(bool, empty);

    const FeedParseResult result = parse(data);
    QVERIFY2(result.fatalError.contains(mentions), qPrintable(result.fatalError));
    QCOMPARE(result.empty, empty);
    QVERIFY(result.ranges.isEmpty());
}

// A 10 MB line is one error, reported in a few words.
void FeedParserTest::hugeLine()
{
    QByteArray data = "1.2.3.4\n" + QByteArray(10 * 1024 * 1024, 'x') + "\n5.6.7.8\n";
    const FeedParseResult result = parse(data);
    QVERIFY2(result.fatalError.isEmpty(), qPrintable(result.fatalError));
    QCOMPARE(result.valid, qint64(2));
    QCOMPARE(result.invalid, qint64(1));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].line, qint64(2));
    QVERIFY2(result.errors[0].text.size() < 50, qPrintable(result.errors[0].text));
    QVERIFY(result.errors[0].text.startsWith(u"xxxx"));
    QVERIFY2(result.errors[0].reason.size() < 200, qPrintable(result.errors[0].reason));
}

// Windows tools write UTF-16 with a byte order mark; such a file is read, not refused.
void FeedParserTest::utf16WithByteOrderMark()
{
    const QString text = QStringLiteral("# UTF-16\r\n192.0.2.1\r\n192.0.2.2\r\n");
    QByteArray data("\xff\xfe");
    for (const QChar c : text) {
        data += char(c.unicode() & 0xff);
        data += char(c.unicode() >> 8);
    }
    const FeedParseResult result = parse(data);
    QVERIFY2(result.fatalError.isEmpty(), qPrintable(result.fatalError));
    QCOMPARE(cidrTexts(result.ranges), (QStringList { "192.0.2.1", "192.0.2.2" }));
}

void FeedParserTest::errorLimit()
{
    QByteArray data = "192.0.2.1\n";
    for (int i = 0; i < 10; ++i)
        data += "bad" + QByteArray::number(i) + '\n';
    FeedParseOptions options;
    options.maxReportedErrors = 3;
    const FeedParseResult result = parseFeed(data, options);
    QVERIFY(result.fatalError.isEmpty());
    QCOMPARE(result.invalid, qint64(10));
    QCOMPARE(result.errors.size(), 3);
    QCOMPARE(result.errors[0].line, qint64(2));
    QCOMPARE(result.errors[2].line, qint64(4));
    QCOMPARE(result.errors[2].text, QStringLiteral("bad2"));
}

void FeedParserTest::chunkedLineNumbers_data()
{
    QTest::addColumn<FeedFormat>("format");
    QTest::addColumn<bool>("oneLine");

    QTest::newRow("lines") << FeedFormat::Lines << false;
    QTest::newRow("separated, many lines") << FeedFormat::Separated << false;
    QTest::newRow("separated, one line") << FeedFormat::Separated << true;
    QTest::newRow("csv") << FeedFormat::Csv << false;
}

// Large inputs are read in chunks on several threads: every error still has its line,
// and every address gets in.
void FeedParserTest::chunkedLineNumbers()
{
    QFETCH(FeedFormat, format);
    QFETCH(bool, oneLine);

    QRandomGenerator random(2026);
    QByteArray data;
    RangeSet expected;
    QList<qint64> badLines;
    QByteArrayList badTexts;
    qint64 line = 1;
    while (data.size() < 4 * 1024 * 1024) {
        const quint32 address = random.generate();
        const QByteArray text = QByteArray::number(address >> 24) + '.'
            + QByteArray::number((address >> 16) & 0xff) + '.'
            + QByteArray::number((address >> 8) & 0xff) + '.' + QByteArray::number(address & 0xff);
        if (random.bounded(1000) == 0) {
            const QByteArray bad =
                "bad-" + QByteArray::number(line) + "-" + QByteArray::number(badTexts.size());
            badLines << line;
            badTexts << bad;
            data += format == FeedFormat::Csv ? bad + ",x" : bad;
        } else {
            expected.addV4(address, address);
            data += format == FeedFormat::Csv ? text + ",x" : text;
        }
        if (format == FeedFormat::Separated) {
            data += oneLine || random.bounded(20) ? "," : "\n";
        } else {
            data += '\n';
        }
        if (data.endsWith('\n'))
            ++line;
        if (format == FeedFormat::Lines && random.bounded(50) == 0) {
            data += "# a comment, with 1.2.3.4 in it\n";
            ++line;
        }
    }
    expected.normalize();

    const FeedParseResult result = parse(data, format, 0);
    QVERIFY2(result.fatalError.isEmpty(), qPrintable(result.fatalError));
    QCOMPARE(result.invalid, qint64(badTexts.size()));
    QCOMPARE(result.errors.size(), badTexts.size());
    for (qsizetype i = 0; i < badTexts.size(); ++i) {
        QCOMPARE(result.errors[i].text,
                 quotedItem(QString::fromLatin1(badTexts[i])).mid(1).chopped(1));
        QCOMPARE(result.errors[i].line, badLines[i]);
    }
    QCOMPARE(result.ranges, expected);
}

void FeedParserTest::progressAndCancel()
{
    QByteArray data;
    for (int i = 0; i < 300000; ++i)
        data += "10." + QByteArray::number(i / 65536) + '.' + QByteArray::number(i / 256 % 256)
            + '.' + QByteArray::number(i % 256) + '\n';

    FeedParseOptions options;
    QList<qint64> reported;
    options.progress = [&reported, &data](qint64 done, qint64 total) {
        reported << done;
        return total == data.size();
    };
    const FeedParseResult result = parseFeed(data, options);
    QVERIFY(result.fatalError.isEmpty());
    QVERIFY(!reported.isEmpty());
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
    QCOMPARE(reported.last(), data.size());
    QCOMPARE(result.valid, qint64(300000));

    options.progress = [](qint64, qint64) {
        return false;
    };
    const FeedParseResult cancelled = parseFeed(data, options);
    QVERIFY2(cancelled.fatalError.contains(u"cancelled"), qPrintable(cancelled.fatalError));
    QVERIFY(cancelled.ranges.isEmpty());
}

void FeedParserTest::bogons_data()
{
    QTest::addColumn<QByteArray>("feed");
    QTest::addColumn<QStringList>("ranges");
    QTest::addColumn<QStringList>("counts");

    QTest::newRow("public only") << QByteArray("8.8.8.8\n2606:4700::1111\n") << QStringList {}
                                 << QStringList {};
    QTest::newRow("rfc 1918") << QByteArray("10.1.2.3\n192.168.0.0/16\n8.8.8.8\n172.31.0.0/17\n")
                              << QStringList { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16" }
                              << QStringList { "1", "32768", "65536" };
    QTest::newRow("loopback") << QByteArray("127.0.0.1\n::1\n")
                              << QStringList { "127.0.0.0/8", "::1" } << QStringList { "1", "1" };
    QTest::newRow("unique local") << QByteArray("fd00::/8\n2001:db8::1\n")
                                  << QStringList { "2001:db8::/32", "fc00::/7" }
                                  << QStringList { "1", "1329227995784915872903807060280344576" };
    QTest::newRow("straddling") << QByteArray("9.255.255.0-10.0.0.9\n")
                                << QStringList { "10.0.0.0/8" } << QStringList { "10" };
}

void FeedParserTest::bogons()
{
    QFETCH(QByteArray, feed);
    QFETCH(QStringList, ranges);
    QFETCH(QStringList, counts);

    const FeedParseResult result = parse(feed);
    QVERIFY(result.fatalError.isEmpty());
    const QList<BogonHit> hits = bogonsIn(result.ranges);
    QStringList hitRanges;
    QStringList hitCounts;
    for (const BogonHit &hit : hits) {
        hitRanges << hit.range.toString();
        hitCounts << hit.addresses.toString();
        QVERIFY(!hit.name.isEmpty());
    }
    QCOMPARE(hitRanges, ranges);
    QCOMPARE(hitCounts, counts);
    if (ranges.contains(u"10.0.0.0/8"))
        QCOMPARE(hits.front().name, QStringLiteral("private network (RFC 1918)"));

    // Everything touches every special range, loopback among them.
    const QList<BogonHit> everything = bogonsIn(parse("0.0.0.0/0\n::/0\n").ranges);
    QVERIFY(std::any_of(everything.begin(), everything.end(), [](const BogonHit &hit) {
        return hit.range.toString() == u"127.0.0.0/8";
    }));
    QVERIFY(std::any_of(everything.begin(), everything.end(),
                        [](const BogonHit &hit) { return hit.range.toString() == u"fc00::/7"; }));
}

QTEST_GUILESS_MAIN(FeedParserTest)
#include "feedparsertest.moc"
