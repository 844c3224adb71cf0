#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;

namespace Rampart {

class HelperClient;

// The countdown after a change made with a wait for confirmation: Keep confirms it, Roll
// Back Now undoes it at once, and when the time is up the dialog says that the helper
// rolled it back (the helper does that itself, whether or not this dialog is still open).
// Not modal: the rest of the window stays usable, e.g. to check the connection the change
// might have cut.
class ConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    // historyId: the change's history row; change: what it was, in a sentence.
    ConfirmDialog(HelperClient *client, qint64 historyId, const QDateTime &deadline,
                  const QString &change, QWidget *parent = nullptr);

    // Opens one that deletes itself once closed.
    static ConfirmDialog *showFor(HelperClient *client, qint64 historyId, quint32 seconds,
                                  const QString &change, QWidget *parent);

    qint64 historyId() const { return m_historyId; }

Q_SIGNALS:
    // The change stays, or is gone; the summary says so in a sentence.
    void kept(const QString &summary);
    void rolledBack(const QString &summary);

private:
    void tick();
    void keep();
    void rollBackNow();
    // The change is settled: only Close is left.
    void settle(const QString &text);
    void setBusy(bool busy);

    HelperClient *m_client;
    qint64 m_historyId;
    QDateTime m_deadline;
    QLabel *m_countdown;
    QPushButton *m_keepButton;
    QPushButton *m_rollBackButton;
    QPushButton *m_closeButton;
    QTimer m_timer;
    bool m_settled = false;
};

} // namespace Rampart
