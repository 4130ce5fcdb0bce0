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
        <translation>Pessoas alocadas</translation>
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
        <source>The reports sent to this client and their replies, the open action items and the client&apos;s contacts</source>
        <translation>Os relatórios enviados a este cliente e as respostas, as ações em aberto e os contatos do cliente</translation>
    </message>
    <message>
        <source>KPI metrics of {client} saved</source>
        <translation>Métricas de KPI de {client} salvas</translation>
    </message>
</context>
<context>
    <name>tr_my_work_page</name>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (atrasado)</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>Feedback about me to acknowledge (last 90 days)</source>
        <translation>Feedback sobre mim para dar ciência (últimos 90 dias)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>My open action items</source>
        <translation>Minhas ações em aberto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Com</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Minha equipe</translation>
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
        <source>Job title</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Why mine</source>
        <translation>Por que comigo</translation>
    </message>
    <message>
        <source>Check-ins I am due to hold</source>
        <translation>Check-ins que devo realizar</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Próximo check-in</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Incident follow-ups on my people</source>
        <translation>Acompanhamento de ocorrências da minha equipe</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Data do acompanhamento</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Data da ocorrência</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Certifications expiring in 60 days</source>
        <translation>Certificações que vencem em 60 dias</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificação</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence em</translation>
    </message>
    <message>
        <source>Feedback my people have not acknowledged yet (last 90 days)</source>
        <translation>Feedback de que minha equipe ainda não deu ciência (últimos 90 dias)</translation>
    </message>
    <message>
        <source>Client reports due</source>
        <translation>Relatórios de cliente pendentes</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <source>Client reports sent, not acknowledged</source>
        <translation>Relatórios de cliente enviados sem ciência</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado em</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Dias de espera</translation>
    </message>
    <message>
        <source>Your people below target (two months running)</source>
        <translation>Sua equipe abaixo da meta (dois meses seguidos)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Months below</source>
        <translation>Meses abaixo</translation>
    </message>
    <message>
        <source>Figures, oldest first</source>
        <translation>Valores, do mais antigo</translation>
    </message>
    <message>
        <source>Nothing to acknowledge.</source>
        <translation>Nada para dar ciência.</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Nenhuma ação em aberto.</translation>
    </message>
    <message>
        <source>No mentees or direct reports.</source>
        <translation>Nenhum mentorado ou subordinado direto.</translation>
    </message>
    <message>
        <source>No check-ins due.</source>
        <translation>Nenhum check-in pendente.</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>Nenhuma ocorrência em aberto.</translation>
    </message>
    <message>
        <source>None expiring.</source>
        <translation>Nenhuma vencendo.</translation>
    </message>
    <message>
        <source>Everything acknowledged.</source>
        <translation>Todos deram ciência.</translation>
    </message>
    <message>
        <source>Nobody who reports to you is below a KPI target two months running.</source>
        <translation>Ninguém que se reporta a você está abaixo de uma meta de KPI há dois meses seguidos.</translation>
    </message>
    <message>
        <source>No client reports due.</source>
        <translation>Nenhum relatório de cliente pendente.</translation>
    </message>
    <message>
        <source>Every report sent was acknowledged.</source>
        <translation>Todos os relatórios enviados tiveram ciência.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Your user is not linked to a staff record, so MentorApp does not know who your people are: ask an administrator to link it on the Users page.</source>
        <translation>Seu usuário não está vinculado a um cadastro de colaborador, então o MentorApp não sabe quem é sua equipe: peça a um administrador que o vincule na página Usuários.</translation>
    </message>
    <message>
        <source>Choose which staff record is you in Settings (Edit &gt; Settings…) to see your mentees, their check-ins and your action items here.</source>
        <translation>Escolha qual cadastro de colaborador é você em Configurações (Editar &gt; Configurações…) para ver aqui seus mentorados, os check-ins deles e suas ações.</translation>
    </message>
    <message>
        <source>Double-click a row to open it.</source>
        <translation>Clique duas vezes em uma linha para abri-la.</translation>
    </message>
</context>
<context>
    <name>tr_quality_page</name>
    <message>
        <source>Critical fail</source>
        <translation>Falha crítica</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versão {number}</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb: open the evaluation</comment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>Nova avaliação</translation>
    </message>
    <message>
        <source>Search evaluations…</source>
        <translation>Pesquisar avaliações…</translation>
    </message>
    <message>
        <source>No evaluations yet. Score an interaction on a published scorecard (publish one on the Scorecards tab first).</source>
        <translation>Ainda não há avaliações. Avalie uma interação com uma ficha de monitoria publicada (publique uma na aba Fichas de monitoria primeiro).</translation>
    </message>
    <message>
        <source>No evaluations to export yet</source>
        <translation>Ainda não há avaliações para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluations</source>
        <translation>
            <numerusform>%Ln avaliação</numerusform>
            <numerusform>%Ln avaliações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n evaluations?</source>
        <translation>
            <numerusform>Arquivar a avaliação?</numerusform>
            <numerusform>Arquivar %n avaliações?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n evaluations?</source>
        <translation>
            <numerusform>Restaurar a avaliação?</numerusform>
            <numerusform>Restaurar %n avaliações?</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Atendente</translation>
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
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidade</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha de monitoria</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interação</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Qualquer cliente</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Evaluation updated</source>
        <translation>Avaliação atualizada</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Fichas de monitoria</translation>
    </message>
    <message>
        <source>New scorecard</source>
        <translation>Nova ficha de monitoria</translation>
    </message>
    <message>
        <source>Search scorecards…</source>
        <translation>Pesquisar fichas de monitoria…</translation>
    </message>
    <message>
        <source>No scorecards yet. Make one with its sections and items, then publish it to evaluate with it.</source>
        <translation>Ainda não há fichas de monitoria. Crie uma com suas seções e itens e depois publique-a para avaliar com ela.</translation>
    </message>
    <message>
        <source>No scorecards to export yet</source>
        <translation>Ainda não há fichas de monitoria para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scorecards</source>
        <translation>
            <numerusform>%Ln ficha de monitoria</numerusform>
            <numerusform>%Ln fichas de monitoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n scorecards?</source>
        <translation>
            <numerusform>Arquivar a ficha de monitoria?</numerusform>
            <numerusform>Arquivar %n fichas de monitoria?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n scorecards?</source>
        <translation>
            <numerusform>Restaurar a ficha de monitoria?</numerusform>
            <numerusform>Restaurar %n fichas de monitoria?</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Não publicada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>Calibrações</translation>
    </message>
    <message>
        <source>New calibration</source>
        <translation>Nova calibração</translation>
    </message>
    <message>
        <source>Search calibrations…</source>
        <translation>Pesquisar calibrações…</translation>
    </message>
    <message>
        <source>No calibrations yet. Pick an interaction that several evaluators score blind, the expert&apos;s evaluation being the reference.</source>
        <translation>Ainda não há calibrações. Escolha uma interação que vários avaliadores avaliem às cegas; a avaliação do especialista é a referência.</translation>
    </message>
    <message>
        <source>No calibrations to export yet</source>
        <translation>Ainda não há calibrações para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln calibrations</source>
        <translation>
            <numerusform>%Ln calibração</numerusform>
            <numerusform>%Ln calibrações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n calibrations?</source>
        <translation>
            <numerusform>Arquivar a calibração?</numerusform>
            <numerusform>Arquivar %n calibrações?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n calibrations?</source>
        <translation>
            <numerusform>Restaurar a calibração?</numerusform>
            <numerusform>Restaurar %n calibrações?</numerusform>
        </translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Realizada em</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Score it…</source>
        <translation>Avaliar…</translation>
    </message>
    <message>
        <source>Score this interaction yourself (blind: nobody else&apos;s answers are shown)</source>
        <translation>Avalie você mesmo esta interação (às cegas: as respostas dos outros não são mostradas)</translation>
    </message>
    <message>
        <source>Result…</source>
        <translation>Resultado…</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibração</translation>
    </message>
    <message>
        <source>Score this interaction first: the result shows the others&apos; scores.</source>
        <translation>Avalie esta interação primeiro: o resultado mostra as pontuações dos outros.</translation>
    </message>
</context>
<context>
    <name>tr_training_page</name>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>New training program</source>
        <translation>Novo programa de treinamento</translation>
    </message>
    <message>
        <source>Search training programs…</source>
        <translation>Pesquisar programas de treinamento…</translation>
    </message>
    <message>
        <source>No training programs yet. Add the courses and certifications your staff take.</source>
        <translation>Ainda não há programas de treinamento. Adicione os cursos e certificações que seus colaboradores fazem.</translation>
    </message>
    <message>
        <source>No training programs to export yet</source>
        <translation>Ainda não há programas de treinamento para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln training programs</source>
        <translation>
            <numerusform>%Ln programa de treinamento</numerusform>
            <numerusform>%Ln programas de treinamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n training programs?</source>
        <translation>
            <numerusform>Arquivar o programa de treinamento?</numerusform>
            <numerusform>Arquivar %n programas de treinamento?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n training programs?</source>
        <translation>
            <numerusform>Restaurar o programa de treinamento?</numerusform>
            <numerusform>Restaurar %n programas de treinamento?</numerusform>
        </translation>
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
        <source>Valid (months)</source>
        <translation>Validade (meses)</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Qualquer cliente</translation>
    </message>
    <message>
        <source>Mandatory or not</source>
        <translation>Obrigatórios e opcionais</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>What worked…</source>
        <translation>O que funcionou…</translation>
    </message>
    <message>
        <source>Per program: how ratings, quality and KPIs changed after it, against similar people</source>
        <translation>Por programa: como as notas, a qualidade e os KPIs mudaram depois dele, em comparação com pessoas semelhantes</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscrições</translation>
    </message>
    <message>
        <source>New enrollment</source>
        <translation>Nova inscrição</translation>
    </message>
    <message>
        <source>Search enrollments…</source>
        <translation>Pesquisar inscrições…</translation>
    </message>
    <message>
        <source>No enrollments yet. Enroll staff members in a training program.</source>
        <translation>Ainda não há inscrições. Inscreva colaboradores em um programa de treinamento.</translation>
    </message>
    <message>
        <source>No enrollments to export yet</source>
        <translation>Ainda não há inscrições para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrollments</source>
        <translation>
            <numerusform>%Ln inscrição</numerusform>
            <numerusform>%Ln inscrições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n enrollments?</source>
        <translation>
            <numerusform>Arquivar a inscrição?</numerusform>
            <numerusform>Arquivar %n inscrições?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n enrollments?</source>
        <translation>
            <numerusform>Restaurar a inscrição?</numerusform>
            <numerusform>Restaurar %n inscrições?</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
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
        <source>Completed</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation>Custeado por</translation>
    </message>
    <message>
        <source>Any program</source>
        <translation>Qualquer programa</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competências</translation>
    </message>
    <message>
        <source>New competency</source>
        <translation>Nova competência</translation>
    </message>
    <message>
        <source>Search competencies…</source>
        <translation>Pesquisar competências…</translation>
    </message>
    <message>
        <source>No competencies yet. Add the skills feedback is rated on and mentors offer.</source>
        <translation>Ainda não há competências. Adicione as habilidades em que o feedback recebe nota e que os mentores oferecem.</translation>
    </message>
    <message>
        <source>No competencies to export yet</source>
        <translation>Ainda não há competências para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln competencies</source>
        <translation>
            <numerusform>%Ln competência</numerusform>
            <numerusform>%Ln competências</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n competencies?</source>
        <translation>
            <numerusform>Arquivar a competência?</numerusform>
            <numerusform>Arquivar %n competências?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n competencies?</source>
        <translation>
            <numerusform>Restaurar a competência?</numerusform>
            <numerusform>Restaurar %n competências?</numerusform>
        </translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competência</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>O que significa</translation>
    </message>
</context>
<context>
    <name>tr_users_page</name>
    <message>
        <source>Enter a password.</source>
        <translation>Digite uma senha.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>As duas senhas não são iguais.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>letras minúsculas, dígitos, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nome exibido</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Staff record</source>
        <translation>Cadastro de colaborador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir senha</translation>
    </message>
    <message>
        <source>User {login}</source>
        <translation>Usuário {login}</translation>
    </message>
    <message>
        <source>May sign in (a disabled user cannot connect)</source>
        <translation>Pode entrar (um usuário desativado não consegue se conectar)</translation>
    </message>
    <message>
        <source>New password for {login}</source>
        <translation>Nova senha para {login}</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Users exist in a shared PostgreSQL database only. This is a single-user database: whoever opens it may do everything. To share it, see &lt;code&gt;mentorapp setup-shared&lt;/code&gt; in the README.</source>
        <translation>Usuários existem apenas em um banco de dados PostgreSQL compartilhado. Este é um banco de dados de um só usuário: quem o abre pode fazer tudo. Para compartilhá-lo, veja &lt;code&gt;mentorapp setup-shared&lt;/code&gt; no README.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Adicionar usuário…</translation>
    </message>
    <message>
        <source>Change role, staff record or access…</source>
        <translation>Alterar perfil, cadastro ou acesso…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Redefinir senha…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>Acessa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>User {login} added</source>
        <translation>Usuário {login} adicionado</translation>
    </message>
    <message>
        <source>User {login} changed</source>
        <translation>Usuário {login} alterado</translation>
    </message>
    <message>
        <source>New password set for {login}</source>
        <translation>Nova senha definida para {login}</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>You cannot disable yourself: another administrator can.</source>
        <translation>Você não pode desativar a si mesmo: outro administrador pode.</translation>
    </message>
    <message>
        <source>User {login} enabled</source>
        <translation>Usuário {login} ativado</translation>
    </message>
    <message>
        <source>User {login} disabled</source>
        <translation>Usuário {login} desativado</translation>
    </message>
</context>
</TS>
