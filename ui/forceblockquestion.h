#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QDBusError;
class QMessageBox;
class QWidget;

namespace Rampart {

// Asks whether to make a block the helper refused without force (it covers this machine's
// own address, a gateway or link-local space, or is wider than a /8, IPv6 /16), with the
// helper's reason. Cancel is the default: cutting oneself off is the mistake to make hard.
// Block Anyway calls blockAnyway, which sends the block again with force. The box is open
// when this returns, and deletes itself once answered.
QMessageBox *askToForceBlock(QWidget *parent, const QString &title, const QDBusError &error,
                             std::function<void()> blockAnyway);
// The same question before anything is sent, with the lockout guard's and Breadth's reasons
// (blockForceReasons()), one line each.
QMessageBox *askToForceBlock(QWidget *parent, const QString &title, const QStringList &reasons,
                             std::function<void()> blockAnyway);

} // namespace Rampart
