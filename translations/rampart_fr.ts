<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Rampart</name>
    <message>
        <location filename="../app/net/cidr.cpp" line="+47"/>
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
        <location line="+86"/>
        <source>an empty item is not an address</source>
        <translation>un élément vide n’est pas une adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is longer than any address (%2 characters)</source>
        <translation>%1 est plus long que toute adresse (%2 caractères)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has a prefix length that is not a plain number</source>
        <translation>%1 a une longueur de préfixe qui n’est pas un simple nombre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an IPv6 network</source>
        <translation>%1 n’est pas un réseau IPv6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an IPv4 network</source>
        <translation>%1 n’est pas un réseau IPv4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has a prefix longer than /%2</source>
        <translation>%1 a un préfixe plus long que /%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has bits set after the prefix; the network is %2</source>
        <translation>%1 a des bits à 1 après le préfixe&#xa0;; le réseau est %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 covers every address; refusing to block it</source>
        <translation>%1 couvre toutes les adresses&#xa0;; blocage refusé</translation>
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
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unblock</source>
        <translation>Déb&amp;loquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block Addresses</source>
        <translation>Bloquer des adresses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>203.0.113.7
198.51.100.0/24, 2001:db8::/32

Paste addresses and networks separated by lines, commas or spaces. Text after # is ignored.</source>
        <translation>203.0.113.7
198.51.100.0/24, 2001:db8::/32

Collez des adresses et des réseaux séparés par des retours à la ligne, des virgules ou des espaces. Le texte qui suit # est ignoré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Addresses or networks:</source>
        <translation>&amp;Adresses ou réseaux&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click an item to select it in the text.</source>
        <translation>Cliquez sur un élément pour le sélectionner dans le texte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Permanently</source>
        <translation>Définitivement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why, for the record (optional)</source>
        <translation>Motif, pour mémoire (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;omment:</source>
        <translation>C&amp;ommentaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+119"/>
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
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Waiting for the helper… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>En attente de l’assistant… Une fenêtre d’authentification peut demander le mot de passe d’un administrateur.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+15"/>
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
        <location filename="../ui/blocklistmodel.cpp" line="+89"/>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../ui/mainwindow.cpp" line="+285"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location line="+90"/>
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
    <name>Rampart::Cidr</name>
    <message>
        <location filename="../app/net/cidr.cpp" line="+9"/>
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
        <location line="+2"/>
        <source>%1 covers multicast (%2), which is never a source</source>
        <translation>%1 couvre le multicast (%2), qui n’est jamais une source</translation>
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
        <translation>Utilisation&#xa0;: rampartctl COMMANDE [OPTIONS]

Commandes&#xa0;:
  block ADRESSE|CIDR... [--timeout DURÉE] [--comment TEXTE]
                        bloquer des sources (DURÉE&#xa0;: 90s, 15m, 1h, 2d, 1w&#xa0;;
                        définitif sans --timeout)
  unblock ADRESSE|CIDR...
                        retirer des sources de la liste de blocage
  list [--json]         afficher la liste de blocage
  status [--json]       afficher l’assistant, les ensembles et les règles
  save                  aligner le noyau sur la base et l’écrire sur disque
  verdict drop|reject   choisir le sort des paquets des sources bloquées

Code de sortie&#xa0;: 0 effectué, 1 refusé ou invalide (la raison est donnée sur la
sortie d’erreur), 2 erreur d’utilisation.
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
            <numerusform>rampartctl : %n élément invalide ; rien n’a été bloqué.</numerusform>
            <numerusform>rampartctl : %n éléments invalides ; rien n’a été bloqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>rampartctl: %n invalid item(s); nothing was unblocked.</source>
        <translation>
            <numerusform>rampartctl : %n élément invalide ; rien n’a été débloqué.</numerusform>
            <numerusform>rampartctl : %n éléments invalides ; rien n’a été débloqué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How long the block lasts.</source>
        <translation>Durée du blocage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for the record.</source>
        <translation>Motif, pour mémoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rampartctl: block needs at least one address or network</source>
        <translation>rampartctl: block attend au moins une adresse ou un réseau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rampartctl: %1 is not a duration; use for example 90s, 15m, 1h, 2d or 1w</source>
        <translation>rampartctl: %1 n’est pas une durée&#xa0;; utilisez par exemple 90s, 15m, 1h, 2d ou 1w</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rampartctl: the kernel cannot time out a block after more than %1; leave out --timeout to block permanently</source>
        <translation>rampartctl: le noyau ne peut pas limiter un blocage à plus de %1&#xa0;; omettez --timeout pour bloquer définitivement</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+9"/>
        <source>rampartctl: unblock needs at least one address or network</source>
        <translation>rampartctl: unblock attend au moins une adresse ou un réseau</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
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
        <location line="+8"/>
        <location line="+51"/>
        <source>Write JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>rampartctl: list takes no arguments besides --json</source>
        <translation>rampartctl: list n’accepte pas d’autre argument que --json</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ENTRY</source>
        <translation>ENTRÉE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXPIRES</source>
        <translation>EXPIRATION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PACKETS</source>
        <translation>PAQUETS</translation>
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
        <location line="+3"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location line="-62"/>
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
        <location line="+38"/>
        <source>Helper: reachable</source>
        <translation>Assistant&#xa0;: joignable</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Last save: %1</source>
        <translation>Dernier enregistrement&#xa0;: %1</translation>
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
        <location line="+10"/>
        <source>rampartctl: verdict takes one argument, drop or reject</source>
        <translation>rampartctl: verdict attend un argument, drop ou reject</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packets from blocked sources are now handled with %1.</source>
        <translation>Les paquets des sources bloquées sont désormais traités par %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>rampartctl: unknown command %1</source>
        <translation>rampartctl: commande inconnue %1</translation>
    </message>
</context>
<context>
    <name>Rampart::Duration</name>
    <message numerus="yes">
        <location filename="../app/cli/duration.cpp" line="+44"/>
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
    <name>Rampart::HelperClient</name>
    <message>
        <location filename="../app/client/helperclient.cpp" line="+77"/>
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
        <location line="+13"/>
        <source>The helper&apos;s listing is in a format this version of Rampart does not know.</source>
        <translation>La liste envoyée par l’assistant est dans un format que cette version de Rampart ne connaît pas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 of the helper&apos;s listing is damaged.</source>
        <translation>La ligne %1 de la liste envoyée par l’assistant est endommagée.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <source>The request is too large: %1.</source>
        <translation>La requête est trop volumineuse&#xa0;: %1.</translation>
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
        <location line="+1"/>
        <source>The helper reported an error: %1 (%2).</source>
        <translation>L’assistant a signalé une erreur&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Rampart::HelperStatusWidget</name>
    <message>
        <location filename="../ui/helperstatuswidget.cpp" line="+30"/>
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
        <location line="+55"/>
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
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln entry(ies) active (IPv4 %1, IPv6 %2)</source>
        <translation>
            <numerusform>%Ln entrée active (IPv4 %1, IPv6 %2)</numerusform>
            <numerusform>%Ln entrées actives (IPv4 %1, IPv6 %2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kernel in sync, rules in place</source>
        <translation>Noyau synchronisé, règles en place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel out of sync and rules missing: Save to repair</source>
        <translation>Noyau désynchronisé et règles absentes&#xa0;: enregistrez pour réparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firewall rules missing: Save to put them back</source>
        <translation>Règles du pare-feu absentes&#xa0;: enregistrez pour les rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel out of sync with the store: Save to repair</source>
        <translation>Noyau désynchronisé par rapport à la base&#xa0;: enregistrez pour réparer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last save %1</source>
        <translation>Dernier enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never saved</source>
        <translation>Jamais enregistré</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <translation>Les connexions en cours vers cette machine apparaîtront ici, regroupées par adresse, réseau ou pays, pour bloquer une source d’un clic droit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocklist</source>
        <translation>Liste de blocage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public blocklists imported from files or URLs will be listed here, with their refresh schedule and health.</source>
        <translation>Les listes de blocage publiques importées depuis des fichiers ou des URL apparaîtront ici, avec leur calendrier de mise à jour et leur état.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the blocklist, what and when will be shown here, with Undo.</source>
        <translation>Qui a modifié quoi dans la liste de blocage, et quand, apparaîtra ici, avec la possibilité d’annuler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the helper for its status and the blocklist again</source>
        <translation>Redemander à l’assistant son état et la liste de blocage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block addresses or networks typed or pasted by hand</source>
        <translation>Bloquer des adresses ou des réseaux saisis ou collés à la main</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unblock Selected</source>
        <translation>&amp;Débloquer la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected entries from the blocklist</source>
        <translation>Retirer les entrées sélectionnées de la liste de blocage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring the kernel in line with the store, put missing rules back and write the store to disk</source>
        <translation>Aligner le noyau sur la base, rétablir les règles manquantes et écrire la base sur disque</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+10"/>
        <source>&amp;About Rampart</source>
        <translation>À &amp;propos de Rampart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;irewall</source>
        <translation>&amp;Pare-feu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verdict for Blocked Sources</source>
        <translation>Action pour les sources bloquées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter by address, source or comment (Ctrl+F)</source>
        <translation>Filtrer par adresse, source ou commentaire (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Copy Entries</source>
        <translation>&amp;Copier les entrées</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The blocklist could not be read. %1</source>
        <translation>La liste de blocage n’a pas pu être lue. %1</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <translation>&amp;Débloquer</translation>
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
        <translation>Non bloquées, laissées telles quelles&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The blocklist was not saved.</source>
        <translation>La liste de blocage n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved at %1: the kernel matches the store.</source>
        <translation>Enregistré à %1&#xa0;: le noyau correspond à la base.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+13"/>
        <source>About Rampart</source>
        <translation>À propos de Rampart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Rampart %1&lt;/h3&gt;&lt;p&gt;Blocks abusive addresses and networks in the kernel firewall, by hand or from public blocklists, and puts them back at boot.&lt;/p&gt;&lt;p&gt;Every change goes through a small root helper that asks polkit first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rampart %1&lt;/h3&gt;&lt;p&gt;Bloque dans le pare-feu du noyau les adresses et les réseaux malveillants, à la main ou depuis des listes de blocage publiques, et les rétablit au démarrage.&lt;/p&gt;&lt;p&gt;Chaque modification passe par un petit assistant privilégié qui consulte d’abord polkit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+40"/>
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
</TS>
