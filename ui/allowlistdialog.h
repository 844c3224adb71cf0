#pragma once

#include "net/pasteditems.h"

#include <QDialog>
#include <QStringList>

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
    // The client is not owned and must outlive the dialog.
    explicit AllowlistDialog(HelperClient *client, QWidget *parent = nullptr);

    void reload();
    void setText(const QString &text);

Q_SIGNALS:
    // The allowlist changed, and so what the feeds block; the summary says how.
    void allowlistChanged(const QString &summary);

private:
    void showCheck();
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
    // The text split into items (pastedItems()) and checked for the allowlist.
    PastedEntriesChecker *m_checker;
    bool m_busyWithHelper = false;
    bool m_loading = false;
};

} // namespace Rampart
