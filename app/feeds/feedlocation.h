#pragma once

#include "dbus/helpertypes.h"

#include <QString>

namespace Rampart {

// Where a feed comes from: a web address, a file on this machine, or a country of the
// geolocation database.

bool isWebLocation(const QString &location);
// Whether a web address is one as Feeds(false) lists it, with its password or token shown
// as "***" (redactedLocation()). Such an address can be neither fetched nor saved back:
// feeds(true) has it whole.
bool hidesCredentials(const QString &location);
// The feed's location or checksum URL does.
bool hidesCredentials(const FeedInfo &feed);

// A country as a feed: "country:US" is every network the geolocation database places in the
// United States. countryOfLocation() gives "US" for it (also for "country:us"), and an empty
// string for any other location.
QString countryOfLocation(const QString &location);
QString countryLocation(const QString &countryCode);

// A feed name from a file name or URL: "spamhaus-drop" from ".../drop.txt" is beyond it,
// but "drop" is not; only the characters the helper takes are kept.
QString suggestedFeedName(const QString &location);

} // namespace Rampart
