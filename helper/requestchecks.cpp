#include "requestchecks.h"

#include "dbus/helpertypes.h"
#include "net/packedcidrs.h"
#include "rules/breadth.h"
#include "rules/requestrules.h"

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

QString timeoutRefusal(quint32 seconds)
{
    if (seconds <= maxTimeoutSeconds)
        return {};
    return QStringLiteral("a timeout of %1 seconds is longer than the "
                          "kernel allows (%2 s, about 24 days); block "
                          "permanently instead")
        .arg(seconds)
        .arg(maxTimeoutSeconds);
}

QString confirmWithinRefusal(quint32 seconds)
{
    if (seconds <= maxConfirmWithinSeconds)
        return {};
    return QStringLiteral("a wait for confirmation of %1 seconds is longer than a day (%2 s); "
                          "confirm sooner or make the change without a wait")
        .arg(seconds)
        .arg(maxConfirmWithinSeconds);
}

QString verdictRefusal(const QString &verdict)
{
    if (verdict == QLatin1String("DROP") || verdict == QLatin1String("REJECT"))
        return {};
    return QStringLiteral("%1 is not a verdict; use DROP or REJECT").arg(quotedItem(verdict));
}

QString httpValidatorRefusal(const QString &value)
{
    if (value.size() <= maxFeedTextLength && isDisplayableText(value))
        return {};
    return QStringLiteral("%1 is not an HTTP validator").arg(quotedItem(value));
}

QString fetchErrorRefusal(const QString &text)
{
    if (text.size() <= maxFeedTextLength && isDisplayableText(text))
        return {};
    return QStringLiteral("the error text is too long or holds control or "
                          "invisible formatting characters");
}

QString feedListRefusal(const QList<Cidr> &list, bool broadAllowed)
{
    for (const Cidr &cidr : list) {
        if (cidr.prefixLength() == 0)
            return QStringLiteral("the list holds %1, which covers every address; nothing "
                                  "was changed")
                .arg(cidr.toString());
        if (!broadAllowed && Breadth::isBroadFeedItem(cidr))
            return QStringLiteral("the list holds %1, which covers more than a /%2 of the "
                                  "space Internet sources use, as a list cut short in "
                                  "transfer can; nothing was changed (if the feed really "
                                  "lists networks that wide, add it allowing broad "
                                  "networks)")
                .arg(cidr.toString())
                .arg(Breadth::broadPrefix(cidr.family()));
    }
    return {};
}

QString blockRequestRefusal(QByteArrayView entries, qsizetype count, const QString &comment,
                            quint32 timeoutSeconds, QList<Cidr> *cidrs)
{
    if (QString refusal = parseEntries(entries, count, EntryUse::Block, cidrs); !refusal.isEmpty())
        return refusal;
    if (QString refusal = commentRefusal(comment); !refusal.isEmpty())
        return refusal;
    return timeoutRefusal(timeoutSeconds);
}

QString allowRequestRefusal(QByteArrayView entries, qsizetype count, const QString &comment,
                            QList<Cidr> *cidrs)
{
    if (QString refusal = parseEntries(entries, count, EntryUse::Allow, cidrs); !refusal.isEmpty())
        return refusal;
    return commentRefusal(comment);
}

QString feedUpdateRefusal(int listFd, const QString &etag, const QString &lastModified,
                          QList<Cidr> *list)
{
    // A list refused without a reason is refused all the same.
    if (QString error; !readSealedList(listFd, list, &error))
        return error.isEmpty() ? QStringLiteral("the list could not be read") : error;
    for (const QString &text : { etag, lastModified }) {
        if (QString refusal = httpValidatorRefusal(text); !refusal.isEmpty())
            return refusal;
    }
    return {};
}

} // namespace Rampart
