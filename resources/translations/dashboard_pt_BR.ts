<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>tr_dashboard_page</name>
    <message>
        <source>Staff member</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Overdue check-ins</source>
        <translation>Check-ins atrasados</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Último check-in</translation>
    </message>
    <message>
        <source>Next check-in was due</source>
        <translation>Próximo check-in previsto</translation>
    </message>
    <message>
        <source>Certifications expiring</source>
        <translation>Certificações a vencer</translation>
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
        <source>Incidents past follow-up</source>
        <translation>Ocorrências com acompanhamento atrasado</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Data da ocorrência</translation>
    </message>
    <message>
        <source>Follow-up was due</source>
        <translation>Acompanhamento previsto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Mentors over capacity</source>
        <translation>Mentores sobrecarregados</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Active mentees</source>
        <translation>Mentorados ativos</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidade</translation>
    </message>
    <message>
        <source>Ratings falling</source>
        <translation>Notas em queda</translation>
    </message>
    <message>
        <source>Previous 90 days</source>
        <translation>90 dias anteriores</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>Below target two months running</source>
        <translation>Abaixo da meta dois meses seguidos</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
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
    <message numerus="yes">
        <source>Last %n months</source>
        <translation>
            <numerusform>Último mês</numerusform>
            <numerusform>Últimos %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the list behind this figure</source>
        <translation>Abrir a lista por trás deste número</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Ainda não há dados</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Ainda não há nada para mostrar</translation>
    </message>
    <message>
        <source>The dashboard fills in as you record your people. Start by adding the client accounts your staff work on, or import your staff roster from an Excel or CSV file.</source>
        <translation>O painel é preenchido à medida que você registra sua equipe. Comece adicionando as contas de cliente em que seus colaboradores trabalham ou importe o quadro de colaboradores de um arquivo Excel ou CSV.</translation>
    </message>
    <message>
        <source>Add a client…</source>
        <translation>Adicionar um cliente…</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>Importar um quadro de colaboradores…</translation>
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
        <source>All sites</source>
        <translation>Todas as unidades</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Active staff</source>
        <translation>Colaboradores ativos</translation>
    </message>
    <message>
        <source>Active mentorships</source>
        <translation>Mentorias ativas</translation>
    </message>
    <message>
        <source>Average rating, last 90 days</source>
        <translation>Nota média, últimos 90 dias</translation>
    </message>
    <message>
        <source>Trainings completed this quarter</source>
        <translation>Treinamentos concluídos neste trimestre</translation>
    </message>
    <message>
        <source>Average rating by month</source>
        <translation>Nota média por mês</translation>
    </message>
    <message>
        <source>Training hours by client</source>
        <translation>Horas de treinamento por cliente</translation>
    </message>
    <message>
        <source>Feedback by source</source>
        <translation>Feedback por origem</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <source>Double-click a row to open the staff profile</source>
        <translation>Clique duas vezes em uma linha para abrir o perfil do colaborador</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Could not load the dashboard: {error}</source>
        <translation>Não foi possível carregar o painel: {error}</translation>
    </message>
    <message>
        <source>No rated feedback yet</source>
        <translation>Ainda não há feedback com nota</translation>
    </message>
    <message numerus="yes">
        <source>out of 5, from %Ln ratings</source>
        <translation>
            <numerusform>de 5, em %Ln avaliação</numerusform>
            <numerusform>de 5, em %Ln avaliações</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>Mostrando {shown} de {total}</translation>
    </message>
    <message>
        <source>Show all {total}</source>
        <translation>Mostrar todos os {total}</translation>
    </message>
    <message numerus="yes">
        <source>{month}: {average} from %Ln ratings</source>
        <translation>
            <numerusform>{month}: {average} em %Ln avaliação</numerusform>
            <numerusform>{month}: {average} em %Ln avaliações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tr_welcome_page</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Boas-vindas ao {app}</translation>
    </message>
    <message>
        <source>This database is empty. How would you like to start?</source>
        <translation>Este banco de dados está vazio. Como você quer começar?</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Carregar dados de demonstração</translation>
    </message>
    <message>
        <source>A sample BPO company with {staff} staff, clients, feedback, training and mentoring, to try everything out</source>
        <translation>Uma empresa de BPO de exemplo com {staff} colaboradores, clientes, feedback, treinamento e mentoria, para experimentar tudo</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar um quadro de colaboradores</translation>
    </message>
    <message>
        <source>Fill in the staff template in Excel, or import the roster you already have</source>
        <translation>Preencha o modelo de colaboradores no Excel ou importe o quadro que você já tem</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Começar do zero</translation>
    </message>
    <message>
        <source>Add clients and staff yourself</source>
        <translation>Adicione você mesmo os clientes e os colaboradores</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Criando dados de demonstração…</translation>
    </message>
    <message>
        <source>Demo data could not be loaded: {error}</source>
        <translation>Não foi possível carregar os dados de demonstração: {error}</translation>
    </message>
</context>
</TS>
