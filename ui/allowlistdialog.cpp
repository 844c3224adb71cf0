#include "allowlistdialog.h"

#include "net/pasteditems.h"

#include "client/helperclient.h"
#include "client/pendingreply.h"
#include "net/cidr.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Rampart {

namespace {

// The label names this many bad items; the rest are counted.
constexpr int maxNamedProblems = 20;

enum Column { CidrColumn, CommentColumn, AddedColumn, ColumnCount };
constexpr int sortRole = Qt::UserRole + 1;

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

// Orders networks by family, then address, then prefix length, which text does not.
QString cidrSortKey(const QString &text)
{
    const CidrParse parsed = parseCidr(text);
    if (!parsed.cidr)
        return QStringLiteral("~") + text;
    const Cidr &cidr = *parsed.cidr;
    QByteArray key;
    key.append(char(cidr.family()));
    key.append(reinterpret_cast<const char *>(cidr.bytes().data()), qsizetype(cidr.bytes().size()));
    key.append(char(cidr.prefixLength()));
    return QString::fromLatin1(key.toHex());
}

} // namespace

AllowlistDialog::AllowlistDialog(HelperClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_loadProblem(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_comment(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove Selected"), this))
    , m_busy(new QLabel(this))
    , m_checker(new PastedEntriesChecker(
          EntryUse::Allow, maxNamedProblems, [this] { return m_text->toPlainText(); }, this))
{
    setWindowTitle(tr("Allowlist"));

    auto *explanation = new QLabel(tr("No feed blocks these networks, whatever it lists. "
                                      "Addresses blocked by hand are not affected."),
                                   this);
    explanation->setWordWrap(true);

    m_model->setHorizontalHeaderLabels({ tr("Network"), tr("Comment"), tr("Added") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("allowlist"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CidrColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    const int padding = fontMetrics().averageCharWidth() * 4;
    header->resizeSection(CidrColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("2001:db8:ffff:ffff::/64"))
                              + padding);
    header->resizeSection(AddedColumn,
                          fontMetrics().horizontalAdvance(QLocale().toString(
                              QDateTime(QDate(2000, 12, 31), QTime(23, 59)), QLocale::ShortFormat))
                              + padding);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AllowlistDialog::updateButtons);

    m_loadProblem->setObjectName(QStringLiteral("loadProblem"));
    m_loadProblem->setWordWrap(true);
    m_loadProblem->setTextFormat(Qt::PlainText);
    m_loadProblem->hide();

    m_text->setObjectName(QStringLiteral("addresses"));
    m_text->setPlaceholderText(
        tr("198.51.100.7, 203.0.113.0/24, 2001:db8::/48 — separated by lines, commas or spaces"));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFixedHeight(fontMetrics().lineSpacing() * 3 + 2 * m_text->frameWidth()
                           + int(m_text->document()->documentMargin() * 2));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();

    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setMaxLength(maxCommentLength);
    m_comment->setPlaceholderText(tr("Whose, or why (optional)"));
    m_comment->setClearButtonEnabled(true);

    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add"),
                                          style()->standardIcon(QStyle::SP_DialogApplyButton)));
    m_addButton->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, &AllowlistDialog::add);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setIcon(QIcon::fromTheme(
        QStringLiteral("list-remove"), style()->standardIcon(QStyle::SP_DialogDiscardButton)));
    m_removeButton->setAutoDefault(false);
    connect(m_removeButton, &QPushButton::clicked, this, &AllowlistDialog::removeSelected);

    auto *addLabel = new QLabel(tr("A&dd:"), this);
    addLabel->setBuddy(m_text);
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_comment, 1);
    commentRow->addWidget(m_addButton);
    auto *form = new QFormLayout;
    form->addRow(addLabel, m_text);
    form->addRow(QString(), m_problems);
    auto *commentLabel = new QLabel(tr("C&omment:"), this);
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, commentRow);

    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setWordWrap(true);
    m_busy->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_removeButton, QDialogButtonBox::ActionRole);
    QPushButton *closeButton = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    closeButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-close"),
                                          style()->standardIcon(QStyle::SP_DialogCloseButton)));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_loadProblem);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_checker->textChanged();
        updateButtons();
    });
    connect(m_checker, &PastedEntriesChecker::checked, this, &AllowlistDialog::showCheck);

    updateButtons();
    resize(640, 480);
    reload();
}

void AllowlistDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void AllowlistDialog::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    whenAnswered(m_client->allowlist(), this, [this](const QDBusPendingCall &call) {
        m_loading = false;
        const QDBusPendingReply<QList<AllowedEntry>> reply = call;
        if (reply.isError()) {
            m_loadProblem->setText(tr("The allowlist could not be read. %1")
                                       .arg(HelperClient::describe(reply.error())));
            m_loadProblem->show();
            return;
        }
        m_loadProblem->hide();
        // A few hundred rows at most, replaced whole: the selection is kept by network.
        QSet<QString> selected;
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows(CidrColumn))
            selected.insert(row.data(Qt::DisplayRole).toString());
        m_model->removeRows(0, m_model->rowCount());
        const QLocale locale;
        for (const AllowedEntry &entry : reply.value()) {
            auto *cidr = new QStandardItem(entry.cidr);
            cidr->setData(cidrSortKey(entry.cidr), sortRole);
            auto *comment = new QStandardItem(entry.comment);
            comment->setData(entry.comment, sortRole);
            comment->setToolTip(entry.comment);
            const QDateTime added = QDateTime::fromSecsSinceEpoch(entry.created);
            auto *created = new QStandardItem(locale.toString(added, QLocale::ShortFormat));
            created->setData(entry.created, sortRole);
            created->setToolTip(locale.toString(added, QLocale::LongFormat));
            m_model->appendRow({ cidr, comment, created });
        }
        QItemSelection selection;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, CidrColumn);
            if (selected.contains(index.data().toString()))
                selection.select(index, index);
        }
        m_table->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        updateButtons();
    });
}

void AllowlistDialog::showCheck()
{
    const CheckedEntries &checked = m_checker->result();
    QStringList named;
    for (const CheckedEntries::Problem &problem : checked.problems)
        named << problem.reason;
    if (checked.refused > checked.problems.size())
        named << tr("… and %1 more").arg(checked.refused - checked.problems.size());
    m_problems->setText(named.isEmpty()
                            ? QString()
                            : tr("Correct or remove these first:") + u'\n' + named.join(u'\n'));
    m_problems->setVisible(!named.isEmpty());
    updateButtons();
}

void AllowlistDialog::updateButtons()
{
    const CheckedEntries &checked = m_checker->result();
    // A typo in an allowlist would quietly leave a network blocked: all or nothing.
    m_addButton->setEnabled(m_checker->isCurrent() && !m_busyWithHelper
                            && !checked.entries.isEmpty() && checked.refused == 0
                            && checked.entries.size() <= maxEntriesPerCall);
    m_removeButton->setEnabled(!m_busyWithHelper && m_table->selectionModel()->hasSelection());
}

void AllowlistDialog::setBusy(bool busy, const QString &what)
{
    m_busyWithHelper = busy;
    m_text->setReadOnly(busy);
    m_comment->setEnabled(!busy);
    m_busy->setText(what);
    m_busy->setVisible(busy);
    updateButtons();
}

void AllowlistDialog::showError(const QString &what, const QString &why)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Allowlist"), what, QMessageBox::Ok, this);
    box->setInformativeText(why);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AllowlistDialog::add()
{
    if (m_checker->result().entries.isEmpty() || m_checker->result().refused != 0
        || m_busyWithHelper)
        return;
    setBusy(true,
            tr("Adding, and applying every feed again… An authentication dialog may ask "
               "for an administrator's password."));
    whenAnswered(m_client->allow(m_checker->result().entries, cleanComment(m_comment->text())),
                 this, [this](const QDBusPendingCall &call) {
                     setBusy(false);
                     const QDBusPendingReply<uint> reply = call;
                     if (reply.isError()) {
                         showError(tr("Nothing was added to the allowlist."),
                                   HelperClient::describe(reply.error()));
                         return;
                     }
                     m_text->clear();
                     m_comment->clear();
                     Q_EMIT allowlistChanged(
                         tr("Added %Ln network(s) to the allowlist.", nullptr, int(reply.value())));
                     reload();
                 });
}

void AllowlistDialog::removeSelected()
{
    QStringList cidrs;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows(CidrColumn))
        cidrs << row.data().toString();
    if (cidrs.isEmpty() || m_busyWithHelper)
        return;
    setBusy(true,
            tr("Removing, and applying every feed again… An authentication dialog may "
               "ask for an administrator's password."));
    whenAnswered(m_client->disallow(cidrs), this, [this](const QDBusPendingCall &call) {
        setBusy(false);
        const QDBusPendingReply<uint, QStringList> reply = call;
        if (reply.isError()) {
            showError(tr("Nothing was removed from the allowlist."),
                      HelperClient::describe(reply.error()));
            return;
        }
        Q_EMIT allowlistChanged(
            tr("Removed %Ln network(s) from the allowlist.", nullptr, int(reply.argumentAt<0>())));
        reload();
    });
}

} // namespace Rampart
