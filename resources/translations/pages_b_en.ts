<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>tr_clients_page</name>
        <message numerus="yes">
            <source>%Ln clients</source>
            <translation>
                <numerusform>%Ln client</numerusform>
                <numerusform>%Ln clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n clients?</source>
            <translation>
                <numerusform>Archive client?</numerusform>
                <numerusform>Archive %n clients?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n clients?</source>
            <translation>
                <numerusform>Restore client?</numerusform>
                <numerusform>Restore %n clients?</numerusform>
            </translation>
        </message>
    </context>
</TS>
