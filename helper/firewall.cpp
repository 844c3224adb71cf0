#include "firewall.h"

#include "net/cidrmatcher.h"

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

// The network as ipset reads it. IPv4 is written here directly: a 400,000-line script
// spends a noticeable share of its time in QString formatting otherwise.
void appendCidr(QByteArray &script, const Cidr &cidr)
{
    if (cidr.family() == Family::V6) {
        script += cidr.toString().toLatin1();
        return;
    }
    char text[20];
    char *out = text;
    for (int i = 0; i < 4; ++i) {
        const unsigned byte = cidr.bytes()[i];
        if (byte >= 100)
            *out++ = char('0' + byte / 100);
        if (byte >= 10)
            *out++ = char('0' + byte / 10 % 10);
        *out++ = char('0' + byte % 10);
        *out++ = i < 3 ? '.' : '/';
    }
    if (cidr.isHost()) {
        --out;
    } else {
        const int prefix = cidr.prefixLength();
        if (prefix >= 10)
            *out++ = char('0' + prefix / 10);
        *out++ = char('0' + prefix % 10);
    }
    script.append(text, out - text);
}

void appendMember(QByteArray &script, const QByteArray &verb, const QByteArray &set,
                  const Firewall::Entry &entry)
{
    script += verb;
    script += ' ';
    script += set;
    script += ' ';
    appendCidr(script, entry.cidr);
    // Without a timeout an entry takes the set's default, 0: it stays until removed.
    if (entry.timeoutSeconds) {
        script += " timeout ";
        script += QByteArray::number(entry.timeoutSeconds);
    }
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

// The rules of a chain as `iptables -S CHAIN` prints them, without its policy line.
QList<QByteArray> ruleLines(const QByteArray &listing, const QString &chain)
{
    QList<QByteArray> rules;
    const QByteArray prefix = "-A " + chain.toLatin1() + ' ';
    for (const QByteArray &line : listing.split('\n')) {
        if (line.startsWith(prefix))
            rules.append(line.trimmed());
    }
    return rules;
}

// Where chain jumps to RAMPART, counting from 1; 0 when it does not.
int jumpPosition(const QByteArray &listing, const QString &chain)
{
    const QByteArray jump = "-A " + chain.toLatin1() + " -j " + Firewall::chainName().toLatin1();
    return int(ruleLines(listing, chain).indexOf(jump)) + 1;
}

} // namespace

Firewall::Firewall() = default;

QString Firewall::setName(Family family)
{
    return family == Family::V4 ? QStringLiteral("rampart-v4") : QStringLiteral("rampart-v6");
}

QString Firewall::feedSetName(int feedId, Family family)
{
    return QStringLiteral("rampart-f%1-%2").arg(feedId).arg(family == Family::V4 ? u"v4" : u"v6");
}

quint32 Firewall::maxElementsFor(quint32 entries)
{
    // Room to double before the set must be rebuilt.
    return std::max<quint32>(65536, std::bit_ceil(std::max<quint32>(entries, 1) * 2));
}

QString Firewall::missingPrograms() const
{
    QStringList missing;
    for (const Program *program :
         { &m_ipset, &m_iptables, &m_ip6tables, &m_iptablesRestore, &m_ip6tablesRestore }) {
        if (!program->isAvailable())
            missing << program->name();
    }
    return missing.join(QStringLiteral(", "));
}

namespace {

// The headers `ipset list -t` prints, one block per set: "Name: …", "Header: … maxelem N …",
// "Number of entries: N".
QHash<QString, Firewall::SetInfo> parseSetHeaders(const QByteArray &output)
{
    QHash<QString, Firewall::SetInfo> sets;
    Firewall::SetInfo *current = nullptr;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("Name:")) {
            current = &sets[QString::fromLatin1(line.mid(5).trimmed())];
            current->exists = true;
        } else if (!current) {
            continue;
        } else if (line.startsWith("Number of entries:")) {
            current->entries = line.mid(18).trimmed().toUInt();
        } else if (line.startsWith("Header:")) {
            const QList<QByteArray> words = line.simplified().split(' ');
            const qsizetype at = words.indexOf("maxelem");
            if (at >= 0 && at + 1 < words.size())
                current->maxElements = words[at + 1].toUInt();
        }
    }
    return sets;
}

} // namespace

Firewall::SetInfo Firewall::setInfo(const QString &name) const
{
    if (m_recording && m_recordedSets.contains(name))
        return m_recordedSets.value(name);
    const Program::Result result =
        m_ipset.run({ QStringLiteral("list"), QStringLiteral("-t"), name });
    return result.ok() ? parseSetHeaders(result.output).value(name) : SetInfo();
}

QHash<QString, Firewall::SetInfo> Firewall::allSetInfo() const
{
    // One program run for every set: the helper checks its sets on every call, and with
    // several feeds a run per set added up.
    const Program::Result result = m_ipset.run({ QStringLiteral("list"), QStringLiteral("-t") });
    QHash<QString, SetInfo> sets =
        result.ok() ? parseSetHeaders(result.output) : QHash<QString, SetInfo>();
    // A preview's later steps see the sets its earlier ones made or removed.
    if (m_recording) {
        for (auto it = m_recordedSets.cbegin(); it != m_recordedSets.cend(); ++it) {
            if (it->exists)
                sets.insert(it.key(), *it);
            else
                sets.remove(it.key());
        }
    }
    return sets;
}

QString Firewall::createLine(const QString &name, Family family, quint32 expectedEntries) const
{
    // Enough buckets up front that a large load does not pay for repeated rehashing
    // (measured: 400,000 entries load in 1.0 s with expected/2 buckets, 1.6 s with the
    // default 1024).
    const quint32 hashSize = std::bit_ceil(std::max<quint32>(1024, expectedEntries / 2));
    return QStringLiteral(
               "create %1 hash:net family %2 hashsize %3 maxelem %4 timeout 0 counters\n")
        .arg(name, QString::fromLatin1(familyKeyword(family)))
        .arg(hashSize)
        .arg(maxElementsFor(expectedEntries));
}

Program::Running Firewall::startChanging(const Program &program, const QStringList &arguments,
                                         std::function<QByteArray()> makeInput) const
{
    if (!m_recording)
        return program.start(arguments, std::move(makeInput));
    m_recording->add(program.name(), arguments, makeInput());
    Program::Result done;
    done.started = true;
    done.exitCode = 0;
    return Program::finished(done);
}

Program::Result Firewall::runChanging(const Program &program, const QStringList &arguments,
                                      const QByteArray &input) const
{
    Program::Running running = startChanging(program, arguments, [input] { return input; });
    return running.finish();
}

Program::Running Firewall::startAdd(const QList<Entry> &entries) const
{
    if (m_recording)
        m_recording->addComment(QStringLiteral("Add to the manual sets (existing members get "
                                               "the new timeout):"));
    return startChanging(
        m_ipset, { QStringLiteral("restore"), QStringLiteral("-exist") }, [entries] {
            QByteArray script;
            script.reserve(entries.size() * 40);
            const QByteArray names[2] = { setName(Family::V4).toLatin1(),
                                          setName(Family::V6).toLatin1() };
            for (const Entry &entry : entries)
                appendMember(script, "add", names[entry.cidr.family() == Family::V4 ? 0 : 1],
                             entry);
            return script;
        });
}

bool Firewall::finish(Program::Running &running, QString *error)
{
    const Program::Result result = running.finish();
    if (result.ok())
        return true;
    *error = result.errorText();
    return false;
}

Program::Running Firewall::startRemove(const QList<Cidr> &entries) const
{
    if (m_recording)
        m_recording->addComment(QStringLiteral("Remove from the manual sets:"));
    return startChanging(m_ipset, { QStringLiteral("restore"), QStringLiteral("-exist") },
                         [entries] {
                             QByteArray script;
                             script.reserve(entries.size() * 32);
                             for (const Cidr &cidr : entries) {
                                 script += "del ";
                                 script += setName(cidr.family()).toLatin1();
                                 script += ' ';
                                 appendCidr(script, cidr);
                                 script += '\n';
                             }
                             return script;
                         });
}

bool Firewall::remove(const QList<Cidr> &entries, QString *error)
{
    Program::Running running = startRemove(entries);
    return finish(running, error);
}

Program::Running Firewall::startReplace(const QString &name, Family family,
                                        const QList<Entry> &entries) const
{
    const QString fresh = name + QStringLiteral("-new");
    const QHash<QString, SetInfo> sets = allSetInfo();
    const SetInfo current = sets.value(name);

    // A fresh set left behind by an interrupted rebuild holds nothing worth keeping.
    if (sets.contains(fresh))
        runChanging(m_ipset, { QStringLiteral("destroy"), fresh });
    if (m_recording)
        m_recording->addComment(
            current.exists
                ? QStringLiteral("Fill a new set and swap it in for %1 at once:").arg(name)
                : QStringLiteral("Make the set %1:").arg(name));

    const QString target = current.exists ? fresh : name;
    const QByteArray create = createLine(target, family, quint32(entries.size())).toLatin1();
    const bool swap = current.exists;
    if (m_recording)
        m_recordedSets.insert(
            name, { true, quint32(entries.size()), maxElementsFor(quint32(entries.size())) });
    // -exist: an entry listed twice (already stored and blocked again) keeps the last
    // timeout given.
    return startChanging(m_ipset, { QStringLiteral("restore"), QStringLiteral("-exist") },
                         [entries, create, target, name, fresh, swap] {
                             QByteArray script = create;
                             script.reserve(script.size() + entries.size() * 40);
                             const QByteArray targetName = target.toLatin1();
                             for (const Entry &entry : entries)
                                 appendMember(script, "add", targetName, entry);
                             if (swap) {
                                 script +=
                                     "swap " + fresh.toLatin1() + ' ' + name.toLatin1() + '\n';
                                 script += "destroy " + fresh.toLatin1() + '\n';
                             }
                             return script;
                         });
}

bool Firewall::replace(Family family, const QList<Entry> &entries, QString *error)
{
    Program::Running running = startReplace(family, entries);
    return finish(running, error);
}

Program::Running Firewall::startChanges(const QList<SetChange> &changes) const
{
    if (m_recording)
        m_recording->addComment(QStringLiteral("Change the sets by their difference:"));
    return startChanging(m_ipset, { QStringLiteral("restore"), QStringLiteral("-exist") },
                         [changes] {
                             QByteArray script;
                             for (const SetChange &change : changes) {
                                 const QByteArray name = change.name.toLatin1();
                                 for (const Cidr &cidr : change.removed) {
                                     script += "del " + name + ' ';
                                     appendCidr(script, cidr);
                                     script += '\n';
                                 }
                                 for (const Cidr &cidr : change.added) {
                                     script += "add " + name + ' ';
                                     appendCidr(script, cidr);
                                     script += '\n';
                                 }
                             }
                             return script;
                         });
}

bool Firewall::destroy(const QString &name, QString *error)
{
    if (!setInfo(name).exists)
        return true;
    const Program::Result result = runChanging(m_ipset, { QStringLiteral("destroy"), name });
    if (m_recording)
        m_recordedSets.insert(name, SetInfo());
    if (result.ok())
        return true;
    *error = QStringLiteral("%1: %2").arg(m_ipset.name(), result.errorText());
    return false;
}

bool Firewall::ensureRules(const QString &verdict, const QList<int> &feedIds, QString *error)
{
    if (m_recording)
        m_recordedRules = { verdict, feedIds };
    for (const Family family : { Family::V4, Family::V6 }) {
        const bool v4 = family == Family::V4;
        const Program &restore = v4 ? m_iptablesRestore : m_ip6tablesRestore;
        const Program &tables = v4 ? m_iptables : m_ip6tables;
        const QByteArray target = verdict == QLatin1String("REJECT")
            ? QByteArray(v4 ? "REJECT --reject-with icmp-port-unreachable"
                            : "REJECT --reject-with icmp6-port-unreachable")
            : QByteArray("DROP");

        // Declaring the chain in a --noflush restore creates it or empties it, so the
        // chain always ends up with exactly these rules, however often this runs.
        QByteArray script = "*filter\n:" + chainName().toLatin1() + " - [0:0]\n";
        QStringList sets { setName(family) };
        for (const int id : feedIds)
            sets << feedSetName(id, family);
        for (const QString &set : std::as_const(sets)) {
            script += "-A " + chainName().toLatin1() + " -m set --match-set " + set.toLatin1()
                + " src -j " + target + '\n';
        }
        script += "COMMIT\n";
        if (m_recording)
            m_recording->addComment(
                QStringLiteral("The %1 chain for %2: one rule for each set, with the verdict %3:")
                    .arg(chainName(), v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"),
                         verdict));
        Program::Result result =
            runChanging(restore, { QStringLiteral("--noflush"), QStringLiteral("-w") }, script);
        if (!result.ok()) {
            *error = QStringLiteral("%1: %2").arg(restore.name(), result.errorText());
            return false;
        }

        QStringList chains { QStringLiteral("INPUT") };
        if (forwardingEnabled(family))
            chains << QStringLiteral("FORWARD");
        for (const QString &chain : chains) {
            result = tables.run({ QStringLiteral("-w"), QStringLiteral("-S"), chain });
            if (!result.ok()) {
                *error = QStringLiteral("%1: %2").arg(tables.name(), result.errorText());
                return false;
            }
            if (jumpPosition(result.output, chain) > 0)
                continue;
            // First: a rule after "ESTABLISHED,RELATED -j ACCEPT" would only ever see new
            // connections.
            if (m_recording)
                m_recording->addComment(
                    QStringLiteral("%1 jumps to %2 first:").arg(chain, chainName()));
            result = runChanging(tables,
                                 { QStringLiteral("-w"), QStringLiteral("-I"), chain,
                                   QStringLiteral("1"), QStringLiteral("-j"), chainName() });
            if (!result.ok()) {
                *error = QStringLiteral("%1: %2").arg(tables.name(), result.errorText());
                return false;
            }
        }
    }
    return true;
}

bool Firewall::rulesInPlace(const QString &verdict, const QList<int> &feedIds,
                            const QList<JumpStatus> &jumps) const
{
    if (m_recording && m_recordedRules && *m_recordedRules == std::pair { verdict, feedIds })
        return true;
    for (const JumpStatus &jump : jumps) {
        if (jump.position == 0)
            return false;
    }
    for (const Family family : { Family::V4, Family::V6 }) {
        const Program &tables = family == Family::V4 ? m_iptables : m_ip6tables;
        const Program::Result chain =
            tables.run({ QStringLiteral("-w"), QStringLiteral("-S"), chainName() });
        if (!chain.ok())
            return false;
        QStringList sets { setName(family) };
        for (const int id : feedIds)
            sets << feedSetName(id, family);
        for (const QString &set : std::as_const(sets)) {
            const QByteArray expected =
                "--match-set " + set.toLatin1() + " src -j " + verdict.toLatin1();
            if (!chain.output.contains(expected))
                return false;
        }
    }
    return true;
}

QList<JumpStatus> Firewall::jumps() const
{
    QList<JumpStatus> jumps;
    for (const Family family : { Family::V4, Family::V6 }) {
        const Program &tables = family == Family::V4 ? m_iptables : m_ip6tables;
        QStringList chains { QStringLiteral("INPUT") };
        if (forwardingEnabled(family))
            chains << QStringLiteral("FORWARD");
        for (const QString &chain : chains) {
            const Program::Result listed =
                tables.run({ QStringLiteral("-w"), QStringLiteral("-S"), chain });
            JumpStatus jump;
            jump.chain = chain;
            jump.family = quint32(family);
            if (listed.ok()) {
                jump.position = quint32(std::max(0, jumpPosition(listed.output, chain)));
                jump.rules = quint32(ruleLines(listed.output, chain).size());
            }
            jumps.append(jump);
        }
    }
    return jumps;
}

QHash<QString, Firewall::Counters> Firewall::memberCounters(const QString &name) const
{
    QHash<QString, Counters> counts;
    const Program::Result result = m_ipset.run({ QStringLiteral("save"), name });
    if (!result.ok())
        return counts;
    for (const QByteArray &line : result.output.split('\n')) {
        if (!line.startsWith("add "))
            continue;
        const QList<QByteArray> words = line.split(' ');
        if (words.size() < 3)
            continue;
        Counters counters;
        // "add SET MEMBER [timeout N] packets N bytes N"
        if (const qsizetype at = words.indexOf("packets"); at >= 0 && at + 1 < words.size())
            counters.packets = words[at + 1].toULongLong();
        if (const qsizetype at = words.indexOf("bytes"); at >= 0 && at + 1 < words.size())
            counters.bytes = words[at + 1].toULongLong();
        counts.insert(QString::fromLatin1(words[2]), counters);
    }
    return counts;
}

void Firewall::endConnections(const QList<Cidr> &blocked)
{
    if (m_recording) {
        if (!blocked.isEmpty())
            m_recording->addComment(
                QStringLiteral("Then connections already open from the blocked addresses are "
                               "ended (conntrack -D, ss -K), for those open at the time."));
        return;
    }
    // Live peers first: usually there are few, and then matching them is cheap even
    // against a 400,000-entry call.
    QHash<QString, Cidr> flowPeers; // as conntrack prints them
    if (m_conntrack.isAvailable()) {
        for (const char *family : { "ipv4", "ipv6" }) {
            const Program::Result flows = m_conntrack.run(
                { QStringLiteral("-L"), QStringLiteral("-f"), QString::fromLatin1(family) });
            for (const QByteArray &line : flows.output.split('\n')) {
                int seen = 0;
                for (const QByteArray &word : line.split(' ')) {
                    if (!word.startsWith("src=") && !word.startsWith("dst="))
                        continue;
                    const QString text = QString::fromLatin1(word.mid(4));
                    if (!flowPeers.contains(text)) {
                        if (const CidrParse peer = parseCidr(text); peer.cidr)
                            flowPeers.insert(text, *peer.cidr);
                    }
                    if (++seen == 2) // the original direction's pair is enough
                        break;
                }
            }
        }
    }
    QHash<QString, Cidr> socketPeers; // as ss wants them in a filter
    for (const char *table : { "/proc/net/tcp", "/proc/net/tcp6" }) {
        QFile file(QString::fromLatin1(table));
        if (!m_ss.isAvailable() || !file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> columns = lines[i].simplified().split(' ');
            if (columns.size() < 4 || columns[3] == "0A") // listening
                continue;
            const QByteArray remote = columns[2].left(columns[2].indexOf(':'));
            const std::optional<Cidr> peer = procAddress(remote);
            if (!peer)
                continue;
            // ss compares the address as the socket holds it, mapped or not, and wants
            // IPv6 in brackets, since a colon starts the port there.
            const bool mapped = remote.size() == 32 && peer->family() == Family::V4;
            const QString filter = mapped      ? QStringLiteral("[::ffff:%1]").arg(peer->toString())
                : peer->family() == Family::V6 ? QStringLiteral("[%1]").arg(peer->toString())
                                               : peer->toString();
            socketPeers.insert(filter, *peer);
        }
    }
    if (flowPeers.isEmpty() && socketPeers.isEmpty())
        return;

    const CidrMatcher matcher(blocked);
    int ended = 0;
    for (auto it = flowPeers.cbegin(); it != flowPeers.cend() && ended < maxAddressesToDisconnect;
         ++it) {
        if (!matcher.matches(it.value()))
            continue;
        ++ended;
        m_conntrack.run({ QStringLiteral("-D"), QStringLiteral("-s"), it.key() });
        m_conntrack.run({ QStringLiteral("-D"), QStringLiteral("-d"), it.key() });
    }
    // Destroying a local socket tells both ends at once that the connection is over.
    ended = 0;
    for (auto it = socketPeers.cbegin();
         it != socketPeers.cend() && ended < maxAddressesToDisconnect; ++it) {
        if (!matcher.matches(it.value()))
            continue;
        ++ended;
        m_ss.run({ QStringLiteral("-K"), QStringLiteral("-t"), QStringLiteral("-n"),
                   QStringLiteral("dst"), it.key() });
    }
}

} // namespace Rampart
