#include "forceblockquestion.h"

#include "client/helperclient.h"

#include <QCoreApplication>
#include <QDBusError>
#include <QMessageBox>
#include <QPushButton>

namespace Rampart {

namespace {

// lupdate files tr() calls outside a class under the namespace's name.
QString tr(const char *text)
{
    return QCoreApplication::translate("Rampart", text);
}

} // namespace

QMessageBox *askToForceBlock(QWidget *parent, const QString &title, const QDBusError &error,
                             std::function<void()> blockAnyway)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, tr("Block even so?"),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("forceBlockQuestion"));
    // "Nothing was blocked: <what the entry covers>."
    box->setInformativeText(HelperClient::describe(error));
    QPushButton *blockButton = box->addButton(tr("&Block Anyway"), QMessageBox::AcceptRole);
    QPushButton *cancelButton = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, blockButton, blockAnyway = std::move(blockAnyway)] {
                         if (box->clickedButton() == blockButton)
                             blockAnyway();
                     });
    box->open();
    return box;
}

} // namespace Rampart
