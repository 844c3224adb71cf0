#pragma once

#include "feeds/bogons.h"
#include "feeds/feedformat.h"
#include "net/rangeset.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace Rampart {

struct FeedLineError
{
    qint64 line = 0; // 1-based; for JSON, the element's 1-based index
    QString text; // the item as the line held it, cut like quotedItem() but without quotes
    QString reason; // translated, naming the item
};

struct FeedParseOptions
{
    FeedFormat format = FeedFormat::Auto;
    // 0-based, for FeedFormat::Csv; -1 finds the first column that holds addresses. With
    // FeedFormat::Auto the column is always found.
    int csvColumn = 0;
    qsizetype maxReportedErrors = 100000;
    // Optional: called now and then from the calling thread with the bytes read so far;
    // returning false cancels.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct FeedParseResult
{
    FeedFormat format = FeedFormat::Auto; // the one detected or chosen
    int csvColumn = -1; // for FeedFormat::Csv, the 0-based column read
    // Empty when the result is usable; otherwise why nothing can be imported (a web page,
    // empty input, a damaged archive, binary data, cancelled), translated, with what to do
    // next. ranges is then empty.
    QString fatalError;
    bool empty = false; // nothing at all but blank lines and comments (fatalError says so)
    RangeSet ranges; // every valid item, normalized
    qint64 valid = 0; // items that parsed
    qint64 invalid = 0; // items that did not, all counted
    // Valid items that lie inside another item (the same address twice, an address inside
    // a listed network) and so add no address of their own.
    qint64 duplicates = 0;
    QList<FeedLineError> errors; // one per bad item, in line order, at most maxReportedErrors
};

// Raw bytes as read from a file or downloaded. Compressed data and zip archives are
// unpacked first (recognized by content, not name; the lists in an archive with several
// files are read one after the other, so line numbers count on through them); then the
// format is detected (unless options say it) and every item read. Large inputs are read
// on all cores.
FeedParseResult parseFeed(const QByteArray &data, const FeedParseOptions &options = {});

} // namespace Rampart
