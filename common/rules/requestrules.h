#pragma once

#include "dbus/helpertypes.h"

#include <QString>
#include <QStringView>

namespace Rampart {

// The rules every request to the helper is held to, in one place: the helper enforces
// them, and the window and rampartctl check the same before sending. Each returns why
// the value is refused, naming it, or an empty string when it is fine.

// Text that is shown to people (comments, feed errors, HTTP validators): no control
// characters, no line or paragraph separators, and nothing that changes how the text
// around it is shown without being seen itself (Unicode categories Cf such as U+202E
// RIGHT-TO-LEFT OVERRIDE, U+200B and U+FEFF; Co, private use; Cn, unassigned).
bool isDisplayableText(QStringView text);

QString commentRefusal(const QString &comment);

// A feed's name: 1 to maxFeedNameLength characters of a-z, 0-9, '.', '_' and '-',
// starting with a letter or digit, and nothing else (no trailing newline either).
bool isFeedName(QStringView name);
QString feedNameRefusal(const QString &name);

// A feed's settings as AddFeed takes them: name, location (an http or https URL, an
// absolute path, or country:CC with the format "country"), format, checksum URL,
// refresh interval and shrink share. A plain http:// location or checksum URL can be
// changed by anyone on the network path, so it needs feed.insecure unless an https
// checksum URL vouches for the list; plain http to this machine itself (127.0.0.0/8, ::1,
// localhost) needs neither.
QString feedSettingsRefusal(const FeedInfo &feed);
// Whether the settings need feed.insecure: refused without it, and accepted with it, so that
// plain http is the only thing wrong with them.
bool needsInsecure(FeedInfo feed);

bool isWebAddress(QStringView location);

// Whether a feed's list may hold networks wider than a /8 (IPv6 /16) of space Internet
// sources use (Breadth::isBroadFeedItem): when it was added allowing them, and always for a
// country, whose networks come from the local geolocation database and are wide by nature.
bool allowsBroadNetworks(const FeedInfo &feed);

// The location with any password or token in it replaced by "***": the user information
// of a URL (https://user:secret@host/) and the values of query parameters that carry
// credentials (key, token, apikey, password, secret, …). For callers allowed to read
// the feeds but not to fetch them.
QString redactedLocation(const QString &location);
// The same for every http(s) URL within a text, such as a feed's last error.
QString redactedLocations(const QString &text);

} // namespace Rampart
