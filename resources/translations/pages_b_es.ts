<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>tr_clients_page</name>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Search clients…</source>
        <translation>Buscar clientes…</translation>
    </message>
    <message>
        <source>No clients yet. Add the companies your staff work for: staff, feedback and reports are kept by client.</source>
        <translation>Aún no hay clientes. Agregue las empresas para las que trabaja su personal: el personal, la retroalimentación y los informes se organizan por cliente.</translation>
    </message>
    <message>
        <source>No clients to export yet</source>
        <translation>Aún no hay clientes para exportar</translation>
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
            <numerusform>¿Archivar el cliente?</numerusform>
            <numerusform>¿Archivar %n clientes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n clients?</source>
        <translation>
            <numerusform>¿Restaurar el cliente?</numerusform>
            <numerusform>¿Restaurar %n clientes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Gerente de cuenta</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo del contacto</translation>
    </message>
    <message>
        <source>Staff placed</source>
        <translation>Personal asignado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Activos e inactivos</translation>
    </message>
    <message>
        <source>Active accounts</source>
        <translation>Cuentas activas</translation>
    </message>
    <message>
        <source>Inactive accounts</source>
        <translation>Cuentas inactivas</translation>
    </message>
    <message>
        <source>KPIs…</source>
        <translation>KPI…</translation>
    </message>
    <message>
        <source>The KPI metrics this client judges its agents by</source>
        <translation>Las métricas KPI con las que este cliente evalúa a sus agentes</translation>
    </message>
    <message>
        <source>Bench strength…</source>
        <translation>Banco de talento…</translation>
    </message>
    <message>
        <source>Who on this account is ready for each role, and who could backfill people who left</source>
        <translation>Quién en esta cuenta está preparado para cada cargo y quién podría reemplazar a quienes se fueron</translation>
    </message>
    <message>
        <source>Client reports…</source>
        <translation>Informes del cliente…</translation>
    </message>
    <message>
        <source>The reports sent to this client and their replies, the open action items and the client&apos;s contacts</source>
        <translation>Los informes enviados a este cliente y sus respuestas, las acciones abiertas y los contactos del cliente</translation>
    </message>
    <message>
        <source>KPI metrics of {client} saved</source>
        <translation>Métricas KPI de {client} guardadas</translation>
    </message>
</context>
<context>
    <name>tr_my_work_page</name>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (vencida)</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>Feedback about me to acknowledge (last 90 days)</source>
        <translation>Retroalimentación sobre mí por acusar recibo (últimos 90 días)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>My open action items</source>
        <translation>Mis acciones abiertas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mi gente</translation>
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
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Why mine</source>
        <translation>Por qué a mi cargo</translation>
    </message>
    <message>
        <source>Check-ins I am due to hold</source>
        <translation>Revisiones que me toca realizar</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Incident follow-ups on my people</source>
        <translation>Seguimiento de incidentes de mi gente</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Fecha del incidente</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Certifications expiring in 60 days</source>
        <translation>Certificaciones que vencen en 60 días</translation>
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
        <source>Feedback my people have not acknowledged yet (last 90 days)</source>
        <translation>Retroalimentación de la que mi gente aún no acusó recibo (últimos 90 días)</translation>
    </message>
    <message>
        <source>Client reports due</source>
        <translation>Informes de cliente pendientes</translation>
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
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Client reports sent, not acknowledged</source>
        <translation>Informes de cliente enviados sin acuse de recibo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Días de espera</translation>
    </message>
    <message>
        <source>Your people below target (two months running)</source>
        <translation>Su gente por debajo de la meta (dos meses seguidos)</translation>
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
    <message>
        <source>Nothing to acknowledge.</source>
        <translation>Nada pendiente de acuse de recibo.</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>No hay acciones abiertas.</translation>
    </message>
    <message>
        <source>No mentees or direct reports.</source>
        <translation>No tiene mentorados ni subordinados directos.</translation>
    </message>
    <message>
        <source>No check-ins due.</source>
        <translation>No hay revisiones pendientes.</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>No hay incidentes abiertos.</translation>
    </message>
    <message>
        <source>None expiring.</source>
        <translation>Ninguna por vencer.</translation>
    </message>
    <message>
        <source>Everything acknowledged.</source>
        <translation>Todo con acuse de recibo.</translation>
    </message>
    <message>
        <source>Nobody who reports to you is below a KPI target two months running.</source>
        <translation>Nadie que le reporta está por debajo de una meta de KPI dos meses seguidos.</translation>
    </message>
    <message>
        <source>No client reports due.</source>
        <translation>No hay informes de cliente pendientes.</translation>
    </message>
    <message>
        <source>Every report sent was acknowledged.</source>
        <translation>Todos los informes enviados tienen acuse de recibo.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Your user is not linked to a staff record, so MentorApp does not know who your people are: ask an administrator to link it on the Users page.</source>
        <translation>Su usuario no está vinculado a una ficha de colaborador, así que MentorApp no sabe quién es su gente: pida a un administrador que lo vincule en la página Usuarios.</translation>
    </message>
    <message>
        <source>Choose which staff record is you in Settings (Edit &gt; Settings…) to see your mentees, their check-ins and your action items here.</source>
        <translation>Elija cuál ficha de colaborador es usted en Configuración (Editar &gt; Configuración…) para ver aquí sus mentorados, sus revisiones y sus acciones.</translation>
    </message>
    <message>
        <source>Double-click a row to open it.</source>
        <translation>Haga doble clic en una fila para abrirla.</translation>
    </message>
</context>
<context>
    <name>tr_quality_page</name>
    <message>
        <source>Critical fail</source>
        <translation>Falla crítica</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb: open the evaluation</comment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Search evaluations…</source>
        <translation>Buscar evaluaciones…</translation>
    </message>
    <message>
        <source>No evaluations yet. Score an interaction on a published scorecard (publish one on the Scorecards tab first).</source>
        <translation>Aún no hay evaluaciones. Califique una interacción con una ficha de evaluación publicada (primero publique una en la pestaña Fichas de evaluación).</translation>
    </message>
    <message>
        <source>No evaluations to export yet</source>
        <translation>Aún no hay evaluaciones para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluations</source>
        <translation>
            <numerusform>%Ln evaluación</numerusform>
            <numerusform>%Ln evaluaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n evaluations?</source>
        <translation>
            <numerusform>¿Archivar la evaluación?</numerusform>
            <numerusform>¿Archivar %n evaluaciones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n evaluations?</source>
        <translation>
            <numerusform>¿Restaurar la evaluación?</numerusform>
            <numerusform>¿Restaurar %n evaluaciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
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
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Evaluation updated</source>
        <translation>Evaluación actualizada</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Fichas de evaluación</translation>
    </message>
    <message>
        <source>New scorecard</source>
        <translation>Nueva ficha de evaluación</translation>
    </message>
    <message>
        <source>Search scorecards…</source>
        <translation>Buscar fichas de evaluación…</translation>
    </message>
    <message>
        <source>No scorecards yet. Make one with its sections and items, then publish it to evaluate with it.</source>
        <translation>Aún no hay fichas de evaluación. Cree una con sus secciones e ítems y luego publíquela para evaluar con ella.</translation>
    </message>
    <message>
        <source>No scorecards to export yet</source>
        <translation>Aún no hay fichas de evaluación para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scorecards</source>
        <translation>
            <numerusform>%Ln ficha de evaluación</numerusform>
            <numerusform>%Ln fichas de evaluación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n scorecards?</source>
        <translation>
            <numerusform>¿Archivar la ficha de evaluación?</numerusform>
            <numerusform>¿Archivar %n fichas de evaluación?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n scorecards?</source>
        <translation>
            <numerusform>¿Restaurar la ficha de evaluación?</numerusform>
            <numerusform>¿Restaurar %n fichas de evaluación?</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Sin publicar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>Calibraciones</translation>
    </message>
    <message>
        <source>New calibration</source>
        <translation>Nueva calibración</translation>
    </message>
    <message>
        <source>Search calibrations…</source>
        <translation>Buscar calibraciones…</translation>
    </message>
    <message>
        <source>No calibrations yet. Pick an interaction that several evaluators score blind, the expert&apos;s evaluation being the reference.</source>
        <translation>Aún no hay calibraciones. Elija una interacción que varios evaluadores califiquen a ciegas; la evaluación del experto es la referencia.</translation>
    </message>
    <message>
        <source>No calibrations to export yet</source>
        <translation>Aún no hay calibraciones para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln calibrations</source>
        <translation>
            <numerusform>%Ln calibración</numerusform>
            <numerusform>%Ln calibraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n calibrations?</source>
        <translation>
            <numerusform>¿Archivar la calibración?</numerusform>
            <numerusform>¿Archivar %n calibraciones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n calibrations?</source>
        <translation>
            <numerusform>¿Restaurar la calibración?</numerusform>
            <numerusform>¿Restaurar %n calibraciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Score it…</source>
        <translation>Calificar…</translation>
    </message>
    <message>
        <source>Score this interaction yourself (blind: nobody else&apos;s answers are shown)</source>
        <translation>Califique usted mismo esta interacción (a ciegas: no se muestran las respuestas de los demás)</translation>
    </message>
    <message>
        <source>Result…</source>
        <translation>Resultado…</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Score this interaction first: the result shows the others&apos; scores.</source>
        <translation>Primero califique esta interacción: el resultado muestra los puntajes de los demás.</translation>
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
        <translation>Nuevo programa de capacitación</translation>
    </message>
    <message>
        <source>Search training programs…</source>
        <translation>Buscar programas de capacitación…</translation>
    </message>
    <message>
        <source>No training programs yet. Add the courses and certifications your staff take.</source>
        <translation>Aún no hay programas de capacitación. Agregue los cursos y certificaciones que realiza su personal.</translation>
    </message>
    <message>
        <source>No training programs to export yet</source>
        <translation>Aún no hay programas de capacitación para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln training programs</source>
        <translation>
            <numerusform>%Ln programa de capacitación</numerusform>
            <numerusform>%Ln programas de capacitación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n training programs?</source>
        <translation>
            <numerusform>¿Archivar el programa de capacitación?</numerusform>
            <numerusform>¿Archivar %n programas de capacitación?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n training programs?</source>
        <translation>
            <numerusform>¿Restaurar el programa de capacitación?</numerusform>
            <numerusform>¿Restaurar %n programas de capacitación?</numerusform>
        </translation>
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
        <source>Valid (months)</source>
        <translation>Vigencia (meses)</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>Mandatory or not</source>
        <translation>Obligatorios y opcionales</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>What worked…</source>
        <translation>Qué funcionó…</translation>
    </message>
    <message>
        <source>Per program: how ratings, quality and KPIs changed after it, against similar people</source>
        <translation>Por programa: cómo cambiaron las calificaciones, la calidad y los KPI después de él, frente a personas similares</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>New enrollment</source>
        <translation>Nueva inscripción</translation>
    </message>
    <message>
        <source>Search enrollments…</source>
        <translation>Buscar inscripciones…</translation>
    </message>
    <message>
        <source>No enrollments yet. Enroll staff members in a training program.</source>
        <translation>Aún no hay inscripciones. Inscriba colaboradores en un programa de capacitación.</translation>
    </message>
    <message>
        <source>No enrollments to export yet</source>
        <translation>Aún no hay inscripciones para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrollments</source>
        <translation>
            <numerusform>%Ln inscripción</numerusform>
            <numerusform>%Ln inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n enrollments?</source>
        <translation>
            <numerusform>¿Archivar la inscripción?</numerusform>
            <numerusform>¿Archivar %n inscripciones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n enrollments?</source>
        <translation>
            <numerusform>¿Restaurar la inscripción?</numerusform>
            <numerusform>¿Restaurar %n inscripciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
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
        <source>Completed</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation>Financiado por</translation>
    </message>
    <message>
        <source>Any program</source>
        <translation>Cualquier programa</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>New competency</source>
        <translation>Nueva competencia</translation>
    </message>
    <message>
        <source>Search competencies…</source>
        <translation>Buscar competencias…</translation>
    </message>
    <message>
        <source>No competencies yet. Add the skills feedback is rated on and mentors offer.</source>
        <translation>Aún no hay competencias. Agregue las habilidades con las que se califica la retroalimentación y que ofrecen los mentores.</translation>
    </message>
    <message>
        <source>No competencies to export yet</source>
        <translation>Aún no hay competencias para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln competencies</source>
        <translation>
            <numerusform>%Ln competencia</numerusform>
            <numerusform>%Ln competencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n competencies?</source>
        <translation>
            <numerusform>¿Archivar la competencia?</numerusform>
            <numerusform>¿Archivar %n competencias?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n competencies?</source>
        <translation>
            <numerusform>¿Restaurar la competencia?</numerusform>
            <numerusform>¿Restaurar %n competencias?</numerusform>
        </translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
</context>
<context>
    <name>tr_users_page</name>
    <message>
        <source>Enter a password.</source>
        <translation>Escriba una contraseña.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>minúsculas, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Staff record</source>
        <translation>Ficha de colaborador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>User {login}</source>
        <translation>Usuario {login}</translation>
    </message>
    <message>
        <source>May sign in (a disabled user cannot connect)</source>
        <translation>Puede iniciar sesión (un usuario desactivado no puede conectarse)</translation>
    </message>
    <message>
        <source>New password for {login}</source>
        <translation>Nueva contraseña para {login}</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Users exist in a shared PostgreSQL database only. This is a single-user database: whoever opens it may do everything. To share it, see &lt;code&gt;mentorapp setup-shared&lt;/code&gt; in the README.</source>
        <translation>Los usuarios solo existen en una base de datos PostgreSQL compartida. Esta es una base de datos de un solo usuario: quien la abre puede hacerlo todo. Para compartirla, consulte &lt;code&gt;mentorapp setup-shared&lt;/code&gt; en el README.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Agregar usuario…</translation>
    </message>
    <message>
        <source>Change role, staff record or access…</source>
        <translation>Cambiar rol, ficha o acceso…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>Accede</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>User {login} added</source>
        <translation>Usuario {login} agregado</translation>
    </message>
    <message>
        <source>User {login} changed</source>
        <translation>Usuario {login} modificado</translation>
    </message>
    <message>
        <source>New password set for {login}</source>
        <translation>Nueva contraseña establecida para {login}</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>You cannot disable yourself: another administrator can.</source>
        <translation>No puede desactivarse a sí mismo: otro administrador puede hacerlo.</translation>
    </message>
    <message>
        <source>User {login} enabled</source>
        <translation>Usuario {login} activado</translation>
    </message>
    <message>
        <source>User {login} disabled</source>
        <translation>Usuario {login} desactivado</translation>
    </message>
</context>
</TS>
