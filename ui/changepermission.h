#pragma once

#include "client/authorizationcheck.h"

#include <QObject>
#include <QString>

class QAction;

namespace Rampart {

// Whether this user may change the firewall now, for every action of the window that changes
// it: known from polkit at start (Authorization), and refused after polkit said no to a
// change (the authentication dialog cancelled or failed). A refused user keeps reading;
// authenticating again lifts the refusal.
class ChangePermission : public QObject
{
    Q_OBJECT

public:
    explicit ChangePermission(QObject *parent = nullptr);

    // What polkit says of the user and org.rampart.manage; Unknown keeps changes on (the
    // helper asks polkit anyway).
    void setAuthorization(const Authorization &authorization);
    // polkit refused a change for this reason (the helper's words).
    void refuse(const QString &reason);

    bool allowed() const;
    Authorization::State authorization() const { return m_authorization; }
    bool refused() const { return m_refused; }
    // Why changes are off, for tooltips and the message area; empty while they are on.
    QString reason() const;

    // Enables action when wanted and changes are allowed; otherwise its tooltip says why it
    // is off. The action's own tooltip comes back when changes are allowed again.
    void apply(QAction *action, bool wanted) const;
    // The same for a tab that may have no permission to follow (null: always allowed).
    static void apply(const ChangePermission *permission, QAction *action, bool wanted);

Q_SIGNALS:
    void changed();

private:
    Authorization::State m_authorization = Authorization::State::Unknown;
    bool m_refused = false;
    QString m_refusal;
};

} // namespace Rampart
