<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Rampart::AllowlistDialog</name>
    <message>
        <location filename="../ui/allowlistdialog.cpp" line="+76"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+201"/>
        <source>Allowlist</source>
        <translation>Liste d’autorisation</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>No feed blocks these networks, whatever it lists. Addresses blocked by hand are not affected.</source>
        <translation>Aucun flux ne bloque ces réseaux, quoi qu’il contienne. Les adresses bloquées à la main ne sont pas concernées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>198.51.100.7, 203.0.113.0/24, 2001:db8::/48 — separated by lines, commas or spaces</source>
        <translation>198.51.100.7, 203.0.113.0/24, 2001:db8::/48 — séparés par des retours à la ligne, des virgules ou des espaces</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whose, or why (optional)</source>
        <translation>À qui, ou pourquoi (facultatif)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A&amp;dd:</source>
        <translation>Ajou&amp;ter&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;omment:</source>
        <translation>C&amp;ommentaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The allowlist could not be read. %1</source>
        <translation>La liste d’autorisation n’a pas pu être lue. %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct or remove these first:</source>
        <translation>Corrigez ou retirez d’abord ceux-ci&#xa0;:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Adding, and applying every feed again… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>Ajout et nouvelle application de tous les flux… Une fenêtre d’authentification peut demander le mot de passe d’un administrateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was added to the allowlist.</source>
        <translation>Rien n’a été ajouté à la liste d’autorisation.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Added %Ln network(s) to the allowlist.</source>
        <translation>
            <numerusform>%Ln réseau ajouté à la liste d’autorisation.</numerusform>
            <numerusform>%Ln réseaux ajoutés à la liste d’autorisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removing, and applying every feed again… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>Retrait et nouvelle application de tous les flux… Une fenêtre d’authentification peut demander le mot de passe d’un administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was removed from the allowlist.</source>
        <translation>Rien n’a été retiré de la liste d’autorisation.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Removed %Ln network(s) from the allowlist.</source>
        <translation>
            <numerusform>%Ln réseau retiré de la liste d’autorisation.</numerusform>
            <numerusform>%Ln réseaux retirés de la liste d’autorisation.</numerusform>
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
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unblock</source>
        <translation>Déb&amp;loquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Co&amp;mmands…</source>
        <translation>Afficher les co&amp;mmandes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block Addresses</source>
        <translation>Bloquer des adresses</translation>
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

Collez des adresses, des réseaux et des plages séparés par des retours à la ligne, des virgules ou des espaces. Le texte qui suit # est ignoré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Addresses or networks:</source>
        <translation>&amp;Adresses ou réseaux&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click an item to select it in the text.</source>
        <translation>Cliquez sur un élément pour le sélectionner dans le texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranges are sent as the networks that cover them. Click one to select it in the text.</source>
        <translation>Les plages sont envoyées comme les réseaux qui les couvrent. Cliquez sur l’une d’elles pour la sélectionner dans le texte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Permanently</source>
        <translation>Définitivement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example 90m, 12h, 3d or 2w</source>
        <translation>Par exemple 90m, 12h, 3d ou 2w</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number and a unit: s for seconds, m minutes, h hours, d days, w weeks.</source>
        <translation>Un nombre et une unité&#xa0;: s pour les secondes, m les minutes, h les heures, d les jours, w les semaines.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why, for the record (optional)</source>
        <translation>Motif, pour mémoire (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;omment:</source>
        <translation>C&amp;ommentaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the ipset and iptables commands the block would run, without blocking.</source>
        <translation>Afficher les commandes ipset et iptables que le blocage exécuterait, sans bloquer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Blocks for %1.</source>
        <translation>Bloque pendant %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to block yet.</source>
        <translation>Rien à bloquer pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln valid entry(ies)</source>
        <translation>
            <numerusform>%Ln entrée valide</numerusform>
            <numerusform>%Ln entrées valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln duplicate(s) ignored</source>
        <translation>
            <numerusform>%Ln doublon ignoré</numerusform>
            <numerusform>%Ln doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invalid item(s) left out:</source>
        <translation>
            <numerusform>%Ln élément invalide écarté&#xa0;:</numerusform>
            <numerusform>%Ln éléments invalides écartés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many for one request; the limit is %1.</source>
        <translation>trop pour une seule requête&#xa0;; la limite est de %1.</translation>
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
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+24"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Line %1, column %2: %3 becomes %4</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3 devient %4</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Block %n entry(ies)</source>
        <translation>
            <numerusform>Bloquer %n entrée</numerusform>
            <numerusform>Bloquer %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for the helper… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>En attente de l’assistant… Une fenêtre d’authentification peut demander le mot de passe d’un administrateur.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nothing was blocked.</source>
        <translation>Rien n’a été bloqué.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Blocked %n entry(ies) for %1.</source>
        <translation>
            <numerusform>%n entrée bloquée pour %1.</numerusform>
            <numerusform>%n entrées bloquées pour %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Blocked %n entry(ies) permanently.</source>
        <translation>
            <numerusform>%n entrée bloquée définitivement.</numerusform>
            <numerusform>%n entrées bloquées définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was unblocked.</source>
        <translation>Rien n’a été débloqué.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Unblocked %n entry(ies).</source>
        <translation>
            <numerusform>%n entrée débloquée.</numerusform>
            <numerusform>%n entrées débloquées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not blocked, left as is: %1</source>
        <translation>Non bloqués, laissés tels quels&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rampart::BlocklistModel</name>
    <message>
        <location filename="../ui/blocklistmodel.cpp" line="+210"/>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/blocklisttab.cpp" line="+125"/>
        <source>in %1</source>
        <translation>dans %1</translation>
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
        <translation>Octets&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No packet seen since the window began watching</source>
        <translation>Aucun paquet vu depuis que la fenêtre observe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packets dropped per second since the listing before</source>
        <translation>Paquets jetés par seconde depuis la liste précédente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packets</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Hit</source>
        <translation>Dernier impact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
</context>
<context>
    <name>Rampart::BlocklistTab</name>
    <message>
        <location filename="../ui/blocklisttab.cpp" line="-70"/>
        <source>&amp;Unblock Selected</source>
        <translation>&amp;Débloquer la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected entries from the blocklist</source>
        <translation>Retirer les entrées sélectionnées de la liste de blocage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by address or network (finds what covers it), source or comment (Ctrl+F)</source>
        <translation>Filtrer par adresse ou réseau (trouve ce qui le couvre), source ou commentaire (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the entries of one source only</source>
        <translation>N’afficher que les entrées d’une seule source</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Copy Entries</source>
        <translation>&amp;Copier les entrées</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The blocklist could not be read. %1</source>
        <translation>La liste de blocage n’a pas pu être lue. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unblock Entries</source>
        <translation>Débloquer des entrées</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unblock %Ln selected entry(ies)?</source>
        <translation>
            <numerusform>Débloquer %Ln entrée sélectionnée&#xa0;?</numerusform>
            <numerusform>Débloquer les %Ln entrées sélectionnées&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unblock</source>
        <translation>Déb&amp;loquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unblocking…</source>
        <translation>Déblocage…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was unblocked.</source>
        <translation>Rien n’a été débloqué.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Unblocked %n entry(ies).</source>
        <translation>
            <numerusform>%n entrée débloquée.</numerusform>
            <numerusform>%n entrées débloquées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not blocked, left as is: %1</source>
        <translation>Non bloqués, laissés tels quels&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading the blocklist…</source>
        <translation>Chargement de la liste de blocage…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%L1 of %Ln entry(ies) shown</source>
        <translation>
            <numerusform>%L1 affichée sur %Ln entrée</numerusform>
            <numerusform>%L1 affichées sur %Ln entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::ChangePermission</name>
    <message>
        <location filename="../ui/changepermission.cpp" line="+48"/>
        <source>Your account may not change the firewall: polkit does not grant it org.rampart.manage. Ask an administrator.</source>
        <translation>Votre compte ne peut pas modifier le pare-feu&#xa0;: polkit ne lui accorde pas org.rampart.manage. Demandez à un administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not authorized to change the firewall: %1.</source>
        <translation>Modification du pare-feu non autorisée&#xa0;: %1.</translation>
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
        <translation>Utilisation&#xa0;: rampartctl aggregate [--except FICHIER]... [--format FORMAT] FICHIER...
Affiche le moins de réseaux possible couvrant les adresses des fichiers, hors
celles des fichiers --except&#xa0;; - lit l’entrée standard. FORMAT&#xa0;: auto (par
défaut), lines, separated, ranges, p2p, dshield, csv ou json.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/cli/geocommand.cpp" line="+256"/>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/geocommand.cpp" line="-1"/>
        <source>rampartctl: cannot read %1: %2</source>
        <translation>rampartctl: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
            <numerusform>rampartctl: %1: %n autre élément invalide non affiché</numerusform>
            <numerusform>rampartctl: %1: %n autres éléments invalides non affichés</numerusform>
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
        <translation>Exclure les adresses de ce fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/geocommand.cpp" line="-42"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the files are written.</source>
        <translation>Format des fichiers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/feedcommands.cpp" line="+238"/>
        <location line="+234"/>
        <source>format</source>
        <translation>format</translation>
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
        <translation>rampartctl: aggregate attend au moins un fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rampartctl: %1 is not a feed format</source>
        <translation>rampartctl: %1 n’est pas un format de flux</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="+35"/>
        <source>rampartctl: %n invalid item(s); nothing was blocked.</source>
        <translation>
            <numerusform>rampartctl&#xa0;: %n élément invalide&#xa0;; rien n’a été bloqué.</numerusform>
            <numerusform>rampartctl&#xa0;: %n éléments invalides&#xa0;; rien n’a été bloqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>rampartctl: %n invalid item(s); nothing was unblocked.</source>
        <translation>
            <numerusform>rampartctl&#xa0;: %n élément invalide&#xa0;; rien n’a été débloqué.</numerusform>
            <numerusform>rampartctl&#xa0;: %n éléments invalides&#xa0;; rien n’a été débloqué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-136"/>
        <source>%1 (IPv%2): the RAMPART jump is MISSING (run rampartctl save)</source>
        <translation>%1 (IPv%2)&#xa0;: le saut vers RAMPART est ABSENT (lancez rampartctl save)</translation>
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
        <translation>Utilisation&#xa0;: rampartctl COMMANDE [OPTIONS]

Commandes&#xa0;:
  block ADRESSE|CIDR... [--timeout DURÉE] [--comment TEXTE] [--force]
        [--confirm-within DURÉE] [--show-commands]
                        bloquer des sources (DURÉE&#xa0;: 90s, 15m, 1h, 2d, 1w&#xa0;;
                        définitif sans --timeout)&#xa0;; --force bloque aussi
                        ce dont cette machine a besoin (ses adresses et
                        réseaux, passerelles, serveurs DNS, pairs des sessions
                        ouvertes, l’espace lien-local, les réseaux de la liste
                        d’autorisation) et les réseaux plus larges que /8
                        (IPv6 /16)
  unblock ADRESSE|CIDR... [--show-commands]
                        retirer des sources de la liste de blocage
  list [--rate] [--json]
                        afficher la liste de blocage avec les paquets et octets
                        de chaque entrée&#xa0;; --rate la lit deux fois, à une
                        seconde d’intervalle, pour le débit et le dernier impact
  why ADRESSE|CIDR... [--rate] [--json]
                        les entrées, flux et pays qui bloquent chaque adresse
                        ou réseau, et les entrées contenues dans chaque réseau,
                        avec source, commentaire, date, expiration, paquets et octets&#xa0;;
                        code de sortie 1 si l’un d’eux n’est pas bloqué du tout
  status [--json]       afficher l’assistant, les ensembles et les règles
  save                  chaque modification est enregistrée aussitôt faite&#xa0;; ceci
                        réapplique la base au noyau et remet les règles, après
                        une modification à la main d’ipset ou d’iptables
  verdict drop|reject [--confirm-within DURÉE] [--show-commands]
                        choisir le sort des paquets des sources bloquées
  history [--since MOMENT] [--limit N] [--json]
                        qui a modifié quoi, du plus récent au plus ancien
                        (MOMENT&#xa0;: 1h, 2d ou une date ISO&#xa0;; sans --since ni
                        --limit, les 50 plus récentes)
  undo [ID] [--json]    annuler la ligne ID de l’historique, ou votre propre
                        dernière modification
  confirm ID [--json]   garder une modification faite avec --confirm-within&#xa0;;
                        sans cela à temps, l’assistant l’annule de lui-même
  import FICHIER|URL|country:CC [--format F] [--source NOM] [--dry-run] [--force]
         [--insecure] [--allow-broad] [--confirm-within DURÉE] [--json]
         [--show-commands]
                        importer une liste de blocage (F&#xa0;: auto, lines,
                        separated, ranges, p2p, dshield, json, csv ou
                        csv:COLONNE)&#xa0;; chaque ligne invalide est signalée
                        et le reste est importé&#xa0;; country:CC désigne tous les
                        réseaux que la base de géolocalisation place dans le pays CC
  --show-commands       afficher les commandes ipset et iptables que la
                        modification exécuterait, en script shell, sans rien
                        modifier
  feeds add NOM FICHIER|URL|country:CC [--format F] [--every DURÉE]
            [--checksum URL] [--max-shrink POURCENTAGE] [--insecure] [--allow-broad]
                        --insecure récupère une liste en http:// non chiffré
                        sans somme de contrôle https&#xa0;; --allow-broad permet
                        à la liste de contenir des réseaux plus larges que /8
                        (IPv6 /16)
  feeds list [--json]   feeds remove NOM
  feeds update [NOM...] [--force]
                        actualiser les flux nommés, ou ceux qui sont dus
  allow ADRESSE|CIDR... [--comment TEXTE]   allow --remove ADRESSE|CIDR...
  allow --list [--json] réseaux qu’aucun flux ne bloque
  aggregate [--except FICHIER]... [--format F] FICHIER...
                        afficher le moins de réseaux possible couvrant les
                        adresses des fichiers (comme iprange&#xa0;; - lit
                        l’entrée standard)
  connections [--group ip|24|16] [--top N] [--json]
                        qui est connecté en ce moment, par adresse ou réseau
                        distant, les plus actifs d’abord, avec l’entrée de la
                        liste de blocage qui couvre chacun
  geo ADRESSE...|- [--database FICHIER] [--json]
                        pays, ASN et organisation de chaque adresse, d’après
                        la base de géolocalisation locale (- lit l’entrée
                        standard)

Code de sortie&#xa0;: 0 effectué, 1 refusé ou invalide (la raison est donnée sur la
sortie d’erreur), 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Changes: allowed for you</source>
        <translation>Modifications&#xa0;: autorisées pour vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes: allowed after authenticating as an administrator</source>
        <translation>Modifications&#xa0;: autorisées après authentification en tant qu’administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes: not allowed for you (polkit denies org.rampart.manage)</source>
        <translation>Modifications&#xa0;: non autorisées pour vous (polkit refuse org.rampart.manage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes: unknown (polkit could not be asked: %1)</source>
        <translation>Modifications&#xa0;: inconnu (polkit n’a pas pu être interrogé&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (IPv%2): the RAMPART jump is rule 1 of %3, the first</source>
        <translation>%1 (IPv%2)&#xa0;: le saut vers RAMPART est la règle 1 sur %3, la première</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (IPv%2): the RAMPART jump is rule %3 of %4; rules above it see packets first</source>
        <translation>%1 (IPv%2)&#xa0;: le saut vers RAMPART est la règle %3 sur %4&#xa0;; les règles au-dessus voient les paquets d’abord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How long the block lasts.</source>
        <translation>Durée du blocage.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/confirmcommand.cpp" line="+16"/>
        <location filename="../app/cli/feedcommands.cpp" line="-396"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/feedcommands.cpp" line="+391"/>
        <source>Why, for the record.</source>
        <translation>Motif, pour mémoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/feedcommands.cpp" line="+1"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block even what this machine needs (its addresses and networks, gateways, DNS servers, the peers of logged-in sessions, link-local space, allowlisted networks) and networks wider than /8 (IPv6 /16).</source>
        <translation>Bloquer même ce dont cette machine a besoin (ses adresses et réseaux, passerelles, serveurs DNS, pairs des sessions ouvertes, l’espace lien-local, les réseaux de la liste d’autorisation) et les réseaux plus larges que /8 (IPv6 /16).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the commands the block would run, and block nothing.</source>
        <translation>Afficher les commandes que le blocage exécuterait, et ne rien bloquer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rampartctl: block needs at least one address or network</source>
        <translation>rampartctl: block attend au moins une adresse ou un réseau</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/confirmcommand.cpp" line="+11"/>
        <source>rampartctl: %1 is not a duration; use for example 90s, 15m, 1h, 2d or 1w</source>
        <translation>rampartctl: %1 n’est pas une durée&#xa0;; utilisez par exemple 90s, 15m, 1h, 2d ou 1w</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rampartctl: the kernel cannot time out a block after more than %1; leave out --timeout to block permanently</source>
        <translation>rampartctl: le noyau ne peut pas limiter un blocage à plus de %1&#xa0;; omettez --timeout pour bloquer définitivement</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+11"/>
        <source>rampartctl: nothing was blocked: %1; pass --force to block it anyway</source>
        <translation>rampartctl: rien n’a été bloqué&#xa0;: %1&#xa0;; passez --force pour le bloquer quand même</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>permanently</source>
        <translation>définitivement</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Blocked %n entry(ies) %1</source>
        <translation>
            <numerusform>%n entrée bloquée %1</numerusform>
            <numerusform>%n entrées bloquées %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n already blocked, renewed)</source>
        <translation>
            <numerusform>(%n déjà bloquée, renouvelée)</numerusform>
            <numerusform>(%n déjà bloquées, renouvelées)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rampartctl: unblock needs at least one address or network</source>
        <translation>rampartctl: unblock attend au moins une adresse ou un réseau</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Unblocked %n entry(ies).</source>
        <translation>
            <numerusform>%n entrée débloquée.</numerusform>
            <numerusform>%n entrées débloquées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rampartctl: not blocked, left as is: %1</source>
        <translation>rampartctl: non bloquées, laissées telles quelles&#xa0;: %1</translation>
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
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <location line="-62"/>
        <location filename="../app/cli/whycommand.cpp" line="+2"/>
        <source>Read twice, a second apart, for rates and last hits.</source>
        <translation>Lire deux fois, à une seconde d’intervalle, pour les débits et les derniers impacts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rampartctl: list takes no arguments besides --rate and --json</source>
        <translation>rampartctl&#xa0;: list ne prend pas d’arguments hormis --rate et --json</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ENTRY</source>
        <translation>ENTRÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXPIRES</source>
        <translation>EXPIRATION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PACKETS</source>
        <translation>PAQUETS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PER SECOND</source>
        <translation>PAR SECONDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMMENT</source>
        <translation>COMMENTAIRE</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/feedcommands.cpp" line="-556"/>
        <location filename="../app/cli/whycommand.cpp" line="+85"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/feedcommands.cpp" line="+277"/>
        <location filename="../app/cli/whycommand.cpp" line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rampartctl: status takes no arguments besides --json</source>
        <translation>rampartctl: status n’accepte pas d’autre argument que --json</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Helper: reachable</source>
        <translation>Assistant&#xa0;: joignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store: %1</source>
        <translation>Base&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules: %1, verdict %2</source>
        <translation>Règles&#xa0;: %1, action %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in place</source>
        <translation>en place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MISSING</source>
        <translation>ABSENTES</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 (IPv%2): %3 entries in the kernel, %4 in the store, room for %5%6</source>
        <translation>Ensemble %1 (IPv%2)&#xa0;: %3 entrées dans le noyau, %4 dans la base, place pour %5%6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (OUT OF SYNC: run rampartctl save)</source>
        <translation> (DÉSYNCHRONISÉ&#xa0;: lancez rampartctl save)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last reapplied to the kernel: %1</source>
        <translation>Dernière réapplication au noyau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never (every change is stored as it is made)</source>
        <translation>jamais (chaque modification est enregistrée aussitôt faite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rampartctl: save takes no arguments</source>
        <translation>rampartctl: save n’accepte pas d’argument</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved at %1.</source>
        <translation>Enregistré le %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the commands the verdict change would run, and change nothing.</source>
        <translation>Afficher les commandes que le changement d’action exécuterait, et ne rien changer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: verdict takes one argument, drop or reject</source>
        <translation>rampartctl: verdict attend un argument, drop ou reject</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Packets from blocked sources are now handled with %1.</source>
        <translation>Les paquets des sources bloquées sont désormais traités par %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>rampartctl: unknown command %1</source>
        <translation>rampartctl: commande inconnue %1</translation>
    </message>
    <message>
        <location filename="../app/cli/feedcommands.cpp" line="-281"/>
        <source>when asked</source>
        <translation>sur demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/geocommand.cpp" line="-167"/>
        <source>rampartctl: line %1: %2</source>
        <translation>rampartctl: ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>rampartctl: %n more invalid line(s) not shown</source>
        <translation>
            <numerusform>rampartctl: %n autre ligne invalide non affichée</numerusform>
            <numerusform>rampartctl: %n autres lignes invalides non affichées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: warning: the list covers %1 addresses of %2 (%3)</source>
        <translation>rampartctl: avertissement&#xa0;: la liste couvre %1 adresses de %2 (%3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Feed %1: %2 networks added to the firewall, %3 removed.</source>
        <translation>Flux %1&#xa0;: %2 réseaux ajoutés au pare-feu, %3 retirés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feed %1: unchanged since the last download.</source>
        <translation>Flux %1&#xa0;: inchangé depuis le dernier téléchargement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rampartctl: cancelled</source>
        <translation>rampartctl: annulé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: feed %1: %2 The last good list stays in force.</source>
        <translation>rampartctl: flux %1&#xa0;: %2 La dernière liste valide reste en vigueur.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>rampartctl: warning: the allowlist could not be read, so it is not taken into account: %1</source>
        <translation>rampartctl: avertissement&#xa0;: la liste d’autorisation n’a pas pu être lue, elle n’est donc pas prise en compte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: warning: the allowlist could not be read, so the counts below include what it allows; the helper leaves it out all the same: %1</source>
        <translation>rampartctl: avertissement&#xa0;: la liste d’autorisation n’a pas pu être lue, les chiffres ci-dessous incluent donc ce qu’elle autorise&#xa0;; l’assistant l’exclut tout de même&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>rampartctl: pass --insecure to fetch it over plain http all the same</source>
        <translation>rampartctl: passez --insecure pour la récupérer tout de même en http non chiffré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feed %1 added.</source>
        <translation>Flux %1 ajouté.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feed %1 changed.</source>
        <translation>Flux %1 modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+234"/>
        <source>The list&apos;s format.</source>
        <translation>Format de la liste.</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>How often to refresh it.</source>
        <translation>Fréquence d’actualisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A URL with the list&apos;s md5 or sha256.</source>
        <translation>Une URL donnant la somme md5 ou sha256 de la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much smaller a new list may be, in percent.</source>
        <translation>De combien une nouvelle liste peut être plus petite, en pourcentage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not fetch it now.</source>
        <translation>Ne pas la récupérer maintenant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+236"/>
        <source>Fetch a plain http:// list without an https checksum, or a checksum over http://.</source>
        <translation>Récupérer une liste en http:// non chiffré sans somme de contrôle https, ou une somme de contrôle en http://.</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+236"/>
        <source>Let the list hold networks wider than /8 (IPv6 /16).</source>
        <translation>Autoriser la liste à contenir des réseaux plus larges que /8 (IPv6 /16).</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>rampartctl: feeds add takes a name and a file or URL</source>
        <translation>rampartctl: feeds add attend un nom et un fichier ou une URL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rampartctl: %1 is not a duration; use for example 6h, 1d or never</source>
        <translation>rampartctl: %1 n’est pas une durée&#xa0;; utilisez par exemple 6h, 1d ou never</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rampartctl: --max-shrink takes a percentage from 0 to 100</source>
        <translation>rampartctl: --max-shrink attend un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>rampartctl: feeds list takes no arguments besides --json</source>
        <translation>rampartctl: feeds list n’accepte pas d’autre argument que --json</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>FEED</source>
        <translation>FLUX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NETWORKS</source>
        <translation>RÉSEAUX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATED</source>
        <translation>MIS À JOUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEXT</source>
        <translation>PROCHAINE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(insecure)</source>
        <translation>(non sécurisé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(broad networks allowed)</source>
        <translation>(réseaux larges autorisés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last error: %1</source>
        <translation>dernière erreur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n feed(s).</source>
        <translation>
            <numerusform>%n flux.</numerusform>
            <numerusform>%n flux.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>rampartctl: there is no feed named %1</source>
        <translation>rampartctl: il n’existe aucun flux nommé %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No feed is due.</source>
        <translation>Aucun flux n’est à actualiser.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>rampartctl: feed %1: %2</source>
        <translation>rampartctl: flux %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rampartctl: feeds remove takes one feed name</source>
        <translation>rampartctl: feeds remove attend un nom de flux</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Feed %1 removed; %n network(s) are no longer blocked by it.</source>
        <translation>
            <numerusform>Flux %1 supprimé&#xa0;; %n réseau n’est plus bloqué par ce flux.</numerusform>
            <numerusform>Flux %1 supprimé&#xa0;; %n réseaux ne sont plus bloqués par ce flux.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The feed to import into (made if new).</source>
        <translation>Le flux dans lequel importer (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only report what would be imported.</source>
        <translation>Indiquer seulement ce qui serait importé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept a list that shrank beyond the feed&apos;s share, covers more than a quarter of a family&apos;s public addresses, or would cut this machine off (its networks, DNS servers, logged-in sessions&apos; peers).</source>
        <translation>Accepter une liste qui a rétréci au-delà de la limite du flux, qui couvre plus d’un quart des adresses publiques d’une famille, ou qui couperait cette machine (ses réseaux, serveurs DNS, pairs des sessions ouvertes).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read the list, then print the commands the import would run, and import nothing.</source>
        <translation>Lire la liste, puis afficher les commandes que l’import exécuterait, et ne rien importer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: import takes one file or URL</source>
        <translation>rampartctl: import attend un fichier ou une URL</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>rampartctl: %1 is not a feed format; use auto, lines, separated, ranges, p2p, dshield, json, csv or csv:COLUMN</source>
        <translation>rampartctl: %1 n’est pas un format de flux&#xa0;; utilisez auto, lines, separated, ranges, p2p, dshield, json, csv ou csv:COLONNE</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>rampartctl: %1 is not a country; give its two-letter code, as in country:US</source>
        <translation>rampartctl: %1 n’est pas un pays&#xa0;; indiquez son code à deux lettres, comme dans country:US</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rampartctl: --format does not apply to a country</source>
        <translation>rampartctl: --format ne s’applique pas à un pays</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 valid, %2 invalid, %3 duplicates, %4 allowlisted: %5 networks, %6</source>
        <translation>%1 valides, %2 invalides, %3 doublons, %4 autorisés&#xa0;: %5 réseaux, %6</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>Download even if unchanged, and accept a list that shrank beyond the feed&apos;s share or covers more than a quarter of a family&apos;s public addresses.</source>
        <translation>Télécharger même sans changement, et accepter une liste qui a rétréci au-delà de la limite du flux ou qui couvre plus d’un quart des adresses publiques d’une famille.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>rampartctl: %1 is not a file or an http(s) URL</source>
        <translation>rampartctl: %1 n’est ni un fichier ni une URL http(s)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>rampartctl: nothing was imported: the list would cut this machine off: %1; pass --force to import it anyway, or allowlist those ranges first</source>
        <translation>rampartctl&#xa0;: rien n’a été importé&#xa0;: la liste couperait cette machine&#xa0;: %1&#xa0;; passez --force pour l’importer quand même, ou ajoutez d’abord ces plages à la liste d’autorisation</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>rampartctl: feeds takes add, list, update or remove</source>
        <translation>rampartctl: feeds attend add, list, update ou remove</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take entries off the allowlist.</source>
        <translation>Retirer des entrées de la liste d’autorisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the allowlist.</source>
        <translation>Afficher la liste d’autorisation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rampartctl: allow --list takes no addresses</source>
        <translation>rampartctl: allow --list n’accepte pas d’adresse</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n allowlisted network(s).</source>
        <translation>
            <numerusform>%n réseau dans la liste d’autorisation.</numerusform>
            <numerusform>%n réseaux dans la liste d’autorisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rampartctl: allow needs at least one address or network</source>
        <translation>rampartctl: allow attend au moins une adresse ou un réseau</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>rampartctl: %n invalid item(s); nothing was taken off the allowlist.</source>
        <translation>
            <numerusform>rampartctl&#xa0;: %n élément invalide&#xa0;; rien n’a été retiré de la liste d’autorisation.</numerusform>
            <numerusform>rampartctl&#xa0;: %n éléments invalides&#xa0;; rien n’a été retiré de la liste d’autorisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>rampartctl: %n invalid item(s); nothing was allowlisted.</source>
        <translation>
            <numerusform>rampartctl&#xa0;: %n élément invalide&#xa0;; rien n’a été ajouté à la liste d’autorisation.</numerusform>
            <numerusform>rampartctl&#xa0;: %n éléments invalides&#xa0;; rien n’a été ajouté à la liste d’autorisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Removed %n network(s) from the allowlist.</source>
        <translation>
            <numerusform>%n réseau retiré de la liste d’autorisation.</numerusform>
            <numerusform>%n réseaux retirés de la liste d’autorisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rampartctl: not on the allowlist, left as is: %1</source>
        <translation>rampartctl: absents de la liste d’autorisation, laissés tels quels&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Allowlisted %n new network(s); no feed blocks them now.</source>
        <translation>
            <numerusform>%n nouveau réseau ajouté à la liste d’autorisation&#xa0;; aucun flux ne le bloque plus.</numerusform>
            <numerusform>%n nouveaux réseaux ajoutés à la liste d’autorisation&#xa0;; aucun flux ne les bloque plus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/connectionscommand.cpp" line="+59"/>
        <source>rampartctl: warning: the blocklist could not be read, so which connections are blocked is unknown: %1</source>
        <translation>rampartctl: avertissement&#xa0;: la liste de blocage n’a pas pu être lue, on ne sait donc pas quelles connexions sont bloquées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-195"/>
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>(+%Ln autre)</numerusform>
            <numerusform>(+%Ln autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>REMOTE</source>
        <translation>DISTANT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONNS</source>
        <translation>CONNEX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATES</source>
        <translation>ÉTATS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOCAL PORTS</source>
        <translation>PORTS LOCAUX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BLOCKED BY</source>
        <translation>BLOQUÉ PAR</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%Ln connection(s) shown, from the %1 busiest of %2 groups.</source>
        <translation>
            <numerusform>%Ln connexion affichée, des %1 groupes les plus actifs sur %2.</numerusform>
            <numerusform>%Ln connexions affichées, des %1 groupes les plus actifs sur %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln connection(s) in %1.</source>
        <translation>
            <numerusform>%Ln connexion dans %1.</numerusform>
            <numerusform>%Ln connexions dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln groupe</numerusform>
            <numerusform>%Ln groupes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Group by address (ip), /24 or /16 network.</source>
        <translation>Regrouper par adresse (ip) ou par réseau /24 ou /16.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ip|24|16</source>
        <translation>ip|24|16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the N busiest groups.</source>
        <translation>N’afficher que les N groupes les plus actifs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rampartctl: connections takes no arguments besides --group, --top and --json</source>
        <translation>rampartctl: connections n’accepte pas d’autre argument que --group, --top et --json</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rampartctl: %1 is not a grouping; use ip, 24 or 16</source>
        <translation>rampartctl: %1 n’est pas un regroupement&#xa0;; utilisez ip, 24 ou 16</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rampartctl: --top needs a whole number of groups above 0, not %1</source>
        <translation>rampartctl: --top attend un nombre entier de groupes supérieur à 0, pas %1</translation>
    </message>
    <message>
        <location filename="../app/cli/geocommand.cpp" line="-3"/>
        <source>%1 is a network; geo looks up single addresses</source>
        <translation>%1 est un réseau&#xa0;; geo ne recherche que des adresses seules</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .mmdb file to read instead of the default one.</source>
        <translation>Le fichier .mmdb à lire au lieu de celui par défaut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rampartctl: geo needs at least one address, or - to read them from standard input</source>
        <translation>rampartctl: geo attend au moins une adresse, ou - pour les lire sur l’entrée standard</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommands.cpp" line="-84"/>
        <source>(undone by #%1)</source>
        <translation>(annulée par #%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only changes since then (1h, 2d, or an ISO date).</source>
        <translation>Seulement les modifications depuis ce moment (1h, 2d ou une date ISO).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many rows.</source>
        <translation>Au plus ce nombre de lignes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rampartctl: history takes only --since, --limit and --json</source>
        <translation>rampartctl: history n’accepte que --since, --limit et --json</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rampartctl: %1 is not a time; use a duration before now (90s, 15m, 1h, 2d, 1w) or an ISO date such as 2024-05-01 or 2024-05-01T08:00</source>
        <translation>rampartctl: %1 n’indique pas un moment&#xa0;; utilisez une durée écoulée jusqu’à maintenant (90s, 15m, 1h, 2d, 1w) ou une date ISO telle que 2024-05-01 ou 2024-05-01T08:00</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rampartctl: --limit takes a number of rows, 1 or more</source>
        <translation>rampartctl: --limit attend un nombre de lignes, 1 ou plus</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n modification.</numerusform>
            <numerusform>%n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>rampartctl: undo takes at most one history row number (see rampartctl history) and --json</source>
        <translation>rampartctl: undo accepte au plus un numéro de ligne de l’historique (voir rampartctl history) et --json</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>rampartctl: you have no change left to undo; name a row from rampartctl history</source>
        <translation>rampartctl: vous n’avez plus de modification à annuler&#xa0;; indiquez une ligne de rampartctl history</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Undid #%1; the undo is #%2.</source>
        <translation>Modification #%1 annulée&#xa0;; l’annulation est la modification #%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rampartctl: not restored: %1</source>
        <translation>rampartctl: non rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/whycommand.cpp" line="-96"/>
        <source>covered by</source>
        <translation>couvert par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>holds</source>
        <translation>contient</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rampartctl: why needs at least one address or network</source>
        <translation>rampartctl: why attend au moins une adresse ou un réseau</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n invalid item(s); nothing was looked up.</source>
        <translation>
            <numerusform>%n élément invalide&#xa0;; rien n’a été recherché.</numerusform>
            <numerusform>%n éléments invalides&#xa0;; rien n’a été recherché.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>not blocked</source>
        <translation>non bloqué</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>since %1, expires %2, %3 packet(s)</source>
        <translation>
            <numerusform>depuis le %1, expiration %2, %3 paquet</numerusform>
            <numerusform>depuis le %1, expiration %2, %3 paquets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/confirmcommand.cpp" line="-48"/>
        <source>Roll the change back unless rampartctl confirm keeps it within this long.</source>
        <translation>Annuler la modification si rampartctl confirm ne la garde pas dans ce délai.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rampartctl: a change can wait for confirmation %1 at most</source>
        <translation>rampartctl&#xa0;: une modification peut attendre sa confirmation %1 au plus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing changed, so there is nothing to confirm.</source>
        <translation>Rien n’a changé&#xa0;: il n’y a rien à confirmer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is change #%1. Unless it is confirmed by %2, the helper rolls it back. To keep it, run:</source>
        <translation>C’est la modification n° %1. Si elle n’est pas confirmée avant %2, l’assistant l’annule. Pour la garder, lancez&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rampartctl: confirm takes the number of the change to keep (as block, import or verdict printed it) and --json</source>
        <translation>rampartctl&#xa0;: confirm prend le numéro de la modification à garder (tel que block, import ou verdict l’a affiché) et --json</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kept change #%1.</source>
        <translation>Modification n° %1 gardée.</translation>
    </message>
</context>
<context>
    <name>Rampart::CommandsDialog</name>
    <message>
        <location filename="../ui/commandsdialog.cpp" line="+21"/>
        <location line="+40"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands: %1</source>
        <translation>Commandes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The commands appear here once the helper has answered.</source>
        <translation>Les commandes apparaissent ici dès que l’assistant a répondu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the helper would run for this change, as a shell script. Nothing has been changed; run as root, the script makes the change by hand.</source>
        <translation>Ce que l’assistant exécuterait pour cette modification, en script shell. Rien n’a été modifié&#xa0;; lancé en root, le script fait la modification à la main.</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>The first %n line(s) are shown.</source>
        <translation>
            <numerusform>La première ligne (%n) est affichée.</numerusform>
            <numerusform>Les %n premières lignes sont affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copy copies all %n line(s).</source>
        <translation>
            <numerusform>Copier copie la %n ligne.</numerusform>
            <numerusform>Copier copie les %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The commands could not be shown: %1</source>
        <translation>Les commandes n’ont pas pu être affichées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Rampart::ConfirmDialog</name>
    <message>
        <location filename="../ui/confirmdialog.cpp" line="+21"/>
        <source>Keep This Change?</source>
        <translation>Garder cette modification&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The helper rolls this change back by itself unless you keep it: if it cut this machine off, it undoes itself.</source>
        <translation>L’assistant annule cette modification de lui-même si vous ne la gardez pas&#xa0;: si elle a coupé cette machine, elle se défait seule.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Roll Back Now</source>
        <translation>&amp;Annuler maintenant</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Rolling back in %n second(s) unless you keep it.</source>
        <translation>
            <numerusform>Annulation dans %n seconde si vous ne la gardez pas.</numerusform>
            <numerusform>Annulation dans %n secondes si vous ne la gardez pas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody kept the change in time: the helper rolled it back.</source>
        <translation>Personne n’a gardé la modification à temps&#xa0;: l’assistant l’a annulée.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The change could not be kept: %1</source>
        <translation>La modification n’a pas pu être gardée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept change #%1.</source>
        <translation>Modification n° %1 gardée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change could not be rolled back now: %1</source>
        <translation>La modification n’a pas pu être annulée maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolled back change #%1.</source>
        <translation>Modification n° %1 annulée.</translation>
    </message>
</context>
<context>
    <name>Rampart::ConfirmWithinField</name>
    <message>
        <location filename="../ui/confirmwithinfield.cpp" line="+13"/>
        <source>Roll &amp;back unless confirmed within</source>
        <translation>A&amp;nnuler sauf confirmation sous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The helper undoes the change by itself unless you keep it in time: a change that cuts this machine off cannot stay.</source>
        <translation>L’assistant défait la modification de lui-même si vous ne la gardez pas à temps&#xa0;: une modification qui coupe cette machine ne peut pas rester.</translation>
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
            <numerusform>%1 adresse</numerusform>
            <numerusform>%1 adresses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 IPv4 and %2 IPv6 addresses</source>
        <translation>%1 adresses IPv4 et %2 adresses IPv6</translation>
    </message>
    <message numerus="yes">
        <location line="-75"/>
        <source>%Ln network(s)</source>
        <translation>
            <numerusform>%Ln réseau</numerusform>
            <numerusform>%Ln réseaux</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Block %1 (%2)</source>
        <translation>Bloquer %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Block %Ln address(es)</source>
        <translation>
            <numerusform>Bloquer %Ln adresse</numerusform>
            <numerusform>Bloquer %Ln adresses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block their /%1s (%2, %3)</source>
        <translation>Bloquer leurs /%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allowlist %1</source>
        <translation>Ajouter %1 à la liste d’autorisation</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Allowlist %Ln address(es)</source>
        <translation>
            <numerusform>Ajouter %Ln adresse à la liste d’autorisation</numerusform>
            <numerusform>Ajouter %Ln adresses à la liste d’autorisation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowlist %1 (%2)</source>
        <translation>Ajouter %1 à la liste d’autorisation (%2)</translation>
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
            <numerusform>%n adresse connectée</numerusform>
            <numerusform>%n adresses connectées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connections/socketsnapshot.cpp" line="+480"/>
        <source>its format is not the one this version of Rampart knows</source>
        <translation>son format n’est pas celui que connaît cette version de Rampart</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read the connections from %1: %2. Check that /proc is mounted and readable.</source>
        <translation>Impossible de lire les connexions depuis %1&#xa0;: %2. Vérifiez que /proc est monté et lisible.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot read the connections: the kernel refused the socket diagnostics request (%1), and %2 cannot be read either (%3). Check that /proc is mounted and readable.</source>
        <translation>Impossible de lire les connexions&#xa0;: le noyau a refusé la requête de diagnostic des sockets (%1), et %2 est illisible lui aussi (%3). Vérifiez que /proc est monté et lisible.</translation>
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
        <translation>à la main</translation>
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
        <translation>bloqué, paquets jetés</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Blocked by %1</source>
        <translation>Bloqué par %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %L1 connections</source>
        <translation>Plus de %L1 connexions</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Organization: %1</source>
        <translation>Organisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network: %1</source>
        <translation>Réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Open connections with the remote end</source>
        <translation>Connexions ouvertes avec l’extrémité distante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP states: EST established, SYN half-open (SYN received), TW time-wait, CW close-wait, FIN1 and FIN2 closing</source>
        <translation>États TCP&#xa0;: EST établie, SYN semi-ouverte (SYN reçu), TW time-wait, CW close-wait, FIN1 et FIN2 en cours de fermeture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the remote is, by the geolocation database</source>
        <translation>Où se trouve l’extrémité distante, d’après la base de géolocalisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distinct remote addresses in the network</source>
        <translation>Adresses distantes distinctes dans le réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the remote was first seen with connections since Rampart started watching</source>
        <translation>Quand l’extrémité distante a été vue avec des connexions pour la première fois depuis que Rampart observe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The blocklist entry that covers the remote, and where it comes from</source>
        <translation>L’entrée de la liste de blocage qui couvre l’extrémité distante, et sa provenance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local programs at this end, where they can be seen</source>
        <translation>Les programmes locaux de ce côté-ci, quand ils sont visibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City, region and ISP, from the online service chosen in Settings</source>
        <translation>Ville, région et FAI, d’après le service en ligne choisi dans la configuration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote</source>
        <translation>Distant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/connectionstab.cpp" line="+192"/>
        <source>Conns</source>
        <translation>Connex.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local ports</source>
        <translation>Ports locaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/connectionstab.cpp" line="+8"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/connectionstab.cpp" line="+4"/>
        <source>First seen</source>
        <translation>Vu en premier</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/connectionstab.cpp" line="+1"/>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by</source>
        <translation>Bloqué par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online details</source>
        <translation>Détails en ligne</translation>
    </message>
</context>
<context>
    <name>Rampart::ConnectionsTab</name>
    <message numerus="yes">
        <location filename="../ui/connectionstab.cpp" line="-142"/>
        <location line="+357"/>
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln adresse</numerusform>
            <numerusform>%Ln adresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-356"/>
        <location line="+369"/>
        <source>%Ln network(s)</source>
        <translation>
            <numerusform>%Ln réseau</numerusform>
            <numerusform>%Ln réseaux</numerusform>
        </translation>
    </message>
    <message>
        <location line="-337"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop refreshing the connections, to read them at leisure</source>
        <translation>Cesser d’actualiser les connexions, pour les lire à loisir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a snapshot of the connections now</source>
        <translation>Prendre maintenant un instantané des connexions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every %1</source>
        <translation>Intervalle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often the connections are read</source>
        <translation>Fréquence de lecture des connexions</translation>
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
        <translation>&amp;Grouper par&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> connections</source>
        <translation> connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with more connections than this are highlighted</source>
        <translation>Les lignes ayant plus de connexions que ce seuil sont surlignées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight o&amp;ver:</source>
        <translation>&amp;Surligner au-delà de&#xa0;:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Copy Addresses</source>
        <translation>&amp;Copier les adresses</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>The connections could not be read: %1</source>
        <translation>Les connexions n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the connections…</source>
        <translation>Lecture des connexions…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln connexion</numerusform>
            <numerusform>%Ln connexions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 from %2, %L3 blocked</source>
        <translation>%1 depuis %2, bloquées&#xa0;: %L3</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+7"/>
        <source>%1 from %2 in %3, %L4 blocked</source>
        <translation>%1 depuis %2 dans %3, bloqués&#xa0;: %L4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; snapshot %L2 ms</source>
        <translation>%1&#xa0;; instantané en %L2&#xa0;ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused. %1</source>
        <translation>En pause. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked by stays empty: the blocklist could not be read. %1</source>
        <translation>«&#xa0;Bloqué par&#xa0;» reste vide&#xa0;: la liste de blocage n’a pas pu être lue. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot %L1 ms (%2, %L3 sockets), grouping %L4 ms, table update %L5 ms</source>
        <translation>Instantané %L1&#xa0;ms (%2, %L3 sockets), regroupement %L4&#xa0;ms, mise à jour du tableau %L5&#xa0;ms</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Add to the allowlist, which no feed may block</source>
        <translation>Ajouter à la liste d’autorisation, qu’aucun flux ne peut bloquer</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copy Address(es)</source>
        <translation>
            <numerusform>Copier l’adresse</numerusform>
            <numerusform>Copier les adresses</numerusform>
        </translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Copy Rows as Table</source>
        <translation>Copier les lignes sous forme de tableau</translation>
    </message>
    <message>
        <location line="-424"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per remote address, per network around them, or per country</source>
        <translation>Une ligne par adresse distante, par réseau qui les englobe, ou par pays</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by address, country, blocklist entry or process (Ctrl+F)</source>
        <translation>Filtrer par adresse, pays, entrée de la liste de blocage ou processus (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+205"/>
        <source>The online service asks to wait %n second(s) before the next addresses.</source>
        <translation>
            <numerusform>Le service en ligne demande d’attendre %n seconde avant les adresses suivantes.</numerusform>
            <numerusform>Le service en ligne demande d’attendre %n secondes avant les adresses suivantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Asking %1 about %n address(es)…</source>
        <translation>
            <numerusform>Interrogation de %1 sur %n adresse…</numerusform>
            <numerusform>Interrogation de %1 sur %n adresses…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%Ln country(s)</source>
        <translation>
            <numerusform>%Ln pays</numerusform>
            <numerusform>%Ln pays</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Country column stays empty: %1</source>
        <translation>La colonne Pays reste vide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Look Up City and ISP Online</source>
        <translation>Rechercher la ville et le FAI en ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected addresses to %1 and show what it says</source>
        <translation>Envoyer les adresses sélectionnées à %1 et afficher sa réponse</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+136"/>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>permanently…</source>
        <translation>définitivement…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Block All of %1…</source>
        <translation>Bloquer tout le pays %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block every network the geolocation database places in %1, as a source of its own that follows the database</source>
        <translation>Bloquer tous les réseaux que la base de géolocalisation situe dans le pays %1, comme une source à part entière qui suit la base</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing to Block</source>
        <translation>Rien à bloquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The helper never blocks these addresses.</source>
        <translation>L’assistant ne bloque jamais ces adresses.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Left out, never blocked: %1.</source>
        <translation>Écarté, jamais bloqué&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected now from within it: %1.</source>
        <translation>Connectées en ce moment depuis cette plage&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Some of these cannot be blocked.</source>
        <translation>Certains de ces éléments ne peuvent pas être bloqués.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>This block would cut off something this machine needs.</source>
        <translation>Ce blocage couperait quelque chose dont cette machine a besoin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Block the Others</source>
        <translation>&amp;Bloquer les autres</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Block Anyway</source>
        <translation>&amp;Bloquer quand même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Block Permanently</source>
        <translation>Bloquer définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stays blocked until someone unblocks it.
Comment, for the record (optional):</source>
        <translation>Le blocage de %1 restera en place jusqu’à ce que quelqu’un le lève.
Commentaire, pour mémoire (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+25"/>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Block %1?</source>
        <translation>Bloquer %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>permanently</source>
        <translation>définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocking %1…</source>
        <translation>Blocage de %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was blocked yet: the helper asks first.</source>
        <translation>Rien n’a encore été bloqué&#xa0;: l’assistant demande d’abord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was blocked. %1</source>
        <translation>Rien n’a été bloqué. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked %1 %2.</source>
        <translation>Bloqué %2&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln already blocked, renewed.</source>
        <translation>
            <numerusform>%Ln déjà bloquée, renouvelée.</numerusform>
            <numerusform>%Ln déjà bloquées, renouvelées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Allowlisting %1…</source>
        <translation>Ajout de %1 à la liste d’autorisation…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was allowlisted. %1</source>
        <translation>Rien n’a été ajouté à la liste d’autorisation. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allowlisted %1: no feed blocks it from now on.</source>
        <translation>Ajouté à la liste d’autorisation&#xa0;: désormais, aucun flux ne bloque %1.</translation>
    </message>
</context>
<context>
    <name>Rampart::Duration</name>
    <message>
        <location filename="../app/time/duration.cpp" line="+56"/>
        <source>Type how long to block, for example 90m, 12h, 3d or 2w.</source>
        <translation>Saisissez la durée du blocage, par exemple 90m, 12h, 3d ou 2w.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a duration; use a number and a unit, for example 90s, 15m, 1h, 2d or 1w.</source>
        <translation>%1 n’est pas une durée&#xa0;; utilisez un nombre et une unité, par exemple 90s, 15m, 1h, 2d ou 1w.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kernel cannot time out a block after more than %1; block permanently instead.</source>
        <translation>Le noyau ne peut pas lever un blocage après plus de %1&#xa0;; bloquez plutôt définitivement.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::FeedPreview</name>
    <message>
        <location filename="../ui/feedpreview.cpp" line="+59"/>
        <source>Preview reads the feed and shows what it holds, what is wrong in it and what it would block, without changing anything.</source>
        <translation>L’aperçu lit le flux et montre ce qu’il contient, ce qui ne va pas et ce qu’il bloquerait, sans rien modifier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Addresses, networks and ranges read from the feed</source>
        <translation>Adresses, réseaux et plages lus dans le flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items that are not addresses, networks or ranges; they are left out and everything else is imported</source>
        <translation>Éléments qui ne sont ni des adresses, ni des réseaux, ni des plages&#xa0;; ils sont écartés et tout le reste est importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items that lie inside another item of the feed and add no address of their own</source>
        <translation>Éléments compris dans un autre élément du flux, qui n’ajoutent aucune adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Networks of the feed that the allowlist takes out, wholly or in part</source>
        <translation>Réseaux du flux que la liste d’autorisation retire, en tout ou en partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fewest networks that cover the feed once the allowlist is taken out: what the kernel gets</source>
        <translation>Le moins de réseaux possible couvrant le flux une fois la liste d’autorisation retirée&#xa0;: ce que reçoit le noyau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid:</source>
        <translation>Valides&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid:</source>
        <translation>Invalides&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates:</source>
        <translation>Doublons&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowlisted:</source>
        <translation>Autorisés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks after aggregation:</source>
        <translation>Réseaux après agrégation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses:</source>
        <translation>Adresses&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Connected now from within the list: %1. Loading it cuts them off.</source>
        <translation>Connectées en ce moment depuis la liste&#xa0;: %1. La charger les coupe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 IPv4, %2 IPv6</source>
        <translation>%1 IPv4, %2 IPv6</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This feed cannot be imported. Nothing was changed.</source>
        <translation>Ce flux ne peut pas être importé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This feed cannot be imported.</source>
        <translation>Ce flux ne peut pas être importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds no address that could be blocked.</source>
        <translation>Il ne contient aucune adresse qui puisse être bloquée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Invalid items are left out; everything else is imported.</source>
        <translation>Les éléments invalides sont écartés&#xa0;; tout le reste est importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %1 of %2 are listed.</source>
        <translation>Les %1 premiers sur %2 sont affichés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Covers %1 addresses of %2 (%3)</source>
        <translation>Couvre %1 adresses de %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This list blocks addresses that are not on the public Internet. If this machine or its neighbours use them, they will be cut off:</source>
        <translation>Cette liste bloque des adresses qui ne font pas partie de l’Internet public. Si cette machine ou ses voisines les utilisent, elles seront coupées&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The list holds %Ln network(s) wider than /8 (IPv6 /16), counting adjacent items as one: %1. The helper refuses such a list unless the feed allows networks that wide.</source>
        <translation>
            <numerusform>La liste contient %Ln réseau plus large que /8 (IPv6 /16), en comptant les éléments adjacents comme un seul&#xa0;: %1. L’assistant refuse une telle liste, sauf si le flux autorise des réseaux aussi larges.</numerusform>
            <numerusform>La liste contient %Ln réseaux plus larges que /8 (IPv6 /16), en comptant les éléments adjacents comme un seul&#xa0;: %1. L’assistant refuse une telle liste, sauf si le flux autorise des réseaux aussi larges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::FeedRefresh</name>
    <message>
        <location filename="../app/feeds/feedrefresh.cpp" line="+76"/>
        <source>%1 shows its password or token as ***, as the feeds are listed to those who may not fetch them; nothing was fetched. Read the feeds with their credentials (org.rampart.refresh-feeds) first.</source>
        <translation>%1 montre son mot de passe ou son jeton sous la forme ***, comme les flux sont listés pour qui ne peut pas les récupérer&#xa0;; rien n’a été récupéré. Lisez d’abord les flux avec leurs identifiants (org.rampart.refresh-feeds).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Parsing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading the networks of %1 from the geolocation database…</source>
        <translation>Lecture des réseaux du pays %1 dans la base de géolocalisation…</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>Applying %n network(s)…</source>
        <translation>
            <numerusform>Application de %n réseau…</numerusform>
            <numerusform>Application de %n réseaux…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::FeedScheduler</name>
    <message>
        <location filename="../app/feeds/feedscheduler.cpp" line="+168"/>
        <source>Its address could not be read with its password or token. %1</source>
        <translation>Son adresse n’a pas pu être lue avec son mot de passe ou son jeton. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The helper no longer has this feed.</source>
        <translation>L’assistant n’a plus ce flux.</translation>
    </message>
</context>
<context>
    <name>Rampart::Feeds</name>
    <message>
        <location filename="../app/feeds/bogons.cpp" line="+18"/>
        <source>&quot;this network&quot; (RFC 791)</source>
        <translation>«&#xa0;ce réseau&#xa0;» (RFC 791)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>private network (RFC 1918)</source>
        <translation>réseau privé (RFC 1918)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>carrier-grade NAT shared space (RFC 6598)</source>
        <translation>espace partagé du NAT d’opérateur (RFC 6598)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loopback (RFC 1122)</source>
        <translation>bouclage (RFC 1122)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link-local (RFC 3927)</source>
        <translation>lien local (RFC 3927)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IETF protocol assignments (RFC 6890)</source>
        <translation>attributions de protocoles de l’IETF (RFC 6890)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>documentation (RFC 5737)</source>
        <translation>documentation (RFC 5737)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>network benchmarking (RFC 2544)</source>
        <translation>tests de performance réseau (RFC 2544)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>multicast (RFC 5771)</source>
        <translation>multicast (RFC 5771)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reserved, with the broadcast address (RFC 1112)</source>
        <translation>réservé, avec l’adresse de diffusion (RFC 1112)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified address (RFC 4291)</source>
        <translation>adresse non spécifiée (RFC 4291)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loopback (RFC 4291)</source>
        <translation>bouclage (RFC 4291)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discard-only (RFC 6666)</source>
        <translation>préfixe de rejet (RFC 6666)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentation (RFC 3849)</source>
        <translation>documentation (RFC 3849)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentation (RFC 9637)</source>
        <translation>documentation (RFC 9637)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique local addresses (RFC 4193)</source>
        <translation>adresses locales uniques (RFC 4193)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link-local (RFC 4291)</source>
        <translation>lien local (RFC 4291)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site-local, deprecated (RFC 3879)</source>
        <translation>site local, obsolète (RFC 3879)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multicast (RFC 4291)</source>
        <translation>multicast (RFC 4291)</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedarchive.cpp" line="+54"/>
        <source>The compressed data cannot be read (%1): the download may be incomplete or the file damaged. Fetch it again.</source>
        <translation>Les données compressées sont illisibles (%1)&#xa0;: le téléchargement est peut-être incomplet ou le fichier endommagé. Récupérez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The compressed data unpacks to more than %1 MB, far more than a list of addresses takes; it was not read.</source>
        <translation>Une fois décompressées, les données dépassent %1&#xa0;Mo, bien plus que ce qu’occupe une liste d’adresses&#xa0;; elles n’ont pas été lues.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The archive holds no files; there is nothing to read.</source>
        <translation>L’archive ne contient aucun fichier&#xa0;; il n’y a rien à lire.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feeddownloader.cpp" line="+49"/>
        <source>%1 is a local file; import it as a file instead of downloading it.</source>
        <translation>%1 est un fichier local&#xa0;; importez-le comme fichier au lieu de le télécharger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>%1 is not an HTTP or HTTPS address; feeds are downloaded over HTTP or HTTPS only.</source>
        <translation>%1 n’est pas une adresse HTTP ou HTTPS&#xa0;; les flux ne sont téléchargés qu’en HTTP ou HTTPS.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is not a complete web address; write it in full, as in https://example.org/drop.txt.</source>
        <translation>%1 n’est pas une adresse web complète&#xa0;; écrivez-la en entier, comme https://example.org/drop.txt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The checksum address %1 is not an HTTP or HTTPS address; give the web address of the checksum file, or none.</source>
        <translation>L’adresse de la somme de contrôle %1 n’est pas une adresse HTTP ou HTTPS&#xa0;; indiquez l’adresse web du fichier de somme de contrôle, ou aucune.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server answered %1 for %2; check the address.</source>
        <translation>Le serveur a répondu %1 pour %2&#xa0;; vérifiez l’adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered %1 for %2; the feed may need a key or an account, or no longer allows downloads from here.</source>
        <translation>Le serveur a répondu %1 pour %2&#xa0;; le flux exige peut-être une clé ou un compte, ou n’autorise plus les téléchargements depuis cette machine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered %1 for %2: too many downloads; download it less often, or try again later.</source>
        <translation>Le serveur a répondu %1 pour %2&#xa0;: trop de téléchargements&#xa0;; téléchargez-le moins souvent, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered %1 for %2, a problem on the server&apos;s side; try again later.</source>
        <translation>Le serveur a répondu %1 pour %2, un problème du côté du serveur&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered %1 for %2 instead of sending the file; check the address.</source>
        <translation>Le serveur a répondu %1 pour %2 au lieu d’envoyer le fichier&#xa0;; vérifiez l’adresse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused the connection for %1; check the address and port, or try again later if the server is down.</source>
        <translation>Le serveur a refusé la connexion pour %1&#xa0;; vérifiez l’adresse et le port, ou réessayez plus tard si le serveur est arrêté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host %1 was not found for %2; check the address and this computer&apos;s DNS settings.</source>
        <translation>L’hôte %1 est introuvable pour %2&#xa0;; vérifiez l’adresse et les paramètres DNS de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing arrived from %1 for %2 s, so the download was stopped; try again later, or allow the feed more time.</source>
        <translation>Rien n’est arrivé de %1 pendant %2&#xa0;s, le téléchargement a donc été interrompu&#xa0;; réessayez plus tard, ou accordez plus de temps au flux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server closed the connection before all of %1 had arrived; try again later.</source>
        <translation>Le serveur a fermé la connexion avant l’arrivée complète de %1&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection for %1 failed (%2); check the server&apos;s certificate, and this computer&apos;s date and trusted certificates.</source>
        <translation>La connexion sécurisée pour %1 a échoué (%2)&#xa0;; vérifiez le certificat du serveur, ainsi que la date et les certificats de confiance de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 redirected more often than the limit of %2; check the address, it may redirect in a loop.</source>
        <translation>%1 a redirigé plus de fois que la limite de %2&#xa0;; vérifiez l’adresse, elle redirige peut-être en boucle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy failed the download of %1 (%2); check the proxy settings.</source>
        <translation>Le téléchargement de %1 a échoué au niveau du proxy (%2)&#xa0;; vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The download of %1 failed (%2); check the address and this computer&apos;s network connection.</source>
        <translation>Le téléchargement de %1 a échoué (%2)&#xa0;; vérifiez l’adresse et la connexion réseau de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 redirected from HTTPS to plain HTTP (%2), which is refused; use an address that stays on HTTPS.</source>
        <translation>%1 a redirigé de HTTPS vers du HTTP non chiffré (%2), ce qui est refusé&#xa0;; utilisez une adresse qui reste en HTTPS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 redirected to %2, which is not an HTTP or HTTPS address; use the feed&apos;s final address instead.</source>
        <translation>%1 a redirigé vers %2, qui n’est pas une adresse HTTP ou HTTPS&#xa0;; utilisez plutôt l’adresse finale du flux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is %2, larger than the %3 cap; raise the feed&apos;s size limit if it really is that big.</source>
        <translation>%1 fait %2, plus que le plafond de %3&#xa0;; relevez la limite de taille du flux s’il est vraiment aussi volumineux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is larger than the %2 cap; raise the feed&apos;s size limit if it really is that big.</source>
        <translation>%1 dépasse le plafond de %2&#xa0;; relevez la limite de taille du flux s’il est vraiment aussi volumineux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server answered %1 for %2 without saying where to; check the address.</source>
        <translation>Le serveur a répondu %1 pour %2 sans indiquer vers où&#xa0;; vérifiez l’adresse.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 holds no MD5 or SHA-256 checksum; check the checksum address.</source>
        <translation>%1 ne contient aucune somme de contrôle MD5 ou SHA-256&#xa0;; vérifiez l’adresse de la somme de contrôle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 lists no checksum for %2; check the checksum address.</source>
        <translation>%1 ne donne aucune somme de contrôle pour %2&#xa0;; vérifiez l’adresse de la somme de contrôle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not match its checksum: its %2 is %3, but %4 says %5. The download may be damaged or tampered with and was not used; try again later.</source>
        <translation>La somme de contrôle de %1 ne correspond pas&#xa0;: son %2 vaut %3, mais %4 indique %5. Le téléchargement est peut-être endommagé ou falsifié et n’a pas été utilisé&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a directory, not a file; give the path of the blocklist file in it.</source>
        <translation>%1 est un répertoire, pas un fichier&#xa0;; indiquez le chemin du fichier de liste de blocage qu’il contient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a FIFO, not a file; save the list to a file and give that file&apos;s path.</source>
        <translation>%1 est une FIFO, pas un fichier&#xa0;; enregistrez la liste dans un fichier et indiquez le chemin de ce fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a socket, not a file; give the path of a blocklist file.</source>
        <translation>%1 est un socket, pas un fichier&#xa0;; indiquez le chemin d’un fichier de liste de blocage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a device, not a file; give the path of a blocklist file.</source>
        <translation>%1 est un périphérique, pas un fichier&#xa0;; indiquez le chemin d’un fichier de liste de blocage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file; give the path of a blocklist file.</source>
        <translation>%1 n’est pas un fichier ordinaire&#xa0;; indiquez le chemin d’un fichier de liste de blocage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2, larger than the %3 cap; that is not a blocklist.</source>
        <translation>%1 fait %2, plus que le plafond de %3&#xa0;; ce n’est pas une liste de blocage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 grew larger than the %2 cap while it was read; that is not a blocklist.</source>
        <translation>%1 a dépassé le plafond de %2 pendant sa lecture&#xa0;; ce n’est pas une liste de blocage.</translation>
    </message>
    <message>
        <location line="+341"/>
        <source>%1 is a file of the kernel&apos;s %2 file system, which describes the running system; it is not a blocklist.</source>
        <translation>%1 est un fichier du système de fichiers %2 du noyau, qui décrit le système en marche&#xa0;; ce n’est pas une liste de blocage.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedformat.cpp" line="+261"/>
        <source>Recognize the format from the content</source>
        <translation>Reconnaître le format d’après le contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One address, network or range per line</source>
        <translation>Une adresse, un réseau ou une plage par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses separated by commas, spaces or tabs</source>
        <translation>Adresses séparées par des virgules, des espaces ou des tabulations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One range of addresses (first-last) per line</source>
        <translation>Une plage d’adresses (première-dernière) par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PeerGuardian P2P: a name, a colon and a range per line</source>
        <translation>PeerGuardian P2P&#xa0;: un nom, un deux-points et une plage par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DShield block list: start, end and prefix length per row</source>
        <translation>Liste de blocage DShield&#xa0;: début, fin et longueur de préfixe par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated values with the addresses in one column</source>
        <translation>Valeurs séparées par des virgules, avec les adresses dans une colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A JSON array of addresses as strings</source>
        <translation>Un tableau JSON d’adresses sous forme de chaînes</translation>
    </message>
    <message>
        <location filename="../app/feeds/feeditem.cpp" line="+146"/>
        <source>%1 is longer than any address (%2 characters)</source>
        <translation>%1 est plus long que toute adresse (%2 caractères)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an address or a network</source>
        <translation>%1 n’est ni une adresse ni un réseau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a network; a range joins two addresses</source>
        <translation>%1 est un réseau&#xa0;; une plage relie deux adresses</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+3"/>
        <source>%1 is not a range: %2</source>
        <translation>%1 n’est pas une plage&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a range: it joins an IPv4 and an IPv6 address</source>
        <translation>%1 n’est pas une plage&#xa0;: elle relie une adresse IPv4 et une adresse IPv6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a range: its first address comes after its last; write the lower address first</source>
        <translation>%1 n’est pas une plage&#xa0;: sa première adresse vient après la dernière&#xa0;; écrivez d’abord la plus petite</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedparser.cpp" line="+197"/>
        <source>%1 is not a DShield row, which holds a start address, an end address and a prefix length</source>
        <translation>%1 n’est pas une ligne DShield, qui contient une adresse de début, une adresse de fin et une longueur de préfixe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a prefix length</source>
        <translation>%1 n’est pas une longueur de préfixe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 does not add up: %2 to %3 is not a network with prefix length %4</source>
        <translation>%1 est incohérent&#xa0;: de %2 à %3 n’est pas un réseau de longueur de préfixe %4</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 has no column %2</source>
        <translation>%1 n’a pas de colonne %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has a quote that is not closed</source>
        <translation>%1 contient un guillemet non fermé</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The JSON data is not an array. A JSON feed is an array of addresses as strings, such as %1.</source>
        <translation>Les données JSON ne sont pas un tableau. Un flux JSON est un tableau d’adresses sous forme de chaînes, comme %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading the feed was cancelled.</source>
        <translation>La lecture du flux a été annulée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The JSON data is malformed at byte %1; the download may be incomplete. A JSON feed is an array of addresses as strings, such as %2.</source>
        <translation>Les données JSON sont mal formées à l’octet %1&#xa0;; le téléchargement est peut-être incomplet. Un flux JSON est un tableau d’adresses sous forme de chaînes, comme %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not a string; a JSON feed lists addresses as strings</source>
        <translation>%1 n’est pas une chaîne&#xa0;; un flux JSON donne les adresses sous forme de chaînes</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>The data is not text (byte %1 is zero): it is not a list of addresses, or it is packed in a way that cannot be read here. Use a text, .gz or .zip file.</source>
        <translation>Les données ne sont pas du texte (l’octet %1 est nul)&#xa0;: ce n’est pas une liste d’adresses, ou elle est compressée d’une manière illisible ici. Utilisez un fichier texte, .gz ou .zip.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a web page, not a list of addresses: the address may lead to a download page, a login or an error page. Check the address of the list itself.</source>
        <translation>Ceci est une page web, pas une liste d’adresses&#xa0;: l’adresse mène peut-être à une page de téléchargement, de connexion ou d’erreur. Vérifiez l’adresse de la liste elle-même.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The feed is empty: it holds no addresses. Check that the file or download is complete.</source>
        <translation>Le flux est vide&#xa0;: il ne contient aucune adresse. Vérifiez que le fichier ou le téléchargement est complet.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The JSON array is empty: the feed holds no addresses.</source>
        <translation>Le tableau JSON est vide&#xa0;: le flux ne contient aucune adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The feed holds only comments and blank lines, no addresses.</source>
        <translation>Le flux ne contient que des commentaires et des lignes vides, aucune adresse.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+10"/>
        <source>Nothing in the feed is an address, a network or a range: %n item(s) could not be read.</source>
        <translation>
            <numerusform>Rien dans le flux n’est une adresse, un réseau ou une plage&#xa0;: %n élément n’a pas pu être lu.</numerusform>
            <numerusform>Rien dans le flux n’est une adresse, un réseau ou une plage&#xa0;: %n éléments n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The first, on line %1: %2. Check that this is a blocklist and that its format (%3) is right.</source>
        <translation>Le premier, à la ligne %1&#xa0;: %2. Vérifiez qu’il s’agit bien d’une liste de blocage et que son format (%3) est le bon.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feeddownloader.cpp" line="-26"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+31"/>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/feeds/feedrefresh.cpp" line="-60"/>
        <source>%1 places no network in %2 (%3); the last list stays in force.</source>
        <translation>%1 ne situe aucun réseau dans %2 (%3)&#xa0;; la dernière liste reste en vigueur.</translation>
    </message>
</context>
<context>
    <name>Rampart::FeedsModel</name>
    <message>
        <location filename="../ui/feedsmodel.cpp" line="+70"/>
        <source>Fetched over plain HTTP without an HTTPS checksum: anyone on the network path can change the list, even into one that blocks everything.</source>
        <translation>Récupéré en HTTP non chiffré sans somme de contrôle HTTPS&#xa0;: quiconque sur le chemin réseau peut modifier la liste, jusqu’à en faire une qui bloque tout.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its checksum is fetched over plain HTTP: anyone on the network path can change it.</source>
        <translation>Sa somme de contrôle est récupérée en HTTP non chiffré&#xa0;: quiconque sur le chemin réseau peut la modifier.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/feedstab.cpp" line="+132"/>
        <source>Updating… %1 %</source>
        <translation>Mise à jour… %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never fetched</source>
        <translation>Jamais récupéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>when asked</source>
        <translation>sur demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/feedstab.cpp" line="+12"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>never</source>
        <translation>jamais</translation>
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
        <translation>%1 (autorise des réseaux larges)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Format: %1</source>
        <translation>Format&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked against: %1</source>
        <translation>Vérifié avec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allows broad networks: wider than /8 (IPv6 /16)</source>
        <translation>Autorise des réseaux larges&#xa0;: plus larges que /8 (IPv6 /16)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last attempt failed; the list from %1 stays in force.</source>
        <translation>La dernière tentative a échoué&#xa0;; la liste du %1 reste en vigueur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last attempt failed; no list from this feed is in force yet.</source>
        <translation>La dernière tentative a échoué&#xa0;; aucune liste de ce flux n’est encore en vigueur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last checked: %1</source>
        <translation>Dernière vérification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List current as of: %1</source>
        <translation>Liste à jour en date du&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Networks in the feed&apos;s list: %1
Blocked after the allowlist: %2</source>
        <translation>Réseaux dans la liste du flux&#xa0;: %1
Bloqués après la liste d’autorisation&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dropped by the feed&apos;s networks since they were put in the kernel, added up over its entries</source>
        <translation>Jeté par les réseaux du flux depuis leur mise dans le noyau, additionné sur ses entrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packets dropped per second since the listing before</source>
        <translation>Paquets jetés par seconde depuis la liste précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1</source>
        <translation>Intervalle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked (Refresh Now)</source>
        <translation>Uniquement sur demande (Actualiser maintenant)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/feedstab.cpp" line="-14"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packets</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next refresh</source>
        <translation>Prochaine actualisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>Rampart::FeedsTab</name>
    <message>
        <location filename="../ui/feedstab.cpp" line="-80"/>
        <source>No feeds yet. Import Feed… (Ctrl+I) reads a public blocklist from a file or a web address, shows what it holds before anything is blocked, and keeps it up to date on a schedule.</source>
        <translation>Aucun flux pour l’instant. Importer un flux… (Ctrl+I) lit une liste de blocage publique depuis un fichier ou une adresse web, montre son contenu avant tout blocage, puis la tient à jour selon un calendrier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import Feed…</source>
        <translation>&amp;Importer un flux…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a public blocklist from a file or a web address</source>
        <translation>Ajouter une liste de blocage publique depuis un fichier ou une adresse web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh &amp;Now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download or read the selected feeds again and load what changed</source>
        <translation>Retélécharger ou relire les flux sélectionnés et charger ce qui a changé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Feed…</source>
        <translation>&amp;Supprimer le flux…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected feeds and unblock their networks</source>
        <translation>Supprimer les flux sélectionnés et débloquer leurs réseaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Allowlist…</source>
        <translation>&amp;Liste d’autorisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks that no feed may block</source>
        <translation>Réseaux qu’aucun flux ne doit bloquer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit Settings…</source>
        <translation>&amp;Modifier les paramètres…</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The feeds could not be read. %1</source>
        <translation>Les flux n’ont pas pu être lus. %1</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Feed %1 refreshed: %2 networks added, %3 removed.</source>
        <translation>Flux %1 actualisé&#xa0;: %2 réseaux ajoutés, %3 retirés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feed %1 is unchanged since the last download.</source>
        <translation>Le flux %1 n’a pas changé depuis le dernier téléchargement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feed %1 could not be refreshed; its last good list stays in force. %2</source>
        <translation>Le flux %1 n’a pas pu être actualisé&#xa0;; sa dernière liste valide reste en vigueur. %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove Feed</source>
        <translation>Supprimer le flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the feed %1?</source>
        <translation>Supprimer le flux %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its %1 networks are unblocked, and its settings are deleted. The allowlist and what was blocked by hand stay as they are.</source>
        <translation>Ses %1 réseaux seront débloqués et ses paramètres supprimés. La liste d’autorisation et ce qui a été bloqué à la main restent tels quels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Feeds</source>
        <translation>Supprimer des flux</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %Ln feed(s)?</source>
        <translation>
            <numerusform>Supprimer %Ln flux&#xa0;?</numerusform>
            <numerusform>Supprimer les %Ln flux&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 networks)</source>
        <translation>%1 (%2 réseaux)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their networks are unblocked, and their settings are deleted: %1</source>
        <translation>Leurs réseaux seront débloqués et leurs paramètres supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The feed %1 was not removed.</source>
        <translation>Le flux %1 n’a pas été supprimé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feed %1 removed: %2 networks unblocked.</source>
        <translation>Flux %1 supprimé&#xa0;: %2 réseaux débloqués.</translation>
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
        <translation>partage ses nœuds entre plus de réseaux qu’un arbre ne le peut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>goes deeper than the 128 bits of an address</source>
        <translation>descend plus profond que les 128 bits d’une adresse</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>points outside the file&apos;s data section</source>
        <translation>pointe hors de la section de données du fichier</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No geolocation database could be opened; searched %1. scripts/setup.sh installs the default one into %2.</source>
        <translation>Aucune base de géolocalisation n’a pu être ouverte&#xa0;; emplacements cherchés&#xa0;: %1. scripts/setup.sh installe celle par défaut dans %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The geolocation database %1 does not exist.</source>
        <translation>La base de géolocalisation %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a geolocation database (.mmdb) file.</source>
        <translation>%1 est un dossier, pas un fichier de base de géolocalisation (.mmdb).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The geolocation database %1 could not be read: %2.</source>
        <translation>La base de géolocalisation %1 n’a pas pu être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a usable MaxMind (.mmdb) geolocation database: %2. Replace it, or run scripts/setup.sh to install the default one.</source>
        <translation>%1 n’est pas une base de géolocalisation MaxMind (.mmdb) utilisable&#xa0;: %2. Remplacez-la, ou lancez scripts/setup.sh pour installer celle par défaut.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The geolocation database %1 is damaged: its search tree %2. Replace it, or run scripts/setup.sh to install the default one.</source>
        <translation>La base de géolocalisation %1 est endommagée&#xa0;: son arbre de recherche %2. Remplacez-la, ou lancez scripts/setup.sh pour installer celle par défaut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not laid out as the MaxMind DB format defines</source>
        <translation>n’est pas organisé comme le définit le format MaxMind DB</translation>
    </message>
    <message>
        <location filename="../app/geo/onlinedetails.cpp" line="+38"/>
        <source>an address of &quot;this network&quot; (RFC 791)</source>
        <translation>une adresse de «&#xa0;ce réseau&#xa0;» (RFC 791)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>a private address (RFC 1918)</source>
        <translation>une adresse privée (RFC 1918)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>an address of the carrier-grade NAT space (RFC 6598)</source>
        <translation>une adresse de l’espace partagé du NAT d’opérateur (RFC 6598)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>a loopback address</source>
        <translation>une adresse de bouclage</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+17"/>
        <source>a link-local address</source>
        <translation>une adresse de lien local</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>an IETF protocol address (RFC 6890)</source>
        <translation>une adresse réservée aux protocoles de l’IETF (RFC 6890)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>a documentation address (RFC 5737)</source>
        <translation>une adresse de documentation (RFC 5737)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>a benchmarking address (RFC 2544)</source>
        <translation>une adresse de tests de performance (RFC 2544)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>a multicast address</source>
        <translation>une adresse multicast</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>a reserved or broadcast address</source>
        <translation>une adresse réservée ou de diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unspecified address</source>
        <translation>l’adresse non spécifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a local-use NAT64 address (RFC 8215)</source>
        <translation>une adresse NAT64 à usage local (RFC 8215)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a discard-only address (RFC 6666)</source>
        <translation>une adresse du préfixe de rejet (RFC 6666)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a documentation address (RFC 3849)</source>
        <translation>une adresse de documentation (RFC 3849)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a documentation address (RFC 9637)</source>
        <translation>une adresse de documentation (RFC 9637)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a unique local address (RFC 4193)</source>
        <translation>une adresse locale unique (RFC 4193)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a site-local address (RFC 3879)</source>
        <translation>une adresse de site local (RFC 3879)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not an HTTP or HTTPS address; set the online details service to one, such as %2.</source>
        <translation>%1 n’est pas une adresse HTTP ou HTTPS&#xa0;; indiquez-en une pour le service de détails en ligne, comme %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The online details service answered %1 for %2; it may need a key, or no longer serve this address. Check the service&apos;s address.</source>
        <translation>Le service de détails en ligne a répondu %1 pour %2&#xa0;; il exige peut-être une clé, ou n’est plus disponible à cette adresse. Vérifiez l’adresse du service.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The online details service answered %1 for %2, a problem on its side; try again later.</source>
        <translation>Le service de détails en ligne a répondu %1 pour %2, un problème de son côté&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The online details service answered %1 for %2 instead of details; check the service&apos;s address.</source>
        <translation>Le service de détails en ligne a répondu %1 pour %2 au lieu de donner des détails&#xa0;; vérifiez l’adresse du service.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the connection; check the online details service&apos;s address, or try again later.</source>
        <translation>%1 a refusé la connexion&#xa0;; vérifiez l’adresse du service de détails en ligne, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host %1 of %2 was not found; check the address and this computer&apos;s DNS settings.</source>
        <translation>L’hôte %1 de %2 est introuvable&#xa0;; vérifiez l’adresse et les paramètres DNS de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing arrived from %1 for %2 s, so the lookup was stopped; try again later.</source>
        <translation>Rien n’est arrivé de %1 pendant %2&#xa0;s, la recherche a donc été interrompue&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed (%2); check the server&apos;s certificate, and this computer&apos;s date and trusted certificates.</source>
        <translation>La connexion sécurisée à %1 a échoué (%2)&#xa0;; vérifiez le certificat du serveur, ainsi que la date et les certificats de confiance de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lookup with %1 failed (%2); check the address and this computer&apos;s network connection.</source>
        <translation>La recherche auprès de %1 a échoué (%2)&#xa0;; vérifiez l’adresse et la connexion réseau de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The online details service answered %1 for %2 without saying where to; check the service&apos;s address.</source>
        <translation>Le service de détails en ligne a répondu %1 pour %2 sans indiquer vers où&#xa0;; vérifiez l’adresse du service.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 redirected to %2, and addresses are not sent on to another address; if that is the service&apos;s new address, set it instead.</source>
        <translation>%1 a redirigé vers %2, et les adresses ne sont pas transmises à une autre adresse&#xa0;; si c’est la nouvelle adresse du service, indiquez-la à la place.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 did not answer with JSON (%2 at byte %3); check that the address is a service that speaks ip-api.com&apos;s batch protocol.</source>
        <translation>%1 n’a pas répondu en JSON (%2 à l’octet %3)&#xa0;; vérifiez que l’adresse est celle d’un service qui parle le protocole par lots d’ip-api.com.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered with a JSON %2 instead of a list of answers; check that the address is a service&apos;s batch endpoint.</source>
        <translation>%1 a répondu par du JSON de type %2 au lieu d’une liste de réponses&#xa0;; vérifiez que l’adresse est le point d’accès par lots d’un service.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered %2 items for %3 addresses, so none could be matched to its address; try again later.</source>
        <translation>%1 a répondu par %2 éléments pour %3 adresses, aucun n’a donc pu être associé à son adresse&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered with a %2 instead of an object for %3 (item %4); the answers were not used.</source>
        <translation>%1 a répondu par une valeur de type %2 au lieu d’un objet pour %3 (élément %4)&#xa0;; les réponses n’ont pas été utilisées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered with a %2 as &quot;%3&quot; for %4 where text belongs; the answers were not used.</source>
        <translation>%1 a répondu par une valeur de type %2 pour «&#xa0;%3&#xa0;» de %4, là où un texte est attendu&#xa0;; les réponses n’ont pas été utilisées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 answered about %2 where %3 was asked (item %4); the answers were not used.</source>
        <translation>%1 a répondu au sujet de %2 alors que %3 était demandé (élément %4)&#xa0;; les réponses n’ont pas été utilisées.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no details for %2.</source>
        <translation>%1 n’a pas de détails sur %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no details for %2: %3.</source>
        <translation>%1 n’a pas de détails sur %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered with the status %2 for %3 (item %4), neither &quot;success&quot; nor &quot;fail&quot;; the answers were not used.</source>
        <translation>%1 a répondu avec le statut %2 pour %3 (élément %4), ni «&#xa0;success&#xa0;» ni «&#xa0;fail&#xa0;»&#xa0;; les réponses n’ont pas été utilisées.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When online details are on, the public addresses you look up are sent to %1 (%2), which answers with their city and Internet provider; that service then knows which addresses you looked up. Private and local addresses are never sent, and the database on this machine is used for everything else. Nothing is sent while online details are off.</source>
        <translation>Quand les détails en ligne sont activés, les adresses publiques que vous recherchez sont envoyées à %1 (%2), qui répond avec leur ville et leur fournisseur d’accès à Internet&#xa0;; ce service sait alors quelles adresses vous avez recherchées. Les adresses privées et locales ne sont jamais envoyées, et la base de géolocalisation de cette machine sert pour tout le reste. Rien n’est envoyé tant que les détails en ligne sont désactivés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When online details are on, the public addresses you look up are sent unencrypted to %1 (%2), which answers with their city and Internet provider; that service, and the networks on the way, then know which addresses you looked up. Private and local addresses are never sent, and the database on this machine is used for everything else. Nothing is sent while online details are off.</source>
        <translation>Quand les détails en ligne sont activés, les adresses publiques que vous recherchez sont envoyées sans chiffrement à %1 (%2), qui répond avec leur ville et leur fournisseur d’accès à Internet&#xa0;; ce service, ainsi que les réseaux traversés, savent alors quelles adresses vous avez recherchées. Les adresses privées et locales ne sont jamais envoyées, et la base de géolocalisation de cette machine sert pour tout le reste. Rien n’est envoyé tant que les détails en ligne sont désactivés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not sent: %1 is %2, which has no public owner to look up.</source>
        <translation>Non envoyé&#xa0;: %1 est %2, qui n’a pas de propriétaire public à rechercher.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not sent: %1 is a network; online details are for single addresses.</source>
        <translation>Non envoyé&#xa0;: %1 est un réseau&#xa0;; les détails en ligne ne concernent que des adresses seules.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: %1.</source>
        <translation>Non envoyé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>The answer of %1 is larger than %2, more than any batch of addresses needs; the answers were not used.</source>
        <translation>La réponse de %1 dépasse %2, plus qu’il n’en faut pour tout lot d’adresses&#xa0;; les réponses n’ont pas été utilisées.</translation>
    </message>
</context>
<context>
    <name>Rampart::HelperClient</name>
    <message>
        <location filename="../app/client/helperclient.cpp" line="+164"/>
        <location line="+15"/>
        <source>Could not make a memory file for the list: %1</source>
        <translation>Impossible de créer un fichier en mémoire pour la liste&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The helper sent no listing.</source>
        <translation>L’assistant n’a envoyé aucune liste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The helper&apos;s listing could not be read: %1</source>
        <translation>La liste envoyée par l’assistant n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The helper&apos;s listing is too large to be real (%1 bytes).</source>
        <translation>La liste envoyée par l’assistant est trop grande pour être authentique (%1 octets).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The helper&apos;s listing is in a format this version of Rampart does not know.</source>
        <translation>La liste envoyée par l’assistant est dans un format que cette version de Rampart ne connaît pas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line %1 of the helper&apos;s listing is damaged.</source>
        <translation>La ligne %1 de la liste envoyée par l’assistant est endommagée.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not authorized: %1. Ask an administrator to grant you the Rampart polkit actions, or run the command as an administrator.</source>
        <translation>Non autorisé&#xa0;: %1. Demandez à un administrateur de vous accorder les actions polkit de Rampart, ou lancez la commande en tant qu’administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Rampart helper cannot be reached on the system bus (%1). Check that Rampart is installed and that the system bus is running.</source>
        <translation>L’assistant de Rampart est injoignable sur le bus système (%1). Vérifiez que Rampart est installé et que le bus système fonctionne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Rampart helper did not answer in time (%1).</source>
        <translation>L’assistant de Rampart n’a pas répondu à temps (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The helper refused the request: %1.</source>
        <translation>L’assistant a refusé la requête&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The helper refused the request as beyond its limits: %1.</source>
        <translation>L’assistant a refusé la requête, qui dépasse ses limites&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel firewall refused the change: %1. Nothing was changed.</source>
        <translation>Le pare-feu du noyau a refusé la modification&#xa0;: %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The blocklist store could not be updated: %1. Nothing was changed.</source>
        <translation>La base de la liste de blocage n’a pas pu être mise à jour&#xa0;: %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new list looks wrong: %1.</source>
        <translation>La nouvelle liste semble erronée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was blocked: %1.</source>
        <translation>Rien n’a été bloqué&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The helper reported an error: %1 (%2).</source>
        <translation>L’assistant a signalé une erreur&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Rampart::HelperStatusWidget</name>
    <message>
        <location filename="../ui/helperstatuswidget.cpp" line="+33"/>
        <source>the helper is not installed</source>
        <translation>l’assistant n’est pas installé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no system bus</source>
        <translation>pas de bus système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes allowed</source>
        <translation>Modifications autorisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polkit lets you change the firewall without asking again.</source>
        <translation>polkit vous laisse modifier le pare-feu sans redemander.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes ask for a password</source>
        <translation>Les modifications demandent un mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polkit asks for an administrator&apos;s password at the first change, then keeps the answer for a few minutes.</source>
        <translation>polkit demande le mot de passe d’un administrateur à la première modification, puis garde la réponse quelques minutes.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Helper: contacting…</source>
        <translation>Assistant&#xa0;: connexion…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Helper: ready</source>
        <translation>Assistant&#xa0;: prêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store: %1
Verdict for blocked sources: %2</source>
        <translation>Base&#xa0;: %1
Action pour les sources bloquées&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (IPv%2): %3 in the kernel, %4 in the store, room for %5</source>
        <translation>%1 (IPv%2)&#xa0;: %3 dans le noyau, %4 dans la base, place pour %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active: %1, %2</source>
        <translation>Actives&#xa0;: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>IPv4 %Ln entry(ies)</source>
        <translation>
            <numerusform>IPv4 %Ln entrée</numerusform>
            <numerusform>IPv4 %Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>IPv6 %Ln entry(ies)</source>
        <translation>
            <numerusform>IPv6 %Ln entrée</numerusform>
            <numerusform>IPv6 %Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kernel out of sync and rules missing: Reapply to Kernel repairs it</source>
        <translation>Noyau désynchronisé et règles absentes&#xa0;: « Réappliquer au noyau » répare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firewall rules missing: Reapply to Kernel puts them back</source>
        <translation>Règles du pare-feu absentes&#xa0;: « Réappliquer au noyau » les remet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel out of sync with the store: Reapply to Kernel repairs it</source>
        <translation>Noyau désynchronisé de la base&#xa0;: « Réappliquer au noyau » répare</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Last reapplied %1</source>
        <translation>Dernière réapplication %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change is stored as it is made; this is when the stored blocklist was last reapplied to the kernel (%1).</source>
        <translation>Chaque modification est enregistrée aussitôt faite&#xa0;; c’est le moment où la liste enregistrée a été réappliquée au noyau pour la dernière fois (%1).</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Kernel in sync, rules in place</source>
        <translation>Noyau synchronisé, règles en place</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (IPv%2): the jump to the RAMPART chain is missing</source>
        <translation>%1 (IPv%2)&#xa0;: le saut vers la chaîne RAMPART est absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (IPv%2): the jump to the RAMPART chain is rule %3 of %4; the rules above it see packets first</source>
        <translation>%1 (IPv%2)&#xa0;: le saut vers la chaîne RAMPART est la règle %3 sur %4&#xa0;; les règles au-dessus voient les paquets d’abord</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Helper: not authorized</source>
        <translation>Assistant&#xa0;: non autorisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helper: not reachable — %1</source>
        <translation>Assistant&#xa0;: injoignable — %1</translation>
    </message>
</context>
<context>
    <name>Rampart::HistoryModel</name>
    <message>
        <location filename="../ui/historymodel.cpp" line="+50"/>
        <source>%1 (undone by #%2)</source>
        <translation>%1 (annulation par #%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change #%1</source>
        <translation>Modification #%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
</context>
<context>
    <name>Rampart::HistoryTab</name>
    <message>
        <location filename="../ui/historytab.cpp" line="+62"/>
        <source>&amp;Undo Selected Change</source>
        <translation>&amp;Annuler la modification sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the selected change; the undo is a change of its own</source>
        <translation>Annuler la modification sélectionnée&#xa0;; l’annulation est elle-même une modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo My Last Change</source>
        <translation>&amp;Annuler ma dernière modification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo your own last change to the blocklist, made here or with rampartctl</source>
        <translation>Annuler votre propre dernière modification de la liste de blocage, faite ici ou avec rampartctl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by user, action, address or detail</source>
        <translation>Filtrer par utilisateur, action, adresse ou détail</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select a change to see all it kept.</source>
        <translation>Sélectionnez une modification pour voir tout ce que l’historique en a gardé.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Change #%1, %2, by %3 from %4: %5</source>
        <translation>Modification #%1, %2, par %3 (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone by change #%1.</source>
        <translation>Annulée par la modification #%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can be undone.</source>
        <translation>Peut être annulée.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(%n more not kept in the history)</source>
        <translation>
            <numerusform>(%n autre, non conservée dans l’historique)</numerusform>
            <numerusform>(%n autres, non conservées dans l’historique)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+42"/>
        <source>Undo Change</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Undo change #%1, %2 by %3?</source>
        <translation>Annuler la modification #%1 (%2, par %3)&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler la modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change #%1 was not undone.</source>
        <translation>La modification #%1 n’a pas été annulée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undid change #%1, %2.</source>
        <translation>Modification #%1 annulée (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undid change #%1, %2 of %3.</source>
        <translation>Modification #%1 annulée (%2, %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) could not be restored; see the history.</source>
        <translation>
            <numerusform>%n élément n’a pas pu être rétabli&#xa0;; voir l’historique.</numerusform>
            <numerusform>%n éléments n’ont pas pu être rétablis&#xa0;; voir l’historique.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of change #%1 could not be restored.</source>
        <translation>Une partie de la modification #%1 n’a pas pu être rétablie.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was undone.</source>
        <translation>Rien n’a été annulé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You have no change left to undo.</source>
        <translation>Vous n’avez plus de modification à annuler.</translation>
    </message>
</context>
<context>
    <name>Rampart::HistoryText</name>
    <message>
        <location filename="../app/history/historyentry.cpp" line="+28"/>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>feed timer</source>
        <translation>minuteur des flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>helper</source>
        <translation>assistant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undo of #%1</source>
        <translation>annulation de #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block</source>
        <translation>blocage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unblock</source>
        <translation>déblocage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allow</source>
        <translation>autorisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disallow</source>
        <translation>retrait d’autorisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feed added</source>
        <translation>ajout de flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feed changed</source>
        <translation>modification de flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feed updated</source>
        <translation>mise à jour de flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feed removed</source>
        <translation>suppression de flux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verdict</source>
        <translation>changement d’action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older history folded</source>
        <translation>regroupement de l’ancien historique</translation>
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
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::ImportFeedDialog</name>
    <message>
        <location filename="../ui/importfeeddialog.cpp" line="+73"/>
        <location line="+712"/>
        <source>Import Feed</source>
        <translation>Importer un flux</translation>
    </message>
    <message>
        <location line="-701"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show Co&amp;mmands…</source>
        <translation>Afficher les co&amp;mmandes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the ipset and iptables commands loading the previewed list would run, without loading it.</source>
        <translation>Afficher les commandes ipset et iptables que le chargement de la liste prévisualisée exécuterait, sans la charger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>https://example.org/blocklist.txt or /path/to/blocklist.txt</source>
        <translation>https://example.org/blocklist.txt ou /chemin/vers/blocklist.txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A web address (http or https) or a file on this computer. Compressed files (.gz, .zip) are unpacked.</source>
        <translation>Une adresse web (http ou https) ou un fichier de cet ordinateur. Les fichiers compressés (.gz, .zip) sont décompressés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+305"/>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>find</source>
        <translation>chercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column that holds the addresses, counted from 1; &quot;find&quot; takes the first column that holds addresses in most rows.</source>
        <translation>La colonne qui contient les adresses, numérotée à partir de 1&#xa0;; «&#xa0;chercher&#xa0;» prend la première colonne qui contient des adresses dans la plupart des lignes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Col&amp;umn:</source>
        <translation>Col&amp;onne&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>spamhaus-drop</source>
        <translation>spamhaus-drop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names the feed in the Feeds tab, the blocklist and the history.</source>
        <translation>Désigne le flux dans l’onglet Flux, la liste de blocage et l’historique.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only when asked</source>
        <translation>Uniquement sur demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeds are refreshed while Rampart runs, and by the system timer where it is enabled. A failed download keeps the last good list.</source>
        <translation>Les flux sont actualisés pendant que Rampart fonctionne, ainsi que par le minuteur système là où il est activé. Si un téléchargement échoue, la dernière liste valide est conservée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch over plain HTTP anyway (&amp;insecure)</source>
        <translation>Récupérer quand même en HTTP non chiffré (non &amp;sécurisé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone between this machine and the server can then change the list. Use it only for a source that offers nothing better.</source>
        <translation>Quiconque se trouve entre cette machine et le serveur peut alors modifier la liste. À n’utiliser que pour une source qui n’offre rien de mieux.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Allow networks wider than /8 (IPv6 /16)</source>
        <translation>Autoriser les réseaux plus larges que /8 (IPv6 /16)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without it the helper refuses a list that holds a network wider than /8 (IPv6 /16) of addresses Internet sources use: a damaged or hostile list could otherwise lock out everyone.</source>
        <translation>Sans cela, l’assistant refuse une liste qui contient un réseau plus large que /8 (IPv6 /16) d’adresses qu’utilisent les sources d’Internet&#xa0;: une liste endommagée ou malveillante pourrait sinon bloquer tout le monde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preview</source>
        <translation>Ape&amp;rçu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the feed and show what it holds, without changing anything</source>
        <translation>Lire le flux et montrer son contenu, sans rien modifier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh:</source>
        <translation>Ac&amp;tualisation&#xa0;:</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>Edit Feed %1</source>
        <translation>Modifier le flux %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A feed keeps its name; to rename it, import it again under the new name and remove this one.</source>
        <translation>Un flux garde son nom&#xa0;; pour le renommer, importez-le de nouveau sous le nouveau nom et supprimez celui-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every %1</source>
        <translation>Intervalle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Reading the feed&apos;s address with its password or token…</source>
        <translation>Lecture de l’adresse du flux avec son mot de passe ou son jeton…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The feed&apos;s address could not be read whole, so nothing was fetched or saved.</source>
        <translation>L’adresse du flux n’a pas pu être lue en entier&#xa0;; rien n’a donc été récupéré ni enregistré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The helper no longer has the feed %1.</source>
        <translation>L’assistant n’a plus le flux %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved. Close this dialog and import the feed again.</source>
        <translation>Rien n’a été enregistré. Fermez cette fenêtre et importez le flux à nouveau.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The networks of %1 in the geolocation database</source>
        <translation>Les réseaux du pays %1 dans la base de géolocalisation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the feed a name.</source>
        <translation>Donnez un nom au flux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A feed named %1 exists already. Choose another name, or double-click that feed in the Feeds tab to change it.</source>
        <translation>Un flux nommé %1 existe déjà. Choisissez un autre nom, ou double-cliquez sur ce flux dans l’onglet Flux pour le modifier.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Use https, or allow fetching over plain HTTP.</source>
        <translation>Utilisez https, ou autorisez la récupération en HTTP non chiffré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list holds networks wider than /8 (IPv6 /16); allow them, or use another list.</source>
        <translation>La liste contient des réseaux plus larges que /8 (IPv6 /16)&#xa0;; autorisez-les, ou utilisez une autre liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This feed cannot be imported as it is; see the preview.</source>
        <translation>Ce flux ne peut pas être importé en l’état&#xa0;; voir l’aperçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the feed first: Apply loads its list into the firewall.</source>
        <translation>Affichez d’abord l’aperçu du flux&#xa0;: Appliquer charge sa liste dans le pare-feu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the feed and load its list into the firewall</source>
        <translation>Enregistrer le flux et charger sa liste dans le pare-feu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the feed&apos;s settings</source>
        <translation>Enregistrer les paramètres du flux</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a Blocklist File</source>
        <translation>Choisir un fichier de liste de blocage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocklists (*.txt *.netset *.ipset *.list *.csv *.json *.p2p *.dat *.gz *.zip);;All files (*)</source>
        <translation>Listes de blocage (*.txt *.netset *.ipset *.list *.csv *.json *.p2p *.dat *.gz *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the allowlist…</source>
        <translation>Lecture de la liste d’autorisation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The allowlist could not be read, so this preview does not take it into account. %1</source>
        <translation>La liste d’autorisation n’a pas pu être lue, cet aperçu n’en tient donc pas compte. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import Feed %1</source>
        <translation>Importer le flux %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, column %2</source>
        <translation>%1, colonne %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically (detected: %1)</source>
        <translation>Détection automatique (détecté&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Load Anyway</source>
        <translation>&amp;Charger quand même</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Saving the feed… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>Enregistrement du flux… Une fenêtre d’authentification peut demander le mot de passe d’un administrateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The feed was not saved.</source>
        <translation>Le flux n’a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feed %1 saved.</source>
        <translation>Flux %1 enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feed %1 would cut this machine off from what it needs.</source>
        <translation>Le flux %1 couperait cette machine de ce dont elle a besoin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load &amp;Without Those Ranges</source>
        <translation>Charger &amp;sans ces plages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts those ranges on the allowlist, so that no feed blocks them, then loads the rest of the list.</source>
        <translation>Ajoute ces plages à la liste d’autorisation, pour qu’aucun flux ne les bloque, puis charge le reste de la liste.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Putting %n range(s) on the allowlist… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>
            <numerusform>Ajout de %n plage à la liste d’autorisation… Une fenêtre d’authentification peut demander le mot de passe d’un administrateur.</numerusform>
            <numerusform>Ajout de %n plages à la liste d’autorisation… Une fenêtre d’authentification peut demander le mot de passe d’un administrateur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept out of feed %1: this machine needs them</source>
        <translation>Tenu hors du flux %1&#xa0;: cette machine en a besoin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was loaded: the ranges could not be put on the allowlist.</source>
        <translation>Rien n’a été chargé&#xa0;: les plages n’ont pas pu être ajoutées à la liste d’autorisation.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the list…</source>
        <translation>Chargement de la liste…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Feed %1 loaded: %2 networks added to the firewall, %3 removed.</source>
        <translation>Flux %1 chargé&#xa0;: %2 réseaux ajoutés au pare-feu, %3 retirés.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the list was cancelled.</source>
        <translation>Le chargement de la liste a été annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The feed&apos;s settings were saved; its list in the firewall is unchanged. Apply again, or use Refresh Now in the Feeds tab later.</source>
        <translation>Les paramètres du flux ont été enregistrés&#xa0;; sa liste dans le pare-feu est inchangée. Appliquez de nouveau, ou utilisez plus tard Actualiser maintenant dans l’onglet Flux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The feed&apos;s settings were saved, but its list was not loaded.</source>
        <translation>Les paramètres du flux ont été enregistrés, mais sa liste n’a pas été chargée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last good list stays in force.</source>
        <translation>La dernière liste valide reste en vigueur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing from this feed is blocked yet. Apply again once the problem is solved.</source>
        <translation>Rien de ce flux n’est encore bloqué. Appliquez de nouveau une fois le problème résolu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feed %1 saved; its list was not loaded.</source>
        <translation>Flux %1 enregistré&#xa0;; sa liste n’a pas été chargée.</translation>
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
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocklist</source>
        <translation>Liste de blocage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the blocklist by address, source or comment</source>
        <translation>Filtrer la liste de blocage par adresse, source ou commentaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the helper for its status and the blocklist again</source>
        <translation>Redemander à l’assistant son état et la liste de blocage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block addresses or networks typed or pasted by hand</source>
        <translation>Bloquer des adresses ou des réseaux saisis ou collés à la main</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;apply to Kernel</source>
        <translation>Ré&amp;appliquer au noyau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change is stored as it is made. This puts back into the kernel what is missing there, removes what the store does not have and restores the rules, after ipset or iptables were changed by hand.</source>
        <translation>Chaque modification est enregistrée aussitôt faite. Ceci remet dans le noyau ce qui y manque, retire ce que la base n’a pas et rétablit les règles, après une modification à la main d’ipset ou d’iptables.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Drop (discard silently)</source>
        <translation>&amp;Jeter (sans réponse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets from blocked sources are discarded without an answer</source>
        <translation>Les paquets des sources bloquées sont jetés sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject (answer with an error)</source>
        <translation>&amp;Rejeter (répondre par une erreur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packets from blocked sources are refused with an error, so that they give up at once</source>
        <translation>Les paquets des sources bloquées sont refusés avec une erreur, pour qu’elles abandonnent aussitôt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roll Back Unless &amp;Confirmed</source>
        <translation>Annuler sauf &amp;confirmation</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A verdict change is undone by the helper unless you keep it within %n second(s)</source>
        <translation>
            <numerusform>Un changement d’action est défait par l’assistant si vous ne le gardez pas dans %n seconde</numerusform>
            <numerusform>Un changement d’action est défait par l’assistant si vous ne le gardez pas dans les %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verdict %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Rampart</source>
        <translation>À &amp;propos de Rampart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Configure Rampart…</source>
        <translation>&amp;Configurer Rampart…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;irewall</source>
        <translation>&amp;Pare-feu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verdict for Blocked Sources</source>
        <translation>Action pour les sources bloquées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fee&amp;ds</source>
        <translation>F&amp;lux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Reapplying the stored blocklist to the kernel…</source>
        <translation>Réapplication de la liste enregistrée au noyau…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored blocklist was not reapplied.</source>
        <translation>La liste enregistrée n’a pas été réappliquée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reapplied at %1: the kernel matches the store.</source>
        <translation>Réappliquée à %1&#xa0;: le noyau correspond à la base.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Show Commands for Reject…</source>
        <translation>Afficher les commandes pour Rejeter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Commands for Drop…</source>
        <translation>Afficher les commandes pour Jeter…</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Waiting for authentication…</source>
        <translation>En attente d’authentification…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Authenticated: you may change the firewall.</source>
        <translation>Authentifié&#xa0;: vous pouvez modifier le pare-feu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>polkit could not be asked: %1</source>
        <translation>polkit n’a pas pu être interrogé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Authenticate Again</source>
        <translation>S’authentifier à nouveau</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>The verdict was not changed.</source>
        <translation>L’action n’a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packets from blocked sources are now dropped.</source>
        <translation>Les paquets des sources bloquées sont désormais jetés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets from blocked sources are now rejected.</source>
        <translation>Les paquets des sources bloquées sont désormais rejetés.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>About Rampart</source>
        <translation>À propos de Rampart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Geolocation: %1, built %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Géolocalisation&#xa0;: %1, construite le %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Geolocation: no database (%1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Géolocalisation&#xa0;: aucune base (%1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rampart %1&lt;/h3&gt;&lt;p&gt;Blocks abusive addresses and networks in the kernel firewall, by hand or from public blocklists, and puts them back at boot.&lt;/p&gt;&lt;p&gt;Every change goes through a small root helper that asks polkit first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rampart %1&lt;/h3&gt;&lt;p&gt;Bloque dans le pare-feu du noyau les adresses et les réseaux malveillants, à la main ou depuis des listes de blocage publiques, et les rétablit au démarrage.&lt;/p&gt;&lt;p&gt;Chaque modification passe par un petit assistant privilégié qui consulte d’abord polkit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;The default country database is geo-whois-asn-country from ip-location-db, made from data of the Number Resource Organization (NRO), licensed under CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La base de pays par défaut est geo-whois-asn-country d’ip-location-db, issue des données de la Number Resource Organization (NRO), sous licence CC BY 4.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Rampart::MessageArea</name>
    <message>
        <location filename="../ui/messagearea.cpp" line="+39"/>
        <source>Show the messages so far, in full</source>
        <translation>Afficher les messages jusqu’ici, en entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
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
        <translation>%1 n’est pas une adresse IPv4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a leading zero, which some tools read as octal; write it without</source>
        <translation>%1 commence par un zéro, que certains outils lisent en octal&#xa0;; écrivez-le sans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a part above 255</source>
        <translation>%1 contient un nombre supérieur à 255</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>%1 is not an IPv4 address (four numbers separated by dots)</source>
        <translation>%1 n’est pas une adresse IPv4 (quatre nombres séparés par des points)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has a zone index, which a firewall set cannot hold</source>
        <translation>%1 contient un identifiant de zone, qu’un ensemble du pare-feu ne peut pas contenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>%1 is not an IPv6 address</source>
        <translation>%1 n’est pas une adresse IPv6</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>an empty item is not an address</source>
        <translation>un élément vide n’est pas une adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is longer than any address (%2 characters)</source>
        <translation>%1 est plus long que toute adresse (%2 caractères)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has a prefix length that is not a plain number</source>
        <translation>%1 a une longueur de préfixe qui n’est pas un simple nombre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not an IPv6 network</source>
        <translation>%1 n’est pas un réseau IPv6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an IPv4 network</source>
        <translation>%1 n’est pas un réseau IPv4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has a prefix longer than /%2</source>
        <translation>%1 a un préfixe plus long que /%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has bits set after the prefix; the network is %2</source>
        <translation>%1 a des bits à 1 après le préfixe&#xa0;; le réseau est %2</translation>
    </message>
    <message>
        <location filename="../common/net/hostnetworks.cpp" line="+119"/>
        <location line="+20"/>
        <source>a gateway on %1</source>
        <translation>une passerelle sur %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this machine&apos;s own network on %1</source>
        <translation>le réseau de cette machine sur %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>link-local</source>
        <translation>l’espace lien-local</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>a DNS server of this machine</source>
        <translation>un serveur DNS de cette machine</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>where %1&apos;s login session on %2 comes from</source>
        <translation>l’origine de la session de %1 sur %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>where your SSH session comes from</source>
        <translation>l’origine de votre session SSH</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>this machine&apos;s address on %1</source>
        <translation>l’adresse de cette machine sur %1</translation>
    </message>
</context>
<context>
    <name>Rampart::Rules</name>
    <message>
        <location filename="../common/rules/entryrules.cpp" line="+21"/>
        <location line="+1"/>
        <source>%1 covers loopback (%2)</source>
        <translation>%1 couvre l’adresse de bouclage (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 covers the unspecified address (%2)</source>
        <translation>%1 couvre l’adresse non spécifiée (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>%1 covers multicast (%2), which is never a source</source>
        <translation>%1 couvre le multicast (%2), qui n’est jamais une source</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 covers every address; refusing to block it</source>
        <translation>%1 couvre toutes les adresses&#xa0;; blocage refusé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 covers every address; allowing it would switch every feed off</source>
        <translation>%1 couvre toutes les adresses&#xa0;; l’autoriser désactiverait tous les flux</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 covers every address</source>
        <translation>%1 couvre toutes les adresses</translation>
    </message>
    <message>
        <location filename="../common/rules/requestrules.cpp" line="+123"/>
        <source>the comment is %1 characters long; the limit is %2</source>
        <translation>le commentaire fait %1 caractères&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the comment %1 holds a control or invisible formatting character</source>
        <translation>le commentaire %1 contient un caractère de contrôle ou de mise en forme invisible</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a feed name: use up to %2 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1 n’est pas un nom de flux&#xa0;: utilisez jusqu’à %2 lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a feed location: give an http or https URL, an absolute path of at most %2 characters or country:CC</source>
        <translation>%1 n’est pas un emplacement de flux&#xa0;: indiquez une URL http ou https, un chemin absolu d’au plus %2 caractères ou country:CC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 with %2: a country&apos;s networks have the format &quot;country&quot;, and only they</source>
        <translation>%1 avec %2&#xa0;: les réseaux d’un pays ont le format «&#xa0;country&#xa0;», et eux seuls</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a feed format</source>
        <translation>%1 n’est pas un format de flux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a checksum URL</source>
        <translation>%1 n’est pas une URL de somme de contrôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 comes over plain http, which anyone on the network path can change into a list that blocks everything: use https, give an https checksum URL, or add the feed as insecure</source>
        <translation>%1 arrive en http non chiffré, que quiconque sur le chemin réseau peut changer en une liste qui bloque tout&#xa0;: utilisez https, indiquez une URL de somme de contrôle https, ou ajoutez le flux comme non sécurisé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a refresh every %1 s is outside %2 s to %3 s (0: only when asked)</source>
        <translation>une actualisation toutes les %1 s sort de l’intervalle de %2 s à %3 s (0&#xa0;: seulement sur demande)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a feed cannot shrink by %1 %</source>
        <translation>un flux ne peut pas rétrécir de %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../common/rules/lockoutguard.cpp" line="+80"/>
        <source>%1 is wider than a /%2</source>
        <translation>%1 est plus large qu’un /%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Covers %1, %2</source>
        <translation>Couvre %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers part of %1, %2</source>
        <translation>Couvre une partie de %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 covers %2, %3</source>
        <translation>%1 couvre %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 covers part of %2, %3</source>
        <translation>%1 couvre une partie de %2, %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>allowlisted</source>
        <translation>dans la liste d’autorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowlisted (%1)</source>
        <translation>dans la liste d’autorisation (%1)</translation>
    </message>
</context>
<context>
    <name>Rampart::ScriptHighlighter</name>
    <message>
        <location filename="../ui/scripthighlighter.cpp" line="+97"/>
        <source>The syntax definition %1 could not be read: %2</source>
        <translation>La définition de syntaxe %1 n’a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The syntax definition %1 is not valid XML: %2</source>
        <translation>La définition de syntaxe %1 n’est pas du XML valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The syntax definition %1 has no contexts.</source>
        <translation>La définition de syntaxe %1 n’a aucun contexte.</translation>
    </message>
</context>
<context>
    <name>Rampart::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+28"/>
        <source>Settings</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geolocation Database</source>
        <translation>Base de géolocalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find one in the usual places</source>
        <translation>&amp;Chercher dans les emplacements habituels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use this file or folder:</source>
        <translation>&amp;Utiliser ce fichier ou ce dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/var/lib/GeoIP/GeoLite2-Country.mmdb</source>
        <translation>/var/lib/GeoIP/GeoLite2-Country.mmdb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Used by the Country column, by rampartctl geo and by country feeds, which follow the database when it changes.</source>
        <translation>Utilisée par la colonne Pays, par rampartctl geo et par les flux de pays, qui suivent la base quand elle change.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Online Details</source>
        <translation>Détails en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up &amp;city and ISP online</source>
        <translation>Rechercher la &amp;ville et le FAI en ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A service that takes a POST of up to 100 addresses as a JSON array and answers as ip-api.com&apos;s batch endpoint does</source>
        <translation>Un service qui accepte un POST de 100 adresses au plus sous forme de tableau JSON et répond comme le point d’accès par lots d’ip-api.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service &amp;URL:</source>
        <translation>UR&amp;L du service&#xa0;:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a Geolocation Database</source>
        <translation>Choisir une base de géolocalisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MaxMind databases (*.mmdb);;All files (*)</source>
        <translation>Bases MaxMind (*.mmdb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In use: %1 (%2), built %3.</source>
        <translation>Base utilisée&#xa0;: %1 (%2), construite le %3.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Give a database file, or a folder that holds one.</source>
        <translation>Indiquez un fichier de base, ou un dossier qui en contient un.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not an http or https address.</source>
        <translation>%1 n’est pas une adresse http ou https.</translation>
    </message>
</context>
<context>
    <name>Rampart::Widgets</name>
    <message>
        <location filename="../ui/forceblockquestion.cpp" line="+17"/>
        <source>Block even so?</source>
        <translation>Bloquer malgré tout&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Block Anyway</source>
        <translation>&amp;Bloquer quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
