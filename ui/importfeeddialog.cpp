#include "importfeeddialog.h"

#include "confirmdialog.h"
#include "confirmwithinfield.h"

#include "client/helperclient.h"
#include "client/pendingreply.h"
#include "commandsdialog.h"
#include "feedpreview.h"
#include "feeds/countryfeed.h"
#include "feeds/feedformat.h"
#include "feeds/feedlocation.h"
#include "feeds/feedparser.h"
#include "feeds/feedsummary.h"
#include "geo/geodatabase.h"
#include "messagebar.h"
#include "rules/requestrules.h"
#include "time/duration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace Rampart {

namespace {

constexpr auto recentLocationsKey = "feeds/recentLocations";
constexpr int maxRecentLocations = 10;
constexpr int progressSteps = 1000;

// Refresh intervals offered; the helper takes anything from 5 minutes to a year, which
// rampartctl can set, and such a feed keeps its own.
constexpr quint32 everySixHours = 6 * 3600;
constexpr quint32 everyDay = 86400;
constexpr quint32 everyWeek = 7 * 86400;

const QList<FeedFormat> &choosableFormats()
{
    static const QList<FeedFormat> formats {
        FeedFormat::Lines,   FeedFormat::Separated, FeedFormat::Ranges, FeedFormat::P2P,
        FeedFormat::DShield, FeedFormat::Csv,       FeedFormat::Json,
    };
    return formats;
}

} // namespace

ImportFeedDialog::ImportFeedDialog(HelperClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setWindowTitle(tr("Import Feed"));
    createSourceBox();

    m_previewBox = new QGroupBox(tr("Preview"), this);
    m_previewBox->setObjectName(QStringLiteral("previewBox"));
    m_preview = new FeedPreview(m_previewBox);
    m_preview->setObjectName(QStringLiteral("feedPreview"));
    auto *previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->addWidget(m_preview);

    m_buttons = new QDialogButtonBox(this);
    m_applyButton = new QPushButton(tr("&Apply"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok-apply"),
                                            style()->standardIcon(QStyle::SP_DialogApplyButton)));
    m_buttons->addButton(m_applyButton, QDialogButtonBox::ApplyRole);
    m_showCommandsButton = new QPushButton(tr("Show Co&mmands…"), this);
    m_showCommandsButton->setObjectName(QStringLiteral("showCommandsButton"));
    m_showCommandsButton->setToolTip(tr("Show the ipset and iptables commands loading the "
                                        "previewed list would run, without loading it."));
    m_buttons->addButton(m_showCommandsButton, QDialogButtonBox::HelpRole);
    connect(m_showCommandsButton, &QPushButton::clicked, this, &ImportFeedDialog::showCommands);
    // Our own words rather than Qt's, which need Qt's translations installed.
    QPushButton *closeButton = m_buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    closeButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-close"),
                                          style()->standardIcon(QStyle::SP_DialogCloseButton)));
    connect(m_applyButton, &QPushButton::clicked, this, &ImportFeedDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_previewBox, 1);
    layout->addWidget(m_buttons);

    setTask(Task::None);
    settingsChanged();
    resize(720, 640);
}

ImportFeedDialog::~ImportFeedDialog()
{
    abandonRefresh();
}

void ImportFeedDialog::abandonRefresh()
{
    if (m_refreshJob)
        std::exchange(m_refreshJob, nullptr)->discard();
}

void ImportFeedDialog::createSourceBox()
{
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setMinimumContentsLength(40);
    m_location->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_location->addItems(QSettings().value(QLatin1String(recentLocationsKey)).toStringList());
    m_location->setCurrentIndex(-1);
    m_location->lineEdit()->setPlaceholderText(
        tr("https://example.org/blocklist.txt or /path/to/blocklist.txt"));
    m_location->lineEdit()->setClearButtonEnabled(true);
    m_location->setToolTip(tr("A web address (http or https) or a file on this computer. "
                              "Compressed files (.gz, .zip) are unpacked."));
    connect(m_location, &QComboBox::editTextChanged, this, &ImportFeedDialog::locationEdited);

    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAutoDefault(false);
    connect(m_browseButton, &QPushButton::clicked, this, &ImportFeedDialog::browse);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_format->setMinimumContentsLength(30);
    m_format->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_format->addItem(tr("Detect automatically"), feedFormatName(FeedFormat::Auto));
    for (const FeedFormat format : choosableFormats())
        m_format->addItem(feedFormatDescription(format), feedFormatName(format));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportFeedDialog::settingsChanged);

    m_csvColumn = new QSpinBox(this);
    m_csvColumn->setObjectName(QStringLiteral("csvColumn"));
    m_csvColumn->setRange(0, 999);
    m_csvColumn->setSpecialValueText(tr("find"));
    m_csvColumn->setToolTip(tr("The column that holds the addresses, counted from 1; \"find\" "
                               "takes the first column that holds addresses in most rows."));
    m_csvColumnLabel = new QLabel(tr("Col&umn:"), this);
    m_csvColumnLabel->setBuddy(m_csvColumn);
    connect(m_csvColumn, &QSpinBox::valueChanged, this, &ImportFeedDialog::settingsChanged);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(maxFeedNameLength);
    m_name->setPlaceholderText(tr("spamhaus-drop"));
    m_name->setToolTip(tr("Names the feed in the Feeds tab, the blocklist and the history."));
    connect(m_name, &QLineEdit::textEdited, this, &ImportFeedDialog::nameEdited);
    connect(m_name, &QLineEdit::textChanged, this, &ImportFeedDialog::settingsChanged);
    m_nameProblem = new QLabel(this);
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_nameProblemBar =
        messageBar(this, "dialog-error", QStyle::SP_MessageBoxCritical, { m_nameProblem }, false);
    m_nameProblemBar->hide();

    m_refresh = new QComboBox(this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->addItem(tr("Only when asked"), 0u);
    m_refresh->addItem(tr("Every 6 hours"), everySixHours);
    m_refresh->addItem(tr("Every day"), everyDay);
    m_refresh->addItem(tr("Every week"), everyWeek);
    m_refresh->setCurrentIndex(2);
    m_refresh->setToolTip(tr("Feeds are refreshed while Rampart runs, and by the system timer "
                             "where it is enabled. A failed download keeps the last good list."));

    m_securityProblem = new QLabel(this);
    m_securityProblem->setObjectName(QStringLiteral("securityProblem"));
    m_insecure = new QCheckBox(tr("Fetch over plain HTTP anyway (&insecure)"), this);
    m_insecure->setObjectName(QStringLiteral("insecure"));
    m_insecure->setToolTip(tr("Anyone between this machine and the server can then change the "
                              "list. Use it only for a source that offers nothing better."));
    connect(m_insecure, &QCheckBox::toggled, this, &ImportFeedDialog::settingsChanged);
    m_securityBar = new QWidget(this);
    m_securityBar->setObjectName(QStringLiteral("securityBar"));
    auto *securityLayout = new QVBoxLayout(m_securityBar);
    securityLayout->setContentsMargins(0, 0, 0, 0);
    securityLayout->setSpacing(2);
    securityLayout->addWidget(messageBar(m_securityBar, "dialog-warning",
                                         QStyle::SP_MessageBoxWarning, { m_securityProblem },
                                         false));
    securityLayout->addWidget(m_insecure);
    m_securityBar->hide();

    m_allowBroad = new QCheckBox(tr("Allow networks wider than /8 (IPv6 /16)"), this);
    m_allowBroad->setObjectName(QStringLiteral("allowBroad"));
    m_allowBroad->setToolTip(tr("Without it the helper refuses a list that holds a network "
                                "wider than /8 (IPv6 /16) of addresses Internet sources use: a "
                                "damaged or hostile list could otherwise lock out everyone."));
    connect(m_allowBroad, &QCheckBox::toggled, this, [this] {
        m_preview->setBroadNetworksAllowed(allowsBroadNetworks(settings()));
        settingsChanged();
    });

    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_location);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_location, 1);
    sourceRow->addWidget(m_browseButton);
    auto *sourceColumn = new QVBoxLayout;
    sourceColumn->setSpacing(2);
    sourceColumn->addLayout(sourceRow);
    sourceColumn->addWidget(m_securityBar);

    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format, 1);
    formatRow->addWidget(m_csvColumnLabel);
    formatRow->addWidget(m_csvColumn);

    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameProblemBar);

    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setIcon(
        QIcon::fromTheme(QStringLiteral("document-preview"),
                         style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    m_previewButton->setToolTip(
        tr("Read the feed and show what it holds, without changing anything"));
    m_previewButton->setDefault(true);
    connect(m_previewButton, &QPushButton::clicked, this, &ImportFeedDialog::preview);

    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_stage->setTextFormat(Qt::PlainText);
    m_stage->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    m_stage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-cancel"),
                                             style()->standardIcon(QStyle::SP_DialogCancelButton)));
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportFeedDialog::cancelTask);

    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_previewButton);
    previewRow->addWidget(m_stage, 2);
    previewRow->addWidget(m_progress, 1);
    previewRow->addWidget(m_cancelButton);
    // Keeps the button its own size while the rest of the row is hidden.
    previewRow->addStretch(0);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(sourceLabel, sourceColumn);
    form->addRow(formatLabel, formatRow);
    form->addRow(tr("&Name:"), nameColumn);
    if (auto *nameLabel = qobject_cast<QLabel *>(form->labelForField(nameColumn)))
        nameLabel->setBuddy(m_name);
    form->addRow(tr("&Refresh:"), m_refresh);
    form->addRow(QString(), m_allowBroad);
    m_confirmWithin = new ConfirmWithinField(this);
    form->addRow(QString(), m_confirmWithin);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(previewRow);
}

QString ImportFeedDialog::normalizedLocation(const QString &text)
{
    QString location = text.trimmed();
    if (location.isEmpty() || isWebLocation(location))
        return location;
    if (const QString country = countryOfLocation(location); !country.isEmpty())
        return countryLocation(country);
    if (location.startsWith(QLatin1String("file:"))) {
        const QString path = QUrl(location).toLocalFile();
        if (!path.isEmpty())
            location = path;
    }
    if (location == u'~' || location.startsWith(QLatin1String("~/")))
        location = QDir::homePath() + location.mid(1);
    // The helper keeps absolute paths only: the timer that refreshes feeds runs elsewhere.
    return QFileInfo(location).absoluteFilePath();
}

void ImportFeedDialog::setExistingNames(const QStringList &names)
{
    m_existingNames = names;
    settingsChanged();
}

void ImportFeedDialog::setFeed(const FeedInfo &feed)
{
    m_editing = true;
    m_original = feed;
    m_whole.reset();
    setWindowTitle(tr("Edit Feed %1").arg(feed.name));

    m_location->setEditText(feed.location);
    int formatIndex = 0;
    int column = 0;
    if (const std::optional<FeedParseOptions> options = feedOptionsFromText(feed.format)) {
        formatIndex = std::max(0, m_format->findData(feedFormatName(options->format)));
        column = options->format == FeedFormat::Csv ? options->csvColumn + 1 : 0;
    }
    m_format->setCurrentIndex(formatIndex);
    m_csvColumn->setValue(std::max(0, column));

    m_name->setText(feed.name);
    m_name->setReadOnly(true);
    m_name->setToolTip(tr("A feed keeps its name; to rename it, import it again under the new "
                          "name and remove this one."));

    int refreshIndex = m_refresh->findData(feed.refreshSeconds);
    if (refreshIndex < 0) {
        m_refresh->addItem(tr("Every %1").arg(formatDuration(feed.refreshSeconds)),
                           feed.refreshSeconds);
        refreshIndex = m_refresh->count() - 1;
    }
    m_refresh->setCurrentIndex(refreshIndex);
    m_insecure->setChecked(feed.insecure);
    m_allowBroad->setChecked(feed.allowBroad);
    settingsChanged();
}

void ImportFeedDialog::setLocation(const QString &location)
{
    m_location->setEditText(location);
}

void ImportFeedDialog::setLockoutNetworkSource(LockoutNetworkSource source)
{
    m_lockoutNetworks = std::move(source);
}

void ImportFeedDialog::setConnectionsSource(ConnectionGroupSource source)
{
    m_connections = std::move(source);
}

FeedInfo ImportFeedDialog::settings() const
{
    FeedInfo feed = m_editing ? m_original : FeedInfo();
    const QString location = normalizedLocation(m_location->currentText());
    if (m_whole) {
        // The location as shown stands for the whole one until it is edited; the checksum
        // URL is not shown to be edited at all.
        feed.checksumUrl = m_whole->checksumUrl;
        feed.location = location == m_original.location ? m_whole->location : location;
    } else {
        feed.location = location;
    }
    feed.name = m_name->text();
    feed.format = formatText();
    feed.refreshSeconds = m_refresh->currentData().toUInt();
    // Only where it makes a difference: an https feed is not recorded as insecure.
    feed.insecure = m_insecure->isChecked() && needsInsecure(feed);
    feed.allowBroad = m_allowBroad->isChecked();
    return feed;
}

bool ImportFeedDialog::needsInsecure(FeedInfo feed)
{
    // The rule looks at the name first; a name still being typed is said beside it.
    if (!isFeedName(feed.name))
        feed.name = QStringLiteral("feed");
    return Rampart::needsInsecure(feed);
}

bool ImportFeedDialog::needsWholeSettings() const
{
    if (!m_editing || m_whole || !hidesCredentials(m_original))
        return false;
    // An edited location is the administrator's own, whole; the checksum URL is not shown.
    return normalizedLocation(m_location->currentText()) == m_original.location
        || hidesCredentials(m_original.checksumUrl);
}

void ImportFeedDialog::readWholeSettings(std::function<void()> then)
{
    const quint64 generation = ++m_taskGeneration;
    setTask(Task::Credentials, tr("Reading the feed's address with its password or token…"));
    whenAnswered(
        m_client->feeds(true), this,
        [this, generation, then = std::move(then)](const QDBusPendingCall &call) {
            if (generation != m_taskGeneration)
                return;
            setTask(Task::None);
            const QDBusPendingReply<QList<FeedInfo>> reply = call;
            if (reply.isError()) {
                m_preview->showFatal(tr("The feed's address could not be read whole, so nothing "
                                        "was fetched or saved."),
                                     HelperClient::describe(reply.error()));
                return;
            }
            const QList<FeedInfo> feeds = reply.value();
            for (const FeedInfo &feed : feeds) {
                if (feed.name == m_original.name) {
                    m_whole = feed;
                    then();
                    return;
                }
            }
            m_preview->showFatal(tr("The helper no longer has the feed %1.").arg(m_original.name),
                                 tr("Nothing was saved. Close this dialog and import the feed "
                                    "again."));
        });
}

void ImportFeedDialog::updateSecurity()
{
    // The helper's own rule, with and without the administrator's consent to plain HTTP.
    FeedInfo feed = settings();
    const bool shown = needsInsecure(feed) && !m_location->currentText().trimmed().isEmpty();
    if (!isFeedName(feed.name))
        feed.name = QStringLiteral("feed");
    feed.insecure = false;
    m_securityProblem->setText(shown ? feedSettingsRefusal(feed) : QString());
    m_securityBar->setVisible(shown);
}

QString ImportFeedDialog::formatText() const
{
    if (!countryOfLocation(normalizedLocation(m_location->currentText())).isEmpty())
        return QLatin1String(countryFeedFormat);
    const QString name = m_format->currentData().toString();
    if (name == feedFormatName(FeedFormat::Csv) && m_csvColumn->value() > 0)
        return name + u':' + QString::number(m_csvColumn->value());
    return name;
}

void ImportFeedDialog::locationEdited()
{
    // What was detected belongs to the last location.
    m_format->setItemText(0, tr("Detect automatically"));
    if (!m_editing && !m_nameEditedByHand && !m_saved) {
        const QString location = normalizedLocation(m_location->currentText());
        m_name->setText(location.isEmpty() ? QString() : suggestedFeedName(location));
    }
    settingsChanged();
}

void ImportFeedDialog::nameEdited()
{
    m_nameEditedByHand = !m_name->text().isEmpty();
}

void ImportFeedDialog::settingsChanged()
{
    // A country's networks come from the geolocation database, in no format to choose.
    const QString country = countryOfLocation(normalizedLocation(m_location->currentText()));
    m_format->setEnabled(country.isEmpty() && m_task != Task::Saving && m_task != Task::Loading);
    // A country may always hold wide networks (allowsBroadNetworks): nothing to allow.
    m_allowBroad->setEnabled(country.isEmpty());
    if (!country.isEmpty()) {
        m_format->setCurrentIndex(0);
        m_format->setItemText(
            0,
            tr("The networks of %1 in the geolocation database")
                .arg(countryName(country).isEmpty() ? country : countryName(country)));
    }
    const bool csv = m_format->currentData().toString() == feedFormatName(FeedFormat::Csv);
    m_csvColumnLabel->setVisible(csv);
    m_csvColumn->setVisible(csv);
    // A preview of other settings stays readable, greyed out, until the next one.
    m_previewBox->setEnabled(!m_previewShown || previewIsCurrent());
    updateName();
    updateSecurity();
    updateButtons();
}

QString ImportFeedDialog::nameProblem() const
{
    const QString name = m_name->text();
    if (name.isEmpty())
        return tr("Give the feed a name.");
    // The helper's rule in the helper's words: the two cannot disagree.
    if (const QString refusal = feedNameRefusal(name); !refusal.isEmpty())
        return refusal;
    if (!m_editing && !m_saved && m_existingNames.contains(name))
        return tr("A feed named %1 exists already. Choose another name, or double-click that "
                  "feed in the Feeds tab to change it.")
            .arg(name);
    return {};
}

void ImportFeedDialog::updateName()
{
    const QString problem = nameProblem();
    // Nothing to complain about in an empty dialog.
    const bool show = !problem.isEmpty()
        && (!m_name->text().isEmpty() || !m_location->currentText().trimmed().isEmpty());
    m_nameProblem->setText(problem);
    m_nameProblemBar->setVisible(show);
}

bool ImportFeedDialog::applyLoadsList() const
{
    if (!m_editing)
        return true;
    return normalizedLocation(m_location->currentText()) != m_original.location
        || formatText() != m_original.format;
}

bool ImportFeedDialog::previewIsCurrent() const
{
    return m_previewShown && m_previewLocation == normalizedLocation(m_location->currentText())
        && m_previewFormat == formatText();
}

void ImportFeedDialog::updateButtons()
{
    const bool busy = m_task != Task::None;
    const bool hasLocation = !m_location->currentText().trimmed().isEmpty();
    m_previewButton->setEnabled(!busy && hasLocation);

    const bool needsPreview = applyLoadsList() && !(previewIsCurrent() && m_previewUsable);
    // The helper's rules; a refused location is said beside it, a refused name beside that.
    const bool refused = !feedSettingsRefusal(settings()).isEmpty();
    // Loading the list would be refused: said in the preview.
    const bool tooBroad = applyLoadsList() && !allowsBroadNetworks(settings())
        && !m_preview->broadNetworks().isEmpty();
    m_applyButton->setEnabled(!busy && hasLocation && nameProblem().isEmpty() && !needsPreview
                              && !refused && !tooBroad);
    if (refused && m_securityBar->isVisibleTo(this))
        m_applyButton->setToolTip(tr("Use https, or allow fetching over plain HTTP."));
    else if (tooBroad && !needsPreview)
        m_applyButton->setToolTip(tr("The list holds networks wider than /8 (IPv6 /16); allow "
                                     "them, or use another list."));
    else if (needsPreview && previewIsCurrent())
        m_applyButton->setToolTip(tr("This feed cannot be imported as it is; see the preview."));
    else if (needsPreview)
        m_applyButton->setToolTip(tr("Preview the feed first: Apply loads its list into the "
                                     "firewall."));
    else if (applyLoadsList())
        m_applyButton->setToolTip(tr("Save the feed and load its list into the firewall"));
    else
        m_applyButton->setToolTip(tr("Save the feed's settings"));
    // What was previewed is what the commands are shown for, as Apply loads it.
    m_showCommandsButton->setEnabled(!busy && previewIsCurrent() && m_previewUsable
                                     && nameProblem().isEmpty());
    if (!busy && m_applyButton->isEnabled() && previewIsCurrent())
        m_applyButton->setDefault(true);
    else if (!busy)
        m_previewButton->setDefault(true);
}

void ImportFeedDialog::setTask(Task task, const QString &stage)
{
    m_task = task;
    const bool busy = task != Task::None;
    m_stage->setText(stage);
    m_stage->setVisible(busy);
    m_progress->setRange(0, 0);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    // The helper's answer to a save cannot be taken back.
    m_cancelButton->setEnabled(task != Task::Saving);
    // What Apply sends stays what is on screen until the helper has it.
    const bool applying = task == Task::Saving || task == Task::Loading;
    for (QWidget *widget :
         std::initializer_list<QWidget *> { m_location, m_browseButton, m_format, m_csvColumn,
                                            m_name, m_refresh, m_insecure, m_allowBroad })
        widget->setEnabled(!applying);
    updateButtons();
}

void ImportFeedDialog::showProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, progressSteps);
    m_progress->setValue(
        int(std::clamp(done * progressSteps / total, qint64(0), qint64(progressSteps))));
}

void ImportFeedDialog::cancelTask()
{
    switch (m_task) {
    case Task::None:
    case Task::Saving:
        return;
    case Task::Allowlist:
    case Task::Credentials:
        ++m_taskGeneration; // its answer is not waited for
        setTask(Task::None);
        return;
    case Task::Preview:
    case Task::Loading:
        if (m_refreshJob) {
            m_stage->setText(tr("Cancelling…"));
            m_cancelButton->setEnabled(false);
            m_refreshJob->cancel();
        }
        return;
    }
}

void ImportFeedDialog::browse()
{
    QString folder = QFileInfo(normalizedLocation(m_location->currentText())).absolutePath();
    if (isWebLocation(m_location->currentText()) || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    auto *dialog = new QFileDialog(this, tr("Choose a Blocklist File"), folder,
                                   tr("Blocklists (*.txt *.netset *.ipset *.list *.csv *.json "
                                      "*.p2p *.dat *.gz *.zip);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportFeedDialog::setLocation);
    dialog->open();
}

void ImportFeedDialog::preview()
{
    if (m_task != Task::None || normalizedLocation(m_location->currentText()).isEmpty())
        return;
    m_preview->hideFatal();
    if (needsWholeSettings()) {
        readWholeSettings([this] { preview(); });
        return;
    }
    const quint64 generation = ++m_taskGeneration;
    if (m_allowlistKnown) {
        startPreview();
        return;
    }
    setTask(Task::Allowlist, tr("Reading the allowlist…"));
    whenAnswered(m_client->allowlist(), this, [this, generation](const QDBusPendingCall &call) {
        if (generation != m_taskGeneration)
            return;
        const QDBusPendingReply<QList<AllowedEntry>> reply = call;
        // Read once for the dialog: a polkit prompt at every preview would only annoy.
        m_allowlistKnown = true;
        if (reply.isError()) {
            m_allowlistProblem =
                tr("The allowlist could not be read, so this preview does not take it into "
                   "account. %1")
                    .arg(HelperClient::describe(reply.error()));
        } else {
            m_allowlist = allowlistRanges(reply.value());
        }
        startPreview();
    });
}

void ImportFeedDialog::startPreview()
{
    FeedInfo feed = settings();
    // A dry run records nothing with the helper, under any name.
    feed.name.clear();
    // What the preview is compared with later: the location as shown.
    const QString shownLocation = normalizedLocation(m_location->currentText());
    setTask(Task::Preview, tr("Reading…"));

    m_refreshJob = new FeedRefresh(m_client, this);
    connect(m_refreshJob, &FeedRefresh::stageChanged, m_stage, &QLabel::setText);
    connect(m_refreshJob, &FeedRefresh::progress, this, &ImportFeedDialog::showProgress);
    connect(
        m_refreshJob, &FeedRefresh::finished, this,
        [this, location = shownLocation, format = feed.format](const FeedRefresh::Result &result) {
            m_refreshJob->deleteLater();
            m_refreshJob = nullptr;
            if (result.status != FeedRefresh::Status::Cancelled) {
                m_previewShown = true;
                m_previewLocation = location;
                m_previewFormat = format;
                m_previewResult = result;
            }
            setTask(Task::None);
            showPreview(result);
        });
    m_refreshJob->start(feed, m_allowlist, true, false);
}

void ImportFeedDialog::showCommands()
{
    if (!previewIsCurrent() || !m_previewUsable)
        return;
    const QString name = settings().name;
    CommandsDialog::open(tr("Import Feed %1").arg(name),
                         m_client->updateFeedCommands(name, m_previewResult.summary.list), this);
}

void ImportFeedDialog::showPreview(const FeedRefresh::Result &result)
{
    if (result.status == FeedRefresh::Status::Cancelled) {
        settingsChanged();
        return;
    }
    const FeedSummary &summary = result.summary;
    const bool previewed = result.status == FeedRefresh::Status::Previewed;
    m_previewUsable = previewed && !summary.list.isEmpty();

    if (previewed && m_previewFormat == feedFormatName(FeedFormat::Auto)) {
        QString detected = feedFormatDescription(summary.parsed.format);
        if (summary.parsed.format == FeedFormat::Csv && summary.parsed.csvColumn >= 0)
            detected = tr("%1, column %2").arg(detected).arg(summary.parsed.csvColumn + 1);
        m_format->setItemText(0, tr("Detect automatically (detected: %1)").arg(detected));
    }

    m_preview->setBroadNetworksAllowed(allowsBroadNetworks(settings()));
    m_preview->showResult(result, m_allowlistProblem,
                          previewed && m_lockoutNetworks ? m_lockoutNetworks()
                                                         : QList<ProtectedNetwork>());
    m_previewRisks = m_preview->lockoutRisks();
    m_preview->showConnected(previewed && m_connections
                                 ? connectedWithin(summary.applied, m_connections())
                                 : ConnectedCount());

    if (m_previewUsable)
        rememberLocation(m_previewLocation);
    settingsChanged();
}

void ImportFeedDialog::apply()
{
    if (!m_applyButton->isEnabled())
        return;
    // Saving the location as shown would write "***" over its password or token.
    if (needsWholeSettings()) {
        m_preview->hideFatal();
        readWholeSettings([this] { apply(); });
        return;
    }
    const FeedInfo feed = settings();
    const bool loads = applyLoadsList();
    if (loads && previewIsCurrent() && !m_previewRisks.isEmpty()) {
        askAboutLockout(feed);
        return;
    }
    m_preview->hideFatal();
    const quint64 generation = ++m_taskGeneration;
    setTask(Task::Saving,
            tr("Saving the feed… An authentication dialog may ask for an "
               "administrator's password."));
    whenAnswered(m_client->addFeed(feed), this,
                 [this, generation, feed, loads](const QDBusPendingCall &call) {
                     if (generation != m_taskGeneration)
                         return;
                     const QDBusPendingReply<bool> reply = call;
                     if (reply.isError()) {
                         setTask(Task::None);
                         m_preview->showFatal(tr("The feed was not saved."),
                                              HelperClient::describe(reply.error()));
                         return;
                     }
                     // From now on the name is the feed's, and Apply changes that feed.
                     m_saved = true;
                     m_name->setReadOnly(true);
                     if (!loads) {
                         setTask(Task::None);
                         Q_EMIT feedsChanged(tr("Feed %1 saved.").arg(feed.name));
                         accept();
                         return;
                     }
                     loadList(feed);
                 });
}

void ImportFeedDialog::askAboutLockout(const FeedInfo &feed)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Import Feed"),
                        tr("Feed %1 would cut this machine off from what it needs.").arg(feed.name),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("protectedQuestion"));
    QStringList lines;
    for (const QString &text : lockoutRiskTexts(m_previewRisks))
        lines << QStringLiteral("• ") + text;
    box->setInformativeText(lines.join(u'\n'));
    QPushButton *withoutButton =
        box->addButton(tr("Load &Without Those Ranges"), QMessageBox::AcceptRole);
    withoutButton->setObjectName(QStringLiteral("loadWithout"));
    withoutButton->setToolTip(tr("Puts those ranges on the allowlist, so that no feed blocks "
                                 "them, then loads the rest of the list."));
    QPushButton *anywayButton = box->addButton(tr("&Load Anyway"), QMessageBox::DestructiveRole);
    anywayButton->setObjectName(QStringLiteral("loadAnyway"));
    // Cutting oneself off is the mistake to make hard.
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, withoutButton, anywayButton, feed] {
        if (box->clickedButton() == anywayButton) {
            m_previewRisks.clear();
            // Loading what the guard warned of is the risky change a rollback is for.
            m_confirmWithin->setChecked(true);
            apply();
        } else if (box->clickedButton() == withoutButton) {
            allowRiskRanges(feed);
        }
    });
    box->open();
}

void ImportFeedDialog::allowRiskRanges(const FeedInfo &feed)
{
    QStringList ranges;
    for (const Cidr &cidr : lockoutRiskRanges(m_previewRisks).toCidrs())
        ranges << cidr.toString();
    const quint64 generation = ++m_taskGeneration;
    setTask(Task::Saving,
            tr("Putting %n range(s) on the allowlist… An authentication dialog may ask for an "
               "administrator's password.",
               nullptr, int(ranges.size())));
    whenAnswered(m_client->allow(ranges,
                                 tr("Kept out of feed %1: this machine needs them")
                                     .arg(feed.name)
                                     .left(maxCommentLength)),
                 this, [this, generation, ranges](const QDBusPendingCall &call) {
                     if (generation != m_taskGeneration)
                         return;
                     setTask(Task::None);
                     if (call.isError()) {
                         m_preview->showFatal(tr("Nothing was loaded: the ranges could not be "
                                                 "put on the allowlist."),
                                              HelperClient::describe(call.error()));
                         return;
                     }
                     for (const QString &range : ranges)
                         m_allowlist.add(*parseCidr(range).cidr);
                     m_allowlist.normalize();
                     // The helper leaves the allowlist out of every feed: what is left of
                     // the list is safe to load.
                     m_previewRisks.clear();
                     apply();
                 });
}

void ImportFeedDialog::loadList(const FeedInfo &feed)
{
    setTask(Task::Loading, tr("Loading the list…"));
    Q_EMIT applyStarted(feed.name);
    m_refreshJob = new FeedRefresh(m_client, this);
    connect(m_refreshJob, &FeedRefresh::stageChanged, m_stage, &QLabel::setText);
    connect(m_refreshJob, &FeedRefresh::progress, this,
            [this, name = feed.name](qint64 done, qint64 total) {
                showProgress(done, total);
                Q_EMIT applyProgress(name, done, total);
            });
    connect(m_refreshJob, &FeedRefresh::finished, this, &ImportFeedDialog::loaded);
    m_refreshJob->setConfirmWithin(m_confirmWithin->seconds());
    // Forced: the administrator has just seen this list's preview. What was previewed is
    // what is loaded, without reading or downloading it again.
    if (previewIsCurrent() && m_previewUsable)
        m_refreshJob->applyPreviewed(feed, m_previewResult, true);
    else
        m_refreshJob->start(feed, m_allowlist, false, true);
}

void ImportFeedDialog::loaded(const FeedRefresh::Result &result)
{
    m_refreshJob->deleteLater();
    m_refreshJob = nullptr;
    setTask(Task::None);
    const QString name = result.feed;
    Q_EMIT applyFinished(name);
    const QLocale locale;
    switch (result.status) {
    case FeedRefresh::Status::Updated:
    case FeedRefresh::Status::Unchanged:
    case FeedRefresh::Status::Previewed: {
        rememberLocation(normalizedLocation(m_location->currentText()));
        const QString summary =
            tr("Feed %1 loaded: %2 networks added to the firewall, %3 removed.")
                .arg(name, locale.toString(result.added), locale.toString(result.removed));
        Q_EMIT feedsChanged(summary);
        if (const quint32 waitSeconds = m_confirmWithin->seconds();
            waitSeconds && result.historyId) {
            // Outlives this dialog, which closes now.
            auto *countdown = ConfirmDialog::showFor(m_client, result.historyId, waitSeconds,
                                                     summary, parentWidget());
            connect(countdown, &ConfirmDialog::kept, this, &ImportFeedDialog::feedsChanged);
            connect(countdown, &ConfirmDialog::rolledBack, this, &ImportFeedDialog::feedsChanged);
        }
        accept();
        return;
    }
    case FeedRefresh::Status::Cancelled:
        m_preview->showFatal(
            tr("Loading the list was cancelled."),
            tr("The feed's settings were saved; its list in the firewall is unchanged. "
               "Apply again, or use Refresh Now in the Feeds tab later."));
        break;
    case FeedRefresh::Status::Failed:
        m_preview->showFatal(
            tr("The feed's settings were saved, but its list was not loaded."),
            result.error + u' '
                + (m_original.lastSuccess
                       ? tr("The last good list stays in force.")
                       : tr("Nothing from this feed is blocked yet. Apply again once the "
                            "problem is solved.")));
        break;
    }
    // The settings were saved all the same.
    Q_EMIT feedsChanged(tr("Feed %1 saved; its list was not loaded.").arg(name));
}

void ImportFeedDialog::rememberLocation(const QString &location)
{
    if (location.isEmpty())
        return;
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(recentLocationsKey)).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > maxRecentLocations)
        recent.removeLast();
    settings.setValue(QLatin1String(recentLocationsKey), recent);
}

void ImportFeedDialog::done(int result)
{
    if (m_task == Task::Loading)
        Q_EMIT applyFinished(m_name->text());
    // Closing cancels what runs; the helper's answer to a save still arrives, unread.
    abandonRefresh();
    ++m_taskGeneration;
    setTask(Task::None);
    QDialog::done(result);
}

} // namespace Rampart
