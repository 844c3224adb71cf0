#include "geo/geosettings.h"

#include "geo/geodatabase.h"
#include "geo/onlinedetails.h"

#include <QSettings>

namespace Rampart {

namespace {

// Named outright: rampartctl has an application name of its own, and must still read what
// was chosen in the window.
const auto organization = QStringLiteral("rampart.org");
const auto application = QStringLiteral("rampart");

constexpr auto databaseKey = "geolocation/database";
constexpr auto onlineKey = "geolocation/onlineDetails";
constexpr auto onlineUrlKey = "geolocation/onlineUrl";

} // namespace

GeoSettings GeoSettings::load()
{
    const QSettings settings(organization, application);
    GeoSettings geo;
    geo.database = settings.value(QLatin1String(databaseKey)).toString();
    geo.onlineDetails = settings.value(QLatin1String(onlineKey), false).toBool();
    geo.onlineUrl = QUrl(settings.value(QLatin1String(onlineUrlKey)).toString());
    return geo;
}

void GeoSettings::save() const
{
    QSettings settings(organization, application);
    settings.setValue(QLatin1String(databaseKey), database);
    settings.setValue(QLatin1String(onlineKey), onlineDetails);
    settings.setValue(QLatin1String(onlineUrlKey), onlineUrl.toString());
}

QStringList GeoSettings::searchPath() const
{
    return GeoDatabase::databaseSearchPath(database);
}

QUrl GeoSettings::effectiveOnlineUrl() const
{
    return onlineUrl.isEmpty() ? defaultOnlineDetailsUrl() : onlineUrl;
}

} // namespace Rampart
