#include "program.h"

#include <QFileInfo>
#include <QProcessEnvironment>

#include <sys/stat.h>

namespace Rampart {

namespace {

bool isTrusted(const QString &path)
{
    struct stat info
    {
    };
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

Program::Result Program::run(const QStringList &arguments, const QByteArray &input) const
{
    Result result;
    if (m_path.isEmpty()) {
        result.errors = m_name.toUtf8() + " is not installed in /usr/sbin, /sbin, /usr/bin or /bin";
        return result;
    }
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.setWorkingDirectory(QStringLiteral("/"));
    process.start(m_path, arguments);
    if (!process.waitForStarted()) {
        result.errors =
            m_name.toUtf8() + " could not be started: " + process.errorString().toUtf8();
        return result;
    }
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.errors = m_name.toUtf8() + " did not finish in time and was stopped";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    return result;
}

Program::Running Program::start(const QStringList &arguments,
                                std::function<QByteArray()> makeInput) const
{
    // The QProcess lives and dies on the worker thread; its blocking calls need no
    // event loop there.
    Running running;
    running.m_result =
        std::async(std::launch::async, [this, arguments, makeInput = std::move(makeInput)] {
            return run(arguments, makeInput());
        });
    return running;
}

Program::Running Program::finished(Result result)
{
    std::promise<Result> promise;
    Running running;
    running.m_result = promise.get_future();
    promise.set_value(std::move(result));
    return running;
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
