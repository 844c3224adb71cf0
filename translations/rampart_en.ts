<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Rampart::AllowlistDialog</name>
    <message numerus="yes">
        <location filename="../ui/allowlistdialog.cpp" line="+309"/>
        <source>Added %Ln network(s) to the allowlist.</source>
        <translation>
            <numerusform>Added %Ln network to the allowlist.</numerusform>
            <numerusform>Added %Ln networks to the allowlist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Removed %Ln network(s) from the allowlist.</source>
        <translation>
            <numerusform>Removed %Ln network from the allowlist.</numerusform>
            <numerusform>Removed %Ln networks from the allowlist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::BlockDialog</name>
    <message numerus="yes">
        <location filename="../ui/blockdialog.cpp" line="+252"/>
        <source>%Ln valid entry(ies)</source>
        <translation>
            <numerusform>%Ln valid entry</numerusform>
            <numerusform>%Ln valid entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln duplicate(s) ignored</source>
        <translation>
            <numerusform>%Ln duplicate ignored</numerusform>
            <numerusform>%Ln duplicates ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invalid item(s) left out:</source>
        <translation>
            <numerusform>%Ln invalid item left out:</numerusform>
            <numerusform>%Ln invalid items left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <location line="+24"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Block %n entry(ies)</source>
        <translation>
            <numerusform>Block %n entry</numerusform>
            <numerusform>Block %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Blocked %n entry(ies) for %1.</source>
        <translation>
            <numerusform>Blocked %n entry for %1.</numerusform>
            <numerusform>Blocked %n entries for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Blocked %n entry(ies) permanently.</source>
        <translation>
            <numerusform>Blocked %n entry permanently.</numerusform>
            <numerusform>Blocked %n entries permanently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Unblocked %n entry(ies).</source>
        <translation>
            <numerusform>Unblocked %n entry.</numerusform>
            <numerusform>Unblocked %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::BlocklistTab</name>
    <message numerus="yes">
        <location filename="../ui/blocklisttab.cpp" line="+250"/>
        <source>Unblock %Ln selected entry(ies)?</source>
        <translation>
            <numerusform>Unblock %Ln selected entry?</numerusform>
            <numerusform>Unblock %Ln selected entries?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Unblocked %n entry(ies).</source>
        <translation>
            <numerusform>Unblocked %n entry.</numerusform>
            <numerusform>Unblocked %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%L1 of %Ln entry(ies) shown</source>
        <translation>
            <numerusform>%L1 of %Ln entry shown</numerusform>
            <numerusform>%L1 of %Ln entries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="+278"/>
        <source>rampartctl: %n invalid item(s); nothing was blocked.</source>
        <translation>
            <numerusform>rampartctl: %n invalid item; nothing was blocked.</numerusform>
            <numerusform>rampartctl: %n invalid items; nothing was blocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>rampartctl: %n invalid item(s); nothing was unblocked.</source>
        <translation>
            <numerusform>rampartctl: %n invalid item; nothing was unblocked.</numerusform>
            <numerusform>rampartctl: %n invalid items; nothing was unblocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>Blocked %n entry(ies) %1</source>
        <translation>
            <numerusform>Blocked %n entry %1</numerusform>
            <numerusform>Blocked %n entries %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n already blocked, renewed)</source>
        <translation>
            <numerusform>(%n already blocked, renewed)</numerusform>
            <numerusform>(%n already blocked, renewed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Unblocked %n entry(ies).</source>
        <translation>
            <numerusform>Unblocked %n entry.</numerusform>
            <numerusform>Unblocked %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/aggregatecommand.cpp" line="+57"/>
        <source>rampartctl: %1: %n more bad item(s) not shown</source>
        <translation>
            <numerusform>rampartctl: %1: %n more bad item not shown</numerusform>
            <numerusform>rampartctl: %1: %n more bad items not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/feedcommands.cpp" line="+89"/>
        <source>rampartctl: %n more invalid line(s) not shown</source>
        <translation>
            <numerusform>rampartctl: %n more invalid line not shown</numerusform>
            <numerusform>rampartctl: %n more invalid lines not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+278"/>
        <source>%n feed(s).</source>
        <translation>
            <numerusform>%n feed.</numerusform>
            <numerusform>%n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Feed %1 removed; %n network(s) are no longer blocked by it.</source>
        <translation>
            <numerusform>Feed %1 removed; %n network is no longer blocked by it.</numerusform>
            <numerusform>Feed %1 removed; %n networks are no longer blocked by it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+207"/>
        <source>%n allowlisted network(s).</source>
        <translation>
            <numerusform>%n allowlisted network.</numerusform>
            <numerusform>%n allowlisted networks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>rampartctl: %n invalid item(s); nothing was taken off the allowlist.</source>
        <translation>
            <numerusform>rampartctl: %n invalid item; nothing was taken off the allowlist.</numerusform>
            <numerusform>rampartctl: %n invalid items; nothing was taken off the allowlist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>rampartctl: %n invalid item(s); nothing was allowlisted.</source>
        <translation>
            <numerusform>rampartctl: %n invalid item; nothing was allowlisted.</numerusform>
            <numerusform>rampartctl: %n invalid items; nothing was allowlisted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Removed %n network(s) from the allowlist.</source>
        <translation>
            <numerusform>Removed %n network from the allowlist.</numerusform>
            <numerusform>Removed %n networks from the allowlist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Allowlisted %n new network(s); no feed blocks them now.</source>
        <translation>
            <numerusform>Allowlisted %n new network; no feed blocks it now.</numerusform>
            <numerusform>Allowlisted %n new networks; no feed blocks them now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/connectionscommand.cpp" line="+77"/>
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>(+%Ln more)</numerusform>
            <numerusform>(+%Ln more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>%Ln connection(s) shown, from the %1 busiest of %2 groups.</source>
        <translation>
            <numerusform>%Ln connection shown, from the %1 busiest of %2 groups.</numerusform>
            <numerusform>%Ln connections shown, from the %1 busiest of %2 groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln connection(s) in %1.</source>
        <translation>
            <numerusform>%Ln connection in %1.</numerusform>
            <numerusform>%Ln connections in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/historycommands.cpp" line="+139"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/whycommand.cpp" line="+68"/>
        <source>%n invalid item(s); nothing was looked up.</source>
        <translation>
            <numerusform>%n invalid item; nothing was looked up.</numerusform>
            <numerusform>%n invalid items; nothing was looked up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>since %1, expires %2, %3 packet(s)</source>
        <translation>
            <numerusform>since %1, expires %2, %3 packet</numerusform>
            <numerusform>since %1, expires %2, %3 packets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::CommandsDialog</name>
    <message numerus="yes">
        <location filename="../ui/commandsdialog.cpp" line="+95"/>
        <source>The first %n line(s) are shown.</source>
        <translation>
            <numerusform>The first %n line is shown.</numerusform>
            <numerusform>The first %n lines are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copy copies all %n line(s).</source>
        <translation>
            <numerusform>Copy copies all %n line.</numerusform>
            <numerusform>Copy copies all %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::ConfirmDialog</name>
    <message numerus="yes">
        <location filename="../ui/confirmdialog.cpp" line="+78"/>
        <source>Rolling back in %n second(s) unless you keep it.</source>
        <translation>
            <numerusform>Rolling back in %n second unless you keep it.</numerusform>
            <numerusform>Rolling back in %n seconds unless you keep it.</numerusform>
        </translation>
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
            <numerusform>%1 address</numerusform>
            <numerusform>%1 addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-73"/>
        <source>%Ln network(s)</source>
        <translation>
            <numerusform>%Ln network</numerusform>
            <numerusform>%Ln networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Block %Ln address(es)</source>
        <translation>
            <numerusform>Block %Ln address</numerusform>
            <numerusform>Block %Ln addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Allowlist %Ln address(es)</source>
        <translation>
            <numerusform>Allowlist %Ln address</numerusform>
            <numerusform>Allowlist %Ln addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n connected address(es)</source>
        <translation>
            <numerusform>%n connected address</numerusform>
            <numerusform>%n connected addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::ConnectionsTab</name>
    <message numerus="yes">
        <location filename="../ui/connectionstab.cpp" line="+63"/>
        <location line="+357"/>
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln address</numerusform>
            <numerusform>%Ln addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-356"/>
        <location line="+369"/>
        <source>%Ln network(s)</source>
        <translation>
            <numerusform>%Ln network</numerusform>
            <numerusform>%Ln networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-94"/>
        <source>The online service asks to wait %n second(s) before the next addresses.</source>
        <translation>
            <numerusform>The online service asks to wait %n second before the next addresses.</numerusform>
            <numerusform>The online service asks to wait %n seconds before the next addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Asking %1 about %n address(es)…</source>
        <translation>
            <numerusform>Asking %1 about %n address…</numerusform>
            <numerusform>Asking %1 about %n addresses…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln connection</numerusform>
            <numerusform>%Ln connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln country(s)</source>
        <translation>
            <numerusform>%Ln country</numerusform>
            <numerusform>%Ln countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>Copy Address(es)</source>
        <translation>
            <numerusform>Copy Address</numerusform>
            <numerusform>Copy Addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%Ln already blocked, renewed.</source>
        <translation>
            <numerusform>%Ln already blocked, renewed.</numerusform>
            <numerusform>%Ln already blocked, renewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::Duration</name>
    <message numerus="yes">
        <location filename="../app/time/duration.cpp" line="+80"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
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
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::FeedPreview</name>
    <message numerus="yes">
        <location filename="../ui/feedpreview.cpp" line="+335"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The list holds %Ln network(s) wider than /8 (IPv6 /16), counting adjacent items as one: %1. The helper refuses such a list unless the feed allows networks that wide.</source>
        <translation>
            <numerusform>The list holds %Ln network wider than /8 (IPv6 /16), counting adjacent items as one: %1. The helper refuses such a list unless the feed allows networks that wide.</numerusform>
            <numerusform>The list holds %Ln networks wider than /8 (IPv6 /16), counting adjacent items as one: %1. The helper refuses such a list unless the feed allows networks that wide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::FeedRefresh</name>
    <message numerus="yes">
        <location filename="../app/feeds/feedrefresh.cpp" line="+303"/>
        <source>Applying %n network(s)…</source>
        <translation>
            <numerusform>Applying %n network…</numerusform>
            <numerusform>Applying %n networks…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::Feeds</name>
    <message numerus="yes">
        <location filename="../app/feeds/feedparser.cpp" line="+797"/>
        <location line="+10"/>
        <source>Nothing in the feed is an address, a network or a range: %n item(s) could not be read.</source>
        <translation>
            <numerusform>Nothing in the feed is an address, a network or a range: %n item could not be read.</numerusform>
            <numerusform>Nothing in the feed is an address, a network or a range: %n items could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::FeedsTab</name>
    <message numerus="yes">
        <location filename="../ui/feedstab.cpp" line="+469"/>
        <source>Remove %Ln feed(s)?</source>
        <translation>
            <numerusform>Remove %Ln feed?</numerusform>
            <numerusform>Remove %Ln feeds?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::HelperStatusWidget</name>
    <message numerus="yes">
        <location filename="../ui/helperstatuswidget.cpp" line="+157"/>
        <source>IPv4 %Ln entry(ies)</source>
        <translation>
            <numerusform>IPv4 %Ln entry</numerusform>
            <numerusform>IPv4 %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>IPv6 %Ln entry(ies)</source>
        <translation>
            <numerusform>IPv6 %Ln entry</numerusform>
            <numerusform>IPv6 %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::HistoryTab</name>
    <message numerus="yes">
        <location filename="../ui/historytab.cpp" line="+233"/>
        <source>(%n more not kept in the history)</source>
        <translation>
            <numerusform>(%n more not kept in the history)</numerusform>
            <numerusform>(%n more not kept in the history)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n item(s) could not be restored; see the history.</source>
        <translation>
            <numerusform>%n item could not be restored; see the history.</numerusform>
            <numerusform>%n items could not be restored; see the history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::HistoryText</name>
    <message numerus="yes">
        <location filename="../app/history/historyentry.cpp" line="+75"/>
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
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::ImportFeedDialog</name>
    <message numerus="yes">
        <location filename="../ui/importfeeddialog.cpp" line="+823"/>
        <source>Putting %n range(s) on the allowlist… An authentication dialog may ask for an administrator&apos;s password.</source>
        <translation>
            <numerusform>Putting %n range on the allowlist… An authentication dialog may ask for an administrator&apos;s password.</numerusform>
            <numerusform>Putting %n ranges on the allowlist… An authentication dialog may ask for an administrator&apos;s password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+215"/>
        <source>A verdict change is undone by the helper unless you keep it within %n second(s)</source>
        <translation>
            <numerusform>A verdict change is undone by the helper unless you keep it within %n second</numerusform>
            <numerusform>A verdict change is undone by the helper unless you keep it within %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
