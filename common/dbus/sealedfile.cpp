#include "dbus/sealedfile.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace Rampart {

int sealedMemoryFile(const char *name, QByteArrayView content)
{
    const int fd = memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0)
        return -1;
    const auto fail = [fd] {
        const int error = errno;
        close(fd);
        errno = error;
        return -1;
    };
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = write(fd, content.data() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return fail();
        }
        written += n;
    }
    if (fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) != 0
        || lseek(fd, 0, SEEK_SET) != 0)
        return fail();
    return fd;
}

} // namespace Rampart
