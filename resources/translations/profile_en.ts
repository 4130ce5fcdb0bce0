<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tr_career_tab</name>
    <message numerus="yes">
        <source>{role}: {met} of %n requirements met, &lt;b&gt;{outlook}&lt;/b&gt;. Now: {now}.</source>
        <translation>
            <numerusform>{role}: {met} of %n requirements met, &lt;b&gt;{outlook}&lt;/b&gt;. Now: {now}.</numerusform>
            <numerusform>{role}: {met} of %n requirements met, &lt;b&gt;{outlook}&lt;/b&gt;. Now: {now}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tr_development_tab</name>
    <message numerus="yes">
        <source>Before and after: the %n months either side of the intervention&apos;s month. Similar people: same client and role, without it. Difference: this person&apos;s change minus theirs.</source>
        <translation>
            <numerusform>Before and after: the %n months either side of the intervention&apos;s month. Similar people: same client and role, without it. Difference: this person&apos;s change minus theirs.</numerusform>
            <numerusform>Before and after: the %n months either side of the intervention&apos;s month. Similar people: same client and role, without it. Difference: this person&apos;s change minus theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figures compared; {sure} with at least {minimum} similar people ({better} better, {other} worse or no different). The others are too few to say.</source>
        <translation>
            <numerusform>%n figure compared; {sure} with at least {minimum} similar people ({better} better, {other} worse or no different). The others are too few to say.</numerusform>
            <numerusform>%n figures compared; {sure} with at least {minimum} similar people ({better} better, {other} worse or no different). The others are too few to say.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n months</source>
        <translation>
            <numerusform>Last month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows; {sure} with enough people to say something.</source>
        <translation>
            <numerusform>%n row; {sure} with enough people to say something.</numerusform>
            <numerusform>%n rows; {sure} with enough people to say something.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid certifications</source>
        <translation>
            <numerusform>%n valid certification</numerusform>
            <numerusform>%n valid certifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tr_overview_tab</name>
    <message numerus="yes">
        <source>{average} (%n rated)</source>
        <translation>
            <numerusform>{average} (%n rated)</numerusform>
            <numerusform>{average} (%n rated)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tr_responsibilities_tab</name>
    <message numerus="yes">
        <source>%n responsibilities: {fits} fit the current role, {serves} serve a career goal</source>
        <translation>
            <numerusform>%n responsibility: {fits} fit the current role, {serves} serve a career goal</numerusform>
            <numerusform>%n responsibilities: {fits} fit the current role, {serves} serve a career goal</numerusform>
        </translation>
    </message>
</context>
</TS>
