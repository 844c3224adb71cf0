#include "helperstatuswidget.h"

#include "client/helperclient.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <climits>

namespace Rampart {

namespace {

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

// A few words for the status bar; the tooltip carries describe()'s full advice.
QString shortReason(const QDBusError &error)
{
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
        return HelperStatusWidget::tr("the helper is not installed");
    case QDBusError::NoServer:
    case QDBusError::Disconnected:
        return HelperStatusWidget::tr("no system bus");
    case QDBusError::NoReply:
    case QDBusError::Timeout:
        return HelperStatusWidget::tr("no answer");
    default:
        return error.message().isEmpty() ? error.name() : error.message();
    }
}

} // namespace

HelperStatusWidget::HelperStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_helperIcon(new QLabel(this))
    , m_helper(new QLabel(this))
    , m_accessIcon(new QLabel(this))
    , m_access(new QLabel(this))
    , m_details(new QWidget(this))
    , m_entries(new QLabel(m_details))
    , m_syncIcon(new QLabel(m_details))
    , m_sync(new QLabel(m_details))
    , m_saved(new QLabel(m_details))
{
    m_helper->setObjectName(QStringLiteral("helperState"));
    m_access->setObjectName(QStringLiteral("accessState"));
    m_entries->setObjectName(QStringLiteral("entriesState"));
    m_sync->setObjectName(QStringLiteral("syncState"));
    m_saved->setObjectName(QStringLiteral("saveState"));

    auto *details = new QHBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(separator(m_details));
    details->addWidget(m_entries);
    details->addWidget(separator(m_details));
    details->addWidget(m_syncIcon);
    details->addWidget(m_sync);
    details->addWidget(separator(m_details));
    details->addWidget(m_saved);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_helperIcon);
    layout->addWidget(m_helper);
    layout->addWidget(separator(this));
    layout->addWidget(m_accessIcon);
    layout->addWidget(m_access);
    layout->addWidget(m_details);

    showContacting();
    showAccess(Authorization::State::Unknown, {});
}

void HelperStatusWidget::showAccess(Authorization::State state, const QString &reason)
{
    if (!reason.isEmpty()) {
        m_access->setText(tr("Read-only"));
        m_access->setToolTip(reason);
    } else if (state == Authorization::State::Authorized) {
        m_access->setText(tr("Changes allowed"));
        m_access->setToolTip(tr("polkit lets you change the firewall without asking again."));
    } else if (state == Authorization::State::AfterAuthentication) {
        m_access->setText(tr("Changes ask for a password"));
        m_access->setToolTip(
            tr("polkit asks for an administrator's password at the first change, then keeps "
               "the answer for a few minutes."));
    } else {
        m_access->setText({});
        m_access->setToolTip({});
    }
    m_access->setVisible(!m_access->text().isEmpty());
    setProblem(m_accessIcon, !reason.isEmpty());
}

QString HelperStatusWidget::accessText() const
{
    return m_access->text();
}

void HelperStatusWidget::setProblem(QLabel *icon, bool problem)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setVisible(problem);
    if (problem) {
        const QIcon warning = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                               style()->standardIcon(QStyle::SP_MessageBoxWarning));
        icon->setPixmap(warning.pixmap(size, size));
    }
}

void HelperStatusWidget::showContacting()
{
    m_helper->setText(tr("Helper: contacting…"));
    m_helper->setToolTip({});
    setProblem(m_helperIcon, false);
    m_details->hide();
}

void HelperStatusWidget::showStatus(const HelperStatus &status)
{
    const QLocale locale;
    m_helper->setText(tr("Helper: ready"));
    m_helper->setToolTip(
        tr("Store: %1\nVerdict for blocked sources: %2").arg(status.storePath, status.verdict));
    setProblem(m_helperIcon, false);

    qint64 v4 = 0;
    qint64 v6 = 0;
    bool setsInSync = true;
    QStringList setDetails;
    for (const SetStatus &set : status.sets) {
        (set.family == 6 ? v6 : v4) += set.kernelEntries;
        setsInSync = setsInSync && set.inSync();
        setDetails << tr("%1 (IPv%2): %3 in the kernel, %4 in the store, room for %5")
                          .arg(set.name)
                          .arg(set.family)
                          .arg(locale.toString(set.kernelEntries),
                               locale.toString(set.storeEntries), locale.toString(set.maxElements));
    }
    // Per family: an IPv4 entry and an IPv6 entry are not the same amount of anything.
    m_entries->setText(
        tr("Active: %1, %2")
            .arg(tr("IPv4 %Ln entry(ies)", nullptr, int(std::min<qint64>(v4, INT_MAX))),
                 tr("IPv6 %Ln entry(ies)", nullptr, int(std::min<qint64>(v6, INT_MAX)))));
    m_entries->setToolTip(setDetails.join(u'\n'));

    if (status.rulesInPlace && setsInSync) {
        m_sync->setText(tr("Kernel in sync, rules in place"));
    } else if (!status.rulesInPlace && !setsInSync) {
        m_sync->setText(tr("Kernel out of sync and rules missing: Reapply to Kernel repairs it"));
    } else if (!status.rulesInPlace) {
        m_sync->setText(tr("Firewall rules missing: Reapply to Kernel puts them back"));
    } else {
        m_sync->setText(tr("Kernel out of sync with the store: Reapply to Kernel repairs it"));
    }
    // The helper leaves the jump to its chain where an administrator moved it: the rules
    // above it decide first, which is worth knowing when a block seems not to work.
    QStringList syncDetails = setDetails;
    for (const JumpStatus &jump : status.jumps) {
        if (jump.position == 0) {
            syncDetails << tr("%1 (IPv%2): the jump to the RAMPART chain is missing")
                               .arg(jump.chain)
                               .arg(jump.family);
        } else if (jump.position > 1) {
            syncDetails << tr("%1 (IPv%2): the jump to the RAMPART chain is rule %3 of %4; the "
                              "rules above it see packets first")
                               .arg(jump.chain)
                               .arg(jump.family)
                               .arg(jump.position)
                               .arg(jump.rules);
        }
    }
    m_sync->setToolTip(syncDetails.join(u'\n'));
    setProblem(m_syncIcon, !(status.rulesInPlace && setsInSync));

    if (status.lastSaved > 0) {
        const QDateTime saved = QDateTime::fromSecsSinceEpoch(status.lastSaved);
        const bool today = saved.date() == QDate::currentDate();
        m_saved->setText(tr("Last reapplied %1")
                             .arg(today ? locale.toString(saved.time(), QLocale::ShortFormat)
                                        : locale.toString(saved, QLocale::ShortFormat)));
        m_saved->setToolTip(tr("Every change is stored as it is made; this is when the stored "
                               "blocklist was last reapplied to the kernel (%1).")
                                .arg(locale.toString(saved, QLocale::LongFormat)));
    }
    // Nothing to say when it never was: every change is stored anyway.
    m_saved->setVisible(status.lastSaved > 0);
    m_details->show();
}

void HelperStatusWidget::showError(const QDBusError &error)
{
    if (error.type() == QDBusError::AccessDenied)
        m_helper->setText(tr("Helper: not authorized"));
    else
        m_helper->setText(tr("Helper: not reachable — %1").arg(shortReason(error)));
    m_helper->setToolTip(HelperClient::describe(error));
    setProblem(m_helperIcon, true);
    // Counts from before would be stale; better none than wrong ones.
    m_details->hide();
}

QString HelperStatusWidget::helperText() const
{
    return m_helper->text();
}

} // namespace Rampart
