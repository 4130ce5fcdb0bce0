<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>tr_access</name>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>RR. HH.</translation>
    </message>
    <message>
        <source>operations</source>
        <translation>operaciones</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>gerente de cuenta</translation>
    </message>
    <message>
        <source>mentor / team lead</source>
        <translation>mentor / líder de equipo</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>QA lead</source>
        <translation>líder de calidad</translation>
    </message>
</context>
<context>
    <name>tr_app</name>
    <message>
        <source>The database could not be opened.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>Use the default database</source>
        <translation>Usar la base de datos predeterminada</translation>
    </message>
</context>
</TS>
