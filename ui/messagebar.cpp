#include "messagebar.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Rampart {

QFrame *messageBar(QWidget *parent, const char *iconName, QStyle::StandardPixmap fallback,
                   const QList<QLabel *> &labels, bool filled)
{
    auto *bar = new QFrame(parent);
    auto *icon = new QLabel(bar);
    const int size = bar->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, bar);
    icon->setPixmap(QIcon::fromTheme(QLatin1String(iconName), bar->style()->standardIcon(fallback))
                        .pixmap(size, size));
    icon->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    for (QLabel *label : labels) {
        label->setParent(bar);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        texts->addWidget(label);
    }
    auto *layout = new QHBoxLayout(bar);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    if (filled) {
        bar->setFrameShape(QFrame::StyledPanel);
        bar->setAutoFillBackground(true);
        bar->setBackgroundRole(QPalette::ToolTipBase);
        for (QLabel *label : labels)
            label->setForegroundRole(QPalette::ToolTipText);
    } else {
        layout->setContentsMargins(0, 0, 0, 0);
    }
    return bar;
}

} // namespace Rampart
