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
        <source>out of 5, from %n ratings</source>
        <translation>
            <numerusform>out of 5, from %n rating</numerusform>
            <numerusform>out of 5, from %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{month}: {average} from %n ratings</source>
        <translation>
            <numerusform>{month}: {average} from %n rating</numerusform>
            <numerusform>{month}: {average} from %n ratings</numerusform>
        </translation>
    </message>
</context>
</TS>
