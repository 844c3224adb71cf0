#include "packedcidrs.h"

#include <cstring>

namespace Rampart::PackedCidrs {

QByteArray encode(const QList<Cidr> &cidrs)
{
    QByteArray data(magic.size() + cidrs.size() * recordSize, Qt::Uninitialized);
    char *out = data.data();
    std::memcpy(out, magic.data(), size_t(magic.size()));
    out += magic.size();
    for (const Cidr &cidr : cidrs) {
        out[0] = char(cidr.family());
        out[1] = char(cidr.prefixLength());
        std::memcpy(out + 2, cidr.bytes().data(), 16);
        out += recordSize;
    }
    return data;
}

bool decode(QByteArrayView data, qsizetype maxCount, QList<Cidr> *cidrs, QString *error)
{
    if (!data.startsWith(magic)) {
        *error = QStringLiteral("the list does not start with the %1 header")
                     .arg(QString::fromLatin1(magic));
        return false;
    }
    const qsizetype body = data.size() - magic.size();
    if (body % recordSize != 0) {
        *error = QStringLiteral("the list holds %1 bytes after its header, not a whole number of "
                                "%2-byte records")
                     .arg(body)
                     .arg(recordSize);
        return false;
    }
    const qsizetype count = body / recordSize;
    if (count > maxCount) {
        *error = QStringLiteral("the list holds %1 networks; the limit is %2, so send it in parts")
                     .arg(count)
                     .arg(maxCount);
        return false;
    }
    cidrs->clear();
    cidrs->reserve(count);
    const auto *record = reinterpret_cast<const quint8 *>(data.data() + magic.size());
    for (qsizetype i = 0; i < count; ++i, record += recordSize) {
        const int family = record[0];
        const int prefixLength = record[1];
        Cidr::Bytes bytes;
        std::memcpy(bytes.data(), record + 2, 16);
        Cidr cidr;
        if (family == 4 && prefixLength <= 32) {
            const quint32 address = quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16
                | quint32(bytes[2]) << 8 | quint32(bytes[3]);
            cidr = Cidr::fromV4(address, prefixLength);
        } else if (family == 6 && prefixLength <= 128) {
            cidr = Cidr::fromV6(bytes, prefixLength);
        } else {
            *error = QStringLiteral("record %1 has family %2 and prefix length %3")
                         .arg(i + 1)
                         .arg(family)
                         .arg(prefixLength);
            return false;
        }
        // fromV4/fromV6 clear host bits and unused bytes; a record that had any is not
        // what an encoder writes.
        if (cidr.bytes() != bytes) {
            *error = QStringLiteral("record %1 (%2) has bits set beyond its prefix")
                         .arg(i + 1)
                         .arg(cidr.toString());
            return false;
        }
        cidrs->append(cidr);
    }
    return true;
}

} // namespace Rampart::PackedCidrs
