#include "helperconfig.h"

#include "store.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Rampart {

HelperConfig readHelperConfig(const QString &path)
{
    HelperConfig config;
    const int fd =
        open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return config; // no settings: the defaults
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        close(fd);
        return config;
    }
    struct stat info
    {
    };
    if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_uid != 0
        || (info.st_mode & (S_IWGRP | S_IWOTH)) || info.st_size > 65536) {
        config.problems << QStringLiteral("%1 is ignored: it must be a file of at most 64 kB that "
                                          "belongs to root and that only root may change")
                               .arg(path);
        return config;
    }
    int number = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        ++number;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype equals = line.indexOf('=');
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        bool ok = false;
        if (equals > 0 && key == "history-rows") {
            const int rows = value.toInt(&ok);
            if (ok && rows >= Store::minHistoryRows && rows <= Store::maxHistoryRows) {
                config.historyRows = rows;
                continue;
            }
            config.problems << QStringLiteral("%1:%2: history-rows takes a number from %3 to %4")
                                   .arg(path)
                                   .arg(number)
                                   .arg(Store::minHistoryRows)
                                   .arg(Store::maxHistoryRows);
            continue;
        }
        config.problems
            << QStringLiteral("%1:%2: not a setting the helper knows").arg(path).arg(number);
    }
    return config;
}

} // namespace Rampart
