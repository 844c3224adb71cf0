#include "busconnection.h"

#include <QSocketNotifier>
#include <QTimer>

namespace Rampart {

namespace {

// What libdbus asks the event loop to watch for one descriptor: notifiers for reading and
// writing, enabled as libdbus says.
struct Watch
{
    std::unique_ptr<QSocketNotifier> read;
    std::unique_ptr<QSocketNotifier> write;
};

void updateWatch(DBusWatch *watch)
{
    auto *state = static_cast<Watch *>(dbus_watch_get_data(watch));
    const bool enabled = dbus_watch_get_enabled(watch);
    if (state->read)
        state->read->setEnabled(enabled);
    if (state->write)
        state->write->setEnabled(enabled);
}

void updateTimeout(DBusTimeout *timeout)
{
    auto *timer = static_cast<QTimer *>(dbus_timeout_get_data(timeout));
    if (dbus_timeout_get_enabled(timeout))
        timer->start(dbus_timeout_get_interval(timeout));
    else
        timer->stop();
}

struct PendingReply
{
    BusConnection::ReplyHandler done;
};

void pendingCallDone(DBusPendingCall *pending, void *data)
{
    MessagePtr reply(dbus_pending_call_steal_reply(pending));
    auto *state = static_cast<PendingReply *>(data);
    if (reply && state->done)
        state->done(reply.get());
}

QByteArray nameOwnerChangedRule(const QByteArray &name)
{
    return "type='signal',sender='org.freedesktop.DBus',interface='org.freedesktop.DBus',"
           "member='NameOwnerChanged',arg0='"
        + name + "'";
}

} // namespace

BusConnection::BusConnection(DBusConnection *connection)
    : m_connection(connection)
{
    dbus_connection_set_exit_on_disconnect(m_connection, FALSE);
    dbus_connection_set_watch_functions(m_connection, addWatch, removeWatch, toggleWatch, this,
                                        nullptr);
    dbus_connection_set_timeout_functions(m_connection, addTimeout, removeTimeout, toggleTimeout,
                                          this, nullptr);
    dbus_connection_set_dispatch_status_function(m_connection, dispatchStatusChanged, this,
                                                 nullptr);
    dbus_connection_add_filter(m_connection, filter, this, nullptr);
    scheduleDispatch();
}

BusConnection::~BusConnection()
{
    dbus_connection_remove_filter(m_connection, filter, this);
    dbus_connection_set_dispatch_status_function(m_connection, nullptr, nullptr, nullptr);
    dbus_connection_close(m_connection);
    // Removes the watches and timeouts, which delete their notifiers and timers.
    dbus_connection_set_watch_functions(m_connection, nullptr, nullptr, nullptr, nullptr, nullptr);
    dbus_connection_set_timeout_functions(m_connection, nullptr, nullptr, nullptr, nullptr,
                                          nullptr);
    dbus_connection_unref(m_connection);
}

std::unique_ptr<BusConnection> BusConnection::connectToSystemBus(QString *error)
{
    DBusError dbusError;
    dbus_error_init(&dbusError);
    // Private: nothing else in the process shares it, and it is closed with this object.
    DBusConnection *connection = dbus_bus_get_private(DBUS_BUS_SYSTEM, &dbusError);
    if (!connection) {
        *error = QString::fromUtf8(dbusError.message);
        dbus_error_free(&dbusError);
        return nullptr;
    }
    return std::unique_ptr<BusConnection>(new BusConnection(connection));
}

bool BusConnection::requestName(const char *name, QString *error)
{
    DBusError dbusError;
    dbus_error_init(&dbusError);
    const int result =
        dbus_bus_request_name(m_connection, name, DBUS_NAME_FLAG_DO_NOT_QUEUE, &dbusError);
    if (result == DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER)
        return true;
    *error = dbus_error_is_set(&dbusError) ? QString::fromUtf8(dbusError.message)
                                           : QStringLiteral("another process owns it");
    dbus_error_free(&dbusError);
    return false;
}

void BusConnection::releaseName(const char *name)
{
    dbus_bus_release_name(m_connection, name, nullptr);
    dbus_connection_flush(m_connection);
}

bool BusConnection::registerObject(const char *path, CallHandler handler)
{
    static const DBusObjectPathVTable vtable = { nullptr, objectMessage, nullptr,
                                                 nullptr, nullptr,       nullptr };
    m_objects.insert(QByteArray(path), std::move(handler));
    return dbus_connection_register_object_path(m_connection, path, &vtable, this);
}

void BusConnection::send(DBusMessage *message)
{
    dbus_connection_send(m_connection, message, nullptr);
}

void BusConnection::sendReply(const QByteArray &destination, quint32 serial,
                              const std::function<void(DBusMessageIter *)> &write)
{
    MessagePtr reply(dbus_message_new(DBUS_MESSAGE_TYPE_METHOD_RETURN));
    if (!reply)
        return;
    dbus_message_set_no_reply(reply.get(), TRUE);
    dbus_message_set_reply_serial(reply.get(), serial);
    dbus_message_set_destination(reply.get(), destination.constData());
    if (write) {
        DBusMessageIter arguments;
        dbus_message_iter_init_append(reply.get(), &arguments);
        write(&arguments);
    }
    send(reply.get());
}

void BusConnection::sendError(const QByteArray &destination, quint32 serial, const char *errorName,
                              const QString &message)
{
    MessagePtr reply(dbus_message_new(DBUS_MESSAGE_TYPE_ERROR));
    if (!reply)
        return;
    dbus_message_set_no_reply(reply.get(), TRUE);
    dbus_message_set_error_name(reply.get(), errorName);
    dbus_message_set_reply_serial(reply.get(), serial);
    dbus_message_set_destination(reply.get(), destination.constData());
    const QByteArray text = message.toUtf8();
    const char *data = text.constData();
    dbus_message_append_args(reply.get(), DBUS_TYPE_STRING, &data, DBUS_TYPE_INVALID);
    send(reply.get());
}

void BusConnection::call(DBusMessage *message, int timeoutMs, ReplyHandler done)
{
    DBusPendingCall *pending = nullptr;
    if (!dbus_connection_send_with_reply(m_connection, message, &pending, timeoutMs) || !pending) {
        // Disconnected: answer as the bus would, on the next turn of the event loop.
        QTimer::singleShot(0, this, [message = MessagePtr(dbus_message_ref(message)), done] {
            MessagePtr error(dbus_message_new_error(message.get(), DBUS_ERROR_DISCONNECTED,
                                                    "not connected to the system bus"));
            if (error)
                done(error.get());
        });
        return;
    }
    auto *state = new PendingReply { std::move(done) };
    dbus_pending_call_set_notify(pending, pendingCallDone, state,
                                 [](void *data) { delete static_cast<PendingReply *>(data); });
    dbus_pending_call_unref(pending);
}

void BusConnection::watchName(const QByteArray &name)
{
    if (m_watchedNames[name]++ > 0)
        return;
    // Without an error to fill, libdbus sends the rule without waiting for the answer.
    dbus_bus_add_match(m_connection, nameOwnerChangedRule(name).constData(), nullptr);
}

void BusConnection::unwatchName(const QByteArray &name)
{
    auto it = m_watchedNames.find(name);
    if (it == m_watchedNames.end() || --it.value() > 0)
        return;
    m_watchedNames.erase(it);
    dbus_bus_remove_match(m_connection, nameOwnerChangedRule(name).constData(), nullptr);
}

QByteArray BusConnection::senderOf(DBusMessage *message)
{
    const char *sender = dbus_message_get_sender(message);
    return sender ? QByteArray(sender) : QByteArray();
}

void BusConnection::scheduleDispatch()
{
    if (m_dispatchScheduled)
        return;
    m_dispatchScheduled = true;
    QTimer::singleShot(0, this, &BusConnection::dispatch);
}

void BusConnection::dispatch()
{
    m_dispatchScheduled = false;
    // A few messages a turn, so that the event loop (timers, the work thread's answers)
    // keeps its share while a flood is read.
    for (int i = 0; i < 16; ++i) {
        if (dbus_connection_dispatch(m_connection) != DBUS_DISPATCH_DATA_REMAINS)
            return;
    }
    scheduleDispatch();
}

dbus_bool_t BusConnection::addWatch(DBusWatch *watch, void *data)
{
    auto *self = static_cast<BusConnection *>(data);
    auto *state = new Watch;
    const int fd = dbus_watch_get_unix_fd(watch);
    const unsigned flags = dbus_watch_get_flags(watch);
    if (flags & DBUS_WATCH_READABLE) {
        state->read = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        QObject::connect(state->read.get(), &QSocketNotifier::activated, self, [self, watch] {
            dbus_watch_handle(watch, DBUS_WATCH_READABLE);
            self->scheduleDispatch();
        });
    }
    if (flags & DBUS_WATCH_WRITABLE) {
        state->write = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Write);
        QObject::connect(state->write.get(), &QSocketNotifier::activated, self, [self, watch] {
            dbus_watch_handle(watch, DBUS_WATCH_WRITABLE);
            self->scheduleDispatch();
        });
    }
    dbus_watch_set_data(watch, state, [](void *data) { delete static_cast<Watch *>(data); });
    updateWatch(watch);
    return TRUE;
}

void BusConnection::removeWatch(DBusWatch *watch, void *)
{
    // Deleting the notifiers now: libdbus may close the descriptor next.
    dbus_watch_set_data(watch, nullptr, nullptr);
}

void BusConnection::toggleWatch(DBusWatch *watch, void *)
{
    if (dbus_watch_get_data(watch))
        updateWatch(watch);
}

dbus_bool_t BusConnection::addTimeout(DBusTimeout *timeout, void *data)
{
    auto *self = static_cast<BusConnection *>(data);
    auto *timer = new QTimer;
    timer->setSingleShot(false);
    QObject::connect(timer, &QTimer::timeout, self, [self, timeout] {
        dbus_timeout_handle(timeout);
        self->scheduleDispatch();
    });
    dbus_timeout_set_data(timeout, timer, [](void *data) { delete static_cast<QTimer *>(data); });
    updateTimeout(timeout);
    return TRUE;
}

void BusConnection::removeTimeout(DBusTimeout *timeout, void *)
{
    dbus_timeout_set_data(timeout, nullptr, nullptr);
}

void BusConnection::toggleTimeout(DBusTimeout *timeout, void *)
{
    if (dbus_timeout_get_data(timeout))
        updateTimeout(timeout);
}

void BusConnection::dispatchStatusChanged(DBusConnection *, DBusDispatchStatus status, void *data)
{
    if (status == DBUS_DISPATCH_DATA_REMAINS)
        static_cast<BusConnection *>(data)->scheduleDispatch();
}

DBusHandlerResult BusConnection::filter(DBusConnection *, DBusMessage *message, void *data)
{
    auto *self = static_cast<BusConnection *>(data);
    if (dbus_message_is_signal(message, DBUS_INTERFACE_LOCAL, "Disconnected")) {
        Q_EMIT self->disconnected();
        return DBUS_HANDLER_RESULT_HANDLED;
    }
    if (dbus_message_is_signal(message, DBUS_INTERFACE_DBUS, "NameOwnerChanged")
        && senderOf(message) == DBUS_SERVICE_DBUS) {
        const char *name = nullptr;
        const char *oldOwner = nullptr;
        const char *newOwner = nullptr;
        if (dbus_message_get_args(message, nullptr, DBUS_TYPE_STRING, &name, DBUS_TYPE_STRING,
                                  &oldOwner, DBUS_TYPE_STRING, &newOwner, DBUS_TYPE_INVALID)
            && *newOwner == '\0' && self->m_watchedNames.contains(QByteArray(name))) {
            const QByteArray left(name);
            self->m_watchedNames.remove(left);
            dbus_bus_remove_match(self->m_connection, nameOwnerChangedRule(left).constData(),
                                  nullptr);
            Q_EMIT self->nameLeft(left);
        }
        return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
    }
    return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
}

DBusHandlerResult BusConnection::objectMessage(DBusConnection *, DBusMessage *message, void *data)
{
    auto *self = static_cast<BusConnection *>(data);
    if (dbus_message_get_type(message) != DBUS_MESSAGE_TYPE_METHOD_CALL)
        return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
    const auto it = self->m_objects.constFind(QByteArray(dbus_message_get_path(message)));
    if (it == self->m_objects.cend())
        return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
    it.value()(message);
    return DBUS_HANDLER_RESULT_HANDLED;
}

} // namespace Rampart
