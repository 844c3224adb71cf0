#include "rules/entryrules.h"

#include "rules/rules.h"

namespace Rampart {

namespace {

struct Reserved
{
    Cidr network;
    const char *why;
};

// What is never a source: parsed once, since the helper checks every entry of a
// 400,000-entry call against these.
const QList<Reserved> &reservedRanges()
{
    static const QList<Reserved> reserved = {
        { *parseCidr(u"127.0.0.0/8").cidr,
          QT_TRANSLATE_NOOP("Rampart::Rules", "%1 covers loopback (%2)") },
        { *parseCidr(u"::1").cidr, QT_TRANSLATE_NOOP("Rampart::Rules", "%1 covers loopback (%2)") },
        { *parseCidr(u"0.0.0.0").cidr,
          QT_TRANSLATE_NOOP("Rampart::Rules", "%1 covers the unspecified address (%2)") },
        { *parseCidr(u"::").cidr,
          QT_TRANSLATE_NOOP("Rampart::Rules", "%1 covers the unspecified address (%2)") },
        { *parseCidr(u"224.0.0.0/4").cidr,
          QT_TRANSLATE_NOOP("Rampart::Rules",
                            "%1 covers multicast (%2), which is never a source") },
        { *parseCidr(u"ff00::/8").cidr,
          QT_TRANSLATE_NOOP("Rampart::Rules",
                            "%1 covers multicast (%2), which is never a source") },
    };
    return reserved;
}

} // namespace

QString blockRefusal(const Cidr &cidr)
{
    if (cidr.prefixLength() == 0)
        return Rules::tr("%1 covers every address; refusing to block it").arg(cidr.toString());
    for (const Reserved &range : reservedRanges()) {
        if (range.network.overlaps(cidr))
            return Rules::tr(range.why).arg(cidr.toString(), range.network.toString());
    }
    return {};
}

const RangeSet &neverBlockedSpace()
{
    static const RangeSet space = [] {
        RangeSet set;
        for (const Reserved &range : reservedRanges())
            set.add(range.network);
        set.normalize();
        return set;
    }();
    return space;
}

QString allowRefusal(const Cidr &cidr)
{
    if (cidr.prefixLength() == 0)
        return Rules::tr("%1 covers every address; allowing it would switch every feed off")
            .arg(cidr.toString());
    return {};
}

QString entryRefusal(const Cidr &cidr, EntryUse use)
{
    switch (use) {
    case EntryUse::Block:
        return blockRefusal(cidr);
    case EntryUse::Allow:
        return allowRefusal(cidr);
    case EntryUse::Remove:
        break;
    }
    if (cidr.prefixLength() == 0)
        return Rules::tr("%1 covers every address").arg(cidr.toString());
    return {};
}

} // namespace Rampart
