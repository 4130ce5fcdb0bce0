<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_clients_page</name>
        <message>
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Novo cliente</translation>
        </message>
        <message>
            <source>Search clients…</source>
            <translation>Pesquisar clientes…</translation>
        </message>
        <message>
            <source>No clients yet. Add the companies your staff work for: staff, feedback and reports are kept by client.</source>
            <translation>Ainda não há clientes. Adicione as empresas para as quais seus colaboradores trabalham: colaboradores, feedback e relatórios são organizados por cliente.</translation>
        </message>
        <message>
            <source>No clients to export yet</source>
            <translation>Ainda não há clientes para exportar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln clients</source>
            <translation>
                <numerusform>%Ln cliente</numerusform>
                <numerusform>%Ln clientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n clients?</source>
            <translation>
                <numerusform>Arquivar o cliente?</numerusform>
                <numerusform>Arquivar %n clientes?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n clients?</source>
            <translation>
                <numerusform>Restaurar o cliente?</numerusform>
                <numerusform>Restaurar %n clientes?</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Gerente de contas</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contato</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>E-mail do contato</translation>
        </message>
        <message>
            <source>Staff placed</source>
            <translation>Colaboradores alocados</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <source>Active and inactive</source>
            <translation>Ativos e inativos</translation>
        </message>
        <message>
            <source>Active accounts</source>
            <translation>Contas ativas</translation>
        </message>
        <message>
            <source>Inactive accounts</source>
            <translation>Contas inativas</translation>
        </message>
        <message>
            <source>KPIs…</source>
            <translation>KPIs…</translation>
        </message>
        <message>
            <source>The KPI metrics this client judges its agents by</source>
            <translation>As métricas de KPI pelas quais este cliente avalia seus atendentes</translation>
        </message>
        <message>
            <source>Bench strength…</source>
            <translation>Banco de talentos…</translation>
        </message>
        <message>
            <source>Who on this account is ready for each role, and who could backfill people who left</source>
            <translation>Quem nesta conta está pronto para cada cargo e quem poderia substituir quem saiu</translation>
        </message>
        <message>
            <source>Client reports…</source>
            <translation>Relatórios do cliente…</translation>
        </message>
        <message>
            <source>The reports sent to this client and their replies, the open action items and the client's contacts</source>
            <translation>Os relatórios enviados a este cliente e as respostas, as ações em aberto e os contatos do cliente</translation>
        </message>
        <message>
            <source>KPI metrics of {client} saved</source>
            <translation>Métricas de KPI de {client} salvas</translation>
        </message>
    </context>
</TS>
