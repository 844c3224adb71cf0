<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Rampart::AllowlistDialog</name>
    <message>
        <location filename="../ui/allowlistdialog.cpp" line="+76"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+201"/>
        <source>Allowlist</source>
        <translation>Positivliste</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>No feed blocks these networks, whatever it lists. Addresses blocked by hand are not affected.</source>
        <translation>Kein Feed sperrt diese Netze, ganz gleich, was er enthält. Von Hand gesperrte Adressen sind nicht betroffen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>198.51.100.7, 203.0.113.0/24, 2001:db8::/48 — separated by lines, commas or spaces</source>
        <translation>198.51.100.7, 203.0.113.0/24, 2001:db8::/48 – getrennt durch Zeilenumbrüche, Kommas oder Leerzeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whose, or why (optional)</source>
        <translation>Wessen Netz oder warum (optional)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A&amp;dd:</source>
        <translation>H&amp;inzufügen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;omment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The allowlist could not be read. %1</source>
        <translation>Die Positivliste konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct or remove these first:</source>
        <translation>Korrigieren oder entfernen Sie zuerst diese:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Adding, and applying every feed again… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>Wird hinzugefügt, alle Feeds werden neu angewendet … Ein Authentifizierungsdialog fragt eventuell nach dem Passwort eines Administrators.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was added to the allowlist.</source>
        <translation>Es wurde nichts zur Positivliste hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Added %Ln network(s) to the allowlist.</source>
        <translation>
            <numerusform>%Ln Netz zur Positivliste hinzugefügt.</numerusform>
            <numerusform>%Ln Netze zur Positivliste hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removing, and applying every feed again… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>Wird entfernt, alle Feeds werden neu angewendet … Ein Authentifizierungsdialog fragt eventuell nach dem Passwort eines Administrators.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was removed from the allowlist.</source>
        <translation>Es wurde nichts von der Positivliste entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Removed %Ln network(s) from the allowlist.</source>
        <translation>
            <numerusform>%Ln Netz von der Positivliste entfernt.</numerusform>
            <numerusform>%Ln Netze von der Positivliste entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::BlockDialog</name>
    <message>
        <location filename="../ui/blockdialog.cpp" line="+50"/>
        <source>Rampart</source>
        <translation>Rampart</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Block</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Co&amp;mmands…</source>
        <translation>Be&amp;fehle anzeigen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block Addresses</source>
        <translation>Adressen sperren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>203.0.113.7
198.51.100.0/24, 2001:db8::/32
203.0.113.10 - 203.0.113.20

Paste addresses, networks and ranges separated by lines, commas or spaces. Text after # is ignored.</source>
        <translation>203.0.113.7
198.51.100.0/24, 2001:db8::/32
203.0.113.10 - 203.0.113.20

Fügen Sie Adressen, Netze und Bereiche ein, getrennt durch Zeilenumbrüche, Kommas oder Leerzeichen. Text nach # wird ignoriert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Addresses or networks:</source>
        <translation>&amp;Adressen oder Netze:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click an item to select it in the text.</source>
        <translation>Klicken Sie auf einen Eintrag, um ihn im Text zu markieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranges are sent as the networks that cover them. Click one to select it in the text.</source>
        <translation>Bereiche werden als die Netze gesendet, die sie abdecken. Klicken Sie auf einen, um ihn im Text auszuwählen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Permanently</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example 90m, 12h, 3d or 2w</source>
        <translation>Zum Beispiel 90m, 12h, 3d oder 2w</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number and a unit: s for seconds, m minutes, h hours, d days, w weeks.</source>
        <translation>Eine Zahl und eine Einheit: s für Sekunden, m Minuten, h Stunden, d Tage, w Wochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why, for the record (optional)</source>
        <translation>Grund, fürs Protokoll (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;omment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the ipset and iptables commands the block would run, without blocking.</source>
        <translation>Die ipset- und iptables-Befehle anzeigen, die die Sperre ausführen würde, ohne zu sperren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Blocks for %1.</source>
        <translation>Sperrt für %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to block yet.</source>
        <translation>Noch nichts zu sperren.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln valid entry(ies)</source>
        <translation>
            <numerusform>%Ln gültiger Eintrag</numerusform>
            <numerusform>%Ln gültige Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln duplicate(s) ignored</source>
        <translation>
            <numerusform>%Ln Duplikat ignoriert</numerusform>
            <numerusform>%Ln Duplikate ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invalid item(s) left out:</source>
        <translation>
            <numerusform>%Ln ungültiger Eintrag ausgelassen:</numerusform>
            <numerusform>%Ln ungültige Einträge ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many for one request; the limit is %1.</source>
        <translation>zu viele für eine Anfrage; die Grenze liegt bei %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+24"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Line %1, column %2: %3 becomes %4</source>
        <translation>Zeile %1, Spalte %2: %3 wird zu %4</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Block %n entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag sperren</numerusform>
            <numerusform>%n Einträge sperren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for the helper… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>Warten auf das Hilfsprogramm … Ein Authentifizierungsdialog fragt eventuell nach dem Passwort eines Administrators.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing was blocked.</source>
        <translation>Es wurde nichts gesperrt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Blocked %n entry(ies) for %1.</source>
        <translation>
            <numerusform>%n Eintrag für %1 gesperrt.</numerusform>
            <numerusform>%n Einträge für %1 gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Blocked %n entry(ies) permanently.</source>
        <translation>
            <numerusform>%n Eintrag dauerhaft gesperrt.</numerusform>
            <numerusform>%n Einträge dauerhaft gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was unblocked.</source>
        <translation>Es wurde nichts entsperrt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Unblocked %n entry(ies).</source>
        <translation>
            <numerusform>%n Eintrag entsperrt.</numerusform>
            <numerusform>%n Einträge entsperrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not blocked, left as is: %1</source>
        <translation>Nicht gesperrt, unverändert gelassen: %1</translation>
    </message>
</context>
<context>
    <name>Rampart::BlocklistModel</name>
    <message>
        <location filename="../ui/blocklistmodel.cpp" line="+210"/>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/blocklisttab.cpp" line="+125"/>
        <source>in %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+184"/>
        <location filename="../ui/blocklisttab.cpp" line="+15"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Bytes: %1</source>
        <translation>Bytes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No packet seen since the window began watching</source>
        <translation>Kein Paket gesehen, seit das Fenster beobachtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packets dropped per second since the listing before</source>
        <translation>Verworfene Pakete pro Sekunde seit der vorigen Liste</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Hit</source>
        <translation>Letzter Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>Rampart::BlocklistTab</name>
    <message>
        <location filename="../ui/blocklisttab.cpp" line="-70"/>
        <source>&amp;Unblock Selected</source>
        <translation>Auswahl &amp;entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected entries from the blocklist</source>
        <translation>Die ausgewählten Einträge von der Sperrliste nehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by address or network (finds what covers it), source or comment (Ctrl+F)</source>
        <translation>Nach Adresse oder Netz (findet, was es abdeckt), Quelle oder Kommentar filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the entries of one source only</source>
        <translation>Nur die Einträge einer Quelle anzeigen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Copy Entries</source>
        <translation>Einträge &amp;kopieren</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The blocklist could not be read. %1</source>
        <translation>Die Sperrliste konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unblock Entries</source>
        <translation>Einträge entsperren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unblock %Ln selected entry(ies)?</source>
        <translation>
            <numerusform>%Ln ausgewählten Eintrag entsperren?</numerusform>
            <numerusform>%Ln ausgewählte Einträge entsperren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiterer</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unblocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was unblocked.</source>
        <translation>Es wurde nichts entsperrt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Unblocked %n entry(ies).</source>
        <translation>
            <numerusform>%n Eintrag entsperrt.</numerusform>
            <numerusform>%n Einträge entsperrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not blocked, left as is: %1</source>
        <translation>Nicht gesperrt, unverändert gelassen: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading the blocklist…</source>
        <translation>Sperrliste wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%L1 of %Ln entry(ies) shown</source>
        <translation>
            <numerusform>%L1 von %Ln Eintrag angezeigt</numerusform>
            <numerusform>%L1 von %Ln Einträgen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::ChangePermission</name>
    <message>
        <location filename="../ui/changepermission.cpp" line="+48"/>
        <source>Your account may not change the firewall: polkit does not grant it org.rampart.manage. Ask an administrator.</source>
        <translation>Ihr Konto darf die Firewall nicht ändern: polkit gewährt ihm org.rampart.manage nicht. Fragen Sie einen Administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not authorized to change the firewall: %1.</source>
        <translation>Keine Berechtigung, die Firewall zu ändern: %1.</translation>
    </message>
</context>
<context>
    <name>Rampart::Cli</name>
    <message>
        <location filename="../app/cli/aggregatecommand.cpp" line="+18"/>
        <source>Usage: rampartctl aggregate [--except FILE]... [--format FORMAT] FILE...
Prints the fewest networks that cover the addresses of the files, less those
of the --except files; - reads standard input. FORMAT: auto (the default),
lines, separated, ranges, p2p, dshield, csv or json.
</source>
        <translation>Aufruf: rampartctl aggregate [--except DATEI]... [--format FORMAT] DATEI...
Gibt die wenigsten Netze aus, die die Adressen der Dateien abdecken, abzüglich
derer aus den --except-Dateien; - liest die Standardeingabe. FORMAT: auto (die
Vorgabe), lines, separated, ranges, p2p, dshield, csv oder json.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/cli/geocommand.cpp" line="+256"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/geocommand.cpp" line="-1"/>
        <source>rampartctl: cannot read %1: %2</source>
        <translation>rampartctl: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rampartctl: %1:%2: %3</source>
        <translation>rampartctl: %1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>rampartctl: %1: %n more bad item(s) not shown</source>
        <translation>
            <numerusform>rampartctl: %1: %n weiterer fehlerhafter Eintrag nicht angezeigt</numerusform>
            <numerusform>rampartctl: %1: %n weitere fehlerhafte Einträge nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rampartctl: %1: %2</source>
        <translation>rampartctl: %1: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Leave out the addresses of this file.</source>
        <translation>Die Adressen dieser Datei auslassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/geocommand.cpp" line="-42"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the files are written.</source>
        <translation>Format der Dateien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/feedcommands.cpp" line="+238"/>
        <location line="+234"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/commands.cpp" line="+116"/>
        <location line="+21"/>
        <location line="+21"/>
        <location line="+85"/>
        <location filename="../app/cli/connectionscommand.cpp" line="+216"/>
        <location line="+50"/>
        <location filename="../app/cli/feedcommands.cpp" line="-334"/>
        <location line="+43"/>
        <location line="+32"/>
        <location line="+168"/>
        <location line="+255"/>
        <location filename="../app/cli/geocommand.cpp" line="-143"/>
        <location line="+146"/>
        <location line="+19"/>
        <location filename="../app/cli/whycommand.cpp" line="+47"/>
        <location line="+14"/>
        <source>rampartctl: %1</source>
        <translation>rampartctl: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rampartctl: aggregate needs at least one file</source>
        <translation>rampartctl: aggregate braucht mindestens eine Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rampartctl: %1 is not a feed format</source>
        <translation>rampartctl: %1 ist kein Feed-Format</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="+35"/>
        <source>rampartctl: %n invalid item(s); nothing was blocked.</source>
        <translation>
            <numerusform>rampartctl: %n ungültiger Eintrag; nichts wurde gesperrt.</numerusform>
            <numerusform>rampartctl: %n ungültige Einträge; nichts wurde gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>rampartctl: %n invalid item(s); nothing was unblocked.</source>
        <translation>
            <numerusform>rampartctl: %n ungültiger Eintrag; nichts wurde entsperrt.</numerusform>
            <numerusform>rampartctl: %n ungültige Einträge; nichts wurde entsperrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-136"/>
        <source>%1 (IPv%2): the RAMPART jump is MISSING (run rampartctl save)</source>
        <translation>%1 (IPv%2): der Sprung zu RAMPART FEHLT (führen Sie rampartctl save aus)</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Usage: rampartctl COMMAND [OPTIONS]

Commands:
  block ADDRESS|CIDR... [--timeout DURATION] [--comment TEXT] [--force]
        [--confirm-within DURATION] [--show-commands]
                        block sources (DURATION: 90s, 15m, 1h, 2d, 1w;
                        permanent without --timeout); --force also blocks
                        what this machine needs (its addresses and networks,
                        gateways, DNS servers, logged-in sessions&apos; peers,
                        link-local space, allowlisted networks) and networks
                        wider than /8 (IPv6 /16)
  unblock ADDRESS|CIDR... [--show-commands]
                        remove sources from the blocklist
  list [--rate] [--json]
                        show the blocklist with each entry&apos;s packets and bytes;
                        --rate reads it twice, a second apart, for each entry&apos;s
                        drop rate and last hit
  why ADDRESS|CIDR... [--rate] [--json]
                        every entry, feed and country that blocks each address
                        or network, and the entries inside each network, with
                        source, comment, when, expiry, packets and bytes; exits 1
                        when one of them is not blocked at all
  status [--json]       show the helper, the sets and the rules
  save                  every change is stored as it is made; this reapplies the
                        store to the kernel and puts the rules back, after ipset
                        or iptables were changed by hand
  verdict drop|reject [--confirm-within DURATION] [--show-commands]
                        choose what happens to packets from blocked sources
  history [--since TIME] [--limit N] [--json]
                        who changed what, newest first (TIME: 1h, 2d or an
                        ISO date; the newest 50 without --since or --limit)
  undo [ID] [--json]    undo history row ID, or your own last change
  confirm ID [--json]   keep a change made with --confirm-within; without it in
                        time the helper rolls the change back by itself
  import FILE|URL|country:CC [--format F] [--source NAME] [--dry-run] [--force]
         [--insecure] [--allow-broad] [--confirm-within DURATION] [--json]
         [--show-commands]
                        import a blocklist (F: auto, lines, separated, ranges,
                        p2p, dshield, json, csv or csv:COLUMN); every bad line
                        is reported and the rest imported; country:CC is every
                        network the geolocation database places in country CC
  --show-commands       print the ipset and iptables commands the change would
                        run, as a shell script, and change nothing
  feeds add NAME FILE|URL|country:CC [--format F] [--every DURATION]
            [--checksum URL] [--max-shrink PERCENT] [--insecure] [--allow-broad]
                        --insecure fetches a plain http:// list without an
                        https checksum; --allow-broad lets the list hold
                        networks wider than /8 (IPv6 /16)
  feeds list [--json]   feeds remove NAME
  feeds update [NAME...] [--force]
                        refresh the named feeds, or those that are due
  allow ADDRESS|CIDR... [--comment TEXT]   allow --remove ADDRESS|CIDR...
  allow --list [--json] networks that no feed blocks
  aggregate [--except FILE]... [--format F] FILE...
                        print the fewest networks covering the files&apos; addresses
                        (as iprange does; - reads standard input)
  connections [--group ip|24|16] [--top N] [--json]
                        who is connected now, by remote address or network,
                        busiest first, with the blocklist entry covering each
  geo ADDRESS...|- [--database FILE] [--json]
                        country, ASN and organization of each address, from
                        the local geolocation database (- reads standard input)

Exit status: 0 done, 1 refused or invalid (the reason is on standard error),
2 usage error.
</source>
        <translation>Aufruf: rampartctl BEFEHL [OPTIONEN]

Befehle:
  block ADRESSE|CIDR... [--timeout DAUER] [--comment TEXT] [--force]
        [--confirm-within DAUER] [--show-commands]
                        Quellen sperren (DAUER: 90s, 15m, 1h, 2d, 1w;
                        ohne --timeout dauerhaft); --force sperrt auch, was
                        dieser Rechner braucht (seine Adressen und Netze,
                        Gateways, DNS-Server, Gegenstellen angemeldeter
                        Sitzungen, den Link-Local-Bereich, freigegebene Netze)
                        und Netze breiter als /8 (IPv6 /16)
  unblock ADRESSE|CIDR... [--show-commands]
                        Quellen von der Sperrliste nehmen
  list [--rate] [--json]
                        die Sperrliste mit Paketen und Bytes jedes Eintrags
                        anzeigen; --rate liest sie zweimal im Abstand einer
                        Sekunde, für Verwerfrate und letzten Treffer
  why ADRESSE|CIDR... [--rate] [--json]
                        alle Einträge, Feeds und Länder, die jede Adresse
                        oder jedes Netz sperren, und die Einträge in jedem
                        Netz, mit Quelle, Kommentar, Zeitpunkt, Ablauf,
                        Paketen und Bytes; endet mit 1, wenn eines davon gar nicht
                        gesperrt ist
  status [--json]       Hilfsprogramm, Sets und Regeln anzeigen
  save                  jede Änderung wird sofort gespeichert; dies überträgt die
                        Datenbank erneut in den Kernel und stellt die Regeln
                        wieder her, nachdem ipset oder iptables von Hand
                        geändert wurden
  verdict drop|reject [--confirm-within DAUER] [--show-commands]
                        festlegen, was mit Paketen gesperrter Quellen geschieht
  history [--since ZEITPUNKT] [--limit N] [--json]
                        wer was geändert hat, Neuestes zuerst (ZEITPUNKT: 1h,
                        2d oder ein ISO-Datum; ohne --since oder --limit die
                        neuesten 50)
  undo [ID] [--json]    Verlaufszeile ID oder Ihre letzte eigene Änderung
                        rückgängig machen
  confirm ID [--json]   eine mit --confirm-within gemachte Änderung behalten;
                        ohne rechtzeitige Bestätigung nimmt das Hilfsprogramm
                        sie selbst zurück
  import DATEI|URL|country:CC [--format F] [--source NAME] [--dry-run] [--force]
         [--insecure] [--allow-broad] [--confirm-within DAUER] [--json]
         [--show-commands]
                        eine Sperrliste importieren (F: auto, lines, separated,
                        ranges, p2p, dshield, json, csv oder csv:SPALTE); jede
                        fehlerhafte Zeile wird gemeldet, der Rest importiert;
                        country:CC sind alle Netze, die die Geolokalisierungs-
                        datenbank dem Land CC zuordnet
  --show-commands       die ipset- und iptables-Befehle, die die Änderung
                        ausführen würde, als Shell-Skript ausgeben, ohne etwas
                        zu ändern
  feeds add NAME DATEI|URL|country:CC [--format F] [--every DAUER]
            [--checksum URL] [--max-shrink PROZENT] [--insecure] [--allow-broad]
                        --insecure lädt eine Liste über unverschlüsseltes
                        http:// ohne https-Prüfsumme; --allow-broad erlaubt
                        der Liste Netze breiter als /8 (IPv6 /16)
  feeds list [--json]   feeds remove NAME
  feeds update [NAME...] [--force]
                        die genannten Feeds aktualisieren oder die fälligen
  allow ADRESSE|CIDR... [--comment TEXT]   allow --remove ADRESSE|CIDR...
  allow --list [--json] Netze, die kein Feed sperrt
  aggregate [--except DATEI]... [--format F] DATEI...
                        die wenigsten Netze ausgeben, die die Adressen der
                        Dateien abdecken (wie iprange; - liest die
                        Standardeingabe)
  connections [--group ip|24|16] [--top N] [--json]
                        wer gerade verbunden ist, nach entfernter Adresse oder
                        entferntem Netz, die aktivsten zuerst, mit dem
                        Sperrlisteneintrag, der jeweils greift
  geo ADRESSE...|- [--database DATEI] [--json]
                        Land, ASN und Organisation jeder Adresse aus der
                        lokalen Geolokalisierungsdatenbank (- liest die
                        Standardeingabe)

Exit-Status: 0 erledigt, 1 abgelehnt oder ungültig (der Grund steht auf der
Standardfehlerausgabe), 2 Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Changes: allowed for you</source>
        <translation>Änderungen: für Sie erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes: allowed after authenticating as an administrator</source>
        <translation>Änderungen: erlaubt nach Anmeldung als Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes: not allowed for you (polkit denies org.rampart.manage)</source>
        <translation>Änderungen: für Sie nicht erlaubt (polkit verweigert org.rampart.manage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes: unknown (polkit could not be asked: %1)</source>
        <translation>Änderungen: unbekannt (polkit konnte nicht gefragt werden: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (IPv%2): the RAMPART jump is rule 1 of %3, the first</source>
        <translation>%1 (IPv%2): der Sprung zu RAMPART ist Regel 1 von %3, die erste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (IPv%2): the RAMPART jump is rule %3 of %4; rules above it see packets first</source>
        <translation>%1 (IPv%2): der Sprung zu RAMPART ist Regel %3 von %4; die Regeln darüber sehen die Pakete zuerst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How long the block lasts.</source>
        <translation>Wie lange die Sperre gilt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/confirmcommand.cpp" line="+16"/>
        <location filename="../app/cli/feedcommands.cpp" line="-396"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/feedcommands.cpp" line="+391"/>
        <source>Why, for the record.</source>
        <translation>Grund, fürs Protokoll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/feedcommands.cpp" line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block even what this machine needs (its addresses and networks, gateways, DNS servers, the peers of logged-in sessions, link-local space, allowlisted networks) and networks wider than /8 (IPv6 /16).</source>
        <translation>Auch sperren, was dieser Rechner braucht (seine Adressen und Netze, Gateways, DNS-Server, Gegenstellen angemeldeter Sitzungen, den Link-Local-Bereich, freigegebene Netze), und Netze breiter als /8 (IPv6 /16).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the commands the block would run, and block nothing.</source>
        <translation>Die Befehle ausgeben, die die Sperre ausführen würde, und nichts sperren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rampartctl: block needs at least one address or network</source>
        <translation>rampartctl: block braucht mindestens eine Adresse oder ein Netz</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/confirmcommand.cpp" line="+11"/>
        <source>rampartctl: %1 is not a duration; use for example 90s, 15m, 1h, 2d or 1w</source>
        <translation>rampartctl: %1 ist keine Dauer; verwenden Sie zum Beispiel 90s, 15m, 1h, 2d oder 1w</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rampartctl: the kernel cannot time out a block after more than %1; leave out --timeout to block permanently</source>
        <translation>rampartctl: der Kernel kann eine Sperre höchstens %1 lang befristen; lassen Sie --timeout weg, um dauerhaft zu sperren</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+11"/>
        <source>rampartctl: nothing was blocked: %1; pass --force to block it anyway</source>
        <translation>rampartctl: es wurde nichts gesperrt: %1; geben Sie --force an, um es trotzdem zu sperren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>permanently</source>
        <translation>dauerhaft</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Blocked %n entry(ies) %1</source>
        <translation>
            <numerusform>%n Eintrag gesperrt, %1</numerusform>
            <numerusform>%n Einträge gesperrt, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n already blocked, renewed)</source>
        <translation>
            <numerusform>(%n bereits gesperrt, erneuert)</numerusform>
            <numerusform>(%n bereits gesperrt, erneuert)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rampartctl: unblock needs at least one address or network</source>
        <translation>rampartctl: unblock braucht mindestens eine Adresse oder ein Netz</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Unblocked %n entry(ies).</source>
        <translation>
            <numerusform>%n Eintrag entsperrt.</numerusform>
            <numerusform>%n Einträge entsperrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rampartctl: not blocked, left as is: %1</source>
        <translation>rampartctl: nicht gesperrt, unverändert gelassen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+64"/>
        <location filename="../app/cli/confirmcommand.cpp" line="+36"/>
        <location filename="../app/cli/connectionscommand.cpp" line="-53"/>
        <location filename="../app/cli/feedcommands.cpp" line="-329"/>
        <location line="+75"/>
        <location line="+105"/>
        <location line="+150"/>
        <location filename="../app/cli/historycommands.cpp" line="+76"/>
        <location line="+70"/>
        <location filename="../app/cli/whycommand.cpp" line="-20"/>
        <source>Write JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="-62"/>
        <location filename="../app/cli/whycommand.cpp" line="+2"/>
        <source>Read twice, a second apart, for rates and last hits.</source>
        <translation>Zweimal im Abstand einer Sekunde lesen, für Raten und letzte Treffer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rampartctl: list takes no arguments besides --rate and --json</source>
        <translation>rampartctl: list nimmt außer --rate und --json keine Argumente</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ENTRY</source>
        <translation>EINTRAG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PACKETS</source>
        <translation>PAKETE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PER SECOND</source>
        <translation>PRO SEKUNDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMMENT</source>
        <translation>KOMMENTAR</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/feedcommands.cpp" line="-556"/>
        <location filename="../app/cli/whycommand.cpp" line="+85"/>
        <source>in %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/feedcommands.cpp" line="+277"/>
        <location filename="../app/cli/whycommand.cpp" line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rampartctl: status takes no arguments besides --json</source>
        <translation>rampartctl: status nimmt außer --json keine Argumente</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Helper: reachable</source>
        <translation>Hilfsprogramm: erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules: %1, verdict %2</source>
        <translation>Regeln: %1, Aktion %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in place</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MISSING</source>
        <translation>FEHLEN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 (IPv%2): %3 entries in the kernel, %4 in the store, room for %5%6</source>
        <translation>Set %1 (IPv%2): %3 Einträge im Kernel, %4 in der Datenbank, Platz für %5%6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (OUT OF SYNC: run rampartctl save)</source>
        <translation> (NICHT SYNCHRON: führen Sie rampartctl save aus)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last reapplied to the kernel: %1</source>
        <translation>Zuletzt erneut in den Kernel übertragen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never (every change is stored as it is made)</source>
        <translation>nie (jede Änderung wird sofort gespeichert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rampartctl: save takes no arguments</source>
        <translation>rampartctl: save nimmt keine Argumente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved at %1.</source>
        <translation>Gesichert am %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the commands the verdict change would run, and change nothing.</source>
        <translation>Die Befehle ausgeben, die der Wechsel der Aktion ausführen würde, und nichts ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: verdict takes one argument, drop or reject</source>
        <translation>rampartctl: verdict nimmt ein Argument, drop oder reject</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Packets from blocked sources are now handled with %1.</source>
        <translation>Pakete gesperrter Quellen werden jetzt mit %1 behandelt.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>rampartctl: unknown command %1</source>
        <translation>rampartctl: unbekannter Befehl %1</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="-281"/>
        <source>when asked</source>
        <translation>auf Anfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/geocommand.cpp" line="-167"/>
        <source>rampartctl: line %1: %2</source>
        <translation>rampartctl: Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>rampartctl: %n more invalid line(s) not shown</source>
        <translation>
            <numerusform>rampartctl: %n weitere ungültige Zeile nicht angezeigt</numerusform>
            <numerusform>rampartctl: %n weitere ungültige Zeilen nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: warning: the list covers %1 addresses of %2 (%3)</source>
        <translation>rampartctl: Warnung: Die Liste umfasst %1 Adressen von %2 (%3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Feed %1: %2 networks added to the firewall, %3 removed.</source>
        <translation>Feed %1: %2 Netze zur Firewall hinzugefügt, %3 entfernt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feed %1: unchanged since the last download.</source>
        <translation>Feed %1: seit dem letzten Download unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rampartctl: cancelled</source>
        <translation>rampartctl: abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: feed %1: %2 The last good list stays in force.</source>
        <translation>rampartctl: Feed %1: %2 Die letzte gültige Liste bleibt in Kraft.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>rampartctl: warning: the allowlist could not be read, so it is not taken into account: %1</source>
        <translation>rampartctl: Warnung: Die Positivliste konnte nicht gelesen werden und wird daher nicht berücksichtigt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: warning: the allowlist could not be read, so the counts below include what it allows; the helper leaves it out all the same: %1</source>
        <translation>rampartctl: Warnung: Die Positivliste konnte nicht gelesen werden, daher enthalten die folgenden Zahlen auch, was sie erlaubt; das Hilfsprogramm nimmt es trotzdem heraus: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>rampartctl: pass --insecure to fetch it over plain http all the same</source>
        <translation>rampartctl: geben Sie --insecure an, um sie trotzdem über unverschlüsseltes http zu laden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feed %1 added.</source>
        <translation>Feed %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feed %1 changed.</source>
        <translation>Feed %1 geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+234"/>
        <source>The list&apos;s format.</source>
        <translation>Format der Liste.</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>How often to refresh it.</source>
        <translation>Wie oft sie aktualisiert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A URL with the list&apos;s md5 or sha256.</source>
        <translation>Eine URL mit der md5- oder sha256-Prüfsumme der Liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much smaller a new list may be, in percent.</source>
        <translation>Um wie viel Prozent eine neue Liste kleiner sein darf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not fetch it now.</source>
        <translation>Jetzt nicht abrufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+236"/>
        <source>Fetch a plain http:// list without an https checksum, or a checksum over http://.</source>
        <translation>Eine Liste über unverschlüsseltes http:// ohne https-Prüfsumme laden, oder eine Prüfsumme über http://.</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+236"/>
        <source>Let the list hold networks wider than /8 (IPv6 /16).</source>
        <translation>Der Liste Netze breiter als /8 (IPv6 /16) erlauben.</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>rampartctl: feeds add takes a name and a file or URL</source>
        <translation>rampartctl: feeds add braucht einen Namen und eine Datei oder URL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rampartctl: %1 is not a duration; use for example 6h, 1d or never</source>
        <translation>rampartctl: %1 ist keine Dauer; verwenden Sie zum Beispiel 6h, 1d oder never</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rampartctl: --max-shrink takes a percentage from 0 to 100</source>
        <translation>rampartctl: --max-shrink braucht einen Prozentwert von 0 bis 100</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>rampartctl: feeds list takes no arguments besides --json</source>
        <translation>rampartctl: feeds list nimmt außer --json keine Argumente</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>FEED</source>
        <translation>FEED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NETWORKS</source>
        <translation>NETZE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEXT</source>
        <translation>NÄCHSTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(insecure)</source>
        <translation>(unsicher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(broad networks allowed)</source>
        <translation>(breite Netze erlaubt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last error: %1</source>
        <translation>letzter Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n feed(s).</source>
        <translation>
            <numerusform>%n Feed.</numerusform>
            <numerusform>%n Feeds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>rampartctl: there is no feed named %1</source>
        <translation>rampartctl: Es gibt keinen Feed namens %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No feed is due.</source>
        <translation>Kein Feed ist fällig.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>rampartctl: feed %1: %2</source>
        <translation>rampartctl: Feed %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rampartctl: feeds remove takes one feed name</source>
        <translation>rampartctl: feeds remove braucht einen Feed-Namen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Feed %1 removed; %n network(s) are no longer blocked by it.</source>
        <translation>
            <numerusform>Feed %1 entfernt; %n Netz wird nicht mehr von ihm gesperrt.</numerusform>
            <numerusform>Feed %1 entfernt; %n Netze werden nicht mehr von ihm gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The feed to import into (made if new).</source>
        <translation>Der Feed, in den importiert wird (wird angelegt, falls neu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only report what would be imported.</source>
        <translation>Nur melden, was importiert würde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept a list that shrank beyond the feed&apos;s share, covers more than a quarter of a family&apos;s public addresses, or would cut this machine off (its networks, DNS servers, logged-in sessions&apos; peers).</source>
        <translation>Eine Liste annehmen, die stärker geschrumpft ist, als der Feed zulässt, mehr als ein Viertel der öffentlichen Adressen einer Adressfamilie abdeckt oder diesen Rechner abschneiden würde (seine Netze, DNS-Server, Gegenstellen angemeldeter Sitzungen).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read the list, then print the commands the import would run, and import nothing.</source>
        <translation>Die Liste lesen, dann die Befehle ausgeben, die der Import ausführen würde, und nichts importieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: import takes one file or URL</source>
        <translation>rampartctl: import braucht eine Datei oder URL</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>rampartctl: %1 is not a feed format; use auto, lines, separated, ranges, p2p, dshield, json, csv or csv:COLUMN</source>
        <translation>rampartctl: %1 ist kein Feed-Format; verwenden Sie auto, lines, separated, ranges, p2p, dshield, json, csv oder csv:SPALTE</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>rampartctl: %1 is not a country; give its two-letter code, as in country:US</source>
        <translation>rampartctl: %1 ist kein Land; geben Sie den zweibuchstabigen Ländercode an, etwa country:US</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rampartctl: --format does not apply to a country</source>
        <translation>rampartctl: --format gilt nicht für ein Land</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 valid, %2 invalid, %3 duplicates, %4 allowlisted: %5 networks, %6</source>
        <translation>%1 gültig, %2 ungültig, %3 Duplikate, %4 auf der Positivliste: %5 Netze, %6</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>Download even if unchanged, and accept a list that shrank beyond the feed&apos;s share or covers more than a quarter of a family&apos;s public addresses.</source>
        <translation>Auch ohne Änderung herunterladen und eine Liste annehmen, die stärker geschrumpft ist, als der Feed zulässt, oder mehr als ein Viertel der öffentlichen Adressen einer Adressfamilie abdeckt.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>rampartctl: %1 is not a file or an http(s) URL</source>
        <translation>rampartctl: %1 ist weder eine Datei noch eine http(s)-URL</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>rampartctl: nothing was imported: the list would cut this machine off: %1; pass --force to import it anyway, or allowlist those ranges first</source>
        <translation>rampartctl: nichts wurde importiert: die Liste würde diesen Rechner abschneiden: %1; mit --force trotzdem importieren oder diese Bereiche zuerst freigeben</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>rampartctl: feeds takes add, list, update or remove</source>
        <translation>rampartctl: feeds erwartet add, list, update oder remove</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take entries off the allowlist.</source>
        <translation>Einträge von der Positivliste nehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the allowlist.</source>
        <translation>Die Positivliste anzeigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rampartctl: allow --list takes no addresses</source>
        <translation>rampartctl: allow --list nimmt keine Adressen</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n allowlisted network(s).</source>
        <translation>
            <numerusform>%n Netz auf der Positivliste.</numerusform>
            <numerusform>%n Netze auf der Positivliste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rampartctl: allow needs at least one address or network</source>
        <translation>rampartctl: allow braucht mindestens eine Adresse oder ein Netz</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>rampartctl: %n invalid item(s); nothing was taken off the allowlist.</source>
        <translation>
            <numerusform>rampartctl: %n ungültiger Eintrag; nichts wurde von der Positivliste entfernt.</numerusform>
            <numerusform>rampartctl: %n ungültige Einträge; nichts wurde von der Positivliste entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>rampartctl: %n invalid item(s); nothing was allowlisted.</source>
        <translation>
            <numerusform>rampartctl: %n ungültiger Eintrag; nichts wurde auf die Positivliste gesetzt.</numerusform>
            <numerusform>rampartctl: %n ungültige Einträge; nichts wurde auf die Positivliste gesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Removed %n network(s) from the allowlist.</source>
        <translation>
            <numerusform>%n Netz von der Positivliste entfernt.</numerusform>
            <numerusform>%n Netze von der Positivliste entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rampartctl: not on the allowlist, left as is: %1</source>
        <translation>rampartctl: nicht auf der Positivliste, unverändert gelassen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Allowlisted %n new network(s); no feed blocks them now.</source>
        <translation>
            <numerusform>%n neues Netz auf die Positivliste gesetzt; kein Feed sperrt es mehr.</numerusform>
            <numerusform>%n neue Netze auf die Positivliste gesetzt; kein Feed sperrt sie mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/connectionscommand.cpp" line="+59"/>
        <source>rampartctl: warning: the blocklist could not be read, so which connections are blocked is unknown: %1</source>
        <translation>rampartctl: Warnung: Die Sperrliste konnte nicht gelesen werden, daher ist unbekannt, welche Verbindungen gesperrt sind: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-195"/>
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>(+%Ln weiterer)</numerusform>
            <numerusform>(+%Ln weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>REMOTE</source>
        <translation>GEGENSTELLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONNS</source>
        <translation>VERB.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATES</source>
        <translation>ZUSTÄNDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOCAL PORTS</source>
        <translation>LOKALE PORTS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BLOCKED BY</source>
        <translation>GESPERRT DURCH</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%Ln connection(s) shown, from the %1 busiest of %2 groups.</source>
        <translation>
            <numerusform>%Ln Verbindung angezeigt, aus den %1 aktivsten von %2 Gruppen.</numerusform>
            <numerusform>%Ln Verbindungen angezeigt, aus den %1 aktivsten von %2 Gruppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln connection(s) in %1.</source>
        <translation>
            <numerusform>%Ln Verbindung in %1.</numerusform>
            <numerusform>%Ln Verbindungen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Group by address (ip), /24 or /16 network.</source>
        <translation>Nach Adresse (ip), /24- oder /16-Netz gruppieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ip|24|16</source>
        <translation>ip|24|16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the N busiest groups.</source>
        <translation>Nur die N aktivsten Gruppen anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rampartctl: connections takes no arguments besides --group, --top and --json</source>
        <translation>rampartctl: connections nimmt außer --group, --top und --json keine Argumente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rampartctl: %1 is not a grouping; use ip, 24 or 16</source>
        <translation>rampartctl: %1 ist keine Gruppierung; verwenden Sie ip, 24 oder 16</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rampartctl: --top needs a whole number of groups above 0, not %1</source>
        <translation>rampartctl: --top braucht eine ganze Zahl von Gruppen größer als 0, nicht %1</translation>
    </message>
    <message>
        <location filename="../app/cli/geocommand.cpp" line="-3"/>
        <source>%1 is a network; geo looks up single addresses</source>
        <translation>%1 ist ein Netz; geo sucht nur einzelne Adressen</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mmdb file to read instead of the default one.</source>
        <translation>Die .mmdb-Datei, die statt der Standarddatei gelesen wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rampartctl: geo needs at least one address, or - to read them from standard input</source>
        <translation>rampartctl: geo braucht mindestens eine Adresse, oder -, um sie von der Standardeingabe zu lesen</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="-84"/>
        <source>(undone by #%1)</source>
        <translation>(rückgängig gemacht durch #%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only changes since then (1h, 2d, or an ISO date).</source>
        <translation>Nur Änderungen seit diesem Zeitpunkt (1h, 2d oder ein ISO-Datum).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many rows.</source>
        <translation>Höchstens so viele Zeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rampartctl: history takes only --since, --limit and --json</source>
        <translation>rampartctl: history nimmt nur --since, --limit und --json</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rampartctl: %1 is not a time; use a duration before now (90s, 15m, 1h, 2d, 1w) or an ISO date such as 2024-05-01 or 2024-05-01T08:00</source>
        <translation>rampartctl: %1 ist kein Zeitpunkt; verwenden Sie eine Dauer zurück ab jetzt (90s, 15m, 1h, 2d, 1w) oder ein ISO-Datum wie 2024-05-01 oder 2024-05-01T08:00</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rampartctl: --limit takes a number of rows, 1 or more</source>
        <translation>rampartctl: --limit braucht eine Zeilenzahl, 1 oder mehr</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n Änderung.</numerusform>
            <numerusform>%n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>rampartctl: undo takes at most one history row number (see rampartctl history) and --json</source>
        <translation>rampartctl: undo nimmt höchstens eine Zeilennummer des Verlaufs (siehe rampartctl history) und --json</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>rampartctl: you have no change left to undo; name a row from rampartctl history</source>
        <translation>rampartctl: Sie haben keine Änderung mehr, die sich rückgängig machen ließe; nennen Sie eine Zeile aus rampartctl history</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Undid #%1; the undo is #%2.</source>
        <translation>Änderung #%1 rückgängig gemacht; das Rückgängigmachen ist Änderung #%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rampartctl: not restored: %1</source>
        <translation>rampartctl: nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/whycommand.cpp" line="-96"/>
        <source>covered by</source>
        <translation>liegt in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>holds</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rampartctl: why needs at least one address or network</source>
        <translation>rampartctl: why braucht mindestens eine Adresse oder ein Netz</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n invalid item(s); nothing was looked up.</source>
        <translation>
            <numerusform>%n ungültiger Eintrag; es wurde nichts nachgeschlagen.</numerusform>
            <numerusform>%n ungültige Einträge; es wurde nichts nachgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>not blocked</source>
        <translation>nicht gesperrt</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>since %1, expires %2, %3 packet(s)</source>
        <translation>
            <numerusform>seit %1, läuft ab: %2, %3 Paket</numerusform>
            <numerusform>seit %1, läuft ab: %2, %3 Pakete</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/confirmcommand.cpp" line="-48"/>
        <source>Roll the change back unless rampartctl confirm keeps it within this long.</source>
        <translation>Die Änderung zurücknehmen, wenn rampartctl confirm sie nicht innerhalb dieser Zeit behält.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rampartctl: a change can wait for confirmation %1 at most</source>
        <translation>rampartctl: eine Änderung kann höchstens %1 auf Bestätigung warten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing changed, so there is nothing to confirm.</source>
        <translation>Nichts wurde geändert, also gibt es nichts zu bestätigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is change #%1. Unless it is confirmed by %2, the helper rolls it back. To keep it, run:</source>
        <translation>Dies ist Änderung Nr. %1. Wird sie nicht bis %2 bestätigt, nimmt das Hilfsprogramm sie zurück. Um sie zu behalten, führen Sie aus:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rampartctl: confirm takes the number of the change to keep (as block, import or verdict printed it) and --json</source>
        <translation>rampartctl: confirm nimmt die Nummer der zu behaltenden Änderung (wie block, import oder verdict sie ausgab) und --json</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kept change #%1.</source>
        <translation>Änderung Nr. %1 behalten.</translation>
    </message>
</context>
<context>
    <name>Rampart::CommandsDialog</name>
    <message>
        <location filename="../ui/commandsdialog.cpp" line="+21"/>
        <location line="+40"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands: %1</source>
        <translation>Befehle: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The commands appear here once the helper has answered.</source>
        <translation>Die Befehle erscheinen hier, sobald das Hilfsprogramm geantwortet hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the helper would run for this change, as a shell script. Nothing has been changed; run as root, the script makes the change by hand.</source>
        <translation>Was das Hilfsprogramm für diese Änderung ausführen würde, als Shell-Skript. Nichts wurde geändert; als root ausgeführt, nimmt das Skript die Änderung von Hand vor.</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>The first %n line(s) are shown.</source>
        <translation>
            <numerusform>Die erste Zeile (%n) wird angezeigt.</numerusform>
            <numerusform>Die ersten %n Zeilen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copy copies all %n line(s).</source>
        <translation>
            <numerusform>Kopieren kopiert die %n Zeile.</numerusform>
            <numerusform>Kopieren kopiert alle %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The commands could not be shown: %1</source>
        <translation>Die Befehle konnten nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>Rampart::ConfirmDialog</name>
    <message>
        <location filename="../ui/confirmdialog.cpp" line="+21"/>
        <source>Keep This Change?</source>
        <translation>Diese Änderung behalten?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The helper rolls this change back by itself unless you keep it: if it cut this machine off, it undoes itself.</source>
        <translation>Das Hilfsprogramm nimmt diese Änderung selbst zurück, wenn Sie sie nicht behalten: Hat sie diesen Rechner abgeschnitten, macht sie sich selbst rückgängig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Roll Back Now</source>
        <translation>Jetzt &amp;zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Rolling back in %n second(s) unless you keep it.</source>
        <translation>
            <numerusform>Zurücknahme in %n Sekunde, wenn Sie sie nicht behalten.</numerusform>
            <numerusform>Zurücknahme in %n Sekunden, wenn Sie sie nicht behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody kept the change in time: the helper rolled it back.</source>
        <translation>Niemand hat die Änderung rechtzeitig behalten: Das Hilfsprogramm hat sie zurückgenommen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The change could not be kept: %1</source>
        <translation>Die Änderung konnte nicht behalten werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept change #%1.</source>
        <translation>Änderung Nr. %1 behalten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change could not be rolled back now: %1</source>
        <translation>Die Änderung konnte jetzt nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolled back change #%1.</source>
        <translation>Änderung Nr. %1 zurückgenommen.</translation>
    </message>
</context>
<context>
    <name>Rampart::ConfirmWithinField</name>
    <message>
        <location filename="../ui/confirmwithinfield.cpp" line="+13"/>
        <source>Roll &amp;back unless confirmed within</source>
        <translation>&amp;Zurücknehmen, wenn nicht bestätigt binnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The helper undoes the change by itself unless you keep it in time: a change that cuts this machine off cannot stay.</source>
        <translation>Das Hilfsprogramm macht die Änderung selbst rückgängig, wenn Sie sie nicht rechtzeitig behalten: Eine Änderung, die diesen Rechner abschneidet, kann nicht bleiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>Rampart::Connections</name>
    <message numerus="yes">
        <location filename="../app/connections/blocktargets.cpp" line="+39"/>
        <location line="+81"/>
        <location line="+3"/>
        <source>%1 address(es)</source>
        <translation>
            <numerusform>%1 Adresse</numerusform>
            <numerusform>%1 Adressen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 IPv4 and %2 IPv6 addresses</source>
        <translation>%1 IPv4- und %2 IPv6-Adressen</translation>
    </message>
    <message numerus="yes">
        <location line="-75"/>
        <source>%Ln network(s)</source>
        <translation>
            <numerusform>%Ln Netz</numerusform>
            <numerusform>%Ln Netze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Block %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Block %1 (%2)</source>
        <translation>%1 sperren (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Block %Ln address(es)</source>
        <translation>
            <numerusform>%Ln Adresse sperren</numerusform>
            <numerusform>%Ln Adressen sperren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block their /%1s (%2, %3)</source>
        <translation>Ihre /%1-Netze sperren (%2, %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allowlist %1</source>
        <translation>%1 auf die Positivliste setzen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Allowlist %Ln address(es)</source>
        <translation>
            <numerusform>%Ln Adresse auf die Positivliste setzen</numerusform>
            <numerusform>%Ln Adressen auf die Positivliste setzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowlist %1 (%2)</source>
        <translation>%1 auf die Positivliste setzen (%2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n connected address(es)</source>
        <translation>
            <numerusform>%n verbundene Adresse</numerusform>
            <numerusform>%n verbundene Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connections/socketsnapshot.cpp" line="+480"/>
        <source>its format is not the one this version of Rampart knows</source>
        <translation>das Format entspricht nicht dem, das diese Version von Rampart kennt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read the connections from %1: %2. Check that /proc is mounted and readable.</source>
        <translation>Die Verbindungen können nicht aus %1 gelesen werden: %2. Prüfen Sie, ob /proc eingehängt und lesbar ist.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot read the connections: the kernel refused the socket diagnostics request (%1), and %2 cannot be read either (%3). Check that /proc is mounted and readable.</source>
        <translation>Die Verbindungen können nicht gelesen werden: Der Kernel hat die Socket-Diagnoseanfrage abgelehnt (%1), und %2 kann ebenfalls nicht gelesen werden (%3). Prüfen Sie, ob /proc eingehängt und lesbar ist.</translation>
    </message>
</context>
<context>
    <name>Rampart::ConnectionsModel</name>
    <message>
        <location filename="../ui/connectionsmodel.cpp" line="+166"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2</source>
        <comment>country code — name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+397"/>
        <source>blocked, dropping</source>
        <translation>gesperrt, wird verworfen</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Blocked by %1</source>
        <translation>Gesperrt durch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %L1 connections</source>
        <translation>Mehr als %L1 Verbindungen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network: %1</source>
        <translation>Netz: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open connections with the remote end</source>
        <translation>Offene Verbindungen mit der Gegenstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP states: EST established, SYN half-open (SYN received), TW time-wait, CW close-wait, FIN1 and FIN2 closing</source>
        <translation>TCP-Zustände: EST aufgebaut, SYN halboffen (SYN empfangen), TW time-wait, CW close-wait, FIN1 und FIN2 im Abbau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the remote is, by the geolocation database</source>
        <translation>Wo die Gegenstelle liegt, laut Geolokalisierungsdatenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distinct remote addresses in the network</source>
        <translation>Unterschiedliche entfernte Adressen im Netz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the remote was first seen with connections since Rampart started watching</source>
        <translation>Wann die Gegenstelle erstmals mit Verbindungen gesehen wurde, seit Rampart beobachtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The blocklist entry that covers the remote, and where it comes from</source>
        <translation>Der Sperrlisteneintrag, der die Gegenstelle umfasst, und seine Herkunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local programs at this end, where they can be seen</source>
        <translation>Die lokalen Programme auf dieser Seite, soweit sie sichtbar sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City, region and ISP, from the online service chosen in Settings</source>
        <translation>Stadt, Region und Internetanbieter, vom in den Einstellungen gewählten Online-Dienst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/connectionstab.cpp" line="+192"/>
        <source>Conns</source>
        <translation>Verb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>States</source>
        <translation>Zustände</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local ports</source>
        <translation>Lokale Ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/connectionstab.cpp" line="+8"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/connectionstab.cpp" line="+4"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/connectionstab.cpp" line="+1"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by</source>
        <translation>Gesperrt durch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online details</source>
        <translation>Online-Details</translation>
    </message>
</context>
<context>
    <name>Rampart::ConnectionsTab</name>
    <message numerus="yes">
        <location filename="../ui/connectionstab.cpp" line="-142"/>
        <location line="+357"/>
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln Adresse</numerusform>
            <numerusform>%Ln Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-356"/>
        <location line="+369"/>
        <source>%Ln network(s)</source>
        <translation>
            <numerusform>%Ln Netz</numerusform>
            <numerusform>%Ln Netze</numerusform>
        </translation>
    </message>
    <message>
        <location line="-337"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop refreshing the connections, to read them at leisure</source>
        <translation>Die Verbindungen nicht mehr aktualisieren, um sie in Ruhe zu lesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a snapshot of the connections now</source>
        <translation>Jetzt eine Momentaufnahme der Verbindungen erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every %1</source>
        <translation>Intervall: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often the connections are read</source>
        <translation>Wie oft die Verbindungen gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/24 (IPv6 /64)</source>
        <translation>/24 (IPv6 /64)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/16 (IPv6 /48)</source>
        <translation>/16 (IPv6 /48)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> connections</source>
        <translation> Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with more connections than this are highlighted</source>
        <translation>Zeilen mit mehr Verbindungen als diesem Wert werden hervorgehoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight o&amp;ver:</source>
        <translation>Her&amp;vorheben über:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Copy Addresses</source>
        <translation>Adressen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>The connections could not be read: %1</source>
        <translation>Die Verbindungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the connections…</source>
        <translation>Verbindungen werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln Verbindung</numerusform>
            <numerusform>%Ln Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 from %2, %L3 blocked</source>
        <translation>%1 von %2, %L3 gesperrt</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+7"/>
        <source>%1 from %2 in %3, %L4 blocked</source>
        <translation>%1 von %2 in %3, %L4 gesperrt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; snapshot %L2 ms</source>
        <translation>%1; Momentaufnahme %L2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused. %1</source>
        <translation>Pausiert. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked by stays empty: the blocklist could not be read. %1</source>
        <translation>„Gesperrt durch“ bleibt leer: Die Sperrliste konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot %L1 ms (%2, %L3 sockets), grouping %L4 ms, table update %L5 ms</source>
        <translation>Momentaufnahme %L1 ms (%2, %L3 Sockets), Gruppierung %L4 ms, Tabellenaktualisierung %L5 ms</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Add to the allowlist, which no feed may block</source>
        <translation>Zur Positivliste hinzufügen, die kein Feed sperren darf</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copy Address(es)</source>
        <translation>
            <numerusform>Adresse kopieren</numerusform>
            <numerusform>Adressen kopieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Copy Rows as Table</source>
        <translation>Zeilen als Tabelle kopieren</translation>
    </message>
    <message>
        <location line="-424"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per remote address, per network around them, or per country</source>
        <translation>Eine Zeile pro entfernter Adresse, pro Netz, das sie umgibt, oder pro Land</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by address, country, blocklist entry or process (Ctrl+F)</source>
        <translation>Nach Adresse, Land, Sperrlisteneintrag oder Prozess filtern (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+205"/>
        <source>The online service asks to wait %n second(s) before the next addresses.</source>
        <translation>
            <numerusform>Der Online-Dienst bittet, vor den nächsten Adressen %n Sekunde zu warten.</numerusform>
            <numerusform>Der Online-Dienst bittet, vor den nächsten Adressen %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Asking %1 about %n address(es)…</source>
        <translation>
            <numerusform>%1 wird zu %n Adresse befragt …</numerusform>
            <numerusform>%1 wird zu %n Adressen befragt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%Ln country(s)</source>
        <translation>
            <numerusform>%Ln Land</numerusform>
            <numerusform>%Ln Länder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Country column stays empty: %1</source>
        <translation>Die Spalte Land bleibt leer: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Look Up City and ISP Online</source>
        <translation>Stadt und Internetanbieter online nachschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected addresses to %1 and show what it says</source>
        <translation>Die ausgewählten Adressen an %1 senden und die Antwort anzeigen</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+136"/>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>permanently…</source>
        <translation>dauerhaft …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Block All of %1…</source>
        <translation>Das ganze Land %1 sperren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block every network the geolocation database places in %1, as a source of its own that follows the database</source>
        <translation>Alle Netze sperren, die die Geolokalisierungsdatenbank dem Land %1 zuordnet, als eigene Quelle, die der Datenbank folgt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing to Block</source>
        <translation>Nichts zu sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The helper never blocks these addresses.</source>
        <translation>Das Hilfsprogramm sperrt diese Adressen nie.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Left out, never blocked: %1.</source>
        <translation>Ausgelassen, wird nie gesperrt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected now from within it: %1.</source>
        <translation>Jetzt von dort verbunden: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Block %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Some of these cannot be blocked.</source>
        <translation>Einige davon können nicht gesperrt werden.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>This block would cut off something this machine needs.</source>
        <translation>Diese Sperre würde etwas abschneiden, das dieser Rechner braucht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Block the Others</source>
        <translation>Die anderen &amp;sperren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Block Anyway</source>
        <translation>&amp;Trotzdem sperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Block Permanently</source>
        <translation>Dauerhaft sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stays blocked until someone unblocks it.
Comment, for the record (optional):</source>
        <translation>Die Sperre für %1 bleibt bestehen, bis jemand sie aufhebt.
Kommentar, fürs Protokoll (optional):</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+25"/>
        <source>&amp;Block</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Block %1?</source>
        <translation>%1 sperren?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>permanently</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocking %1…</source>
        <translation>Wird gesperrt: %1 …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was blocked yet: the helper asks first.</source>
        <translation>Noch wurde nichts gesperrt: Das Hilfsprogramm fragt zuerst nach.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was blocked. %1</source>
        <translation>Es wurde nichts gesperrt. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked %1 %2.</source>
        <translation>%1 %2 gesperrt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln already blocked, renewed.</source>
        <translation>
            <numerusform>%Ln bereits gesperrt, erneuert.</numerusform>
            <numerusform>%Ln bereits gesperrt, erneuert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Allowlisting %1…</source>
        <translation>Wird auf die Positivliste gesetzt: %1 …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was allowlisted. %1</source>
        <translation>Es wurde nichts auf die Positivliste gesetzt. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allowlisted %1: no feed blocks it from now on.</source>
        <translation>Auf die Positivliste gesetzt: Ab jetzt sperrt kein Feed mehr %1.</translation>
    </message>
</context>
<context>
    <name>Rampart::Duration</name>
    <message>
        <location filename="../app/time/duration.cpp" line="+56"/>
        <source>Type how long to block, for example 90m, 12h, 3d or 2w.</source>
        <translation>Geben Sie an, wie lange gesperrt wird, zum Beispiel 90m, 12h, 3d oder 2w.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a duration; use a number and a unit, for example 90s, 15m, 1h, 2d or 1w.</source>
        <translation>%1 ist keine Dauer; verwenden Sie eine Zahl und eine Einheit, zum Beispiel 90s, 15m, 1h, 2d oder 1w.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kernel cannot time out a block after more than %1; block permanently instead.</source>
        <translation>Der Kernel kann eine Sperre nicht nach mehr als %1 aufheben; sperren Sie stattdessen dauerhaft.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::FeedPreview</name>
    <message>
        <location filename="../ui/feedpreview.cpp" line="+59"/>
        <source>Preview reads the feed and shows what it holds, what is wrong in it and what it would block, without changing anything.</source>
        <translation>Die Vorschau liest den Feed und zeigt, was er enthält, was daran fehlerhaft ist und was er sperren würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Addresses, networks and ranges read from the feed</source>
        <translation>Aus dem Feed gelesene Adressen, Netze und Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that are not addresses, networks or ranges; they are left out and everything else is imported</source>
        <translation>Einträge, die keine Adressen, Netze oder Bereiche sind; sie werden ausgelassen und alles andere wird importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items that lie inside another item of the feed and add no address of their own</source>
        <translation>Einträge, die in einem anderen Eintrag des Feeds liegen und keine eigene Adresse hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Networks of the feed that the allowlist takes out, wholly or in part</source>
        <translation>Netze des Feeds, die die Positivliste ganz oder teilweise herausnimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fewest networks that cover the feed once the allowlist is taken out: what the kernel gets</source>
        <translation>Die wenigsten Netze, die den Feed nach Abzug der Positivliste abdecken: das, was der Kernel erhält</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid:</source>
        <translation>Ungültig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates:</source>
        <translation>Duplikate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowlisted:</source>
        <translation>Auf der Positivliste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks after aggregation:</source>
        <translation>Netze nach Aggregation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Connected now from within the list: %1. Loading it cuts them off.</source>
        <translation>Jetzt aus der Liste verbunden: %1. Das Laden schneidet sie ab.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 IPv4, %2 IPv6</source>
        <translation>%1 IPv4, %2 IPv6</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This feed cannot be imported. Nothing was changed.</source>
        <translation>Dieser Feed kann nicht importiert werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This feed cannot be imported.</source>
        <translation>Dieser Feed kann nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds no address that could be blocked.</source>
        <translation>Er enthält keine Adresse, die gesperrt werden könnte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Invalid items are left out; everything else is imported.</source>
        <translation>Ungültige Einträge werden ausgelassen; alles andere wird importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %1 of %2 are listed.</source>
        <translation>Die ersten %1 von %2 sind aufgeführt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Covers %1 addresses of %2 (%3)</source>
        <translation>Umfasst %1 Adressen von %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This list blocks addresses that are not on the public Internet. If this machine or its neighbours use them, they will be cut off:</source>
        <translation>Diese Liste sperrt Adressen, die nicht im öffentlichen Internet liegen. Wenn dieser Rechner oder seine Nachbarn sie verwenden, werden sie abgeschnitten:</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weiteres</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The list holds %Ln network(s) wider than /8 (IPv6 /16), counting adjacent items as one: %1. The helper refuses such a list unless the feed allows networks that wide.</source>
        <translation>
            <numerusform>Die Liste enthält %Ln Netz breiter als /8 (IPv6 /16), wobei benachbarte Einträge als einer zählen: %1. Das Hilfsprogramm lehnt eine solche Liste ab, sofern der Feed nicht so breite Netze erlaubt.</numerusform>
            <numerusform>Die Liste enthält %Ln Netze breiter als /8 (IPv6 /16), wobei benachbarte Einträge als einer zählen: %1. Das Hilfsprogramm lehnt eine solche Liste ab, sofern der Feed nicht so breite Netze erlaubt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::FeedRefresh</name>
    <message>
        <location filename="../app/feeds/feedrefresh.cpp" line="+76"/>
        <source>%1 shows its password or token as ***, as the feeds are listed to those who may not fetch them; nothing was fetched. Read the feeds with their credentials (org.rampart.refresh-feeds) first.</source>
        <translation>%1 zeigt sein Passwort oder Token als ***, so wie Feeds denen aufgelistet werden, die sie nicht abrufen dürfen; es wurde nichts abgerufen. Lesen Sie die Feeds zuerst mit ihren Zugangsdaten (org.rampart.refresh-feeds).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Parsing…</source>
        <translation>Wird analysiert …</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading the networks of %1 from the geolocation database…</source>
        <translation>Die Netze des Landes %1 werden aus der Geolokalisierungsdatenbank gelesen …</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>Applying %n network(s)…</source>
        <translation>
            <numerusform>%n Netz wird angewendet …</numerusform>
            <numerusform>%n Netze werden angewendet …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::FeedScheduler</name>
    <message>
        <location filename="../app/feeds/feedscheduler.cpp" line="+168"/>
        <source>Its address could not be read with its password or token. %1</source>
        <translation>Seine Adresse konnte nicht mit Passwort oder Token gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The helper no longer has this feed.</source>
        <translation>Das Hilfsprogramm hat diesen Feed nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Rampart::Feeds</name>
    <message>
        <location filename="../app/feeds/bogons.cpp" line="+18"/>
        <source>&quot;this network&quot; (RFC 791)</source>
        <translation>„dieses Netz“ (RFC 791)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>private network (RFC 1918)</source>
        <translation>privates Netz (RFC 1918)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>carrier-grade NAT shared space (RFC 6598)</source>
        <translation>gemeinsamer Adressraum für Carrier-Grade-NAT (RFC 6598)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loopback (RFC 1122)</source>
        <translation>Loopback (RFC 1122)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link-local (RFC 3927)</source>
        <translation>Link-Local (RFC 3927)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IETF protocol assignments (RFC 6890)</source>
        <translation>IETF-Protokollzuweisungen (RFC 6890)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>documentation (RFC 5737)</source>
        <translation>Dokumentation (RFC 5737)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>network benchmarking (RFC 2544)</source>
        <translation>Netzwerk-Benchmarking (RFC 2544)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>multicast (RFC 5771)</source>
        <translation>Multicast (RFC 5771)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved, with the broadcast address (RFC 1112)</source>
        <translation>reserviert, mit der Broadcast-Adresse (RFC 1112)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified address (RFC 4291)</source>
        <translation>unspezifizierte Adresse (RFC 4291)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loopback (RFC 4291)</source>
        <translation>Loopback (RFC 4291)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discard-only (RFC 6666)</source>
        <translation>Discard-Only-Präfix (RFC 6666)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentation (RFC 3849)</source>
        <translation>Dokumentation (RFC 3849)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentation (RFC 9637)</source>
        <translation>Dokumentation (RFC 9637)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique local addresses (RFC 4193)</source>
        <translation>eindeutige lokale Adressen (RFC 4193)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link-local (RFC 4291)</source>
        <translation>Link-Local (RFC 4291)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site-local, deprecated (RFC 3879)</source>
        <translation>Site-Local, veraltet (RFC 3879)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multicast (RFC 4291)</source>
        <translation>Multicast (RFC 4291)</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedarchive.cpp" line="+54"/>
        <source>The compressed data cannot be read (%1): the download may be incomplete or the file damaged. Fetch it again.</source>
        <translation>Die komprimierten Daten können nicht gelesen werden (%1): Der Download ist möglicherweise unvollständig oder die Datei beschädigt. Rufen Sie sie erneut ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The compressed data unpacks to more than %1 MB, far more than a list of addresses takes; it was not read.</source>
        <translation>Die komprimierten Daten ergeben entpackt mehr als %1 MB, weit mehr, als eine Adressliste braucht; sie wurden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The archive holds no files; there is nothing to read.</source>
        <translation>Das Archiv enthält keine Dateien; es gibt nichts zu lesen.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feeddownloader.cpp" line="+49"/>
        <source>%1 is a local file; import it as a file instead of downloading it.</source>
        <translation>%1 ist eine lokale Datei; importieren Sie sie als Datei, statt sie herunterzuladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>%1 is not an HTTP or HTTPS address; feeds are downloaded over HTTP or HTTPS only.</source>
        <translation>%1 ist keine HTTP- oder HTTPS-Adresse; Feeds werden nur über HTTP oder HTTPS heruntergeladen.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is not a complete web address; write it in full, as in https://example.org/drop.txt.</source>
        <translation>%1 ist keine vollständige Webadresse; schreiben Sie sie vollständig aus, etwa https://example.org/drop.txt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The checksum address %1 is not an HTTP or HTTPS address; give the web address of the checksum file, or none.</source>
        <translation>Die Prüfsummenadresse %1 ist keine HTTP- oder HTTPS-Adresse; geben Sie die Webadresse der Prüfsummendatei an oder keine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server answered %1 for %2; check the address.</source>
        <translation>Der Server hat für %2 mit %1 geantwortet; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered %1 for %2; the feed may need a key or an account, or no longer allows downloads from here.</source>
        <translation>Der Server hat für %2 mit %1 geantwortet; der Feed erfordert möglicherweise einen Schlüssel oder ein Konto oder erlaubt keine Downloads von hier mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered %1 for %2: too many downloads; download it less often, or try again later.</source>
        <translation>Der Server hat für %2 mit %1 geantwortet: zu viele Downloads; laden Sie ihn seltener herunter oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered %1 for %2, a problem on the server&apos;s side; try again later.</source>
        <translation>Der Server hat für %2 mit %1 geantwortet, ein Problem auf Serverseite; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered %1 for %2 instead of sending the file; check the address.</source>
        <translation>Der Server hat für %2 mit %1 geantwortet, statt die Datei zu senden; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused the connection for %1; check the address and port, or try again later if the server is down.</source>
        <translation>Der Server hat die Verbindung für %1 abgelehnt; prüfen Sie Adresse und Port oder versuchen Sie es später erneut, falls der Server nicht läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host %1 was not found for %2; check the address and this computer&apos;s DNS settings.</source>
        <translation>Der Host %1 wurde für %2 nicht gefunden; prüfen Sie die Adresse und die DNS-Einstellungen dieses Rechners.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing arrived from %1 for %2 s, so the download was stopped; try again later, or allow the feed more time.</source>
        <translation>Von %1 kam %2 s lang nichts an, daher wurde der Download abgebrochen; versuchen Sie es später erneut oder geben Sie dem Feed mehr Zeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server closed the connection before all of %1 had arrived; try again later.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor %1 vollständig angekommen war; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection for %1 failed (%2); check the server&apos;s certificate, and this computer&apos;s date and trusted certificates.</source>
        <translation>Die sichere Verbindung für %1 ist fehlgeschlagen (%2); prüfen Sie das Zertifikat des Servers sowie Datum und vertrauenswürdige Zertifikate dieses Rechners.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 redirected more often than the limit of %2; check the address, it may redirect in a loop.</source>
        <translation>%1 hat öfter als die Grenze von %2 umgeleitet; prüfen Sie die Adresse, sie leitet möglicherweise im Kreis um.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy failed the download of %1 (%2); check the proxy settings.</source>
        <translation>Der Download von %1 ist am Proxy gescheitert (%2); prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download of %1 failed (%2); check the address and this computer&apos;s network connection.</source>
        <translation>Der Download von %1 ist fehlgeschlagen (%2); prüfen Sie die Adresse und die Netzwerkverbindung dieses Rechners.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 redirected from HTTPS to plain HTTP (%2), which is refused; use an address that stays on HTTPS.</source>
        <translation>%1 hat von HTTPS auf unverschlüsseltes HTTP umgeleitet (%2), was abgelehnt wird; verwenden Sie eine Adresse, die bei HTTPS bleibt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 redirected to %2, which is not an HTTP or HTTPS address; use the feed&apos;s final address instead.</source>
        <translation>%1 hat auf %2 umgeleitet, was keine HTTP- oder HTTPS-Adresse ist; verwenden Sie stattdessen die endgültige Adresse des Feeds.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is %2, larger than the %3 cap; raise the feed&apos;s size limit if it really is that big.</source>
        <translation>%1 ist %2 groß, mehr als die Obergrenze von %3; erhöhen Sie die Größenbeschränkung des Feeds, falls er wirklich so groß ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is larger than the %2 cap; raise the feed&apos;s size limit if it really is that big.</source>
        <translation>%1 ist größer als die Obergrenze von %2; erhöhen Sie die Größenbeschränkung des Feeds, falls er wirklich so groß ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered %1 for %2 without saying where to; check the address.</source>
        <translation>Der Server hat für %2 mit %1 geantwortet, ohne ein Ziel zu nennen; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 holds no MD5 or SHA-256 checksum; check the checksum address.</source>
        <translation>%1 enthält keine MD5- oder SHA-256-Prüfsumme; prüfen Sie die Prüfsummenadresse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 lists no checksum for %2; check the checksum address.</source>
        <translation>%1 enthält keine Prüfsumme für %2; prüfen Sie die Prüfsummenadresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not match its checksum: its %2 is %3, but %4 says %5. The download may be damaged or tampered with and was not used; try again later.</source>
        <translation>Die Prüfsumme von %1 stimmt nicht: %2 ergibt %3, aber %4 nennt %5. Der Download ist möglicherweise beschädigt oder manipuliert und wurde nicht verwendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a directory, not a file; give the path of the blocklist file in it.</source>
        <translation>%1 ist ein Verzeichnis, keine Datei; geben Sie den Pfad der Sperrlistendatei darin an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a FIFO, not a file; save the list to a file and give that file&apos;s path.</source>
        <translation>%1 ist ein FIFO, keine Datei; speichern Sie die Liste in einer Datei und geben Sie deren Pfad an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a socket, not a file; give the path of a blocklist file.</source>
        <translation>%1 ist ein Socket, keine Datei; geben Sie den Pfad einer Sperrlistendatei an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a device, not a file; give the path of a blocklist file.</source>
        <translation>%1 ist ein Gerät, keine Datei; geben Sie den Pfad einer Sperrlistendatei an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file; give the path of a blocklist file.</source>
        <translation>%1 ist keine reguläre Datei; geben Sie den Pfad einer Sperrlistendatei an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2, larger than the %3 cap; that is not a blocklist.</source>
        <translation>%1 ist %2 groß, mehr als die Obergrenze von %3; das ist keine Sperrliste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 grew larger than the %2 cap while it was read; that is not a blocklist.</source>
        <translation>%1 ist beim Lesen über die Obergrenze von %2 gewachsen; das ist keine Sperrliste.</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>%1 is a file of the kernel&apos;s %2 file system, which describes the running system; it is not a blocklist.</source>
        <translation>%1 ist eine Datei des Kernel-Dateisystems %2, das das laufende System beschreibt; sie ist keine Sperrliste.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedformat.cpp" line="+261"/>
        <source>Recognize the format from the content</source>
        <translation>Format anhand des Inhalts erkennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One address, network or range per line</source>
        <translation>Eine Adresse, ein Netz oder ein Bereich pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses separated by commas, spaces or tabs</source>
        <translation>Adressen, getrennt durch Kommas, Leerzeichen oder Tabulatoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One range of addresses (first-last) per line</source>
        <translation>Ein Adressbereich (erste-letzte) pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PeerGuardian P2P: a name, a colon and a range per line</source>
        <translation>PeerGuardian P2P: ein Name, ein Doppelpunkt und ein Bereich pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DShield block list: start, end and prefix length per row</source>
        <translation>DShield-Sperrliste: Anfang, Ende und Präfixlänge pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated values with the addresses in one column</source>
        <translation>Kommagetrennte Werte mit den Adressen in einer Spalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A JSON array of addresses as strings</source>
        <translation>Ein JSON-Array von Adressen als Zeichenketten</translation>
    </message>
    <message>
        <location filename="../app/feeds/feeditem.cpp" line="+146"/>
        <source>%1 is longer than any address (%2 characters)</source>
        <translation>%1 ist länger als jede Adresse (%2 Zeichen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an address or a network</source>
        <translation>%1 ist weder eine Adresse noch ein Netz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a network; a range joins two addresses</source>
        <translation>%1 ist ein Netz; ein Bereich verbindet zwei Adressen</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+3"/>
        <source>%1 is not a range: %2</source>
        <translation>%1 ist kein Bereich: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a range: it joins an IPv4 and an IPv6 address</source>
        <translation>%1 ist kein Bereich: Er verbindet eine IPv4- und eine IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a range: its first address comes after its last; write the lower address first</source>
        <translation>%1 ist kein Bereich: Seine erste Adresse liegt hinter der letzten; schreiben Sie die niedrigere Adresse zuerst</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedparser.cpp" line="+197"/>
        <source>%1 is not a DShield row, which holds a start address, an end address and a prefix length</source>
        <translation>%1 ist keine DShield-Zeile, die aus Anfangsadresse, Endadresse und Präfixlänge besteht</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a prefix length</source>
        <translation>%1 ist keine Präfixlänge</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 does not add up: %2 to %3 is not a network with prefix length %4</source>
        <translation>%1 ist widersprüchlich: %2 bis %3 ist kein Netz mit Präfixlänge %4</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 has no column %2</source>
        <translation>%1 hat keine Spalte %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has a quote that is not closed</source>
        <translation>%1 enthält ein nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The JSON data is not an array. A JSON feed is an array of addresses as strings, such as %1.</source>
        <translation>Die JSON-Daten sind kein Array. Ein JSON-Feed ist ein Array von Adressen als Zeichenketten, etwa %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the feed was cancelled.</source>
        <translation>Das Lesen des Feeds wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The JSON data is malformed at byte %1; the download may be incomplete. A JSON feed is an array of addresses as strings, such as %2.</source>
        <translation>Die JSON-Daten sind bei Byte %1 fehlerhaft; der Download ist möglicherweise unvollständig. Ein JSON-Feed ist ein Array von Adressen als Zeichenketten, etwa %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not a string; a JSON feed lists addresses as strings</source>
        <translation>%1 ist keine Zeichenkette; ein JSON-Feed führt Adressen als Zeichenketten auf</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>The data is not text (byte %1 is zero): it is not a list of addresses, or it is packed in a way that cannot be read here. Use a text, .gz or .zip file.</source>
        <translation>Die Daten sind kein Text (Byte %1 ist null): Es ist keine Adressliste, oder sie ist auf eine Weise gepackt, die hier nicht gelesen werden kann. Verwenden Sie eine Text-, .gz- oder .zip-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a web page, not a list of addresses: the address may lead to a download page, a login or an error page. Check the address of the list itself.</source>
        <translation>Dies ist eine Webseite, keine Adressliste: Die Adresse führt möglicherweise zu einer Download-, Anmelde- oder Fehlerseite. Prüfen Sie die Adresse der Liste selbst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The feed is empty: it holds no addresses. Check that the file or download is complete.</source>
        <translation>Der Feed ist leer: Er enthält keine Adressen. Prüfen Sie, ob die Datei oder der Download vollständig ist.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The JSON array is empty: the feed holds no addresses.</source>
        <translation>Das JSON-Array ist leer: Der Feed enthält keine Adressen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The feed holds only comments and blank lines, no addresses.</source>
        <translation>Der Feed enthält nur Kommentare und Leerzeilen, keine Adressen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+10"/>
        <source>Nothing in the feed is an address, a network or a range: %n item(s) could not be read.</source>
        <translation>
            <numerusform>Nichts im Feed ist eine Adresse, ein Netz oder ein Bereich: %n Eintrag konnte nicht gelesen werden.</numerusform>
            <numerusform>Nichts im Feed ist eine Adresse, ein Netz oder ein Bereich: %n Einträge konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The first, on line %1: %2. Check that this is a blocklist and that its format (%3) is right.</source>
        <translation>Der erste, in Zeile %1: %2. Prüfen Sie, ob dies eine Sperrliste ist und ihr Format (%3) stimmt.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feeddownloader.cpp" line="-26"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+31"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedrefresh.cpp" line="-60"/>
        <source>%1 places no network in %2 (%3); the last list stays in force.</source>
        <translation>%1 ordnet %2 (%3) kein Netz zu; die letzte Liste bleibt in Kraft.</translation>
    </message>
</context>
<context>
    <name>Rampart::FeedsModel</name>
    <message>
        <location filename="../ui/feedsmodel.cpp" line="+70"/>
        <source>Fetched over plain HTTP without an HTTPS checksum: anyone on the network path can change the list, even into one that blocks everything.</source>
        <translation>Über unverschlüsseltes HTTP ohne HTTPS-Prüfsumme abgerufen: Jeder auf dem Netzweg kann die Liste ändern, sogar in eine, die alles sperrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its checksum is fetched over plain HTTP: anyone on the network path can change it.</source>
        <translation>Seine Prüfsumme wird über unverschlüsseltes HTTP abgerufen: Jeder auf dem Netzweg kann sie ändern.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/feedstab.cpp" line="+132"/>
        <source>Updating… %1 %</source>
        <translation>Wird aktualisiert … %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never fetched</source>
        <translation>Nie abgerufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>when asked</source>
        <translation>auf Anfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/feedstab.cpp" line="+12"/>
        <source>in %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../ui/feedstab.cpp" line="+10"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (allows broad networks)</source>
        <translation>%1 (erlaubt breite Netze)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked against: %1</source>
        <translation>Geprüft mit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allows broad networks: wider than /8 (IPv6 /16)</source>
        <translation>Erlaubt breite Netze: breiter als /8 (IPv6 /16)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last attempt failed; the list from %1 stays in force.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen; die Liste vom %1 bleibt in Kraft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last attempt failed; no list from this feed is in force yet.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen; noch ist keine Liste dieses Feeds in Kraft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last checked: %1</source>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List current as of: %1</source>
        <translation>Stand der Liste: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Networks in the feed&apos;s list: %1
Blocked after the allowlist: %2</source>
        <translation>Netze in der Liste des Feeds: %1
Gesperrt nach Abzug der Positivliste: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dropped by the feed&apos;s networks since they were put in the kernel, added up over its entries</source>
        <translation>Von den Netzen des Feeds verworfen, seit sie im Kernel sind, über seine Einträge summiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packets dropped per second since the listing before</source>
        <translation>Verworfene Pakete pro Sekunde seit der vorigen Liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1</source>
        <translation>Intervall: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked (Refresh Now)</source>
        <translation>Nur auf Anfrage (Jetzt aktualisieren)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/feedstab.cpp" line="-14"/>
        <source>Networks</source>
        <translation>Netze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next refresh</source>
        <translation>Nächste Aktualisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Rampart::FeedsTab</name>
    <message>
        <location filename="../ui/feedstab.cpp" line="-80"/>
        <source>No feeds yet. Import Feed… (Ctrl+I) reads a public blocklist from a file or a web address, shows what it holds before anything is blocked, and keeps it up to date on a schedule.</source>
        <translation>Noch keine Feeds. Feed importieren … (Strg+I) liest eine öffentliche Sperrliste aus einer Datei oder von einer Webadresse, zeigt vor dem Sperren, was sie enthält, und hält sie nach Zeitplan aktuell.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import Feed…</source>
        <translation>Feed &amp;importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a public blocklist from a file or a web address</source>
        <translation>Eine öffentliche Sperrliste aus einer Datei oder von einer Webadresse hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh &amp;Now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download or read the selected feeds again and load what changed</source>
        <translation>Die ausgewählten Feeds erneut herunterladen oder lesen und die Änderungen laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Feed…</source>
        <translation>Feed &amp;entfernen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected feeds and unblock their networks</source>
        <translation>Die ausgewählten Feeds entfernen und ihre Netze entsperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Allowlist…</source>
        <translation>&amp;Positivliste …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks that no feed may block</source>
        <translation>Netze, die kein Feed sperren darf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit Settings…</source>
        <translation>Einstellungen &amp;bearbeiten …</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The feeds could not be read. %1</source>
        <translation>Die Feeds konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Feed %1 refreshed: %2 networks added, %3 removed.</source>
        <translation>Feed %1 aktualisiert: %2 Netze hinzugefügt, %3 entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feed %1 is unchanged since the last download.</source>
        <translation>Feed %1 ist seit dem letzten Download unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feed %1 could not be refreshed; its last good list stays in force. %2</source>
        <translation>Feed %1 konnte nicht aktualisiert werden; seine letzte gültige Liste bleibt in Kraft. %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove Feed</source>
        <translation>Feed entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the feed %1?</source>
        <translation>Den Feed %1 entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its %1 networks are unblocked, and its settings are deleted. The allowlist and what was blocked by hand stay as they are.</source>
        <translation>Seine %1 Netze werden entsperrt und seine Einstellungen gelöscht. Die Positivliste und von Hand Gesperrtes bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Feeds</source>
        <translation>Feeds entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %Ln feed(s)?</source>
        <translation>
            <numerusform>%Ln Feed entfernen?</numerusform>
            <numerusform>%Ln Feeds entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 networks)</source>
        <translation>%1 (%2 Netze)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiterer</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their networks are unblocked, and their settings are deleted: %1</source>
        <translation>Ihre Netze werden entsperrt und ihre Einstellungen gelöscht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The feed %1 was not removed.</source>
        <translation>Der Feed %1 wurde nicht entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feed %1 removed: %2 networks unblocked.</source>
        <translation>Feed %1 entfernt: %2 Netze entsperrt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rampart</source>
        <translation>Rampart</translation>
    </message>
</context>
<context>
    <name>Rampart::Geo</name>
    <message>
        <location filename="../app/geo/geodatabase.cpp" line="+265"/>
        <source>shares its nodes between more networks than a tree can</source>
        <translation>teilt seine Knoten auf mehr Netze auf, als ein Baum es kann</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goes deeper than the 128 bits of an address</source>
        <translation>reicht tiefer als die 128 Bits einer Adresse</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>points outside the file&apos;s data section</source>
        <translation>verweist aus dem Datenbereich der Datei hinaus</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No geolocation database could be opened; searched %1. scripts/setup.sh installs the default one into %2.</source>
        <translation>Keine Geolokalisierungsdatenbank ließ sich öffnen; durchsucht: %1. scripts/setup.sh installiert die Standarddatenbank nach %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The geolocation database %1 does not exist.</source>
        <translation>Die Geolokalisierungsdatenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a geolocation database (.mmdb) file.</source>
        <translation>%1 ist ein Ordner, keine Geolokalisierungsdatenbank (.mmdb-Datei).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The geolocation database %1 could not be read: %2.</source>
        <translation>Die Geolokalisierungsdatenbank %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a usable MaxMind (.mmdb) geolocation database: %2. Replace it, or run scripts/setup.sh to install the default one.</source>
        <translation>%1 ist keine brauchbare MaxMind-Geolokalisierungsdatenbank (.mmdb): %2. Ersetzen Sie sie oder führen Sie scripts/setup.sh aus, um die Standarddatenbank zu installieren.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The geolocation database %1 is damaged: its search tree %2. Replace it, or run scripts/setup.sh to install the default one.</source>
        <translation>Die Geolokalisierungsdatenbank %1 ist beschädigt: Ihr Suchbaum %2. Ersetzen Sie sie oder führen Sie scripts/setup.sh aus, um die Standarddatenbank zu installieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not laid out as the MaxMind DB format defines</source>
        <translation>ist nicht so aufgebaut, wie es das MaxMind-DB-Format festlegt</translation>
    </message>
    <message>
        <location filename="../app/geo/onlinedetails.cpp" line="+38"/>
        <source>an address of &quot;this network&quot; (RFC 791)</source>
        <translation>eine Adresse aus „diesem Netz“ (RFC 791)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>a private address (RFC 1918)</source>
        <translation>eine private Adresse (RFC 1918)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>an address of the carrier-grade NAT space (RFC 6598)</source>
        <translation>eine Adresse aus dem gemeinsamen Adressraum für Carrier-Grade-NAT (RFC 6598)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>a loopback address</source>
        <translation>eine Loopback-Adresse</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+17"/>
        <source>a link-local address</source>
        <translation>eine Link-Local-Adresse</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>an IETF protocol address (RFC 6890)</source>
        <translation>eine Adresse für IETF-Protokolle (RFC 6890)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>a documentation address (RFC 5737)</source>
        <translation>eine Dokumentationsadresse (RFC 5737)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>a benchmarking address (RFC 2544)</source>
        <translation>eine Adresse für Netzwerk-Benchmarking (RFC 2544)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>a multicast address</source>
        <translation>eine Multicast-Adresse</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>a reserved or broadcast address</source>
        <translation>eine reservierte oder Broadcast-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unspecified address</source>
        <translation>die unspezifizierte Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a local-use NAT64 address (RFC 8215)</source>
        <translation>eine NAT64-Adresse zur lokalen Verwendung (RFC 8215)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a discard-only address (RFC 6666)</source>
        <translation>eine Adresse aus dem Discard-Only-Präfix (RFC 6666)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a documentation address (RFC 3849)</source>
        <translation>eine Dokumentationsadresse (RFC 3849)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a documentation address (RFC 9637)</source>
        <translation>eine Dokumentationsadresse (RFC 9637)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a unique local address (RFC 4193)</source>
        <translation>eine eindeutige lokale Adresse (RFC 4193)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a site-local address (RFC 3879)</source>
        <translation>eine Site-Local-Adresse (RFC 3879)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not an HTTP or HTTPS address; set the online details service to one, such as %2.</source>
        <translation>%1 ist keine HTTP- oder HTTPS-Adresse; stellen Sie für den Online-Details-Dienst eine solche ein, etwa %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The online details service answered %1 for %2; it may need a key, or no longer serve this address. Check the service&apos;s address.</source>
        <translation>Der Online-Details-Dienst hat für %2 mit %1 geantwortet; er erfordert möglicherweise einen Schlüssel oder ist unter dieser Adresse nicht mehr erreichbar. Prüfen Sie die Adresse des Dienstes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The online details service answered %1 for %2, a problem on its side; try again later.</source>
        <translation>Der Online-Details-Dienst hat für %2 mit %1 geantwortet, ein Problem auf seiner Seite; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The online details service answered %1 for %2 instead of details; check the service&apos;s address.</source>
        <translation>Der Online-Details-Dienst hat für %2 mit %1 statt mit Details geantwortet; prüfen Sie die Adresse des Dienstes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the connection; check the online details service&apos;s address, or try again later.</source>
        <translation>%1 hat die Verbindung abgelehnt; prüfen Sie die Adresse des Online-Details-Dienstes oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host %1 of %2 was not found; check the address and this computer&apos;s DNS settings.</source>
        <translation>Der Host %1 von %2 wurde nicht gefunden; prüfen Sie die Adresse und die DNS-Einstellungen dieses Rechners.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing arrived from %1 for %2 s, so the lookup was stopped; try again later.</source>
        <translation>Von %1 kam %2 s lang nichts an, daher wurde die Abfrage abgebrochen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed (%2); check the server&apos;s certificate, and this computer&apos;s date and trusted certificates.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2); prüfen Sie das Zertifikat des Servers sowie Datum und vertrauenswürdige Zertifikate dieses Rechners.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lookup with %1 failed (%2); check the address and this computer&apos;s network connection.</source>
        <translation>Die Abfrage bei %1 ist fehlgeschlagen (%2); prüfen Sie die Adresse und die Netzwerkverbindung dieses Rechners.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The online details service answered %1 for %2 without saying where to; check the service&apos;s address.</source>
        <translation>Der Online-Details-Dienst hat für %2 mit %1 geantwortet, ohne ein Ziel zu nennen; prüfen Sie die Adresse des Dienstes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected to %2, and addresses are not sent on to another address; if that is the service&apos;s new address, set it instead.</source>
        <translation>%1 hat auf %2 umgeleitet, und Adressen werden nicht an eine andere Adresse weitergegeben; falls das die neue Adresse des Dienstes ist, stellen Sie stattdessen diese ein.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 did not answer with JSON (%2 at byte %3); check that the address is a service that speaks ip-api.com&apos;s batch protocol.</source>
        <translation>%1 hat nicht mit JSON geantwortet (%2 bei Byte %3); prüfen Sie, ob die Adresse zu einem Dienst gehört, der das Batch-Protokoll von ip-api.com spricht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a JSON %2 instead of a list of answers; check that the address is a service&apos;s batch endpoint.</source>
        <translation>%1 hat mit JSON vom Typ %2 statt mit einer Liste von Antworten geantwortet; prüfen Sie, ob die Adresse der Batch-Endpunkt eines Dienstes ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered %2 items for %3 addresses, so none could be matched to its address; try again later.</source>
        <translation>%1 hat %2 Einträge für %3 Adressen geliefert, daher ließ sich keiner seiner Adresse zuordnen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered with a %2 instead of an object for %3 (item %4); the answers were not used.</source>
        <translation>%1 hat für %3 mit einem Wert vom Typ %2 statt mit einem Objekt geantwortet (Eintrag %4); die Antworten wurden nicht verwendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered with a %2 as &quot;%3&quot; for %4 where text belongs; the answers were not used.</source>
        <translation>%1 hat für %4 als „%3“ einen Wert vom Typ %2 geliefert, wo Text hingehört; die Antworten wurden nicht verwendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 answered about %2 where %3 was asked (item %4); the answers were not used.</source>
        <translation>%1 hat zu %2 geantwortet, obwohl nach %3 gefragt wurde (Eintrag %4); die Antworten wurden nicht verwendet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no details for %2.</source>
        <translation>%1 hat keine Details zu %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no details for %2: %3.</source>
        <translation>%1 hat keine Details zu %2: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered with the status %2 for %3 (item %4), neither &quot;success&quot; nor &quot;fail&quot;; the answers were not used.</source>
        <translation>%1 hat für %3 mit dem Status %2 geantwortet (Eintrag %4), weder „success“ noch „fail“; die Antworten wurden nicht verwendet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When online details are on, the public addresses you look up are sent to %1 (%2), which answers with their city and Internet provider; that service then knows which addresses you looked up. Private and local addresses are never sent, and the database on this machine is used for everything else. Nothing is sent while online details are off.</source>
        <translation>Wenn Online-Details eingeschaltet sind, werden die öffentlichen Adressen, die Sie nachschlagen, an %1 (%2) gesendet; dieser Dienst antwortet mit ihrer Stadt und ihrem Internetanbieter und weiß danach, welche Adressen Sie nachgeschlagen haben. Private und lokale Adressen werden nie gesendet, und für alles andere wird die Datenbank auf diesem Rechner verwendet. Solange Online-Details ausgeschaltet sind, wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When online details are on, the public addresses you look up are sent unencrypted to %1 (%2), which answers with their city and Internet provider; that service, and the networks on the way, then know which addresses you looked up. Private and local addresses are never sent, and the database on this machine is used for everything else. Nothing is sent while online details are off.</source>
        <translation>Wenn Online-Details eingeschaltet sind, werden die öffentlichen Adressen, die Sie nachschlagen, unverschlüsselt an %1 (%2) gesendet; dieser Dienst antwortet mit ihrer Stadt und ihrem Internetanbieter, und er sowie die Netze auf dem Weg wissen danach, welche Adressen Sie nachgeschlagen haben. Private und lokale Adressen werden nie gesendet, und für alles andere wird die Datenbank auf diesem Rechner verwendet. Solange Online-Details ausgeschaltet sind, wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not sent: %1 is %2, which has no public owner to look up.</source>
        <translation>Nicht gesendet: %1 ist %2 und hat keinen öffentlichen Inhaber, der sich nachschlagen ließe.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not sent: %1 is a network; online details are for single addresses.</source>
        <translation>Nicht gesendet: %1 ist ein Netz; Online-Details gibt es nur für einzelne Adressen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>The answer of %1 is larger than %2, more than any batch of addresses needs; the answers were not used.</source>
        <translation>Die Antwort von %1 ist größer als %2, mehr, als irgendein Stapel von Adressen braucht; die Antworten wurden nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>Rampart::HelperClient</name>
    <message>
        <location filename="../app/client/helperclient.cpp" line="+164"/>
        <location line="+15"/>
        <source>Could not make a memory file for the list: %1</source>
        <translation>Für die Liste konnte keine Speicherdatei angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The helper sent no listing.</source>
        <translation>Das Hilfsprogramm hat keine Liste geschickt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The helper&apos;s listing could not be read: %1</source>
        <translation>Die Liste des Hilfsprogramms konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The helper&apos;s listing is too large to be real (%1 bytes).</source>
        <translation>Die Liste des Hilfsprogramms ist zu groß, um echt zu sein (%1 Bytes).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The helper&apos;s listing is in a format this version of Rampart does not know.</source>
        <translation>Die Liste des Hilfsprogramms liegt in einem Format vor, das diese Version von Rampart nicht kennt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 of the helper&apos;s listing is damaged.</source>
        <translation>Zeile %1 der Liste des Hilfsprogramms ist beschädigt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not authorized: %1. Ask an administrator to grant you the Rampart polkit actions, or run the command as an administrator.</source>
        <translation>Nicht berechtigt: %1. Bitten Sie einen Administrator, Ihnen die polkit-Aktionen von Rampart zu gewähren, oder führen Sie den Befehl als Administrator aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Rampart helper cannot be reached on the system bus (%1). Check that Rampart is installed and that the system bus is running.</source>
        <translation>Das Hilfsprogramm von Rampart ist über den Systembus nicht erreichbar (%1). Prüfen Sie, ob Rampart installiert ist und der Systembus läuft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Rampart helper did not answer in time (%1).</source>
        <translation>Das Hilfsprogramm von Rampart hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The helper refused the request: %1.</source>
        <translation>Das Hilfsprogramm hat die Anfrage abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The helper refused the request as beyond its limits: %1.</source>
        <translation>Das Hilfsprogramm hat die Anfrage abgelehnt, da sie seine Grenzen überschreitet: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel firewall refused the change: %1. Nothing was changed.</source>
        <translation>Die Kernel-Firewall hat die Änderung abgelehnt: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blocklist store could not be updated: %1. Nothing was changed.</source>
        <translation>Die Datenbank der Sperrliste konnte nicht aktualisiert werden: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new list looks wrong: %1.</source>
        <translation>Die neue Liste wirkt fehlerhaft: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was blocked: %1.</source>
        <translation>Es wurde nichts gesperrt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The helper reported an error: %1 (%2).</source>
        <translation>Das Hilfsprogramm hat einen Fehler gemeldet: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Rampart::HelperStatusWidget</name>
    <message>
        <location filename="../ui/helperstatuswidget.cpp" line="+33"/>
        <source>the helper is not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no system bus</source>
        <translation>kein Systembus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes allowed</source>
        <translation>Änderungen erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polkit lets you change the firewall without asking again.</source>
        <translation>polkit lässt Sie die Firewall ändern, ohne erneut zu fragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes ask for a password</source>
        <translation>Änderungen fragen nach einem Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polkit asks for an administrator&apos;s password at the first change, then keeps the answer for a few minutes.</source>
        <translation>polkit fragt bei der ersten Änderung nach dem Passwort eines Administrators und merkt sich die Antwort einige Minuten lang.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Helper: contacting…</source>
        <translation>Hilfsprogramm: Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Helper: ready</source>
        <translation>Hilfsprogramm: bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store: %1
Verdict for blocked sources: %2</source>
        <translation>Datenbank: %1
Aktion für gesperrte Quellen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (IPv%2): %3 in the kernel, %4 in the store, room for %5</source>
        <translation>%1 (IPv%2): %3 im Kernel, %4 in der Datenbank, Platz für %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active: %1, %2</source>
        <translation>Aktiv: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>IPv4 %Ln entry(ies)</source>
        <translation>
            <numerusform>IPv4 %Ln Eintrag</numerusform>
            <numerusform>IPv4 %Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>IPv6 %Ln entry(ies)</source>
        <translation>
            <numerusform>IPv6 %Ln Eintrag</numerusform>
            <numerusform>IPv6 %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kernel out of sync and rules missing: Reapply to Kernel repairs it</source>
        <translation>Kernel nicht abgeglichen und Regeln fehlen: „Erneut in den Kernel übertragen“ behebt es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firewall rules missing: Reapply to Kernel puts them back</source>
        <translation>Firewall-Regeln fehlen: „Erneut in den Kernel übertragen“ stellt sie wieder her</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel out of sync with the store: Reapply to Kernel repairs it</source>
        <translation>Kernel weicht von der Datenbank ab: „Erneut in den Kernel übertragen“ behebt es</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Last reapplied %1</source>
        <translation>Zuletzt übertragen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change is stored as it is made; this is when the stored blocklist was last reapplied to the kernel (%1).</source>
        <translation>Jede Änderung wird sofort gespeichert; dies ist der Zeitpunkt, zu dem die gespeicherte Sperrliste zuletzt erneut in den Kernel übertragen wurde (%1).</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Kernel in sync, rules in place</source>
        <translation>Kernel synchron, Regeln vorhanden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (IPv%2): the jump to the RAMPART chain is missing</source>
        <translation>%1 (IPv%2): Der Sprung zur RAMPART-Kette fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (IPv%2): the jump to the RAMPART chain is rule %3 of %4; the rules above it see packets first</source>
        <translation>%1 (IPv%2): Der Sprung zur RAMPART-Kette ist Regel %3 von %4; die Regeln darüber sehen die Pakete zuerst</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Helper: not authorized</source>
        <translation>Hilfsprogramm: nicht berechtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: not reachable — %1</source>
        <translation>Hilfsprogramm: nicht erreichbar – %1</translation>
    </message>
</context>
<context>
    <name>Rampart::HistoryModel</name>
    <message>
        <location filename="../ui/historymodel.cpp" line="+50"/>
        <source>%1 (undone by #%2)</source>
        <translation>%1 (rückgängig gemacht durch #%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change #%1</source>
        <translation>Änderung #%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>Rampart::HistoryTab</name>
    <message>
        <location filename="../ui/historytab.cpp" line="+62"/>
        <source>&amp;Undo Selected Change</source>
        <translation>Ausgewählte Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the selected change; the undo is a change of its own</source>
        <translation>Die ausgewählte Änderung rückgängig machen; das Rückgängigmachen ist selbst eine Änderung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo My Last Change</source>
        <translation>Meine letzte Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo your own last change to the blocklist, made here or with rampartctl</source>
        <translation>Ihre eigene letzte Änderung an der Sperrliste rückgängig machen, ob hier oder mit rampartctl vorgenommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by user, action, address or detail</source>
        <translation>Nach Benutzer, Aktion, Adresse oder Detail filtern</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select a change to see all it kept.</source>
        <translation>Wählen Sie eine Änderung aus, um alles zu sehen, was der Verlauf davon festgehalten hat.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Change #%1, %2, by %3 from %4: %5</source>
        <translation>Änderung #%1, %2, von %3 (%4): %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone by change #%1.</source>
        <translation>Durch Änderung #%1 rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can be undone.</source>
        <translation>Kann rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(%n more not kept in the history)</source>
        <translation>
            <numerusform>(%n weiterer, nicht im Verlauf festgehalten)</numerusform>
            <numerusform>(%n weitere, nicht im Verlauf festgehalten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+42"/>
        <source>Undo Change</source>
        <translation>Änderung rückgängig machen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Undo change #%1, %2 by %3?</source>
        <translation>Änderung #%1 (%2, von %3) rückgängig machen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change #%1 was not undone.</source>
        <translation>Änderung #%1 wurde nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undid change #%1, %2.</source>
        <translation>Änderung #%1 (%2) rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undid change #%1, %2 of %3.</source>
        <translation>Änderung #%1 (%2, %3) rückgängig gemacht.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) could not be restored; see the history.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht wiederhergestellt werden; siehe Verlauf.</numerusform>
            <numerusform>%n Einträge konnten nicht wiederhergestellt werden; siehe Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of change #%1 could not be restored.</source>
        <translation>Ein Teil der Änderung #%1 konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was undone.</source>
        <translation>Es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You have no change left to undo.</source>
        <translation>Sie haben keine Änderung mehr, die sich rückgängig machen ließe.</translation>
    </message>
</context>
<context>
    <name>Rampart::HistoryText</name>
    <message>
        <location filename="../app/history/historyentry.cpp" line="+28"/>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>feed timer</source>
        <translation>Feed-Timer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>helper</source>
        <translation>Hilfsprogramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undo of #%1</source>
        <translation>Rückgängigmachen von #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block</source>
        <translation>Sperrung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unblock</source>
        <translation>Entsperrung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allow</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disallow</source>
        <translation>Freigabe aufgehoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feed added</source>
        <translation>Feed hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feed changed</source>
        <translation>Feed geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feed updated</source>
        <translation>Feed aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feed removed</source>
        <translation>Feed entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verdict</source>
        <translation>Aktion geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older history folded</source>
        <translation>älterer Verlauf zusammengefasst</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n IPv4</source>
        <translation>
            <numerusform>%n IPv4</numerusform>
            <numerusform>%n IPv4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n IPv6</source>
        <translation>
            <numerusform>%n IPv6</numerusform>
            <numerusform>%n IPv6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netz</numerusform>
            <numerusform>%n Netze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weiterer)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::ImportFeedDialog</name>
    <message>
        <location filename="../ui/importfeeddialog.cpp" line="+73"/>
        <location line="+712"/>
        <source>Import Feed</source>
        <translation>Feed importieren</translation>
    </message>
    <message>
        <location line="-701"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show Co&amp;mmands…</source>
        <translation>Be&amp;fehle anzeigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the ipset and iptables commands loading the previewed list would run, without loading it.</source>
        <translation>Die ipset- und iptables-Befehle anzeigen, die das Laden der Vorschauliste ausführen würde, ohne sie zu laden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>https://example.org/blocklist.txt or /path/to/blocklist.txt</source>
        <translation>https://example.org/blocklist.txt oder /pfad/zu/blocklist.txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A web address (http or https) or a file on this computer. Compressed files (.gz, .zip) are unpacked.</source>
        <translation>Eine Webadresse (http oder https) oder eine Datei auf diesem Rechner. Komprimierte Dateien (.gz, .zip) werden entpackt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+305"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>find</source>
        <translation>suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column that holds the addresses, counted from 1; &quot;find&quot; takes the first column that holds addresses in most rows.</source>
        <translation>Die Spalte mit den Adressen, gezählt ab 1; „suchen“ nimmt die erste Spalte, die in den meisten Zeilen Adressen enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Col&amp;umn:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>spamhaus-drop</source>
        <translation>spamhaus-drop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names the feed in the Feeds tab, the blocklist and the history.</source>
        <translation>Bezeichnet den Feed im Reiter „Feeds“, in der Sperrliste und im Verlauf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only when asked</source>
        <translation>Nur auf Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeds are refreshed while Rampart runs, and by the system timer where it is enabled. A failed download keeps the last good list.</source>
        <translation>Feeds werden aktualisiert, solange Rampart läuft, und durch den System-Timer, wo er aktiviert ist. Schlägt ein Download fehl, bleibt die letzte gültige Liste erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch over plain HTTP anyway (&amp;insecure)</source>
        <translation>Trotzdem über unverschlüsseltes HTTP abrufen (&amp;unsicher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone between this machine and the server can then change the list. Use it only for a source that offers nothing better.</source>
        <translation>Jeder zwischen diesem Rechner und dem Server kann die Liste dann ändern. Nur für eine Quelle verwenden, die nichts Besseres bietet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Allow networks wider than /8 (IPv6 /16)</source>
        <translation>Netze breiter als /8 (IPv6 /16) erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without it the helper refuses a list that holds a network wider than /8 (IPv6 /16) of addresses Internet sources use: a damaged or hostile list could otherwise lock out everyone.</source>
        <translation>Ohne dies lehnt das Hilfsprogramm eine Liste ab, die ein Netz breiter als /8 (IPv6 /16) aus Adressen enthält, die Quellen im Internet nutzen: Eine beschädigte oder feindselige Liste könnte sonst alle aussperren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the feed and show what it holds, without changing anything</source>
        <translation>Den Feed lesen und seinen Inhalt zeigen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh:</source>
        <translation>A&amp;ktualisierung:</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>Edit Feed %1</source>
        <translation>Feed %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A feed keeps its name; to rename it, import it again under the new name and remove this one.</source>
        <translation>Ein Feed behält seinen Namen; um ihn umzubenennen, importieren Sie ihn unter dem neuen Namen erneut und entfernen diesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every %1</source>
        <translation>Intervall: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Reading the feed&apos;s address with its password or token…</source>
        <translation>Adresse des Feeds wird mit Passwort oder Token gelesen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The feed&apos;s address could not be read whole, so nothing was fetched or saved.</source>
        <translation>Die Adresse des Feeds konnte nicht vollständig gelesen werden, daher wurde nichts abgerufen oder gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The helper no longer has the feed %1.</source>
        <translation>Das Hilfsprogramm hat den Feed %1 nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved. Close this dialog and import the feed again.</source>
        <translation>Es wurde nichts gespeichert. Schließen Sie diesen Dialog und importieren Sie den Feed erneut.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The networks of %1 in the geolocation database</source>
        <translation>Die Netze des Landes %1 in der Geolokalisierungsdatenbank</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the feed a name.</source>
        <translation>Geben Sie dem Feed einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A feed named %1 exists already. Choose another name, or double-click that feed in the Feeds tab to change it.</source>
        <translation>Ein Feed namens %1 existiert bereits. Wählen Sie einen anderen Namen oder doppelklicken Sie im Reiter „Feeds“ auf diesen Feed, um ihn zu ändern.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Use https, or allow fetching over plain HTTP.</source>
        <translation>Verwenden Sie https, oder erlauben Sie das Abrufen über unverschlüsseltes HTTP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list holds networks wider than /8 (IPv6 /16); allow them, or use another list.</source>
        <translation>Die Liste enthält Netze breiter als /8 (IPv6 /16); erlauben Sie sie oder verwenden Sie eine andere Liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This feed cannot be imported as it is; see the preview.</source>
        <translation>Dieser Feed kann so nicht importiert werden; siehe Vorschau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the feed first: Apply loads its list into the firewall.</source>
        <translation>Zeigen Sie zuerst die Vorschau des Feeds an: „Anwenden“ lädt seine Liste in die Firewall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the feed and load its list into the firewall</source>
        <translation>Den Feed speichern und seine Liste in die Firewall laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the feed&apos;s settings</source>
        <translation>Die Einstellungen des Feeds speichern</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a Blocklist File</source>
        <translation>Sperrlistendatei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocklists (*.txt *.netset *.ipset *.list *.csv *.json *.p2p *.dat *.gz *.zip);;All files (*)</source>
        <translation>Sperrlisten (*.txt *.netset *.ipset *.list *.csv *.json *.p2p *.dat *.gz *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the allowlist…</source>
        <translation>Positivliste wird gelesen …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The allowlist could not be read, so this preview does not take it into account. %1</source>
        <translation>Die Positivliste konnte nicht gelesen werden, daher berücksichtigt diese Vorschau sie nicht. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import Feed %1</source>
        <translation>Feed %1 importieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, column %2</source>
        <translation>%1, Spalte %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically (detected: %1)</source>
        <translation>Automatisch erkennen (erkannt: %1)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Load Anyway</source>
        <translation>&amp;Trotzdem laden</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Saving the feed… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>Feed wird gespeichert … Ein Authentifizierungsdialog fragt eventuell nach dem Passwort eines Administrators.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The feed was not saved.</source>
        <translation>Der Feed wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feed %1 saved.</source>
        <translation>Feed %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feed %1 would cut this machine off from what it needs.</source>
        <translation>Der Feed %1 würde diesen Rechner von dem abschneiden, was er braucht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load &amp;Without Those Ranges</source>
        <translation>&amp;Ohne diese Bereiche laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts those ranges on the allowlist, so that no feed blocks them, then loads the rest of the list.</source>
        <translation>Setzt diese Bereiche auf die Freigabeliste, damit kein Feed sie sperrt, und lädt dann den Rest der Liste.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Putting %n range(s) on the allowlist… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>
            <numerusform>%n Bereich wird freigegeben… Ein Anmeldedialog kann nach dem Passwort eines Administrators fragen.</numerusform>
            <numerusform>%n Bereiche werden freigegeben… Ein Anmeldedialog kann nach dem Passwort eines Administrators fragen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept out of feed %1: this machine needs them</source>
        <translation>Aus dem Feed %1 herausgehalten: dieser Rechner braucht sie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was loaded: the ranges could not be put on the allowlist.</source>
        <translation>Nichts wurde geladen: die Bereiche konnten nicht freigegeben werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the list…</source>
        <translation>Liste wird geladen …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Feed %1 loaded: %2 networks added to the firewall, %3 removed.</source>
        <translation>Feed %1 geladen: %2 Netze zur Firewall hinzugefügt, %3 entfernt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the list was cancelled.</source>
        <translation>Das Laden der Liste wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The feed&apos;s settings were saved; its list in the firewall is unchanged. Apply again, or use Refresh Now in the Feeds tab later.</source>
        <translation>Die Einstellungen des Feeds wurden gespeichert; seine Liste in der Firewall ist unverändert. Wenden Sie ihn erneut an oder verwenden Sie später „Jetzt aktualisieren“ im Reiter „Feeds“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The feed&apos;s settings were saved, but its list was not loaded.</source>
        <translation>Die Einstellungen des Feeds wurden gespeichert, aber seine Liste wurde nicht geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last good list stays in force.</source>
        <translation>Die letzte gültige Liste bleibt in Kraft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing from this feed is blocked yet. Apply again once the problem is solved.</source>
        <translation>Aus diesem Feed ist noch nichts gesperrt. Wenden Sie ihn erneut an, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feed %1 saved; its list was not loaded.</source>
        <translation>Feed %1 gespeichert; seine Liste wurde nicht geladen.</translation>
    </message>
</context>
<context>
    <name>Rampart::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+65"/>
        <location line="+411"/>
        <source>Rampart</source>
        <translation>Rampart</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocklist</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the blocklist by address, source or comment</source>
        <translation>Die Sperrliste nach Adresse, Quelle oder Kommentar filtern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the helper for its status and the blocklist again</source>
        <translation>Status und Sperrliste erneut vom Hilfsprogramm abfragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Block…</source>
        <translation>&amp;Sperren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block addresses or networks typed or pasted by hand</source>
        <translation>Von Hand eingegebene oder eingefügte Adressen oder Netze sperren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;apply to Kernel</source>
        <translation>&amp;Erneut in den Kernel übertragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change is stored as it is made. This puts back into the kernel what is missing there, removes what the store does not have and restores the rules, after ipset or iptables were changed by hand.</source>
        <translation>Jede Änderung wird sofort gespeichert. Dies trägt in den Kernel ein, was dort fehlt, entfernt, was die Datenbank nicht hat, und stellt die Regeln wieder her, nachdem ipset oder iptables von Hand geändert wurden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Drop (discard silently)</source>
        <translation>&amp;Verwerfen (stillschweigend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets from blocked sources are discarded without an answer</source>
        <translation>Pakete gesperrter Quellen werden ohne Antwort verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject (answer with an error)</source>
        <translation>&amp;Abweisen (mit einem Fehler antworten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packets from blocked sources are refused with an error, so that they give up at once</source>
        <translation>Pakete gesperrter Quellen werden mit einem Fehler abgewiesen, sodass die Quellen sofort aufgeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roll Back Unless &amp;Confirmed</source>
        <translation>Zurücknehmen, wenn nicht &amp;bestätigt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A verdict change is undone by the helper unless you keep it within %n second(s)</source>
        <translation>
            <numerusform>Ein Wechsel der Aktion wird vom Hilfsprogramm zurückgenommen, wenn Sie ihn nicht binnen %n Sekunde behalten</numerusform>
            <numerusform>Ein Wechsel der Aktion wird vom Hilfsprogramm zurückgenommen, wenn Sie ihn nicht binnen %n Sekunden behalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verdict %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Rampart</source>
        <translation>&amp;Über Rampart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Configure Rampart…</source>
        <translation>Rampart &amp;einrichten …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;irewall</source>
        <translation>&amp;Firewall</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verdict for Blocked Sources</source>
        <translation>Aktion für gesperrte Quellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fee&amp;ds</source>
        <translation>F&amp;eeds</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main Toolbar</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Reapplying the stored blocklist to the kernel…</source>
        <translation>Gespeicherte Sperrliste wird erneut in den Kernel übertragen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored blocklist was not reapplied.</source>
        <translation>Die gespeicherte Sperrliste wurde nicht erneut übertragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reapplied at %1: the kernel matches the store.</source>
        <translation>Um %1 erneut übertragen: Der Kernel entspricht der Datenbank.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Show Commands for Reject…</source>
        <translation>Befehle für Abweisen anzeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Commands for Drop…</source>
        <translation>Befehle für Verwerfen anzeigen…</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Waiting for authentication…</source>
        <translation>Warte auf Anmeldung…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Authenticated: you may change the firewall.</source>
        <translation>Angemeldet: Sie dürfen die Firewall ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>polkit could not be asked: %1</source>
        <translation>polkit konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Authenticate Again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>The verdict was not changed.</source>
        <translation>Die Aktion wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packets from blocked sources are now dropped.</source>
        <translation>Pakete gesperrter Quellen werden jetzt verworfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets from blocked sources are now rejected.</source>
        <translation>Pakete gesperrter Quellen werden jetzt abgewiesen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>About Rampart</source>
        <translation>Über Rampart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Geolocation: %1, built %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geolokalisierung: %1, erstellt am %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Geolocation: no database (%1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geolokalisierung: keine Datenbank (%1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rampart %1&lt;/h3&gt;&lt;p&gt;Blocks abusive addresses and networks in the kernel firewall, by hand or from public blocklists, and puts them back at boot.&lt;/p&gt;&lt;p&gt;Every change goes through a small root helper that asks polkit first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rampart %1&lt;/h3&gt;&lt;p&gt;Sperrt missbräuchliche Adressen und Netze in der Kernel-Firewall, von Hand oder aus öffentlichen Sperrlisten, und stellt die Sperren beim Systemstart wieder her.&lt;/p&gt;&lt;p&gt;Jede Änderung läuft über ein kleines Hilfsprogramm mit Root-Rechten, das zuerst polkit fragt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;The default country database is geo-whois-asn-country from ip-location-db, made from data of the Number Resource Organization (NRO), licensed under CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Standard-Länderdatenbank ist geo-whois-asn-country aus ip-location-db, erstellt aus Daten der Number Resource Organization (NRO), lizenziert unter CC BY 4.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Rampart::MessageArea</name>
    <message>
        <location filename="../ui/messagearea.cpp" line="+39"/>
        <source>Show the messages so far, in full</source>
        <translation>Die bisherigen Meldungen vollständig anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>Rampart::Net</name>
    <message>
        <location filename="../common/net/cidr.cpp" line="+41"/>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a leading zero, which some tools read as octal; write it without</source>
        <translation>%1 hat eine führende Null, die manche Werkzeuge als Oktalzahl lesen; schreiben Sie sie ohne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a part above 255</source>
        <translation>%1 enthält eine Zahl über 255</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>%1 is not an IPv4 address (four numbers separated by dots)</source>
        <translation>%1 ist keine IPv4-Adresse (vier durch Punkte getrennte Zahlen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has a zone index, which a firewall set cannot hold</source>
        <translation>%1 enthält einen Zonenindex, den ein Firewall-Set nicht aufnehmen kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>%1 is not an IPv6 address</source>
        <translation>%1 ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>an empty item is not an address</source>
        <translation>ein leerer Eintrag ist keine Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is longer than any address (%2 characters)</source>
        <translation>%1 ist länger als jede Adresse (%2 Zeichen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has a prefix length that is not a plain number</source>
        <translation>%1 hat eine Präfixlänge, die keine einfache Zahl ist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not an IPv6 network</source>
        <translation>%1 ist kein IPv6-Netz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an IPv4 network</source>
        <translation>%1 ist kein IPv4-Netz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has a prefix longer than /%2</source>
        <translation>%1 hat ein Präfix länger als /%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has bits set after the prefix; the network is %2</source>
        <translation>%1 hat gesetzte Bits nach dem Präfix; das Netz lautet %2</translation>
    </message>
    <message>
        <location filename="../common/net/hostnetworks.cpp" line="+119"/>
        <location line="+20"/>
        <source>a gateway on %1</source>
        <translation>ein Gateway an %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this machine&apos;s own network on %1</source>
        <translation>das eigene Netz dieses Rechners an %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>link-local</source>
        <translation>der Link-Local-Bereich</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>a DNS server of this machine</source>
        <translation>ein DNS-Server dieses Rechners</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>where %1&apos;s login session on %2 comes from</source>
        <translation>die Herkunft der Sitzung von %1 an %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>where your SSH session comes from</source>
        <translation>die Herkunft Ihrer SSH-Sitzung</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>this machine&apos;s address on %1</source>
        <translation>die Adresse dieses Rechners an %1</translation>
    </message>
</context>
<context>
    <name>Rampart::Rules</name>
    <message>
        <location filename="../common/rules/entryrules.cpp" line="+21"/>
        <location line="+1"/>
        <source>%1 covers loopback (%2)</source>
        <translation>%1 umfasst Loopback (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 covers the unspecified address (%2)</source>
        <translation>%1 umfasst die unspezifizierte Adresse (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1 covers multicast (%2), which is never a source</source>
        <translation>%1 umfasst Multicast (%2), das nie eine Quelle ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 covers every address; refusing to block it</source>
        <translation>%1 umfasst alle Adressen; Sperre verweigert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 covers every address; allowing it would switch every feed off</source>
        <translation>%1 umfasst alle Adressen; es auf die Positivliste zu setzen, würde alle Feeds abschalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 covers every address</source>
        <translation>%1 umfasst alle Adressen</translation>
    </message>
    <message>
        <location filename="../common/rules/requestrules.cpp" line="+123"/>
        <source>the comment is %1 characters long; the limit is %2</source>
        <translation>der Kommentar ist %1 Zeichen lang; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the comment %1 holds a control or invisible formatting character</source>
        <translation>der Kommentar %1 enthält ein Steuerzeichen oder ein unsichtbares Formatierungszeichen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a feed name: use up to %2 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1 ist kein Feed-Name: Verwenden Sie bis zu %2 Kleinbuchstaben, Ziffern, „.“, „_“ und „-“, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a feed location: give an http or https URL, an absolute path of at most %2 characters or country:CC</source>
        <translation>%1 ist kein Ort für einen Feed: Geben Sie eine http- oder https-URL, einen absoluten Pfad mit höchstens %2 Zeichen oder country:CC an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 with %2: a country&apos;s networks have the format &quot;country&quot;, and only they</source>
        <translation>%1 mit %2: Die Netze eines Landes haben das Format „country“, und nur sie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a feed format</source>
        <translation>%1 ist kein Feed-Format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a checksum URL</source>
        <translation>%1 ist keine Prüfsummen-URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 comes over plain http, which anyone on the network path can change into a list that blocks everything: use https, give an https checksum URL, or add the feed as insecure</source>
        <translation>%1 kommt über unverschlüsseltes http, das jeder auf dem Netzweg in eine Liste verwandeln kann, die alles sperrt: Verwenden Sie https, geben Sie eine https-Prüfsummen-URL an oder fügen Sie den Feed als unsicher hinzu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a refresh every %1 s is outside %2 s to %3 s (0: only when asked)</source>
        <translation>eine Aktualisierung alle %1 s liegt außerhalb von %2 s bis %3 s (0: nur auf Anfrage)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a feed cannot shrink by %1 %</source>
        <translation>ein Feed kann nicht um %1 % schrumpfen</translation>
    </message>
    <message>
        <location filename="../common/rules/lockoutguard.cpp" line="+80"/>
        <source>%1 is wider than a /%2</source>
        <translation>%1 ist breiter als ein /%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Covers %1, %2</source>
        <translation>Deckt %1 ab: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers part of %1, %2</source>
        <translation>Deckt einen Teil von %1 ab: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 covers %2, %3</source>
        <translation>%1 deckt %2 ab: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 covers part of %2, %3</source>
        <translation>%1 deckt einen Teil von %2 ab: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>allowlisted</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowlisted (%1)</source>
        <translation>freigegeben (%1)</translation>
    </message>
</context>
<context>
    <name>Rampart::ScriptHighlighter</name>
    <message>
        <location filename="../ui/scripthighlighter.cpp" line="+97"/>
        <source>The syntax definition %1 could not be read: %2</source>
        <translation>Die Syntaxdefinition %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The syntax definition %1 is not valid XML: %2</source>
        <translation>Die Syntaxdefinition %1 ist kein gültiges XML: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The syntax definition %1 has no contexts.</source>
        <translation>Die Syntaxdefinition %1 hat keine Kontexte.</translation>
    </message>
</context>
<context>
    <name>Rampart::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+28"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geolocation Database</source>
        <translation>Geolokalisierungsdatenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find one in the usual places</source>
        <translation>An den üblichen &amp;Orten suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use this file or folder:</source>
        <translation>Diese Datei oder diesen Ordner &amp;verwenden:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/var/lib/GeoIP/GeoLite2-Country.mmdb</source>
        <translation>/var/lib/GeoIP/GeoLite2-Country.mmdb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Used by the Country column, by rampartctl geo and by country feeds, which follow the database when it changes.</source>
        <translation>Wird von der Spalte Land, von rampartctl geo und von Länder-Feeds verwendet, die der Datenbank folgen, wenn sie sich ändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Online Details</source>
        <translation>Online-Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up &amp;city and ISP online</source>
        <translation>&amp;Stadt und Internetanbieter online nachschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A service that takes a POST of up to 100 addresses as a JSON array and answers as ip-api.com&apos;s batch endpoint does</source>
        <translation>Ein Dienst, der per POST bis zu 100 Adressen als JSON-Array annimmt und so antwortet wie der Batch-Endpunkt von ip-api.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service &amp;URL:</source>
        <translation>Dienst-&amp;URL:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a Geolocation Database</source>
        <translation>Geolokalisierungsdatenbank auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MaxMind databases (*.mmdb);;All files (*)</source>
        <translation>MaxMind-Datenbanken (*.mmdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In use: %1 (%2), built %3.</source>
        <translation>In Verwendung: %1 (%2), erstellt am %3.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Give a database file, or a folder that holds one.</source>
        <translation>Geben Sie eine Datenbankdatei an oder einen Ordner, der eine enthält.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not an http or https address.</source>
        <translation>%1 ist keine http- oder https-Adresse.</translation>
    </message>
</context>
<context>
    <name>Rampart::Widgets</name>
    <message>
        <location filename="../ui/forceblockquestion.cpp" line="+17"/>
        <source>Block even so?</source>
        <translation>Trotzdem sperren?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Block Anyway</source>
        <translation>&amp;Trotzdem sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
