#include "commands.h"
#include "time/localtimezone.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    Rampart::readTimeZoneOnce();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rampartctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAMPART_VERSION));

    // English first: it holds the plural forms ("1 entry", "2 entries") that the source
    // strings only hint at; the user's language, installed after, takes precedence.
    QTranslator english;
    if (english.load(QStringLiteral("rampart_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&english);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("rampart"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Rampart::CommandLine::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
