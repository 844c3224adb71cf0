#include "client/helperclient.h"
#include "mainwindow.h"
#include "time/localtimezone.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    Rampart::readTimeZoneOnce();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rampart"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rampart"));
    QApplication::setApplicationVersion(QStringLiteral(RAMPART_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("rampart.org"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.rampart.Rampart"));
    // Without a desktop's own theme, Qt looks only in hicolor; Adwaita is what Debian
    // installs with any desktop, and a theme that has the icon still wins.
    if (QIcon::fallbackThemeName().isEmpty()
        || QIcon::fallbackThemeName() == QLatin1String("hicolor"))
        QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
    // Only now: the first theme lookup settles which themes are searched.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.rampart.Rampart"),
                         QIcon(QStringLiteral(":/icons/org.rampart.Rampart.png"))));

    // English is the source language; its file holds only the plural forms ("1 entry",
    // "2 entries") and stands in where the system's language has no translation.
    QTranslator english;
    if (english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&english);
    // The same translations as rampartctl, from the same resource path; installed last,
    // so asked first.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("rampart"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    // Qt's own strings (standard buttons, context menus), where the system has them.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    Rampart::HelperClient client(QDBusConnection::systemBus());
    // Scheduled feed refreshes and polls happen with nobody at the keyboard: they must
    // never make polkit ask for a password.
    Rampart::HelperClient background(QDBusConnection::systemBus());
    background.setInteractive(false);
    Rampart::MainWindow window(&client, &background);
    window.show();
    return app.exec();
}
