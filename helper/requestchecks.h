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

// A Block's timeout: at most maxTimeoutSeconds, the longest ipset takes; 0 is for ever.
QString timeoutRefusal(quint32 seconds);
// How long a change may wait for Confirm (Block, UpdateFeed, SetVerdict): at most
// maxConfirmWithinSeconds; 0 is no wait.
QString confirmWithinRefusal(quint32 seconds);
// SetVerdict's verdict: DROP or REJECT, exactly.
QString verdictRefusal(const QString &verdict);
// An UpdateFeed's ETag or Last-Modified value: displayable text of at most
// maxFeedTextLength characters.
QString httpValidatorRefusal(const QString &value);
// A RecordFeedCheck's error text: the same, empty when the list was current.
QString fetchErrorRefusal(const QString &text);
// A feed's new list: never a network that covers every address, and no network wider than
// Breadth::isBroadFeedItem allows unless the feed allows broad networks (allowsBroadNetworks,
// a setting the store keeps: the feeds' code calls this once it has read the feed).
QString feedListRefusal(const QList<Cidr> &list, bool broadAllowed);

// Each method's content in the order the helper checks it: the first refusal is the answer,
// and on none the parsed values are in the last argument. Unblock and Disallow have their
// entries alone (parseEntries with EntryUse::Remove), SetVerdict its verdict, AddFeed its
// settings (feedSettingsRefusal, once a location sent back as it was shown is replaced by
// the stored one), RecordFeedCheck its error text.

// Block: the entries (EntryUse::Block), the comment, the timeout.
QString blockRequestRefusal(QByteArrayView entries, qsizetype count, const QString &comment,
                            quint32 timeoutSeconds, QList<Cidr> *cidrs);
// Allow: the entries (EntryUse::Allow), the comment.
QString allowRequestRefusal(QByteArrayView entries, qsizetype count, const QString &comment,
                            QList<Cidr> *cidrs);
// UpdateFeed: the list, then the ETag and the Last-Modified value.
QString feedUpdateRefusal(int listFd, const QString &etag, const QString &lastModified,
                          QList<Cidr> *list);

} // namespace Rampart
