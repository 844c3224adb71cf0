#include "messagearea.h"

#include "uicommon.h"

#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QScreen>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Rampart {

MessageArea::MessageArea(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_action(new QLabel(this))
    , m_logButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageArea"));
    m_label->setObjectName(QStringLiteral("messageText"));
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_logButton->setObjectName(QStringLiteral("messageLog"));
    // Elided to the room there is; the whole text is in the tooltip and the log.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setTextFormat(Qt::PlainText);
    m_action->setTextFormat(Qt::RichText);
    m_action->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_action->hide();
    connect(m_action, &QLabel::linkActivated, this, [this] { triggerAction(); });
    m_logButton->setIcon(themeIcon("view-history", QStyle::SP_FileDialogDetailedView));
    m_logButton->setAutoRaise(true);
    m_logButton->setToolTip(tr("Show the messages so far, in full"));
    m_logButton->setAccessibleName(tr("Messages"));
    m_logButton->setEnabled(false);
    connect(m_logButton, &QToolButton::clicked, this, &MessageArea::showLog);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_logButton);
    m_icon->hide();

    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &MessageArea::clear);
}

void MessageArea::showInformation(const QString &text)
{
    display(Kind::Information, text, {}, {});
    m_expiry.start(informationMs);
}

void MessageArea::showProgress(const QString &text)
{
    display(Kind::Progress, text, {}, {});
}

void MessageArea::clearProgress()
{
    if (m_kind == Kind::Progress)
        clear();
}

void MessageArea::showError(const QString &text, const QString &actionText,
                            std::function<void()> action)
{
    display(Kind::Error, text, actionText, std::move(action));
}

void MessageArea::clear()
{
    m_expiry.stop();
    m_text.clear();
    m_kind = Kind::Information;
    m_onAction = {};
    m_label->clear();
    m_label->setToolTip({});
    m_icon->hide();
    m_action->hide();
}

QString MessageArea::text() const
{
    return m_text;
}

QString MessageArea::actionText() const
{
    return m_onAction ? m_action->property("plainText").toString() : QString();
}

void MessageArea::triggerAction()
{
    // The action may show a message of its own, which replaces this one and its action.
    const std::function<void()> action = m_onAction;
    if (action)
        action();
}

void MessageArea::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateElision();
}

void MessageArea::display(Kind kind, const QString &text, const QString &actionText,
                          std::function<void()> action)
{
    m_expiry.stop();
    m_kind = kind;
    m_text = text;
    m_onAction = std::move(action);
    if (!text.isEmpty() && (m_log.isEmpty() || m_log.constLast().text != text)) {
        m_log << Message { QDateTime::currentDateTime(), kind, text };
        if (m_log.size() > logSize)
            m_log.removeFirst();
        m_logButton->setEnabled(true);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setVisible(kind == Kind::Error);
    if (kind == Kind::Error) {
        m_icon->setPixmap(
            themeIcon("dialog-warning", QStyle::SP_MessageBoxWarning).pixmap(size, size));
    }
    m_action->setVisible(m_onAction && !actionText.isEmpty());
    m_action->setProperty("plainText", actionText);
    m_action->setText(QStringLiteral("<a href=\"action\">%1</a>").arg(actionText.toHtmlEscaped()));
    m_label->setToolTip(text);
    updateElision();
}

void MessageArea::updateElision()
{
    // The first line only: the log has the rest.
    const QString line = m_text.section(u'\n', 0, 0);
    const QString elided =
        m_label->fontMetrics().elidedText(line, Qt::ElideRight, std::max(0, m_label->width()));
    m_label->setText(elided);
}

void MessageArea::showLog()
{
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto *view = new QPlainTextEdit(popup);
    view->setObjectName(QStringLiteral("messageLogView"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const QLocale locale;
    QStringList lines;
    for (const Message &message : std::as_const(m_log))
        lines << tr("%1  %2").arg(locale.toString(message.time.time(), QLocale::LongFormat),
                                  message.text);
    view->setPlainText(lines.join(u'\n'));
    view->moveCursor(QTextCursor::End);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    const int popupWidth = std::max(width(), 480);
    const int height = 240;
    QPoint at = mapToGlobal(QPoint(0, -height));
    if (const QScreen *screen = this->screen())
        at.setY(std::max(at.y(), screen->availableGeometry().top()));
    popup->setGeometry(at.x(), at.y(), popupWidth, height);
    popup->show();
}

} // namespace Rampart
