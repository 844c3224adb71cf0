#include "program.h"

#include <QFileInfo>
#include <QProcessEnvironment>

#include <sys/stat.h>

namespace Rampart {

namespace {

bool isTrusted(const QString &path)
{
    struct stat info {};
    // stat follows Debian's /usr/sbin/iptables -> /etc/alternatives/... links to the
    // real binary, whose owner and mode are what matter.
    if (stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return S_ISREG(info.st_mode) && info.st_uid == 0 && (info.st_mode & (S_IWGRP | S_IWOTH)) == 0
        && (info.st_mode & S_IXUSR);
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return environment;
}

constexpr int timeoutMs = 120'000;

} // namespace

Program::Program(const char *name)
    : m_name(QString::fromLatin1(name))
{
    for (const char *folder : { "/usr/sbin/", "/sbin/", "/usr/bin/", "/bin/" }) {
        const QString candidate = QString::fromLatin1(folder) + m_name;
        if (isTrusted(candidate)) {
            m_path = candidate;
            break;
        }
    }
}

Program::Running Program::start(const QStringList &arguments, const QByteArray &input) const
{
    Running running;
    running.name = m_name;
    running.process = std::make_unique<QProcess>();
    QProcess &process = *running.process;
    if (m_path.isEmpty())
        return running;
    process.setProcessEnvironment(cleanEnvironment());
    process.setWorkingDirectory(QStringLiteral("/"));
    process.start(m_path, arguments);
    if (process.waitForStarted()) {
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
    }
    return running;
}

Program::Result Program::Running::finish()
{
    Result result;
    if (!process
        || (process->state() == QProcess::NotRunning
            && process->error() == QProcess::FailedToStart)) {
        result.errors = name.toUtf8() + " could not be started";
        return result;
    }
    result.started = true;
    if (!process->waitForFinished(timeoutMs)) {
        process->kill();
        process->waitForFinished();
        result.errors = name.toUtf8() + " did not finish in time and was stopped";
        result.exitCode = -1;
        return result;
    }
    result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    result.output = process->readAllStandardOutput();
    result.errors = process->readAllStandardError();
    return result;
}

Program::Result Program::run(const QStringList &arguments, const QByteArray &input) const
{
    if (m_path.isEmpty()) {
        Result result;
        result.errors = m_name.toUtf8() + " is not installed in /usr/sbin, /sbin, /usr/bin or /bin";
        return result;
    }
    return start(arguments, input).finish();
}

QString Program::Result::errorText() const
{
    QString text = QString::fromUtf8(errors).trimmed();
    if (text.isEmpty())
        text = QStringLiteral("exit code %1").arg(exitCode);
    // A runaway program must not turn into a runaway error message.
    if (text.size() > 2000)
        text = text.left(2000) + QStringLiteral("…");
    return text;
}

} // namespace Rampart
