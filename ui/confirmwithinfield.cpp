#include "confirmwithinfield.h"

#include "dbus/helpertypes.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSpinBox>

namespace Rampart {

ConfirmWithinField::ConfirmWithinField(QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(tr("Roll &back unless confirmed within"), this))
    , m_seconds(new QSpinBox(this))
{
    m_check->setObjectName(QStringLiteral("confirmWithin"));
    m_check->setToolTip(tr("The helper undoes the change by itself unless you keep it in time: "
                           "a change that cuts this machine off cannot stay."));
    m_seconds->setObjectName(QStringLiteral("confirmWithinSeconds"));
    // Long enough to try the connection the change might cut.
    m_seconds->setRange(10, int(maxConfirmWithinSeconds));
    m_seconds->setValue(defaultSeconds);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setEnabled(false);
    connect(m_check, &QCheckBox::toggled, m_seconds, &QSpinBox::setEnabled);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_seconds);
    layout->addStretch(1);
}

quint32 ConfirmWithinField::seconds() const
{
    return m_check->isChecked() ? quint32(m_seconds->value()) : 0;
}

bool ConfirmWithinField::isChecked() const
{
    return m_check->isChecked();
}

void ConfirmWithinField::setChecked(bool checked)
{
    m_check->setChecked(checked);
}

} // namespace Rampart
