#include "requestchecks.h"

#include "dbus/helpertypes.h"
#include "net/packedcidrs.h"

#include <QStringDecoder>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace Rampart {

QString decodedUtf8(QByteArrayView text)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder(text);
}

QString parseEntries(QByteArrayView entries, qsizetype count, EntryUse use, QList<Cidr> *cidrs)
{
    if (count == 0)
        return QStringLiteral("no entries were given");
    cidrs->reserve(count);
    const char *data = entries.data();
    const char *end = data + entries.size();
    char16_t buffer[maxEntryBytes];
    qsizetype number = 0;
    for (const char *item = data; item < end; item += qstrlen(item) + 1) {
        ++number;
        const qsizetype length = qsizetype(qstrlen(item));
        // Addresses are ASCII: widened in place, without a string of their own. (Longer
        // items never get here through decodeRequest; should one, it takes the slow way.)
        bool ascii = length <= maxEntryBytes;
        for (qsizetype i = 0; ascii && i < length; ++i) {
            ascii = uchar(item[i]) < 0x80;
            buffer[i] = char16_t(uchar(item[i]));
        }
        const QString other = ascii ? QString() : decodedUtf8(QByteArrayView(item, length));
        const QStringView text = ascii ? QStringView(buffer, length) : QStringView(other);
        const CidrParse parsed = parseCidr(text);
        if (!parsed.cidr)
            return QStringLiteral("entry %1: %2").arg(number).arg(parsed.error);
        if (const QString refusal = entryRefusal(*parsed.cidr, use); !refusal.isEmpty())
            return QStringLiteral("entry %1: %2").arg(number).arg(refusal);
        cidrs->append(*parsed.cidr);
    }
    std::sort(cidrs->begin(), cidrs->end());
    cidrs->erase(std::unique(cidrs->begin(), cidrs->end()), cidrs->end());
    return {};
}

QString sealedListRefusal(int fd, bool *tooLarge)
{
    constexpr int required = F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW;
    const int seals = fcntl(fd, F_GET_SEALS);
    struct stat info
    {
    };
    if (seals < 0 || (seals & required) != required || fstat(fd, &info) != 0
        || !S_ISREG(info.st_mode))
        return QStringLiteral("the list must come as a sealed memory file");
    const qint64 limit =
        PackedCidrs::magic.size() + qint64(maxEntriesPerCall) * PackedCidrs::recordSize;
    if (tooLarge)
        *tooLarge = info.st_size > limit;
    if (info.st_size > limit)
        return QStringLiteral("the list is %1 bytes long; the limit is %2 bytes (%3 networks)")
            .arg(info.st_size)
            .arg(limit)
            .arg(maxEntriesPerCall);
    return {};
}

bool readSealedList(int fd, QList<Cidr> *cidrs, QString *error)
{
    if (const QString refusal = sealedListRefusal(fd); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    struct stat info
    {
    };
    fstat(fd, &info);
    QByteArray data(qsizetype(info.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = pread(fd, data.data() + done, size_t(data.size() - done), done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = QStringLiteral("the list could not be read");
            return false;
        }
        done += n;
    }
    return PackedCidrs::decode(data, maxEntriesPerCall, cidrs, error);
}

} // namespace Rampart
