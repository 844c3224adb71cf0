#include "cidr.h"

#include <QCoreApplication>

#include <arpa/inet.h>

namespace Rampart {

namespace {

void clearHostBits(Cidr::Bytes &bytes, int prefixLength, int totalBytes)
{
    for (int i = 0; i < totalBytes; ++i) {
        const int bitsKept = std::clamp(prefixLength - i * 8, 0, 8);
        bytes[i] &= quint8(0xff00 >> bitsKept);
    }
}

bool hasHostBits(const Cidr::Bytes &bytes, int prefixLength, int totalBytes)
{
    Cidr::Bytes cleared = bytes;
    clearHostBits(cleared, prefixLength, totalBytes);
    return cleared != bytes;
}

// Dotted quad, four decimal parts 0-255, no leading zeros, nothing else.
std::optional<quint32> parseV4(QStringView text, QString *error)
{
    quint32 address = 0;
    int parts = 0;
    qsizetype i = 0;
    while (true) {
        const qsizetype start = i;
        unsigned value = 0;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9' && i - start < 4) {
            value = value * 10 + (text[i].unicode() - u'0');
            ++i;
        }
        const qsizetype digits = i - start;
        if (digits == 0 || digits > 3) {
            *error = Net::tr("%1 is not an IPv4 address").arg(quotedItem(text));
            return std::nullopt;
        }
        if (digits > 1 && text[start] == u'0') {
            *error = Net::tr("%1 has a leading zero, which some tools read as octal; write it "
                             "without")
                         .arg(quotedItem(text));
            return std::nullopt;
        }
        if (value > 255) {
            *error = Net::tr("%1 has a part above 255").arg(quotedItem(text));
            return std::nullopt;
        }
        address = (address << 8) | value;
        ++parts;
        if (parts == 4)
            break;
        if (i >= text.size() || text[i] != u'.') {
            *error = Net::tr("%1 is not an IPv4 address (four numbers separated by dots)")
                         .arg(quotedItem(text));
            return std::nullopt;
        }
        ++i;
    }
    if (i != text.size()) {
        *error = Net::tr("%1 is not an IPv4 address (four numbers separated by dots)")
                     .arg(quotedItem(text));
        return std::nullopt;
    }
    return address;
}

std::optional<Cidr::Bytes> parseV6(QStringView text, QString *error)
{
    for (const QChar c : text) {
        const bool allowed = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')
            || (c >= u'A' && c <= u'F') || c == u':' || c == u'.';
        if (!allowed) {
            *error = c == u'%' ? Net::tr("%1 has a zone index, which a firewall set cannot hold")
                                     .arg(quotedItem(text))
                               : Net::tr("%1 is not an IPv6 address").arg(quotedItem(text));
            return std::nullopt;
        }
    }
    const QByteArray latin1 = text.toLatin1();
    Cidr::Bytes bytes {};
    if (inet_pton(AF_INET6, latin1.constData(), bytes.data()) != 1) {
        *error = Net::tr("%1 is not an IPv6 address").arg(quotedItem(text));
        return std::nullopt;
    }
    return bytes;
}

bool isV4Mapped(const Cidr::Bytes &bytes)
{
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return false;
    }
    return bytes[10] == 0xff && bytes[11] == 0xff;
}

quint32 v4FromBytes(const Cidr::Bytes &bytes, int offset)
{
    return quint32(bytes[offset]) << 24 | quint32(bytes[offset + 1]) << 16
        | quint32(bytes[offset + 2]) << 8 | quint32(bytes[offset + 3]);
}

Cidr cidrFromBytes(Family family, const Cidr::Bytes &bytes, int prefixLength)
{
    return family == Family::V4 ? Cidr::fromV4(v4FromBytes(bytes, 0), prefixLength)
                                : Cidr::fromV6(bytes, prefixLength);
}

} // namespace

Cidr Cidr::fromV4(quint32 address, int prefixLength)
{
    Cidr cidr;
    cidr.m_family = Family::V4;
    cidr.m_prefixLength = quint8(std::clamp(prefixLength, 0, 32));
    cidr.m_bytes[0] = quint8(address >> 24);
    cidr.m_bytes[1] = quint8(address >> 16);
    cidr.m_bytes[2] = quint8(address >> 8);
    cidr.m_bytes[3] = quint8(address);
    clearHostBits(cidr.m_bytes, cidr.m_prefixLength, 4);
    return cidr;
}

Cidr Cidr::fromV6(const Bytes &address, int prefixLength)
{
    Cidr cidr;
    cidr.m_family = Family::V6;
    cidr.m_prefixLength = quint8(std::clamp(prefixLength, 0, 128));
    cidr.m_bytes = address;
    clearHostBits(cidr.m_bytes, cidr.m_prefixLength, 16);
    return cidr;
}

quint32 Cidr::v4() const
{
    return v4FromBytes(m_bytes, 0);
}

bool Cidr::contains(const Cidr &other) const
{
    if (other.m_family != m_family || other.m_prefixLength < m_prefixLength)
        return false;
    Bytes masked = other.m_bytes;
    clearHostBits(masked, m_prefixLength, 16);
    return masked == m_bytes;
}

bool Cidr::overlaps(const Cidr &other) const
{
    return contains(other) || other.contains(*this);
}

QString Cidr::toString() const
{
    char buffer[INET6_ADDRSTRLEN] = {};
    inet_ntop(m_family == Family::V4 ? AF_INET : AF_INET6, m_bytes.data(), buffer, sizeof buffer);
    QString text = QString::fromLatin1(buffer);
    if (!isHost())
        text += u'/' + QString::number(m_prefixLength);
    return text;
}

CidrParse parseCidr(QStringView text)
{
    CidrParse result;
    if (text.isEmpty()) {
        result.error = Net::tr("an empty item is not an address");
        return result;
    }
    if (text.size() > maxCidrTextLength) {
        result.error = Net::tr("%1 is longer than any address (%2 characters)")
                           .arg(quotedItem(text))
                           .arg(text.size());
        return result;
    }

    QStringView addressText = text;
    std::optional<int> prefix;
    if (const qsizetype slash = text.indexOf(u'/'); slash >= 0) {
        addressText = text.left(slash);
        const QStringView prefixText = text.mid(slash + 1);
        bool digitsOnly = !prefixText.isEmpty() && prefixText.size() <= 3;
        for (const QChar c : prefixText)
            digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
        if (!digitsOnly || (prefixText.size() > 1 && prefixText[0] == u'0')) {
            result.error =
                Net::tr("%1 has a prefix length that is not a plain number").arg(quotedItem(text));
            return result;
        }
        prefix = prefixText.toInt();
    }

    const bool looksV6 = addressText.contains(u':');
    Cidr::Bytes bytes {};
    int maxPrefix = 0;
    Family family = Family::V4;
    if (looksV6) {
        const auto v6 = parseV6(addressText, &result.error);
        if (!v6) {
            if (prefix)
                result.error = Net::tr("%1 is not an IPv6 network").arg(quotedItem(text));
            return result;
        }
        bytes = *v6;
        maxPrefix = 128;
        family = Family::V6;
    } else {
        const auto v4 = parseV4(addressText, &result.error);
        if (!v4) {
            if (prefix)
                result.error = Net::tr("%1 is not an IPv4 network").arg(quotedItem(text));
            return result;
        }
        bytes = Cidr::fromV4(*v4, 32).bytes();
        maxPrefix = 32;
    }

    const int prefixLength = prefix.value_or(maxPrefix);
    if (prefixLength > maxPrefix) {
        result.error =
            Net::tr("%1 has a prefix longer than /%2").arg(quotedItem(text)).arg(maxPrefix);
        return result;
    }
    if (hasHostBits(bytes, prefixLength, maxPrefix / 8)) {
        result.error =
            Net::tr("%1 has bits set after the prefix; the network is %2")
                .arg(quotedItem(text), cidrFromBytes(family, bytes, prefixLength).toString());
        return result;
    }

    // Host bits are clear here, so a mapped address has a prefix of /96 or longer.
    if (family == Family::V6 && isV4Mapped(bytes)) {
        result.cidr = Cidr::fromV4(v4FromBytes(bytes, 12), prefixLength - 96);
        return result;
    }

    result.cidr = cidrFromBytes(family, bytes, prefixLength);
    return result;
}

QString quotedItem(QStringView text)
{
    constexpr qsizetype shown = 40;
    QString quoted;
    quoted.reserve(shown + 8);
    quoted += u'"';
    for (qsizetype i = 0; i < text.size() && i < shown; ++i) {
        const QChar c = text[i];
        const QChar::Category category = c.category();
        // Nothing that changes how the text around it is shown (U+202E, U+200B, …) reaches
        // the message as itself: an error about a spoofing comment must not be spoofed.
        const bool pair =
            c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            quoted +=
                QStringLiteral("\\x") + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else if (!pair
                 && (category == QChar::Other_Format || category == QChar::Other_PrivateUse
                     || category == QChar::Other_NotAssigned || category == QChar::Other_Surrogate
                     || category == QChar::Separator_Line || category == QChar::Separator_Paragraph
                     || category == QChar::Other_Control))
            quoted +=
                QStringLiteral("\\u") + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else if (pair) {
            quoted += c;
            quoted += text[++i];
        } else
            quoted += c;
    }
    if (text.size() > shown)
        quoted += u'…';
    quoted += u'"';
    return quoted;
}

} // namespace Rampart
