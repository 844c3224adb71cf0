#include "listfiles.h"

#include <QTemporaryFile>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace {

int memoryFile(const QByteArray &content, int seals, qint64 size)
{
    const int fd = memfd_create("rampart-test-list", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0)
        qFatal("memfd_create: %s", strerror(errno));
    if (write(fd, content.constData(), size_t(content.size())) != content.size())
        qFatal("write: %s", strerror(errno));
    if (size >= 0 && ftruncate(fd, size) != 0)
        qFatal("ftruncate: %s", strerror(errno));
    if (seals && fcntl(fd, F_ADD_SEALS, seals) != 0)
        qFatal("F_ADD_SEALS: %s", strerror(errno));
    lseek(fd, 0, SEEK_SET);
    return fd;
}

} // namespace

int makeListFile(const ListFile &file)
{
    switch (file.kind) {
    case ListFile::Sealed:
        return memoryFile(file.content, F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL,
                          file.size);
    case ListFile::Unsealed:
        return memoryFile(file.content, 0, file.size);
    case ListFile::SealedButWritable:
        return memoryFile(file.content, F_SEAL_SHRINK | F_SEAL_GROW, file.size);
    case ListFile::SealedButGrowable:
        return memoryFile(file.content, F_SEAL_WRITE | F_SEAL_SHRINK, file.size);
    case ListFile::FutureWriteSealed:
        return memoryFile(file.content, F_SEAL_FUTURE_WRITE | F_SEAL_SHRINK | F_SEAL_GROW,
                          file.size);
    case ListFile::Pipe: {
        int ends[2];
        if (pipe2(ends, O_CLOEXEC) != 0)
            qFatal("pipe2: %s", strerror(errno));
        if (write(ends[1], file.content.constData(), size_t(file.content.size())) < 0)
            qFatal("write: %s", strerror(errno));
        close(ends[1]);
        return ends[0];
    }
    case ListFile::RegularFile: {
        QTemporaryFile temporary;
        if (!temporary.open())
            qFatal("no temporary file");
        temporary.write(file.content);
        temporary.flush();
        const int fd = fcntl(temporary.handle(), F_DUPFD_CLOEXEC, 0);
        lseek(fd, 0, SEEK_SET);
        return fd;
    }
    case ListFile::DevNull:
        return open("/dev/null", O_RDONLY | O_CLOEXEC);
    }
    qFatal("unknown kind of list file");
}
