// libFuzzer target for the root helper's bus surface: what decodeRequest() takes apart, and
// what the helper runs next on a request that decodes (the request checks: strict entry
// parsing, the shared request rules, the sealed feed list and its breadth, each method's
// checks in order). Inputs come in two kinds:
//
// * Raw: an input that starts with 'l' or 'B' (the byte order mark every marshalled D-Bus
//   message starts with) is handed to dbus_message_demarshal() as it is.
// * Structured, so that the fuzzer gets past libdbus's own checks: the input chooses a
//   method, its interface, sender, serial and flags, the method's own signature or a
//   mutation of it, and the argument values (see Input and appendValue() for the layout);
//   a file descriptor argument is a real memory file, sealed or not as the input says. For
//   these the harness knows what the helper must answer: whether the call decodes, and
//   that a decoded request holds what was sent.
//
// Every broken invariant traps. Built and run by scripts/fuzz.sh (TARGET request) with
// AddressSanitizer, UBSan and LeakSanitizer; RAMPART_FUZZ_WRITE_SEEDS=DIR makes the binary
// write one well-formed call of each method, raw and structured, into DIR and exit.

#include "net/packedcidrs.h"
#include "net/rangeset.h"
#include "request.h"
#include "requestchecks.h"
#include "rules/breadth.h"
#include "rules/entryrules.h"
#include "rules/requestrules.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <tuple>
#include <vector>

using namespace Rampart;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "requestfuzz: invariant broken: %s %s\n", what, detail.constData());
    __builtin_trap();
}

void require(bool condition, const char *what, const QByteArray &detail = {})
{
    if (!condition)
        fail(what, detail);
}

// The interface as org.rampart.Helper1.xml describes it, apart from request.cpp's table so
// that the two are checked against each other. Signatures as lists of complete types.
struct MethodInfo
{
    const char *name;
    std::vector<const char *> arguments;
};

const MethodInfo methodInfos[] = {
    { "Block", { "as", "u", "s", "b", "u" } },
    { "Unblock", { "as" } },
    { "List", {} },
    { "Status", {} },
    { "Save", {} },
    { "SetVerdict", { "s", "u" } },
    { "AddFeed", { "s", "s", "s", "u", "s", "u", "b", "b" } },
    { "RemoveFeed", { "s" } },
    { "Feeds", { "b" } },
    { "UpdateFeed", { "s", "h", "s", "s", "b", "u" } },
    { "RecordFeedCheck", { "s", "s" } },
    { "Allow", { "as", "s" } },
    { "Disallow", { "as" } },
    { "Allowlist", {} },
};
constexpr int methodCount = int(std::size(methodInfos));

// The method of methodInfos[index] as request.cpp's table numbers it: by name, so that a
// method added to the interface anywhere leaves this table's meaning alone.
Request::Method methodAt(int index)
{
    for (const HelperMethodSignature &candidate : helperMethods) {
        if (qstrcmp(candidate.name, methodInfos[index].name) == 0)
            return candidate.method;
    }
    fail("a method the interface does not have", methodInfos[index].name);
}

// The index in methodInfos of the method of that name.
quint8 indexOf(const char *name)
{
    for (int index = 0; index < methodCount; ++index) {
        if (qstrcmp(methodInfos[index].name, name) == 0)
            return quint8(index);
    }
    fail("a method the harness does not have", name);
}

// Complete types a mutated signature is made of: the interface's own and their neighbours.
const char *const typeTokens[] = { "s", "u",  "b",  "h",    "as", "x", "i", "y", "d",    "o",
                                   "g", "ay", "au", "(su)", "v",  "n", "q", "t", "a{ss}" };
constexpr int typeTokenCount = int(std::size(typeTokens));

// Size limits the XML promises are checked before polkit is asked, in bytes of UTF-8.
constexpr qsizetype entryLimit = 64;
constexpr qsizetype commentLimit = 4 * maxCommentLength;
constexpr qsizetype nameLimit = 4 * maxFeedNameLength;
constexpr qsizetype textLimit = 4 * maxFeedTextLength;
constexpr qsizetype verdictLimit = 16;
constexpr qint64 listLimit =
    PackedCidrs::magic.size() + qint64(maxEntriesPerCall) * PackedCidrs::recordSize;

// Caps that keep one run fast.
constexpr qsizetype maxArrayItems = 4096;
constexpr qsizetype maxArrayBytes = 256 * 1024;

constexpr int requiredSeals = F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW;

// Reads the structured input front to back; past its end every read gives zeros.
class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(data)
        , m_end(data + size)
    { }

    size_t left() const { return size_t(m_end - m_data); }

    quint8 byte() { return m_data < m_end ? *m_data++ : 0; }

    quint64 little(int bytes)
    {
        quint64 value = 0;
        for (int i = 0; i < bytes; ++i)
            value |= quint64(byte()) << (8 * i);
        return value;
    }

    QByteArray bytes(size_t count)
    {
        count = std::min(count, left());
        const QByteArray out(reinterpret_cast<const char *>(m_data), qsizetype(count));
        m_data += count;
        return out;
    }

    // A length byte L and L bytes; or, when L >= 0xf0, a 16-bit length N, a byte K and K
    // bytes repeated to N bytes, for strings beyond the limits from a short input. Made a
    // valid D-Bus string: cut at the first NUL, invalid UTF-8 replaced (which may make it
    // longer, so it is not cut after that).
    QByteArray text()
    {
        const quint8 length = byte();
        QByteArray out;
        if (length < 0xf0) {
            out = bytes(length);
        } else {
            const qsizetype total = qsizetype(little(2));
            QByteArray chunk = bytes(byte());
            if (chunk.isEmpty())
                chunk = "a";
            out.reserve(total);
            while (out.size() < total)
                out.append(chunk.left(total - out.size()));
        }
        if (const qsizetype nul = out.indexOf('\0'); nul >= 0)
            out.truncate(nul);
        if (!dbus_validate_utf8(out.constData(), nullptr))
            out = QString::fromUtf8(out).toUtf8();
        if (!dbus_validate_utf8(out.constData(), nullptr)) {
            for (char &c : out)
                c = char(uchar(c) & 0x7f ? uchar(c) & 0x7f : '?');
        }
        return out;
    }

private:
    const uint8_t *m_data;
    const uint8_t *m_end;
};

// Writes what Input reads, for the seeds.
class Output
{
public:
    Output &byte(quint8 value)
    {
        m_data.append(char(value));
        return *this;
    }
    Output &little(quint64 value, int bytes)
    {
        for (int i = 0; i < bytes; ++i)
            byte(quint8(value >> (8 * i)));
        return *this;
    }
    Output &text(QByteArrayView value)
    {
        byte(quint8(value.size()));
        m_data.append(value);
        return *this;
    }
    Output &strings(std::initializer_list<const char *> values)
    {
        byte(quint8(values.size()));
        for (const char *value : values)
            text(value);
        return *this;
    }
    // A list file as makeFile() reads it; flags 0x1c: a memory file with all three seals.
    Output &listFile(QByteArrayView content, quint8 flags = 0x1c, quint8 sizing = 0)
    {
        byte(flags).byte(sizing).little(quint64(content.size()), 2);
        m_data.append(content);
        return *this;
    }
    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
};

// A descriptor the harness made for an 'h' argument.
struct MadeFile
{
    int fd = -1;
    dev_t device = 0;
    ino_t inode = 0;
    bool memoryFile = false;
    bool sealed = false; // all of WRITE, SHRINK and GROW, as F_GET_SEALS says
    qint64 size = 0;
    QByteArray content; // the whole file when size == content.size()
};

// One argument as appended, for the checks of what the request holds.
struct Value
{
    QByteArray text;
    quint32 number = 0;
    bool flag = false;
    QList<QByteArray> strings;
    int file = -1; // index into the run's MadeFile list
};

struct Run
{
    std::vector<MadeFile> files;
    ~Run()
    {
        for (MadeFile &file : files) {
            if (file.fd >= 0)
                close(file.fd);
        }
    }
};

// Flags byte: bits 0-1 the kind (0, 1: a memory file that allows sealing, 2: one that does
// not, 3: a pipe's read end), bits 2-5 the seals to add (WRITE, SHRINK, GROW, SEAL). Then a
// size byte (0xfe: make the file exactly as large as a list may be, 0xff: one byte more),
// a 16-bit length and the content.
bool makeFile(Input &in, Run &run, int *index)
{
    const quint8 flags = in.byte();
    const quint8 sizing = in.byte();
    const QByteArray content = in.bytes(size_t(in.little(2)));
    MadeFile file;
    const int kind = flags & 3;
    if (kind == 3) {
        int ends[2];
        if (pipe2(ends, O_CLOEXEC) != 0)
            return false;
        close(ends[1]);
        file.fd = ends[0];
    } else {
        file.fd = memfd_create("requestfuzz", MFD_CLOEXEC | (kind == 2 ? 0 : MFD_ALLOW_SEALING));
        if (file.fd < 0)
            return false;
        file.memoryFile = true;
        qsizetype done = 0;
        while (done < content.size()) {
            const ssize_t n =
                write(file.fd, content.constData() + done, size_t(content.size() - done));
            if (n <= 0) {
                close(file.fd);
                return false;
            }
            done += n;
        }
        file.content = content;
        file.size = content.size();
        if (sizing >= 0xfe && content.size() <= listLimit) {
            file.size = listLimit + (sizing - 0xfe);
            if (ftruncate(file.fd, file.size) != 0) {
                close(file.fd);
                return false;
            }
        }
        int seals = 0;
        if (flags & 0x04)
            seals |= F_SEAL_WRITE;
        if (flags & 0x08)
            seals |= F_SEAL_SHRINK;
        if (flags & 0x10)
            seals |= F_SEAL_GROW;
        if (flags & 0x20)
            seals |= F_SEAL_SEAL;
        // Fails without MFD_ALLOW_SEALING: the file stays unsealed, as a caller's could.
        if (seals)
            fcntl(file.fd, F_ADD_SEALS, seals);
        const int actual = fcntl(file.fd, F_GET_SEALS);
        file.sealed = actual >= 0 && (actual & requiredSeals) == requiredSeals;
    }
    struct stat info
    {
    };
    fstat(file.fd, &info);
    file.device = info.st_dev;
    file.inode = info.st_ino;
    *index = int(run.files.size());
    run.files.push_back(std::move(file));
    return true;
}

bool appendString(DBusMessageIter *iterator, const QByteArray &text)
{
    const char *value = text.constData();
    return dbus_message_iter_append_basic(iterator, DBUS_TYPE_STRING, &value);
}

// Appends one complete type's value read from the input; *value keeps what was sent.
bool appendValue(DBusMessageIter *iterator, const char *type, Input &in, Run &run, Value *value)
{
    const QByteArrayView token(type);
    if (token == "s") {
        value->text = in.text();
        return appendString(iterator, value->text);
    }
    if (token == "u" || token == "i") {
        value->number = quint32(in.little(4));
        return dbus_message_iter_append_basic(
            iterator, token == "u" ? DBUS_TYPE_UINT32 : DBUS_TYPE_INT32, &value->number);
    }
    if (token == "b") {
        value->flag = in.byte() & 1;
        const dbus_bool_t flag = value->flag;
        return dbus_message_iter_append_basic(iterator, DBUS_TYPE_BOOLEAN, &flag);
    }
    if (token == "h") {
        if (!makeFile(in, run, &value->file))
            return false;
        const int fd = run.files[size_t(value->file)].fd;
        return dbus_message_iter_append_basic(iterator, DBUS_TYPE_UNIX_FD, &fd);
    }
    if (token == "as") {
        qsizetype count = in.byte();
        if (count >= 0xf0)
            count = qsizetype(in.little(2));
        count = std::min(count, maxArrayItems);
        DBusMessageIter array;
        if (!dbus_message_iter_open_container(iterator, DBUS_TYPE_ARRAY, "s", &array))
            return false;
        qsizetype bytes = 0;
        bool ok = true;
        for (qsizetype i = 0; i < count && ok && bytes < maxArrayBytes; ++i) {
            value->strings.append(in.text());
            bytes += value->strings.last().size() + 1;
            ok = appendString(&array, value->strings.last());
        }
        return dbus_message_iter_close_container(iterator, &array) && ok;
    }
    if (token == "x" || token == "t") {
        const quint64 number = in.little(8);
        return dbus_message_iter_append_basic(
            iterator, token == "x" ? DBUS_TYPE_INT64 : DBUS_TYPE_UINT64, &number);
    }
    if (token == "d") {
        const quint64 bits = in.little(8);
        double number;
        std::memcpy(&number, &bits, sizeof number);
        return dbus_message_iter_append_basic(iterator, DBUS_TYPE_DOUBLE, &number);
    }
    if (token == "y") {
        const quint8 number = in.byte();
        return dbus_message_iter_append_basic(iterator, DBUS_TYPE_BYTE, &number);
    }
    if (token == "n" || token == "q") {
        const quint16 number = quint16(in.little(2));
        return dbus_message_iter_append_basic(
            iterator, token == "n" ? DBUS_TYPE_INT16 : DBUS_TYPE_UINT16, &number);
    }
    if (token == "o") {
        static const char *const paths[] = { "/", "/org/rampart/Helper", "/a/b_c" };
        const char *path = paths[in.byte() % std::size(paths)];
        return dbus_message_iter_append_basic(iterator, DBUS_TYPE_OBJECT_PATH, &path);
    }
    if (token == "g") {
        static const char *const signatures[] = { "", "s", "asusb", "shssb" };
        const char *signature = signatures[in.byte() % std::size(signatures)];
        return dbus_message_iter_append_basic(iterator, DBUS_TYPE_SIGNATURE, &signature);
    }
    if (token == "ay") {
        const QByteArray bytes = in.bytes(in.byte());
        const char *data = bytes.constData();
        DBusMessageIter array;
        return dbus_message_iter_open_container(iterator, DBUS_TYPE_ARRAY, "y", &array)
            && dbus_message_iter_append_fixed_array(&array, DBUS_TYPE_BYTE, &data,
                                                    int(bytes.size()))
            && dbus_message_iter_close_container(iterator, &array);
    }
    if (token == "au") {
        const int count = in.byte() % 16;
        DBusMessageIter array;
        if (!dbus_message_iter_open_container(iterator, DBUS_TYPE_ARRAY, "u", &array))
            return false;
        bool ok = true;
        for (int i = 0; i < count && ok; ++i) {
            const quint32 number = quint32(in.little(4));
            ok = dbus_message_iter_append_basic(&array, DBUS_TYPE_UINT32, &number);
        }
        return dbus_message_iter_close_container(iterator, &array) && ok;
    }
    if (token == "(su)") {
        DBusMessageIter structure;
        const QByteArray text = in.text();
        const quint32 number = quint32(in.little(4));
        return dbus_message_iter_open_container(iterator, DBUS_TYPE_STRUCT, nullptr, &structure)
            && appendString(&structure, text)
            && dbus_message_iter_append_basic(&structure, DBUS_TYPE_UINT32, &number)
            && dbus_message_iter_close_container(iterator, &structure);
    }
    if (token == "v") {
        DBusMessageIter variant;
        const QByteArray text = in.text();
        return dbus_message_iter_open_container(iterator, DBUS_TYPE_VARIANT, "s", &variant)
            && appendString(&variant, text)
            && dbus_message_iter_close_container(iterator, &variant);
    }
    if (token == "a{ss}") {
        const int count = in.byte() % 3;
        DBusMessageIter array;
        if (!dbus_message_iter_open_container(iterator, DBUS_TYPE_ARRAY, "{ss}", &array))
            return false;
        bool ok = true;
        for (int i = 0; i < count && ok; ++i) {
            DBusMessageIter entry;
            const QByteArray key = in.text();
            const QByteArray text = in.text();
            ok = dbus_message_iter_open_container(&array, DBUS_TYPE_DICT_ENTRY, nullptr, &entry)
                && appendString(&entry, key) && appendString(&entry, text)
                && dbus_message_iter_close_container(&array, &entry);
        }
        return dbus_message_iter_close_container(iterator, &array) && ok;
    }
    fail("unknown type token", type);
}

qsizetype itemCount(const QByteArray &joined)
{
    return joined.count('\0');
}

// What the helper runs next on an entry list (Block, Unblock, Allow, Disallow).
void checkEntries(const Request &request)
{
    require(request.entryCount == itemCount(request.entries), "entryCount is not the item count");
    require(request.entries.isEmpty() || request.entries.endsWith('\0'),
            "the last entry is not NUL-terminated");
    const char *data = request.entries.constData();
    const char *end = data + request.entries.size();
    for (const char *item = data; item < end; item += qstrlen(item) + 1)
        require(qstrlen(item) <= size_t(entryLimit), "a decoded entry is over 64 bytes", item);

    // Each use refuses what the shared parse and its rule (entryRefusal) refuse, no more.
    const EntryUse uses[] = { EntryUse::Remove, EntryUse::Block, EntryUse::Allow };
    QList<Cidr> lists[3];
    QString problems[3];
    for (int u = 0; u < 3; ++u) {
        QList<Cidr> &list = lists[u];
        problems[u] = parseEntries(request.entries, request.entryCount, uses[u], &list);
        if (!problems[u].isEmpty())
            continue;
        require(!list.isEmpty(), "parseEntries accepted an empty list");
        require(list.size() <= request.entryCount, "parseEntries made more entries than sent");
        for (qsizetype i = 0; i < list.size(); ++i) {
            require(list[i].prefixLength() != 0, "parseEntries accepted a /0",
                    list[i].toString().toUtf8());
            if (i)
                require(list[i - 1] < list[i], "parseEntries' list is not sorted and unique",
                        list[i].toString().toUtf8());
            require(entryRefusal(list[i], uses[u]).isEmpty(),
                    "parseEntries accepted what entryRefusal refuses", list[i].toString().toUtf8());
        }
    }
    for (int u = 1; u < 3; ++u) {
        bool acceptable = problems[0].isEmpty();
        for (const Cidr &cidr : lists[0])
            acceptable = acceptable && entryRefusal(cidr, uses[u]).isEmpty();
        require(acceptable == problems[u].isEmpty(), "parseEntries disagrees with itself");
        if (acceptable)
            require(lists[0] == lists[u], "parseEntries' lists differ by use");
    }
}

// What the helper runs on a list of networks: the breadth of each and of the whole.
void checkNetworks(const QList<Cidr> &cidrs)
{
    for (const Cidr &cidr : cidrs) {
        if (Breadth::isBroadFeedItem(cidr))
            require(
                cidr.prefixLength() < Breadth::broadPrefix(cidr.family()) && Breadth::isBroad(cidr),
                "a network no wider than the limit is a broad feed item", cidr.toString().toUtf8());
    }
    const RangeSet set = RangeSet::fromCidrs(cidrs);
    for (const Family family : { Family::V4, Family::V6 }) {
        const double share = Breadth::publicShare(set, family);
        require(share >= 0 && share <= 1 && !std::isnan(share), "public share out of [0, 1]",
                QByteArray::number(share));
    }
}

void checkText(const QString &text)
{
    isDisplayableText(text);
}

// A location shown to callers without credentials keeps none: no user information, no
// value of a parameter whose name says it is a secret.
void checkRedaction(const QString &location)
{
    const QString redacted = redactedLocation(location);
    if (!isWebAddress(location)) {
        require(redacted == location, "redactedLocation changed a path");
        return;
    }
    if (redacted == QLatin1String("***"))
        return;
    const QUrl original(location, QUrl::StrictMode);
    const QUrl url(redacted, QUrl::StrictMode);
    if (!original.userInfo().isEmpty())
        require(url.password().isEmpty() && url.userName() == QLatin1String("***"),
                "redactedLocation kept user information", redacted.toUtf8());
    // Parameters that are credentials whatever else the rule takes for one.
    static const QStringList secrets { QStringLiteral("key"),          QStringLiteral("apikey"),
                                       QStringLiteral("api_key"),      QStringLiteral("token"),
                                       QStringLiteral("access_token"), QStringLiteral("password"),
                                       QStringLiteral("passwd"),       QStringLiteral("secret"),
                                       QStringLiteral("auth"),         QStringLiteral("sig"),
                                       QStringLiteral("signature") };
    // Pairs are separated by '&' or ';', as servers read them.
    for (const QString &item :
         url.query(QUrl::FullyEncoded).split(QRegularExpression(QStringLiteral("[&;]")))) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0)
            continue;
        const QString key = QUrl::fromPercentEncoding(item.left(equals).toUtf8());
        const QString value = item.mid(equals + 1);
        if (secrets.contains(key.toLower()) && !value.isEmpty())
            require(value == QLatin1String("***"), "redactedLocation kept a secret parameter",
                    redacted.toUtf8());
    }
}

// What the helper runs on an UpdateFeed once polkit allowed it: the list as read (read,
// cidrs), the HTTP validators, and with the feed's setting the list's breadth.
void checkFeedUpdate(const Request &request, bool read, const QList<Cidr> &cidrs)
{
    QList<Cidr> list;
    const QString refusal =
        feedUpdateRefusal(request.list.get(), request.etag, request.lastModified, &list);
    const bool validators = httpValidatorRefusal(request.etag).isEmpty()
        && httpValidatorRefusal(request.lastModified).isEmpty();
    require(refusal.isEmpty() == (read && validators),
            "feedUpdateRefusal disagrees with readSealedList and the validators");
    if (!refusal.isEmpty())
        return;
    require(list == cidrs, "feedUpdateRefusal read another list");
    for (const QString *text : { &request.etag, &request.lastModified })
        require(text->size() <= maxFeedTextLength && isDisplayableText(*text),
                "an HTTP validator taken that the rules refuse", text->toUtf8());
    bool everything = false;
    bool wide = false;
    for (const Cidr &cidr : list) {
        everything = everything || cidr.prefixLength() == 0;
        wide = wide || Breadth::isBroadFeedItem(cidr);
    }
    require(feedListRefusal(list, true).isEmpty() == !everything,
            "feedListRefusal disagrees on a network of every address");
    require(feedListRefusal(list, false).isEmpty() == !(everything || wide),
            "feedListRefusal disagrees on a broad network");
}

// What the helper runs on each method's content once polkit allowed it: the first refusal
// of the method's checks, none where each check passes.
void checkContent(const Request &request)
{
    using Method = Request::Method;
    QList<Cidr> cidrs;
    switch (request.method) {
    case Method::Block: {
        const QString refusal = blockRequestRefusal(
            request.entries, request.entryCount, request.comment, request.timeoutSeconds, &cidrs);
        QList<Cidr> entries;
        const bool each =
            parseEntries(request.entries, request.entryCount, EntryUse::Block, &entries).isEmpty()
            && commentRefusal(request.comment).isEmpty()
            && timeoutRefusal(request.timeoutSeconds).isEmpty();
        require(refusal.isEmpty() == each, "blockRequestRefusal disagrees with its checks");
        if (refusal.isEmpty())
            require(cidrs == entries && request.timeoutSeconds <= maxTimeoutSeconds,
                    "blockRequestRefusal took what it should not");
        break;
    }
    case Method::Allow: {
        const QString refusal =
            allowRequestRefusal(request.entries, request.entryCount, request.comment, &cidrs);
        QList<Cidr> entries;
        const bool each =
            parseEntries(request.entries, request.entryCount, EntryUse::Allow, &entries).isEmpty()
            && commentRefusal(request.comment).isEmpty();
        require(refusal.isEmpty() == each, "allowRequestRefusal disagrees with its checks");
        if (refusal.isEmpty())
            require(cidrs == entries, "allowRequestRefusal parsed another list");
        break;
    }
    case Method::SetVerdict:
        require(verdictRefusal(request.verdict).isEmpty()
                    == (request.verdict == QLatin1String("DROP")
                        || request.verdict == QLatin1String("REJECT")),
                "verdictRefusal took what is not a verdict", request.verdict.toUtf8());
        break;
    case Method::RecordFeedCheck:
        require(fetchErrorRefusal(request.fetchError).isEmpty()
                    == (request.fetchError.size() <= maxFeedTextLength
                        && isDisplayableText(request.fetchError)),
                "fetchErrorRefusal disagrees with the rules");
        break;
    default:
        break;
    }
}

// What the helper runs next on a request that decoded.
void checkDecoded(const Request &request)
{
    const char *action = request.action();
    require(action
                && (qstrcmp(action, inspectAction) == 0 || qstrcmp(action, manageAction) == 0
                    || qstrcmp(action, refreshFeedsAction) == 0),
            "an action that is none of the three", action);
    // The XML's table of actions.
    using Method = Request::Method;
    const char *expected = manageAction;
    switch (request.method) {
    case Method::List:
    case Method::Status:
    case Method::Allowlist:
    case Method::History:
    case Method::BlockCommands:
    case Method::UnblockCommands:
    case Method::SetVerdictCommands:
    case Method::UpdateFeedCommands:
        expected = inspectAction;
        break;
    case Method::Feeds:
        expected = request.withCredentials ? refreshFeedsAction : inspectAction;
        break;
    case Method::RecordFeedCheck:
        expected = refreshFeedsAction;
        break;
    case Method::UpdateFeed:
        expected = request.force ? manageAction : refreshFeedsAction;
        break;
    default:
        break;
    }
    require(qstrcmp(action, expected) == 0, "the action is not the one the interface names",
            request.methodName());
    require(request.isReadOnly()
                == (qstrcmp(action, inspectAction) == 0 || request.method == Method::Feeds),
            "isReadOnly disagrees with the action");
    require(request.payloadBytes() >= request.entries.size(), "payload smaller than the entries");

    const bool hasEntries = request.method == Method::Block || request.method == Method::Unblock
        || request.method == Method::Allow || request.method == Method::Disallow
        || request.method == Method::BlockCommands || request.method == Method::UnblockCommands;
    if (hasEntries)
        checkEntries(request);
    else
        require(request.entries.isEmpty() && request.entryCount == 0,
                "entries for a method without");
    require(request.list.isValid()
                == (request.method == Method::UpdateFeed
                    || request.method == Method::UpdateFeedCommands),
            "a list descriptor where none belongs, or none where one does");

    if (request.method == Method::Block || request.method == Method::Allow
        || request.method == Method::BlockCommands) {
        require(request.comment.toUtf8().size() <= commentLimit, "a comment beyond its limit");
        if (commentRefusal(request.comment).isEmpty())
            require(request.comment.size() <= maxCommentLength
                        && isDisplayableText(request.comment),
                    "commentRefusal accepted what it should not", request.comment.toUtf8());
    }
    if (request.method == Method::AddFeed) {
        if (feedSettingsRefusal(request.feed).isEmpty())
            require(isFeedName(request.feed.name) && !request.feed.location.isEmpty()
                        && isDisplayableText(request.feed.location)
                        && isDisplayableText(request.feed.checksumUrl)
                        && request.feed.maxShrinkPercent <= 100,
                    "feedSettingsRefusal accepted what it should not");
        checkRedaction(request.feed.location);
        checkRedaction(request.feed.checksumUrl);
    }
    if (request.method == Method::RemoveFeed || request.method == Method::UpdateFeed
        || request.method == Method::UpdateFeedCommands
        || request.method == Method::RecordFeedCheck)
        require(feedNameRefusal(request.feed.name).isEmpty() == isFeedName(request.feed.name),
                "feedNameRefusal and isFeedName disagree");
    for (const QString *text :
         { &request.comment, &request.verdict, &request.etag, &request.lastModified,
           &request.fetchError, &request.feed.location, &request.feed.checksumUrl })
        checkText(*text);

    if (request.method == Method::UpdateFeed) {
        QList<Cidr> cidrs;
        QString error;
        const bool read = readSealedList(request.list.get(), &cidrs, &error);
        if (read)
            checkNetworks(cidrs);
        else
            require(!error.isEmpty(), "readSealedList refused without a reason");
        checkFeedUpdate(request, read, cidrs);
    }
    checkContent(request);
    if (hasEntries) {
        QList<Cidr> entries;
        if (parseEntries(request.entries, request.entryCount, EntryUse::Remove, &entries).isEmpty())
            checkNetworks(entries);
    }
}

// Decodes; on failure the answer names an error the interface documents and says why.
bool decode(DBusMessage *message, Request *request, const char **errorName)
{
    QString errorMessage;
    *errorName = nullptr;
    if (decodeRequest(message, request, errorName, &errorMessage)) {
        checkDecoded(*request);
        return true;
    }
    require(*errorName
                && (qstrcmp(*errorName, DBUS_ERROR_UNKNOWN_METHOD) == 0
                    || qstrcmp(*errorName, DBUS_ERROR_INVALID_ARGS) == 0
                    || qstrcmp(*errorName, DBUS_ERROR_LIMITS_EXCEEDED) == 0),
            "a refusal with an undocumented error name", *errorName);
    require(!errorMessage.isEmpty(), "a refusal without a message", *errorName);
    return false;
}

void runRaw(const uint8_t *data, size_t size)
{
    DBusError error;
    dbus_error_init(&error);
    DBusMessage *message = dbus_message_demarshal(reinterpret_cast<const char *>(data),
                                                  int(std::min<size_t>(size, INT_MAX)), &error);
    dbus_error_free(&error);
    if (!message)
        return;
    if (dbus_message_get_type(message) == DBUS_MESSAGE_TYPE_METHOD_CALL) {
        Request request;
        const char *errorName;
        decode(message, &request, &errorName);
    }
    dbus_message_unref(message);
}

// Whether the list file the harness made is one the helper may take, and what
// readSealedList makes of it: never an unsealed file, and what it accepts is exactly what
// an encoder writes.
void checkFile(const MadeFile &file)
{
    QList<Cidr> cidrs;
    QString error;
    const bool accepted = readSealedList(file.fd, &cidrs, &error);
    if (!accepted) {
        require(!error.isEmpty(), "readSealedList refused without a reason");
        return;
    }
    require(file.memoryFile && file.sealed, "readSealedList accepted an unsealed file");
    require(file.size <= listLimit, "readSealedList accepted a list beyond the limit");
    require(cidrs.size() == (file.size - PackedCidrs::magic.size()) / PackedCidrs::recordSize,
            "readSealedList's count is not the file's");
    if (file.size == file.content.size())
        require(PackedCidrs::encode(cidrs) == file.content,
                "readSealedList accepted what no encoder writes", file.content.toHex());
}

// Whether a call with the method's own signature and these values is within the limits
// the interface promises to check before polkit.
bool withinLimits(int method, const std::vector<Value> &values, const Run &run)
{
    const auto entriesFit = [](const Value &value) {
        if (value.strings.size() > maxEntriesPerCall)
            return false;
        for (const QByteArray &entry : value.strings) {
            if (entry.size() > entryLimit)
                return false;
        }
        return true;
    };
    const auto fileFits = [&](const Value &value) {
        const MadeFile &file = run.files[size_t(value.file)];
        return file.memoryFile && file.sealed && file.size <= listLimit;
    };
    switch (methodAt(method)) {
    case Request::Method::Block:
        return entriesFit(values[0]) && values[2].text.size() <= commentLimit;
    case Request::Method::Unblock:
    case Request::Method::Disallow:
        return entriesFit(values[0]);
    case Request::Method::Allow:
        return entriesFit(values[0]) && values[1].text.size() <= commentLimit;
    case Request::Method::SetVerdict:
        return values[0].text.size() <= verdictLimit;
    case Request::Method::AddFeed:
        return values[0].text.size() <= nameLimit && values[1].text.size() <= textLimit
            && values[2].text.size() <= nameLimit && values[4].text.size() <= textLimit;
    case Request::Method::RemoveFeed:
        return values[0].text.size() <= nameLimit;
    case Request::Method::UpdateFeed:
        return values[0].text.size() <= nameLimit && fileFits(values[1])
            && values[2].text.size() <= textLimit && values[3].text.size() <= textLimit;
    case Request::Method::RecordFeedCheck:
        return values[0].text.size() <= nameLimit && values[1].text.size() <= textLimit;
    default:
        return true;
    }
}

QString utf8(const Value &value)
{
    return QString::fromUtf8(value.text);
}

QByteArray joined(const Value &value)
{
    QByteArray out;
    for (const QByteArray &entry : value.strings)
        out.append(entry).append('\0');
    return out;
}

bool sameFile(int fd, const MadeFile &file)
{
    struct stat info
    {
    };
    return fstat(fd, &info) == 0 && info.st_dev == file.device && info.st_ino == file.inode;
}

// A decoded request holds what was sent, each argument in its place.
void checkHolds(int method, const std::vector<Value> &values, const Run &run,
                const Request &request)
{
    using Method = Request::Method;
    const auto same = [](bool equal, const char *what) {
        require(equal, "the request does not hold the", what);
    };
    switch (methodAt(method)) {
    case Method::Block:
        same(request.entries == joined(values[0]) && request.entryCount == values[0].strings.size(),
             "entries");
        same(request.timeoutSeconds == values[1].number, "timeout");
        same(request.comment == utf8(values[2]), "comment");
        same(request.force == values[3].flag, "force flag");
        break;
    case Method::Unblock:
    case Method::Disallow:
        same(request.entries == joined(values[0]) && request.entryCount == values[0].strings.size(),
             "entries");
        break;
    case Method::Allow:
        same(request.entries == joined(values[0]) && request.entryCount == values[0].strings.size(),
             "entries");
        same(request.comment == utf8(values[1]), "comment");
        break;
    case Method::SetVerdict:
        same(request.verdict == utf8(values[0]), "verdict");
        break;
    case Method::AddFeed:
        same(request.feed.name == utf8(values[0]), "name");
        same(request.feed.location == utf8(values[1]), "location");
        same(request.feed.format == utf8(values[2]), "format");
        same(request.feed.refreshSeconds == values[3].number, "refresh interval");
        same(request.feed.checksumUrl == utf8(values[4]), "checksum URL");
        same(request.feed.maxShrinkPercent == values[5].number, "shrink share");
        same(request.feed.insecure == values[6].flag, "insecure flag");
        same(request.feed.allowBroad == values[7].flag, "allowBroad flag");
        break;
    case Method::RemoveFeed:
        same(request.feed.name == utf8(values[0]), "name");
        break;
    case Method::Feeds:
        same(request.withCredentials == values[0].flag, "credentials flag");
        break;
    case Method::UpdateFeed:
        same(request.feed.name == utf8(values[0]), "name");
        same(sameFile(request.list.get(), run.files[size_t(values[1].file)]), "list file");
        same(request.list.get() != run.files[size_t(values[1].file)].fd, "list file of its own");
        same(request.etag == utf8(values[2]), "ETag");
        same(request.lastModified == utf8(values[3]), "Last-Modified value");
        same(request.force == values[4].flag, "force flag");
        break;
    case Method::RecordFeedCheck:
        same(request.feed.name == utf8(values[0]), "name");
        same(request.fetchError == utf8(values[1]), "error text");
        break;
    default:
        break;
    }
}

// Whether a descriptor open in this process refers to a file the run made.
bool stillOpen(const std::vector<MadeFile> &files)
{
    DIR *directory = opendir("/proc/self/fd");
    if (!directory)
        return false;
    bool open = false;
    while (const dirent *entry = readdir(directory)) {
        struct stat info
        {
        };
        if (entry->d_name[0] == '.' || fstatat(dirfd(directory), entry->d_name, &info, 0) != 0)
            continue;
        for (const MadeFile &file : files)
            open = open || (info.st_dev == file.device && info.st_ino == file.inode);
    }
    closedir(directory);
    return open;
}

// The descriptors open in this process, and what each refers to.
QList<QByteArray> openDescriptors()
{
    QList<QByteArray> open;
    DIR *directory = opendir("/proc/self/fd");
    if (!directory)
        return open;
    while (const dirent *entry = readdir(directory)) {
        if (entry->d_name[0] == '.' || atoi(entry->d_name) == dirfd(directory))
            continue;
        char target[256] = {};
        readlinkat(dirfd(directory), entry->d_name, target, sizeof target - 1);
        open.append(QByteArray(entry->d_name) + " -> " + target);
    }
    closedir(directory);
    return open;
}

// Header: method byte (0-13 a method, 14 an unknown one, 15 a method's name in lower
// case), flags byte (bit 0 a mutated signature, bits 1-2 the interface, bit 3 no reply
// wanted, bit 4 interactive authorization allowed, bits 5-7 the sender), a 32-bit serial.
// A mutation is three bytes: operation, position, type.
void runStructured(const uint8_t *data, size_t size)
{
    Input in(data, size);
    const quint8 selector = in.byte();
    const quint8 flags = in.byte();
    quint32 serial = quint32(in.little(4));
    if (!serial)
        serial = 1;

    const int choice = selector % 16;
    const int method = choice < methodCount ? choice : (selector / 16) % methodCount;
    QByteArray member =
        choice == 14 ? QByteArrayLiteral("Frobnicate") : QByteArray(methodInfos[method].name);
    if (choice == 15)
        member = member.toLower();
    const bool knownMember = choice < methodCount;

    static const char *const interfaces[] = { helperInterface, nullptr, "org.rampart.Helper2",
                                              "org.freedesktop.DBus.Properties" };
    const char *interface = interfaces[(flags >> 1) & 3];
    const bool knownInterface = !interface || qstrcmp(interface, helperInterface) == 0;
    static const char *const senders[] = { ":1.42", ":1.7", ":1.1000000", "org.rampart.Helper",
                                           ":1.0",  ":2.3", ":1.42",      ":1.9999" };
    const char *sender = senders[(flags >> 5) & 7];

    std::vector<const char *> signature = methodInfos[method].arguments;
    if (flags & 1) {
        const quint8 operation = in.byte() % 5;
        const quint8 position = in.byte();
        const char *type = typeTokens[in.byte() % typeTokenCount];
        const size_t at = signature.empty() ? 0 : position % signature.size();
        switch (operation) {
        case 0:
            if (!signature.empty())
                signature.erase(signature.begin() + qsizetype(at));
            break;
        case 1:
            signature.insert(signature.begin() + qsizetype(position % (signature.size() + 1)),
                             type);
            break;
        case 2:
            if (!signature.empty())
                signature[at] = type;
            break;
        case 3:
            if (signature.size() >= 2)
                std::swap(signature[at], signature[(at + 1) % signature.size()]);
            break;
        default:
            signature.clear();
            for (int i = 0; i < position % 6; ++i)
                signature.push_back(typeTokens[in.byte() % typeTokenCount]);
            break;
        }
    }
    QByteArray signatureText;
    for (const char *type : signature)
        signatureText.append(type);
    QByteArray rightText;
    for (const char *type : methodInfos[method].arguments)
        rightText.append(type);
    const bool rightSignature = signatureText == rightText;

    Run run;
    std::vector<Value> values(signature.size());
    Request request;
    const char *errorName = nullptr;
    bool decoded = false;
    {
        DBusMessage *message = dbus_message_new_method_call("org.rampart.Helper", helperPath,
                                                            interface, member.constData());
        if (!message)
            return;
        dbus_message_set_sender(message, sender);
        dbus_message_set_serial(message, serial);
        dbus_message_set_no_reply(message, (flags & 0x08) != 0);
        dbus_message_set_allow_interactive_authorization(message, (flags & 0x10) != 0);
        DBusMessageIter iterator;
        dbus_message_iter_init_append(message, &iterator);
        bool built = true;
        for (size_t i = 0; i < signature.size() && built; ++i)
            built = appendValue(&iterator, signature[i], in, run, &values[i]);
        if (!built) {
            // Out of descriptors or memory: not the helper's doing.
            dbus_message_unref(message);
            return;
        }
        require(qstrcmp(dbus_message_get_signature(message), signatureText.constData()) == 0,
                "the harness built another signature", signatureText);

        decoded = decode(message, &request, &errorName);
        // The message goes first, as the helper's does, with its copies of the descriptors.
        dbus_message_unref(message);
    }

    if (!knownMember || !knownInterface)
        require(!decoded && qstrcmp(errorName, DBUS_ERROR_UNKNOWN_METHOD) == 0,
                "a call to no method of the interface decoded", member);
    else if (!rightSignature)
        require(!decoded && qstrcmp(errorName, DBUS_ERROR_INVALID_ARGS) == 0,
                "a call with another signature decoded", signatureText);
    else
        require(decoded == withinLimits(method, values, run),
                decoded ? "a call beyond the limits decoded"
                        : "a call within the limits was refused",
                member);
    if (decoded) {
        require(request.method == methodAt(method) && member == request.methodName(),
                "the wrong method", member);
        require(request.sender == sender && request.serial == serial, "the wrong sender or serial");
        require(request.replyWanted == !(flags & 0x08) && request.interactive == bool(flags & 0x10),
                "the wrong message flags");
        checkHolds(method, values, run, request);
    }

    for (const MadeFile &file : run.files)
        checkFile(file);

    // The request goes, then the harness's own descriptors: nothing may stay open.
    request = Request();
    for (MadeFile &file : run.files) {
        close(file.fd);
        file.fd = -1;
    }
    if (!run.files.empty())
        require(!stillOpen(run.files), "a descriptor of the list stayed open");
}

void writeSeed(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        std::fprintf(stderr, "requestfuzz: cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
}

// One raw call of each method with plausible arguments, marshalled by libdbus, and one
// structured input of each. UpdateFeed has no raw seed: a marshalled message carries no
// descriptors, so libdbus refuses to read one that needs them.
void writeSeeds(const QString &directory)
{
    const QByteArray packed =
        PackedCidrs::encode({ *parseCidr(u"192.0.2.0/24").cidr, *parseCidr(u"2001:db8::/32").cidr,
                              *parseCidr(u"198.51.100.7").cidr });
    for (int method = 0; method < methodCount; ++method) {
        const QByteArray name = methodInfos[method].name;
        Output out;
        out.byte(quint8(method)).byte(0).little(quint32(method + 1), 4);
        DBusMessage *message = dbus_message_new_method_call("org.rampart.Helper", helperPath,
                                                            helperInterface, name.constData());
        dbus_message_set_sender(message, ":1.42");
        dbus_message_set_serial(message, quint32(method + 1));
        DBusMessageIter iterator;
        dbus_message_iter_init_append(message, &iterator);
        const auto text = [&](const char *value) {
            out.text(value);
            appendString(&iterator, value);
        };
        const auto number = [&](quint32 value) {
            out.little(value, 4);
            dbus_message_iter_append_basic(&iterator, DBUS_TYPE_UINT32, &value);
        };
        const auto flag = [&](bool value) {
            out.byte(value);
            const dbus_bool_t boolean = value;
            dbus_message_iter_append_basic(&iterator, DBUS_TYPE_BOOLEAN, &boolean);
        };
        const auto strings = [&](std::initializer_list<const char *> values) {
            out.strings(values);
            DBusMessageIter array;
            dbus_message_iter_open_container(&iterator, DBUS_TYPE_ARRAY, "s", &array);
            for (const char *value : values)
                appendString(&array, value);
            dbus_message_iter_close_container(&iterator, &array);
        };
        bool raw = true;
        switch (methodAt(method)) {
        case Request::Method::Block:
            strings({ "192.0.2.1", "2001:db8::/32", "198.51.100.0/24" });
            number(3600);
            text("spam source");
            flag(false);
            break;
        case Request::Method::Unblock:
        case Request::Method::Disallow:
            strings({ "192.0.2.1", "10.0.0.0/8" });
            break;
        case Request::Method::Allow:
            strings({ "203.0.113.5", "fe80::1" });
            text("office");
            break;
        case Request::Method::SetVerdict:
            text("REJECT");
            break;
        case Request::Method::AddFeed:
            text("firehol.level1");
            text("https://user:secret@example.org/list.netset?token=abc&x=1");
            text("lines");
            number(86400);
            text("https://example.org/list.sha256");
            number(50);
            flag(false);
            flag(true);
            break;
        case Request::Method::RemoveFeed:
            text("firehol.level1");
            break;
        case Request::Method::Feeds:
            flag(true);
            break;
        case Request::Method::UpdateFeed:
            raw = false;
            text("firehol.level1");
            out.listFile(packed);
            text("\"etag-1\"");
            text("Wed, 21 Oct 2015 07:28:00 GMT");
            flag(false);
            break;
        case Request::Method::RecordFeedCheck:
            text("firehol.level1");
            text("the server answered 503");
            break;
        default:
            break;
        }
        writeSeed(QStringLiteral("%1/structured-%2").arg(directory, QString::fromLatin1(name)),
                  out.data());
        char *marshalled = nullptr;
        int length = 0;
        if (raw && dbus_message_marshal(message, &marshalled, &length)) {
            writeSeed(QStringLiteral("%1/raw-%2").arg(directory, QString::fromLatin1(name)),
                      QByteArray(marshalled, length));
            dbus_free(marshalled);
        }
        dbus_message_unref(message);
    }

    // Paths the calls above do not take: plain http to this machine, a country, and list
    // files that are not sealed or are larger than any list may be.
    const auto addFeed = [&](const char *name, const char *location, const char *format) {
        Output out;
        out.byte(indexOf("AddFeed")).byte(0x10).little(100, 4);
        out.text(name).text(location).text(format).little(300, 4).text("").little(10, 4);
        out.byte(0).byte(0);
        return out.data();
    };
    writeSeed(directory + QStringLiteral("/structured-AddFeed-http"),
              addFeed("local", "http://127.0.0.1:8080/list.txt", "csv:2"));
    writeSeed(directory + QStringLiteral("/structured-AddFeed-country"),
              addFeed("de", "country:DE", "country"));
    for (const auto &[suffix, flags, sizing] :
         { std::tuple { "unsealed", quint8(0x00), quint8(0) },
           std::tuple { "pipe", quint8(0x03), quint8(0) },
           std::tuple { "large", quint8(0x1c), quint8(0xff) } }) {
        Output out;
        out.byte(indexOf("UpdateFeed")).byte(0x08).little(200, 4).text("feed");
        out.listFile(packed, flags, sizing).text("").text("").byte(1);
        writeSeed(directory + QStringLiteral("/structured-UpdateFeed-") + QLatin1String(suffix),
                  out.data());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const char *directory = std::getenv("RAMPART_FUZZ_WRITE_SEEDS")) {
        writeSeeds(QString::fromLocal8Bit(directory));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Now and then, the descriptors open before and after a run: no call may leave one
    // behind (the list files are checked after every run that made one). Compared within
    // the run, as libFuzzer opens descriptors of its own between runs (its symbolizer's).
    static quint64 runs = 0;
    const bool count = ++runs % 64 == 0;
    const QList<QByteArray> before = count ? openDescriptors() : QList<QByteArray>();

    if (size > 0 && (data[0] == 'l' || data[0] == 'B'))
        runRaw(data, size);
    else
        runStructured(data, size);

    if (count) {
        const QList<QByteArray> after = openDescriptors();
        require(after.size() <= before.size(), "a descriptor stayed open after the run:",
                "before " + before.join(", ") + "; after " + after.join(", "));
    }
    return 0;
}
