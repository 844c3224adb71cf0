#pragma once

#include "client/blocklistlisting.h"

#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QDBusError;
class QLabel;
class QLineEdit;
class QTableView;

namespace Rampart {

class BlocklistModel;
class BlocklistProxyModel;
class ChangePermission;
class HelperClient;

// The Blocklist tab: every entry the helper lists, filtered as the administrator types (by
// containment when the text is an address or a network) and by source, with Unblock and Copy
// on the selection. Each listing read is compared with the rows off the GUI thread and
// applied as the difference (BlocklistModel), so that the selection and the scroll position
// survive it, and a million rows never freeze the window. While the tab is shown, the listing
// is read again every few seconds, so that hit counters, last hits and rates move by themselves.
// The tab holds a read's entries only until its rows show them: the rows are the one copy it keeps.
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
    // Unblock is greyed out, with the reason, while the user may not change the firewall.
    // Not owned.
    void setChangePermission(const ChangePermission *permission);

    BlocklistModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }

    void focusFilter();
    // How often the counters are read again while the tab is shown; tests shorten it.
    void setCounterRefreshInterval(int ms) { m_counterRefresh.setInterval(ms); }
    // The entries of the selected rows, as the helper wrote them.
    QStringList selectedCidrs() const;

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
    void listingRead();
    void updateSources();
    void confirmUnblockSelected();
    void unblock(const QStringList &cidrs);
    void updateActions();
    void updateCount();

    HelperClient *m_client;
    BlocklistListing *m_listing;
    BlocklistModel *m_model;
    BlocklistProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_sourceFilter;
    QLabel *m_count;
    QLabel *m_listingProblem;
    QTableView *m_table;
    QAction *m_unblockAction;
    const ChangePermission *m_permission = nullptr;

    QTimer m_filterDelay;
    QTimer m_expiryRepaint;
    QTimer m_counterRefresh;
    bool m_applied = false;
};

} // namespace Rampart
