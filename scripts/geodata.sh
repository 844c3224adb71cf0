#!/bin/bash
# Installs the pinned country database into Rampart's data folder when no geolocation
# database is present: the npm package @ip-location-db/geo-whois-asn-country-mmdb, its
# tarball checked against the integrity pinned below, so a changed upload is refused.
# Idempotent: nothing is fetched when a database is present or the same file is installed.
set -euo pipefail

package=@ip-location-db/geo-whois-asn-country-mmdb
version=2.3.2026061719
integrity='sha512-xemBDNQl4mCYDuVbqe3jKGKsVDykZGkfvebhtOh/3VGLadq8vsp7t7ontpMUt3hH7sAGT0eLDyJ99SV+0waxZg=='
member=package/geo-whois-asn-country.mmdb
destination=${RAMPART_GEO_DIR:-/usr/share/rampart/geo}
target=$destination/geo-whois-asn-country.mmdb
stamp=$destination/.version

# The search order of GeoDatabase::databaseSearchPath(), less the user's own setting.
for folder in /usr/share/GeoIP /var/lib/GeoIP; do
    if compgen -G "$folder/*.mmdb" >/dev/null; then
        echo "geodata: a database is present in $folder; nothing to install"
        exit 0
    fi
done
if [[ -f $target && -f $stamp && $(<"$stamp") == "$version $integrity" ]]; then
    echo "geodata: $package@$version is installed in $destination"
    exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "geodata: installing the country database into $destination needs root" >&2
    exit 1
fi
# Machines with Node.js have npm with it; Debian's own npm package is the fallback (it
# would conflict with a Node.js from elsewhere, so it is not installed otherwise).
if ! command -v npm >/dev/null; then
    echo "geodata: installing npm to fetch $package@$version"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package@$version" >/dev/null)
tarball=$(find "$work" -maxdepth 1 -name '*.tgz' -print -quit)
if [[ -z $tarball ]]; then
    echo "geodata: npm pack $package@$version produced no tarball" >&2
    exit 1
fi
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [[ $actual != "$integrity" ]]; then
    echo "geodata: $package@$version does not match its pinned integrity" >&2
    echo "  expected $integrity" >&2
    echo "  got      $actual" >&2
    exit 1
fi
tar -xzf "$tarball" -C "$work" "$member" package/NRO_LICENSE

install -d -m 0755 "$destination"
# Same folder, then rename: a reader never sees half a database.
temporary=$(mktemp "$destination/.geo-XXXXXX")
install -m 0644 "$work/$member" "$temporary"
sync "$temporary"
mv -f "$temporary" "$target"
cat >"$destination/NOTICE" <<NOTICE
geo-whois-asn-country.mmdb comes from the npm package $package@$version
(https://github.com/sapics/ip-location-db), built from the registries' WHOIS and ASN data.
That data is published by the Number Resource Organization (NRO) under the Creative
Commons Attribution 4.0 International licence (CC BY 4.0):
https://creativecommons.org/licenses/by/4.0/
NOTICE
install -m 0644 "$work/package/NRO_LICENSE" "$destination/NRO_LICENSE"
chmod 0644 "$destination/NOTICE"
echo "$version $integrity" >"$stamp"
echo "geodata: installed $package@$version into $target"
