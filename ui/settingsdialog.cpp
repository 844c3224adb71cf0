#include "settingsdialog.h"

#include "geo/geodatabase.h"
#include "geo/onlinedetails.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Rampart {

SettingsDialog::SettingsDialog(const GeoSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));

    auto *databaseBox = new QGroupBox(tr("Geolocation Database"), this);
    m_automatic = new QRadioButton(tr("&Find one in the usual places"), databaseBox);
    m_automatic->setObjectName(QStringLiteral("automatic"));
    m_automatic->setToolTip(GeoDatabase::databaseSearchPath().join(u'\n'));
    m_chosen = new QRadioButton(tr("&Use this file or folder:"), databaseBox);
    m_chosen->setObjectName(QStringLiteral("chosen"));
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_automatic);
    choice->addButton(m_chosen);
    m_file = new QLineEdit(settings.database, databaseBox);
    m_file->setObjectName(QStringLiteral("databaseFile"));
    m_file->setPlaceholderText(tr("/var/lib/GeoIP/GeoLite2-Country.mmdb"));
    m_file->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), databaseBox);
    m_browse->setAutoDefault(false);
    (settings.database.isEmpty() ? m_automatic : m_chosen)->setChecked(true);
    m_database = new QLabel(databaseBox);
    m_database->setObjectName(QStringLiteral("databaseInUse"));
    m_database->setWordWrap(true);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseIcon = new QLabel(databaseBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_databaseIcon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                               style()->standardIcon(QStyle::SP_MessageBoxWarning))
                                  .pixmap(iconSize, iconSize));
    m_databaseIcon->setAlignment(Qt::AlignTop);
    auto *usage = new QLabel(tr("Used by the Country column, by rampartctl geo and by country "
                                "feeds, which follow the database when it changes."),
                             databaseBox);
    usage->setWordWrap(true);
    usage->setForegroundRole(QPalette::PlaceholderText);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *databaseLayout = new QVBoxLayout(databaseBox);
    databaseLayout->addWidget(m_automatic);
    databaseLayout->addWidget(m_chosen);
    databaseLayout->addLayout(fileRow);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_databaseIcon);
    databaseRow->addWidget(m_database, 1);
    databaseLayout->addLayout(databaseRow);
    databaseLayout->addWidget(usage);

    auto *onlineBox = new QGroupBox(tr("Online Details"), this);
    m_online = new QCheckBox(tr("Look up &city and ISP online"), onlineBox);
    m_online->setObjectName(QStringLiteral("onlineDetails"));
    m_online->setChecked(settings.onlineDetails);
    m_onlineUrl = new QLineEdit(settings.onlineUrl.toString(), onlineBox);
    m_onlineUrl->setObjectName(QStringLiteral("onlineUrl"));
    m_onlineUrl->setPlaceholderText(defaultOnlineDetailsUrl().toString());
    m_onlineUrl->setToolTip(tr("A service that takes a POST of up to 100 addresses as a JSON "
                               "array and answers as ip-api.com's batch endpoint does"));
    m_notice = new QLabel(onlineBox);
    m_notice->setObjectName(QStringLiteral("onlineNotice"));
    m_notice->setWordWrap(true);
    auto *onlineForm = new QFormLayout;
    onlineForm->addRow(tr("Service &URL:"), m_onlineUrl);
    auto *onlineLayout = new QVBoxLayout(onlineBox);
    onlineLayout->addWidget(m_online);
    onlineLayout->addLayout(onlineForm);
    onlineLayout->addWidget(m_notice);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(databaseBox);
    layout->addWidget(onlineBox);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_automatic, &QRadioButton::toggled, this, &SettingsDialog::showDatabase);
    connect(m_file, &QLineEdit::editingFinished, this, &SettingsDialog::showDatabase);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_chosen->setChecked(true); });
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_online, &QCheckBox::toggled, this, &SettingsDialog::updateOnline);
    connect(m_onlineUrl, &QLineEdit::textChanged, this, &SettingsDialog::updateOnline);
    showDatabase();
    updateOnline();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 80, 0)));
}

GeoSettings SettingsDialog::settings() const
{
    GeoSettings settings;
    settings.database = m_chosen->isChecked() ? m_file->text().trimmed() : QString();
    settings.onlineDetails = m_online->isChecked();
    settings.onlineUrl = QUrl(m_onlineUrl->text().trimmed());
    return settings;
}

void SettingsDialog::browse()
{
    const QString current = m_file->text().trimmed();
    auto *dialog = new QFileDialog(this, tr("Choose a Geolocation Database"),
                                   current.isEmpty() ? QStringLiteral("/usr/share/GeoIP")
                                                     : QFileInfo(current).absolutePath(),
                                   tr("MaxMind databases (*.mmdb);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_file->setText(file);
        m_chosen->setChecked(true);
        showDatabase();
    });
    dialog->open();
}

void SettingsDialog::showDatabase()
{
    m_file->setEnabled(m_chosen->isChecked());
    const GeoSettings chosen = settings();
    if (m_chosen->isChecked() && chosen.database.isEmpty()) {
        // Saved as it is, this would mean "the usual places": not what is on screen.
        m_databaseUsable = false;
        m_database->setText(tr("Give a database file, or a folder that holds one."));
        m_databaseIcon->setVisible(true);
        updateOk();
        return;
    }
    // A chosen file is the only place searched: a wrong choice must show as wrong, not be
    // covered by the next database along the path.
    const GeoDatabase database = GeoDatabase::openFirst(
        chosen.database.isEmpty() ? chosen.searchPath() : QStringList { chosen.database });
    m_databaseUsable = database.isOpen();
    if (m_databaseUsable) {
        m_database->setText(
            tr("In use: %1 (%2), built %3.")
                .arg(database.path(), database.databaseType(),
                     QLocale().toString(database.buildDate().date(), QLocale::LongFormat)));
    } else {
        m_database->setText(database.errorString());
    }
    m_databaseIcon->setVisible(!m_databaseUsable);
    updateOk();
}

void SettingsDialog::updateOnline()
{
    const QUrl url = settings().effectiveOnlineUrl();
    m_onlineUrlValid = url.isValid()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
    m_onlineUrl->setEnabled(m_online->isChecked());
    m_notice->setText(m_onlineUrlValid
                          ? onlineDetailsNotice(url)
                          : tr("%1 is not an http or https address.").arg(url.toString()));
    updateOk();
}

void SettingsDialog::updateOk()
{
    // Without any database Rampart still works; a wrong file of one's own choosing is a
    // mistake to point out, not to save.
    const bool databaseOk = m_databaseUsable || !m_chosen->isChecked();
    const bool onlineOk = m_onlineUrlValid || !m_online->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(databaseOk && onlineOk);
}

} // namespace Rampart
