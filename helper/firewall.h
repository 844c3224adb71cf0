#pragma once

#include "commandscript.h"
#include "dbus/helpertypes.h"
#include "net/cidr.h"
#include "program.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Rampart {

// The kernel side: one hash:net set per family and a RAMPART chain that drops (or
// rejects) their members, jumped to first from INPUT, and from FORWARD where the machine
// routes. All changes go to ipset and iptables-restore as one batch on stdin.
class Firewall
{
public:
    struct Entry
    {
        Cidr cidr;
        quint32 timeoutSeconds = 0; // 0: until removed
    };

    struct SetInfo
    {
        bool exists = false;
        quint32 entries = 0;
        quint32 maxElements = 0;
    };

    // Members to add to and remove from one set, applied with other sets' in one batch.
    struct SetChange
    {
        QString name;
        QList<Cidr> added;
        QList<Cidr> removed;
    };

    Firewall();

    // While script is set, every program that would change the kernel is written to it
    // instead of run, from the same calls (a preview, ChangePreview); programs that only
    // read the kernel still run. nullptr runs them again.
    void setRecording(CommandScript *script)
    {
        m_recording = script;
        m_recordedSets.clear();
        m_recordedRules.reset();
    }
    bool isRecording() const { return m_recording; }

    // The sets of manual blocks, and each feed's own (numbered, since a feed's name may
    // not fit ipset's 31 characters).
    static QString setName(Family family);
    static QString feedSetName(int feedId, Family family);
    static QString chainName() { return QStringLiteral("RAMPART"); }
    static quint32 maxElementsFor(quint32 entries);

    // Names the programs the helper needs but cannot find, empty when all are there.
    QString missingPrograms() const;

    SetInfo setInfo(Family family) const { return setInfo(setName(family)); }
    SetInfo setInfo(const QString &name) const;
    // Every set in this network namespace, by name, in one run of ipset.
    QHash<QString, SetInfo> allSetInfo() const;
    // Starts adding entries to sets that exist and have room (see setInfo), refreshing
    // the timeout of members already there; finish() says whether the kernel took them.
    // The caller writes the store meanwhile.
    Program::Running startAdd(const QList<Entry> &entries) const;
    static bool finish(Program::Running &running, QString *error);
    bool remove(const QList<Cidr> &entries, QString *error);
    Program::Running startRemove(const QList<Cidr> &entries) const;
    // Makes a set hold exactly these entries, creating it or filling a new one sized for
    // them and swapping it in atomically, so that packets never see a half-filled set.
    bool replace(Family family, const QList<Entry> &entries, QString *error);
    Program::Running startReplace(Family family, const QList<Entry> &entries) const
    {
        return startReplace(setName(family), family, entries);
    }
    Program::Running startReplace(const QString &name, Family family,
                                  const QList<Entry> &entries) const;
    Program::Running startChanges(const QList<SetChange> &changes) const;
    // Removes a set that no rule refers to any more; a set that is not there is no error.
    bool destroy(const QString &name, QString *error);

    // The RAMPART chain matches the manual sets, then each feed's, in this order. INPUT
    // (and FORWARD where the machine routes) jumps to it: first, when there is no jump;
    // where an administrator moved it, when there is one, since a rule they put above it
    // is theirs to place.
    bool ensureRules(const QString &verdict, const QList<int> &feedIds, QString *error);
    bool rulesInPlace(const QString &verdict, const QList<int> &feedIds) const
    {
        return rulesInPlace(verdict, feedIds, jumps());
    }
    // The same with the jumps already read, as status has them.
    bool rulesInPlace(const QString &verdict, const QList<int> &feedIds,
                      const QList<JumpStatus> &jumps) const;
    // Where the jumps are, for status.
    QList<JumpStatus> jumps() const;

    // What a member of a set has matched since it was added.
    struct Counters
    {
        quint64 packets = 0;
        quint64 bytes = 0;
    };
    // The counters of every member, keyed by the member as ipset prints it.
    QHash<QString, Counters> memberCounters(Family family) const
    {
        return memberCounters(setName(family));
    }
    QHash<QString, Counters> memberCounters(const QString &name) const;

    // A rule that drops new packets does not end a connection whose packets the kernel
    // already accepted and tracks, nor a local socket waiting on it: both are ended here.
    void endConnections(const QList<Cidr> &blocked);

private:
    // Runs a program that changes the kernel, or writes it down while recording.
    Program::Running startChanging(const Program &program, const QStringList &arguments,
                                   std::function<QByteArray()> makeInput) const;
    Program::Result runChanging(const Program &program, const QStringList &arguments,
                                const QByteArray &input = {}) const;

    QString createLine(const QString &name, Family family, quint32 expectedEntries) const;

    Program m_ipset { "ipset" };
    Program m_iptables { "iptables" };
    Program m_ip6tables { "ip6tables" };
    Program m_iptablesRestore { "iptables-restore" };
    Program m_ip6tablesRestore { "ip6tables-restore" };
    Program m_conntrack { "conntrack" };
    Program m_ss { "ss" };
    CommandScript *m_recording = nullptr;
    // While recording, what the programs written down would have made of the sets (a set
    // that does not exist: removed) and of the rules, for the preview's later reads.
    mutable QHash<QString, SetInfo> m_recordedSets;
    std::optional<std::pair<QString, QList<int>>> m_recordedRules;
};

} // namespace Rampart
