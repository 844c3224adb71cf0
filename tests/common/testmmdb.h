#pragma once

#include <QByteArray>
#include <QString>

// Geolocation databases with known answers for the tests, written by Debian's
// libmaxmind-db-writer-perl (scripts/setup.sh installs it).
namespace TestMmdb {

struct Options
{
    int ipVersion = 6;
    int recordSize = 24; // bits: 24, 28 or 32
    // ::ffff:0:0/96 and 2002::/16 lead to the IPv4 part, as in MaxMind's databases.
    bool aliasIpv4 = true;
};

// Writes a database of the networks in networksJson, a JSON array of [network, record]
// pairs inserted in that order:
//   [["203.0.113.0/24", {"country_code": "AU"}],
//    ["198.51.100.0/24", {"country": {"iso_code": "DE"}, "autonomous_system_number": 64500}]]
// "country" and "registered_country" are maps and "autonomous_system_number" a uint32; every
// other key is text. Returns the search tree's node count, or -1 with *error saying why.
int write(const QString &path, const QByteArray &networksJson, QString *error,
          const Options &options = {});

} // namespace TestMmdb
