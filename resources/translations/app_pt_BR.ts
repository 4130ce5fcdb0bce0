<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_access</name>
        <message>
            <source>administrator</source>
            <translation>administrador</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>RH</translation>
        </message>
        <message>
            <source>operations</source>
            <translation>operações</translation>
        </message>
        <message>
            <source>account manager</source>
            <translation>gerente de contas</translation>
        </message>
        <message>
            <source>mentor / team lead</source>
            <translation>mentor / líder de equipe</translation>
        </message>
        <message>
            <source>agent</source>
            <translation>atendente</translation>
        </message>
        <message>
            <source>QA lead</source>
            <translation>líder de qualidade</translation>
        </message>
    </context>
    <context>
        <name>tr_app</name>
        <message>
            <source>The database could not be opened.</source>
            <translation>Não foi possível abrir o banco de dados.</translation>
        </message>
        <message>
            <source>Use the default database</source>
            <translation>Usar o banco de dados padrão</translation>
        </message>
    </context>
    <context>
        <name>tr_main_window</name>
        <message>
            <source>the staff behind the dashboard figure</source>
            <translation>os colaboradores por trás do número do painel</translation>
        </message>
        <message>
            <source>the feedback entries behind the dashboard figure</source>
            <translation>os registros de feedback por trás do número do painel</translation>
        </message>
        <message>
            <source>the mentorships behind the dashboard figure</source>
            <translation>as mentorias por trás do número do painel</translation>
        </message>
        <message>
            <source>the enrollments behind the dashboard figure</source>
            <translation>as inscrições por trás do número do painel</translation>
        </message>
        <message>
            <source>My work</source>
            <translation>Meu trabalho</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Painel</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Colaboradores</translation>
        </message>
        <message>
            <source>Mentoring</source>
            <translation>Mentoria</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Treinamento</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualidade</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Relatórios</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Usuários</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Novo…</translation>
        </message>
        <message>
            <source>New record on this page</source>
            <translation>Novo registro nesta página</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Search this page</source>
            <translation>Buscar nesta página</translation>
        </message>
        <message>
            <source>Search &amp;Everything…</source>
            <translation>Buscar em &amp;tudo…</translation>
        </message>
        <message>
            <source>Search people, feedback, incidents, session notes and goals</source>
            <translation>Buscar pessoas e em feedbacks, ocorrências, anotações de sessão e objetivos</translation>
        </message>
        <message>
            <source>&amp;Export This View…</source>
            <translation>&amp;Exportar esta visualização…</translation>
        </message>
        <message>
            <source>Export this view to Excel</source>
            <translation>Exportar esta visualização para o Excel</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Atualizar</translation>
        </message>
        <message>
            <source>Load this page again</source>
            <translation>Carregar esta página novamente</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Voltar</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Voltar à página anterior</translation>
        </message>
        <message>
            <source>&amp;Import From Excel…</source>
            <translation>&amp;Importar do Excel…</translation>
        </message>
        <message>
            <source>Import a roster or records</source>
            <translation>Importar um quadro de colaboradores ou registros</translation>
        </message>
        <message>
            <source>Role &amp;Ladders…</source>
            <translation>Trilhas de ca&amp;rreira…</translation>
        </message>
        <message>
            <source>Roles, their next role, tenure and requirements</source>
            <translation>Cargos, o próximo cargo de cada um, tempo no cargo e requisitos</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configurações…</translation>
        </message>
        <message>
            <source>Company name, database, theme</source>
            <translation>Nome da empresa, banco de dados, tema</translation>
        </message>
        <message>
            <source>Sign &amp;Out</source>
            <translation>Sair da &amp;conta</translation>
        </message>
        <message>
            <source>Sign out and sign in again (as someone else)</source>
            <translation>Sair e entrar novamente (como outra pessoa)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>Quit {app}</source>
            <translation>Sair do {app}</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Sobre o {app}</translation>
        </message>
        <message>
            <source>Open &amp;Log Folder</source>
            <translation>Abrir a pasta de &amp;logs</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;juda</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de ferramentas principal</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Abrindo o banco de dados…</translation>
        </message>
        <message>
            <source>The database in use (change it in Settings)</source>
            <translation>O banco de dados em uso (altere em Configurações)</translation>
        </message>
        <message>
            <source>{database}  (shared PostgreSQL database)</source>
            <translation>{database}  (banco de dados PostgreSQL compartilhado)</translation>
        </message>
        <message>
            <source>{database}  (SQLite file)</source>
            <translation>{database}  (arquivo SQLite)</translation>
        </message>
        <message>
            <source>Signed in as {user}</source>
            <translation>Conectado como {user}</translation>
        </message>
        <message>
            <source>Staff profile</source>
            <translation>Perfil do colaborador</translation>
        </message>
        <message>
            <source>Demo data loaded</source>
            <translation>Dados de demonstração carregados</translation>
        </message>
        <message>
            <source>The new database location is used the next time {app} starts</source>
            <translation>O novo local do banco de dados será usado na próxima vez que o {app} for iniciado</translation>
        </message>
    </context>
    <context>
        <name>tr_table</name>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Shareable</source>
            <translation>Externa</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Interna</translation>
        </message>
    </context>
</TS>
