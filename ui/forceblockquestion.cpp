#include "forceblockquestion.h"

#include "client/helperclient.h"
#include "uicommon.h"

#include <QDBusError>
#include <QMessageBox>
#include <QPushButton>

namespace Rampart {

namespace {

QMessageBox *ask(QWidget *parent, const QString &title, const QString &why,
                 std::function<void()> blockAnyway)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, Widgets::tr("Block even so?"),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("forceBlockQuestion"));
    box->setInformativeText(why);
    QPushButton *blockButton =
        box->addButton(Widgets::tr("&Block Anyway"), QMessageBox::AcceptRole);
    QPushButton *cancelButton = box->addButton(Widgets::tr("Cancel"), QMessageBox::RejectRole);
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

} // namespace

QMessageBox *askToForceBlock(QWidget *parent, const QString &title, const QDBusError &error,
                             std::function<void()> blockAnyway)
{
    // "Nothing was blocked: <what the entry covers>."
    return ask(parent, title, HelperClient::describe(error), std::move(blockAnyway));
}

QMessageBox *askToForceBlock(QWidget *parent, const QString &title, const QStringList &reasons,
                             std::function<void()> blockAnyway)
{
    QStringList lines;
    for (const QString &reason : reasons)
        lines << QStringLiteral("• ") + reason;
    return ask(parent, title, lines.join(u'\n'), std::move(blockAnyway));
}

} // namespace Rampart
