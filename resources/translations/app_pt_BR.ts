<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>tr_access</name>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <source>operations</source>
        <translation>operações</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>gerente de contas</translation>
    </message>
    <message>
        <source>mentor / team lead</source>
        <translation>mentor / líder de equipe</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>atendente</translation>
    </message>
    <message>
        <source>QA lead</source>
        <translation>líder de qualidade</translation>
    </message>
</context>
<context>
    <name>tr_app</name>
    <message>
        <source>The database could not be opened.</source>
        <translation>Não foi possível abrir o banco de dados.</translation>
    </message>
    <message>
        <source>Use the default database</source>
        <translation>Usar o banco de dados padrão</translation>
    </message>
</context>
</TS>
