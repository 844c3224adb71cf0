#pragma once

#include "net/pasteditems.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Rampart {

class HelperClient;

// The networks that no feed may block, whatever it lists: the administrator's own
// addresses, partners, monitoring. Lists them, adds what is pasted in any form, and removes
// the selected ones; every feed is applied again by the helper after a change.
class AllowlistDialog : public QDialog
{
    Q_OBJECT

public:
    struct Analysis
    {
        quint64 generation = 0;
        CheckedEntries checked; // the first refused items are named, the rest counted
    };

    // The client is not owned and must outlive the dialog.
    explicit AllowlistDialog(HelperClient *client, QWidget *parent = nullptr);

    void reload();
    void setText(const QString &text);

    // Splits on lines, commas, semicolons and spaces; "#" starts a comment to the end of
    // the line. Thread-safe.
    static Analysis analyse(const QString &text, quint64 generation);

Q_SIGNALS:
    // The allowlist changed, and so what the feeds block; the summary says how.
    void allowlistChanged(const QString &summary);

private:
    void scheduleAnalysis();
    void startAnalysis();
    void showAnalysis(const Analysis &analysis);
    void add();
    void removeSelected();
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &what, const QString &why);
    void updateButtons();

    HelperClient *m_client;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_loadProblem;
    QPlainTextEdit *m_text;
    QLabel *m_problems;
    QLineEdit *m_comment;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_busy;
    QTimer m_debounce;
    QFutureWatcher<Analysis> m_analysis;
    quint64 m_generation = 0;
    bool m_analysisPending = false;
    bool m_busyWithHelper = false;
    bool m_loading = false;
    Analysis m_current;
};

} // namespace Rampart
