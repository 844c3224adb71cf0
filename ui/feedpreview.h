#pragma once

#include "connections/blocktargets.h"
#include "feeds/feedrefresh.h"
#include "net/lockoutnetworks.h"
#include "rules/lockoutguard.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace Rampart {

// What a preview found in a feed, as the Import Feed dialog shows it: how many items the
// list holds, valid, invalid and repeated, and how many networks and addresses it blocks
// once the allowlist is taken out; the invalid lines with their numbers; and what it would
// block that it should not (addresses off the public Internet, networks wider than the
// helper takes, the administrator's own session or gateway). Or why the feed cannot be
// imported at all, or what else went wrong in the dialog.
class FeedPreview : public QWidget
{
    Q_OBJECT

public:
    explicit FeedPreview(QWidget *parent = nullptr);

    // A finished preview (FeedRefresh::Status::Previewed) or a failed one. allowlistProblem
    // says why the allowlist is not taken out of the counts, if it is not; the list is
    // judged by the lockout guard against lockoutNetworks.
    void showResult(const FeedRefresh::Result &result, const QString &allowlistProblem,
                    const QList<ProtectedNetwork> &lockoutNetworks);
    // Who is connected now from within the list shown, as information: said when anyone is.
    void showConnected(const ConnectedCount &count);
    // Whether the feed may hold networks wider than /8 (IPv6 /16): when it may not, those of
    // the list are named.
    void setBroadNetworksAllowed(bool allowed);
    // Those networks of the list shown, allowed or not, as the helper gets them: the list as
    // the fewest networks, adjacent items merged. None unless the preview succeeded.
    QStringList broadNetworks() const { return m_broadNetworks; }
    // Why loading the list shown needs a second thought, one sentence per lockout risk;
    // empty when nothing is at risk.
    QStringList protectedWarnings() const { return lockoutRiskTexts(m_lockoutRisks); }
    // What the lockout guard finds in the list shown.
    QList<LockoutRisk> lockoutRisks() const { return m_lockoutRisks; }

    // Why something cannot be done: said under the report, until hideFatal().
    void showFatal(const QString &title, const QString &text);
    void hideFatal();

private:
    void showInvalidLines(const FeedParseResult &parsed, bool previewed);
    void showBogons(const QList<BogonHit> &bogons, bool previewed);
    void showBroadNetworks();

    QLabel *m_hint;
    QWidget *m_counts;
    QLabel *m_valid;
    QLabel *m_invalid;
    QLabel *m_duplicates;
    QLabel *m_allowlisted;
    QLabel *m_networks;
    QLabel *m_addresses;
    QLabel *m_allowlistNote;
    QWidget *m_allowlistNoteBar;
    QLabel *m_invalidNote;
    QStandardItemModel *m_invalidLines;
    QTableView *m_invalidTable;
    QWidget *m_bogonBar;
    QLabel *m_bogons;
    QWidget *m_broadBar;
    QLabel *m_broad;
    QWidget *m_protectedBar;
    QWidget *m_connectedBar;
    QLabel *m_connected;
    QLabel *m_protected;
    QWidget *m_fatalBar;
    QLabel *m_fatalTitle;
    QLabel *m_fatal;

    bool m_broadNetworksAllowed = false;
    QStringList m_broadNetworks;
    QList<LockoutRisk> m_lockoutRisks;
};

} // namespace Rampart
