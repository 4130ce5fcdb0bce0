<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_client_reports_dialog</name>
        <message>
            <source>Prepared</source>
            <translation>Preparado</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Semanal</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensal</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Trimestral</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aberta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <source>The shared database did not allow this change: a client's reports, contacts and action items are changed by administrators, operations and the client's account managers.</source>
            <translation>O banco de dados compartilhado não permitiu esta alteração: os relatórios, contatos e ações combinadas de um cliente são alterados pelos administradores, por operações e pelos gerentes de contas do cliente.</translation>
        </message>
        <message>
            <source>{name} is no longer in {folder}. Only the file's name is registered, so it is looked for in the folder files were last saved to.</source>
            <translation>{name} não está mais em {folder}. Só o nome do arquivo é registrado, então ele é procurado na última pasta em que arquivos foram salvos.</translation>
        </message>
        <message>
            <source>{path} is not the registered version {version}: the file was changed or replaced since.</source>
            <translation>{path} não é a versão {version} registrada: o arquivo foi alterado ou substituído depois.</translation>
        </message>
        <message>
            <source>Open {path}</source>
            <translation>Abrir {path}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <source>Already sent to this contact</source>
            <translation>Já enviado para este contato</translation>
        </message>
        <message>
            <source>This client has no contacts yet: add them on the Contacts tab first.</source>
            <translation>Este cliente ainda não tem contatos: adicione-os primeiro na aba Contatos.</translation>
        </message>
        <message>
            <source>Mark version {version} sent</source>
            <translation>Marcar a versão {version} como enviada</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Enviado para</translation>
        </message>
        <message>
            <source>Via</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Mark version {version} acknowledged</source>
            <translation>Marcar a versão {version} como confirmada</translation>
        </message>
        <message>
            <source>Acknowledged by</source>
            <translation>Confirmado por</translation>
        </message>
        <message>
            <source>Log a reply to version {version}</source>
            <translation>Registrar uma resposta à versão {version}</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Resposta</translation>
        </message>
        <message>
            <source>Edit action item</source>
            <translation>Editar ação combinada</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Encerrada em</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Today when closed without a date</source>
            <translation>Hoje se encerrada sem data</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Editar contato</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Novo contato</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Optional: Operations director, QA manager…</source>
            <translation>Opcional: diretor de operações, gerente de qualidade…</translation>
        </message>
        <message>
            <source>Client reports of {client}</source>
            <translation>Relatórios do cliente {client}</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Relatórios</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Ações combinadas</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contatos</translation>
        </message>
        <message>
            <source>A report is due this many days after its period ends</source>
            <translation>Um relatório vence esta quantidade de dias após o fim do seu período</translation>
        </message>
        <message>
            <source>A sent report not acknowledged this many days later shows on My work</source>
            <translation>Um relatório enviado e não confirmado após esta quantidade de dias aparece em Meu trabalho</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Salvar configurações</translation>
        </message>
        <message>
            <source>Report:</source>
            <translation>Relatório:</translation>
        </message>
        <message>
            <source>due after</source>
            <translation>vence após</translation>
        </message>
        <message>
            <source>days; flag unacknowledged after</source>
            <translation>dias; avisar se não confirmado após</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dias</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Preparado por</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Respostas</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
        </message>
        <message>
            <source>No report of this client is registered yet. Each client report exported (Reports page, or the command line) is registered here as a version of its period.</source>
            <translation>Ainda não há relatórios registrados deste cliente. Cada relatório de cliente exportado (página Relatórios ou a linha de comando) é registrado aqui como uma versão do seu período.</translation>
        </message>
        <message>
            <source>Prepare report…</source>
            <translation>Preparar relatório…</translation>
        </message>
        <message>
            <source>The period's narrative and action plan, then the report exported as its next version</source>
            <translation>A narrativa e o plano de ação do período; depois o relatório é exportado como sua próxima versão</translation>
        </message>
        <message>
            <source>Mark sent…</source>
            <translation>Marcar como enviado…</translation>
        </message>
        <message>
            <source>Mark acknowledged…</source>
            <translation>Marcar como confirmado…</translation>
        </message>
        <message>
            <source>Log reply…</source>
            <translation>Registrar resposta…</translation>
        </message>
        <message>
            <source>The client's reply, as client feedback about a staff member, linked to this version</source>
            <translation>A resposta do cliente, como feedback do cliente sobre um colaborador, vinculada a esta versão</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>Abrir arquivo</translation>
        </message>
        <message>
            <source>Raised in</source>
            <translation>Combinada em</translation>
        </message>
        <message>
            <source>Done today</source>
            <translation>Concluída hoje</translation>
        </message>
        <message>
            <source>No longer to be done, as of today</source>
            <translation>Não será mais feita, a partir de hoje</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Show closed</source>
            <translation>Mostrar encerradas</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removido</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Adicionar…</translation>
        </message>
        <message>
            <source>Show removed</source>
            <translation>Mostrar removidos</translation>
        </message>
        <message>
            <source>The people at the client who receive and acknowledge reports. A removed contact stays on the versions sent to them.</source>
            <translation>As pessoas do cliente que recebem e confirmam os relatórios. Um contato removido continua nas versões enviadas a ele.</translation>
        </message>
        <message>
            <source>No open action items. Action items are raised in a period's review and carried forward until they are closed.</source>
            <translation>Não há ações combinadas abertas. As ações são combinadas na revisão de um período e passam para os seguintes até serem encerradas.</translation>
        </message>
        <message>
            <source>No action items raised for this client yet.</source>
            <translation>Ainda não há ações combinadas com este cliente.</translation>
        </message>
        <message>
            <source>Mark the version sent first</source>
            <translation>Primeiro marque a versão como enviada</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Close item</source>
            <translation>Encerrar ação</translation>
        </message>
        <message>
            <source>Drop item</source>
            <translation>Descartar ação</translation>
        </message>
        <message>
            <source>Remove {name} from the contacts of {client}?</source>
            <translation>Remover {name} dos contatos de {client}?</translation>
        </message>
        <message>
            <source>Report settings saved.</source>
            <translation>Configurações de relatórios salvas.</translation>
        </message>
    </context>
    <context>
        <name>tr_global_search_dialog</name>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Ocorrências</translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>Notas de sessão</translation>
        </message>
        <message>
            <source>Career goals</source>
            <translation>Metas de carreira</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sem data</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>Pesquisar em tudo</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Type words to find people by name or employee ID, and words in feedback, incidents, shared session notes and career goals. Every word must occur; end a word with * to find words starting with it (refun*).</source>
            <translation>Digite palavras para encontrar pessoas pelo nome ou ID de funcionário, e palavras em feedbacks, ocorrências, notas de sessão compartilhadas e metas de carreira. Todas as palavras precisam aparecer; termine uma palavra com * para encontrar as que começam com ela (reembol*).</translation>
        </message>
        <message>
            <source>Search people, feedback, incidents, session notes and goals…</source>
            <translation>Pesquisar pessoas, feedbacks, ocorrências, notas de sessão e metas…</translation>
        </message>
        <message>
            <source>“{text}” holds no word to search for. {hint}</source>
            <translation>“{text}” não contém nenhuma palavra para pesquisar. {hint}</translation>
        </message>
        <message>
            <source>Searching for “{text}”…</source>
            <translation>Pesquisando “{text}”…</translation>
        </message>
        <message>
            <source>Could not search: {problem}</source>
            <translation>Não foi possível pesquisar: {problem}</translation>
        </message>
        <message>
            <source>{kind} (the first {count} by name)</source>
            <translation>{kind} (as {count} primeiras por nome)</translation>
        </message>
        <message>
            <source>{kind} (the best {count})</source>
            <translation>{kind} (os {count} melhores)</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”. Try fewer words, another spelling, or the start of a word with * (refun*).</source>
            <translation>Nada encontrado para “{text}”. Tente menos palavras, outra grafia ou o início de uma palavra com * (reembol*).</translation>
        </message>
        <message numerus="yes">
            <source>%n shown, the best of each kind first; the Feedback page's search lists every feedback entry found. Down and Up choose, Enter opens, Escape closes.</source>
            <translation>
                <numerusform>%n exibido, o melhor de cada tipo primeiro; a busca da página Feedback lista todos os feedbacks encontrados. Use as setas para escolher, Enter para abrir e Esc para fechar.</numerusform>
                <numerusform>%n exibidos, os melhores de cada tipo primeiro; a busca da página Feedback lista todos os feedbacks encontrados. Use as setas para escolher, Enter para abrir e Esc para fechar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tr_goal_dialog</name>
        <message>
            <source>Edit career goal</source>
            <translation>Editar meta de carreira</translation>
        </message>
        <message>
            <source>New career goal</source>
            <translation>Nova meta de carreira</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizonte</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Data-alvo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>New career goal saved</source>
            <translation>Nova meta de carreira salva</translation>
        </message>
        <message>
            <source>Changes to the career goal saved</source>
            <translation>Alterações na meta de carreira salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_kpi_metric_dialog</name>
        <message>
            <source>Higher is better</source>
            <translation>Maior é melhor</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Menor é melhor</translation>
        </message>
        <message>
            <source>Higher</source>
            <translation>Maior</translation>
        </message>
        <message>
            <source>Lower</source>
            <translation>Menor</translation>
        </message>
        <message>
            <source>Edit KPI metric</source>
            <translation>Editar métrica de KPI</translation>
        </message>
        <message>
            <source>New KPI metric</source>
            <translation>Nova métrica de KPI</translation>
        </message>
        <message>
            <source>None: start from blank fields</source>
            <translation>Nenhum: começar com os campos em branco</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>Começar de</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Line of business</source>
            <translation>Linha de negócio</translation>
        </message>
        <message>
            <source>Blank: the whole account</source>
            <translation>Em branco: a conta inteira</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Warning at</source>
            <translation>Alerta em</translation>
        </message>
        <message>
            <source>Optional: between target and this is a warning</source>
            <translation>Opcional: entre a meta e este valor é alerta</translation>
        </message>
        <message>
            <source>Rolls up by</source>
            <translation>Consolida por</translation>
        </message>
        <message>
            <source>Weight column</source>
            <translation>Coluna de peso</translation>
        </message>
        <message>
            <source>Decimals shown</source>
            <translation>Casas decimais</translation>
        </message>
        <message>
            <source>Shareable with the client</source>
            <translation>Compartilhada com o cliente</translation>
        </message>
        <message>
            <source>The import column weighing each value (Handled)</source>
            <translation>A coluna da importação que pondera cada valor (Handled)</translation>
        </message>
        <message>
            <source>Only for a weighted roll-up</source>
            <translation>Só para consolidação ponderada</translation>
        </message>
        <message>
            <source>Targets in seconds: 300 is 5:00.</source>
            <translation>Metas em segundos: 300 é 5:00.</translation>
        </message>
        <message>
            <source>Targets from 0 to 100 ({example} is {percent}).</source>
            <translation>Metas de 0 a 100 ({example} é {percent}).</translation>
        </message>
        <message>
            <source>KPIs of {client}</source>
            <translation>KPI de {client}</translation>
        </message>
        <message>
            <source>The metrics {client} judges its agents by. Their figures come from a KPI import; agents below target show on the dashboard, on My work and on each profile.</source>
            <translation>As métricas pelas quais {client} avalia seus atendentes. Os números vêm de uma importação de KPI; atendentes abaixo da meta aparecem no painel, em Meu trabalho e em cada perfil.</translation>
        </message>
        <message>
            <source>Better</source>
            <translation>Melhor</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Roll-up</source>
            <translation>Consolidação</translation>
        </message>
        <message>
            <source>Shareable</source>
            <translation>Compartilhada</translation>
        </message>
        <message>
            <source>No KPI metrics for this client yet. New… starts from a preset: AHT, CSAT, FCR, QA score, adherence or attendance.</source>
            <translation>Este cliente ainda não tem métricas de KPI. Nova… começa de um modelo: AHT, CSAT, FCR, pontuação de qualidade, aderência ou assiduidade.</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nova…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Arquivar</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Mostrar arquivadas</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
    </context>
    <context>
        <name>tr_mentor_dialog</name>
        <message>
            <source>Edit mentor</source>
            <translation>Editar mentor</translation>
        </message>
        <message>
            <source>New mentor</source>
            <translation>Novo mentor</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
        </message>
        <message>
            <source>Or external coach</source>
            <translation>Ou coach externo</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Capacity (mentees)</source>
            <translation>Capacidade (mentorados)</translation>
        </message>
        <message>
            <source>Taking mentees</source>
            <translation>Aceita mentorados</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>Especialidades</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>New mentor saved</source>
            <translation>Novo mentor salvo</translation>
        </message>
        <message>
            <source>Changes to the mentor saved</source>
            <translation>Alterações no mentor salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_mentorship_dialog</name>
        <message>
            <source>Edit mentorship</source>
            <translation>Editar mentoria</translation>
        </message>
        <message>
            <source>New mentorship</source>
            <translation>Nova mentoria</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Mentee</source>
            <translation>Mentorado</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fim</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Foco</translation>
        </message>
        <message>
            <source>New mentorship saved</source>
            <translation>Nova mentoria salva</translation>
        </message>
        <message>
            <source>Changes to the mentorship saved</source>
            <translation>Alterações na mentoria salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_prepare_report_dialog</name>
        <message>
            <source>Open</source>
            <translation>Aberta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>Destaques</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Riscos</translation>
        </message>
        <message>
            <source>Weekly reports</source>
            <translation>Relatórios semanais</translation>
        </message>
        <message>
            <source>Monthly reports</source>
            <translation>Relatórios mensais</translation>
        </message>
        <message>
            <source>Quarterly reports</source>
            <translation>Relatórios trimestrais</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} a {end}</translation>
        </message>
        <message>
            <source>Prepare report: {client}</source>
            <translation>Preparar relatório: {client}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>How the period went, in a few sentences the client reads first</source>
            <translation>Como foi o período, em poucas frases que o cliente lê primeiro</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Combinada</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No action items in this period and none open from earlier ones.</source>
            <translation>Nenhuma ação neste período nem ações abertas de períodos anteriores.</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>O que foi combinado</translation>
        </message>
        <message>
            <source>Due date (optional)</source>
            <translation>Prazo (opcional)</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Adicionar ação</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove an item added since the last save</source>
            <translation>Remover uma ação adicionada depois do último salvamento</translation>
        </message>
        <message>
            <source>Also as PDF</source>
            <translation>Também em PDF</translation>
        </message>
        <message>
            <source>A PDF of the pack beside the workbook, for clients who do not open Excel</source>
            <translation>Um PDF do pacote ao lado da planilha, para clientes que não abrem o Excel</translation>
        </message>
        <message>
            <source>Save and export…</source>
            <translation>Salvar e exportar…</translation>
        </message>
        <message>
            <source>Review of the period</source>
            <translation>Revisão do período</translation>
        </message>
        <message>
            <source>Action plan (items carried from earlier periods first)</source>
            <translation>Plano de ação (primeiro as ações que vêm de períodos anteriores)</translation>
        </message>
        <message>
            <source>new, not saved yet</source>
            <translation>nova, ainda não salva</translation>
        </message>
        <message>
            <source>carried from {period}</source>
            <translation>vem de {period}</translation>
        </message>
        <message>
            <source>this period</source>
            <translation>este período</translation>
        </message>
        <message>
            <source>Due: {error}</source>
            <translation>Prazo: {error}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message>
            <source>Save changes?</source>
            <translation>Salvar as alterações?</translation>
        </message>
        <message>
            <source>The review of {period} has changes that are not saved.</source>
            <translation>A revisão de {period} tem alterações não salvas.</translation>
        </message>
        <message>
            <source>Folder for the report</source>
            <translation>Pasta do relatório</translation>
        </message>
        <message>
            <source>Exporting the report…</source>
            <translation>Exportando o relatório…</translation>
        </message>
        <message>
            <source>Version {version} written: {path}</source>
            <translation>Versão {version} salva: {path}</translation>
        </message>
        <message>
            <source>PDF: {path}</source>
            <translation>PDF: {path}</translation>
        </message>
        <message>
            <source>The PDF could not be made: {error}</source>
            <translation>Não foi possível criar o PDF: {error}</translation>
        </message>
        <message>
            <source>Report exported</source>
            <translation>Relatório exportado</translation>
        </message>
        <message>
            <source>Open the workbook</source>
            <translation>Abrir a planilha</translation>
        </message>
        <message>
            <source>Open the PDF</source>
            <translation>Abrir o PDF</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: nenhum arquivo foi salvo.</translation>
        </message>
        <message>
            <source>Could not save the file: {error}</source>
            <translation>Não foi possível salvar o arquivo: {error}</translation>
        </message>
        <message>
            <source>The report could not be exported.</source>
            <translation>Não foi possível exportar o relatório.</translation>
        </message>
    </context>
    <context>
        <name>tr_program_dialog</name>
        <message>
            <source>Edit training program</source>
            <translation>Editar programa de treinamento</translation>
        </message>
        <message>
            <source>New training program</source>
            <translation>Novo programa de treinamento</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Fornecedor</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Valid for (months)</source>
            <translation>Validade (meses)</translation>
        </message>
        <message>
            <source>Certifications: months until renewal</source>
            <translation>Certificações: meses de validade</translation>
        </message>
        <message>
            <source>For certifications only: how many months a certification stays valid before it must be renewed</source>
            <translation>Somente para certificações: quantos meses uma certificação continua válida antes de precisar ser renovada</translation>
        </message>
        <message>
            <source>Requested by client</source>
            <translation>Solicitado pelo cliente</translation>
        </message>
        <message>
            <source>Mandatory</source>
            <translation>Obrigatório</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>New training program saved</source>
            <translation>Novo programa de treinamento salvo</translation>
        </message>
        <message>
            <source>Changes to the training program saved</source>
            <translation>Alterações no programa de treinamento salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_responsibility_dialog</name>
        <message>
            <source>Not linked to a goal</source>
            <translation>Sem vínculo com uma meta</translation>
        </message>
        <message>
            <source>Edit responsibility</source>
            <translation>Editar responsabilidade</translation>
        </message>
        <message>
            <source>New responsibility</source>
            <translation>Nova responsabilidade</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Responsabilidade</translation>
        </message>
        <message>
            <source>Assigned on</source>
            <translation>Atribuída em</translation>
        </message>
        <message>
            <source>Fits the current role</source>
            <translation>Condiz com o cargo atual</translation>
        </message>
        <message>
            <source>Career goal served</source>
            <translation>Meta de carreira atendida</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>New responsibility saved</source>
            <translation>Nova responsabilidade salva</translation>
        </message>
        <message>
            <source>Changes to the responsibility saved</source>
            <translation>Alterações na responsabilidade salvas</translation>
        </message>
    </context>
</TS>
