#pragma once

#include "firewall.h"
#include "program.h"
#include "store.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Rampart {

// What a change or a read of the blocklist comes to: success, or an error that
// org.rampart.Helper1.xml names, with a message that says what happened to what.
struct Outcome
{
    QString errorName; // empty on success
    QString message;

    bool ok() const { return errorName.isEmpty(); }

    static Outcome invalidArgs(const QString &message);
    static Outcome limitsExceeded(const QString &message);
    static Outcome storeError(const QString &message);
    static Outcome kernelError(const QString &message);
    static Outcome needsForce(const QString &message);
    static Outcome suspicious(const QString &message);
};

// What every part of the blocklist shares: the store, which is the truth, and the kernel,
// which follows it; how a change fails, so that the store is left as it was and the kernel
// is brought back in line with it; and prepare(), which every change runs first. The parts
// (ManualEntries, FeedLists, Allowlist, Exclusion, KernelState) keep no state of their own: each
// is made on the core where it is needed.
class BlocklistCore
{
public:
    BlocklistCore(Store &store, Firewall &firewall);
    BlocklistCore(const BlocklistCore &) = delete;
    BlocklistCore &operator=(const BlocklistCore &) = delete;

    Store &store() const { return m_store; }
    Firewall &firewall() const { return m_firewall; }

    static qint64 now();

    // Makes sure both sets and the rules exist, filling missing sets from the store, and
    // that the feeds leave out what they must (the allowlist, this machine's addresses,
    // gateways and link-local space, which can change between calls). Only authorized
    // changes call it: starting the helper, or reading, leaves the kernel alone.
    Outcome prepare();
    // DROP, or REJECT where the administrator chose it.
    QString verdict() const;
    QList<int> feedIds(QString *error) const;

    // The store could not be written: what it took is rolled back.
    Outcome storeFailure(const QString &message);
    // The kernel refused what (kernelError says why): the store is rolled back, and the
    // kernel brought back in line with it.
    Outcome kernelFailure(const QString &what, const QString &kernelError);
    // The store could not be written after the kernel changed: the store is rolled back,
    // and the kernel brought back in line with it.
    Outcome storeFailureAfterKernel(qint64 time, const QString &message);

    // The totals the helper keeps to: held (-1 when unreadable) and adding must stay within
    // limit; what (with %1 for held) says of which table.
    static std::optional<Outcome> beyondTotal(qint64 held, qsizetype adding, int limit,
                                              const QString &what);
    // Waits for every program started; the first error, or an empty string.
    static QString finishAll(std::vector<Program::Running> &work);

private:
    Store &m_store;
    Firewall &m_firewall;
};

} // namespace Rampart
