<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_import_tab</name>
        <message>
            <source>Staff roster</source>
            <translation>Quadro de colaboradores</translation>
        </message>
        <message>
            <source>Training records</source>
            <translation>Registros de treinamento</translation>
        </message>
        <message>
            <source>Feedback forms</source>
            <translation>Formulários de feedback</translation>
        </message>
        <message>
            <source>KPI values</source>
            <translation>Valores de KPI</translation>
        </message>
        <message>
            <source>Quality evaluations</source>
            <translation>Avaliações de qualidade</translation>
        </message>
        <message>
            <source>Role ladders</source>
            <translation>Trilhas de carreira</translation>
        </message>
        <message>
            <source>Figures per person and day, week or month: long (Employee ID, Date, Metric, Value, Count) or wide (a column per metric, as the template has). Importing a period again replaces its figures: the check says how many values it would add, change, leave unchanged and remove.</source>
            <translation>Números por pessoa e dia, semana ou mês: no formato longo (Employee ID, Date, Metric, Value, Count) ou largo (uma coluna por métrica, como no modelo). Importar um período de novo substitui os números dele: a verificação informa quantos valores seriam adicionados, alterados, mantidos e removidos.</translation>
        </message>
        <message>
            <source>One row per answered scorecard item: Evaluation ID, Employee ID, Evaluator, Client, Interaction ID, Channel, Interaction Date, Scorecard, Item Key, Answer, Comment, Shareable. An evaluation imported before (same interaction, evaluator and scorecard) is refused; change one through a dispute.</source>
            <translation>Uma linha por item respondido da ficha de monitoria: Evaluation ID, Employee ID, Evaluator, Client, Interaction ID, Channel, Interaction Date, Scorecard, Item Key, Answer, Comment, Shareable. Uma avaliação já importada (mesma interação, avaliador e ficha) é recusada; para alterá-la, abra uma contestação.</translation>
        </message>
        <message>
            <source>One row per requirement of a role: Role, Client (empty: the company ladder), Level, Next Role, Min Tenure Months, Requirement Type (competency, training, certification), Requirement, Minimum (a competency's rating, 1-5). Each role named gets exactly the file's requirements; other roles are left as they are.</source>
            <translation>Uma linha por requisito de um cargo: Role, Client (vazio: a trilha de carreira da empresa), Level, Next Role, Min Tenure Months, Requirement Type (competency, training, certification), Requirement, Minimum (a nota de uma competência, 1-5). Cada cargo citado fica com exatamente os requisitos do arquivo; os outros cargos não mudam.</translation>
        </message>
        <message>
            <source>Spreadsheets and CSV (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)</source>
            <translation>Planilhas e CSV (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s) (and {more} more)</source>
            <translation>
                <numerusform>%Ln problema (e mais {more})</numerusform>
                <numerusform>%Ln problemas (e mais {more})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>%Ln problema</numerusform>
                <numerusform>%Ln problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln value(s) added, {changed} changed, {unchanged} unchanged, {removed} removed</source>
            <translation>
                <numerusform>%Ln valor adicionado, {changed} alterados, {unchanged} sem alteração, {removed} removidos</numerusform>
                <numerusform>%Ln valores adicionados, {changed} alterados, {unchanged} sem alteração, {removed} removidos</numerusform>
            </translation>
        </message>
        <message>
            <source>{created} created, {updated} updated, {unchanged} unchanged</source>
            <translation>{created} criados, {updated} atualizados, {unchanged} sem alteração</translation>
        </message>
        <message numerus="yes">
            <source>Dry run, nothing written: %Ln row(s) checked; they would give {counts}</source>
            <translation>
                <numerusform>Simulação, nada foi salvo: %Ln linha verificada; ela daria {counts}</numerusform>
                <numerusform>Simulação, nada foi salvo: %Ln linhas verificadas; elas dariam {counts}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) imported: {counts}</source>
            <translation>
                <numerusform>%Ln linha importada: {counts}</numerusform>
                <numerusform>%Ln linhas importadas: {counts}</numerusform>
            </translation>
        </message>
        <message>
            <source>Optional: list a client's staff on the form</source>
            <translation>Opcional: listar no formulário os colaboradores de um cliente</translation>
        </message>
        <message>
            <source>The client whose metrics the file holds (empty: each person's current client)</source>
            <translation>O cliente cujas métricas estão no arquivo (vazio: o cliente atual de cada pessoa)</translation>
        </message>
        <message>
            <source>Save a blank template…</source>
            <translation>Salvar um modelo em branco…</translation>
        </message>
        <message>
            <source>Create clients the file names that do not exist yet</source>
            <translation>Criar os clientes do arquivo que ainda não existem</translation>
        </message>
        <message>
            <source>Choose a file and check it…</source>
            <translation>Escolher um arquivo e verificar…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Linha</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Coluna</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Value in the file</source>
            <translation>Valor no arquivo</translation>
        </message>
        <message>
            <source>What to import</source>
            <translation>O que importar</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Check a file first: nothing is written until every row is right, then Import writes all rows at once.</source>
            <translation>Verifique um arquivo primeiro: nada é salvo até que todas as linhas estejam corretas; depois, Importar grava todas as linhas de uma vez.</translation>
        </message>
        <message>
            <source>Client: {problem}</source>
            <translation>Cliente: {problem}</translation>
        </message>
        <message>
            <source>Client: choose the client whose metrics the KPI template lists</source>
            <translation>Cliente: escolha o cliente cujas métricas o modelo de KPI lista</translation>
        </message>
        <message>
            <source>Save template as</source>
            <translation>Salvar modelo como</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the template…</source>
            <translation>Gravando o modelo…</translation>
        </message>
        <message>
            <source>Template saved: {path}. Fill it in, then check it here.</source>
            <translation>Modelo salvo: {path}. Preencha-o e depois verifique-o aqui.</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Escolha um arquivo para importar</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Verificando {file}…</translation>
        </message>
        <message>
            <source>{file}: no problems. {summary}. Press Import to write them.</source>
            <translation>{file}: nenhum problema. {summary}. Clique em Importar para gravá-las.</translation>
        </message>
        <message numerus="yes">
            <source>{file}: {problems} in %Ln row(s); nothing can be imported until they are fixed in the file.</source>
            <translation>
                <numerusform>{file}: {problems} em %Ln linha; nada pode ser importado até que sejam corrigidos no arquivo.</numerusform>
                <numerusform>{file}: {problems} em %Ln linhas; nada pode ser importado até que sejam corrigidos no arquivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
        </message>
        <message>
            <source>Nothing was imported: a row was refused while writing (listed below).</source>
            <translation>Nada foi importado: uma linha foi recusada na gravação (veja a lista abaixo).</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelado: nada foi salvo.</translation>
        </message>
        <message>
            <source>The file could not be processed.</source>
            <translation>Não foi possível processar o arquivo.</translation>
        </message>
    </context>
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
            <source>Over a period: each mentor&apos;s mentees, sessions, hours and action items, and each mentorship with the mentee&apos;s rating before and since it began.</source>
            <translation>Em um período: os mentorados, sessões, horas e ações combinadas de cada mentor, e cada mentoria com a avaliação do mentorado antes e desde o início.</translation>
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
            <translation>Criar um relatório em Excel</translation>
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
