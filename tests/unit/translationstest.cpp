// Every string an administrator can see has a French and a German translation that says
// the same with the same placeholders, and English has its plural forms. Fails naming
// each message that is not so; scripts/update-translations.sh brings new strings in.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per numerus form
    qint64 line = 0;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    bool current() const
    {
        return type != QLatin1String("vanished") && type != QLatin1String("obsolete");
    }
    QString describe() const
    {
        QString text = source;
        text.replace(u'\n', QStringLiteral("\\n"));
        if (text.size() > 70)
            text = text.left(70) + u'…';
        return QStringLiteral("[%1] \"%2\"").arg(context, text);
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.line = xml.lineNumber();
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1 to %9 and %n, with or without the L that asks for the locale's digits.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// Menu and button mnemonics: "&File" keeps one ampersand in every language.
int mnemonics(const QString &text)
{
    return int(text.count(u'&') - 2 * text.count(QStringLiteral("&&")));
}

QString tsPath(const QString &language)
{
    return QStringLiteral(RAMPART_TRANSLATIONS_DIR "/rampart_%1.ts").arg(language);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void translationsAreFinished_data();
    void translationsAreFinished();
    void everySourceStringIsTranslated_data();
    void everySourceStringIsTranslated();
    void everyMessageHasTheContextItIsLookedUpIn();

private:
    QTemporaryDir m_dir;
    TsFile m_sources; // what lupdate finds in app/, ui/ and common/ today
    QString m_lupdateWarnings;
};

void TranslationsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Into a scratch file, so that the checked-in ones are compared, not updated.
    const QString scratch = m_dir.filePath(QStringLiteral("sources.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(RAMPART_SOURCE_DIR));
    lupdate.start(QStringLiteral(LUPDATE_PATH),
                  { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("common"),
                    QStringLiteral("-ts"), scratch });
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    m_lupdateWarnings = QString::fromLocal8Bit(lupdate.readAllStandardError());
    QVERIFY2(lupdate.exitCode() == 0, qPrintable(m_lupdateWarnings));
    m_sources = readTs(scratch);
    QVERIFY2(m_sources.error.isEmpty(), qPrintable(m_sources.error));
    QVERIFY2(m_sources.messages.size() > 50,
             "lupdate found next to no strings in app/, ui/ and common/");
}

void TranslationsTest::translationsAreFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("numerusForms");
    QTest::addColumn<bool>("pluralsOnly");

    // Qt's plural rules for these languages: one form for 1 (French: 0 and 1), one for
    // the rest.
    QTest::newRow("French") << "fr" << 2 << false;
    QTest::newRow("German") << "de" << 2 << false;
    QTest::newRow("English plurals") << "en" << 2 << true;
}

void TranslationsTest::translationsAreFinished()
{
    QFETCH(QString, language);
    QFETCH(int, numerusForms);
    QFETCH(bool, pluralsOnly);

    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));

    QStringList problems;
    int checked = 0;
    for (const Message &message : ts.messages) {
        if (!message.current() || (pluralsOnly && !message.numerus))
            continue;
        ++checked;
        const QString where =
            QStringLiteral("line %1: %2").arg(message.line).arg(message.describe());
        if (message.type == QLatin1String("unfinished")) {
            problems << where + QStringLiteral(" is unfinished");
            continue;
        }
        if (message.numerus && message.translations.size() != numerusForms) {
            problems << where
                    + QStringLiteral(" has %1 plural forms instead of %2")
                          .arg(message.translations.size())
                          .arg(numerusForms);
        }
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (translation.isEmpty()) {
                problems << where + QStringLiteral(" has an empty translation");
                continue;
            }
            const QStringList found = placeholders(translation);
            if (found != expected) {
                problems << where
                        + QStringLiteral(" has placeholders %1 in \"%2\" instead of %3")
                              .arg(found.join(u' '), translation, expected.join(u' '));
            }
            if (mnemonics(message.source) == 1 && mnemonics(translation) != 1)
                problems << where
                        + QStringLiteral(" lost its & mnemonic in \"%1\"").arg(translation);
        }
    }
    QVERIFY2(checked > 0, "no messages checked");
    QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
}

void TranslationsTest::everySourceStringIsTranslated_data()
{
    translationsAreFinished_data();
}

void TranslationsTest::everySourceStringIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralsOnly);

    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QSet<QString> translated;
    for (const Message &message : ts.messages) {
        if (message.current() && message.type.isEmpty())
            translated.insert(message.key());
    }
    QStringList missing;
    for (const Message &message : m_sources.messages) {
        if ((!pluralsOnly || message.numerus) && !translated.contains(message.key()))
            missing << message.describe();
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("\nnot translated in rampart_%1.ts (run "
                                       "scripts/update-translations.sh, then translate):\n")
                            .arg(language)
                        + missing.join(u'\n')));
}

// A tr() outside a class is filed by lupdate under whatever encloses it; where that is not
// the context the call translates with at run time, the message is never translated. Code
// outside a class calls its module's Module::tr(), a class that only declares
// Q_DECLARE_TR_FUNCTIONS(Rampart::Module), whose argument lupdate and the run time both use.
// lupdate warns about any other tr() ("lacks Q_OBJECT macro") and files a bare one under
// "Rampart".
void TranslationsTest::everyMessageHasTheContextItIsLookedUpIn()
{
    QVERIFY2(m_lupdateWarnings.trimmed().isEmpty(), qPrintable(m_lupdateWarnings));
    QStringList unplaced;
    for (const Message &message : std::as_const(m_sources.messages)) {
        if (message.context == QLatin1String("Rampart") || message.context.isEmpty())
            unplaced << message.describe();
    }
    QVERIFY2(unplaced.isEmpty(), qPrintable(u'\n' + unplaced.join(u'\n')));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translationstest.moc"
