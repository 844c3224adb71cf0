#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Rampart {

// Whether the data is compressed (gzip, bzip2, xz, zstd) or a zip archive, by its first
// bytes: feeds come as .gz and .zip whatever their URL ends with.
bool isPackedFeed(QByteArrayView data);

struct UnpackedFeed
{
    QByteArray data;
    QStringList files; // the archive's files that data holds, in order
    QString error; // translated; empty on success
};

// The content of a compressed file or archive. Of an archive with several files, those
// that can be lists (not READMEs, licences, web pages, pictures...) are joined, in order,
// each ending with a line break; of one with a single file, that file. Stops with an
// error at a damaged or truncated archive and beyond maxSize bytes unpacked.
UnpackedFeed unpackFeed(const QByteArray &data, qint64 maxSize = qint64(1) << 30);

} // namespace Rampart
