#pragma once

namespace Rampart {

// Makes this process read the system's time zone once. Without TZ set, glibc looks at
// /etc/localtime again at every conversion to local time (a stat each time, seen with perf):
// the million times of a listing spent seconds there. Call first thing in main(), before
// any thread starts; it changes nothing when TZ is set. A time zone changed while the
// program runs is seen at its next start.
void readTimeZoneOnce();

} // namespace Rampart
