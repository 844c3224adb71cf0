#pragma once

#include "busconnection.h"
#include "polkitauthority.h"
#include "refusallog.h"
#include "request.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <map>

namespace Rampart {

// What the helper answers: a method return written by write, or an error.
struct Reply
{
    QByteArray errorName; // empty on success
    QString errorMessage;
    std::function<void(DBusMessageIter *)> write;

    static Reply error(const QByteArray &name, const QString &message)
    {
        return { name, message, {} };
    }
};

// Every call passes here before anything is done for it: it is admitted within the limits
// below, its caller's user is looked up, polkit is asked, and only on a "yes" from polkit
// for a caller still on the bus is it handed to the work. Whatever happens, the caller
// gets one answer, and the limits are given back.
//
// The limits keep any one user from taking the helper away from the others: a caller
// has at most checksPerCaller polkit checks in flight (its further calls wait their
// turn), a user at most checksPerUser checks and callsPerUser calls waiting for an
// answer, and everyone together at most checksInAll checks and callsInAll calls, well
// under the 128 pending replies the system bus allows a connection. The memory the
// waiting calls hold is capped the same way. Beyond a limit a call is refused at once
// with LimitsExceeded.
class CallGate : public QObject
{
    Q_OBJECT

public:
    static constexpr int checksPerCaller = 4;
    static constexpr int checksPerUser = 8;
    static constexpr int checksInAll = 32;
    static constexpr int callsPerCaller = 8;
    static constexpr int callsPerUser = 16;
    static constexpr int callsInAll = 64;
    static constexpr qint64 bytesPerUser = 48 << 20;
    static constexpr qint64 bytesInAll = 160 << 20;

    // Carries out an authorized request and answers through done, later or at once.
    using Work =
        std::function<void(Request request, quint32 uid, std::function<void(const Reply &)> done)>;

    CallGate(BusConnection &bus, PolkitAuthority &polkit, Work work, QObject *parent = nullptr);

    // A call just read; the message is not kept.
    void admit(DBusMessage *message);
    // Answers a call that could not be taken apart, naming why.
    void refuse(DBusMessage *message, const char *errorName, const QString &reason);

    int callsInFlight() const { return int(m_calls.size()); }

Q_SIGNALS:
    void activity();

private:
    enum class Stage { Identifying, Waiting, Checking, Confirming, Working };
    struct Call
    {
        Request request;
        Stage stage = Stage::Identifying;
        quint32 uid = 0;
        bool uidKnown = false;
        quint64 checkId = 0;
        qint64 bytes = 0;
    };
    struct Tally
    {
        int calls = 0;
        int checks = 0;
        qint64 bytes = 0;
    };

    void identified(quint64 id, DBusMessage *reply);
    void startChecks();
    void checked(quint64 id, const PolkitAuthority::Answer &answer);
    void confirmed(quint64 id, DBusMessage *reply);
    // A change's caller's pid, for the history's record of where it came from.
    void located(quint64 id, DBusMessage *reply);
    void startWork(quint64 id);
    void answer(quint64 id, const Reply &reply);
    void callerLeft(const QByteArray &name);
    void setStage(Call &call, Stage stage);
    void forget(std::map<quint64, Call>::iterator it);
    void askUid(quint64 id, void (CallGate::*then)(quint64, DBusMessage *));
    static void send(BusConnection &bus, const Request &request, const Reply &reply);

    BusConnection &m_bus;
    PolkitAuthority &m_polkit;
    Work m_work;
    RefusalLog m_log;
    quint64 m_nextId = 1;
    std::map<quint64, Call> m_calls; // by arrival: waiting calls are started in this order
    QHash<QByteArray, Tally> m_byCaller;
    QHash<quint32, Tally> m_byUser;
    Tally m_all;
};

} // namespace Rampart
