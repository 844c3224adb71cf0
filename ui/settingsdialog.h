#pragma once

#include "geo/geosettings.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Rampart {

// Settings: which geolocation database the Country column and country feeds use (the usual
// places, or a file of the administrator's choosing), shown with its build date; and the
// optional online details, off until the administrator has read what they send where.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const GeoSettings &settings, QWidget *parent = nullptr);

    // What is on screen now.
    GeoSettings settings() const;

private:
    void browse();
    // Opens the database the choice leads to and says which it is and when it was built,
    // or why there is none; a few milliseconds: the file is mapped, not read.
    void showDatabase();
    void updateOnline();
    void updateOk();

    QRadioButton *m_automatic;
    QRadioButton *m_chosen;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_database;
    QLabel *m_databaseIcon;
    bool m_databaseUsable = false;
    bool m_onlineUrlValid = true;
    QCheckBox *m_online;
    QLineEdit *m_onlineUrl;
    QLabel *m_notice;
    QDialogButtonBox *m_buttons;
};

} // namespace Rampart
