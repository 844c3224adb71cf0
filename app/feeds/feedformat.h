#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Rampart {

struct FeedParseOptions;

// The feed code's messages.
class Feeds
{
    Q_DECLARE_TR_FUNCTIONS(Rampart::Feeds)
};

// The ways blocklists are written. Lines covers FireHOL's .netset and .ipset files,
// Spamhaus DROP and most plain lists; Separated is Stop Forum Spam's one long line; P2P is
// PeerGuardian's "name:first-last"; DShield is the block.txt table.
enum class FeedFormat { Auto, Lines, Separated, Ranges, P2P, DShield, Csv, Json };

// "auto", "lines", "separated", "ranges", "p2p", "dshield", "csv", "json": stable, used on
// the command line and in the store.
QString feedFormatName(FeedFormat format);
std::optional<FeedFormat> feedFormatFromName(QStringView name);
// For the GUI ("One address, network or range per line"); translated.
QString feedFormatDescription(FeedFormat format);

// A feed's format as the store and the command line write it, "auto", "lines", …, "csv" or
// "csv:N" (N the 1-based column), into parse options (feedparser.h) and back.
std::optional<FeedParseOptions> feedOptionsFromText(QStringView text);
QString feedOptionsText(const FeedParseOptions &options);

// How a feed's text is laid out: its format, and for CSV the separator and the column.
struct FeedLayout
{
    FeedFormat format = FeedFormat::Lines;
    char csvSeparator = ',';
    int csvColumn = 0; // 0-based
};

// Looks at the first lines of content (up to 64 KB; blank lines and comments skipped) to
// tell the format, unless format says it. For CSV, csvColumn -1 (or format Auto) has the
// column found too: the first that holds addresses in most rows.
FeedLayout detectFeedLayout(QByteArrayView text, FeedFormat format, int csvColumn);

// One cell of a CSV row [begin, end): column (0-based), without surrounding blanks and
// quotes ("" inside quotes is one quote, copied into *scratch).
enum class CsvCell { Found, Missing, Unclosed };
CsvCell csvCell(const char *begin, const char *end, char separator, int column,
                QByteArrayView *cell, QByteArray *scratch);

} // namespace Rampart
