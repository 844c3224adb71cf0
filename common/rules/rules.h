#pragma once

#include <QCoreApplication>

namespace Rampart {

// The translation context of the shared rules, which are free functions: Rules::tr(). The
// window and rampartctl word a refusal as the helper does; the helper loads no translation,
// so it answers in English.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rampart::Rules)
};

} // namespace Rampart
