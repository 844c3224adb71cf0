#pragma once

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace Rampart {

// "Roll back unless confirmed within [N] s", for a risky change: when checked, the helper
// undoes the change by itself unless the countdown that follows (ConfirmDialog) keeps it.
class ConfirmWithinField : public QWidget
{
    Q_OBJECT

public:
    static constexpr int defaultSeconds = 60;

    explicit ConfirmWithinField(QWidget *parent = nullptr);

    // The wait to ask the helper for; 0 when the box is not checked.
    quint32 seconds() const;
    bool isChecked() const;
    void setChecked(bool checked);

private:
    QCheckBox *m_check;
    QSpinBox *m_seconds;
};

} // namespace Rampart
