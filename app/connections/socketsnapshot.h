#pragma once

#include "net/cidr.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Rampart {

// The connections code's messages (snapshots, block targets).
class Connections
{
    Q_DECLARE_TR_FUNCTIONS(Rampart::Connections)
};

enum class Transport : quint8 { Tcp, Udp };

// One socket as the kernel reports it.
struct Socket
{
    Transport transport = Transport::Tcp;
    // The kernel's TCP state number (1 ESTABLISHED, 2 SYN_SENT, 3 SYN_RECV, 4 FIN_WAIT1,
    // 5 FIN_WAIT2, 6 TIME_WAIT, 7 CLOSE, 8 CLOSE_WAIT, 9 LAST_ACK, 10 LISTEN, 11 CLOSING,
    // 12 NEW_SYN_RECV); UDP: 1 when connected, 7 otherwise.
    quint8 state = 0;
    // Host networks (/32, /128); IPv4-mapped IPv6 addresses are read as IPv4.
    Cidr local;
    quint16 localPort = 0;
    Cidr remote;
    quint16 remotePort = 0;
    quint32 uid = 0;
    quint64 inode = 0;
};

// The state as ss prints it ("ESTABLISHED", "SYN-SENT", ..., "UNCONN" for an unconnected
// UDP socket). Not translated: these are protocol names.
QString socketStateName(Transport transport, quint8 state);

struct SnapshotOptions
{
    bool tcp = true;
    bool udp = true;
    bool listening = false; // include LISTEN sockets (and unconnected UDP ones)
    bool owners = false; // map inodes to processes: the slow part
};

struct ProcessInfo
{
    qint32 pid = 0;
    QString command;
};

struct SocketSnapshot
{
    QList<Socket> sockets;
    QHash<quint64, ProcessInfo> owners; // by inode, when options.owners and readable
    QString source; // "netlink" or "/proc"
    QString error; // translated; empty when the snapshot is good
    qint64 takenAtMs = 0;
};

// All TCP and UDP sockets of the calling thread's network namespace, IPv4 and IPv6,
// through netlink sock_diag (one dump request per family and protocol, as ss does); falls
// back to /proc/net/{tcp,tcp6,udp,udp6} when netlink is refused. Owners come from
// /proc/[pid]/fd where permitted, and only when asked. Blocks for about 0.1 s at 100,000
// sockets (two dumps run side by side on a thread of its own): call it off the GUI thread.
SocketSnapshot takeSocketSnapshot(const SnapshotOptions &options = {});

// The /proc fallback on its own, for tests and for callers that know netlink is refused.
SocketSnapshot takeSocketSnapshotFromProc(const SnapshotOptions &options = {});

// Parses the text of one /proc/net/{tcp,tcp6,udp,udp6} file, appending the sockets that
// the options select. Returns false when the text is not such a table.
bool parseProcNetSockets(const QByteArray &text, Transport transport,
                         const SnapshotOptions &options, QList<Socket> *sockets);

} // namespace Rampart
