<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>tr_roles_dialog</name>
        <message>
            <source>Competency</source>
            <translation>Competencia</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Capacitación</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>Certificación</translation>
        </message>
        <message>
            <source>A competency rated at least this (recency-weighted average)</source>
            <translation>Una competencia calificada con al menos este valor (promedio ponderado por antigüedad de las calificaciones)</translation>
        </message>
        <message>
            <source>A training program completed</source>
            <translation>Un programa de capacitación finalizado</translation>
        </message>
        <message>
            <source>A certification completed and not expired</source>
            <translation>Una certificación obtenida y vigente</translation>
        </message>
        <message>
            <source>{name} {minimum}+</source>
            <translation>{name} {minimum}+</translation>
        </message>
        <message>
            <source>{name} (certification)</source>
            <translation>{name} (certificación)</translation>
        </message>
        <message>
            <source>{name} (training)</source>
            <translation>{name} (capacitación)</translation>
        </message>
        <message>
            <source>Company ladder</source>
            <translation>Ruta de la empresa</translation>
        </message>
        <message>
            <source>{client} account</source>
            <translation>Cuenta {client}</translation>
        </message>
        <message>
            <source>None: the top of the ladder</source>
            <translation>Ninguno: la cima de la ruta</translation>
        </message>
        <message>
            <source>company</source>
            <comment>the company ladder</comment>
            <translation>empresa</translation>
        </message>
        <message>
            <source>{role} ({owner}, level {level})</source>
            <translation>{role} ({owner}, nivel {level})</translation>
        </message>
        <message>
            <source>Requirement type</source>
            <translation>Tipo de requisito</translation>
        </message>
        <message>
            <source>Competency or program</source>
            <translation>Competencia o programa</translation>
        </message>
        <message>
            <source>Minimum rating</source>
            <translation>Calificación mínima</translation>
        </message>
        <message>
            <source>at least </source>
            <translation>al menos </translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove this requirement</source>
            <translation>Quitar este requisito</translation>
        </message>
        <message>
            <source>Choose a competency</source>
            <translation>Elija una competencia</translation>
        </message>
        <message>
            <source>Choose a program</source>
            <translation>Elija un programa</translation>
        </message>
        <message>
            <source>choose the competency of each requirement, or remove the row</source>
            <translation>elija la competencia de cada requisito o quite la fila</translation>
        </message>
        <message>
            <source>choose the training program of each requirement, or remove the row</source>
            <translation>elija el programa de capacitación de cada requisito o quite la fila</translation>
        </message>
        <message>
            <source>No requirements: anyone on the rung below qualifies once the minimum tenure is reached.</source>
            <translation>Sin requisitos: cualquier persona del nivel anterior califica al cumplir la antigüedad mínima.</translation>
        </message>
        <message>
            <source>Add requirement</source>
            <translation>Agregar requisito</translation>
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
            <translation>Nuevo cargo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Senior agent, Tier 2 Specialist, …</source>
            <translation>Agente sénior, Especialista nivel 2, …</translation>
        </message>
        <message>
            <source>Ladder</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>1 for the first rung</source>
            <translation>1 para el primer nivel</translation>
        </message>
        <message>
            <source>Next role</source>
            <translation>Siguiente cargo</translation>
        </message>
        <message>
            <source>Minimum tenure (months)</source>
            <translation>Antigüedad mínima (meses)</translation>
        </message>
        <message>
            <source>Months since the hire date</source>
            <translation>Meses desde la fecha de ingreso</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Requisitos</translation>
        </message>
        <message>
            <source>New role saved</source>
            <translation>Nuevo cargo guardado</translation>
        </message>
        <message>
            <source>Changes to the role saved</source>
            <translation>Cambios en el cargo guardados</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Tenure</source>
            <translation>Antigüedad</translation>
        </message>
        <message>
            <source>Role ladders</source>
            <translation>Rutas de carrera</translation>
        </message>
        <message>
            <source>The roles people grow into: the company ladder, and the roles a client account defines. Readiness on a profile's Career plan and a client's Bench strength measure people against them. Import many at once from Reports &gt; Import (Role ladders).</source>
            <translation>Los cargos a los que crecen las personas: la ruta de la empresa y los cargos que define cada cuenta de cliente. La preparación en el Plan de carrera de un perfil y la fortaleza del banco de un cliente miden a las personas frente a ellos. Importe muchos a la vez desde Informes &gt; Importar (Rutas de carrera).</translation>
        </message>
        <message>
            <source>No roles yet. Add role… makes one; Reports &gt; Import takes a whole ladder from a spreadsheet.</source>
            <translation>Aún no hay cargos. Agregar cargo… crea uno; Informes &gt; Importar trae una ruta completa desde una hoja de cálculo.</translation>
        </message>
        <message>
            <source>&amp;Add role…</source>
            <translation>&amp;Agregar cargo…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>Show a&amp;rchived</source>
            <translation>Mostrar a&amp;rchivados</translation>
        </message>
        <message>
            <source>{role} (archived)</source>
            <translation>{role} (archivado)</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing more</source>
            <translation>Nada más</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Role saved</source>
            <translation>Cargo guardado</translation>
        </message>
        <message>
            <source>Role '{role}' restored</source>
            <translation>Cargo «{role}» restaurado</translation>
        </message>
        <message>
            <source>Delete the role '{role}' and its requirements? A role another role steps up to is archived instead.</source>
            <translation>¿Eliminar el cargo «{role}» y sus requisitos? Un cargo que es el siguiente paso de otro se archiva en lugar de eliminarse.</translation>
        </message>
    </context>
    <context>
        <name>tr_scorecard_dialog</name>
        <message>
            <source>Version 1 published</source>
            <translation>Versión 1 publicada</translation>
        </message>
        <message>
            <source>Version {number} published; older evaluations keep version {older}</source>
            <translation>Versión {number} publicada; las evaluaciones anteriores conservan la versión {older}</translation>
        </message>
        <message>
            <source>Edit scorecard</source>
            <translation>Editar ficha de evaluación</translation>
        </message>
        <message>
            <source>New scorecard</source>
            <translation>Nueva ficha de evaluación</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Client (empty: every client)</source>
            <translation>Cliente (vacío: todos)</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publicar</translation>
        </message>
        <message>
            <source>Save and make these items the next version</source>
            <translation>Guardar y hacer de estos ítems la siguiente versión</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Guardar borrador</translation>
        </message>
        <message>
            <source>Add sections and items; save keeps a draft, Publish makes version 1.</source>
            <translation>Agregue secciones e ítems; guardar conserva un borrador, Publicar crea la versión 1.</translation>
        </message>
        <message>
            <source>Editing the draft of version {draft} (version {published} is in use).</source>
            <translation>Editando el borrador de la versión {draft} (la versión {published} está en uso).</translation>
        </message>
        <message>
            <source>Editing the draft of version 1 (not published yet).</source>
            <translation>Editando el borrador de la versión 1 (aún sin publicar).</translation>
        </message>
        <message>
            <source>Version {published} is in use; a change here becomes the draft of version {next}.</source>
            <translation>La versión {published} está en uso; un cambio aquí pasa a ser el borrador de la versión {next}.</translation>
        </message>
        <message>
            <source>item {number}: {problem}</source>
            <translation>ítem {number}: {problem}</translation>
        </message>
        <message>
            <source>Publish scorecard</source>
            <translation>Publicar ficha de evaluación</translation>
        </message>
        <message>
            <source>Publish version {number} of {scorecard}? New evaluations will be scored with it; evaluations already made keep their version.</source>
            <translation>¿Publicar la versión {number} de {scorecard}? Las evaluaciones nuevas se calificarán con ella; las ya hechas conservan su versión.</translation>
        </message>
        <message>
            <source>New scorecard saved as a draft</source>
            <translation>Nueva ficha de evaluación guardada como borrador</translation>
        </message>
        <message>
            <source>Scorecard draft saved</source>
            <translation>Borrador de la ficha de evaluación guardado</translation>
        </message>
    </context>
    <context>
        <name>tr_self_assessment_dialog</name>
        <message>
            <source>Edit self-assessment</source>
            <translation>Editar autoevaluación</translation>
        </message>
        <message>
            <source>New self-assessment</source>
            <translation>Nueva autoevaluación</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Intereses</translation>
        </message>
        <message>
            <source>Development areas</source>
            <translation>Áreas de desarrollo</translation>
        </message>
        <message>
            <source>New self-assessment saved</source>
            <translation>Nueva autoevaluación guardada</translation>
        </message>
        <message>
            <source>Changes to the self-assessment saved</source>
            <translation>Cambios en la autoevaluación guardados</translation>
        </message>
    </context>
    <context>
        <name>tr_session_dialog</name>
        <message>
            <source>Edit session – {mentorship}</source>
            <translation>Editar sesión – {mentorship}</translation>
        </message>
        <message>
            <source>Log a session – {mentorship}</source>
            <translation>Registrar una sesión – {mentorship}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>Duración (minutos)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Shared notes</source>
            <translation>Notas compartidas</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Notas privadas</translation>
        </message>
        <message>
            <source>Only for the mentor: never in the audit trail or a client's report; in a staff report only when asked for</source>
            <translation>Solo para el mentor: nunca en el registro de auditoría ni en el informe de un cliente; en un informe del colaborador solo si se pide</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Acciones acordadas</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>When to look again at the evidence: the figures after the session are counted up to this date</source>
            <translation>Cuándo revisar de nuevo la evidencia: las cifras posteriores a la sesión se cuentan hasta esta fecha</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>{mentor} mentoring {mentee}</source>
            <translation>Mentoría de {mentor} a {mentee}</translation>
        </message>
        <message>
            <source>New mentoring session saved</source>
            <translation>Nueva sesión de mentoría guardada</translation>
        </message>
        <message>
            <source>Changes to the mentoring session saved</source>
            <translation>Cambios en la sesión de mentoría guardados</translation>
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
            <translation>Nuevo colaborador</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>ID de empleado</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
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
            <source>Hire date</source>
            <translation>Fecha de ingreso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Client account</source>
            <translation>Cuenta de cliente</translation>
        </message>
        <message>
            <source>Role on the account</source>
            <translation>Cargo en la cuenta</translation>
        </message>
        <message>
            <source>On the account from</source>
            <translation>En la cuenta desde</translation>
        </message>
        <message>
            <source>New staff member saved</source>
            <translation>Nuevo colaborador guardado</translation>
        </message>
        <message>
            <source>Changes to the staff member saved</source>
            <translation>Cambios en el colaborador guardados</translation>
        </message>
    </context>
    <context>
        <name>tr_suggest_mentor_dialog</name>
        <message>
            <source>Suggest a mentor</source>
            <translation>Sugerir un mentor</translation>
        </message>
        <message>
            <source>Evidence is the competency ratings in feedback from clients, management and mentors, and the QA items mapped to a competency, from the last two years (recent ones weigh more); self and peer ratings do not count.</source>
            <translation>La evidencia son las calificaciones de competencias en la retroalimentación de clientes, gerencia y mentores, y los ítems de calidad asociados a una competencia, de los últimos dos años (las recientes pesan más); las autoevaluaciones y las calificaciones de pares no cuentan.</translation>
        </message>
        <message>
            <source>client</source>
            <translation>cliente</translation>
        </message>
        <message>
            <source>management</source>
            <translation>gerencia</translation>
        </message>
        <message>
            <source>mentor</source>
            <translation>mentor</translation>
        </message>
        <message>
            <source>QA</source>
            <translation>calidad</translation>
        </message>
        <message numerus="yes">
            <source>from %n rating(s), little evidence</source>
            <translation>
                <numerusform>de %n calificación, poca evidencia</numerusform>
                <numerusform>de %n calificaciones, poca evidencia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n rating(s)</source>
            <translation>
                <numerusform>de %n calificación</numerusform>
                <numerusform>de %n calificaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>{free} of {capacity}</source>
            <translation>{free} de {capacity}</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Competencia</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Promedio</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Afinidad</translation>
        </message>
        <message>
            <source>Places free</source>
            <translation>Cupos libres</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>No mentor with a free place can take them (their team lead, their current mentors and full mentors are left out). Raise a mentor's capacity or add a mentor on the Mentors tab.</source>
            <translation>Ningún mentor con cupo libre puede tomar a esta persona (se excluyen su líder de equipo, sus mentores actuales y los mentores sin cupo). Aumente la capacidad de un mentor o agregue un mentor en la pestaña Mentores.</translation>
        </message>
        <message>
            <source>Propose mentorship</source>
            <translation>Proponer mentoría</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Weakest competencies by the evidence</source>
            <translation>Competencias más débiles según la evidencia</translation>
        </message>
        <message>
            <source>Mentors who fit best</source>
            <translation>Mentores con mayor afinidad</translation>
        </message>
        <message>
            <source>Type a name or employee ID and pick the person. {evidence}</source>
            <translation>Escriba un nombre o ID de empleado y elija a la persona. {evidence}</translation>
        </message>
        <message>
            <source>Reading the evidence…</source>
            <translation>Leyendo la evidencia…</translation>
        </message>
        <message>
            <source>The evidence shows no gap: no competency rated under 4. {evidence} The mentors below are ranked on client, site and free places only.</source>
            <translation>La evidencia no muestra brechas: ninguna competencia calificada por debajo de 4. {evidence} Los mentores de abajo se ordenan solo por cliente, sede y cupos libres.</translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation>
                <numerusform>%n brecha</numerusform>
                <numerusform>%n brechas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{gaps}, %n on little evidence</source>
            <translation>
                <numerusform>{gaps}, %n con poca evidencia</numerusform>
                <numerusform>{gaps}, %n con poca evidencia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{gaps}; %n mentor(s) suggested, best first: double-click one or press Propose mentorship.</source>
            <translation>
                <numerusform>{gaps}; %n mentor sugerido: haga doble clic en él o pulse Proponer mentoría.</numerusform>
                <numerusform>{gaps}; %n mentores sugeridos, el mejor primero: haga doble clic en uno o pulse Proponer mentoría.</numerusform>
            </translation>
        </message>
    </context>
</TS>
