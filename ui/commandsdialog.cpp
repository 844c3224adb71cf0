#include "commandsdialog.h"

#include "client/helperclient.h"
#include "client/pendingreply.h"
#include "scripthighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QDBusMessage>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rampart {

CommandsDialog::CommandsDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(tr("Working…"), this))
    , m_view(new QPlainTextEdit(this))
    , m_highlighter(new ScriptHighlighter(m_view->document()))
    , m_copyButton(new QPushButton(tr("Copy"), this))
{
    setWindowTitle(tr("Commands: %1").arg(what));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlaceholderText(tr("The commands appear here once the helper has answered."));
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, this, &CommandsDialog::copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *explanation = new QLabel(
        tr("What the helper would run for this change, as a shell script. Nothing has been "
           "changed; run as root, the script makes the change by hand."),
        this);
    explanation->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 520);
}

QString CommandsDialog::status() const
{
    return m_status->text();
}

void CommandsDialog::showReply(const QDBusPendingCall &call)
{
    m_status->setText(tr("Working…"));
    m_status->show();
    whenAnswered(call, this, [this](const QDBusPendingCall &answered) {
        // The reply's one argument, the script (its type is held to the interface by
        // helperinterfacetest).
        if (answered.isError())
            showError(HelperClient::describe(answered.error()));
        else
            showScript(answered.reply().arguments().value(0).toString());
    });
}

void CommandsDialog::showScript(const QString &script)
{
    m_script = script;
    m_copyButton->setEnabled(!script.isEmpty());
    // Highlighting runs on this thread: a feed's script of 400,000 lines is shown in part.
    qsizetype end = 0;
    int lines = 0;
    while (end >= 0 && lines < maxShownLines) {
        end = script.indexOf(u'\n', end);
        if (end >= 0) {
            ++end;
            ++lines;
        }
    }
    if (end < 0 || end >= script.size()) {
        m_view->setPlainText(script);
        m_status->hide();
        return;
    }
    const int total = int(script.count(u'\n'));
    m_view->setPlainText(script.left(end));
    // Two sentences, each with its own plural.
    m_status->setText(tr("The first %n line(s) are shown.", nullptr, maxShownLines) + u' '
                      + tr("Copy copies all %n line(s).", nullptr, total));
    m_status->show();
}

void CommandsDialog::showError(const QString &message)
{
    m_script.clear();
    m_copyButton->setEnabled(false);
    m_view->clear();
    m_status->setText(tr("The commands could not be shown: %1").arg(message));
    m_status->show();
}

void CommandsDialog::copy()
{
    QApplication::clipboard()->setText(m_script);
}

CommandsDialog *CommandsDialog::open(const QString &what, const QDBusPendingCall &call,
                                     QWidget *parent)
{
    auto *dialog = new CommandsDialog(what, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showReply(call);
    dialog->show();
    return dialog;
}

} // namespace Rampart
