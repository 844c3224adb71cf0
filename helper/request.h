#pragma once

#include "dbus/helpertypes.h"

#include <QByteArray>
#include <QString>

#include <dbus/dbus.h>

#include <utility>

namespace Rampart {

// A file descriptor that closes itself.
class UniqueFd
{
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd)
        : m_fd(fd)
    { }
    ~UniqueFd() { reset(); }
    UniqueFd(UniqueFd &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    { }
    UniqueFd &operator=(UniqueFd &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_fd = std::exchange(other.m_fd, -1);
        }
        return *this;
    }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    void reset();

private:
    int m_fd = -1;
};

// One call to the helper's interface as it is kept while polkit decides and the work
// waits: the arguments the method needs, checked for shape only, and where the answer
// goes. Never the message itself, whose bytes and descriptors go at once.
struct Request
{
    // The methods as the interface description declares them.
    using Method = HelperMethod;

    Method method = Method::Status;
    QByteArray sender; // the caller's unique bus name
    quint32 serial = 0;
    bool replyWanted = true;
    bool interactive = false;
    quint32 callerPid = 0; // for a change, as the bus daemon gave it; 0 when unknown

    // Block, Unblock, Allow, Disallow and the Commands previews of the first two: the items
    // as sent, one per line.
    QByteArray entries;
    qsizetype entryCount = 0;
    quint32 timeoutSeconds = 0; // Block, BlockCommands
    QString comment; // Block, BlockCommands, Allow
    bool force = false; // Block, UpdateFeed
    quint32 confirmWithinSeconds = 0; // Block, UpdateFeed, SetVerdict: 0 for no confirmation
    QString verdict; // SetVerdict, SetVerdictCommands
    FeedInfo feed; // AddFeed's settings; the name alone for RemoveFeed, UpdateFeed, RecordFeedCheck
    QString etag; // UpdateFeed
    QString lastModified; // UpdateFeed
    QString fetchError; // RecordFeedCheck
    bool withCredentials = false; // Feeds
    UniqueFd list; // UpdateFeed, UpdateFeedCommands: a sealed memory file of packed networks
    qint64 historyId = 0; // History: the id the page ends before; Undo, Confirm: the row
    quint32 limit = 0; // History

    // The polkit action this call needs.
    const char *action() const;
    const char *methodName() const;
    // Memory the request holds while it waits, for the helper's budget.
    qint64 payloadBytes() const;
    bool isReadOnly() const;
};

// Takes a call for the helper's interface apart. On failure, *errorName and *errorMessage
// say why (an unknown method, a signature other than the method's, an argument beyond its
// size limit, a list that is not a sealed memory file), for an answer before polkit is
// asked. Cheap: nothing is parsed beyond its shape.
bool decodeRequest(DBusMessage *message, Request *request, const char **errorName,
                   QString *errorMessage);

// The method's reply signature, for the introspection test and the replies.
const char *replySignature(Request::Method method);

} // namespace Rampart
