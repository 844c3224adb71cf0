#include "firewall.h"

#include "../app/net/cidrmatcher.h"

#include <QFile>
#include <QSet>
#include <QStringList>

#include <bit>

namespace Rampart {

namespace {

// Packets from a blocked source are dropped wherever ipset has them; these bound only the
// extra work of ending connections that were open before the block.
constexpr int maxAddressesToDisconnect = 256;

QByteArray familyKeyword(Family family)
{
    return family == Family::V4 ? QByteArrayLiteral("inet") : QByteArrayLiteral("inet6");
}

bool forwardingEnabled(Family family)
{
    QFile file(family == Family::V4 ? QStringLiteral("/proc/sys/net/ipv4/ip_forward")
                                    : QStringLiteral("/proc/sys/net/ipv6/conf/all/forwarding"));
    return file.open(QIODevice::ReadOnly) && file.readAll().trimmed() == "1";
}

void appendMember(QByteArray &script, const QByteArray &verb, const QByteArray &set,
                  const Firewall::Entry &entry)
{
    script += verb;
    script += ' ';
    script += set;
    script += ' ';
    script += entry.cidr.toString().toLatin1();
    script += " timeout ";
    script += QByteArray::number(entry.timeoutSeconds);
    script += '\n';
}

// Addresses in /proc/net/tcp{,6} are hexadecimal 32-bit words printed from memory on a
// little-endian machine, so each word's bytes come least significant first.
std::optional<Cidr> procAddress(QByteArrayView hex)
{
    if (hex.size() != 8 && hex.size() != 32)
        return std::nullopt;
    Cidr::Bytes bytes {};
    for (qsizetype word = 0; word < hex.size() / 8; ++word) {
        bool ok = false;
        const quint32 value = QByteArray(hex.data() + word * 8, 8).toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        for (int i = 0; i < 4; ++i)
            bytes[word * 4 + i] = quint8(value >> (8 * i));
    }
    if (hex.size() == 8)
        return Cidr::fromV4(Cidr::fromV6(bytes, 128).v4(), 32);
    // parseCidr reads dual-stack sockets' ::ffff:a.b.c.d peers as the IPv4 they are.
    return parseCidr(Cidr::fromV6(bytes, 128).toString()).cidr;
}

} // namespace

Firewall::Firewall() = default;

QString Firewall::setName(Family family)
{
    return family == Family::V4 ? QStringLiteral("rampart-v4") : QStringLiteral("rampart-v6");
}

quint32 Firewall::maxElementsFor(quint32 entries)
{
    // Room to double before the set must be rebuilt.
    return std::max<quint32>(65536, std::bit_ceil(std::max<quint32>(entries, 1) * 2));
}

QString Firewall::missingPrograms() const
{
    QStringList missing;
    for (const Program *program : { &m_ipset, &m_iptables, &m_ip6tables, &m_iptablesRestore,
                                    &m_ip6tablesRestore }) {
        if (!program->isAvailable())
            missing << program->name();
    }
    return missing.join(QStringLiteral(", "));
}

Firewall::SetInfo Firewall::setInfo(Family family) const
{
    SetInfo info;
    const Program::Result result = m_ipset.run({ QStringLiteral("list"), QStringLiteral("-t"),
                                                 setName(family) });
    if (!result.ok())
        return info;
    info.exists = true;
    for (const QByteArray &line : result.output.split('\n')) {
        if (line.startsWith("Number of entries:")) {
            info.entries = line.mid(18).trimmed().toUInt();
        } else if (line.startsWith("Header:")) {
            const QList<QByteArray> words = line.simplified().split(' ');
            const qsizetype at = words.indexOf("maxelem");
            if (at >= 0 && at + 1 < words.size())
                info.maxElements = words[at + 1].toUInt();
        }
    }
    return info;
}

QString Firewall::createLine(const QString &name, Family family, quint32 expectedEntries) const
{
    // Enough buckets up front that a large load does not pay for repeated rehashing.
    const quint32 hashSize = std::bit_ceil(std::max<quint32>(1024, expectedEntries / 4));
    return QStringLiteral("create %1 hash:net family %2 hashsize %3 maxelem %4 timeout 0 counters\n")
        .arg(name, QString::fromLatin1(familyKeyword(family)))
        .arg(hashSize)
        .arg(maxElementsFor(expectedEntries));
}

Program::Running Firewall::startAdd(const QList<Entry> &entries) const
{
    QByteArray script;
    script.reserve(entries.size() * 40);
    const QByteArray names[2] = { setName(Family::V4).toLatin1(), setName(Family::V6).toLatin1() };
    for (const Entry &entry : entries)
        appendMember(script, "add", names[entry.cidr.family() == Family::V4 ? 0 : 1], entry);
    return m_ipset.start({ QStringLiteral("restore"), QStringLiteral("-exist") }, script);
}

bool Firewall::finish(Program::Running &running, QString *error)
{
    const Program::Result result = running.finish();
    if (result.ok())
        return true;
    *error = result.errorText();
    return false;
}

bool Firewall::remove(const QList<Cidr> &entries, QString *error)
{
    QByteArray script;
    for (const Cidr &cidr : entries) {
        script += "del ";
        script += setName(cidr.family()).toLatin1();
        script += ' ';
        script += cidr.toString().toLatin1();
        script += '\n';
    }
    const Program::Result result
        = m_ipset.run({ QStringLiteral("restore"), QStringLiteral("-exist") }, script);
    if (result.ok())
        return true;
    *error = result.errorText();
    return false;
}

bool Firewall::replace(Family family, const QList<Entry> &entries, QString *error)
{
    const QString name = setName(family);
    const QString fresh = name + QStringLiteral("-new");
    const SetInfo current = setInfo(family);

    // A fresh set left behind by an interrupted rebuild holds nothing worth keeping.
    m_ipset.run({ QStringLiteral("destroy"), fresh });

    const QString target = current.exists ? fresh : name;
    QByteArray script = createLine(target, family, quint32(entries.size())).toLatin1();
    script.reserve(script.size() + entries.size() * 40);
    const QByteArray targetName = target.toLatin1();
    for (const Entry &entry : entries)
        appendMember(script, "add", targetName, entry);
    if (current.exists) {
        script += "swap " + fresh.toLatin1() + ' ' + name.toLatin1() + '\n';
        script += "destroy " + fresh.toLatin1() + '\n';
    }
    const Program::Result result = m_ipset.run({ QStringLiteral("restore") }, script);
    if (result.ok())
        return true;
    *error = result.errorText();
    m_ipset.run({ QStringLiteral("destroy"), fresh });
    return false;
}

bool Firewall::ensureRules(const QString &verdict, QString *error)
{
    for (const Family family : { Family::V4, Family::V6 }) {
        const bool v4 = family == Family::V4;
        const Program &restore = v4 ? m_iptablesRestore : m_ip6tablesRestore;
        const Program &tables = v4 ? m_iptables : m_ip6tables;
        const QByteArray target = verdict == QLatin1String("REJECT")
            ? QByteArray(v4 ? "REJECT --reject-with icmp-port-unreachable"
                            : "REJECT --reject-with icmp6-port-unreachable")
            : QByteArray("DROP");

        // Declaring the chain in a --noflush restore creates it or empties it, so the
        // chain always ends up with exactly this one rule, however often this runs.
        const QByteArray script = "*filter\n:" + chainName().toLatin1() + " - [0:0]\n-A "
            + chainName().toLatin1() + " -m set --match-set " + setName(family).toLatin1()
            + " src -j " + target + "\nCOMMIT\n";
        Program::Result result
            = restore.run({ QStringLiteral("--noflush"), QStringLiteral("-w") }, script);
        if (!result.ok()) {
            *error = QStringLiteral("%1: %2").arg(restore.name(), result.errorText());
            return false;
        }

        QStringList chains { QStringLiteral("INPUT") };
        if (forwardingEnabled(family))
            chains << QStringLiteral("FORWARD");
        for (const QString &chain : chains) {
            // The jump must come first: a rule after "ESTABLISHED,RELATED -j ACCEPT"
            // would only ever see new connections.
            result = tables.run({ QStringLiteral("-w"), QStringLiteral("-S"), chain });
            const QList<QByteArray> lines = result.output.split('\n');
            const QByteArray jump = "-A " + chain.toLatin1() + " -j " + chainName().toLatin1();
            const QByteArray firstRule = lines.size() > 1 ? lines[1].trimmed() : QByteArray();
            if (result.ok() && firstRule == jump)
                continue;
            const QStringList jumpArguments { QStringLiteral("-w"), QStringLiteral("-D"), chain,
                                              QStringLiteral("-j"), chainName() };
            for (int guard = 0; guard < 16 && tables.run(jumpArguments).ok(); ++guard) {
            }
            result = tables.run({ QStringLiteral("-w"), QStringLiteral("-I"), chain,
                                  QStringLiteral("1"), QStringLiteral("-j"), chainName() });
            if (!result.ok()) {
                *error = QStringLiteral("%1: %2").arg(tables.name(), result.errorText());
                return false;
            }
        }
    }
    return true;
}

bool Firewall::rulesInPlace(const QString &verdict) const
{
    for (const Family family : { Family::V4, Family::V6 }) {
        const Program &tables = family == Family::V4 ? m_iptables : m_ip6tables;
        const Program::Result input
            = tables.run({ QStringLiteral("-w"), QStringLiteral("-S"), QStringLiteral("INPUT") });
        const QList<QByteArray> lines = input.output.split('\n');
        if (!input.ok() || lines.size() < 2
            || lines[1].trimmed() != "-A INPUT -j " + chainName().toLatin1())
            return false;
        const Program::Result chain = tables.run({ QStringLiteral("-w"), QStringLiteral("-S"), chainName() });
        const QByteArray expected = "--match-set " + setName(family).toLatin1() + " src -j "
            + verdict.toLatin1();
        if (!chain.ok() || !chain.output.contains(expected))
            return false;
    }
    return true;
}

QHash<QString, quint64> Firewall::packetCounts(Family family) const
{
    QHash<QString, quint64> counts;
    const Program::Result result = m_ipset.run({ QStringLiteral("save"), setName(family) });
    if (!result.ok())
        return counts;
    for (const QByteArray &line : result.output.split('\n')) {
        if (!line.startsWith("add "))
            continue;
        const QList<QByteArray> words = line.split(' ');
        const qsizetype at = words.indexOf("packets");
        if (words.size() >= 3 && at >= 0 && at + 1 < words.size())
            counts.insert(QString::fromLatin1(words[2]), words[at + 1].toULongLong());
    }
    return counts;
}

void Firewall::endConnections(const QList<Cidr> &blocked)
{
    const CidrMatcher matcher(blocked);
    if (matcher.isEmpty())
        return;

    // Tracked flows, in either direction: a blocked peer's replies are dropped too.
    QSet<QString> flowPeers;
    if (m_conntrack.isAvailable()) {
        for (const char *family : { "ipv4", "ipv6" }) {
            const Program::Result flows = m_conntrack.run(
                { QStringLiteral("-L"), QStringLiteral("-f"), QString::fromLatin1(family) });
            for (const QByteArray &line : flows.output.split('\n')) {
                int seen = 0;
                for (const QByteArray &word : line.split(' ')) {
                    if (!word.startsWith("src=") && !word.startsWith("dst="))
                        continue;
                    const CidrParse peer = parseCidr(QString::fromLatin1(word.mid(4)));
                    if (peer.cidr && matcher.matches(*peer.cidr))
                        flowPeers.insert(peer.cidr->toString());
                    if (++seen == 2) // the original direction's pair is enough
                        break;
                }
            }
        }
        int ended = 0;
        for (const QString &peer : std::as_const(flowPeers)) {
            if (++ended > maxAddressesToDisconnect)
                break;
            m_conntrack.run({ QStringLiteral("-D"), QStringLiteral("-s"), peer });
            m_conntrack.run({ QStringLiteral("-D"), QStringLiteral("-d"), peer });
        }
    }

    // Local TCP sockets whose peer is blocked: destroying them tells both ends at once.
    if (!m_ss.isAvailable())
        return;
    QSet<QString> socketPeers;
    for (const char *table : { "/proc/net/tcp", "/proc/net/tcp6" }) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> columns = lines[i].simplified().split(' ');
            if (columns.size() < 4 || columns[3] == "0A") // listening
                continue;
            const QByteArray remote = columns[2].left(columns[2].indexOf(':'));
            const std::optional<Cidr> peer = procAddress(remote);
            if (peer && matcher.matches(*peer)) {
                // ss compares the address as the socket holds it, mapped or not, and
                // wants IPv6 in brackets, since a colon starts the port there.
                const bool mapped = remote.size() == 32 && peer->family() == Family::V4;
                if (mapped)
                    socketPeers.insert(QStringLiteral("[::ffff:%1]").arg(peer->toString()));
                else if (peer->family() == Family::V6)
                    socketPeers.insert(QStringLiteral("[%1]").arg(peer->toString()));
                else
                    socketPeers.insert(peer->toString());
            }
        }
    }
    int ended = 0;
    for (const QString &peer : std::as_const(socketPeers)) {
        if (++ended > maxAddressesToDisconnect)
            break;
        m_ss.run({ QStringLiteral("-K"), QStringLiteral("-t"), QStringLiteral("-n"),
                   QStringLiteral("dst"), peer });
    }
}

} // namespace Rampart
