#!/bin/sh
# Brings translations/*.ts in line with the tr() strings in app/, ui/ and common/ (the
# rules the helper shares with the clients, under "Rampart::Rules"). New or changed
# strings come in as unfinished; translationstest names each one until it is translated
# (with Qt Linguist, or by hand in the .ts file). English is the source language, so
# rampart_en.ts holds only the plural forms ("%n entry(ies)" as "1 entry", "2 entries").
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -locations relative app ui common -ts translations/rampart_fr.ts translations/rampart_de.ts
"$LUPDATE" -locations relative -pluralonly app ui common -ts translations/rampart_en.ts
