<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tr_roles_dialog</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tr_suggest_mentor_dialog</name>
    <message numerus="yes">
        <source>from %n rating(s), little evidence</source>
        <translation>
            <numerusform>from %n rating, little evidence</numerusform>
            <numerusform>from %n ratings, little evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n rating(s)</source>
        <translation>
            <numerusform>from %n rating</numerusform>
            <numerusform>from %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{gaps}, %n on little evidence</source>
        <translation>
            <numerusform>{gaps}, %n on little evidence</numerusform>
            <numerusform>{gaps}, %n on little evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{gaps}; %n mentor(s) suggested, best first: double-click one or press Propose mentorship.</source>
        <translation>
            <numerusform>{gaps}; %n mentor suggested, best first: double-click one or press Propose mentorship.</numerusform>
            <numerusform>{gaps}; %n mentors suggested, best first: double-click one or press Propose mentorship.</numerusform>
        </translation>
    </message>
</context>
</TS>
