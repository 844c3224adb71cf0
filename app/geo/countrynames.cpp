#include "countrynames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QStringDecoder>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <optional>

namespace Rampart {

namespace {

Q_LOGGING_CATEGORY(countryNamesLog, "rampart.geo.countrynames")

// iso_3166-1.json is some 50 KB and its catalogues under 20 KB: anything near this is not one.
constexpr qint64 maximumFileSize = 4 * 1024 * 1024;
constexpr quint32 catalogueMagic = 0x950412de;
// magic, revision, string count, the two string tables' offsets, the hash table's size and
// offset.
constexpr qint64 catalogueHeaderSize = 7 * 4;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiLetters(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isAsciiLetter);
}

// "DE" for "de"; empty for anything that is not two ASCII letters.
QString normalizedCode(const QString &countryCode)
{
    if (countryCode.size() != 2 || !isAsciiLetters(countryCode))
        return {};
    return countryCode.toUpper();
}

QString qtCountryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
}

// The file's bytes; nullopt with the reason when it cannot be read or is larger than any file
// this reads can be.
std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    // One byte over the cap tells an oversized file, or an endless one such as a device,
    // without reading it all.
    QByteArray data = file.read(maximumFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return std::nullopt;
    }
    if (data.size() > maximumFileSize) {
        *error = QStringLiteral("it is larger than %1 MiB").arg(maximumFileSize / (1024 * 1024));
        return std::nullopt;
    }
    return data;
}

struct IsoCountry
{
    QString code;
    QString name;
    QString commonName; // "Bolivia" where name is "Bolivia, Plurinational State of"
};

QList<IsoCountry> readCodesFile(const QString &path)
{
    QString error;
    const std::optional<QByteArray> data = readFile(path, &error);
    if (!data) {
        qCWarning(countryNamesLog,
                  "%s could not be read (%s); country names come from Qt, in "
                  "English. scripts/setup.sh installs iso-codes.",
                  qUtf8Printable(path), qUtf8Printable(error));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*data, &parseError);
    const QJsonValue entries = document.object().value(QLatin1String("3166-1"));
    if (parseError.error != QJsonParseError::NoError || !entries.isArray()) {
        qCWarning(countryNamesLog,
                  "%s is not iso-codes' ISO 3166-1 list (%s); country names "
                  "come from Qt, in English.",
                  qUtf8Printable(path),
                  parseError.error != QJsonParseError::NoError
                      ? qUtf8Printable(parseError.errorString())
                      : "no \"3166-1\" list");
        return {};
    }
    QList<IsoCountry> countries;
    for (const QJsonValue &value : entries.toArray()) {
        const QJsonObject entry = value.toObject();
        IsoCountry country { normalizedCode(entry.value(QLatin1String("alpha_2")).toString()),
                             entry.value(QLatin1String("name")).toString(),
                             entry.value(QLatin1String("common_name")).toString() };
        if (!country.code.isEmpty() && !country.name.isEmpty())
            countries << country;
    }
    return countries;
}

// A gettext .mo catalogue's translations of the wanted message ids, or why it is not a
// well-formed one. Every offset and length in the file is checked against its size before
// use; a catalogue with a single bad entry is refused whole, since its tables cannot be
// trusted. Plural forms and messages with a context are not country names and are skipped.
struct Catalogue
{
    QHash<QByteArray, QString> translations;
    QString error;
};

Catalogue parseCatalogue(const QByteArray &data, const QSet<QByteArray> &wanted)
{
    Catalogue catalogue;
    const auto fail = [&catalogue](const QString &error) {
        catalogue.translations.clear();
        catalogue.error = error;
        return catalogue;
    };
    const quint64 size = quint64(data.size());
    if (size < quint64(catalogueHeaderSize))
        return fail(QStringLiteral("it is shorter than a catalogue header"));

    quint32 magic;
    std::memcpy(&magic, data.constData(), 4);
    bool bigEndian;
    if (qFromLittleEndian(magic) == catalogueMagic)
        bigEndian = false;
    else if (qFromBigEndian(magic) == catalogueMagic)
        bigEndian = true;
    else
        return fail(QStringLiteral("it does not start with a gettext catalogue's magic number"));
    // Only called with offsets checked to leave four bytes.
    const auto word = [&data, bigEndian](quint64 offset) {
        quint32 value;
        std::memcpy(&value, data.constData() + offset, 4);
        return bigEndian ? qFromBigEndian(value) : qFromLittleEndian(value);
    };

    const quint32 revision = word(4);
    if (revision >> 16 > 1)
        return fail(QStringLiteral("its format revision %1.%2 is unknown")
                        .arg(revision >> 16)
                        .arg(revision & 0xffff));
    const quint64 count = word(8);
    const quint64 originals = word(12);
    const quint64 translations = word(16);
    // 64-bit sums of 32-bit fields cannot overflow.
    if (originals + count * 8 > size || translations + count * 8 > size)
        return fail(QStringLiteral("its string tables reach past its end"));

    // The string the table entry describes; gettext ends each with a NUL it does not count.
    const auto string = [&data, &word, size](quint64 table, quint64 index) {
        const quint64 length = word(table + index * 8);
        const quint64 offset = word(table + index * 8 + 4);
        if (offset + length >= size || data.at(qsizetype(offset + length)) != '\0')
            return std::optional<QByteArrayView>();
        return std::optional(QByteArrayView(data.constData() + offset, qsizetype(length)));
    };

    for (quint64 index = 0; index < count; ++index) {
        const std::optional<QByteArrayView> original = string(originals, index);
        const std::optional<QByteArrayView> translation = string(translations, index);
        if (!original || !translation)
            return fail(
                QStringLiteral("string %1 reaches past its end or is not terminated").arg(index));
        if (original->isEmpty()) {
            // The header, first since message ids are sorted: "...charset=UTF-8\n..."
            const QByteArray header = translation->toByteArray().toLower();
            const qsizetype start = header.indexOf("charset=");
            if (start < 0)
                continue;
            QByteArray charset = header.mid(start + 8);
            if (const qsizetype end = charset.indexOf('\n'); end >= 0)
                charset.truncate(end);
            charset = charset.trimmed();
            if (charset != "utf-8" && charset != "utf8" && charset != "ascii"
                && charset != "us-ascii")
                return fail(QStringLiteral("its strings are in %1, not UTF-8")
                                .arg(QString::fromLatin1(charset)));
            continue;
        }
        // Plural messages hold a NUL between their forms, and messages with a context an EOT
        // between it and the message.
        if (original->contains('\0') || original->contains('\x04'))
            continue;
        const QByteArray key = QByteArray::fromRawData(original->data(), original->size());
        if (translation->isEmpty() || !wanted.contains(key))
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(*translation);
        if (decoder.hasError() || text.contains(QChar(0)))
            return fail(QStringLiteral("the translation of \"%1\" is not valid UTF-8")
                            .arg(QString::fromUtf8(*original)));
        catalogue.translations.insert(original->toByteArray(), text);
    }
    return catalogue;
}

// gettext's folder names for a UI language ("sr-Latn-RS"), most specific first: sr_RS@latin,
// sr@latin, sr_RS, sr. Empty for a tag that is not a language's: it becomes part of a path.
QStringList catalogueLanguages(const QString &uiLanguage)
{
    const QStringList parts = QString(uiLanguage).replace(u'_', u'-').split(u'-');
    const QString language = parts.first().toLower();
    if (language.size() < 2 || language.size() > 3 || !isAsciiLetters(language))
        return {};
    QString territory;
    QString modifier;
    for (const QString &part : parts.mid(1)) {
        if (part.size() == 4 && isAsciiLetters(part)) {
            if (part.compare(QLatin1String("Latn"), Qt::CaseInsensitive) == 0)
                modifier = QStringLiteral("@latin");
            else if (part.compare(QLatin1String("Cyrl"), Qt::CaseInsensitive) == 0)
                modifier = QStringLiteral("@cyrillic");
        } else if (part.size() == 2 && isAsciiLetters(part)) {
            territory = u'_' + part.toUpper();
        }
    }
    QStringList languages;
    if (!modifier.isEmpty()) {
        if (!territory.isEmpty())
            languages << language + territory + modifier;
        languages << language + modifier;
    }
    if (!territory.isEmpty())
        languages << language + territory;
    languages << language;
    return languages;
}

} // namespace

QString CountryNames::defaultCodesFile()
{
    return QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
}

QString CountryNames::defaultLocaleFolder()
{
    return QStringLiteral("/usr/share/locale");
}

CountryNames::CountryNames(const QLocale &locale, const QString &codesFile,
                           const QString &localeFolder)
{
    const QList<IsoCountry> countries = readCodesFile(codesFile);
    QSet<QByteArray> englishNames;
    for (const IsoCountry &country : countries) {
        m_englishNames.insert(country.code,
                              country.commonName.isEmpty() ? country.name : country.commonName);
        englishNames << country.name.toUtf8();
        if (!country.commonName.isEmpty())
            englishNames << country.commonName.toUtf8();
    }
    m_names = m_englishNames;
    if (countries.isEmpty())
        return;

    Catalogue catalogue;
    QSet<QString> tried;
    const QStringList uiLanguages = locale.uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        const QStringList languages = catalogueLanguages(uiLanguage);
        for (const QString &language : languages) {
            if (tried.contains(language))
                continue;
            tried << language;
            const QString path =
                QDir(localeFolder).filePath(language + QLatin1String("/LC_MESSAGES/iso_3166-1.mo"));
            if (!QFileInfo(path).isFile())
                continue;
            QString error;
            const std::optional<QByteArray> data = readFile(path, &error);
            if (data)
                catalogue = parseCatalogue(*data, englishNames);
            else
                catalogue.error = error;
            if (catalogue.error.isEmpty()) {
                m_catalogueFile = path;
                break;
            }
            qCWarning(countryNamesLog, "Ignoring the country names catalogue %s: %s.",
                      qUtf8Printable(path), qUtf8Printable(catalogue.error));
        }
        // The names are in English already: a language after it is not the user's choice.
        const bool english = uiLanguage == QLatin1String("C")
            || (!languages.isEmpty() && languages.last() == QLatin1String("en"));
        if (!m_catalogueFile.isEmpty() || english)
            break;
    }
    if (m_catalogueFile.isEmpty())
        return;

    for (const IsoCountry &country : countries) {
        // Some catalogues translate only the formal name: "Korea, Republic of" but not
        // "South Korea". The formal name in the user's language still reads better than the
        // common one in English.
        QString translated;
        if (!country.commonName.isEmpty())
            translated = catalogue.translations.value(country.commonName.toUtf8());
        if (translated.isEmpty())
            translated = catalogue.translations.value(country.name.toUtf8());
        if (!translated.isEmpty())
            m_names.insert(country.code, translated);
    }
}

std::shared_ptr<const CountryNames> CountryNames::forLocale(const QLocale &locale)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const CountryNames>> byLanguages;
    const QString key = locale.uiLanguages().join(u',');
    const QMutexLocker locker(&mutex);
    std::shared_ptr<const CountryNames> &names = byLanguages[key];
    if (!names)
        names = std::make_shared<const CountryNames>(locale);
    return names;
}

QString CountryNames::name(const QString &countryCode) const
{
    const QString code = normalizedCode(countryCode);
    if (code.isEmpty())
        return {};
    const auto found = m_names.constFind(code);
    return found != m_names.cend() ? *found : qtCountryName(code);
}

QString CountryNames::englishName(const QString &countryCode) const
{
    const QString code = normalizedCode(countryCode);
    if (code.isEmpty())
        return {};
    const auto found = m_englishNames.constFind(code);
    return found != m_englishNames.cend() ? *found : qtCountryName(code);
}

QString translatedCountryName(const QString &countryCode, const QLocale &locale)
{
    return CountryNames::forLocale(locale)->name(countryCode);
}

} // namespace Rampart
