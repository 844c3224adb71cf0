// The helper's calls as libdbus hands them over: every method decodes to the fields it
// carries, anything outside the interface or beyond a size limit is refused before polkit
// is asked, a list arrives readable, the interface description says the same as the
// decoder, and each reply is written with the signature the interface declares. What the
// content is held to next is requestcheckstest's.

#include "request.h"
#include "listfiles.h"
#include "replies.h"
#include "requestchecks.h"

#include "net/packedcidrs.h"
#include "testcidr.h"

#include <QFile>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>
#include <QXmlStreamReader>

#include <dbus/dbus.h>

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <functional>
#include <memory>

using namespace Rampart;

// Writes one method's reply into a message.
using ReplyWriter = std::function<void(DBusMessageIter *)>;
Q_DECLARE_METATYPE(ReplyWriter)

class RequestTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEveryMethod_data();
    void decodesEveryMethod();
    void decodesCallerAndFlags_data();
    void decodesCallerAndFlags();
    void action_data();
    void action();
    void refusals_data();
    void refusals();
    void entryCountLimit_data();
    void entryCountLimit();
    void oversizedListIsLimitsExceeded();
    void listDescriptorIsOurs();
    void listAsHandedOver_data();
    void listAsHandedOver();
    void interfaceDescription_data();
    void interfaceDescription();
    void interfaceDeclaresEveryMethod();
    void repliesAsDeclared_data();
    void repliesAsDeclared();
};

namespace {

using Message = std::unique_ptr<DBusMessage, decltype(&dbus_message_unref)>;

const qint64 listLimit =
    PackedCidrs::magic.size() + qint64(maxEntriesPerCall) * PackedCidrs::recordSize;

constexpr Request::Method lastMethod = Request::Method::PendingConfirmations;

QList<Request::Method> everyMethod()
{
    QList<Request::Method> all;
    for (int i = 0; i <= int(lastMethod); ++i)
        all << Request::Method(i);
    return all;
}

Message newCall(const char *member, const char *interface = helperInterface)
{
    return Message(dbus_message_new_method_call(helperService, helperPath, interface, member),
                   &dbus_message_unref);
}

// The descriptor stays ours; the message keeps a duplicate of its own.
UniqueFd makeFile(const ListFile &file)
{
    return UniqueFd(makeListFile(file));
}

ListFile sealedList(const QList<Cidr> &cidrs = {})
{
    return { ListFile::Sealed, PackedCidrs::encode(cidrs), -1 };
}

void appendString(DBusMessageIter *iterator, const QByteArray &text)
{
    const char *data = text.constData();
    if (!dbus_message_iter_append_basic(iterator, DBUS_TYPE_STRING, &data))
        qFatal("cannot append the string \"%s\"", data);
}

// Appends the arguments by their types: QString and QByteArray as 's', QStringList and
// QByteArrayList as 'as', uint 'u', bool 'b', int 'i', qint64 'x', ListFile 'h'.
void appendArguments(DBusMessage *message, const QVariantList &arguments)
{
    DBusMessageIter iterator;
    dbus_message_iter_init_append(message, &iterator);
    for (const QVariant &argument : arguments) {
        switch (argument.typeId()) {
        case QMetaType::QString:
            appendString(&iterator, argument.toString().toUtf8());
            break;
        case QMetaType::QByteArray:
            appendString(&iterator, argument.toByteArray());
            break;
        case QMetaType::QStringList:
        case QMetaType::QByteArrayList: {
            const QByteArrayList items = argument.typeId() == QMetaType::QStringList
                ? [&] {
                      QByteArrayList utf8;
                      for (const QString &item : argument.toStringList())
                          utf8 << item.toUtf8();
                      return utf8;
                  }()
                : argument.value<QByteArrayList>();
            DBusMessageIter array;
            dbus_message_iter_open_container(&iterator, DBUS_TYPE_ARRAY, "s", &array);
            for (const QByteArray &item : items)
                appendString(&array, item);
            dbus_message_iter_close_container(&iterator, &array);
            break;
        }
        case QMetaType::UInt: {
            const dbus_uint32_t value = argument.toUInt();
            dbus_message_iter_append_basic(&iterator, DBUS_TYPE_UINT32, &value);
            break;
        }
        case QMetaType::Bool: {
            const dbus_bool_t value = argument.toBool();
            dbus_message_iter_append_basic(&iterator, DBUS_TYPE_BOOLEAN, &value);
            break;
        }
        case QMetaType::Int: {
            const dbus_int32_t value = argument.toInt();
            dbus_message_iter_append_basic(&iterator, DBUS_TYPE_INT32, &value);
            break;
        }
        case QMetaType::LongLong: {
            const dbus_int64_t value = argument.toLongLong();
            dbus_message_iter_append_basic(&iterator, DBUS_TYPE_INT64, &value);
            break;
        }
        default:
            if (argument.metaType() == QMetaType::fromType<ListFile>()) {
                const UniqueFd fd = makeFile(argument.value<ListFile>());
                const int value = fd.get();
                if (!dbus_message_iter_append_basic(&iterator, DBUS_TYPE_UNIX_FD, &value))
                    qFatal("cannot append a file descriptor");
                break;
            }
            qFatal("no D-Bus type for %s", argument.typeName());
        }
    }
}

Message call(const char *member, const QVariantList &arguments = {},
             const char *interface = helperInterface)
{
    Message message = newCall(member, interface);
    appendArguments(message.get(), arguments);
    dbus_message_set_sender(message.get(), ":1.42");
    dbus_message_set_serial(message.get(), 7);
    return message;
}

struct Decoded
{
    bool ok = false;
    Request request;
    QByteArray errorName;
    QString errorMessage;
};

Decoded decode(DBusMessage *message)
{
    Decoded decoded;
    const char *errorName = nullptr;
    decoded.ok = decodeRequest(message, &decoded.request, &errorName, &decoded.errorMessage);
    decoded.errorName = errorName;
    return decoded;
}

// Every field of a request, by name, to compare with a row's expectations.
QVariantMap fieldsOf(const Request &request)
{
    return {
        { "method", QByteArray(request.methodName()) },
        { "sender", request.sender },
        { "serial", request.serial },
        { "replyWanted", request.replyWanted },
        { "interactive", request.interactive },
        { "entries", request.entries },
        { "entryCount", qlonglong(request.entryCount) },
        { "timeoutSeconds", request.timeoutSeconds },
        { "comment", request.comment },
        { "force", request.force },
        { "confirmWithinSeconds", request.confirmWithinSeconds },
        { "verdict", request.verdict },
        { "feed.name", request.feed.name },
        { "feed.location", request.feed.location },
        { "feed.format", request.feed.format },
        { "feed.checksumUrl", request.feed.checksumUrl },
        { "feed.refreshSeconds", request.feed.refreshSeconds },
        { "feed.maxShrinkPercent", request.feed.maxShrinkPercent },
        { "feed.insecure", request.feed.insecure },
        { "feed.allowBroad", request.feed.allowBroad },
        { "etag", request.etag },
        { "lastModified", request.lastModified },
        { "fetchError", request.fetchError },
        { "withCredentials", request.withCredentials },
        { "list", request.list.isValid() },
        { "historyId", qlonglong(request.historyId) },
        { "limit", request.limit },
        { "callerPid", request.callerPid },
    };
}

QString shown(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toPercentEncoding("/:.", "\0"));
    return value.toString();
}

int openDescriptors()
{
    int count = 0;
    DIR *directory = opendir("/proc/self/fd");
    while (const dirent *entry = readdir(directory))
        count += entry->d_name[0] != '.';
    closedir(directory);
    return count;
}

} // namespace

void RequestTest::decodesEveryMethod_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<QVariantList>("arguments");
    QTest::addColumn<QVariantMap>("fields"); // the rest as in a Request made by default

    const QStringList two = { "192.0.2.1", "2001:db8::/32" };
    const QByteArray twoJoined("192.0.2.1\0002001:db8::/32\000", 24);
    const QString euro = QString::fromUtf8("€");

    QTest::newRow("Block") << QByteArray("Block")
                           << QVariantList { two, 3600u, "port scans", true, 600u }
                           << QVariantMap {
                                  { "entries", twoJoined },    { "entryCount", 2LL },
                                  { "timeoutSeconds", 3600u }, { "comment", "port scans" },
                                  { "force", true },           { "confirmWithinSeconds", 600u }
                              };
    QTest::newRow("Block without force, permanent")
        << QByteArray("Block")
        << QVariantList { QStringList { "198.51.100.0/24" }, 0u, "", false, 0u }
        << QVariantMap { { "entries", QByteArray("198.51.100.0/24\0", 16) },
                         { "entryCount", 1LL } };
    QTest::newRow("Block with the longest timeout")
        << QByteArray("Block") << QVariantList { two, maxTimeoutSeconds, "x", false, 0u }
        << QVariantMap { { "entries", twoJoined },
                         { "entryCount", 2LL },
                         { "timeoutSeconds", maxTimeoutSeconds },
                         { "comment", "x" } };
    // Shape only: what the entries are is for parseEntries().
    QTest::newRow("Block of no entries")
        << QByteArray("Block") << QVariantList { QStringList(), 5u, "c", false, 0u }
        << QVariantMap { { "timeoutSeconds", 5u }, { "comment", "c" } };
    QTest::newRow("Block of an empty entry")
        << QByteArray("Block") << QVariantList { QStringList { "", "x" }, 0u, "", false, 0u }
        << QVariantMap { { "entries", QByteArray("\0x\0", 3) }, { "entryCount", 2LL } };
    QTest::newRow("Block with a comment in UTF-8")
        << QByteArray("Block")
        << QVariantList { two, 60u, QString::fromUtf8("réseau 🙈 ") + euro, false, 0u }
        << QVariantMap { { "entries", twoJoined },
                         { "entryCount", 2LL },
                         { "timeoutSeconds", 60u },
                         { "comment", QString::fromUtf8("réseau 🙈 €") } };
    // Kept as sent, for the rules to refuse: not taken for a byte-order mark and dropped.
    QTest::newRow("Block with a comment that starts with U+FEFF")
        << QByteArray("Block")
        << QVariantList { two, 0u, QByteArray("\xef\xbb\xbfhidden"), false, 0u }
        << QVariantMap { { "entries", twoJoined },
                         { "entryCount", 2LL },
                         { "comment", QString(QChar(0xfeff)) + "hidden" } };
    QTest::newRow("BlockCommands")
        << QByteArray("BlockCommands") << QVariantList { two, 3600u, "port scans" }
        << QVariantMap { { "entries", twoJoined },
                         { "entryCount", 2LL },
                         { "timeoutSeconds", 3600u },
                         { "comment", "port scans" } };
    QTest::newRow("Unblock") << QByteArray("Unblock") << QVariantList { two }
                             << QVariantMap { { "entries", twoJoined }, { "entryCount", 2LL } };
    QTest::newRow("UnblockCommands")
        << QByteArray("UnblockCommands") << QVariantList { two }
        << QVariantMap { { "entries", twoJoined }, { "entryCount", 2LL } };
    QTest::newRow("List") << QByteArray("List") << QVariantList() << QVariantMap();
    QTest::newRow("Status") << QByteArray("Status") << QVariantList() << QVariantMap();
    QTest::newRow("Save") << QByteArray("Save") << QVariantList() << QVariantMap();
    QTest::newRow("SetVerdict") << QByteArray("SetVerdict") << QVariantList { "REJECT", 0u }
                                << QVariantMap { { "verdict", "REJECT" } };
    QTest::newRow("SetVerdictCommands")
        << QByteArray("SetVerdictCommands") << QVariantList { "DROP" }
        << QVariantMap { { "verdict", "DROP" } };
    QTest::newRow("AddFeed, insecure")
        << QByteArray("AddFeed")
        << QVariantList { "drop",
                          "http://example.org/drop.txt",
                          "lines",
                          3600u,
                          "https://example.org/drop.txt.sha256",
                          30u,
                          true,
                          false }
        << QVariantMap { { "feed.name", "drop" },
                         { "feed.location", "http://example.org/drop.txt" },
                         { "feed.format", "lines" },
                         { "feed.refreshSeconds", 3600u },
                         { "feed.checksumUrl", "https://example.org/drop.txt.sha256" },
                         { "feed.maxShrinkPercent", 30u },
                         { "feed.insecure", true },
                         { "feed.allowBroad", false } };
    QTest::newRow("AddFeed, broad")
        << QByteArray("AddFeed")
        << QVariantList { "bogons", "/var/lib/bogons.txt", "auto", 0u, "", 100u, false, true }
        << QVariantMap { { "feed.name", "bogons" },  { "feed.location", "/var/lib/bogons.txt" },
                         { "feed.format", "auto" },  { "feed.maxShrinkPercent", 100u },
                         { "feed.insecure", false }, { "feed.allowBroad", true } };
    QTest::newRow("RemoveFeed") << QByteArray("RemoveFeed") << QVariantList { "drop" }
                                << QVariantMap { { "feed.name", "drop" } };
    QTest::newRow("Feeds") << QByteArray("Feeds") << QVariantList { false } << QVariantMap();
    QTest::newRow("Feeds with credentials") << QByteArray("Feeds") << QVariantList { true }
                                            << QVariantMap { { "withCredentials", true } };
    QTest::newRow("UpdateFeed") << QByteArray("UpdateFeed")
                                << QVariantList { "drop",    QVariant::fromValue(sealedList()),
                                                  "\"abc\"", "Wed, 21 Oct 2015 07:28:00 GMT",
                                                  false,     0u }
                                << QVariantMap { { "feed.name", "drop" },
                                                 { "list", true },
                                                 { "etag", "\"abc\"" },
                                                 { "lastModified",
                                                   "Wed, 21 Oct 2015 07:28:00 GMT" } };
    QTest::newRow("UpdateFeed with force")
        << QByteArray("UpdateFeed")
        << QVariantList { "drop", QVariant::fromValue(sealedList()), "", "", true, 0u }
        << QVariantMap { { "feed.name", "drop" }, { "list", true }, { "force", true } };
    QTest::newRow("UpdateFeedCommands")
        << QByteArray("UpdateFeedCommands")
        << QVariantList { "drop", QVariant::fromValue(sealedList()) }
        << QVariantMap { { "feed.name", "drop" }, { "list", true } };
    QTest::newRow("RecordFeedCheck")
        << QByteArray("RecordFeedCheck") << QVariantList { "drop", "HTTP 503" }
        << QVariantMap { { "feed.name", "drop" }, { "fetchError", "HTTP 503" } };
    QTest::newRow("RecordFeedCheck, unchanged")
        << QByteArray("RecordFeedCheck") << QVariantList { "drop", "" }
        << QVariantMap { { "feed.name", "drop" } };
    QTest::newRow("Allow") << QByteArray("Allow") << QVariantList { two, "our office" }
                           << QVariantMap { { "entries", twoJoined },
                                            { "entryCount", 2LL },
                                            { "comment", "our office" } };
    QTest::newRow("Disallow") << QByteArray("Disallow") << QVariantList { two }
                              << QVariantMap { { "entries", twoJoined }, { "entryCount", 2LL } };
    QTest::newRow("Allowlist") << QByteArray("Allowlist") << QVariantList() << QVariantMap();
    QTest::newRow("History") << QByteArray("History") << QVariantList { 123LL, 200u }
                             << QVariantMap { { "historyId", 123LL }, { "limit", 200u } };
    QTest::newRow("History from the newest")
        << QByteArray("History") << QVariantList { 0LL, 4294967295u }
        << QVariantMap { { "limit", 4294967295u } };
    QTest::newRow("Undo") << QByteArray("Undo") << QVariantList { 9000000000LL }
                          << QVariantMap { { "historyId", 9000000000LL } };
    QTest::newRow("Confirm") << QByteArray("Confirm") << QVariantList { 9000000001LL }
                             << QVariantMap { { "historyId", 9000000001LL } };
    QTest::newRow("PendingConfirmations")
        << QByteArray("PendingConfirmations") << QVariantList() << QVariantMap();
    QTest::newRow("SetVerdict with a wait")
        << QByteArray("SetVerdict") << QVariantList { "DROP", 86400u }
        << QVariantMap { { "verdict", "DROP" }, { "confirmWithinSeconds", 86400u } };
}

void RequestTest::decodesEveryMethod()
{
    QFETCH(QByteArray, member);
    QFETCH(QVariantList, arguments);
    QFETCH(QVariantMap, fields);

    const Message message = call(member.constData(), arguments);
    const Decoded decoded = decode(message.get());
    QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));

    QVariantMap expected = fieldsOf(Request());
    expected["method"] = member;
    expected["sender"] = QByteArray(":1.42");
    expected["serial"] = 7u;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
        expected[it.key()] = it.value();
    }
    const QVariantMap actual = fieldsOf(decoded.request);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QVariant value = actual.value(it.key());
        // The same type in both, so that 3600u is not compared with 3600LL by chance.
        QVariant want = it.value();
        if (want.typeId() == QMetaType::QString || want.typeId() == QMetaType::QByteArray)
            want.convert(value.metaType());
        QVERIFY2(value == want,
                 qPrintable(QStringLiteral("%1 is \"%2\", expected \"%3\"")
                                .arg(it.key(), shown(value), shown(want))));
    }
    QCOMPARE(QByteArray(decoded.request.methodName()), member);
}

void RequestTest::decodesCallerAndFlags_data()
{
    QTest::addColumn<QByteArray>("sender"); // empty: none set
    QTest::addColumn<quint32>("serial");
    QTest::addColumn<bool>("interactive");
    QTest::addColumn<bool>("noReply");

    QTest::newRow("plain call") << QByteArray(":1.42") << 7u << false << false;
    QTest::newRow("interactive") << QByteArray(":1.42") << 8u << true << false;
    QTest::newRow("no reply wanted") << QByteArray(":1.9000") << 9u << false << true;
    QTest::newRow("both") << QByteArray(":1.1") << 10u << true << true;
    QTest::newRow("highest serial") << QByteArray(":255.65535") << 4294967295u << false << false;
    QTest::newRow("no sender") << QByteArray() << 1u << false << false;
}

void RequestTest::decodesCallerAndFlags()
{
    QFETCH(QByteArray, sender);
    QFETCH(quint32, serial);
    QFETCH(bool, interactive);
    QFETCH(bool, noReply);

    for (const char *member : { "Status", "Block" }) {
        const Message message = newCall(member);
        if (qstrcmp(member, "Block") == 0)
            appendArguments(message.get(), { QStringList { "192.0.2.1" }, 0u, "", false, 0u });
        if (!sender.isEmpty())
            QVERIFY(dbus_message_set_sender(message.get(), sender.constData()));
        dbus_message_set_serial(message.get(), serial);
        dbus_message_set_allow_interactive_authorization(message.get(), interactive);
        dbus_message_set_no_reply(message.get(), noReply);
        const Decoded decoded = decode(message.get());
        QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));
        QCOMPARE(decoded.request.sender, sender);
        QCOMPARE(decoded.request.serial, serial);
        QCOMPARE(decoded.request.interactive, interactive);
        QCOMPARE(decoded.request.replyWanted, !noReply);
    }
}

void RequestTest::action_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<QVariantList>("arguments");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<bool>("readOnly");

    const QStringList one = { "192.0.2.1" };
    const QVariant list = QVariant::fromValue(sealedList());
    const QByteArray inspect = inspectAction;
    const QByteArray manage = manageAction;
    const QByteArray refresh = refreshFeedsAction;

    QTest::newRow("List") << QByteArray("List") << QVariantList() << inspect << true;
    QTest::newRow("Status") << QByteArray("Status") << QVariantList() << inspect << true;
    QTest::newRow("Allowlist") << QByteArray("Allowlist") << QVariantList() << inspect << true;
    QTest::newRow("History") << QByteArray("History") << QVariantList { 0LL, 100u } << inspect
                             << true;
    QTest::newRow("Undo") << QByteArray("Undo") << QVariantList { 1LL } << manage << false;
    // Previews change nothing: inspecting, like the listing.
    QTest::newRow("BlockCommands")
        << QByteArray("BlockCommands") << QVariantList { one, 0u, "" } << inspect << true;
    QTest::newRow("UnblockCommands")
        << QByteArray("UnblockCommands") << QVariantList { one } << inspect << true;
    QTest::newRow("SetVerdictCommands")
        << QByteArray("SetVerdictCommands") << QVariantList { "REJECT" } << inspect << true;
    QTest::newRow("UpdateFeedCommands")
        << QByteArray("UpdateFeedCommands") << QVariantList { "a", list } << inspect << true;
    QTest::newRow("Confirm") << QByteArray("Confirm") << QVariantList { 1LL } << manage << false;
    QTest::newRow("PendingConfirmations")
        << QByteArray("PendingConfirmations") << QVariantList() << inspect << true;
    QTest::newRow("Feeds(false)") << QByteArray("Feeds") << QVariantList { false } << inspect
                                  << true;
    QTest::newRow("Feeds(true)") << QByteArray("Feeds") << QVariantList { true } << refresh << true;
    QTest::newRow("RecordFeedCheck")
        << QByteArray("RecordFeedCheck") << QVariantList { "a", "" } << refresh << false;
    QTest::newRow("UpdateFeed without force")
        << QByteArray("UpdateFeed") << QVariantList { "a", list, "", "", false, 0u } << refresh
        << false;
    QTest::newRow("UpdateFeed with force")
        << QByteArray("UpdateFeed") << QVariantList { "a", list, "", "", true, 0u } << manage
        << false;
    QTest::newRow("Block") << QByteArray("Block") << QVariantList { one, 0u, "", false, 0u }
                           << manage << false;
    QTest::newRow("Block with force")
        << QByteArray("Block") << QVariantList { one, 0u, "", true, 0u } << manage << false;
    QTest::newRow("Unblock") << QByteArray("Unblock") << QVariantList { one } << manage << false;
    QTest::newRow("Save") << QByteArray("Save") << QVariantList() << manage << false;
    QTest::newRow("SetVerdict") << QByteArray("SetVerdict") << QVariantList { "DROP", 0u } << manage
                                << false;
    QTest::newRow("AddFeed") << QByteArray("AddFeed")
                             << QVariantList { "a",    "https://example.org/",
                                               "auto", 0u,
                                               "",     50u,
                                               false,  false }
                             << manage << false;
    QTest::newRow("RemoveFeed") << QByteArray("RemoveFeed") << QVariantList { "a" } << manage
                                << false;
    QTest::newRow("Allow") << QByteArray("Allow") << QVariantList { one, "" } << manage << false;
    QTest::newRow("Disallow") << QByteArray("Disallow") << QVariantList { one } << manage << false;
}

void RequestTest::action()
{
    QFETCH(QByteArray, member);
    QFETCH(QVariantList, arguments);
    QFETCH(QByteArray, action);
    QFETCH(bool, readOnly);

    const Message message = call(member.constData(), arguments);
    const Decoded decoded = decode(message.get());
    QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));
    QCOMPARE(QByteArray(decoded.request.action()), action);
    QCOMPARE(decoded.request.isReadOnly(), readOnly);
}

void RequestTest::refusals_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<QByteArray>("interface");
    QTest::addColumn<QVariantList>("arguments");
    QTest::addColumn<QByteArray>("errorName"); // empty: accepted
    QTest::addColumn<QStringList>("messageContains");

    const QByteArray unknown = DBUS_ERROR_UNKNOWN_METHOD;
    const QByteArray invalid = DBUS_ERROR_INVALID_ARGS;
    const QByteArray ours = helperInterface;
    const QStringList one = { "192.0.2.1" };
    const QString list = QStringLiteral("sealed memory file");
    auto row = [](const char *tag) -> QTestData & {
        return QTest::newRow(tag);
    };
    auto text = [](int bytes) {
        return QString(bytes, u'a');
    };
    auto file = [](ListFile::Kind kind, const QByteArray &content = PackedCidrs::encode({}),
                   qint64 size = -1) {
        return QVariant::fromValue(ListFile { kind, content, size });
    };

    // Outside the interface.
    row("unknown member") << QByteArray("Flush") << ours << QVariantList() << unknown
                          << QStringList { "Flush", helperInterface };
    row("member in lower case") << QByteArray("status") << ours << QVariantList() << unknown
                                << QStringList { "status" };
    row("another interface") << QByteArray("Block") << QByteArray("org.rampart.Helper2")
                             << QVariantList { one, 0u, "", false, 0u } << unknown
                             << QStringList { "org.rampart.Helper2", "Block" };
    row("an older interface") << QByteArray("Status") << QByteArray("org.rampart.Helper")
                              << QVariantList() << unknown << QStringList { "org.rampart.Helper." };
    row("properties") << QByteArray("GetAll") << QByteArray("org.freedesktop.DBus.Properties")
                      << QVariantList { ours } << unknown << QStringList { "GetAll" };
    row("introspection") << QByteArray("Introspect")
                         << QByteArray("org.freedesktop.DBus.Introspectable") << QVariantList()
                         << unknown << QStringList { "Introspect" };
    // The bus may deliver a call without an interface; the member alone names the method.
    row("no interface") << QByteArray("Status") << QByteArray() << QVariantList() << QByteArray()
                        << QStringList();

    // Wrong signatures.
    row("Block with entries alone") << QByteArray("Block") << ours << QVariantList { one }
                                    << invalid << QStringList { "\"asusbu\"", "\"as\"" };
    row("Block with an argument more")
        << QByteArray("Block") << ours << QVariantList { one, 0u, "", false, 0u, false } << invalid
        << QStringList { "\"asusbu\"", "\"asusbub\"" };
    row("Block with one entry as a string")
        << QByteArray("Block") << ours << QVariantList { "192.0.2.1", 0u, "", false, 0u } << invalid
        << QStringList { "\"asusbu\"", "\"susbu\"" };
    row("Block with a signed timeout")
        << QByteArray("Block") << ours << QVariantList { one, 0, "", false, 0u } << invalid
        << QStringList { "\"asusbu\"", "\"asisbu\"" };
    row("Block in another order") << QByteArray("Block") << ours
                                  << QVariantList { one, "", 0u, false, 0u } << invalid
                                  << QStringList { "\"asusbu\"", "\"assubu\"" };
    row("Status with an argument") << QByteArray("Status") << ours << QVariantList { 1LL }
                                   << invalid << QStringList { "\"\"", "\"x\"" };
    row("SetVerdict with a number") << QByteArray("SetVerdict") << ours << QVariantList { 1u }
                                    << invalid << QStringList { "\"su\"", "\"u\"" };
    row("Feeds without its flag") << QByteArray("Feeds") << ours << QVariantList() << invalid
                                  << QStringList { "\"b\"", "\"\"" };
    row("AddFeed without allowBroad")
        << QByteArray("AddFeed") << ours
        << QVariantList { "a", "https://example.org/", "auto", 0u, "", 50u, false } << invalid
        << QStringList { "\"sssusubb\"", "\"sssusub\"" };
    row("UpdateFeed with a path for the list")
        << QByteArray("UpdateFeed") << ours << QVariantList { "a", "/tmp/list", "", "", false, 0u }
        << invalid << QStringList { "\"shssbu\"", "\"ssssbu\"" };
    row("BlockCommands with force")
        << QByteArray("BlockCommands") << ours << QVariantList { one, 0u, "", true } << invalid
        << QStringList { "\"asus\"", "\"asusb\"" };
    row("UpdateFeedCommands with validators")
        << QByteArray("UpdateFeedCommands") << ours
        << QVariantList { "a", file(ListFile::Sealed), "", "" } << invalid
        << QStringList { "\"sh\"", "\"shss\"" };
    row("UpdateFeedCommands with an unsealed list")
        << QByteArray("UpdateFeedCommands") << ours
        << QVariantList { "a", file(ListFile::Unsealed) } << invalid << QStringList { list };
    row("SetVerdictCommands with a verdict of 17 bytes")
        << QByteArray("SetVerdictCommands") << ours << QVariantList { text(17) } << invalid
        << QStringList { "17 bytes" };
    row("RecordFeedCheck without the error")
        << QByteArray("RecordFeedCheck") << ours << QVariantList { "a" } << invalid
        << QStringList { "\"ss\"", "\"s\"" };
    row("Allow without a comment") << QByteArray("Allow") << ours << QVariantList { one } << invalid
                                   << QStringList { "\"ass\"", "\"as\"" };

    // Sizes, in bytes of UTF-8.
    row("entry of 64 bytes") << QByteArray("Unblock") << ours
                             << QVariantList { QStringList { "1", text(64) } } << QByteArray()
                             << QStringList();
    row("entry of 65 bytes") << QByteArray("Unblock") << ours
                             << QVariantList { QStringList { "192.0.2.1", text(65) } } << invalid
                             << QStringList { "entry 2", "longer than any address" };
    row("entry of 65 bytes to Block")
        << QByteArray("Block") << ours
        << QVariantList { QStringList { text(65) }, 0u, "", false, 0u } << invalid
        << QStringList { "entry 1" };
    row("entry of 65 bytes to Allow")
        << QByteArray("Allow") << ours << QVariantList { QStringList { "1", "2", text(65) }, "" }
        << invalid << QStringList { "entry 3" };
    row("entry of 65 bytes to Disallow")
        << QByteArray("Disallow") << ours << QVariantList { QStringList { text(100'000) } }
        << invalid << QStringList { "entry 1" };
    row("entry of 22 characters in 66 bytes")
        << QByteArray("Unblock") << ours
        << QVariantList { QStringList { QString(22, QChar(0x20ac)) } } << invalid
        << QStringList { "entry 1" };
    row("comment of 1025 bytes to BlockCommands")
        << QByteArray("BlockCommands") << ours
        << QVariantList { one, 0u, text(4 * maxCommentLength + 1) } << invalid
        << QStringList { "comment" };
    row("comment of 1024 bytes") << QByteArray("Block") << ours
                                 << QVariantList { one, 0u, text(4 * maxCommentLength), false, 0u }
                                 << QByteArray() << QStringList();
    row("comment of 1025 bytes") << QByteArray(
        "Block") << ours << QVariantList { one, 0u, text(4 * maxCommentLength + 1), false, 0u }
                                 << invalid << QStringList { "comment", "1025", "1024" };
    row("comment of 342 euro signs")
        << QByteArray("Block") << ours
        << QVariantList { one, 0u, QString(342, QChar(0x20ac)), false, 0u } << invalid
        << QStringList { "comment", "1026" };
    row("Allow comment of 1025 bytes")
        << QByteArray("Allow") << ours << QVariantList { one, text(4 * maxCommentLength + 1) }
        << invalid << QStringList { "comment", "1025" };
    row("verdict of 16 bytes") << QByteArray("SetVerdict") << ours << QVariantList { text(16), 0u }
                               << QByteArray() << QStringList();
    row("verdict of 17 bytes") << QByteArray("SetVerdict") << ours << QVariantList { text(17), 0u }
                               << invalid << QStringList { "verdict", "17" };
    const int name = 4 * maxFeedNameLength;
    const int feedText = 4 * maxFeedTextLength;
    row("AddFeed at every limit") << QByteArray("AddFeed") << ours
                                  << QVariantList { text(name), text(feedText), text(name),
                                                    0u,         text(feedText), 0u,
                                                    false,      false }
                                  << QByteArray() << QStringList();
    row("AddFeed name over") << QByteArray("AddFeed") << ours
                             << QVariantList { text(name + 1), "", "", 0u, "", 0u, false, false }
                             << invalid << QStringList { "name", QString::number(name + 1) };
    row("AddFeed location over") << QByteArray(
        "AddFeed") << ours << QVariantList { "a", text(feedText + 1), "", 0u, "", 0u, false, false }
                                 << invalid
                                 << QStringList { "location", QString::number(feedText + 1) };
    row("AddFeed format over") << QByteArray("AddFeed") << ours
                               << QVariantList { "a", "", text(name + 1), 0u, "", 0u, false, false }
                               << invalid << QStringList { "format" };
    row("AddFeed checksum URL over")
        << QByteArray("AddFeed") << ours
        << QVariantList { "a", "", "", 0u, text(feedText + 1), 0u, false, false } << invalid
        << QStringList { "checksum URL" };
    row("RemoveFeed name over") << QByteArray("RemoveFeed") << ours
                                << QVariantList { text(name + 1) } << invalid
                                << QStringList { "name" };
    row("RecordFeedCheck name over")
        << QByteArray("RecordFeedCheck") << ours << QVariantList { text(name + 1), "" } << invalid
        << QStringList { "name" };
    row("RecordFeedCheck error over")
        << QByteArray("RecordFeedCheck") << ours << QVariantList { "a", text(feedText + 1) }
        << invalid << QStringList { "error text" };
    const QVariant good = file(ListFile::Sealed);
    row("UpdateFeed name over") << QByteArray("UpdateFeed") << ours
                                << QVariantList { text(name + 1), good, "", "", false, 0u }
                                << invalid << QStringList { "name" };
    row("UpdateFeed ETag over") << QByteArray("UpdateFeed") << ours
                                << QVariantList { "a", good, text(feedText + 1), "", false, 0u }
                                << invalid << QStringList { "ETag" };
    row("UpdateFeed Last-Modified over")
        << QByteArray("UpdateFeed") << ours
        << QVariantList { "a", good, "", text(feedText + 1), false, 0u } << invalid
        << QStringList { "Last-Modified" };

    // The list of UpdateFeed.
    row("sealed memory file") << QByteArray("UpdateFeed") << ours
                              << QVariantList { "a", good, "", "", false, 0u } << QByteArray()
                              << QStringList();
    row("sealed memory file at the limit")
        << QByteArray("UpdateFeed") << ours
        << QVariantList { "a",
                          file(ListFile::Sealed, PackedCidrs::magic.toByteArray(), listLimit),
                          "",
                          "",
                          false,
                          0u }
        << QByteArray() << QStringList();
    row("sealed memory file a byte over the limit")
        << QByteArray("UpdateFeed") << ours
        << QVariantList { "a",
                          file(ListFile::Sealed, PackedCidrs::magic.toByteArray(), listLimit + 1),
                          "",
                          "",
                          false,
                          0u }
        << QByteArray(DBUS_ERROR_LIMITS_EXCEEDED)
        << QStringList { QString::number(listLimit + 1), QString::number(listLimit),
                         QString::number(maxEntriesPerCall) };
    row("pipe") << QByteArray("UpdateFeed") << ours
                << QVariantList { "a", file(ListFile::Pipe), "", "", false, 0u } << invalid
                << QStringList { list };
    row("unsealed memory file") << QByteArray("UpdateFeed") << ours
                                << QVariantList { "a", file(ListFile::Unsealed), "", "", false, 0u }
                                << invalid << QStringList { list };
    row("memory file that can still be written")
        << QByteArray("UpdateFeed") << ours
        << QVariantList { "a", file(ListFile::SealedButWritable), "", "", false, 0u } << invalid
        << QStringList { list };
    row("memory file that can still grow")
        << QByteArray("UpdateFeed") << ours
        << QVariantList { "a", file(ListFile::SealedButGrowable), "", "", false, 0u } << invalid
        << QStringList { list };
    row("memory file sealed against future writes only")
        << QByteArray("UpdateFeed") << ours
        << QVariantList { "a", file(ListFile::FutureWriteSealed), "", "", false, 0u } << invalid
        << QStringList { list };
    row("regular file") << QByteArray("UpdateFeed") << ours
                        << QVariantList { "a", file(ListFile::RegularFile), "", "", false, 0u }
                        << invalid << QStringList { list };
    row("/dev/null") << QByteArray("UpdateFeed") << ours
                     << QVariantList { "a", file(ListFile::DevNull), "", "", false, 0u } << invalid
                     << QStringList { list };
}

void RequestTest::refusals()
{
    QFETCH(QByteArray, member);
    QFETCH(QByteArray, interface);
    QFETCH(QVariantList, arguments);
    QFETCH(QByteArray, errorName);
    QFETCH(QStringList, messageContains);

    const int descriptors = openDescriptors();
    {
        const Message message = call(member.constData(), arguments,
                                     interface.isEmpty() ? nullptr : interface.constData());
        const Decoded decoded = decode(message.get());
        if (errorName.isEmpty()) {
            QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));
        } else {
            QVERIFY(!decoded.ok);
            QCOMPARE(decoded.errorName, errorName);
            for (const QString &part : messageContains)
                QVERIFY2(decoded.errorMessage.contains(part), qPrintable(decoded.errorMessage));
            // An item is quoted, not repeated whole.
            QVERIFY2(decoded.errorMessage.size() < 300, qPrintable(decoded.errorMessage));
        }
    }
    // Refused or not, the request closes the list it was handed.
    QCOMPARE(openDescriptors(), descriptors);
}

void RequestTest::entryCountLimit_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<int>("entries");

    QTest::newRow("Block at the limit") << QByteArray("Block") << maxEntriesPerCall;
    QTest::newRow("Block over the limit") << QByteArray("Block") << maxEntriesPerCall + 1;
    QTest::newRow("Unblock over the limit") << QByteArray("Unblock") << maxEntriesPerCall + 1;
    QTest::newRow("Allow over the limit") << QByteArray("Allow") << maxEntriesPerCall + 1;
    QTest::newRow("BlockCommands over the limit")
        << QByteArray("BlockCommands") << maxEntriesPerCall + 1;
    QTest::newRow("UnblockCommands at the limit")
        << QByteArray("UnblockCommands") << maxEntriesPerCall;
    QTest::newRow("UnblockCommands over the limit")
        << QByteArray("UnblockCommands") << maxEntriesPerCall + 1;
    QTest::newRow("Disallow at the limit") << QByteArray("Disallow") << maxEntriesPerCall;
    QTest::newRow("Disallow over the limit") << QByteArray("Disallow") << maxEntriesPerCall + 1;
}

void RequestTest::entryCountLimit()
{
    QFETCH(QByteArray, member);
    QFETCH(int, entries);

    // The array straight through libdbus, one short string at a time: a million QStrings
    // would only test the test.
    const Message message = newCall(member.constData());
    DBusMessageIter iterator;
    DBusMessageIter array;
    dbus_message_iter_init_append(message.get(), &iterator);
    QVERIFY(dbus_message_iter_open_container(&iterator, DBUS_TYPE_ARRAY, "s", &array));
    const char *entry = "1";
    for (int i = 0; i < entries; ++i)
        QVERIFY(dbus_message_iter_append_basic(&array, DBUS_TYPE_STRING, &entry));
    QVERIFY(dbus_message_iter_close_container(&iterator, &array));
    const dbus_uint32_t timeout = 0;
    const char *comment = "";
    const dbus_bool_t force = false;
    if (member == "Block")
        QVERIFY(dbus_message_append_args(message.get(), DBUS_TYPE_UINT32, &timeout,
                                         DBUS_TYPE_STRING, &comment, DBUS_TYPE_BOOLEAN, &force,
                                         DBUS_TYPE_UINT32, &timeout, DBUS_TYPE_INVALID));
    if (member == "BlockCommands")
        QVERIFY(dbus_message_append_args(message.get(), DBUS_TYPE_UINT32, &timeout,
                                         DBUS_TYPE_STRING, &comment, DBUS_TYPE_INVALID));
    if (member == "Allow")
        QVERIFY(
            dbus_message_append_args(message.get(), DBUS_TYPE_STRING, &comment, DBUS_TYPE_INVALID));

    const Decoded decoded = decode(message.get());
    if (entries <= maxEntriesPerCall) {
        QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));
        QCOMPARE(decoded.request.entryCount, qsizetype(entries));
        QCOMPARE(decoded.request.entries.size(), 2 * qsizetype(entries));
        return;
    }
    QVERIFY(!decoded.ok);
    QCOMPARE(decoded.errorName, QByteArray(DBUS_ERROR_LIMITS_EXCEEDED));
    QVERIFY2(decoded.errorMessage.contains(QString::number(entries)),
             qPrintable(decoded.errorMessage));
    QVERIFY2(decoded.errorMessage.contains(QString::number(maxEntriesPerCall)),
             qPrintable(decoded.errorMessage));
}

void RequestTest::oversizedListIsLimitsExceeded()
{
    // org.rampart.Helper1.xml answers "more entries than one call may carry" with
    // LimitsExceeded, as it does for a string array over maxEntriesPerCall.
    const ListFile tooLarge { ListFile::Sealed, PackedCidrs::magic.toByteArray(),
                              listLimit + PackedCidrs::recordSize };
    const Message message =
        call("UpdateFeed", { "a", QVariant::fromValue(tooLarge), "", "", false, 0u });
    const Decoded decoded = decode(message.get());
    QVERIFY(!decoded.ok);
    QCOMPARE(decoded.errorName, QByteArray(DBUS_ERROR_LIMITS_EXCEEDED));
}

void RequestTest::listDescriptorIsOurs()
{
    const UniqueFd ours(
        makeListFile({ ListFile::Sealed, PackedCidrs::encode({ cidr(u"192.0.2.0/24") }) }));
    const Message message = newCall("UpdateFeed");
    const char *name = "drop";
    const int fd = ours.get();
    const char *empty = "";
    const dbus_bool_t force = false;
    const dbus_uint32_t confirmWithin = 0;
    QVERIFY(dbus_message_append_args(message.get(), DBUS_TYPE_STRING, &name, DBUS_TYPE_UNIX_FD, &fd,
                                     DBUS_TYPE_STRING, &empty, DBUS_TYPE_STRING, &empty,
                                     DBUS_TYPE_BOOLEAN, &force, DBUS_TYPE_UINT32, &confirmWithin,
                                     DBUS_TYPE_INVALID));
    Decoded decoded = decode(message.get());
    QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));
    QVERIFY(decoded.request.list.isValid());
    QVERIFY(decoded.request.list.get() != ours.get());
    struct stat a
    {
    };
    struct stat b
    {
    };
    QCOMPARE(fstat(ours.get(), &a), 0);
    QCOMPARE(fstat(decoded.request.list.get(), &b), 0);
    QCOMPARE(b.st_ino, a.st_ino);
    QCOMPARE(b.st_dev, a.st_dev);

    // Moved with the request while it waits for polkit, and closed once.
    const int kept = decoded.request.list.get();
    Request moved;
    moved.list = std::move(decoded.request.list);
    QVERIFY(!decoded.request.list.isValid());
    QCOMPARE(moved.list.get(), kept);
    moved.list.reset();
    QCOMPARE(fcntl(kept, F_GETFD), -1);
}

void RequestTest::listAsHandedOver_data()
{
    QTest::addColumn<QStringList>("cidrs");

    QStringList many;
    for (int i = 0; i < 70'000; ++i)
        many << QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255);
    QTest::newRow("some networks")
        << QStringList { "192.0.2.0/24", "198.51.100.7", "2001:db8::/32", "::1", "10.0.0.0/8" };
    QTest::newRow("no networks") << QStringList();
    QTest::newRow("70000 networks") << many;
}

void RequestTest::listAsHandedOver()
{
    QFETCH(QStringList, cidrs);

    // The list as UpdateFeed hands it over reads as it was written (requestcheckstest holds
    // readSealedList to what it must refuse).
    QList<Cidr> written;
    for (const QString &text : std::as_const(cidrs))
        written << cidr(text);
    const Message message =
        call("UpdateFeed",
             { "drop",
               QVariant::fromValue(ListFile { ListFile::Sealed, PackedCidrs::encode(written), -1 }),
               "", "", false, 0u });
    const Decoded decoded = decode(message.get());
    QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));
    QList<Cidr> handed;
    QString error;
    QVERIFY2(Rampart::readSealedList(decoded.request.list.get(), &handed, &error),
             qPrintable(error));
    QCOMPARE(handed, written);
    // Twice: pread leaves nothing behind for the next reader.
    QVERIFY2(Rampart::readSealedList(decoded.request.list.get(), &handed, &error),
             qPrintable(error));
}

namespace {

struct InterfaceMethod
{
    QString name;
    QString in;
    QString out;
};

// The methods of org.rampart.Helper1 in the description, or an error.
QList<InterfaceMethod> describedMethods(QString *error)
{
    QFile file(QStringLiteral(RAMPART_INTERFACE_XML));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<InterfaceMethod> methods;
    QString interface;
    int interfaces = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attributes = xml.attributes();
            if (xml.name() == u"interface") {
                interface = attributes.value(QLatin1String("name")).toString();
                ++interfaces;
            } else if (xml.name() == u"method" && interface == QLatin1String(helperInterface)) {
                methods.append({ attributes.value(QLatin1String("name")).toString(), {}, {} });
            } else if (xml.name() == u"arg" && !methods.isEmpty()) {
                // A method's arguments are "in" unless they say otherwise.
                const QString type = attributes.value(QLatin1String("type")).toString();
                if (attributes.value(QLatin1String("direction")) == u"out")
                    methods.last().out += type;
                else
                    methods.last().in += type;
            } else if (xml.name() == u"signal" || xml.name() == u"property") {
                *error = QStringLiteral("the description has a %1 the helper does not serve")
                             .arg(xml.name());
                return {};
            }
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return {};
    }
    if (interfaces != 1 || interface != QLatin1String(helperInterface))
        *error = QStringLiteral("%1 interfaces; the last is %2").arg(interfaces).arg(interface);
    return methods;
}

void appendPlaceholder(DBusMessageIter *iterator, DBusSignatureIter *signature,
                       std::vector<UniqueFd> *files)
{
    const int type = dbus_signature_iter_get_current_type(signature);
    switch (type) {
    case DBUS_TYPE_STRING: {
        const char *value = "";
        dbus_message_iter_append_basic(iterator, type, &value);
        return;
    }
    case DBUS_TYPE_OBJECT_PATH: {
        const char *value = "/";
        dbus_message_iter_append_basic(iterator, type, &value);
        return;
    }
    case DBUS_TYPE_SIGNATURE: {
        const char *value = "";
        dbus_message_iter_append_basic(iterator, type, &value);
        return;
    }
    case DBUS_TYPE_UNIX_FD: {
        files->emplace_back(makeListFile({ ListFile::Sealed, PackedCidrs::encode({}) }));
        const int fd = files->back().get();
        dbus_message_iter_append_basic(iterator, type, &fd);
        return;
    }
    case DBUS_TYPE_ARRAY: {
        DBusSignatureIter element;
        dbus_signature_iter_recurse(signature, &element);
        char *elementSignature = dbus_signature_iter_get_signature(&element);
        DBusMessageIter array;
        dbus_message_iter_open_container(iterator, DBUS_TYPE_ARRAY, elementSignature, &array);
        dbus_message_iter_close_container(iterator, &array);
        dbus_free(elementSignature);
        return;
    }
    case DBUS_TYPE_STRUCT: {
        DBusSignatureIter member;
        dbus_signature_iter_recurse(signature, &member);
        DBusMessageIter structure;
        dbus_message_iter_open_container(iterator, DBUS_TYPE_STRUCT, nullptr, &structure);
        do
            appendPlaceholder(&structure, &member, files);
        while (dbus_signature_iter_next(&member));
        dbus_message_iter_close_container(iterator, &structure);
        return;
    }
    default: {
        // Every other basic type: zero, in the largest of them.
        const dbus_uint64_t zero = 0;
        if (!dbus_type_is_basic(type))
            qFatal("no placeholder for D-Bus type %c", type);
        dbus_message_iter_append_basic(iterator, type, &zero);
    }
    }
}

} // namespace

void RequestTest::interfaceDescription_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");

    QString error;
    const QList<InterfaceMethod> methods = describedMethods(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!methods.isEmpty());
    for (const InterfaceMethod &method : methods)
        QTest::newRow(qPrintable(method.name)) << method.name << method.in << method.out;
}

void RequestTest::interfaceDescription()
{
    QFETCH(QString, name);
    QFETCH(QString, in);
    QFETCH(QString, out);

    const QByteArray signature = in.toLatin1();
    DBusError error;
    dbus_error_init(&error);
    QVERIFY2(dbus_signature_validate(signature.constData(), &error), error.message);

    // Placeholder values of the described types: the decoder holds calls to their shape.
    const QByteArray member = name.toLatin1();
    const Message message = newCall(member.constData());
    std::vector<UniqueFd> files;
    DBusMessageIter iterator;
    dbus_message_iter_init_append(message.get(), &iterator);
    if (!signature.isEmpty()) {
        DBusSignatureIter types;
        dbus_signature_iter_init(&types, signature.constData());
        do
            appendPlaceholder(&iterator, &types, &files);
        while (dbus_signature_iter_next(&types));
    }
    QCOMPARE(QByteArray(dbus_message_get_signature(message.get())), signature);
    const Decoded decoded = decode(message.get());
    QVERIFY2(decoded.ok, qPrintable(decoded.errorMessage));
    QCOMPARE(QString::fromLatin1(decoded.request.methodName()), name);
    QCOMPARE(QString::fromLatin1(replySignature(decoded.request.method)), out);
}

void RequestTest::interfaceDeclaresEveryMethod()
{
    QString error;
    const QList<InterfaceMethod> methods = describedMethods(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList described;
    for (const InterfaceMethod &method : methods)
        described << method.name;
    QStringList decoded;
    for (const Request::Method method : everyMethod()) {
        Request request;
        request.method = method;
        decoded << QString::fromLatin1(request.methodName());
    }
    QCOMPARE(QSet<QString>(described.begin(), described.end()).size(), described.size());
    described.sort();
    decoded.sort();
    QCOMPARE(described, decoded);
}

void RequestTest::repliesAsDeclared_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<ReplyWriter>("write"); // empty: the method answers with no arguments

    using Method = Request::Method;
    QSet<Method> listed;
    const auto row = [&listed](Method method, ReplyWriter write) {
        Request request;
        request.method = method;
        listed << method;
        QTest::newRow(request.methodName()) << int(method) << std::move(write);
    };
    HelperStatus status { "/var/lib/rampart/rampart.db", "DROP", true, 1700000000, {}, {} };
    status.sets = { { "rampart-v4", 4, 2, 2, 65536 }, { "rampart-v6", 6, 0, 0, 65536 } };
    status.jumps = { { "INPUT", 4, 1, 7 } };
    FeedInfo feed;
    feed.name = "drop";
    feed.location = "https://example.org/drop.txt";
    const AllowedEntry allowed { "203.0.113.0/24", "office", 1700000000 };

    row(Method::Block, [](DBusMessageIter *out) { appendBlockReply(out, 2, 1, 9); });
    row(Method::Unblock, [](DBusMessageIter *out) { appendUnblockReply(out, 1, { "192.0.2.1" }); });
    const ReplyWriter script = [](DBusMessageIter *out) {
        appendCommandsReply(out, "#!/bin/sh\nipset restore -exist <<'EOF'\nEOF\n");
    };
    row(Method::BlockCommands, script);
    row(Method::UnblockCommands, script);
    row(Method::SetVerdictCommands, script);
    row(Method::UpdateFeedCommands, script);
    row(Method::List, [](DBusMessageIter *out) {
        const UniqueFd listing(makeListFile({ ListFile::Sealed, "# rampart-list 1\n" }));
        appendListReply(out, listing.get());
    });
    row(Method::Status, [status](DBusMessageIter *out) { appendStatusReply(out, status); });
    row(Method::Save, [](DBusMessageIter *out) { appendSaveReply(out, 1700000000); });
    row(Method::SetVerdict, [](DBusMessageIter *out) { appendSetVerdictReply(out, 9); });
    row(Method::AddFeed, [](DBusMessageIter *out) { appendAddFeedReply(out, true); });
    row(Method::RemoveFeed, [](DBusMessageIter *out) { appendRemoveFeedReply(out, 3); });
    row(Method::Feeds, [feed](DBusMessageIter *out) { appendFeedsReply(out, { feed, feed }); });
    row(Method::UpdateFeed, [](DBusMessageIter *out) { appendUpdateFeedReply(out, 5, 4, 9); });
    row(Method::RecordFeedCheck, {});
    row(Method::Allow, [](DBusMessageIter *out) { appendAllowReply(out, 1); });
    row(Method::Disallow, [](DBusMessageIter *out) {
        appendDisallowReply(out, 0, { "198.51.100.0/24", "2001:db8::1" });
    });
    row(Method::Allowlist,
        [allowed](DBusMessageIter *out) { appendAllowlistReply(out, { allowed }); });
    row(Method::History, [](DBusMessageIter *out) {
        HistoryEntry entry;
        entry.entries = { "192.0.2.1/32" };
        appendHistoryReply(out, { entry, entry });
    });
    row(Method::Undo, [](DBusMessageIter *out) { appendUndoReply(out, 5, { "192.0.2.1/32" }); });
    row(Method::Confirm, {});
    row(Method::PendingConfirmations, [](DBusMessageIter *out) {
        appendPendingConfirmationsReply(out, { { 5, 1700000000, "block", "port scans" } });
    });
    QCOMPARE(listed.size(), everyMethod().size());
}

void RequestTest::repliesAsDeclared()
{
    QFETCH(int, method);
    QFETCH(ReplyWriter, write);

    const Message call = newCall("Status");
    dbus_message_set_serial(call.get(), 7);
    const Message reply(dbus_message_new_method_return(call.get()), &dbus_message_unref);
    QVERIFY(reply);
    if (write) {
        DBusMessageIter iterator;
        dbus_message_iter_init_append(reply.get(), &iterator);
        write(&iterator);
    }
    QCOMPARE(QByteArray(dbus_message_get_signature(reply.get())),
             QByteArray(replySignature(Request::Method(method))));
}

QTEST_GUILESS_MAIN(RequestTest)
#include "requesttest.moc"
