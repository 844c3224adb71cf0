#include "testmmdb.h"

#include <QProcess>

namespace TestMmdb {

namespace {

// Arguments: the file, the IP version, the record size and whether to alias IPv4; the
// networks come as JSON on standard input. Prints the node count.
const char writerScript[] = R"(
use strict; use warnings;
use JSON::PP;
use MaxMind::DB::Writer::Tree;
my ($path, $ip_version, $record_size, $aliased) = @ARGV;
my %types = (country => 'map', registered_country => 'map',
    autonomous_system_number => 'uint32');
my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version => $ip_version, record_size => $record_size,
    database_type => 'Rampart-Test-Country', languages => ['en'],
    description => { en => 'Rampart test database' },
    map_key_type_callback => sub { $types{$_[0]} // 'utf8_string' },
    alias_ipv6_to_ipv4 => $aliased, remove_reserved_networks => 0);
my $networks = decode_json(do { local $/; <STDIN> });
$tree->insert_network($_->[0], $_->[1]) for @$networks;
open(my $out, '>:raw', $path) or die "$path: $!";
$tree->write_tree($out);
close($out) or die "$path: $!";
print $tree->node_count(), "\n";
)";

} // namespace

int write(const QString &path, const QByteArray &networksJson, QString *error,
          const Options &options)
{
    QProcess perl;
    perl.start(QStringLiteral("/usr/bin/perl"),
               { QStringLiteral("-e"), QString::fromLatin1(writerScript), path,
                 QString::number(options.ipVersion), QString::number(options.recordSize),
                 options.aliasIpv4 ? QStringLiteral("1") : QStringLiteral("0") });
    perl.write(networksJson);
    perl.closeWriteChannel();
    if (!perl.waitForFinished(120000) || perl.exitStatus() != QProcess::NormalExit
        || perl.exitCode() != 0) {
        *error = QStringLiteral("writing %1 failed (scripts/setup.sh installs "
                                "libmaxmind-db-writer-perl): %2")
                     .arg(path, QString::fromLocal8Bit(perl.readAllStandardError()));
        return -1;
    }
    bool ok = false;
    const int nodes = perl.readAllStandardOutput().trimmed().toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("writing %1 printed no node count").arg(path);
        return -1;
    }
    return nodes;
}

} // namespace TestMmdb
