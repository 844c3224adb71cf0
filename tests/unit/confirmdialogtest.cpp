// The countdown after a change made with a wait for confirmation: Keep confirms the change's
// row, Roll Back Now undoes it, and when the time is up the dialog says the helper rolled it
// back, without asking the helper anything itself.

#include "confirmdialog.h"
#include "client/helperclient.h"
#include "privatebus.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Rampart;

namespace {

const QString helperBusName = QStringLiteral("confirmdialogtest-helper");
const QString clientBusName = QStringLiteral("confirmdialogtest-client");

class FakeHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.rampart.Helper1")

public:
    QList<qlonglong> confirmed;
    QList<qlonglong> undone;
    bool tooLate = false;

public Q_SLOTS:
    void Confirm(qlonglong id)
    {
        confirmed << id;
        if (tooLate)
            sendErrorReply(QDBusError::InvalidArgs,
                           QStringLiteral("row %1 (block) was rolled back or undone already, by "
                                          "row %2; make the change again")
                               .arg(id)
                               .arg(id + 1));
    }

    qlonglong Undo(qlonglong id, QStringList &notRestored)
    {
        undone << id;
        notRestored.clear();
        return id + 1;
    }
};

} // namespace

class ConfirmDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void countdownShowsTheSecondsLeft();
    void keepConfirmsTheChange();
    void rollBackNowUndoesTheChange();
    void timeUpSaysTheHelperRolledBack();
    void keepTooLateSaysWhy();

private:
    ConfirmDialog *open(int seconds);
    QString countdown() const;
    QPushButton *button(const char *name) const;

    PrivateBus m_bus;
    FakeHelper m_helper;
    QTranslator m_english;
    std::unique_ptr<HelperClient> m_client;
    QPointer<ConfirmDialog> m_dialog;
};

void ConfirmDialogTest::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_english);
    QString busError;
    QVERIFY2(m_bus.start(&busError), qPrintable(busError));
    QString serveError;
    QVERIFY2(m_bus.serveHelper(&m_helper, helperBusName, &serveError), qPrintable(serveError));
}

void ConfirmDialogTest::init()
{
    m_helper.confirmed.clear();
    m_helper.undone.clear();
    m_helper.tooLate = false;
    m_client = std::make_unique<HelperClient>(
        QDBusConnection::connectToBus(m_bus.address(), clientBusName));
}

void ConfirmDialogTest::cleanup()
{
    delete m_dialog;
    m_client.reset();
    QDBusConnection::disconnectFromBus(clientBusName);
}

ConfirmDialog *ConfirmDialogTest::open(int seconds)
{
    m_dialog = ConfirmDialog::showFor(m_client.get(), 42, quint32(seconds),
                                      QStringLiteral("Blocked 1 entry permanently."), nullptr);
    return m_dialog;
}

QString ConfirmDialogTest::countdown() const
{
    return m_dialog ? m_dialog->findChild<QLabel *>("countdown")->text() : QString();
}

QPushButton *ConfirmDialogTest::button(const char *name) const
{
    return m_dialog->findChild<QPushButton *>(QLatin1String(name));
}

void ConfirmDialogTest::countdownShowsTheSecondsLeft()
{
    open(120);
    // Until translations/ is regenerated the English plural may read "second(s)".
    QVERIFY2(countdown().contains(QRegularExpression("^Rolling back in 1(19|20) second")),
             qPrintable(countdown()));
    QVERIFY(m_dialog->findChild<QLabel *>("change")->text().contains("Blocked 1 entry"));
    // Keeping is what Enter does; not modal, so the window can be used meanwhile.
    QVERIFY(button("keep")->isDefault());
    QVERIFY(!m_dialog->isModal());
    QVERIFY(m_helper.confirmed.isEmpty() && m_helper.undone.isEmpty());
}

void ConfirmDialogTest::keepConfirmsTheChange()
{
    open(120);
    QSignalSpy kept(m_dialog, &ConfirmDialog::kept);
    button("keep")->click();
    QTRY_COMPARE(m_helper.confirmed, QList<qlonglong> { 42 });
    QTRY_COMPARE(kept.size(), 1);
    QVERIFY(m_helper.undone.isEmpty());
}

void ConfirmDialogTest::rollBackNowUndoesTheChange()
{
    open(120);
    QSignalSpy rolledBack(m_dialog, &ConfirmDialog::rolledBack);
    button("rollBackNow")->click();
    QTRY_COMPARE(m_helper.undone, QList<qlonglong> { 42 });
    QTRY_COMPARE(rolledBack.size(), 1);
    QVERIFY(m_helper.confirmed.isEmpty());
}

void ConfirmDialogTest::timeUpSaysTheHelperRolledBack()
{
    open(1);
    QSignalSpy rolledBack(m_dialog, &ConfirmDialog::rolledBack);
    QTRY_VERIFY_WITH_TIMEOUT(countdown().contains("the helper rolled it back"), 5000);
    QCOMPARE(rolledBack.size(), 1);
    QVERIFY(button("keep")->isHidden());
    QVERIFY(button("rollBackNow")->isHidden());
    // The helper does the rollback; the dialog only says so.
    QVERIFY(m_helper.confirmed.isEmpty() && m_helper.undone.isEmpty());
}

void ConfirmDialogTest::keepTooLateSaysWhy()
{
    m_helper.tooLate = true;
    open(120);
    QSignalSpy kept(m_dialog, &ConfirmDialog::kept);
    button("keep")->click();
    QTRY_VERIFY(countdown().contains("could not be kept"));
    QVERIFY2(countdown().contains("rolled back or undone already"), qPrintable(countdown()));
    QCOMPARE(kept.size(), 0);
    QVERIFY(button("keep")->isHidden());
}

QTEST_MAIN(ConfirmDialogTest)
#include "confirmdialogtest.moc"
