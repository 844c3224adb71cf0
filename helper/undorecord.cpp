#include "undorecord.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace Rampart {

namespace {

constexpr quint32 magic = 0x524d5544; // "RMUD"
constexpr quint16 version = 1;

void write(QDataStream &out, const std::optional<QString> &text)
{
    out << bool(text) << (text ? *text : QString());
}

bool read(QDataStream &in, std::optional<QString> *text)
{
    bool present = false;
    QString value;
    in >> present >> value;
    *text = present ? std::optional<QString>(value) : std::nullopt;
    return in.status() == QDataStream::Ok;
}

void write(QDataStream &out, const std::optional<UndoRecord::EntryState> &state)
{
    out << bool(state);
    if (state)
        out << state->source << state->comment << state->created << state->expires;
}

bool read(QDataStream &in, std::optional<UndoRecord::EntryState> *state)
{
    bool present = false;
    in >> present;
    if (!present) {
        *state = std::nullopt;
        return in.status() == QDataStream::Ok;
    }
    UndoRecord::EntryState value;
    in >> value.source >> value.comment >> value.created >> value.expires;
    *state = value;
    return in.status() == QDataStream::Ok;
}

bool read(QDataStream &in, Cidr *cidr)
{
    QString text;
    in >> text;
    const CidrParse parsed = parseCidr(text);
    if (!parsed.cidr)
        return false;
    *cidr = *parsed.cidr;
    return in.status() == QDataStream::Ok;
}

void write(QDataStream &out, const FeedInfo &feed)
{
    out << feed.name << feed.location << feed.format << feed.checksumUrl << feed.refreshSeconds
        << feed.maxShrinkPercent << feed.etag << feed.lastModified << feed.insecure
        << feed.allowBroad;
}

void read(QDataStream &in, FeedInfo *feed)
{
    in >> feed->name >> feed->location >> feed->format >> feed->checksumUrl >> feed->refreshSeconds
        >> feed->maxShrinkPercent >> feed->etag >> feed->lastModified >> feed->insecure
        >> feed->allowBroad;
}

} // namespace

QByteArray UndoRecord::digest(const QByteArray &packed)
{
    return QCryptographicHash::hash(packed, QCryptographicHash::Sha256);
}

QByteArray UndoRecord::encode() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << version << quint8(kind);
    out << quint32(entries.size());
    for (const EntryChange &change : entries) {
        out << change.cidr.toString();
        write(out, change.before);
        write(out, change.after);
    }
    out << quint32(allowances.size());
    for (const AllowChange &change : allowances) {
        out << change.cidr.toString();
        write(out, change.before);
        write(out, change.after);
    }
    write(out, feed);
    out << content << afterDigest << before << after;
    // A block of many entries repeats its comment and times in every record.
    return qCompress(data, 1);
}

std::optional<UndoRecord> UndoRecord::decode(const QByteArray &compressed)
{
    const QByteArray data = qUncompress(compressed);
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 readMagic = 0;
    quint16 readVersion = 0;
    quint8 readKind = 0;
    in >> readMagic >> readVersion >> readKind;
    if (in.status() != QDataStream::Ok || readMagic != magic || readVersion != version
        || readKind > quint8(Kind::Verdict))
        return std::nullopt;
    UndoRecord record;
    record.kind = Kind(readKind);
    quint32 count = 0;
    in >> count;
    // Never more than one call could change.
    if (count > quint32(maxEntriesPerCall))
        return std::nullopt;
    record.entries.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        EntryChange change;
        if (!read(in, &change.cidr) || !read(in, &change.before) || !read(in, &change.after))
            return std::nullopt;
        record.entries.append(change);
    }
    in >> count;
    if (count > quint32(maxEntriesPerCall))
        return std::nullopt;
    for (quint32 i = 0; i < count; ++i) {
        AllowChange change;
        if (!read(in, &change.cidr) || !read(in, &change.before) || !read(in, &change.after))
            return std::nullopt;
        record.allowances.append(change);
    }
    read(in, &record.feed);
    in >> record.content >> record.afterDigest >> record.before >> record.after;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return record;
}

} // namespace Rampart
