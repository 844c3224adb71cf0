#pragma once

#include "dbus/helpertypes.h"
#include "net/lockoutnetworks.h"
#include "net/pasteditems.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace Rampart {

class ConfirmWithinField;
class HelperClient;

// Blocks or unblocks addresses typed or pasted by hand. The preview below the text says
// what will be sent before anything is: valid entries, duplicates, and every invalid
// item with its line, column and the parser's reason.
class BlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BlockDialog(HelperClient *client, QWidget *parent = nullptr);

    void setText(const QString &text);
    // One address or network a line: what was selected where the dialog was opened from.
    void setEntries(const QStringList &entries);
    // What a block must not cover without asking (the lockout guard):
    // currentLockoutNetworks() with the allowlist, read when the dialog opened, unless set.
    void setLockoutNetworkSource(LockoutNetworkSource source);
    // Valid entries as of the last preview.
    QStringList entries() const;

Q_SIGNALS:
    // The blocklist changed; the summary says how, in a sentence.
    void blocklistChanged(const QString &summary);

private:
    void showPreview();
    // The block's timeout in seconds, 0 for ever; nothing while a custom one is not valid.
    std::optional<quint32> chosenSeconds() const;
    void durationChosen();
    void checkCustomDuration();
    void selectProblem(QListWidgetItem *item);
    void block();
    // force: also what covers this machine's addresses or more than a /8, once asked.
    void send(const QStringList &entries, quint32 seconds, const QString &comment, bool force);
    void unblock();
    // The script the block would run, in a viewer (CommandsDialog); nothing is blocked.
    void showCommands();
    void setBusy(bool busy);
    void updateButtons();

    HelperClient *m_client;
    QPlainTextEdit *m_text;
    QLabel *m_summary;
    QListWidget *m_problems;
    QListWidget *m_ranges;
    QComboBox *m_duration;
    QLineEdit *m_customDuration;
    QLabel *m_customDurationNote;
    int m_customIndex = -1; // of m_duration
    QLineEdit *m_comment;
    ConfirmWithinField *m_confirmWithin;
    QLabel *m_busy;
    QPushButton *m_blockButton;
    QPushButton *m_unblockButton;
    QPushButton *m_showCommandsButton;
    // The text split into items (pastedItems()) and checked for blocking.
    PastedEntriesChecker *m_checker;
    QList<AllowedEntry> m_allowlist;
    LockoutNetworkSource m_lockoutNetworks;
    bool m_busyWithHelper = false;
};

} // namespace Rampart
