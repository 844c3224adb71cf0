#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QToolButton;

namespace Rampart {

// The window's one place for what just happened: one message at a time, a new one replacing
// the last, never clipped out of reach (the text is elided to fit, the tooltip and the log
// button show it whole, with the messages before it). A message may carry one action, shown
// as a link beside it ("Authenticate Again").
class MessageArea : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Progress, Error };

    struct Message
    {
        QDateTime time;
        Kind kind = Kind::Information;
        QString text;
    };

    // How many earlier messages the log keeps.
    static constexpr int logSize = 50;
    // How long a message stays; work in progress and errors stay until replaced.
    static constexpr int informationMs = 10 * 1000;

    explicit MessageArea(QWidget *parent = nullptr);

    // A short-lived note: replaces what is shown, goes after informationMs.
    void showInformation(const QString &text);
    // Work under way: stays until replaced or cleared with clearProgress().
    void showProgress(const QString &text);
    // Clears work under way, if that is still what is shown.
    void clearProgress();
    // Stays until replaced or dismissed; actionText, when given, is a link that runs action.
    void showError(const QString &text, const QString &actionText = {},
                   std::function<void()> action = {});
    void clear();

    // What is shown now, whole; empty when nothing is.
    QString text() const;
    Kind kind() const { return m_kind; }
    QString actionText() const;
    // Runs the shown message's action, as a click on its link does.
    void triggerAction();
    // The messages shown so far, oldest first, at most logSize.
    const QList<Message> &log() const { return m_log; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void display(Kind kind, const QString &text, const QString &actionText,
                 std::function<void()> action);
    void updateElision();
    void showLog();

    QLabel *m_icon;
    QLabel *m_label;
    QLabel *m_action;
    QToolButton *m_logButton;
    QTimer m_expiry;
    QString m_text;
    Kind m_kind = Kind::Information;
    std::function<void()> m_onAction;
    QList<Message> m_log;
};

} // namespace Rampart
