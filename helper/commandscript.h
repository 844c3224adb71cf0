#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Rampart {

// The programs a change runs, written down instead of run, as a shell script a person can
// read and run as root: each program's input as a here-document, other commands one a line,
// a comment before each saying what it is for. The Firewall writes here while a preview runs
// (ChangePreview), from the same calls that otherwise start the programs.
class CommandScript
{
public:
    // program: the bare name the helper runs, such as "ipset"; input: its stdin, if any.
    void add(const QString &program, const QStringList &arguments, const QByteArray &input = {});
    // A line of explanation, written as a shell comment before what comes next.
    void addComment(const QString &text);

    bool isEmpty() const { return m_commands == 0; }
    // The script, with a header that says what it is; a script without commands says that
    // the change would run none.
    QString text(const QString &title) const;

private:
    QByteArray m_body;
    int m_commands = 0;
};

} // namespace Rampart
