#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Rampart {

// Highlights text by a syntax definition in KSyntaxHighlighting's XML format, such as
// resources/syntax/rampart-script.xml, so that KSyntaxHighlighting can replace it once the
// distribution ships it for Qt 6. It reads the subset those definitions use here: keyword
// lists (with <general><keywords casesensitive weakDeliminator additionalDeliminator>),
// contexts with their attribute and lineEndContext (#stay, #pop, #pop#pop…, or a name),
// the rules DetectChar, Detect2Chars, StringDetect, RegExpr, keyword, DetectSpaces and
// IncludeRules (with attribute, context, insensitive, minimal and firstNonSpace), and
// itemDatas mapped through defStyleNum to KSyntaxHighlighting's default styles in a
// light theme. Anything else in a definition is left out of the highlighting, never an error.
class ScriptHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // definitionPath: a file or a resource (":/syntax/rampart-script.xml").
    explicit ScriptHighlighter(QTextDocument *document,
                               const QString &definitionPath = defaultDefinition());

    static QString defaultDefinition() { return QStringLiteral(":/syntax/rampart-script.xml"); }

    // Why the definition could not be read; empty when it was.
    QString error() const { return m_error; }
    // The format an itemData of the definition gives text; an empty format for a name the
    // definition does not have.
    QTextCharFormat format(const QString &itemData) const { return m_formats.value(itemData); }

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        enum class Kind { DetectChar, Detect2Chars, StringDetect, RegExpr, Keyword, DetectSpaces };
        Kind kind = Kind::DetectChar;
        QString attribute; // empty: the context's
        QString target; // #stay, #pop…, or a context's name
        QString text; // the character(s), string or list name
        QRegularExpression expression;
        bool insensitive = false;
        bool firstNonSpace = false;
    };
    struct Context
    {
        QString attribute;
        QString lineEnd = QStringLiteral("#stay");
        QList<Rule> rules;
        QStringList includes; // resolved into rules once every context is read
    };

    bool load(const QString &path);
    // How long a match of rule at position is, 0 for none.
    int matchLength(const Rule &rule, const QString &text, int position) const;
    bool isDelimiter(QChar c) const { return c.isSpace() || m_delimiters.contains(c); }
    // Applies a context switch to the stack of context indexes.
    void switchContext(QList<int> &stack, const QString &target) const;
    // The block state that stands for a stack (stacks are numbered as they are first met).
    int stateFor(const QList<int> &stack);

    QString m_error;
    QList<Context> m_contexts; // the first is where every document starts
    QHash<QString, int> m_contextIndex;
    QHash<QString, QSet<QString>> m_lists;
    QHash<QString, QTextCharFormat> m_formats;
    QString m_delimiters;
    bool m_caseSensitive = true;
    QList<QList<int>> m_stacks;
};

} // namespace Rampart
