#include "feeds/countryfeed.h"

#include "feeds/feedlocation.h"
#include "geo/geodatabase.h"
#include "geo/geosettings.h"

#include <QDateTime>

#include <algorithm>

namespace Rampart {

QString geoDatabaseIdentity(const GeoDatabase &database)
{
    if (!database.isOpen())
        return {};
    return QStringLiteral("%1@%2")
        .arg(database.databaseType())
        .arg(database.buildDate().toSecsSinceEpoch());
}

QString geoIdentityForCountries(const QList<FeedInfo> &feeds)
{
    const bool anyCountry = std::any_of(feeds.begin(), feeds.end(), [](const FeedInfo &feed) {
        return !countryOfLocation(feed.location).isEmpty();
    });
    return anyCountry
        ? geoDatabaseIdentity(GeoDatabase::openFirst(GeoSettings::load().searchPath()))
        : QString();
}

} // namespace Rampart
