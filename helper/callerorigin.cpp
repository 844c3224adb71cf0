#include "callerorigin.h"

#include <QByteArray>

#include <pwd.h>
#include <unistd.h>

#include <array>

namespace Rampart {

namespace {

// The user rampart-feeds.service runs the timer's refresh as.
constexpr char feedTimerUser[] = "rampart-feeds";

} // namespace

QString programOf(quint32 pid)
{
    if (pid == 0)
        return {};
    const QByteArray link = "/proc/" + QByteArray::number(pid) + "/exe";
    std::array<char, 4096> target {};
    const ssize_t length = readlink(link.constData(), target.data(), target.size() - 1);
    if (length <= 0)
        return {};
    QString path = QString::fromLocal8Bit(target.data(), length);
    // A program replaced while it runs reads "PATH (deleted)".
    if (path.endsWith(QLatin1String(" (deleted)")))
        path.chop(10);
    return path.section(u'/', -1);
}

QString callerOrigin(const QString &program, quint32 uid)
{
    if (program == QLatin1String("rampart"))
        return QStringLiteral("window");
    // Under systemd the helper cannot see other users' processes (ProtectProc=invisible):
    // the feed timer's user is known by its uid alone.
    passwd entry {};
    passwd *found = nullptr;
    std::array<char, 4096> buffer {};
    const bool timerUser = getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0
        && found && qstrcmp(found->pw_name, feedTimerUser) == 0;
    if (timerUser && (program.isEmpty() || program == QLatin1String("rampartctl")))
        return QStringLiteral("timer");
    if (program == QLatin1String("rampartctl"))
        return QStringLiteral("rampartctl");
    // Other programs are named as the kernel names them, cut to a sane length.
    return program.left(32);
}

} // namespace Rampart
