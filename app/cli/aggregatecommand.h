#pragma once

#include <QStringList>
#include <QTextStream>

namespace Rampart::CommandLine {

// rampartctl aggregate [--except FILE]... [--format NAME] FILE...: prints the fewest
// networks that hold the addresses of the files and none of the --except files, IPv4 first,
// ascending, one per line and for IPv4 exactly as `iprange` prints them. "-" reads standard
// input. Bad items are named on err and left out; the helper is not involved.
int aggregate(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Rampart::CommandLine
