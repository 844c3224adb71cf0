#include "blocklistlisting.h"

#include "client/pendingreply.h"

#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#include <QFutureWatcher>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace Rampart {

namespace {

struct Read
{
    BlocklistListing::Entries entries;
    QString error;
};

} // namespace

BlocklistListing::BlocklistListing(HelperClient *client, HelperClient *backgroundClient,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_backgroundClient(backgroundClient)
    , m_entries(std::make_shared<const QList<BlockedEntry>>())
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
            const Read read = reading->result();
            if (read.error.isEmpty()) {
                m_entries = read.entries;
                m_loaded = true;
                Q_EMIT entriesChanged();
            }
            finish(read.error);
        });
        reading->setFuture(QtConcurrent::run([file = reply.value()] {
            Read read;
            QList<BlockedEntry> entries = HelperClient::readListing(file, &read.error);
            if (read.error.isEmpty())
                read.entries = std::make_shared<const QList<BlockedEntry>>(std::move(entries));
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
