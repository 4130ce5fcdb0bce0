<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>tr_import_tab</name>
        <message numerus="yes">
            <source>%Ln problem(s) (and {more} more)</source>
            <translation>
                <numerusform>%Ln problem (and {more} more)</numerusform>
                <numerusform>%Ln problems (and {more} more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>%Ln problem</numerusform>
                <numerusform>%Ln problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln value(s) added, {changed} changed, {unchanged} unchanged, {removed} removed</source>
            <translation>
                <numerusform>%Ln value added, {changed} changed, {unchanged} unchanged, {removed} removed</numerusform>
                <numerusform>%Ln values added, {changed} changed, {unchanged} unchanged, {removed} removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Dry run, nothing written: %Ln row(s) checked; they would give {counts}</source>
            <translation>
                <numerusform>Dry run, nothing written: %Ln row checked; they would give {counts}</numerusform>
                <numerusform>Dry run, nothing written: %Ln rows checked; they would give {counts}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) imported: {counts}</source>
            <translation>
                <numerusform>%Ln row imported: {counts}</numerusform>
                <numerusform>%Ln rows imported: {counts}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: {problems} in %Ln row(s); nothing can be imported until they are fixed in the file.</source>
            <translation>
                <numerusform>{file}: {problems} in %Ln row; nothing can be imported until they are fixed in the file.</numerusform>
                <numerusform>{file}: {problems} in %Ln rows; nothing can be imported until they are fixed in the file.</numerusform>
            </translation>
        </message>
    </context>
</TS>
