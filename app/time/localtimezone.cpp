#include "time/localtimezone.h"

#include <QByteArray>
#include <QtGlobal>

namespace Rampart {

void readTimeZoneOnce()
{
    // ":" and a path: the zone in that file, which glibc then keeps.
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
}

} // namespace Rampart
