#pragma once

#include <QCoreApplication>

namespace Rampart {

// The shared rules' messages. The window and rampartctl word a refusal as the helper does;
// the helper loads no translation, so it answers in English.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rampart::Rules)
};

} // namespace Rampart
