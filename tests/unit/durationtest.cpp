#include "time/duration.h"

#include <QTest>
#include <QTranslator>

using namespace Rampart;

class DurationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parses_data();
    void parses();
    void formats_data();
    void formats();

private:
    QTranslator m_english;
};

void DurationTest::initTestCase()
{
    // The plural forms live in the English translation, as in the programs.
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
}

void DurationTest::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused

    QTest::newRow("bare seconds") << "90" << qint64(90);
    QTest::newRow("seconds") << "90s" << qint64(90);
    QTest::newRow("minutes") << "15m" << qint64(900);
    QTest::newRow("hour") << "1h" << qint64(3600);
    QTest::newRow("days") << "2d" << qint64(172800);
    QTest::newRow("week") << "1w" << qint64(604800);
    QTest::newRow("zero") << "0" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("unit only") << "h" << qint64(-1);
    QTest::newRow("unknown unit") << "3y" << qint64(-1);
    QTest::newRow("negative") << "-5m" << qint64(-1);
    QTest::newRow("fraction") << "1.5h" << qint64(-1);
    QTest::newRow("overflow") << "99999999w" << qint64(-1);
    QTest::newRow("space") << "1 h" << qint64(-1);
}

void DurationTest::parses()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const std::optional<quint32> parsed = parseDuration(text);
    if (seconds < 0)
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
    else
        QCOMPARE(qint64(parsed.value_or(0)), seconds);
}

void DurationTest::formats_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("hour") << qint64(3600) << "1 hour";
    QTest::newRow("hour and a half") << qint64(5400) << "1 hour 30 minutes";
    QTest::newRow("two largest units only")
        << qint64(2 * 86400 + 3 * 3600 + 59) << "2 days 3 hours";
    QTest::newRow("seconds") << qint64(2) << "2 seconds";
    QTest::newRow("past") << qint64(-5) << "0 seconds";
    QTest::newRow("gap stops") << qint64(86400 + 5) << "1 day";
}

void DurationTest::formats()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(formatDuration(seconds), text);
}

QTEST_GUILESS_MAIN(DurationTest)
#include "durationtest.moc"
