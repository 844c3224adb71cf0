#pragma once

#include "cidr.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Rampart {

// Networks as fixed-size binary records, for lists too large to send as D-Bus string
// arrays (a feed travels to the helper as a memory file in this form) and for keeping a
// feed's last good list in the store. Each record is 18 bytes: the family (4 or 6), the
// prefix length, then 16 address bytes (IPv4 in the first four, the rest zero). Decoding
// is strict, as parseCidr is for text: any record a correct encoder cannot write is an
// error that names the record.
namespace PackedCidrs {

inline constexpr QByteArrayView magic = "RMPCIDR1";
inline constexpr qsizetype recordSize = 18;

QByteArray encode(const QList<Cidr> &cidrs);
// Fails, with *error saying which record is wrong and why, on a bad header, a size that is
// not a whole number of records, more than maxCount records, or a record that is not a
// network (unknown family, prefix too long, host bits set, stray bytes after IPv4).
bool decode(QByteArrayView data, qsizetype maxCount, QList<Cidr> *cidrs, QString *error);

} // namespace PackedCidrs

} // namespace Rampart
