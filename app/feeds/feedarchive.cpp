#include "feedarchive.h"

#include "feedformat.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace Rampart {

namespace {

struct ArchiveDeleter
{
    void operator()(archive *reader) const { archive_read_free(reader); }
};

bool startsWith(QByteArrayView data, QByteArrayView magic)
{
    return data.size() >= magic.size() && data.first(magic.size()) == magic;
}

// Files that come with lists in archives but are not lists themselves.
bool isObviouslyNotAList(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().toLower();
    if (name.isEmpty() || name.startsWith(u'.') || path.startsWith(QLatin1String("__MACOSX/")))
        return true;
    static const char *const companions[] = { "readme",    "license", "licence", "copying",
                                              "changelog", "changes", "authors", "notice" };
    for (const char *companion : companions) {
        if (name.startsWith(QLatin1String(companion)))
            return true;
    }
    static const char *const suffixes[] = { "md",  "pdf",    "htm",  "html", "xml", "png", "jpg",
                                            "gif", "doc",    "docx", "rtf",  "exe", "dll", "sig",
                                            "asc", "sha256", "md5",  "pem",  "gpg" };
    const QString suffix = info.suffix().toLower();
    for (const char *unwanted : suffixes) {
        if (suffix == QLatin1String(unwanted))
            return true;
    }
    return false;
}

QString damaged(archive *reader)
{
    const char *why = archive_error_string(reader);
    return Feeds::tr("The compressed data cannot be read (%1): the download may be incomplete or "
                     "the file damaged. Fetch it again.")
        .arg(why ? QString::fromLocal8Bit(why) : Feeds::tr("unknown error"));
}

QString tooLarge(qint64 maxSize)
{
    return Feeds::tr("The compressed data unpacks to more than %1 MB, far more than a list of "
                     "addresses takes; it was not read.")
        .arg(maxSize >> 20);
}

} // namespace

bool isPackedFeed(QByteArrayView data)
{
    static constexpr char xz[] = { '\xfd', '7', 'z', 'X', 'Z', '\0' };
    // "BZh", the block size, then the magic of a first block or of the end of the stream:
    // "BZh" alone could start a line of text.
    const bool bzip2 = startsWith(data, "BZh") && data.size() >= 10 && data[3] >= '1'
        && data[3] <= '9'
        && (data.sliced(4, 6) == QByteArrayView("\x31\x41\x59\x26\x53\x59")
            || data.sliced(4, 6) == QByteArrayView("\x17\x72\x45\x38\x50\x90"));
    return startsWith(data, "\x1f\x8b") // gzip
        || startsWith(data, "PK\x03\x04") || startsWith(data, "PK\x05\x06") // zip, empty zip
        || startsWith(data, "PK\x07\x08") // spanned zip
        || bzip2 || startsWith(data, QByteArrayView(xz, sizeof xz))
        || startsWith(data, "\x28\xb5\x2f\xfd"); // zstd
}

UnpackedFeed unpackFeed(const QByteArray &data, qint64 maxSize)
{
    UnpackedFeed result;
    std::unique_ptr<archive, ArchiveDeleter> reader(archive_read_new());
    archive_read_support_filter_all(reader.get());
    archive_read_support_format_zip(reader.get());
    archive_read_support_format_tar(reader.get());
    // A bare .gz is one file in no archive format; raw bids last, after zip and tar.
    archive_read_support_format_raw(reader.get());
    if (archive_read_open_memory(reader.get(), data.constData(), size_t(data.size()))
        != ARCHIVE_OK) {
        result.error = damaged(reader.get());
        return result;
    }

    struct File
    {
        QString path;
        QByteArray content;
    };
    QList<File> files;
    qint64 total = 0;
    archive_entry *entry = nullptr;
    while (true) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN) {
            result.error = damaged(reader.get());
            return result;
        }
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        File file;
        file.path = QString::fromUtf8(archive_entry_pathname(entry));
        char buffer[64 * 1024];
        while (true) {
            const la_ssize_t read = archive_read_data(reader.get(), buffer, sizeof buffer);
            if (read == 0)
                break;
            if (read < 0) {
                result.error = damaged(reader.get());
                return result;
            }
            total += read;
            if (total > maxSize) {
                result.error = tooLarge(maxSize);
                return result;
            }
            file.content.append(buffer, read);
        }
        files.append(std::move(file));
    }
    if (files.isEmpty()) {
        result.error = Feeds::tr("The archive holds no files; there is nothing to read.");
        return result;
    }

    QList<File> lists;
    for (File &file : files) {
        if (!isObviouslyNotAList(file.path))
            lists.append(std::move(file));
    }
    if (lists.isEmpty())
        lists = std::move(files);
    if (lists.size() == 1) {
        result.data = std::move(lists.front().content);
        result.files << lists.front().path;
        return result;
    }
    for (const File &file : std::as_const(lists)) {
        result.data += file.content;
        if (!file.content.isEmpty() && !file.content.endsWith('\n'))
            result.data += '\n';
        result.files << file.path;
    }
    return result;
}

} // namespace Rampart
