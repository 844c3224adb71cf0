#pragma once

#include "client/blocklistlisting.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QAction;
class QDBusError;
class QLabel;
class QLineEdit;
class QTableView;

namespace Rampart {

class BlocklistModel;
class BlocklistProxyModel;
class HelperClient;

// The Blocklist tab: every entry the helper lists, filtered as the administrator types,
// with Unblock and Copy on the selection. Each listing read is compared with the rows off
// the GUI thread and applied as the difference, so that the selection and the scroll
// position survive it, and a million rows never freeze the window. The tab holds a read's
// entries only until its rows show them: the rows are the one copy it keeps.
class BlocklistTab : public QWidget
{
    Q_OBJECT

public:
    // The client and the listing are not owned and must outlive the tab; the tab never
    // reads the listing itself, whoever owns it does. It starts from the listing's last read
    // if someone still holds its entries, else from the next read.
    BlocklistTab(HelperClient *client, BlocklistListing *listing, QWidget *parent = nullptr);
    ~BlocklistTab() override;

    // For the main window's Firewall menu; enabled while the tab is shown with a selection.
    QAction *unblockAction() const { return m_unblockAction; }

    BlocklistModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }

    void focusFilter();

Q_SIGNALS:
    // What an unblock is doing, for the status bar until the next message; empty clears it.
    void progress(const QString &text);
    // Entries were unblocked here; summary says what became of them.
    void blocklistChanged(const QString &summary);
    // The helper did not do what was asked (what), for the reason error gives.
    void helperFailed(const QString &what, const QDBusError &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void takeEntries(const BlocklistListing::Entries &entries);
    void applyListing();
    void listingRead();
    void confirmUnblockSelected();
    void unblock(const QStringList &cidrs);
    void updateActions();
    void updateCount();
    QStringList selectedCidrs() const;
    void rememberSelection();
    void restoreSelection();

    HelperClient *m_client;
    BlocklistListing *m_listing;
    BlocklistModel *m_model;
    BlocklistProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QLabel *m_listingProblem;
    QTableView *m_table;
    QAction *m_unblockAction;

    QTimer m_filterDelay;
    QTimer m_expiryRepaint;
    // The last read's entries until the rows show them, to compare again if the model changed
    // meanwhile; then let go. Numbered, so that a comparison knows whether it was the last.
    BlocklistListing::Entries m_unapplied;
    quint64 m_unappliedNumber = 0;
    // One comparison with the rows at a time; a listing read meanwhile is compared after.
    bool m_diffInFlight = false;
    bool m_diffAgain = false;
    bool m_applied = false;
    QSet<QString> m_selectionToRestore;
};

} // namespace Rampart
