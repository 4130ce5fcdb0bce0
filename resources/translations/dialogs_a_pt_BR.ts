<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_action_item_dialog</name>
        <message>
            <source>Edit action item</source>
            <translation>Editar ação</translation>
        </message>
        <message>
            <source>New action item</source>
            <translation>Nova ação</translation>
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
            <source>Done on</source>
            <translation>Concluída em</translation>
        </message>
        <message>
            <source>New action item saved</source>
            <translation>Nova ação salva</translation>
        </message>
        <message>
            <source>Changes to the action item saved</source>
            <translation>Alterações da ação salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_bench_dialog</name>
        <message>
            <source>No one</source>
            <translation>Ninguém</translation>
        </message>
        <message>
            <source>{name} ({percent})</source>
            <translation>{name} ({percent})</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} e mais %n</numerusform>
                <numerusform>{names} e mais %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {outlook} ({percent})</source>
            <translation>{name}: {outlook} ({percent})</translation>
        </message>
        <message>
            <source>None ready</source>
            <translation>Ninguém pronto</translation>
        </message>
        <message>
            <source>Bench strength of {client}</source>
            <translation>Banco de talentos de {client}</translation>
        </message>
        <message>
            <source>Reading the account's people and roles…</source>
            <translation>Lendo os colaboradores e os cargos da conta…</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Ladder</source>
            <translation>Trilha</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Holders</source>
            <translation>Ocupantes</translation>
        </message>
        <message>
            <source>Ready now</source>
            <translation>Prontos agora</translation>
        </message>
        <message>
            <source>In about 6 months</source>
            <translation>Em cerca de 6 meses</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Saiu</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Role to fill</source>
            <translation>Cargo a preencher</translation>
        </message>
        <message>
            <source>{role} (on no ladder)</source>
            <translation>{role} (sem trilha)</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>sem cargo</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidatos</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Cargos</translation>
        </message>
        <message>
            <source>Backfill</source>
            <translation>Reposição</translation>
        </message>
        <message numerus="yes">
            <source>{people} on {client} now; %n roles (the account's and the company ladder's).</source>
            <translation>
                <numerusform>{people} em {client} hoje; %n cargo (da conta e da trilha da empresa).</numerusform>
                <numerusform>{people} em {client} hoje; %n cargos (da conta e da trilha da empresa).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people resigned or left in the last {days} days.</source>
            <translation>
                <numerusform>%n pessoa pediu demissão ou saiu nos últimos {days} dias.</numerusform>
                <numerusform>%n pessoas pediram demissão ou saíram nos últimos {days} dias.</numerusform>
            </translation>
        </message>
        <message>
            <source>Candidates come from a lower rung; an expiring certification keeps a person out of “in about 6 months”.</source>
            <translation>Os candidatos vêm de um degrau abaixo; uma certificação prestes a vencer deixa a pessoa fora de “em cerca de 6 meses”.</translation>
        </message>
        <message>
            <source>Backfill ({count})</source>
            <translation>Reposição ({count})</translation>
        </message>
        <message>
            <source>Could not read the bench strength: {error}</source>
            <translation>Não foi possível ler o banco de talentos: {error}</translation>
        </message>
    </context>
    <context>
        <name>tr_calibration_dialog</name>
        <message>
            <source>improving</source>
            <translation>melhorando</translation>
        </message>
        <message>
            <source>worsening</source>
            <translation>piorando</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>estável</translation>
        </message>
        <message>
            <source>New calibration</source>
            <translation>Nova calibração</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Ficha de monitoria</translation>
        </message>
        <message>
            <source>Interaction ID</source>
            <translation>ID da interação</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Realizada em</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>No published scorecard yet: publish one on the Scorecards tab first.</source>
            <translation>Ainda não há ficha de monitoria publicada: publique uma antes na aba Fichas de monitoria.</translation>
        </message>
        <message>
            <source>New calibration saved: each evaluator now scores it</source>
            <translation>Nova calibração salva: agora cada avaliador a pontua</translation>
        </message>
        <message>
            <source>Item key</source>
            <translation>Chave do item</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Dispersão</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Avaliador</translation>
        </message>
        <message>
            <source>Distance from the reference (points)</source>
            <translation>Distância da referência (pontos)</translation>
        </message>
        <message>
            <source>Answers differing</source>
            <translation>Respostas divergentes</translation>
        </message>
        <message>
            <source>Calibration: {interaction}</source>
            <translation>Calibração: {interaction}</translation>
        </message>
        <message>
            <source>{problem}. Each evaluator scores the interaction; the expert's evaluation is marked as the reference.</source>
            <translation>{problem}. Cada avaliador pontua a interação; a avaliação do especialista é marcada como referência.</translation>
        </message>
        <message>
            <source>Interaction {interaction}, held on {date}, {scorecard}. Reference: {evaluator}, score {score}.</source>
            <translation>Interação {interaction}, realizada em {date}, {scorecard}. Referência: {evaluator}, pontuação {score}.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no score</comment>
            <translation>nenhuma</translation>
        </message>
        <message>
            <source>Spread per item: {none} when every evaluator gave the same credit, {full} when one gave full credit and another none.</source>
            <translation>Dispersão por item: {none} quando todos os avaliadores deram o mesmo crédito, {full} quando um deu crédito total e outro nenhum.</translation>
        </message>
        <message>
            <source>Each evaluator against the reference:</source>
            <translation>Cada avaliador em relação à referência:</translation>
        </message>
        <message>
            <source>Accuracy trend of</source>
            <translation>Tendência de precisão de</translation>
        </message>
        <message>
            <source>one calibration so far</source>
            <translation>só uma calibração até agora</translation>
        </message>
        <message numerus="yes">
            <source>%n calibrations, latest {latest}: {direction}</source>
            <translation>
                <numerusform>%n calibração, a última {latest}: {direction}</numerusform>
                <numerusform>%n calibrações, a última {latest}: {direction}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tr_checkin_dialog</name>
        <message>
            <source>Edit check-in</source>
            <translation>Editar check-in</translation>
        </message>
        <message>
            <source>New check-in</source>
            <translation>Novo check-in</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>Next check-in</source>
            <translation>Próximo check-in</translation>
        </message>
        <message>
            <source>New check-in saved</source>
            <translation>Novo check-in salvo</translation>
        </message>
        <message>
            <source>Changes to the check-in saved</source>
            <translation>Alterações no check-in salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_client_dialog</name>
        <message>
            <source>Edit client</source>
            <translation>Editar cliente</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Novo cliente</translation>
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
            <source>Contacts</source>
            <translation>Contatos</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Primeiro contato</translation>
        </message>
        <message>
            <source>Contact's email</source>
            <translation>E-mail do contato</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Gerente de contas</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Idioma dos relatórios</translation>
        </message>
        <message>
            <source>The language of this client's review packs: sheet names, headings, choice words and dates. What people typed stays as they typed it.</source>
            <translation>O idioma dos pacotes de revisão deste cliente: nomes das planilhas, títulos, opções e datas. O que as pessoas digitaram fica como digitaram.</translation>
        </message>
        <message>
            <source>Active account</source>
            <translation>Conta ativa</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nenhum ainda</translation>
        </message>
        <message>
            <source>Added and changed in Clients &gt; Client reports… &gt; Contacts.</source>
            <translation>Adicionados e alterados em Clientes &gt; Relatórios do cliente… &gt; Contatos.</translation>
        </message>
        <message>
            <source>New client saved</source>
            <translation>Novo cliente salvo</translation>
        </message>
        <message>
            <source>Changes to the client saved</source>
            <translation>Alterações do cliente salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_cohort_dialog</name>
        <message>
            <source>Match a cohort</source>
            <translation>Atribuir mentores a uma turma</translation>
        </message>
        <message>
            <source>(no mentor)</source>
            <translation>(sem mentor)</translation>
        </message>
        <message numerus="yes">
            <source>%n employee IDs are not in the database: {ids}</source>
            <translation>
                <numerusform>%n matrícula não está no banco de dados: {ids}</numerusform>
                <numerusform>%n matrículas não estão no banco de dados: {ids}</numerusform>
            </translation>
        </message>
        <message>
            <source>No active staff member matches these filters</source>
            <translation>Nenhum colaborador ativo corresponde a estes filtros</translation>
        </message>
        <message>
            <source>{people} people: a cohort is at most {most}; narrow the filters</source>
            <translation>{people} pessoas: uma turma tem no máximo {most}; restrinja os filtros</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Lacunas</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Aderência</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nenhum)</translation>
        </message>
        <message>
            <source>chosen in review</source>
            <translation>escolhido na revisão</translation>
        </message>
        <message>
            <source>no mentor chosen</source>
            <translation>nenhum mentor escolhido</translation>
        </message>
        <message>
            <source>{name} ({free} of {capacity} free)</source>
            <translation>{name} ({free} de {capacity} livres)</translation>
        </message>
        <message>
            <source>Paste employee IDs, one a line (or separated by commas or spaces)</source>
            <translation>Cole as matrículas, uma por linha (ou separadas por vírgulas ou espaços)</translation>
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
            <source>Any site</source>
            <translation>Qualquer unidade</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
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
            <source>Hired since</source>
            <translation>Admitidos desde</translation>
        </message>
        <message>
            <source>Employee IDs</source>
            <translation>Matrículas</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
        <message>
            <source>Propose</source>
            <translation>Propor</translation>
        </message>
        <message>
            <source>Match every person with a mentor with free places: {evidence}</source>
            <translation>Atribui a cada pessoa um mentor com vagas livres: {evidence}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Free places</source>
            <translation>Vagas livres</translation>
        </message>
        <message>
            <source>Create mentorships</source>
            <translation>Criar mentorias</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Proposal (double-click a mentor, or press F2, to choose another)</source>
            <translation>Proposta (clique duas vezes em um mentor, ou pressione F2, para escolher outro)</translation>
        </message>
        <message>
            <source>Places per mentor</source>
            <translation>Vagas por mentor</translation>
        </message>
        <message>
            <source>Paste the intake's employee IDs, or pick them by filters, then press Propose.</source>
            <translation>Cole as matrículas da turma, ou escolha-as por filtros, e depois pressione Propor.</translation>
        </message>
        <message>
            <source>Paste the employee IDs of the people to match</source>
            <translation>Cole as matrículas das pessoas que receberão mentor</translation>
        </message>
        <message>
            <source>Hired since: {problem}</source>
            <translation>Admitidos desde: {problem}</translation>
        </message>
        <message>
            <source>Choose a client, team, site or hire date: a cohort is an intake, not everyone</source>
            <translation>Escolha um cliente, equipe, unidade ou data de admissão: uma turma é um grupo de ingresso, não todos os colaboradores</translation>
        </message>
        <message>
            <source>Matching the people with the mentors… ({people} people take a few seconds)</source>
            <translation>Atribuindo mentores às pessoas… ({people} pessoas levam alguns segundos)</translation>
        </message>
        <message numerus="yes">
            <source>{placed} of %n people matched</source>
            <translation>
                <numerusform>{placed} de %n pessoa com mentor</numerusform>
                <numerusform>{placed} de %n pessoas com mentor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched}; %n without a mentor: no free place fits them</source>
            <translation>
                <numerusform>{matched}; %n sem mentor: nenhuma vaga livre serve</numerusform>
                <numerusform>{matched}; %n sem mentor: nenhuma vaga livre serve</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{mentor} has {people} people for %n free places</source>
            <translation>
                <numerusform>{mentor} tem {people} pessoas para %n vaga livre</numerusform>
                <numerusform>{mentor} tem {people} pessoas para %n vagas livres</numerusform>
            </translation>
        </message>
        <message>
            <source>Over capacity: {mentors}. Choose other mentors to create the mentorships.</source>
            <translation>Acima da capacidade: {mentors}. Escolha outros mentores para criar as mentorias.</translation>
        </message>
        <message numerus="yes">
            <source>Create %n mentorships</source>
            <translation>
                <numerusform>Criar %n mentoria</numerusform>
                <numerusform>Criar %n mentorias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Creating %n mentorships…</source>
            <translation>
                <numerusform>Criando %n mentoria…</numerusform>
                <numerusform>Criando %n mentorias…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Started %n mentorships.</source>
            <translation>
                <numerusform>%n mentoria iniciada.</numerusform>
                <numerusform>%n mentorias iniciadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cohort proposal</source>
            <translation>Proposta da turma</translation>
        </message>
        <message>
            <source>Export the proposal</source>
            <translation>Exportar a proposta</translation>
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
            <source>Could not save the file: {problem}</source>
            <translation>Não foi possível salvar o arquivo: {problem}</translation>
        </message>
    </context>
    <context>
        <name>tr_competency_dialog</name>
        <message>
            <source>Edit competency</source>
            <translation>Editar competência</translation>
        </message>
        <message>
            <source>New competency</source>
            <translation>Nova competência</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>O que significa</translation>
        </message>
        <message>
            <source>New competency saved</source>
            <translation>Nova competência salva</translation>
        </message>
        <message>
            <source>Changes to the competency saved</source>
            <translation>Alterações na competência salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_enrollment_dialog</name>
        <message>
            <source>Edit enrollment</source>
            <translation>Editar inscrição</translation>
        </message>
        <message>
            <source>New enrollment</source>
            <translation>Nova inscrição</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
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
            <source>Completed on</source>
            <translation>Concluído em</translation>
        </message>
        <message>
            <source>Score (0-100)</source>
            <translation>Pontuação (0-100)</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>The program's hours when left empty</source>
            <translation>As horas do programa, se ficar em branco</translation>
        </message>
        <message>
            <source>Funded by</source>
            <translation>Custeado por</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>New enrollment saved</source>
            <translation>Nova inscrição salva</translation>
        </message>
        <message>
            <source>Changes to the enrollment saved</source>
            <translation>Alterações na inscrição salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_evaluation_dialog</name>
        <message>
            <source>{scorecard} (version {number})</source>
            <translation>{scorecard} (versão {number})</translation>
        </message>
        <message>
            <source>Score: answer the items to see it</source>
            <translation>Pontuação: responda aos itens para vê-la</translation>
        </message>
        <message>
            <source>none (every answered item is N/A)</source>
            <translation>nenhuma (todos os itens respondidos são N/A)</translation>
        </message>
        <message numerus="yes">
            <source>Score so far ({answered} of %n items answered): {total}</source>
            <translation>
                <numerusform>Pontuação até agora ({answered} de %n item respondidos): {total}</numerusform>
                <numerusform>Pontuação até agora ({answered} de %n itens respondidos): {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Score: {total}</source>
            <translation>Pontuação: {total}</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <source>Critical fail: {items}</source>
            <translation>Falha crítica: {items}</translation>
        </message>
        <message>
            <source>Calibration evaluation</source>
            <translation>Avaliação de calibração</translation>
        </message>
        <message>
            <source>New evaluation</source>
            <translation>Nova avaliação</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Ficha de monitoria</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Atendente</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Interaction ID</source>
            <translation>ID da interação</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Interaction date</source>
            <translation>Data da interação</translation>
        </message>
        <message>
            <source>Shareable with the client</source>
            <translation>Pode ser compartilhada com o cliente</translation>
        </message>
        <message>
            <source>No published scorecard yet: publish one on the Scorecards tab first.</source>
            <translation>Ainda não há ficha de monitoria publicada: publique uma antes na aba Fichas de monitoria.</translation>
        </message>
        <message>
            <source>The calibration's: every evaluator scores the same interaction</source>
            <translation>O da calibração: todos os avaliadores pontuam a mesma interação</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Avaliador</translation>
        </message>
        <message>
            <source>Reference (expert) evaluation</source>
            <translation>Avaliação de referência (do especialista)</translation>
        </message>
        <message>
            <source>This calibration has its reference evaluation</source>
            <translation>Esta calibração já tem sua avaliação de referência</translation>
        </message>
        <message>
            <source>The expert's answers the others are measured against</source>
            <translation>As respostas do especialista com as quais as demais são comparadas</translation>
        </message>
        <message>
            <source>this calibration has {evaluator}'s evaluation already</source>
            <translation>esta calibração já tem a avaliação de {evaluator}</translation>
        </message>
        <message>
            <source>answer every item (N/A where it does not apply): {items}</source>
            <translation>responda a todos os itens (N/A onde não se aplicar): {items}</translation>
        </message>
        <message>
            <source>Pick a published scorecard</source>
            <translation>Escolha uma ficha de monitoria publicada</translation>
        </message>
        <message>
            <source>Calibration evaluation saved</source>
            <translation>Avaliação de calibração salva</translation>
        </message>
        <message>
            <source>New evaluation saved</source>
            <translation>Nova avaliação salva</translation>
        </message>
        <message>
            <source>Acknowledge evaluation</source>
            <translation>Dar ciência da avaliação</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>Comentário (opcional)</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Dar ciência</translation>
        </message>
        <message>
            <source>Dispute evaluation</source>
            <translation>Contestar a avaliação</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Change the answers you disagree with; the others stay as they are.</source>
            <translation>Altere as respostas das quais você discorda; as demais ficam como estão.</translation>
        </message>
        <message>
            <source>Proposed answers:</source>
            <translation>Respostas propostas:</translation>
        </message>
        <message>
            <source>Dispute</source>
            <comment>verb: dispute the evaluation</comment>
            <translation>Contestar</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no score</comment>
            <translation>nenhuma</translation>
        </message>
        <message>
            <source>Score with these answers: {total} (given: {given})</source>
            <translation>Pontuação com estas respostas: {total} (atribuída: {given})</translation>
        </message>
        <message>
            <source>Decide dispute</source>
            <translation>Decidir a contestação</translation>
        </message>
        <message>
            <source>Reason: {reason}
Proposed: {answers}</source>
            <translation>Motivo: {reason}
Proposto: {answers}</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisão</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>The answers kept when the dispute is partly accepted:</source>
            <translation>As respostas mantidas se a contestação for aceita em parte:</translation>
        </message>
        <message>
            <source>Decide</source>
            <translation>Decidir</translation>
        </message>
        <message>
            <source>change at least one answer, or accept or reject the dispute</source>
            <translation>altere pelo menos uma resposta, ou aceite ou rejeite a contestação</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Seção</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Resposta</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Alterado por</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>Aberta por</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposto</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decidida por</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Avaliação</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Respostas</translation>
        </message>
        <message>
            <source>Score history</source>
            <translation>Histórico da pontuação</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>Contestações</translation>
        </message>
        <message>
            <source>Acknowledge…</source>
            <translation>Dar ciência…</translation>
        </message>
        <message>
            <source>Dispute…</source>
            <translation>Contestar…</translation>
        </message>
        <message>
            <source>Decide…</source>
            <translation>Decidir…</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Interação</translation>
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
            <source>Internal</source>
            <translation>Interna</translation>
        </message>
        <message>
            <source>{fact}:</source>
            <translation>{fact}:</translation>
        </message>
        <message>
            <source>none (all N/A)</source>
            <translation>nenhuma (tudo N/A)</translation>
        </message>
        <message>
            <source>(critical fail)</source>
            <translation>(falha crítica)</translation>
        </message>
        <message>
            <source>(version {revision} of the score)</source>
            <translation>(versão {revision} da pontuação)</translation>
        </message>
        <message>
            <source>Disputes ({count})</source>
            <translation>Contestações ({count})</translation>
        </message>
        <message>
            <source>Score history ({count})</source>
            <translation>Histórico da pontuação ({count})</translation>
        </message>
        <message>
            <source>This evaluation has no open dispute.</source>
            <translation>Esta avaliação não tem contestação aberta.</translation>
        </message>
    </context>
    <context>
        <name>tr_feedback_dialog</name>
        <message>
            <source>Edit feedback</source>
            <translation>Editar feedback</translation>
        </message>
        <message>
            <source>New feedback</source>
            <translation>Novo feedback</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
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
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Visibilidade</translation>
        </message>
        <message>
            <source>Overall rating</source>
            <translation>Nota geral</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Pontos fortes</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>A melhorar</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>Competency ratings (1 poor – 5 outstanding)</source>
            <translation>Notas por competência (1 insuficiente – 5 excepcional)</translation>
        </message>
        <message>
            <source>Incident: what happened and what was learned</source>
            <translation>Ocorrência: o que aconteceu e o que se aprendeu</translation>
        </message>
        <message>
            <source>An incident needs what happened (the root cause or the comment) and the lesson learned or a corrective action.</source>
            <translation>Uma ocorrência precisa do que aconteceu (a causa raiz ou o comentário) e da lição aprendida ou de uma ação corretiva.</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Causa raiz</translation>
        </message>
        <message>
            <source>What happened and why (or say it in the comment)</source>
            <translation>O que aconteceu e por quê (ou diga no comentário)</translation>
        </message>
        <message>
            <source>Lesson learned</source>
            <translation>Lição aprendida</translation>
        </message>
        <message>
            <source>Required unless there is a corrective action</source>
            <translation>Obrigatória se não houver ação corretiva</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Ação corretiva</translation>
        </message>
        <message>
            <source>Required unless there is a lesson learned</source>
            <translation>Obrigatória se não houver lição aprendida</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Acompanhamento em</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>Resolvida em</translation>
        </message>
        <message>
            <source>New feedback saved</source>
            <translation>Novo feedback salvo</translation>
        </message>
        <message>
            <source>Changes to the feedback saved</source>
            <translation>Alterações no feedback salvas</translation>
        </message>
        <message>
            <source>Acknowledged by {login} on {moment}: {comment}</source>
            <translation>Ciência de {login} em {moment}: {comment}</translation>
        </message>
        <message>
            <source>Acknowledged by {login} on {moment}</source>
            <translation>Ciência de {login} em {moment}</translation>
        </message>
        <message>
            <source>Acknowledge feedback</source>
            <translation>Dar ciência do feedback</translation>
        </message>
        <message>
            <source>from {author}</source>
            <translation>de {author}</translation>
        </message>
        <message>
            <source>Your comment</source>
            <translation>Seu comentário</translation>
        </message>
        <message>
            <source>Optional: what you take from it, or what you see differently</source>
            <translation>Opcional: o que você tira dele ou o que vê de outro jeito</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Dar ciência</translation>
        </message>
    </context>
</TS>
