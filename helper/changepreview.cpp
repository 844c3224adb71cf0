#include "changepreview.h"

namespace Rampart {

ChangePreview::ChangePreview(BlocklistCore &core)
    : m_core(core)
{
    m_ready = m_core.store().beginPreview();
    if (m_ready)
        m_core.firewall().setRecording(&m_script);
}

ChangePreview::~ChangePreview()
{
    m_core.firewall().setRecording(nullptr);
    m_core.store().endPreview();
}

} // namespace Rampart
