#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <future>

namespace Rampart {

// An external program the helper trusts: found only at absolute paths in system folders,
// owned by root and writable by nobody else, run with an argument vector, a clean
// environment and its input on stdin. Never a shell, never $PATH.
class Program
{
public:
    struct Result
    {
        bool started = false;
        int exitCode = -1;
        QByteArray output;
        QByteArray errors;

        bool ok() const { return started && exitCode == 0; }
        // The program's own complaint, for an error message.
        QString errorText() const;
    };

    // name is a bare program name such as "ipset"; it is looked up in /usr/sbin, /sbin,
    // /usr/bin and /bin, in that order.
    explicit Program(const char *name);

    bool isAvailable() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString name() const { return m_name; }

    Result run(const QStringList &arguments, const QByteArray &input = {}) const;

    // For work that overlaps with the caller's: on a thread of its own, makeInput writes
    // the program's stdin and the program runs; finish() waits for the result.
    class Running
    {
    public:
        Result finish() { return m_result.get(); }

    private:
        friend class Program;
        std::future<Result> m_result;
    };
    Running start(const QStringList &arguments, std::function<QByteArray()> makeInput) const;
    // A run that is already over with this result, for a program written down instead of
    // run (CommandScript).
    static Running finished(Result result);

private:
    QString m_name;
    QString m_path;
};

} // namespace Rampart
