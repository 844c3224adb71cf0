#pragma once

#include "client/authorizationcheck.h"
#include "dbus/helpertypes.h"

#include <QDBusError>
#include <QWidget>

class QLabel;

namespace Rampart {

// The status bar's answers: can the firewall be changed (is the helper there, does
// polkit let us in), how much is blocked, does the kernel match the store, when was
// the store last saved.
class HelperStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HelperStatusWidget(QWidget *parent = nullptr);

    void showContacting();
    void showStatus(const HelperStatus &status);
    void showError(const QDBusError &error);
    // Whether this user may change the firewall; reason says why not (empty when they may).
    void showAccess(Authorization::State state, const QString &reason);

    // What the helper label says, for tests and accessibility.
    QString helperText() const;
    QString accessText() const;

private:
    void setProblem(QLabel *icon, bool problem);

    QLabel *m_helperIcon;
    QLabel *m_helper;
    QLabel *m_accessIcon;
    QLabel *m_access;
    QWidget *m_details;
    QLabel *m_entries;
    QLabel *m_syncIcon;
    QLabel *m_sync;
    QLabel *m_saved;
};

} // namespace Rampart
