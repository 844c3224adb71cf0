#pragma once

#include <QDBusArgument>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Rampart {

inline constexpr auto helperService = "org.rampart.Helper";
inline constexpr auto helperPath = "/org/rampart/Helper";
inline constexpr auto helperInterface = "org.rampart.Helper1";
inline constexpr auto inspectAction = "org.rampart.inspect";
inline constexpr auto manageAction = "org.rampart.manage";
inline constexpr auto kernelErrorName = "org.rampart.Helper1.Error.Kernel";
inline constexpr auto storeErrorName = "org.rampart.Helper1.Error.Store";

// Limits the helper enforces on every call; clients split larger work.
inline constexpr int maxEntriesPerCall = 1'000'000;
inline constexpr int maxCommentLength = 256;
// The longest timeout the kernel's ipset accepts (UINT_MAX / 2 milliseconds).
inline constexpr quint32 maxTimeoutSeconds = 2'147'483;

// One kernel set as the helper sees it, beside the store's count for the same family.
struct SetStatus
{
    QString name;
    quint32 family = 4; // 4 or 6
    quint32 kernelEntries = 0;
    quint32 storeEntries = 0;
    quint32 maxElements = 0;

    // By count: cheap enough for a status bar that polls. Save compares the contents.
    bool inSync() const { return kernelEntries == storeEntries; }
};

struct HelperStatus
{
    QString storePath;
    QString verdict; // DROP or REJECT
    bool rulesInPlace = false;
    qint64 lastSaved = 0; // seconds since the epoch, 0 when never saved
    QList<SetStatus> sets;
};

QDBusArgument &operator<<(QDBusArgument &argument, const SetStatus &set);
const QDBusArgument &operator>>(const QDBusArgument &argument, SetStatus &set);
QDBusArgument &operator<<(QDBusArgument &argument, const HelperStatus &status);
const QDBusArgument &operator>>(const QDBusArgument &argument, HelperStatus &status);

void registerHelperTypes();

} // namespace Rampart

Q_DECLARE_METATYPE(Rampart::SetStatus)
Q_DECLARE_METATYPE(Rampart::HelperStatus)
