#pragma once

#include "blocklistcore.h"
#include "commandscript.h"

namespace Rampart {

// A change run for its script alone (the Commands methods): while it lives, the change's own
// code runs as usual, but the store keeps nothing it writes (Store::beginPreview) and the
// programs that would change the kernel are written to the script instead of run
// (Firewall::setRecording). Reads of the store and the kernel are real, so the script is
// what the change would run from the state they are in now.
class ChangePreview
{
public:
    explicit ChangePreview(BlocklistCore &core);
    ~ChangePreview();
    ChangePreview(const ChangePreview &) = delete;
    ChangePreview &operator=(const ChangePreview &) = delete;

    // Whether the store could start the transaction that keeps the preview from writing;
    // without it nothing may run.
    bool isReady() const { return m_ready; }
    const CommandScript &script() const { return m_script; }

private:
    BlocklistCore &m_core;
    CommandScript m_script;
    bool m_ready = false;
};

} // namespace Rampart
