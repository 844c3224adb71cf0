// The memory files lists travel in, both ways: what is written is what is read, from the
// start, and nothing can change or grow it once handed over; the helper's own check
// (sealedListRefusal) takes it.

#include "dbus/sealedfile.h"
#include "requestchecks.h"

#include <QScopeGuard>
#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace Rampart;

class SealedFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsWhatWasWritten_data();
    void holdsWhatWasWritten();
};

void SealedFileTest::holdsWhatWasWritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a line") << QByteArray("# rampart-list 1\n");
    QTest::newRow("a few megabytes") << QByteArray(5 << 20, 'x');
}

void SealedFileTest::holdsWhatWasWritten()
{
    QFETCH(QByteArray, content);
    const int fd = sealedMemoryFile("sealedfiletest", content);
    QVERIFY2(fd >= 0, strerror(errno));
    const auto closed = qScopeGuard([fd] { close(fd); });

    QVERIFY(fcntl(fd, F_GETFD) & FD_CLOEXEC);
    const int seals = fcntl(fd, F_GET_SEALS);
    for (const int seal : { F_SEAL_WRITE, F_SEAL_SHRINK, F_SEAL_GROW, F_SEAL_SEAL })
        QVERIFY2((seals & seal) == seal, qPrintable(QString::number(seals, 16)));
    QVERIFY(sealedListRefusal(fd).isEmpty());

    // Read from the start, as a client reading a listing does.
    QByteArray read(content.size() + 1, '\0');
    qsizetype done = 0;
    for (ssize_t n; (n = ::read(fd, read.data() + done, size_t(read.size() - done))) > 0;)
        done += n;
    read.truncate(done);
    QCOMPARE(read, content);

    // Neither changed nor grown nor shrunk, nor unsealed.
    QCOMPARE(pwrite(fd, "y", 1, 0), ssize_t(-1));
    QCOMPARE(ftruncate(fd, content.size() + 1), -1);
    QCOMPARE(ftruncate(fd, 0) == 0, content.isEmpty());
    QCOMPARE(fcntl(fd, F_ADD_SEALS, F_SEAL_FUTURE_WRITE), -1);
}

QTEST_GUILESS_MAIN(SealedFileTest)
#include "sealedfiletest.moc"
