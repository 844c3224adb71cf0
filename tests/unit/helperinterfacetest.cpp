// The helper's interface as its three parties see it, held together without root: the
// description (org.rampart.Helper1.xml, read here on its own), the helper's own decoding
// and replies (request.cpp, replies.cpp), and the client's calls and the types it reads the
// answers as (HelperClient). Every method the description declares is called through the
// client and arrives at a stand-in on a bus of the test's own that takes it apart with the
// helper's decodeRequest() and answers with the helper's reply writer; the client then
// reads the answer. A method name, an argument's type or order, or a reply's type that one
// party has otherwise than the others fails here, naming the method.

#include "dbus/helperinterface.h"
#include "client/helperclient.h"
#include "dbus/helpertypes.h"
#include "listfiles.h"
#include "net/packedcidrs.h"
#include "privatebus.h"
#include "replies.h"
#include "request.h"
#include "requestchecks.h"

#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>

#include <dbus/dbus.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <functional>

using namespace Rampart;

namespace {

// One method as the description declares it.
struct Declared
{
    QString name;
    QString arguments;
    QString reply;
};

QList<Declared> readDescription(QString *error)
{
    QFile file(QStringLiteral(RAMPART_INTERFACE_XML));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Declared> methods;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"method") {
            methods.append({ attributes.value(QLatin1String("name")).toString(), {}, {} });
        } else if (xml.name() == u"arg" && !methods.isEmpty()) {
            const QString type = attributes.value(QLatin1String("type")).toString();
            if (attributes.value(QLatin1String("direction")) == u"out")
                methods.last().reply += type;
            else
                methods.last().arguments += type;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return methods;
}

QString joinedEntries(const QStringList &entries)
{
    QString joined;
    for (const QString &entry : entries)
        joined += entry + u'|';
    return joined;
}

// What the stand-in saw of a request, in words the test compares.
QString describe(const Request &request)
{
    QString text = QString::fromLatin1(request.methodName());
    QStringList entries;
    for (const QByteArray &entry : request.entries.split('\0')) {
        if (!entry.isEmpty())
            entries << QString::fromUtf8(entry);
    }
    switch (request.method) {
    case HelperMethod::Block:
        return text
            + QStringLiteral(" %1 %2 %3 %4 %5")
                  .arg(joinedEntries(entries))
                  .arg(request.timeoutSeconds)
                  .arg(request.comment)
                  .arg(request.force)
                  .arg(request.confirmWithinSeconds);
    case HelperMethod::BlockCommands:
        return text
            + QStringLiteral(" %1 %2 %3")
                  .arg(joinedEntries(entries))
                  .arg(request.timeoutSeconds)
                  .arg(request.comment);
    case HelperMethod::Unblock:
    case HelperMethod::UnblockCommands:
    case HelperMethod::Disallow:
        return text + u' ' + joinedEntries(entries);
    case HelperMethod::Allow:
        return text + u' ' + joinedEntries(entries) + u' ' + request.comment;
    case HelperMethod::SetVerdict:
        return text + u' ' + request.verdict + u' ' + QString::number(request.confirmWithinSeconds);
    case HelperMethod::SetVerdictCommands:
        return text + u' ' + request.verdict;
    case HelperMethod::AddFeed: {
        const FeedInfo &feed = request.feed;
        return text
            + QStringLiteral(" %1 %2 %3 %4 %5 %6 %7 %8")
                  .arg(feed.name, feed.location, feed.format)
                  .arg(feed.refreshSeconds)
                  .arg(feed.checksumUrl)
                  .arg(feed.maxShrinkPercent)
                  .arg(feed.insecure)
                  .arg(feed.allowBroad);
    }
    case HelperMethod::RemoveFeed:
        return text + u' ' + request.feed.name;
    case HelperMethod::Feeds:
        return text + u' ' + QString::number(request.withCredentials);
    case HelperMethod::UpdateFeedCommands:
    case HelperMethod::UpdateFeed: {
        QList<Cidr> list;
        QString error;
        QStringList cidrs;
        if (readSealedList(request.list.get(), &list, &error)) {
            for (const Cidr &cidr : std::as_const(list))
                cidrs << cidr.toString();
        } else {
            cidrs << error;
        }
        if (request.method == HelperMethod::UpdateFeedCommands)
            return text + QStringLiteral(" %1 %2").arg(request.feed.name, joinedEntries(cidrs));
        return text
            + QStringLiteral(" %1 %2 %3 %4 %5 %6")
                  .arg(request.feed.name, joinedEntries(cidrs), request.etag, request.lastModified)
                  .arg(request.force)
                  .arg(request.confirmWithinSeconds);
    }
    case HelperMethod::RecordFeedCheck:
        return text + u' ' + request.feed.name + u' ' + request.fetchError;
    case HelperMethod::History:
        return text + QStringLiteral(" %1 %2").arg(request.historyId).arg(request.limit);
    case HelperMethod::Undo:
    case HelperMethod::Confirm:
        return text + u' ' + QString::number(request.historyId);
    case HelperMethod::List:
    case HelperMethod::Status:
    case HelperMethod::Save:
    case HelperMethod::Allowlist:
    case HelperMethod::PendingConfirmations:
        return text;
    }
    return text + QStringLiteral(" (a method this test does not know)");
}

HelperStatus sampleStatus()
{
    HelperStatus status;
    status.storePath = QStringLiteral("/var/lib/rampart/rampart.db");
    status.verdict = QStringLiteral("REJECT");
    status.rulesInPlace = true;
    status.lastSaved = 1'700'000'123;
    status.sets = { { QStringLiteral("rampart4"), 4, 10, 11, 65536 },
                    { QStringLiteral("rampart6"), 6, 2, 2, 1024 } };
    status.jumps = { { QStringLiteral("INPUT"), 4, 3, 5 }, { QStringLiteral("FORWARD"), 6, 0, 0 } };
    return status;
}

FeedInfo sampleFeed()
{
    FeedInfo feed;
    feed.name = QStringLiteral("drop");
    feed.location = QStringLiteral("https://lists.example.org/drop.txt");
    feed.format = QStringLiteral("csv:2");
    feed.checksumUrl = QStringLiteral("https://lists.example.org/drop.txt.sha256");
    feed.refreshSeconds = 86400;
    feed.maxShrinkPercent = 30;
    feed.lastFetch = 1'700'000'001;
    feed.lastSuccess = 1'700'000'002;
    feed.etag = QStringLiteral("\"abc\"");
    feed.lastModified = QStringLiteral("Mon, 01 Jan 2024 00:00:00 GMT");
    feed.lastError = QStringLiteral("none");
    feed.ranges = 1234;
    feed.appliedRanges = 1200;
    feed.insecure = true;
    feed.allowBroad = false;
    return feed;
}

QString text(const HelperStatus &status)
{
    QString out = QStringLiteral("%1 %2 %3 %4")
                      .arg(status.storePath, status.verdict)
                      .arg(status.rulesInPlace)
                      .arg(status.lastSaved);
    for (const SetStatus &set : status.sets)
        out += QStringLiteral(" [%1 %2 %3 %4 %5]")
                   .arg(set.name)
                   .arg(set.family)
                   .arg(set.kernelEntries)
                   .arg(set.storeEntries)
                   .arg(set.maxElements);
    for (const JumpStatus &jump : status.jumps)
        out += QStringLiteral(" [%1 %2 %3 %4]")
                   .arg(jump.chain)
                   .arg(jump.family)
                   .arg(jump.position)
                   .arg(jump.rules);
    return out;
}

HistoryEntry sampleHistoryEntry()
{
    HistoryEntry row;
    row.id = 9'000'000'001;
    row.time = 1'700'000'888;
    row.uid = 1000;
    row.origin = QStringLiteral("rampartctl");
    row.action = QStringLiteral("undo");
    row.detail = QStringLiteral("restore: 1 blocked again, 0 unblocked");
    row.entryCount = 3;
    row.countV4 = 2;
    row.countV6 = 1;
    row.entries = { QStringLiteral("192.0.2.1/32"), QStringLiteral("2001:db8::/48") };
    row.undoable = true;
    row.undoneBy = 0;
    row.undoes = 8'999'999'999;
    return row;
}

QString text(const HistoryEntry &row)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
               .arg(row.id)
               .arg(row.time)
               .arg(row.uid)
               .arg(row.origin, row.action, row.detail)
               .arg(row.entryCount)
               .arg(row.countV4)
               .arg(row.countV6)
        + QStringLiteral(" %1 %2 %3 %4")
              .arg(row.entries.join(u','))
              .arg(row.undoable)
              .arg(row.undoneBy)
              .arg(row.undoes);
}

QString text(const FeedInfo &feed)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
               .arg(feed.name, feed.location, feed.format, feed.checksumUrl)
               .arg(feed.refreshSeconds)
               .arg(feed.maxShrinkPercent)
               .arg(feed.lastFetch)
               .arg(feed.lastSuccess)
               .arg(feed.etag)
        + QStringLiteral(" %1 %2 %3 %4 %5 %6")
              .arg(feed.lastModified, feed.lastError)
              .arg(feed.ranges)
              .arg(feed.appliedRanges)
              .arg(feed.insecure)
              .arg(feed.allowBroad);
}

const QByteArray sampleListing =
    "# rampart-list 2\n"
    "203.0.113.0/24\tmanual\t1700000000\t0\t42\t3360\tform spam\n"
    "2001:db8::/32\tfeed:drop\t1700000001\t1700003600\t7\t18446744073709551615\t\n";

// Each method: what the client sends, what the helper must take from it, what the helper
// answers with its own writer, and what the client must read from that.
struct Exchange
{
    std::function<QDBusPendingCall(HelperClient &)> call;
    QString arrives; // describe() of the decoded request
    std::function<void(DBusMessageIter *)> answer; // null: no arguments
    std::function<QString(const QDBusPendingCall &)> read; // what the client read, in words
    QString expected;
};

QHash<QString, Exchange> exchanges()
{
    const QList<Cidr> feedList = { *parseCidr(u"192.0.2.0/24").cidr,
                                   *parseCidr(u"2001:db8::/48").cidr };
    QHash<QString, Exchange> all;
    all[QStringLiteral("Block")] = {
        [](HelperClient &client) {
            return client.block({ QStringLiteral("192.0.2.1"), QStringLiteral("198.51.100.0/24") },
                                3600, QStringLiteral("form spam"), true, 300);
        },
        QStringLiteral("Block 192.0.2.1|198.51.100.0/24| 3600 form spam 1 300"),
        [](DBusMessageIter *out) { appendBlockReply(out, 3, 1, 8'000'000'001); },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<uint, uint, qlonglong> reply = call;
            return QStringLiteral("%1 %2 %3")
                .arg(reply.argumentAt<0>())
                .arg(reply.argumentAt<1>())
                .arg(reply.argumentAt<2>());
        },
        QStringLiteral("3 1 8000000001"),
    };
    // The previews all answer with a script; a quote, a here-document and a non-ASCII
    // character must come through as they are.
    const QString script = QStringLiteral("#!/bin/sh\n# feed «drop»\nipset restore -exist "
                                          "<<'EOF'\nadd rampart-v4 192.0.2.1\nEOF\n");
    const auto readScript = [](const QDBusPendingCall &call) {
        const QDBusPendingReply<QString> reply = call;
        return reply.value();
    };
    const auto writeScript = [script](DBusMessageIter *out) {
        appendCommandsReply(out, script);
    };
    all[QStringLiteral("BlockCommands")] = {
        [](HelperClient &client) {
            return client.blockCommands(
                { QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::/48") }, 600,
                QStringLiteral("scan"));
        },
        QStringLiteral("BlockCommands 192.0.2.1|2001:db8::/48| 600 scan"),
        writeScript,
        readScript,
        script,
    };
    all[QStringLiteral("UnblockCommands")] = {
        [](HelperClient &client) {
            return client.unblockCommands({ QStringLiteral("192.0.2.7") });
        },
        QStringLiteral("UnblockCommands 192.0.2.7|"),
        writeScript,
        readScript,
        script,
    };
    all[QStringLiteral("SetVerdictCommands")] = {
        [](HelperClient &client) { return client.setVerdictCommands(QStringLiteral("REJECT")); },
        QStringLiteral("SetVerdictCommands REJECT"),
        writeScript,
        readScript,
        script,
    };
    all[QStringLiteral("UpdateFeedCommands")] = {
        [feedList](HelperClient &client) {
            return client.updateFeedCommands(QStringLiteral("drop"), feedList);
        },
        QStringLiteral("UpdateFeedCommands drop 192.0.2.0/24|2001:db8::/48|"),
        writeScript,
        readScript,
        script,
    };
    all[QStringLiteral("Unblock")] = {
        [](HelperClient &client) { return client.unblock({ QStringLiteral("192.0.2.9") }); },
        QStringLiteral("Unblock 192.0.2.9|"),
        [](DBusMessageIter *out) {
            appendUnblockReply(out, 2, { QStringLiteral("192.0.2.9"), QStringLiteral("::1") });
        },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<uint, QStringList> reply = call;
            return QStringLiteral("%1 %2")
                .arg(reply.argumentAt<0>())
                .arg(reply.argumentAt<1>().join(u','));
        },
        QStringLiteral("2 192.0.2.9,::1"),
    };
    all[QStringLiteral("List")] = {
        [](HelperClient &client) { return client.list(); },
        QStringLiteral("List"),
        [](DBusMessageIter *out) {
            const int fd = makeListFile({ ListFile::Sealed, sampleListing });
            appendListReply(out, fd); // duplicated into the message
            close(fd);
        },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<QDBusUnixFileDescriptor> reply = call;
            QString error;
            QStringList rows;
            for (const BlockedEntry &entry : HelperClient::readListing(reply.value(), &error))
                rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                            .arg(entry.cidr, entry.source)
                            .arg(entry.created.toSecsSinceEpoch())
                            .arg(entry.expires.isValid() ? entry.expires.toSecsSinceEpoch() : 0)
                            .arg(entry.packets)
                            .arg(entry.bytes)
                            .arg(entry.comment);
            return error.isEmpty() ? rows.join(u'|') : error;
        },
        QStringLiteral("203.0.113.0/24 manual 1700000000 0 42 3360 form spam|"
                       "2001:db8::/32 feed:drop 1700000001 1700003600 7 18446744073709551615 "),
    };
    all[QStringLiteral("Status")] = {
        [](HelperClient &client) { return client.status(); },
        QStringLiteral("Status"),
        [](DBusMessageIter *out) { appendStatusReply(out, sampleStatus()); },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<HelperStatus> reply = call;
            return text(reply.value());
        },
        text(sampleStatus()),
    };
    all[QStringLiteral("Save")] = {
        [](HelperClient &client) { return client.save(); },
        QStringLiteral("Save"),
        [](DBusMessageIter *out) { appendSaveReply(out, 1'700'000'555); },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<qlonglong> reply = call;
            return QString::number(reply.value());
        },
        QStringLiteral("1700000555"),
    };
    all[QStringLiteral("SetVerdict")] = {
        [](HelperClient &client) { return client.setVerdict(QStringLiteral("REJECT"), 45); },
        QStringLiteral("SetVerdict REJECT 45"),
        [](DBusMessageIter *out) { appendSetVerdictReply(out, 8'000'000'002); },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<qlonglong> reply = call;
            return QString::number(reply.value());
        },
        QStringLiteral("8000000002"),
    };
    all[QStringLiteral("AddFeed")] = {
        [](HelperClient &client) { return client.addFeed(sampleFeed()); },
        QStringLiteral("AddFeed drop https://lists.example.org/drop.txt csv:2 86400 "
                       "https://lists.example.org/drop.txt.sha256 30 1 0"),
        [](DBusMessageIter *out) { appendAddFeedReply(out, true); },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<bool> reply = call;
            return QString::number(reply.value());
        },
        QStringLiteral("1"),
    };
    all[QStringLiteral("RemoveFeed")] = {
        [](HelperClient &client) { return client.removeFeed(QStringLiteral("drop")); },
        QStringLiteral("RemoveFeed drop"),
        [](DBusMessageIter *out) { appendRemoveFeedReply(out, 7); },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<uint> reply = call;
            return QString::number(reply.value());
        },
        QStringLiteral("7"),
    };
    all[QStringLiteral("Feeds")] = {
        [](HelperClient &client) { return client.feeds(true); },
        QStringLiteral("Feeds 1"),
        [](DBusMessageIter *out) { appendFeedsReply(out, { sampleFeed() }); },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<QList<FeedInfo>> reply = call;
            QStringList feeds;
            for (const FeedInfo &feed : reply.value())
                feeds << text(feed);
            return feeds.join(u'|');
        },
        text(sampleFeed()),
    };
    all[QStringLiteral("UpdateFeed")] = {
        [feedList](HelperClient &client) {
            return client.updateFeed(QStringLiteral("drop"), feedList, QStringLiteral("\"e1\""),
                                     QStringLiteral("Tue, 02 Jan 2024 00:00:00 GMT"), true, 86'400);
        },
        QStringLiteral("UpdateFeed drop 192.0.2.0/24|2001:db8::/48| \"e1\" "
                       "Tue, 02 Jan 2024 00:00:00 GMT 1 86400"),
        [](DBusMessageIter *out) { appendUpdateFeedReply(out, 5, 6, 8'000'000'003); },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<uint, uint, qlonglong> reply = call;
            return QStringLiteral("%1 %2 %3")
                .arg(reply.argumentAt<0>())
                .arg(reply.argumentAt<1>())
                .arg(reply.argumentAt<2>());
        },
        QStringLiteral("5 6 8000000003"),
    };
    all[QStringLiteral("RecordFeedCheck")] = {
        [](HelperClient &client) {
            return client.recordFeedCheck(QStringLiteral("drop"), QStringLiteral("timed out"));
        },
        QStringLiteral("RecordFeedCheck drop timed out"),
        nullptr,
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<> reply = call;
            return QString::number(reply.count());
        },
        QStringLiteral("0"),
    };
    all[QStringLiteral("Allow")] = {
        [](HelperClient &client) {
            return client.allow({ QStringLiteral("192.0.2.0/24") }, QStringLiteral("office"));
        },
        QStringLiteral("Allow 192.0.2.0/24| office"),
        [](DBusMessageIter *out) { appendAllowReply(out, 4); },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<uint> reply = call;
            return QString::number(reply.value());
        },
        QStringLiteral("4"),
    };
    all[QStringLiteral("Disallow")] = {
        [](HelperClient &client) { return client.disallow({ QStringLiteral("10.0.0.0/8") }); },
        QStringLiteral("Disallow 10.0.0.0/8|"),
        [](DBusMessageIter *out) { appendDisallowReply(out, 1, { QStringLiteral("10.0.0.0/8") }); },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<uint, QStringList> reply = call;
            return QStringLiteral("%1 %2")
                .arg(reply.argumentAt<0>())
                .arg(reply.argumentAt<1>().join(u','));
        },
        QStringLiteral("1 10.0.0.0/8"),
    };
    all[QStringLiteral("Allowlist")] = {
        [](HelperClient &client) { return client.allowlist(); },
        QStringLiteral("Allowlist"),
        [](DBusMessageIter *out) {
            appendAllowlistReply(
                out,
                { { QStringLiteral("192.0.2.0/24"), QStringLiteral("office"), 1'700'000'777 } });
        },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<QList<AllowedEntry>> reply = call;
            QStringList entries;
            for (const AllowedEntry &entry : reply.value())
                entries
                    << QStringLiteral("%1 %2 %3").arg(entry.cidr, entry.comment).arg(entry.created);
            return entries.join(u'|');
        },
        QStringLiteral("192.0.2.0/24 office 1700000777"),
    };
    all[QStringLiteral("History")] = {
        [](HelperClient &client) { return client.history(8'000'000'000, 200); },
        QStringLiteral("History 8000000000 200"),
        [](DBusMessageIter *out) { appendHistoryReply(out, { sampleHistoryEntry() }); },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<QList<HistoryEntry>> reply = call;
            QStringList rows;
            for (const HistoryEntry &row : reply.value())
                rows << text(row);
            return rows.join(u'|');
        },
        text(sampleHistoryEntry()),
    };
    all[QStringLiteral("Undo")] = {
        [](HelperClient &client) { return client.undo(7'000'000'000); },
        QStringLiteral("Undo 7000000000"),
        [](DBusMessageIter *out) {
            appendUndoReply(out, 7'000'000'001, { QStringLiteral("192.0.2.9: unblocked since") });
        },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<qlonglong, QStringList> reply = call;
            return QStringLiteral("%1 %2")
                .arg(reply.argumentAt<0>())
                .arg(reply.argumentAt<1>().join(u','));
        },
        QStringLiteral("7000000001 192.0.2.9: unblocked since"),
    };
    all[QStringLiteral("Confirm")] = {
        [](HelperClient &client) { return client.confirm(7'000'000'002); },
        QStringLiteral("Confirm 7000000002"),
        nullptr,
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<> reply = call;
            return QString::number(reply.count());
        },
        QStringLiteral("0"),
    };
    all[QStringLiteral("PendingConfirmations")] = {
        [](HelperClient &client) { return client.pendingConfirmations(); },
        QStringLiteral("PendingConfirmations"),
        [](DBusMessageIter *out) {
            appendPendingConfirmationsReply(
                out,
                { { 7'000'000'003, 1'700'000'999, QStringLiteral("block"),
                    QStringLiteral("port scans") } });
        },
        [](const QDBusPendingCall &call) {
            const QDBusPendingReply<QList<PendingConfirmation>> reply = call;
            QStringList rows;
            for (const PendingConfirmation &row : reply.value())
                rows << QStringLiteral("%1 %2 %3 %4")
                            .arg(row.historyId)
                            .arg(row.deadline)
                            .arg(row.action, row.detail);
            return rows.join(u'|');
        },
        QStringLiteral("7000000003 1700000999 block port scans"),
    };
    return all;
}

// The helper's side on the test's bus: its own decoding and replies over libdbus, as
// rampart-helper has them, on a thread of its own.
class StandInHelper : public QThread
{
public:
    struct Arrival
    {
        QString member;
        QString signature;
        QString decoded; // describe(), or why decodeRequest refused
    };

    StandInHelper(const QString &address, const QHash<QString, Exchange> &exchanges)
        : m_address(address.toUtf8())
        , m_exchanges(exchanges)
    { }
    ~StandInHelper() override
    {
        m_stop = true;
        wait();
    }

    bool waitUntilServing() { return m_ready.tryAcquire(1, 10'000) && m_serving; }
    QList<Arrival> arrivals() const
    {
        QMutexLocker lock(&m_mutex);
        return m_arrivals;
    }

protected:
    void run() override
    {
        DBusError error;
        dbus_error_init(&error);
        DBusConnection *bus = dbus_connection_open_private(m_address.constData(), &error);
        m_serving = bus && dbus_bus_register(bus, &error)
            && dbus_bus_request_name(bus, helperService, DBUS_NAME_FLAG_DO_NOT_QUEUE, &error)
                == DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER;
        dbus_error_free(&error);
        m_ready.release();
        while (m_serving && !m_stop && dbus_connection_read_write(bus, 50)) {
            while (DBusMessage *message = dbus_connection_pop_message(bus)) {
                if (dbus_message_get_type(message) == DBUS_MESSAGE_TYPE_METHOD_CALL)
                    answer(bus, message);
                dbus_message_unref(message);
            }
        }
        if (bus) {
            dbus_connection_close(bus);
            dbus_connection_unref(bus);
        }
    }

private:
    void answer(DBusConnection *bus, DBusMessage *message)
    {
        Arrival arrival { QString::fromUtf8(dbus_message_get_member(message)),
                          QString::fromUtf8(dbus_message_get_signature(message)),
                          {} };
        Request request;
        const char *errorName = nullptr;
        QString errorMessage;
        DBusMessage *reply = nullptr;
        if (decodeRequest(message, &request, &errorName, &errorMessage)) {
            arrival.decoded = describe(request);
            const Exchange exchange = m_exchanges.value(QString::fromLatin1(request.methodName()));
            reply = dbus_message_new_method_return(message);
            if (exchange.answer) {
                DBusMessageIter out;
                dbus_message_iter_init_append(reply, &out);
                exchange.answer(&out);
            }
        } else {
            arrival.decoded = QStringLiteral("refused: %1").arg(errorMessage);
            reply = dbus_message_new_error(message, errorName, errorMessage.toUtf8().constData());
        }
        {
            QMutexLocker lock(&m_mutex);
            m_arrivals.append(arrival);
        }
        dbus_connection_send(bus, reply, nullptr);
        dbus_connection_flush(bus);
        dbus_message_unref(reply);
    }

    const QByteArray m_address;
    const QHash<QString, Exchange> m_exchanges;
    QSemaphore m_ready;
    std::atomic_bool m_serving = false;
    std::atomic_bool m_stop = false;
    mutable QMutex m_mutex;
    QList<Arrival> m_arrivals;
};

} // namespace

class HelperInterfaceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyDeclaredMethodWorksEndToEnd_data();
    void everyDeclaredMethodWorksEndToEnd();
    void theGeneratedTableIsTheDescription();

private:
    PrivateBus m_bus;
    QList<Declared> m_declared;
    QHash<QString, Exchange> m_exchanges;
    std::unique_ptr<StandInHelper> m_helper;
    std::unique_ptr<HelperClient> m_client;
};

void HelperInterfaceTest::initTestCase()
{
    dbus_threads_init_default();
    QString error;
    m_declared = readDescription(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_declared.size() >= 14, "the description declares next to no methods");
    QVERIFY2(m_bus.start(&error), qPrintable(error));
    m_exchanges = exchanges();
    m_helper = std::make_unique<StandInHelper>(m_bus.address(), m_exchanges);
    m_helper->start();
    QVERIFY2(m_helper->waitUntilServing(), "the stand-in could not take the helper's name");
    m_client = std::make_unique<HelperClient>(
        QDBusConnection::connectToBus(m_bus.address(), QStringLiteral("helperinterfacetest")));
}

void HelperInterfaceTest::cleanupTestCase()
{
    m_client.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("helperinterfacetest"));
    m_helper.reset();
}

void HelperInterfaceTest::everyDeclaredMethodWorksEndToEnd_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("reply");
    for (const Declared &method : std::as_const(m_declared))
        QTest::newRow(qPrintable(method.name)) << method.name << method.arguments << method.reply;
}

void HelperInterfaceTest::everyDeclaredMethodWorksEndToEnd()
{
    QFETCH(QString, method);
    QFETCH(QString, arguments);
    QFETCH(QString, reply);

    // The generated table the helper decodes and the client calls with says the same.
    const auto generated = std::find_if(std::begin(helperMethods), std::end(helperMethods),
                                        [&](const HelperMethodSignature &signature) {
                                            return method == QLatin1String(signature.name);
                                        });
    QVERIFY2(generated != std::end(helperMethods), "the generated table lacks the method");
    QCOMPARE(QString::fromLatin1(generated->arguments), arguments);
    QCOMPARE(QString::fromLatin1(generated->reply), reply);
    QCOMPARE(QString::fromLatin1(replySignature(generated->method)), reply);

    QVERIFY2(m_exchanges.contains(method),
             "the client has no call for this method, or this "
             "test does not know it yet");
    const Exchange &exchange = m_exchanges[method];
    const qsizetype before = m_helper->arrivals().size();
    QDBusPendingCall call = exchange.call(*m_client);
    call.waitForFinished();

    const QList<StandInHelper::Arrival> arrivals = m_helper->arrivals();
    QCOMPARE(arrivals.size(), before + 1);
    const StandInHelper::Arrival &arrival = arrivals.last();
    QCOMPARE(arrival.member, method);
    QCOMPARE(arrival.signature, arguments);
    QCOMPARE(arrival.decoded, exchange.arrives);

    QVERIFY2(!call.isError(), qPrintable(call.error().message()));
    QCOMPARE(call.reply().signature(), reply);
    QCOMPARE(exchange.read(call), exchange.expected);
}

// The helper decodes and the client calls from the table generated at build time: it holds
// the description's methods, in its order, and nothing else.
void HelperInterfaceTest::theGeneratedTableIsTheDescription()
{
    QStringList declared;
    for (const Declared &method : std::as_const(m_declared))
        declared << method.name + u'(' + method.arguments + QStringLiteral(") -> ") + method.reply;
    QStringList generated;
    for (const HelperMethodSignature &signature : helperMethods)
        generated << QString::fromLatin1(signature.name) + u'('
                + QString::fromLatin1(signature.arguments) + QStringLiteral(") -> ")
                + QString::fromLatin1(signature.reply);
    QCOMPARE(generated, declared);
    for (int i = 0; i < int(std::size(helperMethods)); ++i)
        QCOMPARE(int(helperMethods[i].method), i);
}

QTEST_GUILESS_MAIN(HelperInterfaceTest)
#include "helperinterfacetest.moc"
