// Every module's messages are found in French at run time: a tr() that lupdate files under
// another context than the one the code looks it up in stays English, whatever the .ts file
// says. One message a module, through the module's own functions, and rampartctl's.

#include "connections/blocktargets.h"
#include "feeds/bogons.h"
#include "feeds/feedformat.h"
#include "forceblockquestion.h"
#include "geo/onlinedetails.h"
#include "net/cidr.h"
#include "net/hostnetworks.h"
#include "rules/entryrules.h"
#include "rules/requestrules.h"
#include "time/duration.h"

#include <QApplication>
#include <QDBusError>
#include <QMessageBox>
#include <QProcess>
#include <QTest>
#include <QTranslator>

using namespace Rampart;

class TranslationContextsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void moduleMessagesAreTranslated_data();
    void moduleMessagesAreTranslated();
    void commandLineIsTranslated();

private:
    QTranslator m_french;
};

void TranslationContextsTest::initTestCase()
{
    QVERIFY(m_french.load(QStringLiteral("rampart_fr"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&m_french));
}

void TranslationContextsTest::moduleMessagesAreTranslated_data()
{
    QTest::addColumn<QString>("english"); // what the module says without a translation
    QTest::addColumn<QString>("shown"); // and with the French one installed

    const auto row = [this](const char *module, const std::function<QString()> &say) {
        QCoreApplication::removeTranslator(&m_french);
        const QString english = say();
        QCoreApplication::installTranslator(&m_french);
        QTest::newRow(module) << english << say();
    };
    row("Net: parser", [] { return parseCidr(u"192.0.2.300").error; });
    row("Net: host networks", [] {
        return gatewaysFromRoutes("Iface\tDestination\tGateway\tFlags\n"
                                  "eth0\t00000000\t0102000A\t0003\n",
                                  {})
            .value(0)
            .reason;
    });
    row("Rules: text", [] { return commentRefusal(QString(300, u'x')); });
    row("Rules: a reserved range", [] { return blockRefusal(*parseCidr(u"127.0.0.1").cidr); });
    row("Rules: allow", [] { return allowRefusal(*parseCidr(u"::/0").cidr); });
    row("Feeds: formats", [] { return feedFormatDescription(FeedFormat::Lines); });
    row("Feeds: bogons", [] {
        return bogonsIn(RangeSet::fromCidrs({ *parseCidr(u"10.1.0.0/16").cidr })).value(0).name;
    });
    row("Geo", [] { return onlineLookupRefusal(*parseCidr(u"10.0.0.1").cidr); });
    row("Connections", [] { return blockActionText({ *parseCidr(u"203.0.113.7").cidr }); });
    row("Duration", [] { return formatDuration(7200); });
    row("Widgets", [] {
        QMessageBox *box =
            askToForceBlock(nullptr, QStringLiteral("Block"),
                            QDBusError(QDBusError::Failed, QStringLiteral("x")), [] {});
        const QString text = box->text();
        delete box;
        return text;
    });
}

void TranslationContextsTest::moduleMessagesAreTranslated()
{
    QFETCH(QString, english);
    QFETCH(QString, shown);
    QVERIFY2(!english.isEmpty(), "the module said nothing");
    QVERIFY2(shown != english, qPrintable(QStringLiteral("still English: ") + shown));
}

void TranslationContextsTest::commandLineIsTranslated()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const auto run = [&](const QString &language) {
        environment.insert(QStringLiteral("LANG"), language);
        environment.insert(QStringLiteral("LC_ALL"), language);
        environment.insert(QStringLiteral("LANGUAGE"), language);
        QProcess rampartctl;
        rampartctl.setProcessEnvironment(environment);
        // Refused before anything is sent: no helper is needed.
        rampartctl.start(QStringLiteral(RAMPARTCTL_PATH),
                         { QStringLiteral("block"), QStringLiteral("192.0.2.300") });
        if (!rampartctl.waitForFinished(30000))
            return QString();
        return QString::fromUtf8(rampartctl.readAllStandardError());
    };
    const QString english = run(QStringLiteral("C"));
    const QString french = run(QStringLiteral("fr_FR.UTF-8"));
    QVERIFY2(english.contains(QLatin1String("nothing was blocked")), qPrintable(english));
    QVERIFY2(!french.isEmpty() && !french.contains(QLatin1String("nothing was blocked")),
             qPrintable(french));
    // The parser's message in it is Net's, through rampartctl's own translator.
    QVERIFY2(!french.contains(QLatin1String("has a part above 255")), qPrintable(french));
}

QTEST_MAIN(TranslationContextsTest)
#include "translationcontextstest.moc"
