#include "changepermission.h"

#include <QAction>
#include <QVariant>

namespace Rampart {

namespace {

// Where an action keeps its own tooltip while it shows why it is off.
constexpr auto ownToolTipProperty = "rampartOwnToolTip";

} // namespace

ChangePermission::ChangePermission(QObject *parent)
    : QObject(parent)
{ }

void ChangePermission::setAuthorization(const Authorization &authorization)
{
    const bool before = allowed();
    const QString reasonBefore = reason();
    m_authorization = authorization.state;
    // A fresh yes (after authenticating again) lifts an earlier refusal.
    if (authorization.state == Authorization::State::Authorized)
        m_refused = false;
    if (before != allowed() || reasonBefore != reason())
        Q_EMIT changed();
}

void ChangePermission::refuse(const QString &reason)
{
    if (m_refused && m_refusal == reason)
        return;
    m_refused = true;
    m_refusal = reason;
    Q_EMIT changed();
}

bool ChangePermission::allowed() const
{
    return !m_refused && m_authorization != Authorization::State::Denied;
}

QString ChangePermission::reason() const
{
    if (m_authorization == Authorization::State::Denied) {
        return tr("Your account may not change the firewall: polkit does not grant it "
                  "org.rampart.manage. Ask an administrator.");
    }
    if (m_refused)
        return tr("Not authorized to change the firewall: %1.").arg(m_refusal);
    return {};
}

void ChangePermission::apply(const ChangePermission *permission, QAction *action, bool wanted)
{
    if (permission)
        permission->apply(action, wanted);
    else
        action->setEnabled(wanted);
}

void ChangePermission::apply(QAction *action, bool wanted) const
{
    QVariant own = action->property(ownToolTipProperty);
    if (allowed()) {
        action->setEnabled(wanted);
        if (own.isValid()) {
            action->setToolTip(own.toString());
            action->setProperty(ownToolTipProperty, QVariant());
        }
        return;
    }
    if (!own.isValid())
        action->setProperty(ownToolTipProperty, action->toolTip());
    action->setEnabled(false);
    action->setToolTip(reason());
}

} // namespace Rampart
