#include "workthread.h"

namespace Rampart {

WorkThread::WorkThread(const Options &options)
    : m_context(new QObject)
{
    m_thread.setObjectName(options.access == Store::Access::ReadOnly ? QStringLiteral("listing")
                                                                     : QStringLiteral("work"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this, options] {
        m_state = new State;
        if (m_state->store.open(options.stateFolder, &m_state->openError, options.access)) {
            QString ignored; // the default length stays, and the next open tries again
            if (options.access == Store::Access::ReadWrite)
                m_state->store.setHistoryRows(options.historyRows, &ignored);
            m_state->blocklist = std::make_unique<Blocklist>(m_state->store, m_state->firewall);
        }
    });
}

WorkThread::~WorkThread()
{
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_state; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void WorkThread::post(Job job)
{
    QMetaObject::invokeMethod(m_context, [this, job = std::move(job)] {
        job(m_state->blocklist.get(), m_state->openError);
    });
}

} // namespace Rampart
