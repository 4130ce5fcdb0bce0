<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tr_global_search_dialog</name>
    <message numerus="yes">
        <source>%n shown, the best of each kind first; the Feedback page&apos;s search lists every feedback entry found. Down and Up choose, Enter opens, Escape closes.</source>
        <translation>
            <numerusform>%n shown, the best of each kind first; the Feedback page&apos;s search lists every feedback entry found. Down and Up choose, Enter opens, Escape closes.</numerusform>
            <numerusform>%n shown, the best of each kind first; the Feedback page&apos;s search lists every feedback entry found. Down and Up choose, Enter opens, Escape closes.</numerusform>
        </translation>
    </message>
</context>
</TS>
