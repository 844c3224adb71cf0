#pragma once

#include <QHash>
#include <QLocale>
#include <QString>

#include <memory>

namespace Rampart {

// Country names in the user's language, from the files of Debian's iso-codes package that the
// desktops share (KDE's KCountry reads the same): iso_3166-1.json for the codes and their
// English names, and the gettext catalogue iso_3166-1.mo of the UI language, whose message
// ids are those English names. Read once, then read-only: const members are safe from any
// number of threads at once.
class CountryNames
{
public:
    static QString defaultCodesFile(); // /usr/share/iso-codes/json/iso_3166-1.json
    static QString defaultLocaleFolder(); // /usr/share/locale

    // Reads the codes file and the catalogue of the first of the locale's UI languages that
    // has one (de_DE, then de, ...; none for English). A catalogue that is not a well-formed
    // .mo file is left out with a warning, and the names stay English; without the codes
    // file only Qt's English names are left.
    explicit CountryNames(const QLocale &locale = QLocale(),
                          const QString &codesFile = defaultCodesFile(),
                          const QString &localeFolder = defaultLocaleFolder());

    // The names for the locale from the default files, read on first use for each list of
    // UI languages and shared from then on; safe from any thread.
    static std::shared_ptr<const CountryNames> forLocale(const QLocale &locale = QLocale());

    // The name of the country with the ISO 3166-1 alpha-2 code ("DE" or "de"): translated
    // when the catalogue has it, else iso-codes' English name ("Bolivia", not "Bolivia,
    // Plurinational State of"), else Qt's English name for codes ISO 3166-1 lacks ("XK",
    // Kosovo). Empty for anything else.
    QString name(const QString &countryCode) const;
    // The same in English.
    QString englishName(const QString &countryCode) const;

    // The catalogue the names were translated with; empty when none was.
    QString catalogueFile() const { return m_catalogueFile; }
    // How many countries the codes file listed.
    qsizetype countryCount() const { return m_englishNames.size(); }

private:
    QHash<QString, QString> m_englishNames; // by upper case code
    QHash<QString, QString> m_names; // in the UI language where translated, else English
    QString m_catalogueFile;
};

// CountryNames::forLocale(locale)->name(countryCode).
QString translatedCountryName(const QString &countryCode, const QLocale &locale = QLocale());

} // namespace Rampart
