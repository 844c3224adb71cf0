#include "countryflags.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>

namespace Rampart {

namespace {

// The file name's stem for the code: "de" for "DE"; empty for anything that has no flag.
QString flagName(const QString &countryCode)
{
    if (countryCode.size() != 2)
        return {};
    for (const QChar c : countryCode) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return {};
    }
    const QString name = countryCode.toLower();
    return name == QLatin1String("zz") ? QString() : name;
}

QString findFlag(const QString &name, const QStringList &folders)
{
    for (const QString &folder : folders) {
        const QString path = QDir(folder).filePath(name + QLatin1String(".png"));
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

} // namespace

QStringList countryFlagFolders()
{
    return { QStringLiteral("/usr/share/iso-flags-png-320x240"),
             QStringLiteral("/usr/share/flags/countries/16x11") };
}

QString countryFlagPath(const QString &countryCode, const QStringList &folders)
{
    const QString name = flagName(countryCode);
    return name.isEmpty() ? QString() : findFlag(name, folders);
}

QString countryFlagPath(const QString &countryCode)
{
    const QString name = flagName(countryCode);
    if (name.isEmpty())
        return {};
    static QMutex mutex;
    static QHash<QString, QString> paths; // misses too; at most 26 * 26 codes
    const QMutexLocker locker(&mutex);
    const auto found = paths.constFind(name);
    if (found != paths.cend())
        return *found;
    return *paths.insert(name, findFlag(name, countryFlagFolders()));
}

QIcon countryFlag(const QString &countryCode)
{
    Q_ASSERT(!QCoreApplication::instance()
             || QThread::currentThread() == QCoreApplication::instance()->thread());
    const QString name = flagName(countryCode);
    if (name.isEmpty())
        return {};
    static QHash<QString, QIcon> icons; // null ones too
    const auto found = icons.constFind(name);
    if (found != icons.cend())
        return *found;
    const QString path = countryFlagPath(countryCode);
    return *icons.insert(name, path.isEmpty() ? QIcon() : QIcon(path));
}

} // namespace Rampart
