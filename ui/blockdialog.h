#pragma once

#include "net/pasteditems.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QStringList>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace Rampart {

class HelperClient;

// Blocks or unblocks addresses typed or pasted by hand. The preview below the text says
// what will be sent before anything is: valid entries, duplicates, and every invalid
// item with its line, column and the parser's reason.
class BlockDialog : public QDialog
{
    Q_OBJECT

public:
    struct Preview
    {
        quint64 generation = 0;
        CheckedEntries checked; // the first refused items are listed, the rest counted
    };

    explicit BlockDialog(HelperClient *client, QWidget *parent = nullptr);

    void setText(const QString &text);
    // Valid entries as of the last preview.
    QStringList entries() const { return m_preview.checked.entries; }

    // Splits on lines, commas, semicolons and spaces; "#" starts a comment to the end of
    // the line, as in blocklist files. Thread-safe.
    static Preview analyse(const QString &text, quint64 generation);

Q_SIGNALS:
    // The blocklist changed; the summary says how, in a sentence.
    void blocklistChanged(const QString &summary);

private:
    void scheduleAnalysis();
    void startAnalysis();
    void showPreview(const Preview &preview);
    void selectProblem(QListWidgetItem *item);
    void block();
    // force: also what covers this machine's addresses or more than a /8, once asked.
    void send(const QStringList &entries, quint32 seconds, const QString &comment, bool force);
    void unblock();
    void setBusy(bool busy);
    void updateButtons();

    HelperClient *m_client;
    QPlainTextEdit *m_text;
    QLabel *m_summary;
    QListWidget *m_problems;
    QComboBox *m_duration;
    QLineEdit *m_comment;
    QLabel *m_busy;
    QPushButton *m_blockButton;
    QPushButton *m_unblockButton;
    QTimer m_debounce;
    QFutureWatcher<Preview> m_analysis;
    quint64 m_generation = 0;
    bool m_analysisPending = false;
    bool m_busyWithHelper = false;
    Preview m_preview;
};

} // namespace Rampart
