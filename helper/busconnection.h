#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <dbus/dbus.h>

#include <functional>
#include <memory>

namespace Rampart {

// Owns a reference to a libdbus message and drops it when it goes.
struct MessageUnref
{
    void operator()(DBusMessage *message) const { dbus_message_unref(message); }
};
using MessagePtr = std::unique_ptr<DBusMessage, MessageUnref>;

// The helper's connection to the system bus, in libdbus itself rather than QtDBus, on Qt's
// event loop. QtDBus (6.4) answers a call only through a reply made from the call's own
// QDBusMessage, which keeps the whole incoming message alive, its bytes and its file
// descriptors, for as long as the answer is pending; the helper must be able to let a
// message go the moment it has read it, and answer later from the caller's name and the
// call's serial alone.
class BusConnection : public QObject
{
    Q_OBJECT

public:
    ~BusConnection() override;

    // Connects to the system bus (as activated: the standard address, or
    // DBUS_SYSTEM_BUS_ADDRESS), or says why not.
    static std::unique_ptr<BusConnection> connectToSystemBus(QString *error);

    bool requestName(const char *name, QString *error);
    void releaseName(const char *name);

    // Calls to object path come here; the handler must not keep the message.
    using CallHandler = std::function<void(DBusMessage *call)>;
    bool registerObject(const char *path, CallHandler handler);

    // Sends a message without waiting.
    void send(DBusMessage *message);
    // An answer to a call made earlier, from the caller's unique name and the call's
    // serial: errorName empty for a method return with body filled in by write.
    void sendReply(const QByteArray &destination, quint32 serial,
                   const std::function<void(DBusMessageIter *)> &write);
    void sendError(const QByteArray &destination, quint32 serial, const char *errorName,
                   const QString &message);

    // A method call whose answer (a method return or an error, or an error made up by
    // libdbus when the timeout passes) is handed to done on this thread.
    using ReplyHandler = std::function<void(DBusMessage *reply)>;
    void call(DBusMessage *message, int timeoutMs, ReplyHandler done);

    // Tells when a unique name leaves the bus (its connection closed): nameLeft is
    // emitted once for it. Cheap to call again for a name already watched.
    void watchName(const QByteArray &name);
    void unwatchName(const QByteArray &name);

    // The caller is who it says it is: the bus fills in the sender, and unique names are
    // never reused.
    static QByteArray senderOf(DBusMessage *message);

Q_SIGNALS:
    void nameLeft(const QByteArray &name);
    void disconnected();

private:
    explicit BusConnection(DBusConnection *connection);
    void scheduleDispatch();
    void dispatch();

    static dbus_bool_t addWatch(DBusWatch *watch, void *data);
    static void removeWatch(DBusWatch *watch, void *data);
    static void toggleWatch(DBusWatch *watch, void *data);
    static dbus_bool_t addTimeout(DBusTimeout *timeout, void *data);
    static void removeTimeout(DBusTimeout *timeout, void *data);
    static void toggleTimeout(DBusTimeout *timeout, void *data);
    static void dispatchStatusChanged(DBusConnection *connection, DBusDispatchStatus status,
                                      void *data);
    static DBusHandlerResult filter(DBusConnection *connection, DBusMessage *message, void *data);
    static DBusHandlerResult objectMessage(DBusConnection *connection, DBusMessage *message,
                                           void *data);

    DBusConnection *m_connection;
    bool m_dispatchScheduled = false;
    QHash<QByteArray, int> m_watchedNames;
    QHash<QByteArray, CallHandler> m_objects;
};

} // namespace Rampart
