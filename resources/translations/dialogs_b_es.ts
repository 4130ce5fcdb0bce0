<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
            <translation>Mensual</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Trimestral</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Cumplida</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <source>The shared database did not allow this change: a client's reports, contacts and action items are changed by administrators, operations and the client's account managers.</source>
            <translation>La base de datos compartida no permitió este cambio: los informes, contactos y acciones acordadas de un cliente los cambian los administradores, operaciones y los gerentes de cuenta del cliente.</translation>
        </message>
        <message>
            <source>{name} is no longer in {folder}. Only the file's name is registered, so it is looked for in the folder files were last saved to.</source>
            <translation>{name} ya no está en {folder}. Solo se registra el nombre del archivo, así que se busca en la última carpeta donde se guardaron archivos.</translation>
        </message>
        <message>
            <source>{path} is not the registered version {version}: the file was changed or replaced since.</source>
            <translation>{path} no es la versión {version} registrada: el archivo se modificó o reemplazó después.</translation>
        </message>
        <message>
            <source>Open {path}</source>
            <translation>Abrir {path}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Already sent to this contact</source>
            <translation>Ya se envió a este contacto</translation>
        </message>
        <message>
            <source>This client has no contacts yet: add them on the Contacts tab first.</source>
            <translation>Este cliente aún no tiene contactos: agréguelos primero en la pestaña Contactos.</translation>
        </message>
        <message>
            <source>Mark version {version} sent</source>
            <translation>Marcar la versión {version} como enviada</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Enviado a</translation>
        </message>
        <message>
            <source>Via</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Mark version {version} acknowledged</source>
            <translation>Marcar la versión {version} como confirmada</translation>
        </message>
        <message>
            <source>Acknowledged by</source>
            <translation>Confirmado por</translation>
        </message>
        <message>
            <source>Log a reply to version {version}</source>
            <translation>Registrar una respuesta a la versión {version}</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Calificación</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Edit action item</source>
            <translation>Editar acción acordada</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Cerrada el</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Today when closed without a date</source>
            <translation>Hoy si se cierra sin fecha</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Editar contacto</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Optional: Operations director, QA manager…</source>
            <translation>Opcional: director de operaciones, gerente de calidad…</translation>
        </message>
        <message>
            <source>Client reports of {client}</source>
            <translation>Informes del cliente {client}</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Acciones acordadas</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>A report is due this many days after its period ends</source>
            <translation>Un informe vence esta cantidad de días después del fin de su período</translation>
        </message>
        <message>
            <source>A sent report not acknowledged this many days later shows on My work</source>
            <translation>Un informe enviado y no confirmado después de esta cantidad de días aparece en Mi trabajo</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Guardar configuración</translation>
        </message>
        <message>
            <source>Report:</source>
            <translation>Informe:</translation>
        </message>
        <message>
            <source>due after</source>
            <translation>vence a los</translation>
        </message>
        <message>
            <source>days; flag unacknowledged after</source>
            <translation>días; avisar si no se confirma a los</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Preparado por</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
        </message>
        <message>
            <source>No report of this client is registered yet. Each client report exported (Reports page, or the command line) is registered here as a version of its period.</source>
            <translation>Aún no hay informes registrados de este cliente. Cada informe de cliente exportado (página Informes o la línea de comandos) se registra aquí como una versión de su período.</translation>
        </message>
        <message>
            <source>Prepare report…</source>
            <translation>Preparar informe…</translation>
        </message>
        <message>
            <source>The period's narrative and action plan, then the report exported as its next version</source>
            <translation>La narrativa y el plan de acción del período; luego el informe se exporta como su siguiente versión</translation>
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
            <translation>Registrar respuesta…</translation>
        </message>
        <message>
            <source>The client's reply, as client feedback about a staff member, linked to this version</source>
            <translation>La respuesta del cliente, como retroalimentación del cliente sobre un colaborador, vinculada a esta versión</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>Abrir archivo</translation>
        </message>
        <message>
            <source>Raised in</source>
            <translation>Acordada en</translation>
        </message>
        <message>
            <source>Done today</source>
            <translation>Cumplida hoy</translation>
        </message>
        <message>
            <source>No longer to be done, as of today</source>
            <translation>Ya no se hará, desde hoy</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Show closed</source>
            <translation>Mostrar cerradas</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Quitado</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Agregar…</translation>
        </message>
        <message>
            <source>Show removed</source>
            <translation>Mostrar quitados</translation>
        </message>
        <message>
            <source>The people at the client who receive and acknowledge reports. A removed contact stays on the versions sent to them.</source>
            <translation>Las personas del cliente que reciben y confirman los informes. Un contacto quitado sigue en las versiones que se le enviaron.</translation>
        </message>
        <message>
            <source>No open action items. Action items are raised in a period's review and carried forward until they are closed.</source>
            <translation>No hay acciones acordadas abiertas. Las acciones se acuerdan en la revisión de un período y pasan a los siguientes hasta que se cierran.</translation>
        </message>
        <message>
            <source>No action items raised for this client yet.</source>
            <translation>Aún no hay acciones acordadas con este cliente.</translation>
        </message>
        <message>
            <source>Mark the version sent first</source>
            <translation>Primero marque la versión como enviada</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Close item</source>
            <translation>Cerrar acción</translation>
        </message>
        <message>
            <source>Drop item</source>
            <translation>Descartar acción</translation>
        </message>
        <message>
            <source>Remove {name} from the contacts of {client}?</source>
            <translation>¿Quitar a {name} de los contactos de {client}?</translation>
        </message>
        <message>
            <source>Report settings saved.</source>
            <translation>Configuración de informes guardada.</translation>
        </message>
    </context>
    <context>
        <name>tr_global_search_dialog</name>
        <message>
            <source>Feedback</source>
            <translation>Retroalimentación</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidentes</translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>Notas de sesión</translation>
        </message>
        <message>
            <source>Career goals</source>
            <translation>Metas de carrera</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>Buscar en todo</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Type words to find people by name or employee ID, and words in feedback, incidents, shared session notes and career goals. Every word must occur; end a word with * to find words starting with it (refun*).</source>
            <translation>Escriba palabras para buscar personas por nombre o ID de empleado, y palabras en la retroalimentación, los incidentes, las notas de sesión compartidas y las metas de carrera. Deben aparecer todas las palabras; termine una palabra con * para encontrar las que empiezan así (reembol*).</translation>
        </message>
        <message>
            <source>Search people, feedback, incidents, session notes and goals…</source>
            <translation>Buscar personas, retroalimentación, incidentes, notas de sesión y metas…</translation>
        </message>
        <message>
            <source>“{text}” holds no word to search for. {hint}</source>
            <translation>“{text}” no contiene ninguna palabra que buscar. {hint}</translation>
        </message>
        <message>
            <source>Searching for “{text}”…</source>
            <translation>Buscando “{text}”…</translation>
        </message>
        <message>
            <source>Could not search: {problem}</source>
            <translation>No se pudo buscar: {problem}</translation>
        </message>
        <message>
            <source>{kind} (the first {count} by name)</source>
            <translation>{kind} (las {count} primeras por nombre)</translation>
        </message>
        <message>
            <source>{kind} (the best {count})</source>
            <translation>{kind} (los {count} mejores)</translation>
        </message>
        <message>
            <source>Nothing found for “{text}”. Try fewer words, another spelling, or the start of a word with * (refun*).</source>
            <translation>No se encontró nada para “{text}”. Pruebe con menos palabras, otra ortografía o el comienzo de una palabra con * (reembol*).</translation>
        </message>
        <message numerus="yes">
            <source>%n shown, the best of each kind first; the Feedback page's search lists every feedback entry found. Down and Up choose, Enter opens, Escape closes.</source>
            <translation>
                <numerusform>%n mostrado, el mejor de cada tipo primero; la búsqueda de la página Retroalimentación lista todas las entradas encontradas. Use las flechas para elegir, Intro para abrir y Esc para cerrar.</numerusform>
                <numerusform>%n mostrados, los mejores de cada tipo primero; la búsqueda de la página Retroalimentación lista todas las entradas encontradas. Use las flechas para elegir, Intro para abrir y Esc para cerrar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tr_goal_dialog</name>
        <message>
            <source>Edit career goal</source>
            <translation>Editar meta de carrera</translation>
        </message>
        <message>
            <source>New career goal</source>
            <translation>Nueva meta de carrera</translation>
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
            <translation>Fecha objetivo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>New career goal saved</source>
            <translation>Nueva meta de carrera guardada</translation>
        </message>
        <message>
            <source>Changes to the career goal saved</source>
            <translation>Cambios en la meta de carrera guardados</translation>
        </message>
    </context>
    <context>
        <name>tr_kpi_metric_dialog</name>
        <message>
            <source>Higher is better</source>
            <translation>Más alto es mejor</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Más bajo es mejor</translation>
        </message>
        <message>
            <source>Higher</source>
            <translation>Más alto</translation>
        </message>
        <message>
            <source>Lower</source>
            <translation>Más bajo</translation>
        </message>
        <message>
            <source>Edit KPI metric</source>
            <translation>Editar métrica de KPI</translation>
        </message>
        <message>
            <source>New KPI metric</source>
            <translation>Nueva métrica de KPI</translation>
        </message>
        <message>
            <source>None: start from blank fields</source>
            <translation>Ninguna: empezar con los campos en blanco</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>Partir de</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Line of business</source>
            <translation>Línea de negocio</translation>
        </message>
        <message>
            <source>Blank: the whole account</source>
            <translation>En blanco: toda la cuenta</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
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
            <translation>Alerta en</translation>
        </message>
        <message>
            <source>Optional: between target and this is a warning</source>
            <translation>Opcional: entre la meta y este valor hay alerta</translation>
        </message>
        <message>
            <source>Rolls up by</source>
            <translation>Se consolida por</translation>
        </message>
        <message>
            <source>Weight column</source>
            <translation>Columna de ponderación</translation>
        </message>
        <message>
            <source>Decimals shown</source>
            <translation>Decimales mostrados</translation>
        </message>
        <message>
            <source>Shareable with the client</source>
            <translation>Compartida con el cliente</translation>
        </message>
        <message>
            <source>The import column weighing each value (Handled)</source>
            <translation>La columna de la importación que pondera cada valor (Handled)</translation>
        </message>
        <message>
            <source>Only for a weighted roll-up</source>
            <translation>Solo para una consolidación ponderada</translation>
        </message>
        <message>
            <source>Targets in seconds: 300 is 5:00.</source>
            <translation>Metas en segundos: 300 es 5:00.</translation>
        </message>
        <message>
            <source>Targets from 0 to 100 ({example} is {percent}).</source>
            <translation>Metas de 0 a 100 ({example} es {percent}).</translation>
        </message>
        <message>
            <source>KPIs of {client}</source>
            <translation>KPI de {client}</translation>
        </message>
        <message>
            <source>The metrics {client} judges its agents by. Their figures come from a KPI import; agents below target show on the dashboard, on My work and on each profile.</source>
            <translation>Las métricas con las que {client} evalúa a sus agentes. Sus cifras vienen de una importación de KPI; los agentes por debajo de la meta aparecen en el panel, en Mi trabajo y en cada perfil.</translation>
        </message>
        <message>
            <source>Better</source>
            <translation>Mejor</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Roll-up</source>
            <translation>Consolidación</translation>
        </message>
        <message>
            <source>Shareable</source>
            <translation>Compartida</translation>
        </message>
        <message>
            <source>No KPI metrics for this client yet. New… starts from a preset: AHT, CSAT, FCR, QA score, adherence or attendance.</source>
            <translation>Este cliente aún no tiene métricas de KPI. Nueva… parte de una plantilla: AHT, CSAT, FCR, puntaje de calidad, adherencia o asistencia.</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nueva…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Mostrar archivadas</translation>
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
            <translation>Nuevo mentor</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
        </message>
        <message>
            <source>Or external coach</source>
            <translation>O coach externo</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Capacity (mentees)</source>
            <translation>Capacidad (mentorados)</translation>
        </message>
        <message>
            <source>Taking mentees</source>
            <translation>Acepta mentorados</translation>
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
            <translation>Nuevo mentor guardado</translation>
        </message>
        <message>
            <source>Changes to the mentor saved</source>
            <translation>Cambios en el mentor guardados</translation>
        </message>
    </context>
    <context>
        <name>tr_mentorship_dialog</name>
        <message>
            <source>Edit mentorship</source>
            <translation>Editar mentoría</translation>
        </message>
        <message>
            <source>New mentorship</source>
            <translation>Nueva mentoría</translation>
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
            <source>New mentorship saved</source>
            <translation>Nueva mentoría guardada</translation>
        </message>
        <message>
            <source>Changes to the mentorship saved</source>
            <translation>Cambios en la mentoría guardados</translation>
        </message>
    </context>
    <context>
        <name>tr_prepare_report_dialog</name>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Cumplida</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>Logros destacados</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Riesgos</translation>
        </message>
        <message>
            <source>Weekly reports</source>
            <translation>Informes semanales</translation>
        </message>
        <message>
            <source>Monthly reports</source>
            <translation>Informes mensuales</translation>
        </message>
        <message>
            <source>Quarterly reports</source>
            <translation>Informes trimestrales</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} a {end}</translation>
        </message>
        <message>
            <source>Prepare report: {client}</source>
            <translation>Preparar informe: {client}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>How the period went, in a few sentences the client reads first</source>
            <translation>Cómo fue el período, en unas pocas frases que el cliente lee primero</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Acordada</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>No action items in this period and none open from earlier ones.</source>
            <translation>No hay acciones en este período ni acciones abiertas de períodos anteriores.</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>Lo acordado</translation>
        </message>
        <message>
            <source>Due date (optional)</source>
            <translation>Fecha de vencimiento (opcional)</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Agregar acción</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove an item added since the last save</source>
            <translation>Quitar una acción agregada después de la última vez que se guardó</translation>
        </message>
        <message>
            <source>Also as PDF</source>
            <translation>También en PDF</translation>
        </message>
        <message>
            <source>A PDF of the pack beside the workbook, for clients who do not open Excel</source>
            <translation>Un PDF del paquete junto al libro de Excel, para clientes que no abren Excel</translation>
        </message>
        <message>
            <source>Save and export…</source>
            <translation>Guardar y exportar…</translation>
        </message>
        <message>
            <source>Review of the period</source>
            <translation>Revisión del período</translation>
        </message>
        <message>
            <source>Action plan (items carried from earlier periods first)</source>
            <translation>Plan de acción (primero las acciones que vienen de períodos anteriores)</translation>
        </message>
        <message>
            <source>new, not saved yet</source>
            <translation>nueva, aún sin guardar</translation>
        </message>
        <message>
            <source>carried from {period}</source>
            <translation>viene de {period}</translation>
        </message>
        <message>
            <source>this period</source>
            <translation>este período</translation>
        </message>
        <message>
            <source>Due: {error}</source>
            <translation>Vence: {error}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Save changes?</source>
            <translation>¿Guardar los cambios?</translation>
        </message>
        <message>
            <source>The review of {period} has changes that are not saved.</source>
            <translation>La revisión de {period} tiene cambios sin guardar.</translation>
        </message>
        <message>
            <source>Folder for the report</source>
            <translation>Carpeta del informe</translation>
        </message>
        <message>
            <source>Exporting the report…</source>
            <translation>Exportando el informe…</translation>
        </message>
        <message>
            <source>Version {version} written: {path}</source>
            <translation>Versión {version} guardada: {path}</translation>
        </message>
        <message>
            <source>PDF: {path}</source>
            <translation>PDF: {path}</translation>
        </message>
        <message>
            <source>The PDF could not be made: {error}</source>
            <translation>No se pudo crear el PDF: {error}</translation>
        </message>
        <message>
            <source>Report exported</source>
            <translation>Informe exportado</translation>
        </message>
        <message>
            <source>Open the workbook</source>
            <translation>Abrir el libro de Excel</translation>
        </message>
        <message>
            <source>Open the PDF</source>
            <translation>Abrir el PDF</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: no se guardó ningún archivo.</translation>
        </message>
        <message>
            <source>Could not save the file: {error}</source>
            <translation>No se pudo guardar el archivo: {error}</translation>
        </message>
        <message>
            <source>The report could not be exported.</source>
            <translation>No se pudo exportar el informe.</translation>
        </message>
    </context>
    <context>
        <name>tr_program_dialog</name>
        <message>
            <source>Edit training program</source>
            <translation>Editar programa de capacitación</translation>
        </message>
        <message>
            <source>New training program</source>
            <translation>Nuevo programa de capacitación</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Valid for (months)</source>
            <translation>Vigencia (meses)</translation>
        </message>
        <message>
            <source>Certifications: months until renewal</source>
            <translation>Certificaciones: meses de vigencia</translation>
        </message>
        <message>
            <source>For certifications only: how many months a certification stays valid before it must be renewed</source>
            <translation>Solo para certificaciones: cuántos meses sigue vigente una certificación antes de que deba renovarse</translation>
        </message>
        <message>
            <source>Requested by client</source>
            <translation>Solicitado por el cliente</translation>
        </message>
        <message>
            <source>Mandatory</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>New training program saved</source>
            <translation>Nuevo programa de capacitación guardado</translation>
        </message>
        <message>
            <source>Changes to the training program saved</source>
            <translation>Cambios en el programa de capacitación guardados</translation>
        </message>
    </context>
    <context>
        <name>tr_responsibility_dialog</name>
        <message>
            <source>Not linked to a goal</source>
            <translation>Sin vínculo con una meta</translation>
        </message>
        <message>
            <source>Edit responsibility</source>
            <translation>Editar responsabilidad</translation>
        </message>
        <message>
            <source>New responsibility</source>
            <translation>Nueva responsabilidad</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Responsabilidad</translation>
        </message>
        <message>
            <source>Assigned on</source>
            <translation>Asignada el</translation>
        </message>
        <message>
            <source>Fits the current role</source>
            <translation>Corresponde al cargo actual</translation>
        </message>
        <message>
            <source>Career goal served</source>
            <translation>Meta de carrera que apoya</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>New responsibility saved</source>
            <translation>Nueva responsabilidad guardada</translation>
        </message>
        <message>
            <source>Changes to the responsibility saved</source>
            <translation>Cambios en la responsabilidad guardados</translation>
        </message>
    </context>
</TS>
