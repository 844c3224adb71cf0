#pragma once

#include "blocklistcore.h"
#include "dbus/helpertypes.h"
#include "net/cidr.h"
#include "store.h"
#include "undorecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Rampart {

// Networks no feed blocks: each change re-applies every feed without them (Exclusion).
// Manual blocks are the administrator's own and stay.
class Allowlist
{
public:
    explicit Allowlist(BlocklistCore &core);

    Outcome allow(const QList<Cidr> &entries, const QString &comment, quint32 uid, quint32 *added);
    Outcome disallow(const QList<Cidr> &entries, quint32 uid, quint32 *removed,
                     QList<Cidr> *notAllowed);
    QList<AllowedEntry> list(QString *error) const;
    // Puts networks back as record says they were before its change, where they are still as
    // it left them; the others land in *notRestored.
    Outcome restore(const UndoRecord &record, quint32 uid, QStringList *notRestored);

private:
    // Each network's comment now, for an undo record.
    QHash<QString, QString> comments(QString *error) const;
    // Changes the allowlist in the store (write writes it, in a transaction) and re-applies
    // every feed to the kernel; the store is rolled back if the kernel refuses.
    Outcome change(const std::function<bool(qint64 time, QString *error)> &write);

    BlocklistCore &m_core;
    Store &m_store;
};

} // namespace Rampart
