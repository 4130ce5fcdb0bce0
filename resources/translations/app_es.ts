<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>tr_access</name>
        <message>
            <source>administrator</source>
            <translation>administrador</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>RR. HH.</translation>
        </message>
        <message>
            <source>operations</source>
            <translation>operaciones</translation>
        </message>
        <message>
            <source>account manager</source>
            <translation>gerente de cuenta</translation>
        </message>
        <message>
            <source>mentor / team lead</source>
            <translation>mentor / líder de equipo</translation>
        </message>
        <message>
            <source>agent</source>
            <translation>agente</translation>
        </message>
        <message>
            <source>QA lead</source>
            <translation>líder de calidad</translation>
        </message>
    </context>
    <context>
        <name>tr_app</name>
        <message>
            <source>The database could not be opened.</source>
            <translation>No se pudo abrir la base de datos.</translation>
        </message>
        <message>
            <source>Use the default database</source>
            <translation>Usar la base de datos predeterminada</translation>
        </message>
    </context>
    <context>
        <name>tr_main_window</name>
        <message>
            <source>the staff behind the dashboard figure</source>
            <translation>los colaboradores detrás de la cifra del panel</translation>
        </message>
        <message>
            <source>the feedback entries behind the dashboard figure</source>
            <translation>los registros de retroalimentación detrás de la cifra del panel</translation>
        </message>
        <message>
            <source>the mentorships behind the dashboard figure</source>
            <translation>las mentorías detrás de la cifra del panel</translation>
        </message>
        <message>
            <source>the enrollments behind the dashboard figure</source>
            <translation>las inscripciones detrás de la cifra del panel</translation>
        </message>
        <message>
            <source>My work</source>
            <translation>Mi trabajo</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Mentoring</source>
            <translation>Mentoría</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Retroalimentación</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Capacitación</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nuevo…</translation>
        </message>
        <message>
            <source>New record on this page</source>
            <translation>Nuevo registro en esta página</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Search this page</source>
            <translation>Buscar en esta página</translation>
        </message>
        <message>
            <source>Search &amp;Everything…</source>
            <translation>Buscar en &amp;todo…</translation>
        </message>
        <message>
            <source>Search people, feedback, incidents, session notes and goals</source>
            <translation>Buscar personas y en retroalimentación, incidentes, notas de sesión y objetivos</translation>
        </message>
        <message>
            <source>&amp;Export This View…</source>
            <translation>&amp;Exportar esta vista…</translation>
        </message>
        <message>
            <source>Export this view to Excel</source>
            <translation>Exportar esta vista a Excel</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>A&amp;ctualizar</translation>
        </message>
        <message>
            <source>Load this page again</source>
            <translation>Volver a cargar esta página</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Volver a la página anterior</translation>
        </message>
        <message>
            <source>&amp;Import From Excel…</source>
            <translation>&amp;Importar desde Excel…</translation>
        </message>
        <message>
            <source>Import a roster or records</source>
            <translation>Importar un listado de personal o registros</translation>
        </message>
        <message>
            <source>Role &amp;Ladders…</source>
            <translation>&amp;Rutas de carrera…</translation>
        </message>
        <message>
            <source>Roles, their next role, tenure and requirements</source>
            <translation>Cargos, el cargo siguiente de cada uno, tiempo en el cargo y requisitos</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>Company name, database, theme</source>
            <translation>Nombre de la empresa, base de datos, tema</translation>
        </message>
        <message>
            <source>Sign &amp;Out</source>
            <translation>&amp;Cerrar sesión</translation>
        </message>
        <message>
            <source>Sign out and sign in again (as someone else)</source>
            <translation>Cerrar sesión e iniciarla de nuevo (como otra persona)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Quit {app}</source>
            <translation>Salir de {app}</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Acerca de {app}</translation>
        </message>
        <message>
            <source>Open &amp;Log Folder</source>
            <translation>Abrir la carpeta de &amp;registros</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Abriendo la base de datos…</translation>
        </message>
        <message>
            <source>The database in use (change it in Settings)</source>
            <translation>La base de datos en uso (cámbiela en Configuración)</translation>
        </message>
        <message>
            <source>{database}  (shared PostgreSQL database)</source>
            <translation>{database}  (base de datos PostgreSQL compartida)</translation>
        </message>
        <message>
            <source>{database}  (SQLite file)</source>
            <translation>{database}  (archivo SQLite)</translation>
        </message>
        <message>
            <source>Signed in as {user}</source>
            <translation>Sesión iniciada como {user}</translation>
        </message>
        <message>
            <source>Staff profile</source>
            <translation>Perfil del colaborador</translation>
        </message>
        <message>
            <source>Demo data loaded</source>
            <translation>Datos de demostración cargados</translation>
        </message>
        <message>
            <source>The new database location is used the next time {app} starts</source>
            <translation>La nueva ubicación de la base de datos se usará la próxima vez que se inicie {app}</translation>
        </message>
    </context>
    <context>
        <name>tr_table</name>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
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
