#include "blocklistlisting.h"

#include "client/pendingreply.h"

#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#include <QFutureWatcher>
#include <QHash>
#include <QMetaObject>
#include <QSet>
#include <QStringView>
#include <QtConcurrent/QtConcurrentRun>

namespace Rampart {

namespace {

struct Read
{
    BlocklistListing::Entries entries;
    QString error;
};

// Makes the entries share their text with the entries read before, where it is the same and
// someone still holds those, and their sources with one another: each line of a listing is
// parsed into text of its own, so a feed's name would otherwise be held once for every one of
// its networks, in the entries and in the rows made of them (some 60 MB in the rows alone at
// a million), and a listing read anew beside the one the Connections tab still matches
// against would hold a second copy of every address and comment.
void shareText(const QList<BlockedEntry> &before, QList<BlockedEntry> &entries)
{
    // The helper lists in the same order every time: the entry after the last one found is
    // tried first, and the others are looked up, in an index made when first needed. An
    // address listed twice (by hand and by a feed) is found once: the other is only not
    // shared.
    QHash<QStringView, qsizetype> beforeByCidr;
    qsizetype next = 0;
    QSet<QString> sources;
    for (BlockedEntry &entry : entries) {
        qsizetype at = -1;
        if (next < before.size() && before[next].cidr == entry.cidr) {
            at = next;
        } else if (!before.isEmpty()) {
            if (beforeByCidr.isEmpty()) {
                beforeByCidr.reserve(before.size());
                for (qsizetype i = 0; i < before.size(); ++i)
                    beforeByCidr.insert(before[i].cidr, i);
            }
            at = beforeByCidr.value(entry.cidr, -1);
        }
        if (at >= 0) {
            next = at + 1;
            const BlockedEntry &old = before[at];
            entry.cidr = old.cidr;
            if (old.source == entry.source) {
                entry.source = old.source;
                if (old.comment == entry.comment)
                    entry.comment = old.comment;
            }
        }
        entry.source = *sources.insert(entry.source);
    }
}

} // namespace

BlocklistListing::BlocklistListing(HelperClient *client, HelperClient *backgroundClient,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_backgroundClient(backgroundClient)
{ }

BlocklistListing::~BlocklistListing() = default;

void BlocklistListing::reload()
{
    request(true);
}

void BlocklistListing::reloadInBackground()
{
    request(false);
}

void BlocklistListing::request(bool interactive)
{
    m_wanted = true;
    m_wantedInteractive = m_wantedInteractive || interactive;
    // A change usually makes several people ask at once (the tab that made it, the window
    // that counts): they are all answered by one read, started once they have asked.
    if (m_inFlight || m_startQueued)
        return;
    m_startQueued = true;
    QMetaObject::invokeMethod(this, &BlocklistListing::startRead, Qt::QueuedConnection);
}

void BlocklistListing::startRead()
{
    m_startQueued = false;
    if (m_inFlight || !m_wanted)
        return;
    m_inFlight = true;
    HelperClient *client =
        m_wantedInteractive || !m_backgroundClient ? m_client : m_backgroundClient;
    m_wanted = false;
    m_wantedInteractive = false;
    Q_EMIT readStarted();

    whenAnswered(client->list(), this, [this](const QDBusPendingCall &call) {
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = call;
        if (reply.isError()) {
            finish(HelperClient::describe(reply.error()));
            return;
        }
        // Reading 400,000 entries takes a while: off this thread.
        auto *reading = new QFutureWatcher<Read>(this);
        connect(reading, &QFutureWatcherBase::finished, this, [this, reading] {
            reading->deleteLater();
            // Taken out of the future, so that nothing here holds the entries once they are
            // handed on.
            const Read read = reading->future().takeResult();
            if (read.error.isEmpty()) {
                m_last = read.entries;
                m_entryCount = read.entries->size();
                m_loaded = true;
                Q_EMIT entriesChanged(read.entries);
            }
            finish(read.error);
        });
        reading->setFuture(
            QtConcurrent::run([file = reply.value(), before = m_last.lock()]() mutable {
                Read read;
                QList<BlockedEntry> entries = HelperClient::readListing(file, &read.error);
                if (read.error.isEmpty()) {
                    shareText(before ? *before : QList<BlockedEntry>(), entries);
                    read.entries = std::make_shared<const QList<BlockedEntry>>(std::move(entries));
                }
                // Not held a moment longer than the sharing needs them: those who did may have
                // let them go meanwhile.
                before.reset();
                return read;
            }));
    });
}

void BlocklistListing::finish(const QString &error)
{
    m_inFlight = false;
    m_error = error;
    Q_EMIT readFinished();
    if (m_wanted)
        request(m_wantedInteractive);
}

} // namespace Rampart
