#pragma once

#include "callgate.h"
#include "request.h"
#include "workthread.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Rampart {

// Carries out the calls the gate lets through, their content checked first
// (requestchecks.h): changes and reads on the work thread, one at a time, and the
// blocklist's listing (seconds for a million entries) on a thread of its own with a
// read-only store, so that neither holds up the other or the bus.
class HelperService : public QObject
{
    Q_OBJECT

public:
    // Listings being built or waiting: each is a full copy of the blocklist in memory.
    static constexpr int maxListings = 4;

    HelperService(const QString &stateFolder, int historyRows, QObject *parent = nullptr);
    // Finishes the work already posted, then stops both threads.
    ~HelperService() override;

    // A CallGate::Work; done is called on this object's thread.
    void run(Request request, quint32 uid, std::function<void(const Reply &)> done);

    // Whether a change waits for Confirm: the helper must not exit for idleness then, or
    // its next start would roll the change back early.
    bool hasWaitingChanges() const { return m_waiting; }

private:
    // Rolls back the changes whose wait for Confirm is over (everything: all that wait,
    // when the helper starts), on the work thread, then arms the timer for the next.
    void rollBack(bool everything);
    void armDeadline(std::optional<qint64> deadline);

    std::unique_ptr<WorkThread> m_work;
    std::unique_ptr<WorkThread> m_listing;
    int m_listings = 0;
    QTimer m_deadline;
    bool m_waiting = false;
};

} // namespace Rampart
