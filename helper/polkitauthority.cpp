#include "polkitauthority.h"

#include <QPointer>

namespace Rampart {

namespace {

constexpr char polkitService[] = "org.freedesktop.PolicyKit1";
constexpr char polkitPath[] = "/org/freedesktop/PolicyKit1/Authority";
constexpr char polkitInterface[] = "org.freedesktop.PolicyKit1.Authority";
constexpr dbus_uint32_t allowUserInteraction = 0x1;

// CheckAuthorization(subject (sa{sv}), action_id s, details a{ss}, flags u, cancellation_id s)
MessagePtr checkAuthorizationCall(const QByteArray &busName, const char *action, bool interactive,
                                  const QByteArray &cancellationId)
{
    MessagePtr call(dbus_message_new_method_call(polkitService, polkitPath, polkitInterface,
                                                 "CheckAuthorization"));
    if (!call)
        return nullptr;
    dbus_message_set_allow_interactive_authorization(call.get(), interactive);
    DBusMessageIter arguments;
    DBusMessageIter subject;
    DBusMessageIter properties;
    DBusMessageIter entry;
    DBusMessageIter value;
    DBusMessageIter details;
    const char *kind = "system-bus-name";
    const char *key = "name";
    const char *name = busName.constData();
    const char *cancellation = cancellationId.constData();
    const dbus_uint32_t flags = interactive ? allowUserInteraction : 0;
    dbus_message_iter_init_append(call.get(), &arguments);
    dbus_message_iter_open_container(&arguments, DBUS_TYPE_STRUCT, nullptr, &subject);
    dbus_message_iter_append_basic(&subject, DBUS_TYPE_STRING, &kind);
    dbus_message_iter_open_container(&subject, DBUS_TYPE_ARRAY, "{sv}", &properties);
    dbus_message_iter_open_container(&properties, DBUS_TYPE_DICT_ENTRY, nullptr, &entry);
    dbus_message_iter_append_basic(&entry, DBUS_TYPE_STRING, &key);
    dbus_message_iter_open_container(&entry, DBUS_TYPE_VARIANT, "s", &value);
    dbus_message_iter_append_basic(&value, DBUS_TYPE_STRING, &name);
    dbus_message_iter_close_container(&entry, &value);
    dbus_message_iter_close_container(&properties, &entry);
    dbus_message_iter_close_container(&subject, &properties);
    dbus_message_iter_close_container(&arguments, &subject);
    dbus_message_iter_append_basic(&arguments, DBUS_TYPE_STRING, &action);
    dbus_message_iter_open_container(&arguments, DBUS_TYPE_ARRAY, "{ss}", &details);
    dbus_message_iter_close_container(&arguments, &details);
    dbus_message_iter_append_basic(&arguments, DBUS_TYPE_UINT32, &flags);
    dbus_message_iter_append_basic(&arguments, DBUS_TYPE_STRING, &cancellation);
    return call;
}

// The (bba{ss}) polkit answers with: is_authorized, is_challenge, details.
PolkitAuthority::Answer readAnswer(DBusMessage *reply)
{
    PolkitAuthority::Answer answer;
    if (dbus_message_get_type(reply) != DBUS_MESSAGE_TYPE_METHOD_RETURN) {
        const char *text = nullptr;
        dbus_message_get_args(reply, nullptr, DBUS_TYPE_STRING, &text, DBUS_TYPE_INVALID);
        answer.reason =
            QStringLiteral("polkit could not be asked (%1)")
                .arg(QString::fromUtf8(text ? text : dbus_message_get_error_name(reply)));
        return answer;
    }
    DBusMessageIter arguments;
    DBusMessageIter result;
    if (!dbus_message_has_signature(reply, "(bba{ss})")
        || !dbus_message_iter_init(reply, &arguments)) {
        answer.reason = QStringLiteral("polkit answered in a form the helper does not know");
        return answer;
    }
    dbus_message_iter_recurse(&arguments, &result);
    dbus_bool_t authorized = FALSE;
    dbus_bool_t challenge = FALSE;
    dbus_message_iter_get_basic(&result, &authorized);
    dbus_message_iter_next(&result);
    dbus_message_iter_get_basic(&result, &challenge);
    answer.authorized = authorized;
    if (!authorized) {
        answer.reason = challenge ? QStringLiteral("authentication is required and no "
                                                   "authentication agent answered")
                                  : QStringLiteral("polkit denied it");
    }
    return answer;
}

} // namespace

PolkitAuthority::PolkitAuthority(BusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{ }

quint64 PolkitAuthority::check(const QByteArray &busName, const char *action, bool interactive,
                               Callback done)
{
    const quint64 id = m_nextId++;
    // Unique for this connection, which is all polkit asks of it.
    const QByteArray cancellationId = "rampart-" + QByteArray::number(id);
    MessagePtr call = checkAuthorizationCall(busName, action, interactive, cancellationId);
    Check &check = m_checks[id];
    check.done = std::move(done);
    check.cancellationId = cancellationId;
    const int waitMs = interactive ? interactiveTimeoutMs : timeoutMs;
    check.deadline = new QTimer(this);
    check.deadline->setSingleShot(true);
    connect(check.deadline, &QTimer::timeout, this, [this, id, waitMs] {
        const auto it = m_checks.find(id);
        if (it == m_checks.end())
            return;
        sendCancel(it->second.cancellationId);
        finish(id,
               { false, QStringLiteral("no answer from polkit within %1 s").arg(waitMs / 1000) });
    });
    check.deadline->start(waitMs);
    if (!call) {
        // Never from within check(): the caller may be walking its own list of checks.
        QTimer::singleShot(0, this, [this, id] {
            finish(id, { false, QStringLiteral("out of memory") });
        });
        return id;
    }
    // libdbus's own timeout is a little later than ours, so ours always speaks first.
    QPointer<PolkitAuthority> self(this);
    m_bus.call(call.get(), waitMs + 5000, [self, id](DBusMessage *reply) {
        if (self)
            self->finish(id, readAnswer(reply));
    });
    return id;
}

void PolkitAuthority::cancel(quint64 id)
{
    const auto it = m_checks.find(id);
    if (it == m_checks.end())
        return;
    sendCancel(it->second.cancellationId);
    it->second.deadline->deleteLater();
    m_checks.erase(it);
}

void PolkitAuthority::finish(quint64 id, const Answer &answer)
{
    const auto it = m_checks.find(id);
    if (it == m_checks.end())
        return; // cancelled, or timed out before polkit answered
    const Callback done = std::move(it->second.done);
    it->second.deadline->deleteLater();
    m_checks.erase(it);
    done(answer);
}

void PolkitAuthority::sendCancel(const QByteArray &cancellationId)
{
    MessagePtr call(dbus_message_new_method_call(polkitService, polkitPath, polkitInterface,
                                                 "CancelCheckAuthorization"));
    if (!call)
        return;
    const char *id = cancellationId.constData();
    dbus_message_append_args(call.get(), DBUS_TYPE_STRING, &id, DBUS_TYPE_INVALID);
    dbus_message_set_no_reply(call.get(), TRUE);
    m_bus.send(call.get());
}

} // namespace Rampart
