#pragma once

#include "dbus/helpertypes.h"

#include <QList>
#include <QString>

namespace Rampart {

class GeoDatabase;

// A country as a feed ("country:US", feedlocation.h): its networks are read from the
// geolocation database in use, and read again when that database changes.

// The format the helper records for a country's networks.
inline constexpr auto countryFeedFormat = "country";
// How often a country feed looks whether the database changed.
inline constexpr quint32 countryRefreshSeconds = 86400;

// What identifies a database's contents in a country feed's ETag: when it changes, the
// country's networks are read again.
QString geoDatabaseIdentity(const GeoDatabase &database);
// The identity of the database in use (GeoSettings) when any of the feeds is a country, for
// dueFeeds(); empty otherwise, without opening anything. A few milliseconds: the file is
// mapped and its metadata read.
QString geoIdentityForCountries(const QList<FeedInfo> &feeds);

} // namespace Rampart
