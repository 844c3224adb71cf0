#include "authorizationcheck.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QMap>
#include <QVariant>

namespace Rampart {

namespace {

// polkit's own interface: CheckAuthorization(subject (sa{sv}), action_id s, details a{ss},
// flags u, cancellation_id s) -> (is_authorized b, is_challenge b, details a{ss}).
constexpr auto polkitService = "org.freedesktop.PolicyKit1";
constexpr auto polkitPath = "/org/freedesktop/PolicyKit1/Authority";
constexpr auto polkitInterface = "org.freedesktop.PolicyKit1.Authority";
constexpr uint allowUserInteraction = 0x1;
// An administrator typing a password; polkit gives up after five minutes itself.
constexpr int interactiveTimeoutMs = 5 * 60 * 1000;
constexpr int timeoutMs = 25 * 1000;

QDBusArgument busNameSubject(const QString &uniqueName)
{
    QDBusArgument subject;
    subject.beginStructure();
    subject << QStringLiteral("system-bus-name");
    subject.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QDBusVariant>());
    subject.beginMapEntry();
    subject << QStringLiteral("name") << QDBusVariant(uniqueName);
    subject.endMapEntry();
    subject.endMap();
    subject.endStructure();
    return subject;
}

QDBusArgument noDetails()
{
    QDBusArgument details;
    details.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    details.endMap();
    return details;
}

} // namespace

QDBusPendingCall Authorization::check(const QDBusConnection &bus, const QString &action,
                                      bool interactive)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        QString::fromLatin1(polkitService), QString::fromLatin1(polkitPath),
        QString::fromLatin1(polkitInterface), QStringLiteral("CheckAuthorization"));
    message.setArguments({ QVariant::fromValue(busNameSubject(bus.baseService())), action,
                           QVariant::fromValue(noDetails()),
                           interactive ? allowUserInteraction : 0u, QString() });
    message.setInteractiveAuthorizationAllowed(interactive);
    return bus.asyncCall(message, interactive ? interactiveTimeoutMs : timeoutMs);
}

Authorization Authorization::fromReply(const QDBusPendingCall &call)
{
    Authorization answer;
    const QDBusMessage reply = call.reply();
    if (reply.type() != QDBusMessage::ReplyMessage) {
        answer.error = reply.errorMessage().isEmpty() ? reply.errorName() : reply.errorMessage();
        return answer;
    }
    if (reply.signature() != QLatin1String("(bba{ss})") || reply.arguments().size() != 1) {
        answer.error = QStringLiteral("polkit answered with %1").arg(reply.signature());
        return answer;
    }
    const QDBusArgument result = reply.arguments().constFirst().value<QDBusArgument>();
    bool authorized = false;
    bool challenge = false;
    result.beginStructure();
    result >> authorized >> challenge;
    // The details (a{ss}) say nothing the window uses.
    result.endStructure();
    answer.state = authorized ? State::Authorized
        : challenge           ? State::AfterAuthentication
                              : State::Denied;
    return answer;
}

} // namespace Rampart
