<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tr_dashboard_page</name>
    <message numerus="yes">
        <source>Last %n months</source>
        <translation>
            <numerusform>Last month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>out of 5, from %Ln ratings</source>
        <translation>
            <numerusform>out of 5, from %Ln rating</numerusform>
            <numerusform>out of 5, from %Ln ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{month}: {average} from %Ln ratings</source>
        <translation>
            <numerusform>{month}: {average} from %Ln rating</numerusform>
            <numerusform>{month}: {average} from %Ln ratings</numerusform>
        </translation>
    </message>
</context>
</TS>
