#include "feeds/feedlocation.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace Rampart {

bool isWebLocation(const QString &location)
{
    return location.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool hidesCredentials(const QString &location)
{
    // Exactly where redactedLocation() writes it: the whole user information, or the
    // whole value of a query parameter.
    const QLatin1String hidden("***");
    if (!isWebLocation(location) || !location.contains(hidden))
        return false;
    const QUrl url(location);
    if (url.userInfo() == hidden)
        return true;
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    return std::any_of(items.begin(), items.end(), [&](const std::pair<QString, QString> &item) {
        return item.second == hidden;
    });
}

bool hidesCredentials(const FeedInfo &feed)
{
    return hidesCredentials(feed.location) || hidesCredentials(feed.checksumUrl);
}

QString countryOfLocation(const QString &location)
{
    static const QRegularExpression country(
        QRegularExpression::anchoredPattern(QStringLiteral("country:([A-Za-z]{2})")));
    const QRegularExpressionMatch match = country.match(location);
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

QString countryLocation(const QString &countryCode)
{
    return QLatin1String("country:") + countryCode.toUpper();
}

QString suggestedFeedName(const QString &location)
{
    if (const QString country = countryOfLocation(location); !country.isEmpty())
        return QLatin1String("country-") + country.toLower();
    QString base =
        isWebLocation(location) ? QUrl(location).fileName() : QFileInfo(location).fileName();
    if (base.isEmpty() && isWebLocation(location))
        base = QUrl(location).host();
    // "drop.txt.gz" → "drop"
    base = base.section(u'.', 0, 0).toLower();
    static const QRegularExpression disallowed(QStringLiteral("[^a-z0-9._-]+"));
    base.replace(disallowed, QStringLiteral("-"));
    while (base.startsWith(u'-') || base.startsWith(u'.') || base.startsWith(u'_'))
        base.remove(0, 1);
    base.truncate(maxFeedNameLength);
    return base.isEmpty() ? QStringLiteral("feed") : base;
}

} // namespace Rampart
