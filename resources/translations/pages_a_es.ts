<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>tr_feedback_page</name>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Últimos 90 días</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Retroalimentación</translation>
        </message>
        <message>
            <source>New feedback</source>
            <translation>Nueva retroalimentación</translation>
        </message>
        <message>
            <source>Search feedback texts, names and IDs…</source>
            <translation>Buscar en textos de retroalimentación, nombres e ID…</translation>
        </message>
        <message>
            <source>No feedback yet. Record what clients, team leads and customers say about your staff, or import filled-in feedback forms.</source>
            <translation>Aún no hay retroalimentación. Registre lo que los clientes, los líderes de equipo y los clientes finales dicen de su personal, o importe formularios de retroalimentación completados.</translation>
        </message>
        <message>
            <source>No feedback entries to export yet</source>
            <translation>Aún no hay retroalimentación para exportar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln feedback entries</source>
            <translation>
                <numerusform>%Ln registro de retroalimentación</numerusform>
                <numerusform>%Ln registros de retroalimentación</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n feedback entries?</source>
            <translation>
                <numerusform>¿Archivar la retroalimentación?</numerusform>
                <numerusform>¿Archivar %n registros de retroalimentación?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n feedback entries?</source>
            <translation>
                <numerusform>¿Restaurar la retroalimentación?</numerusform>
                <numerusform>¿Restaurar %n registros de retroalimentación?</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
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
            <translation>Origen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Calificación</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Visibilidad</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>ID de empleado</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Todos los clientes</translation>
        </message>
        <message>
            <source>Any source</source>
            <translation>Cualquier origen</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Cualquier tipo</translation>
        </message>
        <message>
            <source>Any visibility</source>
            <translation>Cualquier visibilidad</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <source>Every word must occur in the feedback's texts, or in the name or ID of the person it is about; end a word with * for words starting with it (refun*)</source>
            <translation>Cada palabra debe aparecer en los textos de la retroalimentación o en el nombre o ID de la persona a la que se refiere; termine una palabra con * para buscar las palabras que empiezan así (reemb*)</translation>
        </message>
        <message numerus="yes">
            <source>More than %Ln feedback entries</source>
            <translation>
                <numerusform>Más de %Ln registro de retroalimentación</numerusform>
                <numerusform>Más de %Ln registros de retroalimentación</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tr_list_page</name>
        <message>
            <source>Show archived</source>
            <translation>Mostrar archivados</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Exportar a Excel</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Mostrar todo</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Importar desde Excel…</translation>
        </message>
        <message>
            <source>Showing {what}.</source>
            <translation>Mostrando {what}.</translation>
        </message>
        <message>
            <source>Could not load: {error}</source>
            <translation>No se pudo cargar: {error}</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>{saved}: the search and filters were cleared to show it</source>
            <translation>{saved}: se borraron la búsqueda y los filtros para que aparezca en la lista</translation>
        </message>
        <message>
            <source>{saved}: it is further down the list (search for it to see it)</source>
            <translation>{saved}: está más abajo en la lista (búsquelo para verlo)</translation>
        </message>
        <message>
            <source>{saved}: it is far down the list; searched for {text} to show it</source>
            <translation>{saved}: está muy abajo en la lista; se buscó {text} para mostrarlo</translation>
        </message>
        <message>
            <source>Open staff profile</source>
            <translation>Abrir el perfil del colaborador</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Export this view to Excel…</source>
            <translation>Exportar esta vista a Excel…</translation>
        </message>
        <message>
            <source>Export this view to Excel</source>
            <translation>Exportar esta vista a Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting to {path}…</source>
            <translation>Exportando a {path}…</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exportado a {path}</translation>
        </message>
        <message>
            <source>Could not export: {error}</source>
            <translation>No se pudo exportar: {error}</translation>
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
            <translation>Nuevo mentor</translation>
        </message>
        <message>
            <source>Search mentors…</source>
            <translation>Buscar mentores…</translation>
        </message>
        <message>
            <source>No mentors yet. Add the staff members or outside coaches who mentor.</source>
            <translation>Aún no hay mentores. Agregue a los colaboradores o coaches externos que dan mentoría.</translation>
        </message>
        <message>
            <source>No mentors to export yet</source>
            <translation>Aún no hay mentores para exportar</translation>
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
                <numerusform>¿Archivar al mentor?</numerusform>
                <numerusform>¿Archivar a %n mentores?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n mentors?</source>
            <translation>
                <numerusform>¿Restaurar al mentor?</numerusform>
                <numerusform>¿Restaurar a %n mentores?</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>ID de empleado</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Mentees (of capacity)</source>
            <translation>Mentorados / capacidad</translation>
        </message>
        <message>
            <source>Taking mentees</source>
            <translation>Acepta mentorados</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Taking mentees or not</source>
            <translation>Todos los mentores</translation>
        </message>
        <message>
            <source>Not taking mentees</source>
            <translation>No acepta mentorados</translation>
        </message>
        <message>
            <source>Any load</source>
            <translation>Cualquier carga</translation>
        </message>
        <message>
            <source>Over capacity</source>
            <translation>Sobrecargados</translation>
        </message>
        <message>
            <source>What worked…</source>
            <translation>Qué funcionó…</translation>
        </message>
        <message>
            <source>Per mentor: how their mentees' ratings, quality and KPIs changed against similar people</source>
            <translation>Por mentor: cómo cambiaron las calificaciones, la calidad y los KPI de sus mentorados frente a personas similares</translation>
        </message>
        <message>
            <source>Mentorships</source>
            <translation>Mentorías</translation>
        </message>
        <message>
            <source>New mentorship</source>
            <translation>Nueva mentoría</translation>
        </message>
        <message>
            <source>Search mentorships…</source>
            <translation>Buscar mentorías…</translation>
        </message>
        <message>
            <source>No mentorships yet. Pair a mentee with a mentor to start one.</source>
            <translation>Aún no hay mentorías. Asigne un mentor a un mentorado para iniciar una.</translation>
        </message>
        <message>
            <source>No mentorships to export yet</source>
            <translation>Aún no hay mentorías para exportar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln mentorships</source>
            <translation>
                <numerusform>%Ln mentoría</numerusform>
                <numerusform>%Ln mentorías</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %n mentorships?</source>
            <translation>
                <numerusform>¿Archivar la mentoría?</numerusform>
                <numerusform>¿Archivar %n mentorías?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n mentorships?</source>
            <translation>
                <numerusform>¿Restaurar la mentoría?</numerusform>
                <numerusform>¿Restaurar %n mentorías?</numerusform>
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
            <translation>Estado</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Enfoque</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Log session…</source>
            <translation>Registrar sesión…</translation>
        </message>
        <message>
            <source>Suggest a mentor…</source>
            <translation>Sugerir mentor…</translation>
        </message>
        <message>
            <source>A person's gaps by the evidence and the mentors who fit them best</source>
            <translation>Las brechas de una persona según la evidencia y los mentores que mejor las cubren</translation>
        </message>
        <message>
            <source>Match a cohort…</source>
            <translation>Emparejar…</translation>
        </message>
        <message>
            <source>Propose mentors for a whole intake at once, review, then create</source>
            <translation>Proponer mentores para todo un grupo de ingreso a la vez, revisar y luego crear las mentorías</translation>
        </message>
        <message>
            <source>Mentorship proposed</source>
            <translation>Mentoría propuesta</translation>
        </message>
        <message numerus="yes">
            <source>Started %n mentorships</source>
            <translation>
                <numerusform>Se inició %n mentoría</numerusform>
                <numerusform>Se iniciaron %n mentorías</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tr_staff_page</name>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>New staff member</source>
            <translation>Nuevo colaborador</translation>
        </message>
        <message>
            <source>Search staff…</source>
            <translation>Buscar colaboradores…</translation>
        </message>
        <message>
            <source>No staff yet. Import your roster from an Excel file, or add people one by one.</source>
            <translation>Aún no hay colaboradores. Importe su listado de personal desde un archivo de Excel o agregue a las personas una por una.</translation>
        </message>
        <message>
            <source>No staff to export yet</source>
            <translation>Aún no hay colaboradores para exportar</translation>
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
                <numerusform>¿Archivar al colaborador?</numerusform>
                <numerusform>¿Archivar a %n colaboradores?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restore %n staff?</source>
            <translation>
                <numerusform>¿Restaurar al colaborador?</numerusform>
                <numerusform>¿Restaurar a %n colaboradores?</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>ID de empleado</translation>
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
            <translation>Estado</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sede</translation>
        </message>
        <message>
            <source>Role on account</source>
            <translation>Rol en la cuenta</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Fecha de ingreso</translation>
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
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Add feedback…</source>
            <translation>Agregar retroalimentación…</translation>
        </message>
    </context>
</TS>
