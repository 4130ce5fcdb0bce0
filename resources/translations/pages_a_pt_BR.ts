<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_feedback_page</name>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 dias</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Últimos 90 dias</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>New feedback</source>
            <translation>Novo feedback</translation>
        </message>
        <message>
            <source>Search feedback texts, names and IDs…</source>
            <translation>Buscar em textos de feedback, nomes e matrículas…</translation>
        </message>
        <message>
            <source>No feedback yet. Record what clients, team leads and customers say about your staff, or import filled-in feedback forms.</source>
            <translation>Ainda não há feedbacks. Registre o que clientes, líderes de equipe e consumidores finais dizem sobre seus colaboradores, ou importe formulários de feedback preenchidos.</translation>
        </message>
        <message>
            <source>No feedback entries to export yet</source>
            <translation>Ainda não há feedbacks para exportar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln feedback entries</source>
            <translation>
                <numerusform>%Ln feedback</numerusform>
                <numerusform>%Ln feedbacks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n feedback entries?</source>
            <translation>
                <numerusform>Arquivar o feedback?</numerusform>
                <numerusform>Arquivar %n feedbacks?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n feedback entries?</source>
            <translation>
                <numerusform>Restaurar o feedback?</numerusform>
                <numerusform>Restaurar %n feedbacks?</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origem</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Visibilidade</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Todos os clientes</translation>
        </message>
        <message>
            <source>Any source</source>
            <translation>Qualquer origem</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Qualquer tipo</translation>
        </message>
        <message>
            <source>Any visibility</source>
            <translation>Qualquer visibilidade</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Qualquer período</translation>
        </message>
        <message>
            <source>Every word must occur in the feedback's texts, or in the name or ID of the person it is about; end a word with * for words starting with it (refun*)</source>
            <translation>Cada palavra deve aparecer nos textos do feedback ou no nome ou na matrícula da pessoa a quem ele se refere; termine uma palavra com * para buscar as palavras que começam assim (reemb*)</translation>
        </message>
        <message numerus="yes">
            <source>More than %Ln feedback entries</source>
            <translation>
                <numerusform>Mais de %Ln feedback</numerusform>
                <numerusform>Mais de %Ln feedbacks</numerusform>
            </translation>
        </message>
    </context>
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
            <translation>Exportar para Excel</translation>
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
            <source>{saved}: it is far down the list; searched for {text} to show it</source>
            <translation>{saved}: está bem abaixo na lista; buscou-se {text} para mostrá-lo</translation>
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
        <name>tr_mentoring_page</name>
        <message>
            <source>{mentees} of {capacity}</source>
            <translation>{mentees} de {capacity}</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Mentores</translation>
        </message>
        <message>
            <source>New mentor</source>
            <translation>Novo mentor</translation>
        </message>
        <message>
            <source>Search mentors…</source>
            <translation>Buscar mentores…</translation>
        </message>
        <message>
            <source>No mentors yet. Add the staff members or outside coaches who mentor.</source>
            <translation>Ainda não há mentores. Adicione os colaboradores ou coaches externos que fazem mentoria.</translation>
        </message>
        <message>
            <source>No mentors to export yet</source>
            <translation>Ainda não há mentores para exportar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln mentors</source>
            <translation>
                <numerusform>%Ln mentor</numerusform>
                <numerusform>%Ln mentores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n mentors?</source>
            <translation>
                <numerusform>Arquivar o mentor?</numerusform>
                <numerusform>Arquivar %n mentores?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n mentors?</source>
            <translation>
                <numerusform>Restaurar o mentor?</numerusform>
                <numerusform>Restaurar %n mentores?</numerusform>
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
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Mentees (of capacity)</source>
            <translation>Mentorados / capacidade</translation>
        </message>
        <message>
            <source>Taking mentees</source>
            <translation>Aceita mentorados</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Taking mentees or not</source>
            <translation>Todos os mentores</translation>
        </message>
        <message>
            <source>Not taking mentees</source>
            <translation>Não aceita mentorados</translation>
        </message>
        <message>
            <source>Any load</source>
            <translation>Qualquer carga</translation>
        </message>
        <message>
            <source>Over capacity</source>
            <translation>Sobrecarregados</translation>
        </message>
        <message>
            <source>What worked…</source>
            <translation>O que funcionou…</translation>
        </message>
        <message>
            <source>Per mentor: how their mentees' ratings, quality and KPIs changed against similar people</source>
            <translation>Por mentor: como as notas, a qualidade e os KPIs dos seus mentorados mudaram em comparação com pessoas semelhantes</translation>
        </message>
        <message>
            <source>Mentorships</source>
            <translation>Mentorias</translation>
        </message>
        <message>
            <source>New mentorship</source>
            <translation>Nova mentoria</translation>
        </message>
        <message>
            <source>Search mentorships…</source>
            <translation>Buscar mentorias…</translation>
        </message>
        <message>
            <source>No mentorships yet. Pair a mentee with a mentor to start one.</source>
            <translation>Ainda não há mentorias. Associe um mentorado a um mentor para iniciar uma.</translation>
        </message>
        <message>
            <source>No mentorships to export yet</source>
            <translation>Ainda não há mentorias para exportar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln mentorships</source>
            <translation>
                <numerusform>%Ln mentoria</numerusform>
                <numerusform>%Ln mentorias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n mentorships?</source>
            <translation>
                <numerusform>Arquivar a mentoria?</numerusform>
                <numerusform>Arquivar %n mentorias?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n mentorships?</source>
            <translation>
                <numerusform>Restaurar a mentoria?</numerusform>
                <numerusform>Restaurar %n mentorias?</numerusform>
            </translation>
        </message>
        <message>
            <source>Mentee</source>
            <translation>Mentorado</translation>
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
            <source>Any status</source>
            <translation>Qualquer status</translation>
        </message>
        <message>
            <source>Log session…</source>
            <translation>Registrar sessão…</translation>
        </message>
        <message>
            <source>Suggest a mentor…</source>
            <translation>Sugerir mentor…</translation>
        </message>
        <message>
            <source>A person's gaps by the evidence and the mentors who fit them best</source>
            <translation>As lacunas de uma pessoa segundo as evidências e os mentores mais indicados para elas</translation>
        </message>
        <message>
            <source>Match a cohort…</source>
            <translation>Parear turma…</translation>
        </message>
        <message>
            <source>Propose mentors for a whole intake at once, review, then create</source>
            <translation>Propor mentores para uma turma de admissão inteira de uma vez, revisar e depois criar as mentorias</translation>
        </message>
        <message>
            <source>Mentorship proposed</source>
            <translation>Mentoria proposta</translation>
        </message>
        <message numerus="yes">
            <source>Started %n mentorships</source>
            <translation>
                <numerusform>%n mentoria iniciada</numerusform>
                <numerusform>%n mentorias iniciadas</numerusform>
            </translation>
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
