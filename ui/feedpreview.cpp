#include "feedpreview.h"

#include "messagebar.h"
#include "rules/breadth.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Rampart {

namespace {

// The table lists this many invalid lines; the count covers all.
constexpr int maxListedInvalidLines = 100;
constexpr int visibleInvalidLines = 8;
// The preview names this many broad networks; the count covers all.
constexpr int maxListedBroadNetworks = 10;

// Numbers of any size with the locale's separators: an IPv6 feed covers more addresses than
// 64 bits can count.
QString groupedNumber(const AddressCount &count)
{
    const QLocale locale;
    const QString digits = count.toString();
    if (digits.size() < 20)
        return locale.toString(digits.toULongLong());
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += locale.groupSeparator();
        grouped += digits.at(i);
    }
    return grouped;
}

QLabel *numberLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FeedPreview::FeedPreview(QWidget *parent)
    : QWidget(parent)
{
    m_hint = new QLabel(tr("Preview reads the feed and shows what it holds, what is wrong in it "
                           "and what it would block, without changing anything."),
                        this);
    m_hint->setObjectName(QStringLiteral("previewHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setAlignment(Qt::AlignCenter);

    m_counts = new QWidget(this);
    m_valid = numberLabel("validCount", m_counts);
    m_invalid = numberLabel("invalidCount", m_counts);
    m_duplicates = numberLabel("duplicateCount", m_counts);
    m_allowlisted = numberLabel("allowlistedCount", m_counts);
    m_networks = numberLabel("networkCount", m_counts);
    m_addresses = numberLabel("addressCount", m_counts);
    m_valid->setToolTip(tr("Addresses, networks and ranges read from the feed"));
    m_invalid->setToolTip(tr("Items that are not addresses, networks or ranges; they are left "
                             "out and everything else is imported"));
    m_duplicates->setToolTip(tr("Items that lie inside another item of the feed and add no "
                                "address of their own"));
    m_allowlisted->setToolTip(
        tr("Networks of the feed that the allowlist takes out, wholly or in part"));
    m_networks->setToolTip(tr("The fewest networks that cover the feed once the allowlist is "
                              "taken out: what the kernel gets"));
    const struct
    {
        QString text;
        QLabel *value;
    } counts[] = {
        { tr("Valid:"), m_valid },
        { tr("Invalid:"), m_invalid },
        { tr("Duplicates:"), m_duplicates },
        { tr("Allowlisted:"), m_allowlisted },
        { tr("Networks after aggregation:"), m_networks },
        { tr("Addresses:"), m_addresses },
    };
    // Two columns of three: the numbers stay close to their names.
    auto *grid = new QGridLayout(m_counts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnMinimumWidth(2, fontMetrics().averageCharWidth() * 4);
    grid->setColumnStretch(5, 1);
    int index = 0;
    for (const auto &[text, value] : counts) {
        const int row = index % 3;
        const int column = index < 3 ? 0 : 3;
        auto *label = new QLabel(text, m_counts);
        label->setBuddy(value);
        grid->addWidget(label, row, column);
        grid->addWidget(value, row, column + 1);
        ++index;
    }

    m_allowlistNote = new QLabel;
    m_allowlistNote->setObjectName(QStringLiteral("allowlistNote"));
    m_allowlistNoteBar = messageBar(this, "dialog-information", QStyle::SP_MessageBoxInformation,
                                    { m_allowlistNote }, false);

    m_invalidNote = new QLabel(this);
    m_invalidNote->setObjectName(QStringLiteral("invalidNote"));
    m_invalidNote->setWordWrap(true);

    m_invalidLines = new QStandardItemModel(0, 3, this);
    m_invalidLines->setHorizontalHeaderLabels({ tr("Line"), tr("Text"), tr("Reason") });
    m_invalidLines->setHeaderData(0, Qt::Horizontal,
                                  QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter),
                                  Qt::TextAlignmentRole);
    m_invalidTable = new QTableView(this);
    m_invalidTable->setObjectName(QStringLiteral("invalidLines"));
    m_invalidTable->setModel(m_invalidLines);
    m_invalidTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invalidTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invalidTable->setWordWrap(false);
    m_invalidTable->setShowGrid(false);
    m_invalidTable->setAlternatingRowColors(true);
    m_invalidTable->verticalHeader()->hide();
    m_invalidTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_invalidTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_invalidTable->horizontalHeader()->setHighlightSections(false);
    m_invalidTable->horizontalHeader()->setStretchLastSection(true);
    m_invalidTable->horizontalHeader()->resizeSection(
        0,
        fontMetrics().horizontalAdvance(QLocale().toString(9'999'999))
            + fontMetrics().averageCharWidth() * 3);
    m_invalidTable->horizontalHeader()->resizeSection(1, fontMetrics().averageCharWidth() * 24);

    m_bogons = new QLabel;
    m_bogons->setObjectName(QStringLiteral("bogons"));
    m_bogonBar =
        messageBar(this, "dialog-warning", QStyle::SP_MessageBoxWarning, { m_bogons }, true);
    m_bogonBar->setObjectName(QStringLiteral("bogonBar"));

    m_broad = new QLabel;
    m_broad->setObjectName(QStringLiteral("broadNetworks"));
    m_broadBar =
        messageBar(this, "dialog-warning", QStyle::SP_MessageBoxWarning, { m_broad }, true);
    m_broadBar->setObjectName(QStringLiteral("broadBar"));

    m_protected = new QLabel;
    m_protected->setObjectName(QStringLiteral("protectedWarnings"));
    m_protectedBar =
        messageBar(this, "dialog-warning", QStyle::SP_MessageBoxWarning, { m_protected }, true);
    m_protectedBar->setObjectName(QStringLiteral("protectedBar"));

    m_connected = new QLabel;
    m_connected->setObjectName(QStringLiteral("connected"));
    m_connectedBar = messageBar(this, "dialog-information", QStyle::SP_MessageBoxInformation,
                                { m_connected }, true);
    m_connectedBar->setObjectName(QStringLiteral("connectedBar"));

    m_fatalTitle = new QLabel;
    m_fatalTitle->setObjectName(QStringLiteral("fatalTitle"));
    QFont bold = m_fatalTitle->font();
    bold.setBold(true);
    m_fatalTitle->setFont(bold);
    m_fatal = new QLabel;
    m_fatal->setObjectName(QStringLiteral("fatalError"));
    m_fatalBar = messageBar(this, "dialog-error", QStyle::SP_MessageBoxCritical,
                            { m_fatalTitle, m_fatal }, true);
    m_fatalBar->setObjectName(QStringLiteral("fatalBar"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_allowlistNoteBar);
    layout->addWidget(m_invalidNote);
    layout->addWidget(m_invalidTable);
    layout->addWidget(m_bogonBar);
    layout->addWidget(m_broadBar);
    layout->addWidget(m_protectedBar);
    layout->addWidget(m_connectedBar);
    layout->addWidget(m_fatalBar);
    layout->addStretch(1);

    m_counts->hide();
    m_allowlistNoteBar->hide();
    m_invalidNote->hide();
    m_invalidTable->hide();
    m_bogonBar->hide();
    m_broadBar->hide();
    m_protectedBar->hide();
    m_connectedBar->hide();
    m_fatalBar->hide();
}

void FeedPreview::showConnected(const ConnectedCount &count)
{
    m_connected->setText(tr("Connected now from within the list: %1. Loading it cuts them off.")
                             .arg(connectedCountText(count)));
    m_connectedBar->setVisible(count.addresses > 0);
}

void FeedPreview::showResult(const FeedRefresh::Result &result, const QString &allowlistProblem,
                             const QList<ProtectedNetwork> &lockoutNetworks)
{
    m_hint->hide();
    const QLocale locale;
    const FeedSummary &summary = result.summary;
    const bool previewed = result.status == FeedRefresh::Status::Previewed;

    m_counts->setVisible(previewed);
    m_valid->setText(locale.toString(summary.parsed.valid));
    m_invalid->setText(locale.toString(summary.parsed.invalid));
    m_duplicates->setText(locale.toString(summary.parsed.duplicates));
    m_allowlisted->setText(allowlistProblem.isEmpty() ? locale.toString(summary.allowlisted)
                                                      : tr("not checked"));
    m_networks->setText(locale.toString(summary.ranges));
    // Per family: IPv4 and IPv6 counts are never added up.
    if (summary.addressesV6 == AddressCount())
        m_addresses->setText(groupedNumber(summary.addressesV4));
    else if (summary.addressesV4 == AddressCount())
        m_addresses->setText(groupedNumber(summary.addressesV6));
    else
        m_addresses->setText(
            tr("%1 IPv4, %2 IPv6")
                .arg(groupedNumber(summary.addressesV4), groupedNumber(summary.addressesV6)));
    m_allowlistNote->setText(allowlistProblem);
    m_allowlistNoteBar->setVisible(previewed && !allowlistProblem.isEmpty());

    showInvalidLines(summary.parsed, previewed);
    showBogons(summary.bogons, previewed);

    m_broadNetworks.clear();
    if (previewed) {
        // What the helper gets is the list as the fewest networks: adjacent items merged.
        for (const Cidr &cidr : summary.list) {
            if (Breadth::isBroadFeedItem(cidr))
                m_broadNetworks << cidr.toString();
        }
    }
    showBroadNetworks();

    // What the kernel would get: the list without the allowlist.
    m_lockoutRisks =
        previewed ? feedLockoutRisks(summary.applied, lockoutNetworks) : QList<LockoutRisk>();
    QStringList warnings;
    for (const QString &warning : protectedWarnings())
        warnings << QStringLiteral("• ") + warning;
    m_protected->setText(warnings.join(u'\n'));
    m_protectedBar->setVisible(!warnings.isEmpty());

    if (result.status == FeedRefresh::Status::Failed) {
        showFatal(tr("This feed cannot be imported. Nothing was changed."), result.error);
    } else if (previewed && summary.list.isEmpty()) {
        showFatal(tr("This feed cannot be imported."),
                  tr("It holds no address that could be blocked."));
    } else {
        m_fatalBar->hide();
    }
}

void FeedPreview::showInvalidLines(const FeedParseResult &parsed, bool previewed)
{
    const QLocale locale;
    m_invalidLines->removeRows(0, m_invalidLines->rowCount());
    const qsizetype listed = std::min<qsizetype>(parsed.errors.size(), maxListedInvalidLines);
    for (qsizetype i = 0; i < listed; ++i) {
        const FeedLineError &error = parsed.errors.at(i);
        auto *line = new QStandardItem(locale.toString(error.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *text = new QStandardItem(error.text);
        text->setToolTip(error.text);
        auto *reason = new QStandardItem(error.reason);
        reason->setToolTip(error.reason);
        m_invalidLines->appendRow({ line, text, reason });
    }
    const bool hasInvalid = previewed && parsed.invalid > 0;
    QString invalidNote = tr("Invalid items are left out; everything else is imported.");
    if (parsed.invalid > listed) {
        invalidNote += u' '
            + tr("The first %1 of %2 are listed.")
                  .arg(locale.toString(qint64(listed)), locale.toString(parsed.invalid));
    }
    m_invalidNote->setText(invalidNote);
    m_invalidNote->setVisible(hasInvalid);
    m_invalidTable->setVisible(hasInvalid);
    // As tall as its rows, up to a few; the rest scrolls.
    const int shownRows = int(std::clamp<qsizetype>(listed, 1, visibleInvalidLines));
    m_invalidTable->setFixedHeight(m_invalidTable->horizontalHeader()->sizeHint().height()
                                   + shownRows
                                       * m_invalidTable->verticalHeader()->defaultSectionSize()
                                   + 2 * m_invalidTable->frameWidth());
}

void FeedPreview::showBogons(const QList<BogonHit> &bogons, bool previewed)
{
    QStringList lines;
    for (const BogonHit &bogon : bogons) {
        lines << QStringLiteral("• ")
                + tr("Covers %1 addresses of %2 (%3)")
                      .arg(groupedNumber(bogon.addresses), bogon.range.toString(), bogon.name);
    }
    if (!lines.isEmpty()) {
        lines.prepend(tr("This list blocks addresses that are not on the public Internet. "
                         "If this machine or its neighbours use them, they will be cut off:"));
    }
    m_bogons->setText(lines.join(u'\n'));
    m_bogonBar->setVisible(previewed && !lines.isEmpty());
}

void FeedPreview::setBroadNetworksAllowed(bool allowed)
{
    m_broadNetworksAllowed = allowed;
    showBroadNetworks();
}

void FeedPreview::showBroadNetworks()
{
    if (m_broadNetworksAllowed || m_broadNetworks.isEmpty()) {
        m_broadBar->hide();
        return;
    }
    const QStringList &broad = m_broadNetworks;
    QString named = broad.mid(0, maxListedBroadNetworks).join(QStringLiteral(", "));
    if (broad.size() > maxListedBroadNetworks)
        named =
            tr("%1 and %Ln more", nullptr, int(broad.size() - maxListedBroadNetworks)).arg(named);
    m_broad->setText(tr("The list holds %Ln network(s) wider than /8 (IPv6 /16), counting "
                        "adjacent items as one: %1. The helper refuses such a list unless the "
                        "feed allows networks that wide.",
                        nullptr, int(broad.size()))
                         .arg(named));
    m_broadBar->show();
}

void FeedPreview::showFatal(const QString &title, const QString &text)
{
    m_hint->hide();
    m_fatalTitle->setText(title);
    m_fatal->setText(text);
    m_fatal->setVisible(!text.isEmpty());
    m_fatalBar->show();
}

void FeedPreview::hideFatal()
{
    m_fatalBar->hide();
}

} // namespace Rampart
