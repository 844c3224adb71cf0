#include "confirmdialog.h"

#include "client/helperclient.h"
#include "client/pendingreply.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rampart {

ConfirmDialog::ConfirmDialog(HelperClient *client, qint64 historyId, const QDateTime &deadline,
                             const QString &change, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_historyId(historyId)
    , m_deadline(deadline)
    , m_countdown(new QLabel(this))
{
    setWindowTitle(tr("Keep This Change?"));
    auto *what = new QLabel(change, this);
    what->setObjectName(QStringLiteral("change"));
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *why = new QLabel(tr("The helper rolls this change back by itself unless you keep it: "
                              "if it cut this machine off, it undoes itself."),
                           this);
    why->setWordWrap(true);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_keepButton = buttons->addButton(tr("&Keep"), QDialogButtonBox::AcceptRole);
    m_keepButton->setObjectName(QStringLiteral("keep"));
    m_rollBackButton = buttons->addButton(tr("&Roll Back Now"), QDialogButtonBox::DestructiveRole);
    m_rollBackButton->setObjectName(QStringLiteral("rollBackNow"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->hide();
    m_keepButton->setDefault(true);
    m_keepButton->setFocus();
    connect(m_keepButton, &QPushButton::clicked, this, &ConfirmDialog::keep);
    connect(m_rollBackButton, &QPushButton::clicked, this, &ConfirmDialog::rollBackNow);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(why);
    layout->addWidget(m_countdown);
    layout->addWidget(buttons);

    // A tick a quarter of a second, so that the seconds shown never lag a whole one.
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &ConfirmDialog::tick);
    m_timer.start();
    tick();
}

ConfirmDialog *ConfirmDialog::showFor(HelperClient *client, qint64 historyId, quint32 seconds,
                                      const QString &change, QWidget *parent)
{
    auto *dialog = new ConfirmDialog(
        client, historyId, QDateTime::currentDateTimeUtc().addSecs(seconds), change, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    dialog->show();
    return dialog;
}

void ConfirmDialog::tick()
{
    if (m_settled)
        return;
    // Rounded up: "1 second" until the very end, never "0 seconds".
    const qint64 left = (QDateTime::currentDateTimeUtc().msecsTo(m_deadline) + 999) / 1000;
    if (left > 0) {
        m_countdown->setText(
            tr("Rolling back in %n second(s) unless you keep it.", nullptr, int(left)));
        return;
    }
    const QString text = tr("Nobody kept the change in time: the helper rolled it back.");
    settle(text);
    Q_EMIT rolledBack(text);
}

void ConfirmDialog::settle(const QString &text)
{
    m_settled = true;
    m_timer.stop();
    m_countdown->setText(text);
    m_keepButton->hide();
    m_rollBackButton->hide();
    m_closeButton->show();
    m_closeButton->setEnabled(true);
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
}

void ConfirmDialog::setBusy(bool busy)
{
    m_keepButton->setEnabled(!busy);
    m_rollBackButton->setEnabled(!busy);
}

void ConfirmDialog::keep()
{
    if (m_settled)
        return;
    setBusy(true);
    whenAnswered(m_client->confirm(m_historyId), this, [this](const QDBusPendingCall &call) {
        setBusy(false);
        if (call.isError()) {
            // Too late, most likely: the helper has rolled the change back already.
            settle(
                tr("The change could not be kept: %1").arg(HelperClient::describe(call.error())));
            return;
        }
        const QString text = tr("Kept change #%1.").arg(m_historyId);
        settle(text);
        Q_EMIT kept(text);
        accept();
    });
}

void ConfirmDialog::rollBackNow()
{
    if (m_settled)
        return;
    setBusy(true);
    whenAnswered(m_client->undo(m_historyId), this, [this](const QDBusPendingCall &call) {
        setBusy(false);
        if (call.isError()) {
            settle(tr("The change could not be rolled back now: %1")
                       .arg(HelperClient::describe(call.error())));
            return;
        }
        const QString text = tr("Rolled back change #%1.").arg(m_historyId);
        settle(text);
        Q_EMIT rolledBack(text);
        accept();
    });
}

} // namespace Rampart
