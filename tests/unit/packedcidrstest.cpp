// The packed form feeds travel in to the helper: what the encoder writes decodes to the same
// networks, and anything an encoder cannot write is refused, naming the record.

#include "net/packedcidrs.h"

#include <QTest>

using namespace Rampart;

class PackedCidrsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void refusesWhatNoEncoderWrites_data();
    void refusesWhatNoEncoderWrites();
};

namespace {

QList<Cidr> networks(const QStringList &texts)
{
    QList<Cidr> list;
    for (const QString &text : texts)
        list << *parseCidr(text).cidr;
    return list;
}

} // namespace

void PackedCidrsTest::roundTrip()
{
    const QList<Cidr> list =
        networks({ "192.0.2.7", "198.51.100.0/24", "0.0.0.0/0", "2001:db8::/32", "::1" });
    const QByteArray packed = PackedCidrs::encode(list);
    QCOMPARE(packed.size(), PackedCidrs::magic.size() + list.size() * PackedCidrs::recordSize);
    QList<Cidr> decoded;
    QString error;
    QVERIFY2(PackedCidrs::decode(packed, 100, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded, list);
    QVERIFY(PackedCidrs::decode(PackedCidrs::encode({}), 0, &decoded, &error));
    QVERIFY(decoded.isEmpty());
}

void PackedCidrsTest::refusesWhatNoEncoderWrites_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qsizetype>("maxCount");
    QTest::addColumn<QString>("errorContains");

    const QByteArray good = PackedCidrs::encode(networks({ "192.0.2.0/24", "2001:db8::/32" }));
    const qsizetype second = PackedCidrs::magic.size() + PackedCidrs::recordSize;
    QByteArray hostBits = good;
    hostBits[second - PackedCidrs::recordSize + 2 + 3] = 7; // 192.0.2.7/24
    QByteArray family = good;
    family[second] = 5;
    QByteArray prefix = good;
    prefix[second + 1] = char(129);
    QByteArray strayBytes = good;
    strayBytes[PackedCidrs::magic.size() + 2 + 10] = 1; // after the IPv4 address

    QTest::newRow("no header") << good.mid(PackedCidrs::magic.size()) << qsizetype(10) << "header";
    QTest::newRow("part of a record") << good.chopped(1) << qsizetype(10) << "whole number";
    QTest::newRow("too many") << good << qsizetype(1) << "limit is 1";
    QTest::newRow("host bits") << hostBits << qsizetype(10) << "record 1";
    QTest::newRow("unknown family") << family << qsizetype(10) << "record 2";
    QTest::newRow("prefix too long") << prefix << qsizetype(10) << "record 2";
    QTest::newRow("bytes after IPv4") << strayBytes << qsizetype(10) << "record 1";
}

void PackedCidrsTest::refusesWhatNoEncoderWrites()
{
    QFETCH(QByteArray, data);
    QFETCH(qsizetype, maxCount);
    QFETCH(QString, errorContains);
    QList<Cidr> decoded;
    QString error;
    QVERIFY(!PackedCidrs::decode(data, maxCount, &decoded, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
}

QTEST_GUILESS_MAIN(PackedCidrsTest)
#include "packedcidrstest.moc"
