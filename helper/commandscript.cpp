#include "commandscript.h"

#include <algorithm>

namespace Rampart {

namespace {

// An argument as the shell reads it back: as it is when it holds nothing the shell would
// interpret, otherwise in single quotes.
QByteArray shellWord(const QString &argument)
{
    const QByteArray word = argument.toUtf8();
    const bool plain = !word.isEmpty() && std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.' || c == '/' || c == ':' || c == ',' || c == '=';
    });
    if (plain)
        return word;
    QByteArray quoted = word;
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

// A here-document's end marker that no line of its input is.
QByteArray endMarker(const QByteArray &input)
{
    QByteArray marker = "EOF";
    while (input.startsWith(marker + '\n') || input.contains('\n' + marker + '\n'))
        marker += '_';
    return marker;
}

} // namespace

void CommandScript::add(const QString &program, const QStringList &arguments,
                        const QByteArray &input)
{
    QByteArray line = shellWord(program);
    for (const QString &argument : arguments)
        line += ' ' + shellWord(argument);
    ++m_commands;
    if (input.isEmpty()) {
        m_body += line + '\n';
        return;
    }
    const QByteArray marker = endMarker(input);
    m_body += line + " <<'" + marker + "'\n";
    m_body += input;
    if (!input.endsWith('\n'))
        m_body += '\n';
    m_body += marker + '\n';
}

void CommandScript::addComment(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        m_body += "# " + line.toUtf8() + '\n';
}

QString CommandScript::text(const QString &title) const
{
    QByteArray script = "#!/bin/sh\n# " + title.toUtf8()
        + "\n# Nothing has been changed: run this as root to make the change by hand.\n";
    if (m_commands == 0)
        script += "# The change runs no command: the kernel already holds what it asks for.\n";
    script += m_body;
    return QString::fromUtf8(script);
}

} // namespace Rampart
