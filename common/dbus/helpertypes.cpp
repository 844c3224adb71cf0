#include "dbus/helpertypes.h"

#include <QDBusMetaType>

namespace Rampart {

QDBusArgument &operator<<(QDBusArgument &argument, const SetStatus &set)
{
    argument.beginStructure();
    argument << set.name << set.family << set.kernelEntries << set.storeEntries << set.maxElements;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, SetStatus &set)
{
    argument.beginStructure();
    argument >> set.name >> set.family >> set.kernelEntries >> set.storeEntries >> set.maxElements;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const JumpStatus &jump)
{
    argument.beginStructure();
    argument << jump.chain << jump.family << jump.position << jump.rules;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, JumpStatus &jump)
{
    argument.beginStructure();
    argument >> jump.chain >> jump.family >> jump.position >> jump.rules;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const HelperStatus &status)
{
    argument.beginStructure();
    argument << status.storePath << status.verdict << status.rulesInPlace << status.lastSaved
             << status.sets << status.jumps;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, HelperStatus &status)
{
    argument.beginStructure();
    argument >> status.storePath >> status.verdict >> status.rulesInPlace >> status.lastSaved
        >> status.sets >> status.jumps;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const FeedInfo &feed)
{
    argument.beginStructure();
    argument << feed.name << feed.location << feed.format << feed.checksumUrl << feed.refreshSeconds
             << feed.maxShrinkPercent << feed.lastFetch << feed.lastSuccess << feed.etag
             << feed.lastModified << feed.lastError << feed.ranges << feed.appliedRanges
             << feed.insecure << feed.allowBroad;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, FeedInfo &feed)
{
    argument.beginStructure();
    argument >> feed.name >> feed.location >> feed.format >> feed.checksumUrl >> feed.refreshSeconds
        >> feed.maxShrinkPercent >> feed.lastFetch >> feed.lastSuccess >> feed.etag
        >> feed.lastModified >> feed.lastError >> feed.ranges >> feed.appliedRanges >> feed.insecure
        >> feed.allowBroad;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const AllowedEntry &entry)
{
    argument.beginStructure();
    argument << entry.cidr << entry.comment << entry.created;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, AllowedEntry &entry)
{
    argument.beginStructure();
    argument >> entry.cidr >> entry.comment >> entry.created;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const HistoryEntry &entry)
{
    argument.beginStructure();
    argument << entry.id << entry.time << entry.uid << entry.origin << entry.action << entry.detail
             << entry.entryCount << entry.countV4 << entry.countV6 << entry.entries
             << entry.undoable << entry.undoneBy << entry.undoes;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, HistoryEntry &entry)
{
    argument.beginStructure();
    argument >> entry.id >> entry.time >> entry.uid >> entry.origin >> entry.action >> entry.detail
        >> entry.entryCount >> entry.countV4 >> entry.countV6 >> entry.entries >> entry.undoable
        >> entry.undoneBy >> entry.undoes;
    argument.endStructure();
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const PendingConfirmation &pending)
{
    argument.beginStructure();
    argument << pending.historyId << pending.deadline << pending.action << pending.detail;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PendingConfirmation &pending)
{
    argument.beginStructure();
    argument >> pending.historyId >> pending.deadline >> pending.action >> pending.detail;
    argument.endStructure();
    return argument;
}

void registerHelperTypes()
{
    qDBusRegisterMetaType<PendingConfirmation>();
    qDBusRegisterMetaType<QList<PendingConfirmation>>();
    qDBusRegisterMetaType<HistoryEntry>();
    qDBusRegisterMetaType<QList<HistoryEntry>>();
    qDBusRegisterMetaType<FeedInfo>();
    qDBusRegisterMetaType<QList<FeedInfo>>();
    qDBusRegisterMetaType<AllowedEntry>();
    qDBusRegisterMetaType<QList<AllowedEntry>>();
    qDBusRegisterMetaType<SetStatus>();
    qDBusRegisterMetaType<QList<SetStatus>>();
    qDBusRegisterMetaType<JumpStatus>();
    qDBusRegisterMetaType<QList<JumpStatus>>();
    qDBusRegisterMetaType<HelperStatus>();
}

} // namespace Rampart
