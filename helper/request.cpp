#include "request.h"

#include "net/cidr.h"
#include "requestchecks.h"

#include <unistd.h>

#include <algorithm>

namespace Rampart {

namespace {

// Size limits before anything is parsed, in bytes of UTF-8 (up to four a character); an
// entry's is maxEntryBytes.
constexpr int maxNameBytes = 4 * maxFeedNameLength;
constexpr int maxTextBytes = 4 * maxFeedTextLength;
constexpr int maxVerdictBytes = 16;

// Reads the arguments in order; the signature was checked first, so every read finds the
// type it expects.
class Arguments
{
public:
    explicit Arguments(DBusMessage *message) { dbus_message_iter_init(message, &m_iterator); }

    bool text(QString *out, int maxBytes, const char *what)
    {
        const char *value = nullptr;
        dbus_message_iter_get_basic(&m_iterator, &value);
        dbus_message_iter_next(&m_iterator);
        const qsizetype length = qsizetype(qstrlen(value));
        if (length > maxBytes) {
            m_error = QStringLiteral("%1 is %2 bytes long; the limit is %3")
                          .arg(QString::fromLatin1(what))
                          .arg(length)
                          .arg(maxBytes);
            return false;
        }
        *out = decodedUtf8(QByteArrayView(value, length));
        return true;
    }

    quint32 number()
    {
        dbus_uint32_t value = 0;
        dbus_message_iter_get_basic(&m_iterator, &value);
        dbus_message_iter_next(&m_iterator);
        return value;
    }

    qint64 int64()
    {
        dbus_int64_t value = 0;
        dbus_message_iter_get_basic(&m_iterator, &value);
        dbus_message_iter_next(&m_iterator);
        return value;
    }

    bool flag()
    {
        dbus_bool_t value = FALSE;
        dbus_message_iter_get_basic(&m_iterator, &value);
        dbus_message_iter_next(&m_iterator);
        return value;
    }

    // A string array as one buffer, the items separated by NUL, which no D-Bus string
    // holds.
    bool strings(QByteArray *joined, qsizetype *count)
    {
        const int items = dbus_message_iter_get_element_count(&m_iterator);
        if (items > maxEntriesPerCall) {
            m_limits = true;
            m_error = QStringLiteral("%1 entries in one call; the limit is %2, so send them "
                                     "in parts")
                          .arg(items)
                          .arg(maxEntriesPerCall);
            return false;
        }
        DBusMessageIter array;
        dbus_message_iter_recurse(&m_iterator, &array);
        dbus_message_iter_next(&m_iterator);
        joined->reserve(qsizetype(items) * 16);
        *count = 0;
        while (dbus_message_iter_get_arg_type(&array) == DBUS_TYPE_STRING) {
            const char *value = nullptr;
            dbus_message_iter_get_basic(&array, &value);
            const qsizetype length = qsizetype(qstrlen(value));
            if (length > maxEntryBytes) {
                m_error =
                    QStringLiteral("entry %1: %2 is longer than any address")
                        .arg(*count + 1)
                        .arg(quotedItem(QString::fromUtf8(value, std::min<qsizetype>(length, 64))));
                return false;
            }
            joined->append(value, length);
            joined->append('\0');
            ++*count;
            dbus_message_iter_next(&array);
        }
        return true;
    }

    bool file(UniqueFd *out)
    {
        int fd = -1;
        // libdbus hands over a duplicate of its own: ours to close.
        dbus_message_iter_get_basic(&m_iterator, &fd);
        dbus_message_iter_next(&m_iterator);
        *out = UniqueFd(fd);
        // Sealed but over the size of maxEntriesPerCall networks is too much, not malformed.
        if (const QString refusal = sealedListRefusal(fd, &m_limits); !refusal.isEmpty()) {
            m_error = refusal;
            return false;
        }
        return true;
    }

    QString error() const { return m_error; }
    bool limitsExceeded() const { return m_limits; }

private:
    DBusMessageIter m_iterator;
    QString m_error;
    bool m_limits = false;
};

bool readArguments(Arguments &in, Request *request)
{
    switch (request->method) {
    case Request::Method::Block:
        return in.strings(&request->entries, &request->entryCount)
            && (request->timeoutSeconds = in.number(), true)
            && in.text(&request->comment, 4 * maxCommentLength, "the comment")
            && (request->force = in.flag(), true)
            && (request->confirmWithinSeconds = in.number(), true);
    case Request::Method::BlockCommands:
        return in.strings(&request->entries, &request->entryCount)
            && (request->timeoutSeconds = in.number(), true)
            && in.text(&request->comment, 4 * maxCommentLength, "the comment");
    case Request::Method::Unblock:
    case Request::Method::UnblockCommands:
    case Request::Method::Disallow:
        return in.strings(&request->entries, &request->entryCount);
    case Request::Method::Allow:
        return in.strings(&request->entries, &request->entryCount)
            && in.text(&request->comment, 4 * maxCommentLength, "the comment");
    case Request::Method::SetVerdict:
        return in.text(&request->verdict, maxVerdictBytes, "the verdict")
            && (request->confirmWithinSeconds = in.number(), true);
    case Request::Method::SetVerdictCommands:
        return in.text(&request->verdict, maxVerdictBytes, "the verdict");
    case Request::Method::AddFeed:
        return in.text(&request->feed.name, maxNameBytes, "the feed's name")
            && in.text(&request->feed.location, maxTextBytes, "the location")
            && in.text(&request->feed.format, maxNameBytes, "the format")
            && (request->feed.refreshSeconds = in.number(), true)
            && in.text(&request->feed.checksumUrl, maxTextBytes, "the checksum URL")
            && (request->feed.maxShrinkPercent = in.number(), true)
            && (request->feed.insecure = in.flag(), true)
            && (request->feed.allowBroad = in.flag(), true);
    case Request::Method::RemoveFeed:
        return in.text(&request->feed.name, maxNameBytes, "the feed's name");
    case Request::Method::Feeds:
        request->withCredentials = in.flag();
        return true;
    case Request::Method::UpdateFeed:
        return in.text(&request->feed.name, maxNameBytes, "the feed's name")
            && in.file(&request->list) && in.text(&request->etag, maxTextBytes, "the ETag")
            && in.text(&request->lastModified, maxTextBytes, "the Last-Modified value")
            && (request->force = in.flag(), true)
            && (request->confirmWithinSeconds = in.number(), true);
    case Request::Method::UpdateFeedCommands:
        return in.text(&request->feed.name, maxNameBytes, "the feed's name")
            && in.file(&request->list);
    case Request::Method::RecordFeedCheck:
        return in.text(&request->feed.name, maxNameBytes, "the feed's name")
            && in.text(&request->fetchError, maxTextBytes, "the error text");
    case Request::Method::History:
        request->historyId = in.int64();
        request->limit = in.number();
        return true;
    case Request::Method::Undo:
    case Request::Method::Confirm:
        request->historyId = in.int64();
        return true;
    case Request::Method::List:
    case Request::Method::Status:
    case Request::Method::Save:
    case Request::Method::Allowlist:
    case Request::Method::PendingConfirmations:
        return true;
    }
    return false;
}

} // namespace

void UniqueFd::reset()
{
    if (m_fd >= 0)
        close(m_fd);
    m_fd = -1;
}

const char *Request::action() const
{
    switch (method) {
    case Method::List:
    case Method::Status:
    case Method::Allowlist:
    case Method::History:
    case Method::PendingConfirmations:
    // A preview changes nothing: reading what a change would do is inspecting.
    case Method::BlockCommands:
    case Method::UnblockCommands:
    case Method::SetVerdictCommands:
    case Method::UpdateFeedCommands:
        return inspectAction;
    case Method::Feeds:
        return withCredentials ? refreshFeedsAction : inspectAction;
    case Method::RecordFeedCheck:
        return refreshFeedsAction;
    case Method::UpdateFeed:
        // Accepting a list the shrink or coverage checks refused is the administrator's call.
        return force ? manageAction : refreshFeedsAction;
    default:
        return manageAction;
    }
}

const char *Request::methodName() const
{
    return helperMethodSignature(method).name;
}

qint64 Request::payloadBytes() const
{
    qint64 bytes = 256 + entries.size();
    for (const QString *text : { &comment, &verdict, &feed.name, &feed.location, &feed.format,
                                 &feed.checksumUrl, &etag, &lastModified, &fetchError })
        bytes += text->size() * 2;
    return bytes;
}

bool Request::isReadOnly() const
{
    return action() == inspectAction || method == Method::Feeds;
}

const char *replySignature(Request::Method method)
{
    return helperMethodSignature(method).reply;
}

bool decodeRequest(DBusMessage *message, Request *request, const char **errorName,
                   QString *errorMessage)
{
    const char *interface = dbus_message_get_interface(message);
    const char *member = dbus_message_get_member(message);
    const HelperMethodSignature *spec = nullptr;
    if (member && (!interface || qstrcmp(interface, helperInterface) == 0)) {
        for (const HelperMethodSignature &candidate : helperMethods) {
            if (qstrcmp(candidate.name, member) == 0)
                spec = &candidate;
        }
    }
    if (!spec) {
        *errorName = DBUS_ERROR_UNKNOWN_METHOD;
        *errorMessage =
            QStringLiteral("%1 has no method %2.%3")
                .arg(QString::fromLatin1(helperPath), QString::fromUtf8(interface ? interface : ""),
                     QString::fromUtf8(member ? member : ""));
        return false;
    }
    if (!dbus_message_has_signature(message, spec->arguments)) {
        *errorName = DBUS_ERROR_INVALID_ARGS;
        *errorMessage =
            QStringLiteral("%1 takes arguments of signature \"%2\", not \"%3\"")
                .arg(QString::fromLatin1(spec->name), QString::fromLatin1(spec->arguments),
                     QString::fromUtf8(dbus_message_get_signature(message)));
        return false;
    }
    request->method = spec->method;
    request->sender = QByteArray(dbus_message_get_sender(message));
    request->serial = dbus_message_get_serial(message);
    request->replyWanted = !dbus_message_get_no_reply(message);
    request->interactive = dbus_message_get_allow_interactive_authorization(message);
    Arguments in(message);
    if (!readArguments(in, request)) {
        *errorName = in.limitsExceeded() ? DBUS_ERROR_LIMITS_EXCEEDED : DBUS_ERROR_INVALID_ARGS;
        *errorMessage = in.error();
        return false;
    }
    return true;
}

} // namespace Rampart
