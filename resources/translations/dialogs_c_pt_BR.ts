<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_roles_dialog</name>
        <message>
            <source>Competency</source>
            <translation>Competência</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Treinamento</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>Certificação</translation>
        </message>
        <message>
            <source>A competency rated at least this (recency-weighted average)</source>
            <translation>Uma competência com nota de pelo menos este valor (média ponderada pela data das notas)</translation>
        </message>
        <message>
            <source>A training program completed</source>
            <translation>Um programa de treinamento concluído</translation>
        </message>
        <message>
            <source>A certification completed and not expired</source>
            <translation>Uma certificação concluída e dentro da validade</translation>
        </message>
        <message>
            <source>{name} {minimum}+</source>
            <translation>{name} {minimum}+</translation>
        </message>
        <message>
            <source>{name} (certification)</source>
            <translation>{name} (certificação)</translation>
        </message>
        <message>
            <source>{name} (training)</source>
            <translation>{name} (treinamento)</translation>
        </message>
        <message>
            <source>Company ladder</source>
            <translation>Trilha da empresa</translation>
        </message>
        <message>
            <source>{client} account</source>
            <translation>Conta {client}</translation>
        </message>
        <message>
            <source>None: the top of the ladder</source>
            <translation>Nenhum: o topo da trilha</translation>
        </message>
        <message>
            <source>company</source>
            <comment>the company ladder</comment>
            <translation>empresa</translation>
        </message>
        <message>
            <source>{role} ({owner}, level {level})</source>
            <translation>{role} ({owner}, nível {level})</translation>
        </message>
        <message>
            <source>Requirement type</source>
            <translation>Tipo de requisito</translation>
        </message>
        <message>
            <source>Competency or program</source>
            <translation>Competência ou programa</translation>
        </message>
        <message>
            <source>Minimum rating</source>
            <translation>Nota mínima</translation>
        </message>
        <message>
            <source>at least </source>
            <translation>no mínimo </translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove this requirement</source>
            <translation>Remover este requisito</translation>
        </message>
        <message>
            <source>Choose a competency</source>
            <translation>Escolha uma competência</translation>
        </message>
        <message>
            <source>Choose a program</source>
            <translation>Escolha um programa</translation>
        </message>
        <message>
            <source>choose the competency of each requirement, or remove the row</source>
            <translation>escolha a competência de cada requisito ou remova a linha</translation>
        </message>
        <message>
            <source>choose the training program of each requirement, or remove the row</source>
            <translation>escolha o programa de treinamento de cada requisito ou remova a linha</translation>
        </message>
        <message>
            <source>No requirements: anyone on the rung below qualifies once the minimum tenure is reached.</source>
            <translation>Sem requisitos: qualquer pessoa do nível abaixo se qualifica ao atingir o tempo mínimo de casa.</translation>
        </message>
        <message>
            <source>Add requirement</source>
            <translation>Adicionar requisito</translation>
        </message>
        <message>
            <source>requirement {number}: {problem}</source>
            <translation>requisito {number}: {problem}</translation>
        </message>
        <message>
            <source>Edit role</source>
            <translation>Editar cargo</translation>
        </message>
        <message>
            <source>New role</source>
            <translation>Novo cargo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Senior agent, Tier 2 Specialist, …</source>
            <translation>Atendente sênior, Especialista nível 2, …</translation>
        </message>
        <message>
            <source>Ladder</source>
            <translation>Trilha</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nível</translation>
        </message>
        <message>
            <source>1 for the first rung</source>
            <translation>1 para o primeiro nível</translation>
        </message>
        <message>
            <source>Next role</source>
            <translation>Próximo cargo</translation>
        </message>
        <message>
            <source>Minimum tenure (months)</source>
            <translation>Tempo mínimo no cargo (meses)</translation>
        </message>
        <message>
            <source>Months since the hire date</source>
            <translation>Meses desde a data de admissão</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Requisitos</translation>
        </message>
        <message>
            <source>New role saved</source>
            <translation>Novo cargo salvo</translation>
        </message>
        <message>
            <source>Changes to the role saved</source>
            <translation>Alterações no cargo salvas</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Tenure</source>
            <translation>Tempo de casa</translation>
        </message>
        <message>
            <source>Role ladders</source>
            <translation>Trilhas de carreira</translation>
        </message>
        <message>
            <source>The roles people grow into: the company ladder, and the roles a client account defines. Readiness on a profile's Career plan and a client's Bench strength measure people against them. Import many at once from Reports &gt; Import (Role ladders).</source>
            <translation>Os cargos para os quais as pessoas crescem: a trilha da empresa e os cargos que cada conta de cliente define. A prontidão no Plano de carreira de um perfil e a força do banco de um cliente medem as pessoas em relação a eles. Importe vários de uma vez em Relatórios &gt; Importar (Trilhas de carreira).</translation>
        </message>
        <message>
            <source>No roles yet. Add role… makes one; Reports &gt; Import takes a whole ladder from a spreadsheet.</source>
            <translation>Ainda não há cargos. Adicionar cargo… cria um; Relatórios &gt; Importar traz uma trilha inteira de uma planilha.</translation>
        </message>
        <message>
            <source>&amp;Add role…</source>
            <translation>&amp;Adicionar cargo…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;xcluir…</translation>
        </message>
        <message>
            <source>Show a&amp;rchived</source>
            <translation>Mostrar a&amp;rquivados</translation>
        </message>
        <message>
            <source>{role} (archived)</source>
            <translation>{role} (arquivado)</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mês</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing more</source>
            <translation>Nada além</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Role saved</source>
            <translation>Cargo salvo</translation>
        </message>
        <message>
            <source>Role '{role}' restored</source>
            <translation>Cargo “{role}” restaurado</translation>
        </message>
        <message>
            <source>Delete the role '{role}' and its requirements? A role another role steps up to is archived instead.</source>
            <translation>Excluir o cargo “{role}” e seus requisitos? Um cargo que é o próximo passo de outro é arquivado em vez de excluído.</translation>
        </message>
    </context>
    <context>
        <name>tr_scorecard_dialog</name>
        <message>
            <source>Version 1 published</source>
            <translation>Versão 1 publicada</translation>
        </message>
        <message>
            <source>Version {number} published; older evaluations keep version {older}</source>
            <translation>Versão {number} publicada; as avaliações anteriores mantêm a versão {older}</translation>
        </message>
        <message>
            <source>Edit scorecard</source>
            <translation>Editar ficha de monitoria</translation>
        </message>
        <message>
            <source>New scorecard</source>
            <translation>Nova ficha de monitoria</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Client (empty: every client)</source>
            <translation>Cliente (vazio: todos)</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publicar</translation>
        </message>
        <message>
            <source>Save and make these items the next version</source>
            <translation>Salvar e tornar estes itens a próxima versão</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Salvar rascunho</translation>
        </message>
        <message>
            <source>Add sections and items; save keeps a draft, Publish makes version 1.</source>
            <translation>Adicione seções e itens; salvar mantém um rascunho, Publicar cria a versão 1.</translation>
        </message>
        <message>
            <source>Editing the draft of version {draft} (version {published} is in use).</source>
            <translation>Editando o rascunho da versão {draft} (a versão {published} está em uso).</translation>
        </message>
        <message>
            <source>Editing the draft of version 1 (not published yet).</source>
            <translation>Editando o rascunho da versão 1 (ainda não publicada).</translation>
        </message>
        <message>
            <source>Version {published} is in use; a change here becomes the draft of version {next}.</source>
            <translation>A versão {published} está em uso; uma alteração aqui vira o rascunho da versão {next}.</translation>
        </message>
        <message>
            <source>item {number}: {problem}</source>
            <translation>item {number}: {problem}</translation>
        </message>
        <message>
            <source>Publish scorecard</source>
            <translation>Publicar ficha de monitoria</translation>
        </message>
        <message>
            <source>Publish version {number} of {scorecard}? New evaluations will be scored with it; evaluations already made keep their version.</source>
            <translation>Publicar a versão {number} de {scorecard}? As novas avaliações serão pontuadas com ela; as já feitas mantêm a sua versão.</translation>
        </message>
        <message>
            <source>New scorecard saved as a draft</source>
            <translation>Nova ficha de monitoria salva como rascunho</translation>
        </message>
        <message>
            <source>Scorecard draft saved</source>
            <translation>Rascunho da ficha de monitoria salvo</translation>
        </message>
    </context>
    <context>
        <name>tr_self_assessment_dialog</name>
        <message>
            <source>Edit self-assessment</source>
            <translation>Editar autoavaliação</translation>
        </message>
        <message>
            <source>New self-assessment</source>
            <translation>Nova autoavaliação</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Pontos fortes</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Interesses</translation>
        </message>
        <message>
            <source>Development areas</source>
            <translation>Pontos de desenvolvimento</translation>
        </message>
        <message>
            <source>New self-assessment saved</source>
            <translation>Nova autoavaliação salva</translation>
        </message>
        <message>
            <source>Changes to the self-assessment saved</source>
            <translation>Alterações na autoavaliação salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_session_dialog</name>
        <message>
            <source>Edit session – {mentorship}</source>
            <translation>Editar sessão – {mentorship}</translation>
        </message>
        <message>
            <source>Log a session – {mentorship}</source>
            <translation>Registrar uma sessão – {mentorship}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Duração (minutos)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Shared notes</source>
            <translation>Anotações compartilhadas</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Anotações privadas</translation>
        </message>
        <message>
            <source>Only for the mentor: never in the audit trail or a client's report; in a staff report only when asked for</source>
            <translation>Só para o mentor: nunca na trilha de auditoria nem no relatório de um cliente; no relatório do colaborador só quando pedido</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Ações combinadas</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <source>When to look again at the evidence: the figures after the session are counted up to this date</source>
            <translation>Quando olhar de novo a evidência: os números após a sessão são contados até esta data</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidência</translation>
        </message>
        <message>
            <source>{mentor} mentoring {mentee}</source>
            <translation>Mentoria de {mentor} para {mentee}</translation>
        </message>
        <message>
            <source>New mentoring session saved</source>
            <translation>Nova sessão de mentoria salva</translation>
        </message>
        <message>
            <source>Changes to the mentoring session saved</source>
            <translation>Alterações na sessão de mentoria salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_staff_dialog</name>
        <message>
            <source>Edit staff member</source>
            <translation>Editar colaborador</translation>
        </message>
        <message>
            <source>New staff member</source>
            <translation>Novo colaborador</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Sobrenome</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
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
            <source>Hire date</source>
            <translation>Data de admissão</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Client account</source>
            <translation>Conta do cliente</translation>
        </message>
        <message>
            <source>Role on the account</source>
            <translation>Cargo na conta</translation>
        </message>
        <message>
            <source>On the account from</source>
            <translation>Na conta desde</translation>
        </message>
        <message>
            <source>New staff member saved</source>
            <translation>Novo colaborador salvo</translation>
        </message>
        <message>
            <source>Changes to the staff member saved</source>
            <translation>Alterações no colaborador salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_suggest_mentor_dialog</name>
        <message>
            <source>Suggest a mentor</source>
            <translation>Sugerir um mentor</translation>
        </message>
        <message>
            <source>Evidence is the competency ratings in feedback from clients, management and mentors, and the QA items mapped to a competency, from the last two years (recent ones weigh more); self and peer ratings do not count.</source>
            <translation>A evidência são as notas de competências no feedback de clientes, gestão e mentores, e os itens de qualidade associados a uma competência, dos últimos dois anos (as recentes pesam mais); autoavaliações e notas de pares não contam.</translation>
        </message>
        <message>
            <source>client</source>
            <translation>cliente</translation>
        </message>
        <message>
            <source>management</source>
            <translation>gestão</translation>
        </message>
        <message>
            <source>mentor</source>
            <translation>mentor</translation>
        </message>
        <message>
            <source>QA</source>
            <translation>qualidade</translation>
        </message>
        <message numerus="yes">
            <source>from %n rating(s), little evidence</source>
            <translation>
                <numerusform>de %n nota, pouca evidência</numerusform>
                <numerusform>de %n notas, pouca evidência</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n rating(s)</source>
            <translation>
                <numerusform>de %n nota</numerusform>
                <numerusform>de %n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>{free} of {capacity}</source>
            <translation>{free} de {capacity}</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Competência</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Média</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidência</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fontes</translation>
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
            <source>Places free</source>
            <translation>Vagas livres</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>No mentor with a free place can take them (their team lead, their current mentors and full mentors are left out). Raise a mentor's capacity or add a mentor on the Mentors tab.</source>
            <translation>Nenhum mentor com vaga livre pode assumir esta pessoa (ficam de fora o líder de equipe, os mentores atuais e os mentores sem vaga). Aumente a capacidade de um mentor ou adicione um mentor na aba Mentores.</translation>
        </message>
        <message>
            <source>Propose mentorship</source>
            <translation>Propor mentoria</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Weakest competencies by the evidence</source>
            <translation>Competências mais fracas segundo a evidência</translation>
        </message>
        <message>
            <source>Mentors who fit best</source>
            <translation>Mentores com maior aderência</translation>
        </message>
        <message>
            <source>Type a name or employee ID and pick the person. {evidence}</source>
            <translation>Digite um nome ou matrícula e escolha a pessoa. {evidence}</translation>
        </message>
        <message>
            <source>Reading the evidence…</source>
            <translation>Lendo a evidência…</translation>
        </message>
        <message>
            <source>The evidence shows no gap: no competency rated under 4. {evidence} The mentors below are ranked on client, site and free places only.</source>
            <translation>A evidência não mostra lacunas: nenhuma competência com nota abaixo de 4. {evidence} Os mentores abaixo são ordenados apenas por cliente, unidade e vagas livres.</translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation>
                <numerusform>%n lacuna</numerusform>
                <numerusform>%n lacunas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{gaps}, %n on little evidence</source>
            <translation>
                <numerusform>{gaps}, %n com pouca evidência</numerusform>
                <numerusform>{gaps}, %n com pouca evidência</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{gaps}; %n mentor(s) suggested, best first: double-click one or press Propose mentorship.</source>
            <translation>
                <numerusform>{gaps}; %n mentor sugerido: clique duas vezes nele ou pressione Propor mentoria.</numerusform>
                <numerusform>{gaps}; %n mentores sugeridos, o melhor primeiro: clique duas vezes em um ou pressione Propor mentoria.</numerusform>
            </translation>
        </message>
    </context>
</TS>
