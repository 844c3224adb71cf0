#pragma once

#include "dbus/helpertypes.h"

#include <QList>
#include <QStringList>

#include <dbus/dbus.h>

namespace Rampart {

// The helper's answers, written as the interface declares them (replySignature()): one
// writer a method, which the helper hands to the bus once the work is done, and which a
// test can call on a reply message of its own to see what a client reads. RecordFeedCheck
// and Confirm answer with no arguments. historyId: the change's history row, 0 when none
// was written.

void appendBlockReply(DBusMessageIter *out, quint32 added, quint32 updated, qint64 historyId);
// notBlocked: the entries that were not in the blocklist, as their networks are written.
// The script a Commands method previews (BlockCommands, UnblockCommands, SetVerdictCommands,
// UpdateFeedCommands).
void appendCommandsReply(DBusMessageIter *out, const QString &script);
void appendUnblockReply(DBusMessageIter *out, quint32 removed, const QStringList &notBlocked);
// listFd: a sealed memory file of the listing, duplicated into the message.
void appendListReply(DBusMessageIter *out, int listFd);
void appendStatusReply(DBusMessageIter *out, const HelperStatus &status);
void appendSaveReply(DBusMessageIter *out, qint64 savedAt);
void appendAddFeedReply(DBusMessageIter *out, bool created);
void appendRemoveFeedReply(DBusMessageIter *out, quint32 removed);
void appendFeedsReply(DBusMessageIter *out, const QList<FeedInfo> &feeds);
void appendUpdateFeedReply(DBusMessageIter *out, quint32 added, quint32 removed, qint64 historyId);
void appendSetVerdictReply(DBusMessageIter *out, qint64 historyId);
void appendAllowReply(DBusMessageIter *out, quint32 added);
// notAllowed: the entries that were not in the allowlist.
void appendDisallowReply(DBusMessageIter *out, quint32 removed, const QStringList &notAllowed);
void appendAllowlistReply(DBusMessageIter *out, const QList<AllowedEntry> &entries);
void appendHistoryReply(DBusMessageIter *out, const QList<HistoryEntry> &rows);
// notRestored: what the undo could not put back, a line each.
void appendUndoReply(DBusMessageIter *out, qint64 undoId, const QStringList &notRestored);
void appendPendingConfirmationsReply(DBusMessageIter *out,
                                     const QList<PendingConfirmation> &pending);

} // namespace Rampart
