#pragma once

#include "allowlist.h"
#include "blocklistcore.h"
#include "feedlists.h"
#include "firewall.h"
#include "kernelstate.h"
#include "manualentries.h"
#include "store.h"

namespace Rampart {

// What the helper does once a call is authorized and its content checked (requestchecks.h):
// keeps the store and the kernel in step, one concept a part. The store is the truth;
// whenever the kernel cannot follow, the call fails and the store is left as it was.
class Blocklist
{
public:
    Blocklist(Store &store, Firewall &firewall)
        : m_core(store, firewall)
    { }

    ManualEntries manualEntries() { return ManualEntries(m_core); }
    FeedLists feeds() { return FeedLists(m_core); }
    Allowlist allowlist() { return Allowlist(m_core); }
    KernelState kernel() { return KernelState(m_core); }
    BlocklistCore &core() { return m_core; }

private:
    BlocklistCore m_core;
};

} // namespace Rampart
