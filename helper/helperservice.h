#pragma once

#include "callgate.h"
#include "request.h"
#include "workthread.h"

#include <QObject>

#include <functional>
#include <memory>

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

private:
    std::unique_ptr<WorkThread> m_work;
    std::unique_ptr<WorkThread> m_listing;
    int m_listings = 0;
};

} // namespace Rampart
