<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>tr_feedback_page</name>
        <message numerus="yes">
            <source>%Ln feedback entries</source>
            <translation>
                <numerusform>%Ln feedback</numerusform>
                <numerusform>%Ln feedback entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n feedback entries?</source>
            <translation>
                <numerusform>Archive feedback?</numerusform>
                <numerusform>Archive %n feedback entries?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n feedback entries?</source>
            <translation>
                <numerusform>Restore feedback?</numerusform>
                <numerusform>Restore %n feedback entries?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than %Ln feedback entries</source>
            <translation>
                <numerusform>More than %Ln feedback entries</numerusform>
                <numerusform>More than %Ln feedback entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tr_mentoring_page</name>
        <message numerus="yes">
            <source>%Ln mentors</source>
            <translation>
                <numerusform>%Ln mentor</numerusform>
                <numerusform>%Ln mentors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n mentors?</source>
            <translation>
                <numerusform>Archive mentor?</numerusform>
                <numerusform>Archive %n mentors?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n mentors?</source>
            <translation>
                <numerusform>Restore mentor?</numerusform>
                <numerusform>Restore %n mentors?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mentorships</source>
            <translation>
                <numerusform>%Ln mentorship</numerusform>
                <numerusform>%Ln mentorships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n mentorships?</source>
            <translation>
                <numerusform>Archive mentorship?</numerusform>
                <numerusform>Archive %n mentorships?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n mentorships?</source>
            <translation>
                <numerusform>Restore mentorship?</numerusform>
                <numerusform>Restore %n mentorships?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Started %n mentorships</source>
            <translation>
                <numerusform>Started %n mentorship</numerusform>
                <numerusform>Started %n mentorships</numerusform>
            </translation>
        </message>
    </context>
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
