#pragma once

#include "client/helperclient.h"
#include "client/hitcounters.h"
#include "rules/entryrules.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusPendingCall>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Rampart {

// rampartctl's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Rampart::Cli)
};

} // namespace Rampart

namespace Rampart::CommandLine {

enum ExitCode { Success = 0, Refused = 1, Usage = 2 };

// Runs one rampartctl command (arguments without the program name), writing results to
// out and problems to err.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Shared by the commands.
QString usage();
// Items may also come as one argument with commas or spaces, as pasted from elsewhere.
QStringList splitItems(const QStringList &arguments);
// Checks every item before anything is sent, naming all the bad ones at once, as the
// helper will check them for the use; nothingDone (a QT_TRANSLATE_N_NOOP in "Rampart::Cli"
// with %n) ends the list of refusals. Returns what to send: the items as the parser writes
// them, ranges as the networks that cover them; nothing when any item was refused.
std::optional<QStringList> validate(const QStringList &items, EntryUse use, const char *nothingDone,
                                    QTextStream &err);
// Waits for the helper's answer; on an error, says what went wrong on err.
bool succeeded(QDBusPendingCall &reply, QTextStream &err);
// --show-commands: prints the script a change would run (a Commands method's reply), which
// changes nothing; false, with the reason on err, when the helper did not give it.
bool printScript(QDBusPendingReply<QString> reply, QTextStream &out, QTextStream &err);
// The helper's blocklist, read whole; nothing, with the reason on err, when it cannot be.
std::optional<QList<BlockedEntry>> fetchListing(HelperClient &client, QTextStream &err);
QJsonValue timeValue(const QDateTime &time);

// In listingcounters.cpp. The listing with, when read twice, each entry's last hit and rate
// over the second between the reads (activities parallel to entries; empty when read once).
struct SampledListing
{
    QList<BlockedEntry> entries;
    QList<HitCounters::Activity> activities;
};
std::optional<SampledListing> fetchSampledListing(HelperClient &client, bool twice,
                                                  QTextStream &err);
// Packets and bytes, and with an activity, the rate and the last hit ("lastHit" null when
// not within the second).
void addCounters(QJsonObject &object, const BlockedEntry &entry,
                 const HitCounters::Activity *activity);
// Large output (a million lines) straight to out's device, bypassing QTextStream's
// character-by-character encoding.
void writeBytes(QTextStream &out, const QByteArray &bytes);

// In feedcommands.cpp and aggregatecommand.cpp.
int importFeed(const QStringList &arguments, QTextStream &out, QTextStream &err);
int feeds(const QStringList &arguments, QTextStream &out, QTextStream &err);
int allow(const QStringList &arguments, QTextStream &out, QTextStream &err);
int aggregate(const QStringList &arguments, QTextStream &out, QTextStream &err);
// In historycommands.cpp.
int history(const QStringList &arguments, QTextStream &out, QTextStream &err);
int undo(const QStringList &arguments, QTextStream &out, QTextStream &err);
// In confirmcommand.cpp: --confirm-within for block, import and verdict, and confirm.
QCommandLineOption confirmWithinOption();
// The wait the option asks for, 0 when it is not given; nothing on a bad value, said on
// err, with the exit code in *exitCode.
std::optional<quint32> confirmWithin(const QCommandLineParser &parser,
                                     const QCommandLineOption &option, QTextStream &err,
                                     int *exitCode);
// After a change made with a wait: its number, the deadline and the command that keeps it.
void printWaitForConfirmation(QTextStream &out, qint64 historyId, quint32 seconds);
int confirm(const QStringList &arguments, QTextStream &out, QTextStream &err);
// In connectionscommand.cpp.
int connections(const QStringList &arguments, QTextStream &out, QTextStream &err);
// In geocommand.cpp.
int geo(const QStringList &arguments, QTextStream &out, QTextStream &err);
// In whycommand.cpp.
int why(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Rampart::CommandLine
