<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Rampart::BlockDialog</name>
    <message numerus="yes">
        <location filename="../ui/blockdialog.cpp" line="+247"/>
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
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
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
        <location line="+18"/>
        <source>Unblocked %n entry(ies).</source>
        <translation>
            <numerusform>Unblocked %n entry.</numerusform>
            <numerusform>Unblocked %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="+74"/>
        <source>rampartctl: %n invalid item(s); nothing was blocked.</source>
        <translation>
            <numerusform>rampartctl: %n invalid item; nothing was blocked.</numerusform>
            <numerusform>rampartctl: %n invalid items; nothing was blocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>rampartctl: %n invalid item(s); nothing was unblocked.</source>
        <translation>
            <numerusform>rampartctl: %n invalid item; nothing was unblocked.</numerusform>
            <numerusform>rampartctl: %n invalid items; nothing was unblocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
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
        <location line="+18"/>
        <source>Unblocked %n entry(ies).</source>
        <translation>
            <numerusform>Unblocked %n entry.</numerusform>
            <numerusform>Unblocked %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::Duration</name>
    <message numerus="yes">
        <location filename="../app/cli/duration.cpp" line="+44"/>
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
    <name>Rampart::HelperStatusWidget</name>
    <message numerus="yes">
        <location filename="../ui/helperstatuswidget.cpp" line="+118"/>
        <source>%Ln entry(ies) active (IPv4 %1, IPv6 %2)</source>
        <translation>
            <numerusform>%Ln entry active (IPv4 %1, IPv6 %2)</numerusform>
            <numerusform>%Ln entries active (IPv4 %1, IPv6 %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rampart::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+421"/>
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
        <location line="+97"/>
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
</TS>
