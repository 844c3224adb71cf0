<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Rampart</name>
    <message>
        <location filename="../app/net/cidr.cpp" line="+47"/>
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
        <location line="+86"/>
        <source>an empty item is not an address</source>
        <translation>ein leerer Eintrag ist keine Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is longer than any address (%2 characters)</source>
        <translation>%1 ist länger als jede Adresse (%2 Zeichen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has a prefix length that is not a plain number</source>
        <translation>%1 hat eine Präfixlänge, die keine einfache Zahl ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an IPv6 network</source>
        <translation>%1 ist kein IPv6-Netz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an IPv4 network</source>
        <translation>%1 ist kein IPv4-Netz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has a prefix longer than /%2</source>
        <translation>%1 hat ein Präfix länger als /%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has bits set after the prefix; the network is %2</source>
        <translation>%1 hat gesetzte Bits nach dem Präfix; das Netz lautet %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 covers every address; refusing to block it</source>
        <translation>%1 umfasst alle Adressen; Sperre verweigert</translation>
    </message>
</context>
<context>
    <name>Rampart::BlockDialog</name>
    <message>
        <location filename="../ui/blockdialog.cpp" line="+51"/>
        <source>Rampart</source>
        <translation>Rampart</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Block</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block Addresses</source>
        <translation>Adressen sperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>203.0.113.7
198.51.100.0/24, 2001:db8::/32

Paste addresses and networks separated by lines, commas or spaces. Text after # is ignored.</source>
        <translation>203.0.113.7
198.51.100.0/24, 2001:db8::/32

Fügen Sie Adressen und Netze ein, getrennt durch Zeilenumbrüche, Kommas oder Leerzeichen. Text nach # wird ignoriert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Addresses or networks:</source>
        <translation>&amp;Adressen oder Netze:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click an item to select it in the text.</source>
        <translation>Klicken Sie auf einen Eintrag, um ihn im Text zu markieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Permanently</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why, for the record (optional)</source>
        <translation>Grund, fürs Protokoll (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;omment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+119"/>
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
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Waiting for the helper… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>Warten auf das Hilfsprogramm … Ein Authentifizierungsdialog fragt eventuell nach dem Passwort eines Administrators.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+15"/>
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
        <location filename="../ui/blocklistmodel.cpp" line="+89"/>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../ui/mainwindow.cpp" line="+285"/>
        <source>in %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+90"/>
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
    <name>Rampart::Cidr</name>
    <message>
        <location filename="../app/net/cidr.cpp" line="+9"/>
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
        <location line="+2"/>
        <source>%1 covers multicast (%2), which is never a source</source>
        <translation>%1 umfasst Multicast (%2), das nie eine Quelle ist</translation>
    </message>
</context>
<context>
    <name>Rampart::Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="+32"/>
        <source>Usage: rampartctl COMMAND [OPTIONS]

Commands:
  block ADDRESS|CIDR... [--timeout DURATION] [--comment TEXT]
                        block sources (DURATION: 90s, 15m, 1h, 2d, 1w;
                        permanent without --timeout)
  unblock ADDRESS|CIDR...
                        remove sources from the blocklist
  list [--json]         show the blocklist
  status [--json]       show the helper, the sets and the rules
  save                  bring the kernel in line with the store and sync it
  verdict drop|reject   choose what happens to packets from blocked sources

Exit status: 0 done, 1 refused or invalid (the reason is on standard error),
2 usage error.
</source>
        <translation>Aufruf: rampartctl BEFEHL [OPTIONEN]

Befehle:
  block ADRESSE|CIDR... [--timeout DAUER] [--comment TEXT]
                        Quellen sperren (DAUER: 90s, 15m, 1h, 2d, 1w;
                        ohne --timeout dauerhaft)
  unblock ADRESSE|CIDR...
                        Quellen von der Sperrliste nehmen
  list [--json]         die Sperrliste anzeigen
  status [--json]       Hilfsprogramm, Sets und Regeln anzeigen
  save                  den Kernel mit der Datenbank abgleichen und sie sichern
  verdict drop|reject   festlegen, was mit Paketen gesperrter Quellen geschieht

Exit-Status: 0 erledigt, 1 abgelehnt oder ungültig (der Grund steht auf der
Standardfehlerausgabe), 2 Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+18"/>
        <location line="+19"/>
        <location line="+80"/>
        <source>rampartctl: %1</source>
        <translation>rampartctl: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-112"/>
        <source>rampartctl: %n invalid item(s); nothing was blocked.</source>
        <translation>
            <numerusform>rampartctl: %n ungültiger Eintrag; nichts wurde gesperrt.</numerusform>
            <numerusform>rampartctl: %n ungültige Einträge; nichts wurde gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>rampartctl: %n invalid item(s); nothing was unblocked.</source>
        <translation>
            <numerusform>rampartctl: %n ungültiger Eintrag; nichts wurde entsperrt.</numerusform>
            <numerusform>rampartctl: %n ungültige Einträge; nichts wurde entsperrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How long the block lasts.</source>
        <translation>Wie lange die Sperre gilt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for the record.</source>
        <translation>Grund, fürs Protokoll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rampartctl: block needs at least one address or network</source>
        <translation>rampartctl: block braucht mindestens eine Adresse oder ein Netz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rampartctl: %1 is not a duration; use for example 90s, 15m, 1h, 2d or 1w</source>
        <translation>rampartctl: %1 ist keine Dauer; verwenden Sie zum Beispiel 90s, 15m, 1h, 2d oder 1w</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: the kernel cannot time out a block after more than %1; leave out --timeout to block permanently</source>
        <translation>rampartctl: der Kernel kann eine Sperre höchstens %1 lang befristen; lassen Sie --timeout weg, um dauerhaft zu sperren</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+9"/>
        <source>rampartctl: unblock needs at least one address or network</source>
        <translation>rampartctl: unblock braucht mindestens eine Adresse oder ein Netz</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
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
        <location line="+8"/>
        <location line="+51"/>
        <source>Write JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>rampartctl: list takes no arguments besides --json</source>
        <translation>rampartctl: list nimmt außer --json keine Argumente</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ENTRY</source>
        <translation>EINTRAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PACKETS</source>
        <translation>PAKETE</translation>
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
        <location line="+3"/>
        <source>in %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location line="-62"/>
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
        <location line="+38"/>
        <source>Helper: reachable</source>
        <translation>Hilfsprogramm: erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Last save: %1</source>
        <translation>Zuletzt gesichert: %1</translation>
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
        <location line="+10"/>
        <source>rampartctl: verdict takes one argument, drop or reject</source>
        <translation>rampartctl: verdict nimmt ein Argument, drop oder reject</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packets from blocked sources are now handled with %1.</source>
        <translation>Pakete gesperrter Quellen werden jetzt mit %1 behandelt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>rampartctl: unknown command %1</source>
        <translation>rampartctl: unbekannter Befehl %1</translation>
    </message>
</context>
<context>
    <name>Rampart::Duration</name>
    <message numerus="yes">
        <location filename="../app/cli/duration.cpp" line="+44"/>
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
    <name>Rampart::HelperClient</name>
    <message>
        <location filename="../app/client/helperclient.cpp" line="+77"/>
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
        <location line="+13"/>
        <source>The helper&apos;s listing is in a format this version of Rampart does not know.</source>
        <translation>Die Liste des Hilfsprogramms liegt in einem Format vor, das diese Version von Rampart nicht kennt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 of the helper&apos;s listing is damaged.</source>
        <translation>Zeile %1 der Liste des Hilfsprogramms ist beschädigt.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <source>The request is too large: %1.</source>
        <translation>Die Anfrage ist zu groß: %1.</translation>
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
        <location line="+1"/>
        <source>The helper reported an error: %1 (%2).</source>
        <translation>Das Hilfsprogramm hat einen Fehler gemeldet: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Rampart::HelperStatusWidget</name>
    <message>
        <location filename="../ui/helperstatuswidget.cpp" line="+30"/>
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
        <location line="+55"/>
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
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln entry(ies) active (IPv4 %1, IPv6 %2)</source>
        <translation>
            <numerusform>%Ln Eintrag aktiv (IPv4 %1, IPv6 %2)</numerusform>
            <numerusform>%Ln Einträge aktiv (IPv4 %1, IPv6 %2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kernel in sync, rules in place</source>
        <translation>Kernel synchron, Regeln vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel out of sync and rules missing: Save to repair</source>
        <translation>Kernel nicht synchron und Regeln fehlen: zum Reparieren sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firewall rules missing: Save to put them back</source>
        <translation>Firewall-Regeln fehlen: zum Wiederherstellen sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel out of sync with the store: Save to repair</source>
        <translation>Kernel nicht synchron mit der Datenbank: zum Reparieren sichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last save %1</source>
        <translation>Zuletzt gesichert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never saved</source>
        <translation>Nie gesichert</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>Rampart::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-217"/>
        <location line="+447"/>
        <source>Rampart</source>
        <translation>Rampart</translation>
    </message>
    <message>
        <location line="-433"/>
        <source>Live connections to this machine will be listed here, grouped by address, network or country, so that a source can be blocked with a right click.</source>
        <translation>Hier erscheinen die aktuellen Verbindungen zu diesem Rechner, gruppiert nach Adresse, Netz oder Land, sodass sich eine Quelle per Rechtsklick sperren lässt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocklist</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public blocklists imported from files or URLs will be listed here, with their refresh schedule and health.</source>
        <translation>Hier erscheinen öffentliche Sperrlisten, die aus Dateien oder von URLs importiert wurden, mit ihrem Aktualisierungsplan und Zustand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the blocklist, what and when will be shown here, with Undo.</source>
        <translation>Hier erscheint, wer wann was an der Sperrliste geändert hat, mit der Möglichkeit zum Rückgängigmachen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the helper for its status and the blocklist again</source>
        <translation>Status und Sperrliste erneut vom Hilfsprogramm abfragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Block…</source>
        <translation>&amp;Sperren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block addresses or networks typed or pasted by hand</source>
        <translation>Von Hand eingegebene oder eingefügte Adressen oder Netze sperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unblock Selected</source>
        <translation>Auswahl &amp;entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected entries from the blocklist</source>
        <translation>Die ausgewählten Einträge von der Sperrliste nehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>S&amp;ichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring the kernel in line with the store, put missing rules back and write the store to disk</source>
        <translation>Den Kernel mit der Datenbank abgleichen, fehlende Regeln wiederherstellen und die Datenbank auf die Festplatte schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+10"/>
        <source>&amp;About Rampart</source>
        <translation>&amp;Über Rampart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;irewall</source>
        <translation>&amp;Firewall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verdict for Blocked Sources</source>
        <translation>Aktion für gesperrte Quellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main Toolbar</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter by address, source or comment (Ctrl+F)</source>
        <translation>Nach Adresse, Quelle oder Kommentar filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Copy Entries</source>
        <translation>Einträge &amp;kopieren</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The blocklist could not be read. %1</source>
        <translation>Die Sperrliste konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The blocklist was not saved.</source>
        <translation>Die Sperrliste wurde nicht gesichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved at %1: the kernel matches the store.</source>
        <translation>Um %1 gesichert: Der Kernel stimmt mit der Datenbank überein.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+13"/>
        <source>About Rampart</source>
        <translation>Über Rampart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Rampart %1&lt;/h3&gt;&lt;p&gt;Blocks abusive addresses and networks in the kernel firewall, by hand or from public blocklists, and puts them back at boot.&lt;/p&gt;&lt;p&gt;Every change goes through a small root helper that asks polkit first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rampart %1&lt;/h3&gt;&lt;p&gt;Sperrt missbräuchliche Adressen und Netze in der Kernel-Firewall, von Hand oder aus öffentlichen Sperrlisten, und stellt die Sperren beim Systemstart wieder her.&lt;/p&gt;&lt;p&gt;Jede Änderung läuft über ein kleines Hilfsprogramm mit Root-Rechten, das zuerst polkit fragt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+40"/>
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
</TS>
