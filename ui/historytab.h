#pragma once

#include "dbus/helpertypes.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QAction;
class QDBusError;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace Rampart {

class ChangePermission;
class HelperClient;
class HistoryModel;
class HistoryProxyModel;

// The History tab: who changed the blocklist, what, when and from where, newest first,
// loaded a page at a time as the administrator scrolls, with a text filter, the selected
// row's networks and detail, and Undo. undoLastOwnChange is the window's Edit > Undo.
class HistoryTab : public QWidget
{
    Q_OBJECT

public:
    // Rows asked for at a time.
    static constexpr quint32 pageSize = 200;

    // The client is not owned and must outlive the tab.
    explicit HistoryTab(HelperClient *client, QWidget *parent = nullptr);

    // Asks for the rows newer than those shown; the first call loads the newest page.
    void refresh();
    // Undoes the caller's own last change from the window or rampartctl not undone yet.
    void undoLastOwnChange();

    // For the window's Edit menu.
    QAction *undoAction() const { return m_undoLastAction; }
    // Undo is greyed out, with the reason, while the user may not change the firewall.
    // Not owned.
    void setChangePermission(const ChangePermission *permission);
    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }

Q_SIGNALS:
    // A change was undone; summary says what.
    void blocklistChanged(const QString &summary);
    // A message for the status bar.
    void message(const QString &text);
    // The helper did not do what was asked (what), for the reason error gives.
    void helperFailed(const QString &what, const QDBusError &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadNewer(qint64 beforeId, QList<HistoryEntry> gathered);
    void loadOlder(qint64 beforeId);
    void findOwnChange(qint64 beforeId, int page);
    void confirmUndoSelected();
    void undo(const HistoryEntry &row);
    void showDetails();
    void updateActions();
    const HistoryEntry *selectedEntry() const;

    HelperClient *m_client;
    HistoryModel *m_model;
    HistoryProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QAction *m_undoAction;
    QAction *m_undoLastAction;
    const ChangePermission *m_permission = nullptr;
    QTimer m_filterDelay;
    bool m_refreshing = false;
    bool m_undoing = false;
};

} // namespace Rampart
