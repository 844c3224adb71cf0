#pragma once

#include "blocklist.h"
#include "firewall.h"
#include "store.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace Rampart {

// The store and the kernel, worked on by a thread of their own, one job at a time, so
// that the bus keeps being read (and polkit's answers keep arriving) while a change of
// 400,000 entries runs. The store's connection lives and dies on that thread.
class WorkThread
{
public:
    struct Options
    {
        QString stateFolder;
        Store::Access access = Store::Access::ReadWrite;
        int historyRows = Store::defaultHistoryRows;
    };

    explicit WorkThread(const Options &options);
    // Finishes the jobs already posted first.
    ~WorkThread();
    WorkThread(const WorkThread &) = delete;
    WorkThread &operator=(const WorkThread &) = delete;

    // Runs job on the thread, with the blocklist, or with nullptr and why the store could
    // not be opened.
    using Job = std::function<void(Blocklist *blocklist, const QString &openError)>;
    void post(Job job);

private:
    struct State
    {
        Store store;
        Firewall firewall;
        std::unique_ptr<Blocklist> blocklist;
        QString openError;
    };

    QThread m_thread;
    QObject *m_context; // lives on m_thread; the jobs are its queued calls
    State *m_state = nullptr; // touched only on m_thread
};

} // namespace Rampart
