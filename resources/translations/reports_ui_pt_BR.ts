<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_progress</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>tr_reports_page</name>
        <message>
            <source>Reports</source>
            <translation>Relatórios</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
    </context>
    <context>
        <name>tr_reports_tab</name>
        <message>
            <source>Saved {path}, but not its PDF: {problem}</source>
            <translation>{path} foi salvo, mas não o PDF: {problem}</translation>
        </message>
        <message>
            <source>Client report</source>
            <translation>Relatório do cliente</translation>
        </message>
        <message>
            <source>For an account manager to send a client: headcount, ratings, shareable feedback, training and certifications of the staff on that client's account over a period.</source>
            <translation>Para o gerente de contas enviar a um cliente: quantidade de colaboradores, notas, feedback externo, treinamentos e certificações dos colaboradores da conta desse cliente em um período.</translation>
        </message>
        <message>
            <source>Creating the client report…</source>
            <translation>Criando o relatório do cliente…</translation>
        </message>
        <message>
            <source>Staff report</source>
            <translation>Relatório do colaborador</translation>
        </message>
        <message>
            <source>One person's development: placements, ratings, feedback, training, career goals and mentoring.</source>
            <translation>O desenvolvimento de uma pessoa: alocações, notas, feedback, treinamentos, metas de carreira e mentoria.</translation>
        </message>
        <message>
            <source>Creating the staff report…</source>
            <translation>Criando o relatório do colaborador…</translation>
        </message>
        <message>
            <source>Training matrix</source>
            <translation>Matriz de treinamento</translation>
        </message>
        <message>
            <source>Staff against training programs with status and certification expiry, for every client or one.</source>
            <translation>Os colaboradores por programa de treinamento, com a situação e o vencimento das certificações, de todos os clientes ou de um.</translation>
        </message>
        <message>
            <source>Creating the training matrix…</source>
            <translation>Criando a matriz de treinamento…</translation>
        </message>
        <message>
            <source>Mentoring report</source>
            <translation>Relatório de mentoria</translation>
        </message>
        <message>
            <source>Mentors, mentorships, sessions and action items over a period.</source>
            <translation>Mentores, mentorias, sessões e ações combinadas em um período.</translation>
        </message>
        <message>
            <source>Creating the mentoring report…</source>
            <translation>Criando o relatório de mentoria…</translation>
        </message>
        <message>
            <source>Quality report</source>
            <translation>Relatório de qualidade</translation>
        </message>
        <message>
            <source>Internal: a client's quality evaluations over a period, with scores, critical fails, the items failed most and the calibrations' spread.</source>
            <translation>Interno: as avaliações de qualidade de um cliente em um período, com pontuações, falhas críticas, os itens com mais falhas e a dispersão das calibrações.</translation>
        </message>
        <message>
            <source>Creating the quality report…</source>
            <translation>Criando o relatório de qualidade…</translation>
        </message>
        <message>
            <source>What worked</source>
            <translation>O que funcionou</translation>
        </message>
        <message>
            <source>Internal: each training, mentorship and coaching session of the period, the person's ratings, quality and KPI figures before and after against similar people who did not have it, and the average per program, mentor and client (with a warning where the numbers are too small to say anything).</source>
            <translation>Interno: cada treinamento, mentoria e sessão de coaching do período, as notas, a qualidade e os KPIs da pessoa antes e depois, comparados com pessoas semelhantes que não passaram por isso, e a média por programa, mentor e cliente (com um aviso onde os números são pequenos demais para concluir algo).</translation>
        </message>
        <message>
            <source>Creating the what worked…</source>
            <translation>Criando o relatório O que funcionou…</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Último mês</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Este trimestre</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Trimestre anterior</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Este ano</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>Include private mentoring notes</source>
            <translation>Incluir as notas privadas de mentoria</translation>
        </message>
        <message>
            <source>Also as PDF</source>
            <translation>Também em PDF</translation>
        </message>
        <message>
            <source>A PDF of the pack beside the workbook, for clients who do not open Excel</source>
            <translation>Um PDF do pacote ao lado da pasta de trabalho, para clientes que não abrem o Excel</translation>
        </message>
        <message>
            <source>Custom</source>
            <comment>period</comment>
            <translation>Personalizado</translation>
        </message>
        <message>
            <source>from</source>
            <comment>period</comment>
            <translation>de</translation>
        </message>
        <message>
            <source>to</source>
            <comment>period</comment>
            <translation>até</translation>
        </message>
        <message>
            <source>Where to save the report (.xlsx)</source>
            <translation>Onde salvar o relatório (.xlsx)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Relatório</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Salvar como</translation>
        </message>
        <message>
            <source>Create report</source>
            <translation>Criar relatório</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>verb: open the file</comment>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar na pasta</translation>
        </message>
        <message>
            <source>Create an Excel report</source>
            <translation>Criar um relatório do Excel</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Todos os clientes</translation>
        </message>
        <message>
            <source>Type to search clients</source>
            <translation>Digite para buscar clientes</translation>
        </message>
        <message>
            <source>Save report as</source>
            <translation>Salvar relatório como</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>From: {problem}</source>
            <translation>De: {problem}</translation>
        </message>
        <message>
            <source>From: type the date the period starts</source>
            <translation>De: digite a data em que o período começa</translation>
        </message>
        <message>
            <source>To: {problem}</source>
            <translation>Até: {problem}</translation>
        </message>
        <message>
            <source>To: type the date the period ends</source>
            <translation>Até: digite a data em que o período termina</translation>
        </message>
        <message>
            <source>Choose where to save the report</source>
            <translation>Escolha onde salvar o relatório</translation>
        </message>
        <message>
            <source>Client: {problem}</source>
            <translation>Cliente: {problem}</translation>
        </message>
        <message>
            <source>Choose the client the report is for</source>
            <translation>Escolha o cliente do relatório</translation>
        </message>
        <message>
            <source>Staff member: {problem}</source>
            <translation>Colaborador: {problem}</translation>
        </message>
        <message>
            <source>Choose the staff member the report is about</source>
            <translation>Escolha o colaborador do relatório</translation>
        </message>
        <message>
            <source>Saved {path} and its PDF</source>
            <translation>{path} foi salvo, com o PDF</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>{path} foi salvo</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: nenhum arquivo foi salvo.</translation>
        </message>
        <message>
            <source>The report could not be created.</source>
            <translation>Não foi possível criar o relatório.</translation>
        </message>
    </context>
</TS>
