// The administrator's settings for the helper (/etc/rampart/helper.conf): read only from a
// file that root owns and only root may change, each line checked, the rest reported.

#include "helperconfig.h"
#include "store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Rampart;

class HelperConfigTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsSettings_data();
    void readsSettings();
    void refusesFilesOthersMayChange_data();
    void refusesFilesOthersMayChange();
    void missingFileMeansDefaults();

private:
    QString write(const QByteArray &content, mode_t mode);
    QTemporaryDir m_dir;
    int m_files = 0;
};

void HelperConfigTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The helper trusts only root's files; the test must be root to make one.
    if (geteuid() != 0) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("needs root to write a file root owns, and CI runs as root");
        QSKIP("needs root to write a file root owns");
    }
}

QString HelperConfigTest::write(const QByteArray &content, mode_t mode)
{
    const QString path = m_dir.filePath(QStringLiteral("helper%1.conf").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    file.close();
    chmod(QFile::encodeName(path).constData(), mode);
    return path;
}

void HelperConfigTest::readsSettings_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("historyRows"); // 0: the default
    QTest::addColumn<QString>("problem"); // empty: none

    QTest::newRow("empty") << QByteArray() << 0 << QString();
    QTest::newRow("comments and blanks") << QByteArray("# nothing\n\n   \n") << 0 << QString();
    QTest::newRow("history rows") << QByteArray("history-rows = 5000\n") << 5000 << QString();
    QTest::newRow("no spaces") << QByteArray("history-rows=1000") << 1000 << QString();
    QTest::newRow("at the top") << QByteArray("history-rows = 10000000\n") << 10'000'000
                                << QString();
    QTest::newRow("too few") << QByteArray("history-rows = 999\n") << 0 << "1000 to 10000000";
    QTest::newRow("too many") << QByteArray("history-rows = 10000001\n") << 0 << "1000 to 10000000";
    QTest::newRow("not a number") << QByteArray("history-rows = lots\n") << 0 << "takes a number";
    QTest::newRow("unknown key") << QByteArray("verdict = drop\n") << 0 << ":1: not a setting";
    QTest::newRow("no value") << QByteArray("history-rows\n") << 0 << ":1: not a setting";
    QTest::newRow("the good line counts")
        << QByteArray("# keep a year\nbogus\nhistory-rows = 2000\n") << 2000 << ":2: not a setting";
}

void HelperConfigTest::readsSettings()
{
    QFETCH(QByteArray, content);
    QFETCH(int, historyRows);
    QFETCH(QString, problem);
    const HelperConfig config = readHelperConfig(write(content, 0644));
    QCOMPARE(config.historyRows, historyRows);
    if (problem.isEmpty()) {
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join('\n')));
    } else {
        QCOMPARE(config.problems.size(), 1);
        QVERIFY2(config.problems.first().contains(problem), qPrintable(config.problems.first()));
    }
}

void HelperConfigTest::refusesFilesOthersMayChange_data()
{
    QTest::addColumn<mode_t>("mode");
    QTest::newRow("group may write") << mode_t(0664);
    QTest::newRow("anyone may write") << mode_t(0646);
}

void HelperConfigTest::refusesFilesOthersMayChange()
{
    QFETCH(mode_t, mode);
    const HelperConfig config = readHelperConfig(write("history-rows = 5000\n", mode));
    QCOMPARE(config.historyRows, 0);
    QCOMPARE(config.problems.size(), 1);
    QVERIFY2(config.problems.first().contains("only root may change"),
             qPrintable(config.problems.first()));

    // Nor through a link, which could point anywhere.
    const QString target = write("history-rows = 5000\n", 0644);
    const QString link = m_dir.filePath(QStringLiteral("link.conf"));
    QFile::remove(link);
    QVERIFY(QFile::link(target, link));
    QCOMPARE(readHelperConfig(link).historyRows, 0);
    // Nor a folder or a FIFO in its place.
    QCOMPARE(readHelperConfig(m_dir.path()).historyRows, 0);
    const QString fifo = m_dir.filePath(QStringLiteral("fifo.conf"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
    QVERIFY(!readHelperConfig(fifo).problems.isEmpty());
    QFile::remove(fifo);
}

void HelperConfigTest::missingFileMeansDefaults()
{
    const HelperConfig config = readHelperConfig(m_dir.filePath(QStringLiteral("none.conf")));
    QCOMPARE(config.historyRows, 0);
    QVERIFY(config.problems.isEmpty());
}

QTEST_GUILESS_MAIN(HelperConfigTest)
#include "helperconfigtest.moc"
