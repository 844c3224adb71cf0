#pragma once

#include "net/cidr.h"
#include "rules/entryrules.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Rampart {

// What the helper holds a request's content to once polkit has said yes and before any
// store or kernel work: a call goes through its shape (decodeRequest), then polkit, then
// these checks, then the work. Each refusal names the item and says why; the helper
// answers it with InvalidArgs. The rules the helper shares with its clients
// (common/rules) are called here, never worded again. What needs the store (a feed that
// must exist, the totals against what is stored, a location sent back as it was shown) is
// checked where the store is.

// The longest entry any address or network takes, in bytes of UTF-8: decodeRequest refuses
// longer ones before polkit is asked.
inline constexpr int maxEntryBytes = 64;

// Text as the caller sent it, in UTF-8: QString::fromUtf8 would drop a leading byte-order
// mark, which is an invisible character the rules refuse, not a marker to take away.
QString decodedUtf8(QByteArrayView text);

// Strict parsing of a request's entries (see parseCidr), as decodeRequest keeps them: count
// items, each followed by a NUL. An error that names the first bad one, or an empty string
// with the valid ones, without duplicates, in *cidrs. Each entry is held to the rule for the
// use (entryRefusal).
QString parseEntries(QByteArrayView entries, qsizetype count, EntryUse use, QList<Cidr> *cidrs);

// Whether fd is a memory file whose content can no longer change, and not larger than a
// list of maxEntriesPerCall networks (*tooLarge says which, when given).
QString sealedListRefusal(int fd, bool *tooLarge = nullptr);

// Reads a sealed memory file of packed networks (an UpdateFeed list).
bool readSealedList(int fd, QList<Cidr> *cidrs, QString *error);

} // namespace Rampart
