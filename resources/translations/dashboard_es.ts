<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>tr_dashboard_page</name>
    <message>
        <source>Staff member</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Overdue check-ins</source>
        <translation>Revisiones vencidas</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Next check-in was due</source>
        <translation>Próxima revisión prevista</translation>
    </message>
    <message>
        <source>Certifications expiring</source>
        <translation>Certificaciones por vencer</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Incidents past follow-up</source>
        <translation>Incidentes con seguimiento vencido</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Fecha del incidente</translation>
    </message>
    <message>
        <source>Follow-up was due</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Mentors over capacity</source>
        <translation>Mentores sobrecargados</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Active mentees</source>
        <translation>Mentorados activos</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Ratings falling</source>
        <translation>Calificaciones en descenso</translation>
    </message>
    <message>
        <source>Previous 90 days</source>
        <translation>90 días anteriores</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Below target two months running</source>
        <translation>Bajo la meta dos meses seguidos</translation>
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
        <translation>Meses por debajo</translation>
    </message>
    <message>
        <source>Figures, oldest first</source>
        <translation>Cifras, de la más antigua</translation>
    </message>
    <message numerus="yes">
        <source>Last %n months</source>
        <translation>
            <numerusform>Último mes</numerusform>
            <numerusform>Últimos %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the list behind this figure</source>
        <translation>Abrir la lista detrás de esta cifra</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Aún no hay nada que mostrar</translation>
    </message>
    <message>
        <source>The dashboard fills in as you record your people. Start by adding the client accounts your staff work on, or import your staff roster from an Excel or CSV file.</source>
        <translation>El panel se completa a medida que registra a su personal. Empiece por agregar las cuentas de cliente en las que trabaja su personal, o importe su listado de personal desde un archivo de Excel o CSV.</translation>
    </message>
    <message>
        <source>Add a client…</source>
        <translation>Agregar un cliente…</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>Importar un listado de personal…</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Active staff</source>
        <translation>Colaboradores activos</translation>
    </message>
    <message>
        <source>Active mentorships</source>
        <translation>Mentorías activas</translation>
    </message>
    <message>
        <source>Average rating, last 90 days</source>
        <translation>Calificación media, últimos 90 días</translation>
    </message>
    <message>
        <source>Trainings completed this quarter</source>
        <translation>Capacitaciones completadas este trimestre</translation>
    </message>
    <message>
        <source>Average rating by month</source>
        <translation>Calificación media por mes</translation>
    </message>
    <message>
        <source>Training hours by client</source>
        <translation>Horas de capacitación por cliente</translation>
    </message>
    <message>
        <source>Feedback by source</source>
        <translation>Retroalimentación por origen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Double-click a row to open the staff profile</source>
        <translation>Haga doble clic en una fila para abrir el perfil del colaborador</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load the dashboard: {error}</source>
        <translation>No se pudo cargar el panel: {error}</translation>
    </message>
    <message>
        <source>No rated feedback yet</source>
        <translation>Aún no hay retroalimentación calificada</translation>
    </message>
    <message numerus="yes">
        <source>out of 5, from %Ln ratings</source>
        <translation>
            <numerusform>sobre 5, de %Ln calificación</numerusform>
            <numerusform>sobre 5, de %Ln calificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>Se muestran {shown} de {total}</translation>
    </message>
    <message>
        <source>Show all {total}</source>
        <translation>Mostrar los {total}</translation>
    </message>
    <message numerus="yes">
        <source>{month}: {average} from %Ln ratings</source>
        <translation>
            <numerusform>{month}: {average} de %Ln calificación</numerusform>
            <numerusform>{month}: {average} de %Ln calificaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tr_welcome_page</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Bienvenido a {app}</translation>
    </message>
    <message>
        <source>This database is empty. How would you like to start?</source>
        <translation>Esta base de datos está vacía. ¿Cómo desea empezar?</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
    <message>
        <source>A sample BPO company with {staff} staff, clients, feedback, training and mentoring, to try everything out</source>
        <translation>Una empresa BPO de ejemplo con {staff} colaboradores, clientes, retroalimentación, capacitación y mentoría, para probarlo todo</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar un listado de personal</translation>
    </message>
    <message>
        <source>Fill in the staff template in Excel, or import the roster you already have</source>
        <translation>Complete la plantilla de personal en Excel o importe el listado que ya tiene</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Empezar desde cero</translation>
    </message>
    <message>
        <source>Add clients and staff yourself</source>
        <translation>Agregue usted mismo los clientes y el personal</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Creando datos de demostración…</translation>
    </message>
    <message>
        <source>Demo data could not be loaded: {error}</source>
        <translation>No se pudieron cargar los datos de demostración: {error}</translation>
    </message>
</context>
</TS>
