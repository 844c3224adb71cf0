#pragma once

#include "dbus/helperinterface.h"

#include <QDBusArgument>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Rampart {

inline constexpr auto helperService = "org.rampart.Helper";
inline constexpr auto helperPath = "/org/rampart/Helper";
inline constexpr auto inspectAction = "org.rampart.inspect";
inline constexpr auto manageAction = "org.rampart.manage";
// The feed timer's own action: refresh feeds (UpdateFeed without force, RecordFeedCheck)
// and read them with their credentials (Feeds(true)). manage implies it.
inline constexpr auto refreshFeedsAction = "org.rampart.refresh-feeds";
inline constexpr auto kernelErrorName = "org.rampart.Helper1.Error.Kernel";
inline constexpr auto storeErrorName = "org.rampart.Helper1.Error.Store";
// A feed update that would shrink the list beyond the feed's allowed share, or empty it.
inline constexpr auto suspiciousErrorName = "org.rampart.Helper1.Error.Suspicious";
// A block that covers this machine's own address, a gateway, link-local space or more than
// a /8 (IPv6 /16): done only when the caller passes force.
inline constexpr auto needsForceErrorName = "org.rampart.Helper1.Error.NeedsForce";

// Limits the helper enforces on every call; clients split larger work.
inline constexpr int maxEntriesPerCall = 1'000'000;
// And on what it keeps: manual entries, feeds and allowlisted networks in all.
inline constexpr int maxStoredEntries = 2'000'000;
inline constexpr int maxFeeds = 64;
inline constexpr int maxAllowlistEntries = 65'536;
inline constexpr int maxCommentLength = 256;
// A feed's name (it names the feed in lists and history; its kernel sets carry its number)
// and the longest location, ETag or Last-Modified value the helper keeps.
inline constexpr int maxFeedNameLength = 32;
inline constexpr int maxFeedTextLength = 2048;
// The longest timeout the kernel's ipset accepts (UINT_MAX / 2 milliseconds).
inline constexpr quint32 maxTimeoutSeconds = 2'147'483;

// One kernel set as the helper sees it, beside the store's count for the same family.
struct SetStatus
{
    QString name;
    quint32 family = 4; // 4 or 6
    quint32 kernelEntries = 0;
    quint32 storeEntries = 0;
    quint32 maxElements = 0;

    // By count: cheap enough for a status bar that polls. Save compares the contents.
    bool inSync() const { return kernelEntries == storeEntries; }
};

// Where the jump to the RAMPART chain stands in one of the kernel's chains. The helper
// puts it first when it is missing and leaves it where an administrator moved it.
struct JumpStatus
{
    QString chain; // INPUT or FORWARD
    quint32 family = 4;
    quint32 position = 0; // 1 for the first rule; 0 when there is no jump
    quint32 rules = 0; // rules in the chain
};

struct HelperStatus
{
    QString storePath;
    QString verdict; // DROP or REJECT
    bool rulesInPlace = false;
    qint64 lastSaved = 0; // seconds since the epoch, 0 when never saved
    QList<SetStatus> sets;
    QList<JumpStatus> jumps;
};

// A feed as the helper keeps it. The helper never fetches anything: the client downloads
// or reads the location, parses it, and hands the helper the resulting list.
struct FeedInfo
{
    QString name;
    QString location; // an http(s) URL or an absolute path, read by the client
    QString format; // a parser's name, or "auto"
    QString checksumUrl;
    quint32 refreshSeconds = 0; // 0: only when asked
    quint32 maxShrinkPercent = 50;
    qint64 lastFetch = 0; // last attempt, seconds since the epoch
    qint64 lastSuccess = 0; // last time the list was found current
    QString etag;
    QString lastModified;
    QString lastError; // empty when the last attempt went well
    quint32 ranges = 0; // networks in the last good list
    quint32 appliedRanges = 0; // what is left of them after the allowlist
    // Fetched over plain http without an https checksum, as the administrator chose.
    bool insecure = false;
    // May list networks wider than a /8 (IPv6 /16) of space that Internet sources use.
    bool allowBroad = false;
};

// One allowlisted network.
struct AllowedEntry
{
    QString cidr;
    QString comment;
    qint64 created = 0;
};

// One row of the audit history (the History method).
struct HistoryEntry
{
    qint64 id = 0;
    qint64 time = 0; // seconds since the epoch
    quint32 uid = 0;
    QString origin; // "window", "rampartctl", "timer", "helper", or empty when unknown
    QString action;
    QString detail;
    quint32 entryCount = 0;
    quint32 countV4 = 0; // both 0 on rows older than the count per family
    quint32 countV6 = 0;
    QStringList entries; // the first historyEntriesShown
    bool undoable = false;
    qint64 undoneBy = 0;
    qint64 undoes = 0;
};

// The most rows one History call answers, and the networks a row lists.
inline constexpr quint32 maxHistoryRowsPerCall = 1000;
inline constexpr int historyEntriesShown = 50;

// A change waiting for Confirm (the PendingConfirmations method).
struct PendingConfirmation
{
    qint64 historyId = 0;
    qint64 deadline = 0; // seconds since the epoch
    QString action;
    QString detail;
};

// The longest wait for a confirmation a change may ask for: a day.
inline constexpr quint32 maxConfirmWithinSeconds = 86'400;

QDBusArgument &operator<<(QDBusArgument &argument, const SetStatus &set);
const QDBusArgument &operator>>(const QDBusArgument &argument, SetStatus &set);
QDBusArgument &operator<<(QDBusArgument &argument, const JumpStatus &jump);
const QDBusArgument &operator>>(const QDBusArgument &argument, JumpStatus &jump);
QDBusArgument &operator<<(QDBusArgument &argument, const HelperStatus &status);
const QDBusArgument &operator>>(const QDBusArgument &argument, HelperStatus &status);

QDBusArgument &operator<<(QDBusArgument &argument, const FeedInfo &feed);
const QDBusArgument &operator>>(const QDBusArgument &argument, FeedInfo &feed);
QDBusArgument &operator<<(QDBusArgument &argument, const AllowedEntry &entry);
const QDBusArgument &operator>>(const QDBusArgument &argument, AllowedEntry &entry);

QDBusArgument &operator<<(QDBusArgument &argument, const HistoryEntry &entry);
const QDBusArgument &operator>>(const QDBusArgument &argument, HistoryEntry &entry);
QDBusArgument &operator<<(QDBusArgument &argument, const PendingConfirmation &pending);
const QDBusArgument &operator>>(const QDBusArgument &argument, PendingConfirmation &pending);

void registerHelperTypes();

} // namespace Rampart

Q_DECLARE_METATYPE(Rampart::SetStatus)
Q_DECLARE_METATYPE(Rampart::JumpStatus)
Q_DECLARE_METATYPE(Rampart::HelperStatus)
Q_DECLARE_METATYPE(Rampart::FeedInfo)
Q_DECLARE_METATYPE(Rampart::AllowedEntry)
Q_DECLARE_METATYPE(Rampart::HistoryEntry)
Q_DECLARE_METATYPE(Rampart::PendingConfirmation)
