#pragma once

#include <QDBusPendingCall>
#include <QDialog>
#include <QString>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Rampart {

class ScriptHighlighter;

// Shows the script a change would run (a helper's Commands reply), read-only and
// highlighted (ScriptHighlighter), with a Copy button. The call runs meanwhile: the dialog
// says "Working…" until the answer comes, and the helper's error in its place on failure.
// A very long script (a large feed) is shown in part, so that the window stays quick; Copy
// takes all of it.
class CommandsDialog : public QDialog
{
    Q_OBJECT

public:
    // Lines shown at most; the rest is left to Copy.
    static constexpr int maxShownLines = 2000;

    // what: the change, as a title ("Block 3 entries").
    explicit CommandsDialog(const QString &what, QWidget *parent = nullptr);

    // Waits for the reply of a Commands call (a QString script) and shows it.
    void showReply(const QDBusPendingCall &call);

    QString script() const { return m_script; }
    QString status() const;
    QPlainTextEdit *view() const { return m_view; }
    ScriptHighlighter *highlighter() const { return m_highlighter; }

    // Opens a dialog for the change that deletes itself once closed.
    static CommandsDialog *open(const QString &what, const QDBusPendingCall &call, QWidget *parent);

private:
    void showScript(const QString &script);
    void showError(const QString &message);
    void copy();

    QLabel *m_status;
    QPlainTextEdit *m_view;
    ScriptHighlighter *m_highlighter;
    QPushButton *m_copyButton;
    QString m_script;
};

} // namespace Rampart
