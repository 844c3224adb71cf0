#pragma once

#include "connections/blocktargets.h"
#include "dbus/helpertypes.h"
#include "feeds/feedrefresh.h"
#include "net/lockoutnetworks.h"
#include "net/rangeset.h"
#include "rules/lockoutguard.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Rampart {

class ConfirmWithinField;

class FeedPreview;
class HelperClient;

// Adds a feed, or changes one: where it comes from, how it is written, what it is called
// and how often it is refreshed. Preview reads the feed without changing anything and says
// what it holds, what is wrong in it and what it would block that it should not; Apply
// saves the feed with the helper and loads its list.
class ImportFeedDialog : public QDialog
{
    Q_OBJECT

public:
    // The client is not owned and must outlive the dialog.
    explicit ImportFeedDialog(HelperClient *client, QWidget *parent = nullptr);
    ~ImportFeedDialog() override;

    // Names taken already: a new feed cannot have one (the helper would take it for an
    // edit of that feed).
    void setExistingNames(const QStringList &names);
    // Edits this feed; its name stays.
    void setFeed(const FeedInfo &feed);
    void setLocation(const QString &location);
    // What the list must not cover without a second question: the administrator's own
    // session, the default gateway. Read when a preview is shown.
    void setLockoutNetworkSource(LockoutNetworkSource source);
    // Who is connected now, for the preview to say whom the list would cut; none unless set.
    void setConnectionsSource(ConnectionGroupSource source);

    // What Apply would save. Editing a feed listed with its password or token as "***",
    // the location stays so until the dialog has read it whole, before a preview or Apply.
    FeedInfo settings() const;

    // An absolute path for a file (also from file:// URLs and ~/), a web address as it is.
    static QString normalizedLocation(const QString &text);

    void preview();
    void apply();

Q_SIGNALS:
    // The feed's settings were saved, or its list loaded; the summary says what happened,
    // in a sentence.
    void feedsChanged(const QString &summary);
    // The dialog loads the feed's list itself from now until applyFinished().
    void applyStarted(const QString &name);
    void applyProgress(const QString &name, qint64 done, qint64 total);
    void applyFinished(const QString &name);

protected:
    void done(int result) override;

private:
    enum class Task { None, Allowlist, Credentials, Preview, Saving, Loading };

    void createSourceBox();
    void locationEdited();
    void nameEdited();
    void settingsChanged();
    void browse();
    void startPreview();
    void showPreview(const FeedRefresh::Result &result);
    // The script loading the previewed list would run, in a viewer (CommandsDialog); a feed
    // not added yet is shown as added, and nothing is saved or loaded.
    void showCommands();
    // The lockout guard's question: load without the ranges at risk (they go on the
    // allowlist), load anyway, or (the default) not at all.
    void askAboutLockout(const FeedInfo &feed);
    void allowRiskRanges(const FeedInfo &feed);
    void loadList(const FeedInfo &feed);
    void loaded(const FeedRefresh::Result &result);
    void setTask(Task task, const QString &stage = {});
    void showProgress(qint64 done, qint64 total);
    void cancelTask();
    void abandonRefresh();
    void updateName();
    void updateSecurity();
    void updateButtons();
    // Whether the helper refuses the feed over plain HTTP unless it is marked insecure.
    static bool needsInsecure(FeedInfo feed);
    // Whether a preview or Apply of the edited feed needs its location as feeds(true) has it.
    bool needsWholeSettings() const;
    void readWholeSettings(std::function<void()> then);
    void rememberLocation(const QString &location);
    QString formatText() const;
    QString nameProblem() const;
    // Whether Apply loads the list (a new feed, or a new location or format) and so needs a
    // preview of these settings first.
    bool applyLoadsList() const;
    bool previewIsCurrent() const;

    HelperClient *m_client;
    QComboBox *m_location;
    QPushButton *m_browseButton;
    QComboBox *m_format;
    QLabel *m_csvColumnLabel;
    QSpinBox *m_csvColumn;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QWidget *m_nameProblemBar;
    QComboBox *m_refresh;
    QWidget *m_securityBar;
    QLabel *m_securityProblem;
    QCheckBox *m_insecure;
    QCheckBox *m_allowBroad;
    ConfirmWithinField *m_confirmWithin;

    QPushButton *m_previewButton;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;

    QGroupBox *m_previewBox;
    FeedPreview *m_preview;

    QPushButton *m_applyButton;
    QPushButton *m_showCommandsButton = nullptr;
    QDialogButtonBox *m_buttons;

    QPointer<FeedRefresh> m_refreshJob;
    Task m_task = Task::None;
    quint64 m_taskGeneration = 0;
    bool m_editing = false;
    bool m_nameEditedByHand = false;
    bool m_saved = false; // the helper has the feed by now
    FeedInfo m_original; // as the Feeds tab lists it
    std::optional<FeedInfo> m_whole; // the same, with its credentials, once read
    QStringList m_existingNames;

    bool m_allowlistKnown = false;
    RangeSet m_allowlist;
    QString m_allowlistProblem;

    // The settings the shown preview was made with, and whether it can be applied.
    bool m_previewShown = false;
    QString m_previewLocation;
    QString m_previewFormat;
    bool m_previewUsable = false;
    // What the last preview found: Apply loads exactly this list.
    FeedRefresh::Result m_previewResult;
    LockoutNetworkSource m_lockoutNetworks;
    ConnectionGroupSource m_connections;
    // What the lockout guard found in the list previewed: Apply asks first when there is
    // any. Cleared once the administrator answered for it.
    QList<LockoutRisk> m_previewRisks;
};

} // namespace Rampart
