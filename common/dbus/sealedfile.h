#pragma once

#include <QByteArrayView>

namespace Rampart {

// The interface hands lists over as memory files sealed against any change (List's listing,
// UpdateFeed's networks): whoever reads one knows it cannot change or grow under it, and a
// list of 400,000 networks costs a few megabytes instead of a D-Bus array of as many
// strings. Returns a descriptor (close-on-exec) holding content, read from its start, or
// -1 with errno set; the caller closes it.
int sealedMemoryFile(const char *name, QByteArrayView content);

} // namespace Rampart
