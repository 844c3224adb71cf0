#include "feeditem.h"

#include "feedformat.h"

#include <QCoreApplication>

#include <arpa/inet.h>

#include <cstring>

namespace Rampart {

namespace {

bool isDigit(char c)
{
    return unsigned(uchar(c)) - unsigned('0') < 10u;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// Four decimal parts 0-255 without leading zeros (010 is octal to inet_aton and to
// iprange, decimal to others). Returns where the address ends, or nullptr.
const char *scanV4(const char *p, const char *end, quint32 *address)
{
    quint32 value = 0;
    for (int part = 0; part < 4; ++part) {
        if (part) {
            if (p == end || *p != '.')
                return nullptr;
            ++p;
        }
        if (p == end || !isDigit(*p))
            return nullptr;
        unsigned number = unsigned(*p++ - '0');
        if (p != end && isDigit(*p)) {
            if (number == 0)
                return nullptr;
            number = number * 10 + unsigned(*p++ - '0');
            if (p != end && isDigit(*p)) {
                number = number * 10 + unsigned(*p++ - '0');
                if (number > 255 || (p != end && isDigit(*p)))
                    return nullptr;
            }
        }
        value = (value << 8) | number;
    }
    *address = value;
    return p;
}

// RFC 4291 text, with an embedded IPv4 part but no zone, through inet_pton as parseCidr()
// does, so that both agree on every address.
bool scanV6(const char *begin, const char *end, Cidr::Bytes *bytes)
{
    const auto length = end - begin;
    char text[maxCidrTextLength + 1];
    if (length < 2 || length > maxCidrTextLength)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        const char c = begin[i];
        const bool allowed =
            isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
        if (!allowed)
            return false;
        text[i] = c;
    }
    text[length] = '\0';
    return inet_pton(AF_INET6, text, bytes->data()) == 1;
}

// An address with, when allowPrefix, an optional decimal prefix length; host bits are
// cleared.
bool scanNetwork(const char *begin, const char *end, bool allowPrefix, FeedItem *item)
{
    if (end - begin > maxCidrTextLength || begin == end)
        return false;
    const char *slash = allowPrefix
        ? static_cast<const char *>(std::memchr(begin, '/', size_t(end - begin)))
        : nullptr;
    const char *addressEnd = slash ? slash : end;
    int prefix = -1;
    if (slash) {
        const char *p = slash + 1;
        const auto digits = end - p;
        if (digits < 1 || digits > 3 || (digits > 1 && *p == '0'))
            return false;
        prefix = 0;
        for (; p != end; ++p) {
            if (!isDigit(*p))
                return false;
            prefix = prefix * 10 + (*p - '0');
        }
    }

    if (!std::memchr(begin, ':', size_t(addressEnd - begin))) {
        quint32 address = 0;
        if (scanV4(begin, addressEnd, &address) != addressEnd || prefix > 32)
            return false;
        const int length = prefix < 0 ? 32 : prefix;
        const quint32 hostMask = length == 32 ? 0 : 0xffffffffu >> length;
        item->family = Family::V4;
        item->v4 = { address & ~hostMask, address | hostMask };
        return true;
    }

    Cidr::Bytes bytes;
    if (!scanV6(begin, addressEnd, &bytes) || prefix > 128)
        return false;
    const int length = prefix < 0 ? 128 : prefix;
    const Address6 hostMask = length == 128 ? 0 : Address6(~Address6(0)) >> length;
    const Address6 first = toAddress6(bytes) & ~hostMask;
    // ::ffff:a.b.c.d; with the host bits clear, its prefix is /96 or longer.
    if ((first >> 32) == 0xffff) {
        item->family = Family::V4;
        item->v4 = { quint32(first), quint32(first | hostMask) };
        return true;
    }
    item->family = Family::V6;
    item->v6 = { first, first | hostMask };
    return true;
}

void trim(const char *&begin, const char *&end)
{
    while (begin != end && isBlank(*begin))
        ++begin;
    while (end != begin && isBlank(end[-1]))
        --end;
}

QByteArrayView trimmed(QByteArrayView text)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    trim(begin, end);
    return QByteArrayView(begin, end - begin);
}

QString networkError(QByteArrayView item)
{
    if (item.size() > maxCidrTextLength) {
        return Feeds::tr("%1 is longer than any address (%2 characters)")
            .arg(quotedFeedItem(item))
            .arg(item.size());
    }
    const QString error = parseCidr(QString::fromUtf8(item)).error;
    if (!error.isEmpty())
        return error;
    return Feeds::tr("%1 is not an address or a network").arg(quotedFeedItem(item));
}

QString rangeEndError(QByteArrayView end)
{
    if (end.contains('/')) {
        return Feeds::tr("%1 is a network; a range joins two addresses").arg(quotedFeedItem(end));
    }
    return networkError(end);
}

} // namespace

bool scanFeedItem(const char *begin, const char *end, FeedItem *item)
{
    // Most items are IPv4 addresses or networks: read those in one pass.
    quint32 address = 0;
    if (const char *p = scanV4(begin, end, &address); p == end || (p && *p == '/')) {
        int length = 32;
        if (p != end) {
            const auto digits = end - ++p;
            if (digits < 1 || digits > 3 || (digits > 1 && *p == '0'))
                return false;
            length = 0;
            for (; p != end; ++p) {
                if (!isDigit(*p))
                    return false;
                length = length * 10 + (*p - '0');
            }
            if (length > 32)
                return false;
        }
        const quint32 hostMask = length == 32 ? 0 : 0xffffffffu >> length;
        item->family = Family::V4;
        item->v4 = { address & ~hostMask, address | hostMask };
        return true;
    }

    const char *dash = static_cast<const char *>(std::memchr(begin, '-', size_t(end - begin)));
    if (!dash)
        return scanNetwork(begin, end, true, item);

    const char *firstBegin = begin;
    const char *firstEnd = dash;
    const char *lastBegin = dash + 1;
    const char *lastEnd = end;
    trim(firstBegin, firstEnd);
    trim(lastBegin, lastEnd);
    FeedItem first;
    FeedItem last;
    if (!scanNetwork(firstBegin, firstEnd, false, &first)
        || !scanNetwork(lastBegin, lastEnd, false, &last) || first.family != last.family)
        return false;
    item->family = first.family;
    if (first.family == Family::V4) {
        if (first.v4.first > last.v4.first)
            return false;
        item->v4 = { first.v4.first, last.v4.first };
    } else {
        if (first.v6.first > last.v6.first)
            return false;
        item->v6 = { first.v6.first, last.v6.first };
    }
    return true;
}

bool scanFeedAddress(const char *begin, const char *end, FeedItem *item)
{
    return scanNetwork(begin, end, false, item);
}

QString feedItemError(QByteArrayView item)
{
    const qsizetype dash = item.indexOf('-');
    if (dash < 0 || item.size() > 2 * maxCidrTextLength + 8)
        return networkError(item);

    const QByteArrayView first = trimmed(item.first(dash));
    const QByteArrayView last = trimmed(item.sliced(dash + 1));
    FeedItem firstItem;
    FeedItem lastItem;
    if (!scanNetwork(first.data(), first.data() + first.size(), false, &firstItem)) {
        return Feeds::tr("%1 is not a range: %2").arg(quotedFeedItem(item), rangeEndError(first));
    }
    if (!scanNetwork(last.data(), last.data() + last.size(), false, &lastItem)) {
        return Feeds::tr("%1 is not a range: %2").arg(quotedFeedItem(item), rangeEndError(last));
    }
    if (firstItem.family != lastItem.family)
        return Feeds::tr("%1 is not a range: it joins an IPv4 and an IPv6 address")
            .arg(quotedFeedItem(item));
    return Feeds::tr("%1 is not a range: its first address comes after its last; write the "
                     "lower address first")
        .arg(quotedFeedItem(item));
}

QString quotedFeedItem(QByteArrayView item)
{
    // quotedItem() shows 40 characters and marks a longer text with an ellipsis; 164 bytes
    // decode to at least 41 characters, however they are encoded.
    constexpr qsizetype enough = 41 * 4;
    return quotedItem(QString::fromUtf8(item.first(std::min(item.size(), enough))));
}

QString shownFeedItem(QByteArrayView item)
{
    const QString quoted = quotedFeedItem(item);
    return quoted.mid(1, quoted.size() - 2);
}

} // namespace Rampart
