// What the helper holds a request's content to once polkit has said yes, without root, the
// bus, the store or the kernel: each check on inputs that must pass and on inputs that must
// fail, with the message the helper answers, which names the item and says why; and each
// method's checks in the order the helper runs them.

#include "requestchecks.h"
#include "listfiles.h"

#include "dbus/helpertypes.h"
#include "net/packedcidrs.h"
#include "rules/entryrules.h"
#include "rules/requestrules.h"
#include "testcidr.h"

#include <QTemporaryFile>
#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <climits>

using namespace Rampart;

Q_DECLARE_METATYPE(Rampart::EntryUse)

class RequestChecksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodedUtf8_data();
    void decodedUtf8();
    void parseEntries_data();
    void parseEntries();
    void sealedListRefusal_data();
    void sealedListRefusal();
    void readSealedList_data();
    void readSealedList();
    void timeoutRefusal_data();
    void timeoutRefusal();
    void confirmWithinRefusal_data();
    void confirmWithinRefusal();
    void verdictRefusal_data();
    void verdictRefusal();
    void httpValidatorRefusal_data();
    void httpValidatorRefusal();
    void fetchErrorRefusal_data();
    void fetchErrorRefusal();
    void feedListRefusal_data();
    void feedListRefusal();
    void blockRequestRefusal_data();
    void blockRequestRefusal();
    void allowRequestRefusal_data();
    void allowRequestRefusal();
    void feedUpdateRefusal_data();
    void feedUpdateRefusal();
};

namespace {

const qint64 listLimit =
    PackedCidrs::magic.size() + qint64(maxEntriesPerCall) * PackedCidrs::recordSize;

// Closes its descriptor when it goes.
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    { }
    ~Descriptor()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QList<Cidr> cidrsOf(const QStringList &texts)
{
    QList<Cidr> list;
    for (const QString &text : texts)
        list << cidr(text);
    return list;
}

QStringList textsOf(const QList<Cidr> &cidrs)
{
    QStringList texts;
    for (const Cidr &cidr : cidrs)
        texts << cidr.toString();
    return texts;
}

// Entries as decodeRequest keeps them: each followed by a NUL.
QByteArray joined(const QByteArrayList &entries)
{
    QByteArray all;
    for (const QByteArray &entry : entries)
        all += entry + '\0';
    return all;
}

QString codePoint(char32_t c)
{
    if (!QChar::requiresSurrogates(c))
        return QString(QChar(char16_t(c)));
    const QChar pair[] = { QChar(QChar::highSurrogate(c)), QChar(QChar::lowSurrogate(c)) };
    return QString(pair, 2);
}

} // namespace

void RequestChecksTest::decodedUtf8_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("ASCII") << QByteArray("port scans") << "port scans";
    QTest::newRow("accents and an emoji")
        << QByteArray("r\xc3\xa9seau \xf0\x9f\x99\x88") << QString::fromUtf8("réseau 🙈");
    // Kept for the rules to refuse, not taken for a marker and dropped.
    QTest::newRow("leading byte-order mark")
        << QByteArray("\xef\xbb\xbfhidden") << codePoint(0xfeff) + "hidden";
    QTest::newRow("invalid UTF-8") << QByteArray("a\xff") << "a" + codePoint(0xfffd);
}

void RequestChecksTest::decodedUtf8()
{
    QFETCH(QByteArray, utf8);
    QFETCH(QString, text);
    QCOMPARE(Rampart::decodedUtf8(utf8), text);
}

void RequestChecksTest::parseEntries_data()
{
    QTest::addColumn<QByteArrayList>("entries");
    QTest::addColumn<EntryUse>("use");
    QTest::addColumn<QString>("errorStart"); // empty: accepted
    QTest::addColumn<QStringList>("parsed");

    auto row = [](const char *tag) -> QTestData & {
        return QTest::newRow(tag);
    };
    const QStringList none;

    row("IPv4 and IPv6") << QByteArrayList { "192.0.2.1", "2001:db8::/32" } << EntryUse::Block
                         << QString() << QStringList { "192.0.2.1", "2001:db8::/32" };
    row("duplicates") << QByteArrayList { "192.0.2.1", "2001:db8::/32", "192.0.2.1",
                                          "2001:db8::/32", "192.0.2.1" }
                      << EntryUse::Block << QString()
                      << QStringList { "192.0.2.1", "2001:db8::/32" };
    row("one network written two ways")
        << QByteArrayList { "2001:db8::1", "2001:DB8:0:0:0:0:0:1", "::ffff:192.0.2.1", "192.0.2.1" }
        << EntryUse::Remove << QString() << QStringList { "192.0.2.1", "2001:db8::1" };
    row("a host and its network stay apart")
        << QByteArrayList { "192.0.2.0/24", "192.0.2.0" } << EntryUse::Block << QString()
        << QStringList { "192.0.2.0/24", "192.0.2.0" };
    row("no entries") << QByteArrayList() << EntryUse::Remove << "no entries" << none;
    row("second is bad") << QByteArrayList { "192.0.2.1", "bogus", "also bad" } << EntryUse::Remove
                         << "entry 2: " << none;
    row("third is out of range") << QByteArrayList { "192.0.2.1", "192.0.2.2", "192.0.2.300" }
                                 << EntryUse::Block << "entry 3: " << none;
    row("empty entry") << QByteArrayList { "" } << EntryUse::Remove << "entry 1: " << none;
    row("leading zero") << QByteArrayList { "010.0.0.1" } << EntryUse::Remove
                        << "entry 1: " << none;
    row("host bits") << QByteArrayList { "192.0.2.1/24" } << EntryUse::Remove
                     << "entry 1: " << none;
    row("space around") << QByteArrayList { " 192.0.2.1" } << EntryUse::Remove
                        << "entry 1: " << none;
    row("zone index") << QByteArrayList { "fe80::1%eth0" } << EntryUse::Remove
                      << "entry 1: " << none;
    row("longest ASCII entry") << QByteArrayList { QByteArray(64, '1') } << EntryUse::Remove
                               << "entry 1: " << none;
    // decodeRequest never hands these over; should one come, it is named all the same.
    row("ASCII entry over 64 bytes") << QByteArrayList { "192.0.2.1", QByteArray(65, '1') }
                                     << EntryUse::Remove << "entry 2: " << none;
    row("accented entry over 64 bytes") << QByteArrayList { QByteArray("\xc3\xa9").repeated(40) }
                                        << EntryUse::Remove << "entry 1: " << none;
    row("every IPv4 address, not blocking") << QByteArrayList { "0.0.0.0/0" } << EntryUse::Remove
                                            << "entry 1: 0.0.0.0/0 covers every address" << none;
    row("every IPv6 address, not blocking")
        << QByteArrayList { "192.0.2.1", "::/0" } << EntryUse::Remove
        << "entry 2: ::/0 covers every address" << none;
    row("every IPv4 address as mapped IPv6") << QByteArrayList { "::ffff:0.0.0.0/96" }
                                             << EntryUse::Remove << "entry 1: 0.0.0.0/0" << none;
    row("every IPv4 address, allowing")
        << QByteArrayList { "0.0.0.0/0" } << EntryUse::Allow
        << "entry 1: 0.0.0.0/0 covers every address; allowing it would switch every feed off"
        << none;
    row("loopback, allowing") << QByteArrayList { "127.0.0.1" } << EntryUse::Allow << QString()
                              << QStringList { "127.0.0.1" };
    row("every IPv4 address, blocking")
        << QByteArrayList { "0.0.0.0/0" } << EntryUse::Block << "entry 1: " << none;
    row("loopback, blocking") << QByteArrayList { "192.0.2.1", "127.0.0.1" } << EntryUse::Block
                              << "entry 2: " << none;
    row("loopback, not blocking") << QByteArrayList { "127.0.0.1" } << EntryUse::Remove << QString()
                                  << QStringList { "127.0.0.1" };
    row("IPv6 loopback, blocking")
        << QByteArrayList { "::1" } << EntryUse::Block << "entry 1: " << none;
    row("IPv6 loopback, not blocking")
        << QByteArrayList { "::1" } << EntryUse::Remove << QString() << QStringList { "::1" };
    row("multicast, blocking") << QByteArrayList { "224.0.0.251" } << EntryUse::Block
                               << "entry 1: " << none;
    row("multicast, not blocking") << QByteArrayList { "224.0.0.251" } << EntryUse::Remove
                                   << QString() << QStringList { "224.0.0.251" };
    row("IPv6 multicast, blocking")
        << QByteArrayList { "ff02::1" } << EntryUse::Block << "entry 1: " << none;
    row("IPv6 multicast, not blocking") << QByteArrayList { "ff02::1" } << EntryUse::Remove
                                        << QString() << QStringList { "ff02::1" };
    row("unspecified, blocking") << QByteArrayList { "0.0.0.0" } << EntryUse::Block
                                 << "entry 1: " << none;
    row("network holding loopback, blocking")
        << QByteArrayList { "64.0.0.0/2" } << EntryUse::Block << "entry 1: " << none;
    // Addresses are ASCII; anything else is named as the entry it is.
    row("accented letter") << QByteArrayList { "192.0.2.1", "\xc3\xa9" } << EntryUse::Remove
                           << "entry 2: " << none;
    row("Arabic-Indic digits") << QByteArrayList { "\xd9\xa1\xd9\xa9\xd9\xa2.0.2.1" }
                               << EntryUse::Remove << "entry 1: " << none;
    row("full-width digits in 64 bytes")
        << QByteArrayList { QByteArray("\xef\xbc\x91").repeated(21) + "1" } << EntryUse::Remove
        << "entry 1: " << none;
    row("emoji") << QByteArrayList { "\xf0\x9f\x99\x88" } << EntryUse::Remove
                 << "entry 1: " << none;
    row("byte-order mark before an address") << QByteArrayList { "\xef\xbb\xbf"
                                                                 "192.0.2.1" }
                                             << EntryUse::Remove << "entry 1: " << none;
}

void RequestChecksTest::parseEntries()
{
    QFETCH(QByteArrayList, entries);
    QFETCH(EntryUse, use);
    QFETCH(QString, errorStart);
    QFETCH(QStringList, parsed);

    QList<Cidr> cidrs;
    const QString error = Rampart::parseEntries(joined(entries), entries.size(), use, &cidrs);
    if (!errorStart.isEmpty()) {
        QVERIFY2(error.startsWith(errorStart), qPrintable(error));
        // The entry is named by its number, and the reason is the shared rule's own.
        bool numbered = false;
        const qsizetype number =
            error.section(u':', 0, 0).section(u' ', 1, 1).toLongLong(&numbered);
        if (!numbered) {
            QCOMPARE(error, QStringLiteral("no entries were given"));
            return;
        }
        QVERIFY(number >= 1 && number <= entries.size());
        const CidrParse item = parseCidr(Rampart::decodedUtf8(entries[number - 1]));
        const QString reason = item.cidr ? entryRefusal(*item.cidr, use) : item.error;
        QVERIFY(!reason.isEmpty());
        QCOMPARE(error, QStringLiteral("entry %1: %2").arg(number).arg(reason));
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList texts = textsOf(cidrs);
    texts.sort();
    parsed.sort();
    QCOMPARE(texts, parsed);
    // Sorted and without duplicates, as the store and the kernel take them.
    QVERIFY(std::is_sorted(cidrs.begin(), cidrs.end()));
    QVERIFY(std::adjacent_find(cidrs.begin(), cidrs.end()) == cidrs.end());
}

void RequestChecksTest::sealedListRefusal_data()
{
    QTest::addColumn<ListFile>("file");
    QTest::addColumn<QString>("refusal"); // empty: taken
    QTest::addColumn<bool>("tooLarge");

    const QString notSealed = QStringLiteral("the list must come as a sealed memory file");
    const QByteArray header = PackedCidrs::magic.toByteArray();
    auto file = [](ListFile::Kind kind, const QByteArray &content = PackedCidrs::encode({}),
                   qint64 size = -1) {
        return ListFile { kind, content, size };
    };

    QTest::newRow("sealed memory file") << file(ListFile::Sealed) << QString() << false;
    QTest::newRow("sealed, at the limit")
        << file(ListFile::Sealed, header, listLimit) << QString() << false;
    QTest::newRow("sealed, a byte over the limit")
        << file(ListFile::Sealed, header, listLimit + 1)
        << "the list is 18000009 bytes long; the limit is 18000008 bytes (1000000 networks)"
        << true;
    // Whether it can change comes first: an unsealed file is never measured.
    QTest::newRow("unsealed, over the limit")
        << file(ListFile::Unsealed, header, listLimit + 1) << notSealed << false;
    QTest::newRow("unsealed") << file(ListFile::Unsealed) << notSealed << false;
    QTest::newRow("can still be written")
        << file(ListFile::SealedButWritable) << notSealed << false;
    QTest::newRow("can still grow") << file(ListFile::SealedButGrowable) << notSealed << false;
    QTest::newRow("sealed against future writes only")
        << file(ListFile::FutureWriteSealed) << notSealed << false;
    QTest::newRow("pipe") << file(ListFile::Pipe) << notSealed << false;
    QTest::newRow("regular file") << file(ListFile::RegularFile) << notSealed << false;
    QTest::newRow("/dev/null") << file(ListFile::DevNull) << notSealed << false;
}

void RequestChecksTest::sealedListRefusal()
{
    QFETCH(ListFile, file);
    QFETCH(QString, refusal);
    QFETCH(bool, tooLarge);

    const Descriptor fd(makeListFile(file));
    QVERIFY(fd.get() >= 0);
    bool large = false;
    QCOMPARE(Rampart::sealedListRefusal(fd.get(), &large), refusal);
    QCOMPARE(large, tooLarge);
    QCOMPARE(Rampart::sealedListRefusal(fd.get()), refusal);
}

void RequestChecksTest::readSealedList_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("sealed");
    QTest::addColumn<QStringList>("cidrs"); // what comes back when read
    QTest::addColumn<QString>("errorContains"); // empty: read

    const QStringList some = { "192.0.2.0/24", "198.51.100.7", "2001:db8::/32", "::1",
                               "10.0.0.0/8" };
    QStringList many;
    for (int i = 0; i < 70'000; ++i)
        many << QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255);

    QTest::newRow("some networks")
        << PackedCidrs::encode(cidrsOf(some)) << true << some << QString();
    QTest::newRow("no networks") << PackedCidrs::encode({}) << true << QStringList() << QString();
    QTest::newRow("70000 networks")
        << PackedCidrs::encode(cidrsOf(many)) << true << many << QString();
    QTest::newRow("empty file") << QByteArray() << true << QStringList() << "header";
    QTest::newRow("text") << QByteArray("192.0.2.0/24\n") << true << QStringList() << "header";
    QTest::newRow("part of a record")
        << PackedCidrs::encode(cidrsOf(some)).chopped(1) << true << QStringList() << "whole number";
    QTest::newRow("unsealed") << PackedCidrs::encode(cidrsOf(some)) << false << QStringList()
                              << "sealed memory file";
}

void RequestChecksTest::readSealedList()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, sealed);
    QFETCH(QStringList, cidrs);
    QFETCH(QString, errorContains);

    // Written with write(), so the file offset is at the end: the reader must not care.
    const Descriptor fd(makeListFile({ sealed ? ListFile::Sealed : ListFile::Unsealed, content }));
    QList<Cidr> list;
    QString error;
    const bool read = Rampart::readSealedList(fd.get(), &list, &error);
    if (!errorContains.isEmpty()) {
        QVERIFY(!read);
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        return;
    }
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(textsOf(list), cidrs);
    // Twice: pread leaves nothing behind for the next reader.
    QList<Cidr> again;
    QVERIFY2(Rampart::readSealedList(fd.get(), &again, &error), qPrintable(error));
    QCOMPARE(again, list);
}

void RequestChecksTest::timeoutRefusal_data()
{
    QTest::addColumn<quint32>("seconds");
    QTest::addColumn<QString>("refusal"); // empty: taken

    QTest::newRow("for ever") << 0u << QString();
    QTest::newRow("a second") << 1u << QString();
    QTest::newRow("an hour") << 3600u << QString();
    QTest::newRow("the longest ipset takes") << maxTimeoutSeconds << QString();
    QTest::newRow("a second longer")
        << maxTimeoutSeconds + 1
        << "a timeout of 2147484 seconds is longer than the kernel allows (2147483 s, about 24 "
           "days); block permanently instead";
    QTest::newRow("the largest number")
        << quint32(UINT_MAX)
        << "a timeout of 4294967295 seconds is longer than the kernel allows (2147483 s, about "
           "24 days); block permanently instead";
}

void RequestChecksTest::timeoutRefusal()
{
    QFETCH(quint32, seconds);
    QFETCH(QString, refusal);
    QCOMPARE(Rampart::timeoutRefusal(seconds), refusal);
}

void RequestChecksTest::confirmWithinRefusal_data()
{
    QTest::addColumn<quint32>("seconds");
    QTest::addColumn<QString>("refusal"); // empty: taken

    QTest::newRow("no wait") << 0u << QString();
    QTest::newRow("three seconds") << 3u << QString();
    QTest::newRow("a day") << maxConfirmWithinSeconds << QString();
    QTest::newRow("a second longer")
        << maxConfirmWithinSeconds + 1
        << "a wait for confirmation of 86401 seconds is longer than a day (86400 s); confirm "
           "sooner or make the change without a wait";
    QTest::newRow("the largest number")
        << quint32(UINT_MAX)
        << "a wait for confirmation of 4294967295 seconds is longer than a day (86400 s); "
           "confirm sooner or make the change without a wait";
}

void RequestChecksTest::confirmWithinRefusal()
{
    QFETCH(quint32, seconds);
    QFETCH(QString, refusal);
    QCOMPARE(Rampart::confirmWithinRefusal(seconds), refusal);
}

void RequestChecksTest::verdictRefusal_data()
{
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("refusal"); // empty: taken

    QTest::newRow("DROP") << "DROP" << QString();
    QTest::newRow("REJECT") << "REJECT" << QString();
    QTest::newRow("lower case") << "drop"
                                << "\"drop\" is not a verdict; use DROP or REJECT";
    QTest::newRow("empty") << ""
                           << "\"\" is not a verdict; use DROP or REJECT";
    QTest::newRow("ACCEPT") << "ACCEPT"
                            << "\"ACCEPT\" is not a verdict; use DROP or REJECT";
    QTest::newRow("final newline") << "DROP\n"
                                   << "\"DROP\\x0a\" is not a verdict; use DROP or REJECT";
    QTest::newRow("leading space") << " REJECT"
                                   << "\" REJECT\" is not a verdict; use DROP or REJECT";
    QTest::newRow("right-to-left override")
        << codePoint(0x202e) + "PORD"
        << "\"\\u202ePORD\" is not a verdict; use DROP or REJECT";
}

void RequestChecksTest::verdictRefusal()
{
    QFETCH(QString, verdict);
    QFETCH(QString, refusal);
    QCOMPARE(Rampart::verdictRefusal(verdict), refusal);
}

void RequestChecksTest::httpValidatorRefusal_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refusal"); // empty: taken

    QTest::newRow("none") << QString() << QString();
    QTest::newRow("strong ETag") << "\"33a64df5\"" << QString();
    QTest::newRow("weak ETag") << "W/\"0815\"" << QString();
    QTest::newRow("Last-Modified") << "Wed, 21 Oct 2015 07:28:00 GMT" << QString();
    QTest::newRow("longest") << QString(maxFeedTextLength, u'a') << QString();
    QTest::newRow("emoji") << QString::fromUtf8("\"🙈\"") << QString();
    QTest::newRow("a character too long")
        << QString(maxFeedTextLength + 1, u'a')
        << "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\" is not an HTTP validator";
    QTest::newRow("line feed") << "\"a\"\nSet-Cookie: x"
                               << "\"\"a\"\\x0aSet-Cookie: x\" is not an HTTP validator";
    QTest::newRow("right-to-left override") << "\"" + codePoint(0x202e) + "abc\""
                                            << "\"\"\\u202eabc\"\" is not an HTTP validator";
    QTest::newRow("zero-width space")
        << "a" + codePoint(0x200b) << "\"a\\u200b\" is not an HTTP validator";
}

void RequestChecksTest::httpValidatorRefusal()
{
    QFETCH(QString, value);
    QFETCH(QString, refusal);
    QCOMPARE(Rampart::httpValidatorRefusal(value), refusal);
}

void RequestChecksTest::fetchErrorRefusal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("taken");

    QTest::newRow("the list was current") << QString() << true;
    QTest::newRow("a server's answer") << "the server answered 503 Service Unavailable" << true;
    QTest::newRow("in another script") << QString::fromUtf8("サーバーが応答しません") << true;
    QTest::newRow("longest") << QString(maxFeedTextLength, u'e') << true;
    QTest::newRow("a character too long") << QString(maxFeedTextLength + 1, u'e') << false;
    QTest::newRow("line feed") << "line one\nline two" << false;
    QTest::newRow("escape sequence") << "\x1b[31mred" << false;
    QTest::newRow("right-to-left override") << "ok" + codePoint(0x202e) << false;
    QTest::newRow("private use") << codePoint(0xe000) << false;
}

void RequestChecksTest::fetchErrorRefusal()
{
    QFETCH(QString, text);
    QFETCH(bool, taken);
    // The text is not repeated back: it may be 2048 characters of anything.
    QCOMPARE(Rampart::fetchErrorRefusal(text),
             taken ? QString()
                   : QStringLiteral("the error text is too long or holds control or invisible "
                                    "formatting characters"));
}

void RequestChecksTest::feedListRefusal_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<bool>("broadAllowed");
    QTest::addColumn<QString>("refusal"); // empty: taken

    const QString everything = QStringLiteral("the list holds %1, which covers every address; "
                                              "nothing was changed");
    const QString broad =
        QStringLiteral("the list holds %1, which covers more than a /%2 of the space Internet "
                       "sources use, as a list cut short in transfer can; nothing was changed "
                       "(if the feed really lists networks that wide, add it allowing broad "
                       "networks)");

    for (const bool allowed : { false, true }) {
        auto row = [allowed](const char *tag) -> QTestData & {
            const QString name =
                QLatin1String(tag) + (allowed ? QLatin1String(", broad allowed") : QLatin1String());
            return QTest::newRow(qPrintable(name));
        };
        row("empty") << QStringList() << allowed << QString();
        row("narrow networks") << QStringList { "192.0.2.0/24", "198.51.100.7", "2001:db8::/32",
                                                "1.0.0.0/8" }
                               << allowed << QString();
        // Multicast, reserved and private space: as wide as it is, it cuts nobody off.
        row("FireHOL's 224.0.0.0/3")
            << QStringList { "224.0.0.0/3", "10.0.0.0/8", "fc00::/7" } << allowed << QString();
        row("every IPv4 address") << QStringList { "192.0.2.0/24", "0.0.0.0/0" } << allowed
                                  << everything.arg("0.0.0.0/0");
        row("every IPv6 address") << QStringList { "::/0" } << allowed << everything.arg("::/0");
        row("a quarter of IPv4") << QStringList { "192.0.2.0/24", "0.0.0.0/2" } << allowed
                                 << (allowed ? QString() : broad.arg("0.0.0.0/2").arg(8));
        row("wider than an IPv6 /16") << QStringList { "2000::/3" } << allowed
                                      << (allowed ? QString() : broad.arg("2000::/3").arg(16));
        // The first item refused is the one named.
        row("broad before everything")
            << QStringList { "0.0.0.0/2", "::/0" } << allowed
            << (allowed ? everything.arg("::/0") : broad.arg("0.0.0.0/2").arg(8));
    }
}

void RequestChecksTest::feedListRefusal()
{
    QFETCH(QStringList, list);
    QFETCH(bool, broadAllowed);
    QFETCH(QString, refusal);
    QCOMPARE(Rampart::feedListRefusal(cidrsOf(list), broadAllowed), refusal);
}

void RequestChecksTest::blockRequestRefusal_data()
{
    QTest::addColumn<QByteArrayList>("entries");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<quint32>("timeoutSeconds");
    QTest::addColumn<QString>("refusal"); // empty: taken
    QTest::addColumn<QStringList>("parsed");

    const QByteArrayList good = { "198.51.100.7", "2001:db8::/32", "198.51.100.7" };
    const QStringList goodParsed = { "198.51.100.7", "2001:db8::/32" };
    const QString badComment = "spam" + codePoint(0x202e);
    const QString tooLong = Rampart::timeoutRefusal(maxTimeoutSeconds + 1);
    const QStringList none;

    QTest::newRow("entries, comment and timeout")
        << good << "port scans" << 3600u << QString() << goodParsed;
    QTest::newRow("for ever, no comment") << good << QString() << 0u << QString() << goodParsed;
    QTest::newRow("longest comment and timeout")
        << good << QString(maxCommentLength, u'c') << maxTimeoutSeconds << QString() << goodParsed;
    QTest::newRow("no entries") << QByteArrayList() << "x" << 0u << "no entries were given" << none;
    QTest::newRow("loopback") << QByteArrayList { "192.0.2.1", "127.0.0.1" } << "" << 0u
                              << "entry 2: " + Rampart::blockRefusal(cidr(u"127.0.0.1")) << none;
    QTest::newRow("every address")
        << QByteArrayList { "0.0.0.0/0" } << "" << 0u
        << "entry 1: " + Rampart::blockRefusal(cidr(u"0.0.0.0/0")) << none;
    QTest::newRow("not an address") << QByteArrayList { "1.2.3.4; rm -rf /" } << "" << 0u
                                    << "entry 1: " + parseCidr(u"1.2.3.4; rm -rf /").error << none;
    QTest::newRow("comment with a right-to-left override")
        << good << badComment << 0u << commentRefusal(badComment) << none;
    QTest::newRow("comment too long")
        << good << QString(maxCommentLength + 1, u'c') << 0u
        << commentRefusal(QString(maxCommentLength + 1, u'c')) << none;
    QTest::newRow("timeout too long") << good << "" << maxTimeoutSeconds + 1 << tooLong << none;
    // In the order the helper checks them: entries, comment, timeout.
    QTest::newRow("bad entry, comment and timeout")
        << QByteArrayList { "::1" } << badComment << maxTimeoutSeconds + 1
        << "entry 1: " + Rampart::blockRefusal(cidr(u"::1")) << none;
    QTest::newRow("bad comment and timeout")
        << good << badComment << maxTimeoutSeconds + 1 << commentRefusal(badComment) << none;
}

void RequestChecksTest::blockRequestRefusal()
{
    QFETCH(QByteArrayList, entries);
    QFETCH(QString, comment);
    QFETCH(quint32, timeoutSeconds);
    QFETCH(QString, refusal);
    QFETCH(QStringList, parsed);

    QList<Cidr> cidrs;
    const QString answer = Rampart::blockRequestRefusal(joined(entries), entries.size(), comment,
                                                        timeoutSeconds, &cidrs);
    QCOMPARE(answer, refusal);
    if (refusal.isEmpty())
        QCOMPARE(textsOf(cidrs), parsed);
}

void RequestChecksTest::allowRequestRefusal_data()
{
    QTest::addColumn<QByteArrayList>("entries");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("refusal"); // empty: taken
    QTest::addColumn<QStringList>("parsed");

    const QString badComment = "office" + codePoint(0x200b);
    const QStringList none;

    QTest::newRow("networks and a comment")
        << QByteArrayList { "203.0.113.0/24", "fe80::1" } << "our office" << QString()
        << QStringList { "203.0.113.0/24", "fe80::1" };
    // Loopback and multicast may be allowed: allowing never blocks anything.
    QTest::newRow("loopback and multicast")
        << QByteArrayList { "127.0.0.1", "224.0.0.251" } << "" << QString()
        << QStringList { "127.0.0.1", "224.0.0.251" };
    QTest::newRow("no entries") << QByteArrayList() << ""
                                << "no entries were given" << none;
    QTest::newRow("every address") << QByteArrayList { "192.0.2.1", "::/0" } << ""
                                   << "entry 2: " + Rampart::allowRefusal(cidr(u"::/0")) << none;
    QTest::newRow("leading zero") << QByteArrayList { "010.1.1.1" } << ""
                                  << "entry 1: " + parseCidr(u"010.1.1.1").error << none;
    QTest::newRow("comment with a zero-width space")
        << QByteArrayList { "203.0.113.5" } << badComment << commentRefusal(badComment) << none;
    QTest::newRow("bad entry and comment")
        << QByteArrayList { "0.0.0.0/0" } << badComment
        << "entry 1: " + Rampart::allowRefusal(cidr(u"0.0.0.0/0")) << none;
}

void RequestChecksTest::allowRequestRefusal()
{
    QFETCH(QByteArrayList, entries);
    QFETCH(QString, comment);
    QFETCH(QString, refusal);
    QFETCH(QStringList, parsed);

    QList<Cidr> cidrs;
    QCOMPARE(Rampart::allowRequestRefusal(joined(entries), entries.size(), comment, &cidrs),
             refusal);
    if (refusal.isEmpty())
        QCOMPARE(textsOf(cidrs), parsed);
}

void RequestChecksTest::feedUpdateRefusal_data()
{
    QTest::addColumn<ListFile>("file");
    QTest::addColumn<QString>("etag");
    QTest::addColumn<QString>("lastModified");
    QTest::addColumn<QString>("refusal"); // empty: taken
    QTest::addColumn<QStringList>("list");

    const QStringList networks = { "192.0.2.0/24", "2001:db8::/32" };
    const ListFile good { ListFile::Sealed, PackedCidrs::encode(cidrsOf(networks)), -1 };
    const ListFile unsealed { ListFile::Unsealed, good.content, -1 };
    const ListFile damaged { ListFile::Sealed, good.content.chopped(1), -1 };
    const QString date = QStringLiteral("Wed, 21 Oct 2015 07:28:00 GMT");
    const QString badEtag = "\"a\"\n";
    const QString notSealed = QStringLiteral("the list must come as a sealed memory file");
    const QStringList none;
    QString damage;
    {
        QList<Cidr> ignored;
        PackedCidrs::decode(damaged.content, maxEntriesPerCall, &ignored, &damage);
    }

    QTest::newRow("list and validators") << good << "\"33a64df5\"" << date << QString() << networks;
    QTest::newRow("list without validators") << good << ""
                                             << "" << QString() << networks;
    // Whether the list may be that wide is the feed's setting, checked with the store.
    QTest::newRow("a broad list") << ListFile { ListFile::Sealed,
                                                PackedCidrs::encode(cidrsOf({ "0.0.0.0/1" })), -1 }
                                  << ""
                                  << "" << QString() << QStringList { "0.0.0.0/1" };
    QTest::newRow("unsealed list") << unsealed << ""
                                   << "" << notSealed << none;
    QTest::newRow("pipe") << ListFile { ListFile::Pipe, good.content, -1 } << ""
                          << "" << notSealed << none;
    QTest::newRow("damaged list") << damaged << ""
                                  << "" << damage << none;
    QTest::newRow("ETag with a line feed")
        << good << badEtag << date << "\"\"a\"\\x0a\" is not an HTTP validator" << none;
    QTest::newRow("Last-Modified too long")
        << good << "" << QString(maxFeedTextLength + 1, u'1')
        << "\"1111111111111111111111111111111111111111…\" is not an HTTP validator" << none;
    // In the order the helper checks them: the list, the ETag, the Last-Modified value.
    QTest::newRow("unsealed list, bad validators") << unsealed << badEtag << "\n"
                                                   << notSealed << none;
    QTest::newRow("bad ETag and Last-Modified")
        << good << badEtag << "\n"
        << "\"\"a\"\\x0a\" is not an HTTP validator" << none;
}

void RequestChecksTest::feedUpdateRefusal()
{
    QFETCH(ListFile, file);
    QFETCH(QString, etag);
    QFETCH(QString, lastModified);
    QFETCH(QString, refusal);
    QFETCH(QStringList, list);

    const Descriptor fd(makeListFile(file));
    QVERIFY(fd.get() >= 0);
    QList<Cidr> cidrs;
    const QString answer = Rampart::feedUpdateRefusal(fd.get(), etag, lastModified, &cidrs);
    QCOMPARE(answer, refusal);
    if (refusal.isEmpty())
        QCOMPARE(textsOf(cidrs), list);
}

QTEST_GUILESS_MAIN(RequestChecksTest)
#include "requestcheckstest.moc"
