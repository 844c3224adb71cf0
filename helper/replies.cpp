#include "replies.h"

#include <QByteArray>
#include <QString>

namespace Rampart {

namespace {

void appendUInt(DBusMessageIter *out, quint32 value)
{
    const dbus_uint32_t number = value;
    dbus_message_iter_append_basic(out, DBUS_TYPE_UINT32, &number);
}

void appendInt64(DBusMessageIter *out, qint64 value)
{
    const dbus_int64_t number = value;
    dbus_message_iter_append_basic(out, DBUS_TYPE_INT64, &number);
}

void appendBool(DBusMessageIter *out, bool value)
{
    const dbus_bool_t flag = value;
    dbus_message_iter_append_basic(out, DBUS_TYPE_BOOLEAN, &flag);
}

void appendString(DBusMessageIter *out, const QString &value)
{
    const QByteArray text = value.toUtf8();
    const char *data = text.constData();
    dbus_message_iter_append_basic(out, DBUS_TYPE_STRING, &data);
}

void appendStrings(DBusMessageIter *out, const QStringList &values)
{
    DBusMessageIter array;
    dbus_message_iter_open_container(out, DBUS_TYPE_ARRAY, "s", &array);
    for (const QString &value : values)
        appendString(&array, value);
    dbus_message_iter_close_container(out, &array);
}

template<typename Item, typename Write>
void appendStructs(DBusMessageIter *out, const char *signature, const QList<Item> &items,
                   Write write)
{
    DBusMessageIter array;
    dbus_message_iter_open_container(out, DBUS_TYPE_ARRAY, signature, &array);
    for (const Item &item : items) {
        DBusMessageIter fields;
        dbus_message_iter_open_container(&array, DBUS_TYPE_STRUCT, nullptr, &fields);
        write(&fields, item);
        dbus_message_iter_close_container(&array, &fields);
    }
    dbus_message_iter_close_container(out, &array);
}

} // namespace

void appendBlockReply(DBusMessageIter *out, quint32 added, quint32 updated, qint64 historyId)
{
    appendUInt(out, added);
    appendUInt(out, updated);
    appendInt64(out, historyId);
}

void appendCommandsReply(DBusMessageIter *out, const QString &script)
{
    appendString(out, script);
}

void appendUnblockReply(DBusMessageIter *out, quint32 removed, const QStringList &notBlocked)
{
    appendUInt(out, removed);
    appendStrings(out, notBlocked);
}

void appendListReply(DBusMessageIter *out, int listFd)
{
    dbus_message_iter_append_basic(out, DBUS_TYPE_UNIX_FD, &listFd);
}

void appendStatusReply(DBusMessageIter *out, const HelperStatus &status)
{
    DBusMessageIter fields;
    dbus_message_iter_open_container(out, DBUS_TYPE_STRUCT, nullptr, &fields);
    appendString(&fields, status.storePath);
    appendString(&fields, status.verdict);
    appendBool(&fields, status.rulesInPlace);
    appendInt64(&fields, status.lastSaved);
    appendStructs(&fields, "(suuuu)", status.sets, [](DBusMessageIter *set, const SetStatus &s) {
        appendString(set, s.name);
        appendUInt(set, s.family);
        appendUInt(set, s.kernelEntries);
        appendUInt(set, s.storeEntries);
        appendUInt(set, s.maxElements);
    });
    appendStructs(&fields, "(suuu)", status.jumps, [](DBusMessageIter *jump, const JumpStatus &j) {
        appendString(jump, j.chain);
        appendUInt(jump, j.family);
        appendUInt(jump, j.position);
        appendUInt(jump, j.rules);
    });
    dbus_message_iter_close_container(out, &fields);
}

void appendSaveReply(DBusMessageIter *out, qint64 savedAt)
{
    appendInt64(out, savedAt);
}

void appendAddFeedReply(DBusMessageIter *out, bool created)
{
    appendBool(out, created);
}

void appendRemoveFeedReply(DBusMessageIter *out, quint32 removed)
{
    appendUInt(out, removed);
}

void appendFeedsReply(DBusMessageIter *out, const QList<FeedInfo> &feeds)
{
    appendStructs(out, "(ssssuuxxsssuubb)", feeds, [](DBusMessageIter *f, const FeedInfo &feed) {
        appendString(f, feed.name);
        appendString(f, feed.location);
        appendString(f, feed.format);
        appendString(f, feed.checksumUrl);
        appendUInt(f, feed.refreshSeconds);
        appendUInt(f, feed.maxShrinkPercent);
        appendInt64(f, feed.lastFetch);
        appendInt64(f, feed.lastSuccess);
        appendString(f, feed.etag);
        appendString(f, feed.lastModified);
        appendString(f, feed.lastError);
        appendUInt(f, feed.ranges);
        appendUInt(f, feed.appliedRanges);
        appendBool(f, feed.insecure);
        appendBool(f, feed.allowBroad);
    });
}

void appendUpdateFeedReply(DBusMessageIter *out, quint32 added, quint32 removed, qint64 historyId)
{
    appendUInt(out, added);
    appendUInt(out, removed);
    appendInt64(out, historyId);
}

void appendSetVerdictReply(DBusMessageIter *out, qint64 historyId)
{
    appendInt64(out, historyId);
}

void appendAllowReply(DBusMessageIter *out, quint32 added)
{
    appendUInt(out, added);
}

void appendDisallowReply(DBusMessageIter *out, quint32 removed, const QStringList &notAllowed)
{
    appendUInt(out, removed);
    appendStrings(out, notAllowed);
}

void appendAllowlistReply(DBusMessageIter *out, const QList<AllowedEntry> &entries)
{
    appendStructs(out, "(ssx)", entries, [](DBusMessageIter *e, const AllowedEntry &entry) {
        appendString(e, entry.cidr);
        appendString(e, entry.comment);
        appendInt64(e, entry.created);
    });
}

void appendHistoryReply(DBusMessageIter *out, const QList<HistoryEntry> &rows)
{
    appendStructs(out, "(xxusssuuuasbxx)", rows,
                  [](DBusMessageIter *fields, const HistoryEntry &row) {
                      appendInt64(fields, row.id);
                      appendInt64(fields, row.time);
                      appendUInt(fields, row.uid);
                      appendString(fields, row.origin);
                      appendString(fields, row.action);
                      appendString(fields, row.detail);
                      appendUInt(fields, row.entryCount);
                      appendUInt(fields, row.countV4);
                      appendUInt(fields, row.countV6);
                      appendStrings(fields, row.entries);
                      appendBool(fields, row.undoable);
                      appendInt64(fields, row.undoneBy);
                      appendInt64(fields, row.undoes);
                  });
}

void appendUndoReply(DBusMessageIter *out, qint64 undoId, const QStringList &notRestored)
{
    appendInt64(out, undoId);
    appendStrings(out, notRestored);
}

void appendPendingConfirmationsReply(DBusMessageIter *out,
                                     const QList<PendingConfirmation> &pending)
{
    appendStructs(out, "(xxss)", pending,
                  [](DBusMessageIter *fields, const PendingConfirmation &row) {
                      appendInt64(fields, row.historyId);
                      appendInt64(fields, row.deadline);
                      appendString(fields, row.action);
                      appendString(fields, row.detail);
                  });
}

} // namespace Rampart
