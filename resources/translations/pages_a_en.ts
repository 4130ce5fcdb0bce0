<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>tr_staff_page</name>
        <message numerus="yes">
            <source>%Ln staff</source>
            <translation>
                <numerusform>%Ln staff member</numerusform>
                <numerusform>%Ln staff</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n staff?</source>
            <translation>
                <numerusform>Archive staff member?</numerusform>
                <numerusform>Archive %n staff?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n staff?</source>
            <translation>
                <numerusform>Restore staff member?</numerusform>
                <numerusform>Restore %n staff?</numerusform>
            </translation>
        </message>
    </context>
</TS>
