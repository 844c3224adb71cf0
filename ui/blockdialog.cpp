#include "blockdialog.h"

#include "client/helperclient.h"
#include "client/pendingreply.h"
#include "commandsdialog.h"
#include "confirmdialog.h"
#include "confirmwithinfield.h"
#include "forceblockquestion.h"
#include "net/cidr.h"
#include "rules/lockoutguard.h"
#include "time/duration.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Rampart {

namespace {

// The list names this many invalid items; the summary counts them all.
constexpr int maxListedProblems = 500;

// The helper refuses control characters in comments; a paste into the field may hold some.
QString cleanComment(const QString &text)
{
    QString comment = text;
    for (QChar &c : comment) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return comment.trimmed();
}

QMessageBox *helperErrorBox(QWidget *parent, const QString &what, const QDBusError &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, BlockDialog::tr("Rampart"), what,
                                QMessageBox::Ok, parent);
    box->setInformativeText(HelperClient::describe(error));
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

} // namespace

BlockDialog::BlockDialog(HelperClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_text(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_ranges(new QListWidget(this))
    , m_duration(new QComboBox(this))
    , m_customDuration(new QLineEdit(this))
    , m_customDurationNote(new QLabel(this))
    , m_comment(new QLineEdit(this))
    , m_confirmWithin(new ConfirmWithinField(this))
    , m_busy(new QLabel(this))
    , m_blockButton(new QPushButton(tr("&Block"), this))
    , m_unblockButton(new QPushButton(tr("&Unblock"), this))
    , m_showCommandsButton(new QPushButton(tr("Show Co&mmands…"), this))
    , m_checker(new PastedEntriesChecker(
          EntryUse::Block, maxListedProblems, [this] { return m_text->toPlainText(); }, this))
{
    setWindowTitle(tr("Block Addresses"));
    // The allowlist is what the guard cannot read from this machine; until it arrives (or
    // when it cannot be read) the helper's own check still asks.
    m_lockoutNetworks = [this] {
        return currentLockoutNetworks(m_allowlist);
    };
    whenAnswered(m_client->allowlist(), this, [this](const QDBusPendingCall &call) {
        const QDBusPendingReply<QList<AllowedEntry>> reply = call;
        if (!reply.isError())
            m_allowlist = reply.value();
    });

    m_text->setObjectName(QStringLiteral("addresses"));
    m_text->setPlaceholderText(tr("203.0.113.7\n198.51.100.0/24, 2001:db8::/32\n"
                                  "203.0.113.10 - 203.0.113.20\n\n"
                                  "Paste addresses, networks and ranges separated by lines, "
                                  "commas or spaces. Text after # is ignored."));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *textLabel = new QLabel(tr("&Addresses or networks:"), this);
    textLabel->setBuddy(m_text);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setMaximumHeight(fontMetrics().height() * 7);
    const int smallIcon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problems->setIconSize(QSize(smallIcon, smallIcon));
    m_problems->setToolTip(tr("Click an item to select it in the text."));
    m_problems->hide();
    // Ranges are sent as the networks that cover them: say which, before they are sent.
    m_ranges->setObjectName(QStringLiteral("ranges"));
    m_ranges->setMaximumHeight(fontMetrics().height() * 5);
    m_ranges->setIconSize(QSize(smallIcon, smallIcon));
    m_ranges->setToolTip(tr("Ranges are sent as the networks that cover them. Click one to "
                            "select it in the text."));
    m_ranges->hide();

    // By-hand blocks answer something happening now. A day outlasts an attack wave or a
    // night's scanning, while a mistyped or since-reassigned address heals by itself;
    // blocking forever stays a deliberate choice, worth a comment.
    m_duration->setObjectName(QStringLiteral("duration"));
    for (const quint32 seconds : { 3600u, 86400u, 7u * 86400u })
        m_duration->addItem(formatDuration(seconds), seconds);
    m_duration->addItem(tr("Permanently"), 0u);
    m_customIndex = m_duration->count();
    m_duration->addItem(tr("Custom…"));
    m_duration->setCurrentIndex(1);
    m_customDuration->setObjectName(QStringLiteral("customDuration"));
    m_customDuration->setPlaceholderText(tr("For example 90m, 12h, 3d or 2w"));
    m_customDuration->setToolTip(
        tr("A number and a unit: s for seconds, m minutes, h hours, d days, w weeks."));
    m_customDuration->hide();
    m_customDurationNote->setObjectName(QStringLiteral("customDurationNote"));
    m_customDurationNote->setWordWrap(true);
    m_customDurationNote->hide();

    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setMaxLength(maxCommentLength);
    m_comment->setPlaceholderText(tr("Why, for the record (optional)"));
    m_comment->setClearButtonEnabled(true);

    auto *form = new QFormLayout;
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration);
    durationRow->addWidget(m_customDuration, 1);
    form->addRow(tr("&Duration:"), durationRow);
    form->addRow(QString(), m_customDurationNote);
    form->addRow(tr("C&omment:"), m_comment);
    form->addRow(QString(), m_confirmWithin);

    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setWordWrap(true);
    m_busy->hide();

    m_blockButton->setObjectName(QStringLiteral("blockButton"));
    // The main window's Block action looks the same.
    m_blockButton->setIcon(QIcon::fromTheme(QStringLiteral("security-high"),
                                            style()->standardIcon(QStyle::SP_BrowserStop)));
    m_blockButton->setDefault(true);
    m_unblockButton->setObjectName(QStringLiteral("unblockButton"));
    m_unblockButton->setIcon(QIcon::fromTheme(
        QStringLiteral("list-remove"), style()->standardIcon(QStyle::SP_DialogDiscardButton)));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_blockButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_unblockButton, QDialogButtonBox::ActionRole);
    m_showCommandsButton->setObjectName(QStringLiteral("showCommandsButton"));
    m_showCommandsButton->setToolTip(
        tr("Show the ipset and iptables commands the block would run, without blocking."));
    buttons->addButton(m_showCommandsButton, QDialogButtonBox::HelpRole);
    connect(m_showCommandsButton, &QPushButton::clicked, this, &BlockDialog::showCommands);
    // Our own words rather than Qt's, which need Qt's translations installed.
    QPushButton *cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancelButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-cancel"),
                                           style()->standardIcon(QStyle::SP_DialogCancelButton)));
    connect(m_blockButton, &QPushButton::clicked, this, &BlockDialog::block);
    connect(m_unblockButton, &QPushButton::clicked, this, &BlockDialog::unblock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_ranges);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        // Whatever is on screen no longer matches the text until the next preview.
        m_checker->textChanged();
        updateButtons();
    });
    connect(m_checker, &PastedEntriesChecker::checked, this, &BlockDialog::showPreview);
    connect(m_problems, &QListWidget::itemClicked, this, &BlockDialog::selectProblem);
    connect(m_ranges, &QListWidget::itemClicked, this, &BlockDialog::selectProblem);
    connect(m_duration, &QComboBox::currentIndexChanged, this, &BlockDialog::durationChosen);
    connect(m_customDuration, &QLineEdit::textChanged, this, &BlockDialog::checkCustomDuration);

    showPreview();
    resize(560, 520);
}

void BlockDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void BlockDialog::setEntries(const QStringList &entries)
{
    setText(entries.isEmpty() ? QString() : entries.join(u'\n') + u'\n');
}

std::optional<quint32> BlockDialog::chosenSeconds() const
{
    if (m_duration->currentIndex() == m_customIndex)
        return parseBlockTimeout(m_customDuration->text()).seconds;
    return m_duration->currentData().toUInt();
}

void BlockDialog::durationChosen()
{
    const bool custom = m_duration->currentIndex() == m_customIndex;
    m_customDuration->setVisible(custom);
    m_customDurationNote->setVisible(custom);
    if (custom) {
        checkCustomDuration();
        m_customDuration->setFocus();
    }
    updateButtons();
}

void BlockDialog::checkCustomDuration()
{
    const BlockTimeoutParse parsed = parseBlockTimeout(m_customDuration->text());
    m_customDurationNote->setText(
        parsed.seconds ? tr("Blocks for %1.").arg(formatDuration(*parsed.seconds)) : parsed.error);
    updateButtons();
}

QStringList BlockDialog::entries() const
{
    return m_checker->result().entries;
}

void BlockDialog::showPreview()
{
    const CheckedEntries &checked = m_checker->result();
    const QLocale locale;
    QStringList parts;
    if (checked.entries.isEmpty() && checked.refused == 0) {
        parts << tr("Nothing to block yet.");
    } else {
        parts << tr("%Ln valid entry(ies)", nullptr, int(checked.entries.size()));
        if (checked.duplicates)
            parts << tr("%Ln duplicate(s) ignored", nullptr, checked.duplicates);
        if (checked.refused)
            parts << tr("%Ln invalid item(s) left out:", nullptr, checked.refused);
    }
    if (checked.entries.size() > maxEntriesPerCall)
        parts << tr("too many for one request; the limit is %1.")
                     .arg(locale.toString(maxEntriesPerCall));
    m_summary->setText(parts.join(tr(", ")));

    m_problems->clear();
    const QIcon warning = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                           style()->standardIcon(QStyle::SP_MessageBoxWarning));
    for (const CheckedEntries::Problem &problem : checked.problems) {
        auto *item = new QListWidgetItem(
            warning,
            tr("Line %1, column %2: %3").arg(problem.line).arg(problem.column).arg(problem.reason),
            m_problems);
        item->setData(Qt::UserRole, qlonglong(problem.offset));
        item->setData(Qt::UserRole + 1, qlonglong(problem.length));
    }
    if (checked.refused > checked.problems.size()) {
        auto *more = new QListWidgetItem(
            tr("… and %Ln more", nullptr, int(checked.refused - checked.problems.size())),
            m_problems);
        more->setFlags(Qt::NoItemFlags);
    }
    m_problems->setVisible(checked.refused > 0);

    m_ranges->clear();
    const QString text = checked.ranges.isEmpty() ? QString() : m_text->toPlainText();
    const QIcon information =
        QIcon::fromTheme(QStringLiteral("dialog-information"),
                         style()->standardIcon(QStyle::SP_MessageBoxInformation));
    for (const CheckedEntries::Range &range : checked.ranges) {
        auto *item = new QListWidgetItem(
            information,
            tr("Line %1, column %2: %3 becomes %4")
                .arg(range.line)
                .arg(range.column)
                .arg(text.mid(range.offset, range.length), range.networks.join(tr(", "))),
            m_ranges);
        item->setData(Qt::UserRole, qlonglong(range.offset));
        item->setData(Qt::UserRole + 1, qlonglong(range.length));
    }
    if (checked.rangeCount > checked.ranges.size()) {
        auto *more = new QListWidgetItem(
            tr("… and %Ln more", nullptr, int(checked.rangeCount - checked.ranges.size())),
            m_ranges);
        more->setFlags(Qt::NoItemFlags);
    }
    m_ranges->setVisible(checked.rangeCount > 0);
    updateButtons();
}

void BlockDialog::selectProblem(QListWidgetItem *item)
{
    const QVariant offset = item->data(Qt::UserRole);
    if (!offset.isValid())
        return;
    QTextCursor cursor = m_text->textCursor();
    cursor.setPosition(offset.toInt());
    cursor.setPosition(offset.toInt() + item->data(Qt::UserRole + 1).toInt(),
                       QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->setFocus();
}

void BlockDialog::updateButtons()
{
    const QStringList &entries = m_checker->result().entries;
    const bool sendable = m_checker->isCurrent() && !m_busyWithHelper && !entries.isEmpty()
        && entries.size() <= maxEntriesPerCall;
    m_blockButton->setEnabled(sendable && chosenSeconds().has_value());
    m_unblockButton->setEnabled(sendable);
    m_showCommandsButton->setEnabled(sendable && chosenSeconds().has_value());
}

void BlockDialog::showCommands()
{
    const QStringList entries = m_checker->result().entries;
    const std::optional<quint32> seconds = chosenSeconds();
    if (entries.isEmpty() || !seconds)
        return;
    CommandsDialog::open(
        tr("Block %n entry(ies)", nullptr, int(entries.size())),
        m_client->blockCommands(entries, *seconds, cleanComment(m_comment->text())), this);
}

void BlockDialog::setBusy(bool busy)
{
    m_busyWithHelper = busy;
    m_text->setReadOnly(busy);
    m_duration->setEnabled(!busy);
    m_customDuration->setEnabled(!busy);
    m_comment->setEnabled(!busy);
    m_busy->setText(tr("Waiting for the helper… An authentication dialog may ask for an "
                       "administrator's password."));
    m_busy->setVisible(busy);
    updateButtons();
}

void BlockDialog::setLockoutNetworkSource(LockoutNetworkSource source)
{
    m_lockoutNetworks = std::move(source);
}

void BlockDialog::block()
{
    const QStringList entries = m_checker->result().entries;
    const std::optional<quint32> chosen = chosenSeconds();
    if (entries.isEmpty() || m_busyWithHelper || !chosen)
        return;
    const quint32 seconds = *chosen;
    const QString comment = cleanComment(m_comment->text());
    QList<Cidr> cidrs;
    cidrs.reserve(entries.size());
    for (const QString &entry : entries) {
        if (const std::optional<Cidr> cidr = parseCidr(entry).cidr)
            cidrs << *cidr;
    }
    const QStringList reasons = blockForceReasons(
        cidrs, m_lockoutNetworks ? m_lockoutNetworks() : QList<ProtectedNetwork>());
    if (!reasons.isEmpty()) {
        askToForceBlock(this, windowTitle(), reasons, [this, entries, seconds, comment] {
            send(entries, seconds, comment, true);
        });
        return;
    }
    send(entries, seconds, comment, false);
}

void BlockDialog::send(const QStringList &entries, quint32 seconds, const QString &comment,
                       bool force)
{
    // Going on past the lockout guard's question is the risky change a rollback is for.
    if (force)
        m_confirmWithin->setChecked(true);
    const quint32 waitSeconds = m_confirmWithin->seconds();
    setBusy(true);
    whenAnswered(
        m_client->block(entries, seconds, comment, force, waitSeconds), this,
        [this, entries, seconds, comment, waitSeconds](const QDBusPendingCall &call) {
            setBusy(false);
            const QDBusPendingReply<uint, uint, qlonglong> reply = call;
            if (reply.isError() && HelperClient::needsForce(reply.error())) {
                askToForceBlock(
                    this, windowTitle(), reply.error(),
                    [this, entries, seconds, comment] { send(entries, seconds, comment, true); });
                return;
            }
            if (reply.isError()) {
                helperErrorBox(this, tr("Nothing was blocked."), reply.error())->open();
                return;
            }
            const int total = int(reply.argumentAt<0>() + reply.argumentAt<1>());
            const QString summary = seconds
                ? tr("Blocked %n entry(ies) for %1.", nullptr, total).arg(formatDuration(seconds))
                : tr("Blocked %n entry(ies) permanently.", nullptr, total);
            Q_EMIT blocklistChanged(summary);
            if (const qint64 historyId = reply.argumentAt<2>(); waitSeconds && historyId) {
                // Outlives this dialog, which closes now.
                auto *countdown = ConfirmDialog::showFor(m_client, historyId, waitSeconds, summary,
                                                         parentWidget());
                connect(countdown, &ConfirmDialog::kept, this, &BlockDialog::blocklistChanged);
                connect(countdown, &ConfirmDialog::rolledBack, this,
                        &BlockDialog::blocklistChanged);
            }
            accept();
        });
}

void BlockDialog::unblock()
{
    if (m_checker->result().entries.isEmpty() || m_busyWithHelper)
        return;
    setBusy(true);
    whenAnswered(
        m_client->unblock(m_checker->result().entries), this, [this](const QDBusPendingCall &call) {
            setBusy(false);
            const QDBusPendingReply<uint, QStringList> reply = call;
            if (reply.isError()) {
                helperErrorBox(this, tr("Nothing was unblocked."), reply.error())->open();
                return;
            }
            QString summary = tr("Unblocked %n entry(ies).", nullptr, int(reply.argumentAt<0>()));
            const QStringList notBlocked = reply.argumentAt<1>();
            if (!notBlocked.isEmpty()) {
                summary += u' '
                    + tr("Not blocked, left as is: %1").arg(notBlocked.join(QStringLiteral(", ")));
            }
            Q_EMIT blocklistChanged(summary);
            accept();
        });
}

} // namespace Rampart
