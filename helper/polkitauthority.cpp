#include "polkitauthority.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace Rampart {

namespace {

// Long enough for an administrator to type a password into the authentication agent.
constexpr int authorizationTimeoutMs = 5 * 60 * 1000;
constexpr uint allowUserInteraction = 0x1;

} // namespace

PolkitAuthority::PolkitAuthority(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{ }

void PolkitAuthority::check(const QString &busName, const QString &action, bool interactive,
                            Callback done)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.PolicyKit1"),
                                       QStringLiteral("/org/freedesktop/PolicyKit1/Authority"),
                                       QStringLiteral("org.freedesktop.PolicyKit1.Authority"),
                                       QStringLiteral("CheckAuthorization"));

    QDBusArgument subject;
    subject.beginStructure();
    subject << QStringLiteral("system-bus-name");
    subject.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QDBusVariant>());
    subject.beginMapEntry();
    subject << QStringLiteral("name") << QDBusVariant(busName);
    subject.endMapEntry();
    subject.endMap();
    subject.endStructure();

    QDBusArgument details;
    details.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    details.endMap();

    call << QVariant::fromValue(subject) << action << QVariant::fromValue(details)
         << (interactive ? allowUserInteraction : 0u) << QString();
    call.setInteractiveAuthorizationAllowed(interactive);

    auto *watcher =
        new QDBusPendingCallWatcher(m_bus.asyncCall(call, authorizationTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        Answer answer;
        const QDBusMessage reply = watcher->reply();
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            answer.reason =
                QStringLiteral("polkit could not be asked (%1)")
                    .arg(reply.errorMessage().isEmpty() ? reply.errorName() : reply.errorMessage());
            done(answer);
            return;
        }
        const QDBusArgument result = reply.arguments().constFirst().value<QDBusArgument>();
        bool authorized = false;
        bool challenge = false;
        result.beginStructure();
        result >> authorized >> challenge;
        result.endStructure();
        answer.authorized = authorized;
        if (!authorized) {
            answer.reason = challenge
                ? QStringLiteral("authentication is required and no authentication "
                                 "agent answered")
                : QStringLiteral("polkit denied it");
        }
        done(answer);
    });
}

} // namespace Rampart
