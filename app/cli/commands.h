#pragma once

#include <QStringList>
#include <QTextStream>

namespace Rampart::Cli {

enum ExitCode { Success = 0, Refused = 1, Usage = 2 };

// Runs one rampartctl command (arguments without the program name), writing results to
// out and problems to err.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Rampart::Cli
