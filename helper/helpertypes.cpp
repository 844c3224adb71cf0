#include "helpertypes.h"

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

QDBusArgument &operator<<(QDBusArgument &argument, const HelperStatus &status)
{
    argument.beginStructure();
    argument << status.storePath << status.verdict << status.rulesInPlace << status.lastSaved
             << status.sets;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, HelperStatus &status)
{
    argument.beginStructure();
    argument >> status.storePath >> status.verdict >> status.rulesInPlace >> status.lastSaved
        >> status.sets;
    argument.endStructure();
    return argument;
}

void registerHelperTypes()
{
    qDBusRegisterMetaType<SetStatus>();
    qDBusRegisterMetaType<QList<SetStatus>>();
    qDBusRegisterMetaType<HelperStatus>();
}

} // namespace Rampart
