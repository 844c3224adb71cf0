#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <optional>

namespace Rampart {

// The address parser's and this machine's networks' messages.
class Net
{
    Q_DECLARE_TR_FUNCTIONS(Rampart::Net)
};

enum class Family : quint8 { V4 = 4, V6 = 6 };

// An IPv4 or IPv6 network: an address and a prefix length, with no host bits set.
// A host is a network whose prefix covers the whole address (/32 or /128).
class Cidr
{
public:
    using Bytes = std::array<quint8, 16>;

    Cidr() = default;
    static Cidr fromV4(quint32 address, int prefixLength);
    static Cidr fromV6(const Bytes &address, int prefixLength);

    Family family() const { return m_family; }
    int prefixLength() const { return m_prefixLength; }
    int maxPrefixLength() const { return m_family == Family::V4 ? 32 : 128; }
    bool isHost() const { return m_prefixLength == maxPrefixLength(); }
    quint32 v4() const;
    // IPv4 addresses are kept in the first four bytes, network order.
    const Bytes &bytes() const { return m_bytes; }

    bool contains(const Cidr &other) const;
    bool overlaps(const Cidr &other) const;

    // "203.0.113.7" for a host, "203.0.113.0/24" otherwise; IPv6 in RFC 5952 form.
    QString toString() const;

    friend bool operator==(const Cidr &, const Cidr &) = default;
    friend std::strong_ordering operator<=>(const Cidr &, const Cidr &) = default;

private:
    Family m_family = Family::V4;
    quint8 m_prefixLength = 0;
    Bytes m_bytes {};
};

// Longest text that can be a CIDR: a full IPv6 address with an embedded IPv4 part and /128.
inline constexpr int maxCidrTextLength = 49;

struct CidrParse
{
    std::optional<Cidr> cidr;
    QString error; // says what is wrong with the item, naming it; empty on success
};

// Strict: dotted-quad IPv4 with no leading zeros (010.1.1.1 is octal to some tools and
// decimal to others), RFC 4291 IPv6 without zone, an optional decimal prefix, and no
// host bits beyond the prefix. An IPv4-mapped IPv6 address (::ffff:1.2.3.4, as sockets
// on dual-stack listeners report IPv4 peers) is read as the IPv4 address it carries.
CidrParse parseCidr(QStringView text);

// An item quoted for an error message: control characters escaped and cut to a length
// that keeps a 10 MB line from becoming a 10 MB message.
QString quotedItem(QStringView text);

} // namespace Rampart
