#include "callgate.h"

#include <QPointer>

namespace Rampart {

namespace {

QByteArray errorName(const char *name)
{
    return QByteArray(name);
}

// GetConnectionUnixUser's (or GetConnectionUnixProcessID's) answer, or nothing when the
// caller is gone.
std::optional<quint32> uidFrom(DBusMessage *reply)
{
    dbus_uint32_t uid = 0;
    if (dbus_message_get_type(reply) != DBUS_MESSAGE_TYPE_METHOD_RETURN
        || !dbus_message_get_args(reply, nullptr, DBUS_TYPE_UINT32, &uid, DBUS_TYPE_INVALID))
        return std::nullopt;
    return uid;
}

QString keyOf(const QByteArray &sender, std::optional<quint32> uid)
{
    return uid ? QStringLiteral("uid %1").arg(*uid)
               : QStringLiteral("bus name %1").arg(QString::fromLatin1(sender));
}

QString sourceOf(const QByteArray &sender, std::optional<quint32> uid)
{
    return uid ? QStringLiteral("uid %1 (%2)").arg(*uid).arg(QString::fromLatin1(sender))
               : QStringLiteral("bus name %1").arg(QString::fromLatin1(sender));
}

} // namespace

CallGate::CallGate(BusConnection &bus, PolkitAuthority &polkit, Work work, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_polkit(polkit)
    , m_work(std::move(work))
{
    connect(&m_bus, &BusConnection::nameLeft, this, &CallGate::callerLeft);
}

void CallGate::refuse(DBusMessage *message, const char *name, const QString &reason)
{
    Request request;
    request.sender = BusConnection::senderOf(message);
    request.serial = dbus_message_get_serial(message);
    request.replyWanted = !dbus_message_get_no_reply(message);
    const char *member = dbus_message_get_member(message);
    m_log.refused(keyOf(request.sender, std::nullopt), sourceOf(request.sender, std::nullopt),
                  member ? member : "?", "-", errorName(name), reason);
    send(m_bus, request, Reply::error(errorName(name), reason));
}

void CallGate::admit(DBusMessage *message)
{
    Q_EMIT activity();
    Request request;
    const char *name = nullptr;
    QString reason;
    if (!decodeRequest(message, &request, &name, &reason)) {
        refuse(message, name, reason);
        return;
    }
    const qint64 bytes = request.payloadBytes();
    Tally &caller = m_byCaller[request.sender];
    QString limit;
    if (caller.calls >= callsPerCaller)
        limit = QStringLiteral("this caller already has %1 calls waiting for an answer")
                    .arg(caller.calls);
    else if (m_all.calls >= callsInAll)
        limit = QStringLiteral("%1 calls are waiting for an answer").arg(m_all.calls);
    else if (m_all.bytes + bytes > bytesInAll)
        limit = QStringLiteral("the calls waiting for an answer hold %1 MB").arg(m_all.bytes >> 20);
    if (!limit.isEmpty()) {
        if (caller.calls == 0)
            m_byCaller.remove(request.sender);
        m_log.refused(keyOf(request.sender, std::nullopt), sourceOf(request.sender, std::nullopt),
                      request.methodName(), request.action(), errorName(DBUS_ERROR_LIMITS_EXCEEDED),
                      limit);
        send(m_bus, request,
             Reply::error(errorName(DBUS_ERROR_LIMITS_EXCEEDED),
                          limit + QStringLiteral("; try again when they are answered")));
        return;
    }
    const quint64 id = m_nextId++;
    m_bus.watchName(request.sender);
    Call &call = m_calls[id];
    call.request = std::move(request);
    call.bytes = bytes;
    ++caller.calls;
    ++m_all.calls;
    m_all.bytes += bytes;
    askUid(id, &CallGate::identified);
}

void CallGate::askUid(quint64 id, void (CallGate::*then)(quint64, DBusMessage *))
{
    const Call &call = m_calls.at(id);
    MessagePtr ask(dbus_message_new_method_call(DBUS_SERVICE_DBUS, DBUS_PATH_DBUS,
                                                DBUS_INTERFACE_DBUS, "GetConnectionUnixUser"));
    const char *name = call.request.sender.constData();
    dbus_message_append_args(ask.get(), DBUS_TYPE_STRING, &name, DBUS_TYPE_INVALID);
    QPointer<CallGate> self(this);
    m_bus.call(ask.get(), 25'000, [self, id, then](DBusMessage *reply) {
        if (self)
            (self->*then)(id, reply);
    });
}

void CallGate::identified(quint64 id, DBusMessage *reply)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || it->second.stage != Stage::Identifying)
        return; // the caller left meanwhile
    Call &call = it->second;
    const std::optional<quint32> uid = uidFrom(reply);
    if (!uid) {
        answer(id,
               Reply::error(errorName(DBUS_ERROR_ACCESS_DENIED),
                            QStringLiteral("the caller left before it could be identified")));
        return;
    }
    Tally &user = m_byUser[*uid];
    QString limit;
    if (user.calls >= callsPerUser)
        limit = QStringLiteral("uid %1 already has %2 calls waiting for an answer")
                    .arg(*uid)
                    .arg(user.calls);
    else if (user.bytes + call.bytes > bytesPerUser)
        limit = QStringLiteral("the calls of uid %1 waiting for an answer hold %2 MB")
                    .arg(*uid)
                    .arg(user.bytes >> 20);
    if (!limit.isEmpty()) {
        if (user.calls == 0)
            m_byUser.remove(*uid);
        answer(id,
               Reply::error(errorName(DBUS_ERROR_LIMITS_EXCEEDED),
                            limit + QStringLiteral("; try again when they are answered")));
        return;
    }
    call.uid = *uid;
    call.uidKnown = true;
    ++user.calls;
    user.bytes += call.bytes;
    setStage(call, Stage::Waiting);
    startChecks();
}

void CallGate::setStage(Call &call, Stage stage)
{
    const auto checking = [](Stage s) {
        return s == Stage::Checking || s == Stage::Confirming;
    };
    const int change = int(checking(stage)) - int(checking(call.stage));
    call.stage = stage;
    if (change == 0)
        return;
    m_byCaller[call.request.sender].checks += change;
    m_byUser[call.uid].checks += change;
    m_all.checks += change;
}

void CallGate::startChecks()
{
    for (auto &[id, call] : m_calls) {
        if (m_all.checks >= checksInAll)
            return;
        if (call.stage != Stage::Waiting
            || m_byCaller[call.request.sender].checks >= checksPerCaller
            || m_byUser[call.uid].checks >= checksPerUser)
            continue;
        setStage(call, Stage::Checking);
        const quint64 callId = id;
        call.checkId = m_polkit.check(
            call.request.sender, call.request.action(), call.request.interactive,
            [this, callId](const PolkitAuthority::Answer &answer) { checked(callId, answer); });
    }
}

void CallGate::checked(quint64 id, const PolkitAuthority::Answer &answer)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = it->second;
    if (!answer.authorized) {
        this->answer(
            id,
            Reply::error(errorName(DBUS_ERROR_ACCESS_DENIED),
                         QStringLiteral("not authorized for %1: %2")
                             .arg(QString::fromLatin1(call.request.action()), answer.reason)));
        return;
    }
    // polkit looked at the caller as it was; it must still be there to be answered.
    setStage(call, Stage::Confirming);
    askUid(id, &CallGate::confirmed);
}

void CallGate::confirmed(quint64 id, DBusMessage *reply)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || it->second.stage != Stage::Confirming)
        return;
    Call &call = it->second;
    const std::optional<quint32> uid = uidFrom(reply);
    if (!uid || *uid != call.uid) {
        answer(id,
               Reply::error(errorName(DBUS_ERROR_ACCESS_DENIED),
                            QStringLiteral("the caller left before the call was carried out")));
        return;
    }
    if (call.request.isReadOnly()) {
        startWork(id);
        return;
    }
    MessagePtr ask(dbus_message_new_method_call(DBUS_SERVICE_DBUS, DBUS_PATH_DBUS,
                                                DBUS_INTERFACE_DBUS, "GetConnectionUnixProcessID"));
    const char *name = call.request.sender.constData();
    dbus_message_append_args(ask.get(), DBUS_TYPE_STRING, &name, DBUS_TYPE_INVALID);
    QPointer<CallGate> self(this);
    m_bus.call(ask.get(), 25'000, [self, id](DBusMessage *reply) {
        if (self)
            self->located(id, reply);
    });
}

void CallGate::located(quint64 id, DBusMessage *reply)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || it->second.stage != Stage::Confirming)
        return;
    // Only for the record: a pid that cannot be had leaves the origin unknown.
    if (const std::optional<quint32> pid = uidFrom(reply))
        it->second.request.callerPid = *pid;
    startWork(id);
}

void CallGate::startWork(quint64 id)
{
    Call &call = m_calls.at(id);
    setStage(call, Stage::Working);
    startChecks();
    // The work gets the arguments; the call keeps where the answer goes.
    Request work;
    std::swap(work, call.request);
    call.request.sender = work.sender;
    call.request.serial = work.serial;
    call.request.replyWanted = work.replyWanted;
    call.request.method = work.method;
    call.request.force = work.force;
    call.request.withCredentials = work.withCredentials;
    QPointer<CallGate> self(this);
    m_work(std::move(work), call.uid, [self, id](const Reply &reply) {
        if (self)
            self->answer(id, reply);
    });
}

void CallGate::answer(quint64 id, const Reply &reply)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    const Call &call = it->second;
    if (!reply.errorName.isEmpty()) {
        const std::optional<quint32> uid =
            call.uidKnown ? std::optional<quint32>(call.uid) : std::nullopt;
        m_log.refused(keyOf(call.request.sender, uid), sourceOf(call.request.sender, uid),
                      call.request.methodName(), call.request.action(), reply.errorName,
                      reply.errorMessage);
    }
    send(m_bus, call.request, reply);
    forget(it);
    startChecks();
    Q_EMIT activity();
}

void CallGate::forget(std::map<quint64, Call>::iterator it)
{
    Call &call = it->second;
    setStage(call, Stage::Identifying); // gives back a check it held
    const QByteArray sender = call.request.sender;
    if (--m_byCaller[sender].calls <= 0)
        m_byCaller.remove(sender);
    if (call.uidKnown) {
        Tally &user = m_byUser[call.uid];
        user.bytes -= call.bytes;
        if (--user.calls <= 0)
            m_byUser.remove(call.uid);
    }
    --m_all.calls;
    m_all.bytes -= call.bytes;
    m_calls.erase(it);
    m_bus.unwatchName(sender);
}

void CallGate::callerLeft(const QByteArray &name)
{
    // Nobody is left to answer: checks are withdrawn from polkit, waiting calls dropped.
    // Work already under way finishes (it was authorized) and its answer goes nowhere.
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        Call &call = it->second;
        if (call.request.sender != name || call.stage == Stage::Working) {
            ++it;
            continue;
        }
        if (call.stage == Stage::Checking)
            m_polkit.cancel(call.checkId);
        call.request.replyWanted = false;
        auto next = std::next(it);
        forget(it);
        it = next;
    }
    for (auto &[id, call] : m_calls) {
        if (call.request.sender == name)
            call.request.replyWanted = false;
    }
    startChecks();
}

void CallGate::send(BusConnection &bus, const Request &request, const Reply &reply)
{
    if (!request.replyWanted || request.sender.isEmpty())
        return;
    if (reply.errorName.isEmpty())
        bus.sendReply(request.sender, request.serial, reply.write);
    else
        bus.sendError(request.sender, request.serial, reply.errorName.constData(),
                      reply.errorMessage);
}

} // namespace Rampart
