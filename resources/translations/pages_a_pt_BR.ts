<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_list_page</name>
        <message>
            <source>Show archived</source>
            <translation>Mostrar arquivados</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Arquivar</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Exportar para o Excel</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Mostrar tudo</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Importar do Excel…</translation>
        </message>
        <message>
            <source>Showing {what}.</source>
            <translation>Mostrando {what}.</translation>
        </message>
        <message>
            <source>Could not load: {error}</source>
            <translation>Não foi possível carregar: {error}</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>{saved}: the search and filters were cleared to show it</source>
            <translation>{saved}: a busca e os filtros foram limpos para que apareça na lista</translation>
        </message>
        <message>
            <source>{saved}: it is further down the list (search for it to see it)</source>
            <translation>{saved}: está mais abaixo na lista (busque-o para vê-lo)</translation>
        </message>
        <message>
            <source>Open staff profile</source>
            <translation>Abrir o perfil do colaborador</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Export this view to Excel…</source>
            <translation>Exportar esta visualização para o Excel…</translation>
        </message>
        <message>
            <source>Export this view to Excel</source>
            <translation>Exportar esta visualização para o Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting to {path}…</source>
            <translation>Exportando para {path}…</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exportado para {path}</translation>
        </message>
        <message>
            <source>Could not export: {error}</source>
            <translation>Não foi possível exportar: {error}</translation>
        </message>
    </context>
    <context>
        <name>tr_staff_page</name>
        <message>
            <source>Staff</source>
            <translation>Colaboradores</translation>
        </message>
        <message>
            <source>New staff member</source>
            <translation>Novo colaborador</translation>
        </message>
        <message>
            <source>Search staff…</source>
            <translation>Buscar colaboradores…</translation>
        </message>
        <message>
            <source>No staff yet. Import your roster from an Excel file, or add people one by one.</source>
            <translation>Ainda não há colaboradores. Importe seu quadro de colaboradores de um arquivo do Excel ou adicione as pessoas uma a uma.</translation>
        </message>
        <message>
            <source>No staff to export yet</source>
            <translation>Ainda não há colaboradores para exportar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln staff</source>
            <translation>
                <numerusform>%Ln colaborador</numerusform>
                <numerusform>%Ln colaboradores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n staff?</source>
            <translation>
                <numerusform>Arquivar o colaborador?</numerusform>
                <numerusform>Arquivar %n colaboradores?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n staff?</source>
            <translation>
                <numerusform>Restaurar o colaborador?</numerusform>
                <numerusform>Restaurar %n colaboradores?</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipe</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <source>Role on account</source>
            <translation>Função na conta</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Data de admissão</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Todos os clientes</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>Todas as equipes</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Qualquer status</translation>
        </message>
        <message>
            <source>Add feedback…</source>
            <translation>Adicionar feedback…</translation>
        </message>
    </context>
</TS>
