#pragma once

#include <QByteArray>
#include <QMetaType>

// A file handed to the helper as an UpdateFeed list, or by it as a listing, in each of the
// forms a caller could send: the sealed memory file the interface asks for, and the ones it
// must refuse.
struct ListFile
{
    enum Kind {
        Sealed, // a memory file with the write, shrink, grow and seal seals
        Unsealed,
        SealedButWritable, // shrink and grow sealed, not write
        SealedButGrowable, // write and shrink sealed, not grow
        FutureWriteSealed, // F_SEAL_FUTURE_WRITE, which mappings made before can bypass
        Pipe,
        RegularFile,
        DevNull,
    };
    Kind kind = Sealed;
    QByteArray content;
    qint64 size = -1; // made this long with ftruncate before sealing, when not -1
};

Q_DECLARE_METATYPE(ListFile)

// A new descriptor of the file, read from its start; the caller closes it. Stops the test
// when the system refuses to make one.
int makeListFile(const ListFile &file);
