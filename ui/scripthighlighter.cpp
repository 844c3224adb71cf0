#include "scripthighlighter.h"

#include <QColor>
#include <QFile>
#include <QFont>
#include <QXmlStreamReader>

namespace Rampart {

namespace {

// KSyntaxHighlighting's default delimiters, besides white space.
const QString defaultDelimiters = QStringLiteral(".():!+,-<=>%&*/;?[]^{|}~\\");

// KSyntaxHighlighting's default styles (defStyleNum), as its light theme shows them.
QTextCharFormat defaultStyle(const QString &name)
{
    struct Style
    {
        const char *name;
        const char *color; // empty: the text's own
        bool bold;
        bool italic;
    };
    static const Style styles[] = {
        { "dsNormal", "", false, false },
        { "dsKeyword", "", true, false },
        { "dsFunction", "#644a9b", false, false },
        { "dsVariable", "#0057ae", false, false },
        { "dsControlFlow", "", true, false },
        { "dsOperator", "#ca60ca", false, false },
        { "dsBuiltIn", "#644a9b", true, false },
        { "dsExtension", "#0095ff", true, false },
        { "dsPreprocessor", "#006e28", false, false },
        { "dsAttribute", "#0057ae", false, false },
        { "dsChar", "#924c9d", false, false },
        { "dsSpecialChar", "#3daee9", false, false },
        { "dsString", "#bf0303", false, false },
        { "dsVerbatimString", "#bf0303", false, false },
        { "dsSpecialString", "#ff5500", false, false },
        { "dsImport", "#ff5500", false, false },
        { "dsDataType", "#0057ae", false, false },
        { "dsDecVal", "#b08000", false, false },
        { "dsBaseN", "#b08000", false, false },
        { "dsFloat", "#b08000", false, false },
        { "dsConstant", "#aa5500", false, false },
        { "dsComment", "#898887", false, true },
        { "dsDocumentation", "#607880", false, false },
        { "dsAnnotation", "#ca60ca", false, false },
        { "dsCommentVar", "#0095ff", true, true },
        { "dsRegionMarker", "#0057ae", false, false },
        { "dsInformation", "#b08000", false, false },
        { "dsWarning", "#bf0303", false, false },
        { "dsAlert", "#bf0303", true, false },
        { "dsOthers", "#006e28", false, false },
        { "dsError", "#bf0303", false, false },
    };
    QTextCharFormat format;
    for (const Style &style : styles) {
        if (name != QLatin1String(style.name))
            continue;
        if (*style.color)
            format.setForeground(QColor(QLatin1String(style.color)));
        if (style.bold)
            format.setFontWeight(QFont::Bold);
        if (style.italic)
            format.setFontItalic(true);
        if (name == QLatin1String("dsError"))
            format.setFontUnderline(true);
        break;
    }
    return format;
}

bool isTrue(QStringView value)
{
    return value == u"true" || value == u"1";
}

} // namespace

ScriptHighlighter::ScriptHighlighter(QTextDocument *document, const QString &definitionPath)
    : QSyntaxHighlighter(document)
    , m_delimiters(defaultDelimiters)
{
    if (!load(definitionPath)) {
        m_contexts.clear();
        m_contextIndex.clear();
    }
}

bool ScriptHighlighter::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error =
            tr("The syntax definition %1 could not be read: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString list; // the keyword list being read
    Context *context = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (xml.name() == u"list")
                list.clear();
            else if (xml.name() == u"context")
                context = nullptr;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView element = xml.name();
        if (element == u"list") {
            list = attributes.value(QLatin1String("name")).toString();
            m_lists[list];
        } else if (element == u"item" && !list.isEmpty()) {
            m_lists[list].insert(xml.readElementText().trimmed());
        } else if (element == u"context") {
            const QString name = attributes.value(QLatin1String("name")).toString();
            m_contextIndex.insert(name, int(m_contexts.size()));
            Context added;
            added.attribute = attributes.value(QLatin1String("attribute")).toString();
            if (attributes.hasAttribute(QLatin1String("lineEndContext")))
                added.lineEnd = attributes.value(QLatin1String("lineEndContext")).toString();
            m_contexts.append(added);
            context = &m_contexts.last();
        } else if (context && element == u"IncludeRules") {
            context->includes.append(attributes.value(QLatin1String("context")).toString());
            // Where it stands among the rules: a marker rule resolved below.
            Rule marker;
            marker.kind = Rule::Kind::DetectSpaces;
            marker.text = QStringLiteral("#include");
            marker.target = context->includes.last();
            context->rules.append(marker);
        } else if (context) {
            Rule rule;
            static const QHash<QString, Rule::Kind> kinds = {
                { QStringLiteral("DetectChar"), Rule::Kind::DetectChar },
                { QStringLiteral("Detect2Chars"), Rule::Kind::Detect2Chars },
                { QStringLiteral("StringDetect"), Rule::Kind::StringDetect },
                { QStringLiteral("RegExpr"), Rule::Kind::RegExpr },
                { QStringLiteral("keyword"), Rule::Kind::Keyword },
                { QStringLiteral("DetectSpaces"), Rule::Kind::DetectSpaces },
            };
            const auto kind = kinds.constFind(element.toString());
            if (kind == kinds.constEnd())
                continue; // a rule this reader does not know highlights nothing
            rule.kind = *kind;
            rule.attribute = attributes.value(QLatin1String("attribute")).toString();
            rule.target = attributes.hasAttribute(QLatin1String("context"))
                ? attributes.value(QLatin1String("context")).toString()
                : QStringLiteral("#stay");
            rule.insensitive = isTrue(attributes.value(QLatin1String("insensitive")));
            rule.firstNonSpace = isTrue(attributes.value(QLatin1String("firstNonSpace")));
            if (rule.kind == Rule::Kind::DetectChar)
                rule.text = attributes.value(QLatin1String("char")).toString();
            else if (rule.kind == Rule::Kind::Detect2Chars)
                rule.text = attributes.value(QLatin1String("char")).toString()
                    + attributes.value(QLatin1String("char1")).toString();
            else
                rule.text = attributes.value(QLatin1String("String")).toString();
            if (rule.kind == Rule::Kind::RegExpr) {
                QRegularExpression::PatternOptions options;
                if (rule.insensitive)
                    options |= QRegularExpression::CaseInsensitiveOption;
                if (isTrue(attributes.value(QLatin1String("minimal"))))
                    options |= QRegularExpression::InvertedGreedinessOption;
                rule.expression = QRegularExpression(rule.text, options);
                if (!rule.expression.isValid())
                    continue;
            }
            context->rules.append(rule);
        } else if (element == u"itemData") {
            m_formats.insert(
                attributes.value(QLatin1String("name")).toString(),
                defaultStyle(attributes.value(QLatin1String("defStyleNum")).toString()));
        } else if (element == u"keywords") {
            if (attributes.hasAttribute(QLatin1String("casesensitive")))
                m_caseSensitive = isTrue(attributes.value(QLatin1String("casesensitive")));
            for (const QChar c : attributes.value(QLatin1String("weakDeliminator")))
                m_delimiters.remove(c);
            m_delimiters += attributes.value(QLatin1String("additionalDeliminator")).toString();
        }
    }
    if (xml.hasError()) {
        m_error = tr("The syntax definition %1 is not valid XML: %2").arg(path, xml.errorString());
        return false;
    }
    if (m_contexts.isEmpty()) {
        m_error = tr("The syntax definition %1 has no contexts.").arg(path);
        return false;
    }
    if (!m_caseSensitive) {
        for (QSet<QString> &items : m_lists) {
            QSet<QString> folded;
            for (const QString &item : std::as_const(items))
                folded.insert(item.toCaseFolded());
            items = folded;
        }
    }
    // IncludeRules takes the included context's rules in its place, once; a context that
    // includes itself, directly or not, gets no rules from that.
    for (int round = 0; round < 8; ++round) {
        bool included = false;
        for (Context &each : m_contexts) {
            QList<Rule> rules;
            for (const Rule &rule : std::as_const(each.rules)) {
                if (rule.kind != Rule::Kind::DetectSpaces || rule.text != u"#include") {
                    rules.append(rule);
                    continue;
                }
                const int from = m_contextIndex.value(rule.target, -1);
                if (from < 0 || &m_contexts[from] == &each)
                    continue;
                rules += m_contexts[from].rules;
                included = true;
            }
            each.rules = rules;
        }
        if (!included)
            break;
    }
    return true;
}

int ScriptHighlighter::matchLength(const Rule &rule, const QString &text, int position) const
{
    const Qt::CaseSensitivity sensitivity =
        rule.insensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    switch (rule.kind) {
    case Rule::Kind::DetectChar:
    case Rule::Kind::Detect2Chars:
    case Rule::Kind::StringDetect:
        if (!rule.text.isEmpty()
            && QStringView(text).mid(position).startsWith(rule.text, sensitivity))
            return int(rule.text.size());
        return 0;
    case Rule::Kind::DetectSpaces: {
        int end = position;
        while (end < text.size() && text.at(end).isSpace())
            ++end;
        return end - position;
    }
    case Rule::Kind::RegExpr: {
        const QRegularExpressionMatch match =
            rule.expression.match(text, position, QRegularExpression::NormalMatch,
                                  QRegularExpression::AnchorAtOffsetMatchOption);
        return match.hasMatch() ? int(match.capturedLength()) : 0;
    }
    case Rule::Kind::Keyword: {
        if (position > 0 && !isDelimiter(text.at(position - 1)))
            return 0;
        int end = position;
        while (end < text.size() && !isDelimiter(text.at(end)))
            ++end;
        if (end == position)
            return 0;
        QString word = text.mid(position, end - position);
        if (!m_caseSensitive)
            word = word.toCaseFolded();
        return m_lists.value(rule.text).contains(word) ? end - position : 0;
    }
    }
    return 0;
}

void ScriptHighlighter::switchContext(QList<int> &stack, const QString &target) const
{
    if (target.isEmpty() || target == u"#stay")
        return;
    if (target.startsWith(u"#pop")) {
        for (qsizetype at = 0; at + 4 <= target.size() && target.mid(at, 4) == u"#pop"; at += 4) {
            if (stack.size() > 1)
                stack.removeLast();
        }
        return;
    }
    if (const int index = m_contextIndex.value(target, -1); index >= 0)
        stack.append(index);
}

int ScriptHighlighter::stateFor(const QList<int> &stack)
{
    const qsizetype known = m_stacks.indexOf(stack);
    if (known >= 0)
        return int(known);
    m_stacks.append(stack);
    return int(m_stacks.size() - 1);
}

void ScriptHighlighter::highlightBlock(const QString &text)
{
    if (m_contexts.isEmpty())
        return;
    const int previous = previousBlockState();
    QList<int> stack =
        previous >= 0 && previous < m_stacks.size() ? m_stacks.at(previous) : QList<int> { 0 };
    int firstNonSpace = 0;
    while (firstNonSpace < text.size() && text.at(firstNonSpace).isSpace())
        ++firstNonSpace;
    int position = 0;
    while (position < text.size()) {
        const Context &context = m_contexts.at(stack.last());
        bool matched = false;
        for (const Rule &rule : context.rules) {
            if (rule.firstNonSpace && position != firstNonSpace)
                continue;
            const int length = matchLength(rule, text, position);
            if (length == 0)
                continue;
            setFormat(
                position, length,
                m_formats.value(rule.attribute.isEmpty() ? context.attribute : rule.attribute));
            switchContext(stack, rule.target);
            position += length;
            matched = true;
            break;
        }
        if (!matched) {
            setFormat(position, 1, m_formats.value(context.attribute));
            ++position;
        }
    }
    switchContext(stack, m_contexts.at(stack.last()).lineEnd);
    setCurrentBlockState(stateFor(stack));
}

} // namespace Rampart
