<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tr_bench_dialog</name>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{people} on {client} now; %n roles (the account&apos;s and the company ladder&apos;s).</source>
        <translation>
            <numerusform>{people} on {client} now; %n role (the account&apos;s and the company ladder&apos;s).</numerusform>
            <numerusform>{people} on {client} now; %n roles (the account&apos;s and the company ladder&apos;s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people resigned or left in the last {days} days.</source>
        <translation>
            <numerusform>%n person resigned or left in the last {days} days.</numerusform>
            <numerusform>%n people resigned or left in the last {days} days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tr_calibration_dialog</name>
    <message numerus="yes">
        <source>%n calibrations, latest {latest}: {direction}</source>
        <translation>
            <numerusform>%n calibration, latest {latest}: {direction}</numerusform>
            <numerusform>%n calibrations, latest {latest}: {direction}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tr_cohort_dialog</name>
    <message numerus="yes">
        <source>%n employee IDs are not in the database: {ids}</source>
        <translation>
            <numerusform>%n employee ID is not in the database: {ids}</numerusform>
            <numerusform>%n employee IDs are not in the database: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{placed} of %n people matched</source>
        <translation>
            <numerusform>{placed} of %n person matched</numerusform>
            <numerusform>{placed} of %n people matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matched}; %n without a mentor: no free place fits them</source>
        <translation>
            <numerusform>{matched}; %n without a mentor: no free place fits them</numerusform>
            <numerusform>{matched}; %n without a mentor: no free place fits them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mentor} has {people} people for %n free places</source>
        <translation>
            <numerusform>{mentor} has {people} people for %n free place</numerusform>
            <numerusform>{mentor} has {people} people for %n free places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n mentorships</source>
        <translation>
            <numerusform>Create %n mentorship</numerusform>
            <numerusform>Create %n mentorships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating %n mentorships…</source>
        <translation>
            <numerusform>Creating %n mentorship…</numerusform>
            <numerusform>Creating %n mentorships…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %n mentorships.</source>
        <translation>
            <numerusform>Started %n mentorship.</numerusform>
            <numerusform>Started %n mentorships.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tr_evaluation_dialog</name>
    <message numerus="yes">
        <source>Score so far ({answered} of %n items answered): {total}</source>
        <translation>
            <numerusform>Score so far ({answered} of %n item answered): {total}</numerusform>
            <numerusform>Score so far ({answered} of %n items answered): {total}</numerusform>
        </translation>
    </message>
</context>
</TS>
