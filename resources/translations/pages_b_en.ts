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
<context>
    <name>tr_quality_page</name>
    <message numerus="yes">
        <source>%Ln evaluations</source>
        <translation>
            <numerusform>%Ln evaluation</numerusform>
            <numerusform>%Ln evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n evaluations?</source>
        <translation>
            <numerusform>Archive evaluation?</numerusform>
            <numerusform>Archive %n evaluations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n evaluations?</source>
        <translation>
            <numerusform>Restore evaluation?</numerusform>
            <numerusform>Restore %n evaluations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scorecards</source>
        <translation>
            <numerusform>%Ln scorecard</numerusform>
            <numerusform>%Ln scorecards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n scorecards?</source>
        <translation>
            <numerusform>Archive scorecard?</numerusform>
            <numerusform>Archive %n scorecards?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n scorecards?</source>
        <translation>
            <numerusform>Restore scorecard?</numerusform>
            <numerusform>Restore %n scorecards?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calibrations</source>
        <translation>
            <numerusform>%Ln calibration</numerusform>
            <numerusform>%Ln calibrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n calibrations?</source>
        <translation>
            <numerusform>Archive calibration?</numerusform>
            <numerusform>Archive %n calibrations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n calibrations?</source>
        <translation>
            <numerusform>Restore calibration?</numerusform>
            <numerusform>Restore %n calibrations?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tr_training_page</name>
    <message numerus="yes">
        <source>%Ln training programs</source>
        <translation>
            <numerusform>%Ln training program</numerusform>
            <numerusform>%Ln training programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n training programs?</source>
        <translation>
            <numerusform>Archive training program?</numerusform>
            <numerusform>Archive %n training programs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n training programs?</source>
        <translation>
            <numerusform>Restore training program?</numerusform>
            <numerusform>Restore %n training programs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrollments</source>
        <translation>
            <numerusform>%Ln enrollment</numerusform>
            <numerusform>%Ln enrollments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n enrollments?</source>
        <translation>
            <numerusform>Archive enrollment?</numerusform>
            <numerusform>Archive %n enrollments?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n enrollments?</source>
        <translation>
            <numerusform>Restore enrollment?</numerusform>
            <numerusform>Restore %n enrollments?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln competencies</source>
        <translation>
            <numerusform>%Ln competency</numerusform>
            <numerusform>%Ln competencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n competencies?</source>
        <translation>
            <numerusform>Archive competency?</numerusform>
            <numerusform>Archive %n competencies?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n competencies?</source>
        <translation>
            <numerusform>Restore competency?</numerusform>
            <numerusform>Restore %n competencies?</numerusform>
        </translation>
    </message>
</context>
</TS>
