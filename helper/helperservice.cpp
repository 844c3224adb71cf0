#include "helperservice.h"

#include "callerorigin.h"
#include "changepreview.h"
#include "confirmations.h"
#include "dbus/sealedfile.h"
#include "replies.h"
#include "requestchecks.h"
#include "rules/requestrules.h"
#include "undo.h"

#include <QPointer>

#include <algorithm>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <functional>
#include <memory>
#include <optional>

namespace Rampart {

namespace {

const QByteArray invalidArgs = DBUS_ERROR_INVALID_ARGS;
const QByteArray storeError = storeErrorName;

Reply outcomeReply(const Outcome &outcome, std::function<void(DBusMessageIter *)> write)
{
    if (!outcome.ok())
        return Reply::error(outcome.errorName.toLatin1(), outcome.message);
    return { {}, {}, std::move(write) };
}

Reply storeReadFailure(const QString &error)
{
    return Reply::error(storeError, QStringLiteral("the store could not be read: %1").arg(error));
}

Reply listingReply(Blocklist &blocklist)
{
    QString error;
    const QByteArray listing = blocklist.kernel().listing(&error);
    if (!error.isEmpty())
        return storeReadFailure(error);
    // Any size, no giant D-Bus array, and the client cannot change what it reads.
    auto file = std::make_shared<UniqueFd>(sealedMemoryFile("rampart-list", listing));
    if (!file->isValid())
        return Reply::error(storeError,
                            QStringLiteral("the listing could not be passed on: %1")
                                .arg(QString::fromLocal8Bit(strerror(errno))));
    return { {}, {}, [file](DBusMessageIter *out) {
                appendListReply(out, file->get());
            } };
}

// Unblock and Disallow: parse, remove, and say which were not there.
using Removal =
    std::function<Outcome(const QList<Cidr> &entries, quint32 *removed, QList<Cidr> *missing)>;
using RemovalReply = void (*)(DBusMessageIter *, quint32, const QStringList &);
Reply removalReply(const Request &request, const Removal &remove, RemovalReply write)
{
    QList<Cidr> parsed;
    if (const QString problem =
            parseEntries(request.entries, request.entryCount, EntryUse::Remove, &parsed);
        !problem.isEmpty())
        return Reply::error(invalidArgs, problem);
    quint32 removed = 0;
    QList<Cidr> missing;
    const Outcome outcome = remove(parsed, &removed, &missing);
    QStringList missingText;
    for (const Cidr &cidr : std::as_const(missing))
        missingText << cidr.toString();
    return outcomeReply(outcome, [write, removed, missingText](DBusMessageIter *out) {
        write(out, removed, missingText);
    });
}

// "1 entry", "2 entries": the script's title is English, as the helper's messages are.
QString counted(qsizetype count, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? one : many));
}

// A D-Bus message on the system bus holds at most 32 MiB; a script passed in one stays
// well below that (a 1,000,000-network feed's is about 25 MB).
constexpr qsizetype maxScriptBytes = 28 * 1024 * 1024;

// A Commands method: runs the change in a preview and answers with its script, or with
// the error the change itself would answer.
Reply commandsReply(Blocklist &blocklist, const QString &title,
                    const std::function<Outcome()> &change)
{
    QString script;
    {
        ChangePreview preview(blocklist.core());
        if (!preview.isReady())
            return Reply::error(storeError,
                                QStringLiteral("the store could not start the transaction that "
                                               "keeps a preview from changing it"));
        if (const Outcome outcome = change(); !outcome.ok())
            return outcomeReply(outcome, {});
        script = preview.script().text(title);
    }
    if (script.size() > maxScriptBytes)
        return Reply::error(DBUS_ERROR_LIMITS_EXCEEDED,
                            QStringLiteral("the script has %1 characters, more than one reply "
                                           "can carry")
                                .arg(script.size()));
    return { {}, {}, [script](DBusMessageIter *out) {
                appendCommandsReply(out, script);
            } };
}

Reply historyReply(Blocklist &blocklist, const Request &request)
{
    QString error;
    const quint32 limit = std::clamp<quint32>(request.limit, 1, maxHistoryRowsPerCall);
    QList<HistoryEntry> rows;
    for (const StoredHistoryRow &stored :
         blocklist.core().store().history(request.historyId, int(limit), &error)) {
        HistoryEntry row { stored.id,
                           stored.time,
                           stored.uid,
                           stored.origin,
                           stored.action,
                           stored.detail,
                           quint32(std::clamp<qint64>(stored.entryCount, 0, UINT32_MAX)),
                           quint32(std::clamp<qint64>(stored.countV4, 0, UINT32_MAX)),
                           quint32(std::clamp<qint64>(stored.countV6, 0, UINT32_MAX)),
                           stored.entries.mid(0, historyEntriesShown),
                           stored.hasUndoData && stored.undoneBy == 0,
                           stored.undoneBy,
                           stored.undoes };
        rows.append(row);
    }
    if (!error.isEmpty())
        return storeReadFailure(error);
    return { {}, {}, [rows](DBusMessageIter *out) {
                appendHistoryReply(out, rows);
            } };
}

// For the journal: what a rollback did, a line each.
void rollBackLog(const QStringList &lines)
{
    for (const QString &line : lines)
        std::fprintf(stderr, "rampart-helper: %s\n", qPrintable(line));
}

// After a change: its history row, made to wait for Confirm when the call asked for it
// (feedName: an UpdateFeed's feed). A wait that cannot be kept undoes the change, which
// must not stay for good when it was meant to be provisional.
qint64 awaitConfirmation(Blocklist &blocklist, const Request &request, quint32 uid,
                         Outcome *outcome, const QString &feedName = {})
{
    const qint64 historyId = outcome->ok() ? blocklist.core().store().changeRow() : 0;
    if (historyId == 0 || request.confirmWithinSeconds == 0)
        return historyId;
    const Outcome waiting =
        Confirmations(blocklist).await(historyId, request.confirmWithinSeconds, uid, feedName);
    if (waiting.ok())
        return historyId;
    qint64 undoId = 0;
    QStringList notRestored;
    const Outcome undone = Undo(blocklist).undo(historyId, uid, &undoId, &notRestored);
    *outcome = Outcome::storeError(
        undone.ok() ? QStringLiteral("%1; the change was undone").arg(waiting.message)
                    : QStringLiteral("%1, and the change could not be undone: %2")
                          .arg(waiting.message, undone.message));
    return 0;
}

// Runs on the work thread, for a call of the right shape that polkit allowed: its content
// is checked first (requestchecks.h), and only then does the blocklist work on it.
Reply execute(Blocklist &blocklist, const Request &request, quint32 uid)
{
    using Method = Request::Method;
    QString error;
    switch (request.method) {
    case Method::Block: {
        QList<Cidr> parsed;
        if (const QString refusal =
                blockRequestRefusal(request.entries, request.entryCount, request.comment,
                                    request.timeoutSeconds, &parsed);
            !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        if (const QString refusal = confirmWithinRefusal(request.confirmWithinSeconds);
            !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        quint32 added = 0;
        quint32 updated = 0;
        blocklist.core().store().beginChange();
        Outcome outcome = blocklist.manualEntries().block(
            parsed, request.timeoutSeconds, request.comment, request.force, uid, &added, &updated);
        const qint64 historyId = awaitConfirmation(blocklist, request, uid, &outcome);
        return outcomeReply(outcome, [added, updated, historyId](DBusMessageIter *out) {
            appendBlockReply(out, added, updated, historyId);
        });
    }
    case Method::BlockCommands: {
        QList<Cidr> parsed;
        if (const QString refusal =
                blockRequestRefusal(request.entries, request.entryCount, request.comment,
                                    request.timeoutSeconds, &parsed);
            !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        // Forced: the script is what the block runs once allowed.
        return commandsReply(blocklist,
                             QStringLiteral("Rampart: the commands that block %1")
                                 .arg(counted(parsed.size(), "entry", "entries")),
                             [&] {
                                 quint32 added = 0;
                                 quint32 updated = 0;
                                 return blocklist.manualEntries().block(
                                     parsed, request.timeoutSeconds, request.comment, true, uid,
                                     &added, &updated);
                             });
    }
    case Method::Unblock:
        return removalReply(
            request,
            [&](const QList<Cidr> &entries, quint32 *removed, QList<Cidr> *missing) {
                return blocklist.manualEntries().unblock(entries, uid, removed, missing);
            },
            appendUnblockReply);
    case Method::UnblockCommands: {
        QList<Cidr> parsed;
        if (const QString problem =
                parseEntries(request.entries, request.entryCount, EntryUse::Remove, &parsed);
            !problem.isEmpty())
            return Reply::error(invalidArgs, problem);
        return commandsReply(blocklist,
                             QStringLiteral("Rampart: the commands that unblock %1")
                                 .arg(counted(parsed.size(), "entry", "entries")),
                             [&] {
                                 quint32 removed = 0;
                                 QList<Cidr> missing;
                                 return blocklist.manualEntries().unblock(parsed, uid, &removed,
                                                                          &missing);
                             });
    }
    case Method::Disallow:
        return removalReply(
            request,
            [&](const QList<Cidr> &entries, quint32 *removed, QList<Cidr> *missing) {
                return blocklist.allowlist().disallow(entries, uid, removed, missing);
            },
            appendDisallowReply);
    case Method::List:
        return listingReply(blocklist);
    case Method::Status: {
        const HelperStatus status = blocklist.kernel().status();
        return { {}, {}, [status](DBusMessageIter *out) {
                    appendStatusReply(out, status);
                } };
    }
    case Method::Save: {
        qint64 savedAt = 0;
        const Outcome outcome = blocklist.kernel().sync(uid, &savedAt);
        return outcomeReply(outcome,
                            [savedAt](DBusMessageIter *out) { appendSaveReply(out, savedAt); });
    }
    case Method::SetVerdict: {
        if (const QString refusal = verdictRefusal(request.verdict); !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        if (const QString refusal = confirmWithinRefusal(request.confirmWithinSeconds);
            !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        blocklist.core().store().beginChange();
        Outcome outcome = blocklist.kernel().setVerdict(request.verdict, uid);
        const qint64 historyId = awaitConfirmation(blocklist, request, uid, &outcome);
        return outcomeReply(
            outcome, [historyId](DBusMessageIter *out) { appendSetVerdictReply(out, historyId); });
    }
    case Method::SetVerdictCommands:
        if (const QString refusal = verdictRefusal(request.verdict); !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        return commandsReply(
            blocklist,
            QStringLiteral("Rampart: the commands that set the verdict to %1").arg(request.verdict),
            [&] { return blocklist.kernel().setVerdict(request.verdict, uid); });
    case Method::AddFeed: {
        // Settings sent back as they were shown stand for the stored ones, which the store
        // knows: they are checked as they will be kept.
        FeedInfo settings;
        if (const Outcome read = blocklist.feeds().withStoredLocations(request.feed, &settings);
            !read.ok())
            return outcomeReply(read, {});
        if (const QString refusal = feedSettingsRefusal(settings); !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        bool created = false;
        const Outcome outcome = blocklist.feeds().save(settings, uid, &created);
        return outcomeReply(outcome,
                            [created](DBusMessageIter *out) { appendAddFeedReply(out, created); });
    }
    case Method::RemoveFeed: {
        quint32 removed = 0;
        const Outcome outcome = blocklist.feeds().remove(request.feed.name, uid, &removed);
        return outcomeReply(
            outcome, [removed](DBusMessageIter *out) { appendRemoveFeedReply(out, removed); });
    }
    case Method::Feeds: {
        const QList<FeedInfo> feeds = blocklist.feeds().list(request.withCredentials, &error);
        if (!error.isEmpty())
            return storeReadFailure(error);
        return { {}, {}, [feeds](DBusMessageIter *out) {
                    appendFeedsReply(out, feeds);
                } };
    }
    case Method::UpdateFeed: {
        QList<Cidr> list;
        if (const QString refusal =
                feedUpdateRefusal(request.list.get(), request.etag, request.lastModified, &list);
            !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        if (const QString refusal = confirmWithinRefusal(request.confirmWithinSeconds);
            !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        quint32 added = 0;
        quint32 removed = 0;
        blocklist.core().store().beginChange();
        Outcome outcome =
            blocklist.feeds().update(request.feed.name, list, request.etag, request.lastModified,
                                     request.force, uid, &added, &removed);
        const qint64 historyId =
            awaitConfirmation(blocklist, request, uid, &outcome, request.feed.name);
        return outcomeReply(outcome, [added, removed, historyId](DBusMessageIter *out) {
            appendUpdateFeedReply(out, added, removed, historyId);
        });
    }
    case Method::UpdateFeedCommands: {
        QList<Cidr> list;
        if (const QString refusal = feedUpdateRefusal(request.list.get(), {}, {}, &list);
            !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        const std::optional<StoredFeed> feed =
            blocklist.core().store().feed(request.feed.name, &error);
        if (!error.isEmpty())
            return storeReadFailure(error);
        // A feed not added yet is previewed as rampartctl import adds it: AddFeed, then
        // UpdateFeed, both undone with the preview. Its settings are not known here, so it
        // takes the defaults, with broad networks allowed: the script shows what the list
        // comes to, and the real AddFeed applies the real settings.
        FeedInfo settings;
        settings.name = request.feed.name;
        settings.allowBroad = true;
        if (!feed) {
            if (const QString refusal = feedNameRefusal(settings.name); !refusal.isEmpty())
                return Reply::error(invalidArgs, refusal);
        }
        return commandsReply(
            blocklist,
            feed ? QStringLiteral("Rampart: the commands that load %1 into feed %2")
                       .arg(counted(list.size(), "network", "networks"), settings.name)
                 : QStringLiteral("Rampart: the commands that add feed %1 and load %2 into it")
                       .arg(settings.name, counted(list.size(), "network", "networks")),
            [&] {
                if (!feed) {
                    bool created = false;
                    if (const Outcome saved = blocklist.feeds().save(settings, uid, &created);
                        !saved.ok())
                        return saved;
                }
                quint32 added = 0;
                quint32 removed = 0;
                return blocklist.feeds().update(settings.name, list, {}, {}, true, uid, &added,
                                                &removed);
            });
    }
    case Method::RecordFeedCheck:
        if (const QString refusal = fetchErrorRefusal(request.fetchError); !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        return outcomeReply(blocklist.feeds().recordCheck(request.feed.name, request.fetchError),
                            {});
    case Method::Allow: {
        QList<Cidr> parsed;
        if (const QString refusal =
                allowRequestRefusal(request.entries, request.entryCount, request.comment, &parsed);
            !refusal.isEmpty())
            return Reply::error(invalidArgs, refusal);
        quint32 added = 0;
        const Outcome outcome = blocklist.allowlist().allow(parsed, request.comment, uid, &added);
        return outcomeReply(outcome,
                            [added](DBusMessageIter *out) { appendAllowReply(out, added); });
    }
    case Method::History:
        return historyReply(blocklist, request);
    case Method::Undo: {
        qint64 undoId = 0;
        QStringList notRestored;
        const Outcome outcome = Undo(blocklist).undo(request.historyId, uid, &undoId, &notRestored);
        return outcomeReply(outcome, [undoId, notRestored](DBusMessageIter *out) {
            appendUndoReply(out, undoId, notRestored);
        });
    }
    case Method::Confirm:
        return outcomeReply(Confirmations(blocklist).confirm(request.historyId), {});
    case Method::PendingConfirmations: {
        QList<PendingConfirmation> pending;
        for (const StoredConfirmation &stored : Confirmations(blocklist).pending(&error))
            pending.append({ stored.historyId, stored.deadline, stored.action, stored.detail });
        if (!error.isEmpty())
            return storeReadFailure(error);
        return { {}, {}, [pending](DBusMessageIter *out) {
                    appendPendingConfirmationsReply(out, pending);
                } };
    }
    case Method::Allowlist: {
        const QList<AllowedEntry> entries = blocklist.allowlist().list(&error);
        if (!error.isEmpty())
            return storeReadFailure(error);
        return { {}, {}, [entries](DBusMessageIter *out) {
                    appendAllowlistReply(out, entries);
                } };
    }
    }
    return Reply::error(invalidArgs, QStringLiteral("unknown method"));
}

} // namespace

HelperService::HelperService(const QString &stateFolder, int historyRows, QObject *parent)
    : QObject(parent)
    , m_work(std::make_unique<WorkThread>(
          WorkThread::Options { stateFolder, Store::Access::ReadWrite, historyRows }))
    , m_listing(std::make_unique<WorkThread>(
          WorkThread::Options { stateFolder, Store::Access::ReadOnly, historyRows }))
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] { rollBack(false); });
    // What waited when the helper stopped was never confirmed to this helper: it goes
    // before any call is served.
    rollBack(true);
}

void HelperService::rollBack(bool everything)
{
    QPointer<HelperService> self(this);
    m_work->post([self, everything](Blocklist *blocklist, const QString &) {
        if (!blocklist)
            return;
        Store &store = blocklist->core().store();
        store.setOrigin(QStringLiteral("helper"));
        rollBackLog(Confirmations(*blocklist).rollBack(BlocklistCore::now(), everything));
        const std::optional<qint64> next = Confirmations(*blocklist).nextDeadline();
        QMetaObject::invokeMethod(self, [self, next] {
            if (self)
                self->armDeadline(next);
        });
    });
}

void HelperService::armDeadline(std::optional<qint64> deadline)
{
    m_waiting = deadline.has_value();
    if (!deadline) {
        m_deadline.stop();
        return;
    }
    // A little past the second the deadline names, so that the store agrees it has passed.
    const qint64 ms = std::max<qint64>(0, *deadline - BlocklistCore::now()) * 1000 + 250;
    m_deadline.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

HelperService::~HelperService()
{
    m_work.reset();
    m_listing.reset();
}

void HelperService::run(Request request, quint32 uid, std::function<void(const Reply &)> done)
{
    const bool listing = request.method == Request::Method::List;
    if (listing && m_listings >= maxListings) {
        done(Reply::error(DBUS_ERROR_LIMITS_EXCEEDED,
                          QStringLiteral("%1 listings are being built; try again when they are "
                                         "done")
                              .arg(m_listings)));
        return;
    }
    if (listing)
        ++m_listings;
    QPointer<HelperService> self(this);
    auto shared = std::make_shared<Request>(std::move(request));
    (listing ? m_listing : m_work)
        ->post([self, shared, uid, done, listing](Blocklist *blocklist, const QString &openError) {
            Reply reply;
            std::optional<qint64> next;
            if (blocklist) {
                // Where the call's history rows say it came from.
                Store &store = blocklist->core().store();
                store.setOrigin(callerOrigin(programOf(shared->callerPid), uid));
                reply = execute(*blocklist, *shared, uid);
                store.setOrigin(QStringLiteral("helper"));
                // Any change may have added, confirmed or undone a wait.
                if (!listing && !shared->isReadOnly())
                    next = Confirmations(*blocklist).nextDeadline();
            } else {
                reply = Reply::error(
                    storeError, QStringLiteral("the store could not be opened: %1").arg(openError));
            }
            // The request's memory file is closed here, on the work thread, once read.
            shared->list.reset();
            const bool changed = !listing && !shared->isReadOnly() && blocklist;
            QMetaObject::invokeMethod(self, [self, done, reply, listing, changed, next] {
                if (listing && self)
                    --self->m_listings;
                if (changed && self)
                    self->armDeadline(next);
                done(reply);
            });
        });
}

} // namespace Rampart
