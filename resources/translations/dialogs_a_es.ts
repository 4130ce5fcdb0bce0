<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>tr_action_item_dialog</name>
        <message>
            <source>Edit action item</source>
            <translation>Editar acción</translation>
        </message>
        <message>
            <source>New action item</source>
            <translation>Nueva acción</translation>
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
            <source>Done on</source>
            <translation>Realizada el</translation>
        </message>
        <message>
            <source>New action item saved</source>
            <translation>Nueva acción guardada</translation>
        </message>
        <message>
            <source>Changes to the action item saved</source>
            <translation>Cambios de la acción guardados</translation>
        </message>
    </context>
    <context>
        <name>tr_bench_dialog</name>
        <message>
            <source>No one</source>
            <translation>Nadie</translation>
        </message>
        <message>
            <source>{name} ({percent})</source>
            <translation>{name} ({percent})</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} y %n más</numerusform>
                <numerusform>{names} y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {outlook} ({percent})</source>
            <translation>{name}: {outlook} ({percent})</translation>
        </message>
        <message>
            <source>None ready</source>
            <translation>Nadie listo</translation>
        </message>
        <message>
            <source>Bench strength of {client}</source>
            <translation>Banco de talento de {client}</translation>
        </message>
        <message>
            <source>Reading the account's people and roles…</source>
            <translation>Leyendo el personal y los cargos de la cuenta…</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Ladder</source>
            <translation>Escalafón</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Holders</source>
            <translation>Titulares</translation>
        </message>
        <message>
            <source>Ready now</source>
            <translation>Listos ya</translation>
        </message>
        <message>
            <source>In about 6 months</source>
            <translation>En unos 6 meses</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Salió</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Role to fill</source>
            <translation>Cargo por cubrir</translation>
        </message>
        <message>
            <source>{role} (on no ladder)</source>
            <translation>{role} (sin escalafón)</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>sin cargo</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidatos</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Cargos</translation>
        </message>
        <message>
            <source>Backfill</source>
            <translation>Reemplazos</translation>
        </message>
        <message numerus="yes">
            <source>{people} on {client} now; %n roles (the account's and the company ladder's).</source>
            <translation>
                <numerusform>{people} en {client} hoy; %n cargo (de la cuenta y del escalafón de la empresa).</numerusform>
                <numerusform>{people} en {client} hoy; %n cargos (de la cuenta y del escalafón de la empresa).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people resigned or left in the last {days} days.</source>
            <translation>
                <numerusform>%n persona renunció o salió en los últimos {days} días.</numerusform>
                <numerusform>%n personas renunciaron o salieron en los últimos {days} días.</numerusform>
            </translation>
        </message>
        <message>
            <source>Candidates come from a lower rung; an expiring certification keeps a person out of “in about 6 months”.</source>
            <translation>Los candidatos vienen de un escalón inferior; una certificación por vencer deja a la persona fuera de «en unos 6 meses».</translation>
        </message>
        <message>
            <source>Backfill ({count})</source>
            <translation>Reemplazos ({count})</translation>
        </message>
        <message>
            <source>Could not read the bench strength: {error}</source>
            <translation>No se pudo leer el banco de talento: {error}</translation>
        </message>
    </context>
    <context>
        <name>tr_calibration_dialog</name>
        <message>
            <source>improving</source>
            <translation>mejorando</translation>
        </message>
        <message>
            <source>worsening</source>
            <translation>empeorando</translation>
        </message>
        <message>
            <source>steady</source>
            <translation>estable</translation>
        </message>
        <message>
            <source>New calibration</source>
            <translation>Nueva calibración</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Ficha de evaluación</translation>
        </message>
        <message>
            <source>Interaction ID</source>
            <translation>ID de la interacción</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Realizada el</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No published scorecard yet: publish one on the Scorecards tab first.</source>
            <translation>Aún no hay ninguna ficha de evaluación publicada: publique una primero en la pestaña Fichas de evaluación.</translation>
        </message>
        <message>
            <source>New calibration saved: each evaluator now scores it</source>
            <translation>Nueva calibración guardada: ahora cada evaluador la califica</translation>
        </message>
        <message>
            <source>Item key</source>
            <translation>Clave del ítem</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Dispersión</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Ítem</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Evaluador</translation>
        </message>
        <message>
            <source>Distance from the reference (points)</source>
            <translation>Distancia de la referencia (puntos)</translation>
        </message>
        <message>
            <source>Answers differing</source>
            <translation>Respuestas distintas</translation>
        </message>
        <message>
            <source>Calibration: {interaction}</source>
            <translation>Calibración: {interaction}</translation>
        </message>
        <message>
            <source>{problem}. Each evaluator scores the interaction; the expert's evaluation is marked as the reference.</source>
            <translation>{problem}. Cada evaluador califica la interacción; la evaluación del experto se marca como referencia.</translation>
        </message>
        <message>
            <source>Interaction {interaction}, held on {date}, {scorecard}. Reference: {evaluator}, score {score}.</source>
            <translation>Interacción {interaction}, realizada el {date}, {scorecard}. Referencia: {evaluator}, puntaje {score}.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no score</comment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Spread per item: {none} when every evaluator gave the same credit, {full} when one gave full credit and another none.</source>
            <translation>Dispersión por ítem: {none} cuando todos los evaluadores dieron el mismo crédito, {full} cuando uno dio crédito completo y otro ninguno.</translation>
        </message>
        <message>
            <source>Each evaluator against the reference:</source>
            <translation>Cada evaluador frente a la referencia:</translation>
        </message>
        <message>
            <source>Accuracy trend of</source>
            <translation>Tendencia de precisión de</translation>
        </message>
        <message>
            <source>one calibration so far</source>
            <translation>una sola calibración hasta ahora</translation>
        </message>
        <message numerus="yes">
            <source>%n calibrations, latest {latest}: {direction}</source>
            <translation>
                <numerusform>%n calibración, la última {latest}: {direction}</numerusform>
                <numerusform>%n calibraciones, la última {latest}: {direction}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tr_checkin_dialog</name>
        <message>
            <source>Edit check-in</source>
            <translation>Editar revisión</translation>
        </message>
        <message>
            <source>New check-in</source>
            <translation>Nueva revisión</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Revisor</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Next check-in</source>
            <translation>Próxima revisión</translation>
        </message>
        <message>
            <source>New check-in saved</source>
            <translation>Nueva revisión guardada</translation>
        </message>
        <message>
            <source>Changes to the check-in saved</source>
            <translation>Cambios en la revisión guardados</translation>
        </message>
    </context>
    <context>
        <name>tr_client_dialog</name>
        <message>
            <source>Edit client</source>
            <translation>Editar cliente</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Nuevo cliente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industria</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Primer contacto</translation>
        </message>
        <message>
            <source>Contact's email</source>
            <translation>Correo del contacto</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Gerente de cuenta</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Idioma de los informes</translation>
        </message>
        <message>
            <source>The language of this client's review packs: sheet names, headings, choice words and dates. What people typed stays as they typed it.</source>
            <translation>El idioma de los paquetes de revisión de este cliente: nombres de hojas, encabezados, opciones y fechas. Lo que escribieron las personas se mantiene tal como lo escribieron.</translation>
        </message>
        <message>
            <source>Active account</source>
            <translation>Cuenta activa</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno todavía</translation>
        </message>
        <message>
            <source>Added and changed in Clients &gt; Client reports… &gt; Contacts.</source>
            <translation>Se agregan y cambian en Clientes &gt; Informes del cliente… &gt; Contactos.</translation>
        </message>
        <message>
            <source>New client saved</source>
            <translation>Nuevo cliente guardado</translation>
        </message>
        <message>
            <source>Changes to the client saved</source>
            <translation>Cambios del cliente guardados</translation>
        </message>
    </context>
    <context>
        <name>tr_cohort_dialog</name>
        <message>
            <source>Match a cohort</source>
            <translation>Asignar mentores a una cohorte</translation>
        </message>
        <message>
            <source>(no mentor)</source>
            <translation>(sin mentor)</translation>
        </message>
        <message numerus="yes">
            <source>%n employee IDs are not in the database: {ids}</source>
            <translation>
                <numerusform>%n ID de empleado no está en la base de datos: {ids}</numerusform>
                <numerusform>%n ID de empleado no están en la base de datos: {ids}</numerusform>
            </translation>
        </message>
        <message>
            <source>No active staff member matches these filters</source>
            <translation>Ningún colaborador activo coincide con estos filtros</translation>
        </message>
        <message>
            <source>{people} people: a cohort is at most {most}; narrow the filters</source>
            <translation>{people} personas: una cohorte tiene como máximo {most}; acote los filtros</translation>
        </message>
        <message>
            <source>Employee ID</source>
            <translation>ID de empleado</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Brechas</translation>
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
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntaje</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>chosen in review</source>
            <translation>elegido en la revisión</translation>
        </message>
        <message>
            <source>no mentor chosen</source>
            <translation>ningún mentor elegido</translation>
        </message>
        <message>
            <source>{name} ({free} of {capacity} free)</source>
            <translation>{name} ({free} de {capacity} libres)</translation>
        </message>
        <message>
            <source>Paste employee IDs, one a line (or separated by commas or spaces)</source>
            <translation>Pegue los ID de empleado, uno por línea (o separados por comas o espacios)</translation>
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
            <source>Any site</source>
            <translation>Cualquier sede</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
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
            <source>Hired since</source>
            <translation>Contratados desde</translation>
        </message>
        <message>
            <source>Employee IDs</source>
            <translation>ID de empleado</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
        <message>
            <source>Propose</source>
            <translation>Proponer</translation>
        </message>
        <message>
            <source>Match every person with a mentor with free places: {evidence}</source>
            <translation>Asigna a cada persona un mentor con cupos libres: {evidence}</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Free places</source>
            <translation>Cupos libres</translation>
        </message>
        <message>
            <source>Create mentorships</source>
            <translation>Crear mentorías</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Proposal (double-click a mentor, or press F2, to choose another)</source>
            <translation>Propuesta (haga doble clic en un mentor, o pulse F2, para elegir otro)</translation>
        </message>
        <message>
            <source>Places per mentor</source>
            <translation>Cupos por mentor</translation>
        </message>
        <message>
            <source>Paste the intake's employee IDs, or pick them by filters, then press Propose.</source>
            <translation>Pegue los ID de empleado del grupo de ingreso, o elíjalos con filtros, y luego pulse Proponer.</translation>
        </message>
        <message>
            <source>Paste the employee IDs of the people to match</source>
            <translation>Pegue los ID de empleado de las personas a las que asignar mentor</translation>
        </message>
        <message>
            <source>Hired since: {problem}</source>
            <translation>Contratados desde: {problem}</translation>
        </message>
        <message>
            <source>Choose a client, team, site or hire date: a cohort is an intake, not everyone</source>
            <translation>Elija un cliente, equipo, sede o fecha de contratación: una cohorte es un grupo de ingreso, no todo el personal</translation>
        </message>
        <message>
            <source>Matching the people with the mentors… ({people} people take a few seconds)</source>
            <translation>Asignando mentores a las personas… ({people} personas tardan unos segundos)</translation>
        </message>
        <message numerus="yes">
            <source>{placed} of %n people matched</source>
            <translation>
                <numerusform>{placed} de %n persona con mentor</numerusform>
                <numerusform>{placed} de %n personas con mentor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched}; %n without a mentor: no free place fits them</source>
            <translation>
                <numerusform>{matched}; %n sin mentor: ningún cupo libre le corresponde</numerusform>
                <numerusform>{matched}; %n sin mentor: ningún cupo libre les corresponde</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{mentor} has {people} people for %n free places</source>
            <translation>
                <numerusform>{mentor} tiene {people} personas para %n cupo libre</numerusform>
                <numerusform>{mentor} tiene {people} personas para %n cupos libres</numerusform>
            </translation>
        </message>
        <message>
            <source>Over capacity: {mentors}. Choose other mentors to create the mentorships.</source>
            <translation>Sobre la capacidad: {mentors}. Elija otros mentores para crear las mentorías.</translation>
        </message>
        <message numerus="yes">
            <source>Create %n mentorships</source>
            <translation>
                <numerusform>Crear %n mentoría</numerusform>
                <numerusform>Crear %n mentorías</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Creating %n mentorships…</source>
            <translation>
                <numerusform>Creando %n mentoría…</numerusform>
                <numerusform>Creando %n mentorías…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Started %n mentorships.</source>
            <translation>
                <numerusform>Se inició %n mentoría.</numerusform>
                <numerusform>Se iniciaron %n mentorías.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cohort proposal</source>
            <translation>Propuesta de cohorte</translation>
        </message>
        <message>
            <source>Export the proposal</source>
            <translation>Exportar la propuesta</translation>
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
            <source>Could not save the file: {problem}</source>
            <translation>No se pudo guardar el archivo: {problem}</translation>
        </message>
    </context>
    <context>
        <name>tr_competency_dialog</name>
        <message>
            <source>Edit competency</source>
            <translation>Editar competencia</translation>
        </message>
        <message>
            <source>New competency</source>
            <translation>Nueva competencia</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Qué significa</translation>
        </message>
        <message>
            <source>New competency saved</source>
            <translation>Nueva competencia guardada</translation>
        </message>
        <message>
            <source>Changes to the competency saved</source>
            <translation>Cambios en la competencia guardados</translation>
        </message>
    </context>
    <context>
        <name>tr_enrollment_dialog</name>
        <message>
            <source>Edit enrollment</source>
            <translation>Editar inscripción</translation>
        </message>
        <message>
            <source>New enrollment</source>
            <translation>Nueva inscripción</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
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
            <source>Completed on</source>
            <translation>Completado el</translation>
        </message>
        <message>
            <source>Score (0-100)</source>
            <translation>Puntaje (0-100)</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>The program's hours when left empty</source>
            <translation>Las horas del programa si se deja vacío</translation>
        </message>
        <message>
            <source>Funded by</source>
            <translation>Financiado por</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>New enrollment saved</source>
            <translation>Nueva inscripción guardada</translation>
        </message>
        <message>
            <source>Changes to the enrollment saved</source>
            <translation>Cambios en la inscripción guardados</translation>
        </message>
    </context>
    <context>
        <name>tr_evaluation_dialog</name>
        <message>
            <source>{scorecard} (version {number})</source>
            <translation>{scorecard} (versión {number})</translation>
        </message>
        <message>
            <source>Score: answer the items to see it</source>
            <translation>Puntaje: responda los ítems para verlo</translation>
        </message>
        <message>
            <source>none (every answered item is N/A)</source>
            <translation>ninguno (todos los ítems respondidos son N/A)</translation>
        </message>
        <message numerus="yes">
            <source>Score so far ({answered} of %n items answered): {total}</source>
            <translation>
                <numerusform>Puntaje hasta ahora ({answered} de %n ítem respondidos): {total}</numerusform>
                <numerusform>Puntaje hasta ahora ({answered} de %n ítems respondidos): {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Score: {total}</source>
            <translation>Puntaje: {total}</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <source>Critical fail: {items}</source>
            <translation>Falla crítica: {items}</translation>
        </message>
        <message>
            <source>Calibration evaluation</source>
            <translation>Evaluación de calibración</translation>
        </message>
        <message>
            <source>New evaluation</source>
            <translation>Nueva evaluación</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Ficha de evaluación</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agente</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Interaction ID</source>
            <translation>ID de la interacción</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Interaction date</source>
            <translation>Fecha de la interacción</translation>
        </message>
        <message>
            <source>Shareable with the client</source>
            <translation>Se puede compartir con el cliente</translation>
        </message>
        <message>
            <source>No published scorecard yet: publish one on the Scorecards tab first.</source>
            <translation>Aún no hay ninguna ficha de evaluación publicada: publique una primero en la pestaña Fichas de evaluación.</translation>
        </message>
        <message>
            <source>The calibration's: every evaluator scores the same interaction</source>
            <translation>El de la calibración: todos los evaluadores califican la misma interacción</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>Evaluador</translation>
        </message>
        <message>
            <source>Reference (expert) evaluation</source>
            <translation>Evaluación de referencia (del experto)</translation>
        </message>
        <message>
            <source>This calibration has its reference evaluation</source>
            <translation>Esta calibración ya tiene su evaluación de referencia</translation>
        </message>
        <message>
            <source>The expert's answers the others are measured against</source>
            <translation>Las respuestas del experto con las que se comparan las demás</translation>
        </message>
        <message>
            <source>this calibration has {evaluator}'s evaluation already</source>
            <translation>esta calibración ya tiene la evaluación de {evaluator}</translation>
        </message>
        <message>
            <source>answer every item (N/A where it does not apply): {items}</source>
            <translation>responda todos los ítems (N/A donde no aplique): {items}</translation>
        </message>
        <message>
            <source>Pick a published scorecard</source>
            <translation>Elija una ficha de evaluación publicada</translation>
        </message>
        <message>
            <source>Calibration evaluation saved</source>
            <translation>Evaluación de calibración guardada</translation>
        </message>
        <message>
            <source>New evaluation saved</source>
            <translation>Nueva evaluación guardada</translation>
        </message>
        <message>
            <source>Acknowledge evaluation</source>
            <translation>Acusar recibo de la evaluación</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>Comentario (opcional)</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Acusar recibo</translation>
        </message>
        <message>
            <source>Dispute evaluation</source>
            <translation>Apelar la evaluación</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Change the answers you disagree with; the others stay as they are.</source>
            <translation>Cambie las respuestas con las que no está de acuerdo; las demás quedan como están.</translation>
        </message>
        <message>
            <source>Proposed answers:</source>
            <translation>Respuestas propuestas:</translation>
        </message>
        <message>
            <source>Dispute</source>
            <comment>verb: dispute the evaluation</comment>
            <translation>Apelar</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no score</comment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Score with these answers: {total} (given: {given})</source>
            <translation>Puntaje con estas respuestas: {total} (otorgado: {given})</translation>
        </message>
        <message>
            <source>Decide dispute</source>
            <translation>Resolver la apelación</translation>
        </message>
        <message>
            <source>Reason: {reason}
Proposed: {answers}</source>
            <translation>Motivo: {reason}
Propuesto: {answers}</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>The answers kept when the dispute is partly accepted:</source>
            <translation>Las respuestas que quedan si la apelación se acepta en parte:</translation>
        </message>
        <message>
            <source>Decide</source>
            <translation>Resolver</translation>
        </message>
        <message>
            <source>change at least one answer, or accept or reject the dispute</source>
            <translation>cambie al menos una respuesta, o acepte o rechace la apelación</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Ítem</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntaje</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Cambiado por</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>Presentada por</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Propuesto</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Resuelta por</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Score history</source>
            <translation>Historial del puntaje</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>Apelaciones</translation>
        </message>
        <message>
            <source>Acknowledge…</source>
            <translation>Acusar recibo…</translation>
        </message>
        <message>
            <source>Dispute…</source>
            <translation>Apelar…</translation>
        </message>
        <message>
            <source>Decide…</source>
            <translation>Resolver…</translation>
        </message>
        <message>
            <source>Interaction</source>
            <translation>Interacción</translation>
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
            <source>Internal</source>
            <translation>Interna</translation>
        </message>
        <message>
            <source>{fact}:</source>
            <translation>{fact}:</translation>
        </message>
        <message>
            <source>none (all N/A)</source>
            <translation>ninguno (todo N/A)</translation>
        </message>
        <message>
            <source>(critical fail)</source>
            <translation>(falla crítica)</translation>
        </message>
        <message>
            <source>(version {revision} of the score)</source>
            <translation>(versión {revision} del puntaje)</translation>
        </message>
        <message>
            <source>Disputes ({count})</source>
            <translation>Apelaciones ({count})</translation>
        </message>
        <message>
            <source>Score history ({count})</source>
            <translation>Historial del puntaje ({count})</translation>
        </message>
        <message>
            <source>This evaluation has no open dispute.</source>
            <translation>Esta evaluación no tiene ninguna apelación abierta.</translation>
        </message>
    </context>
    <context>
        <name>tr_feedback_dialog</name>
        <message>
            <source>Edit feedback</source>
            <translation>Editar retroalimentación</translation>
        </message>
        <message>
            <source>New feedback</source>
            <translation>Nueva retroalimentación</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
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
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Visibilidad</translation>
        </message>
        <message>
            <source>Overall rating</source>
            <translation>Calificación general</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>Por mejorar</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Competency ratings (1 poor – 5 outstanding)</source>
            <translation>Calificaciones por competencia (1 deficiente – 5 sobresaliente)</translation>
        </message>
        <message>
            <source>Incident: what happened and what was learned</source>
            <translation>Incidente: qué pasó y qué se aprendió</translation>
        </message>
        <message>
            <source>An incident needs what happened (the root cause or the comment) and the lesson learned or a corrective action.</source>
            <translation>Un incidente requiere lo que pasó (la causa raíz o el comentario) y la lección aprendida o una acción correctiva.</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Causa raíz</translation>
        </message>
        <message>
            <source>What happened and why (or say it in the comment)</source>
            <translation>Qué pasó y por qué (o dígalo en el comentario)</translation>
        </message>
        <message>
            <source>Lesson learned</source>
            <translation>Lección aprendida</translation>
        </message>
        <message>
            <source>Required unless there is a corrective action</source>
            <translation>Obligatoria si no hay una acción correctiva</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Acción correctiva</translation>
        </message>
        <message>
            <source>Required unless there is a lesson learned</source>
            <translation>Obligatoria si no hay una lección aprendida</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Seguimiento el</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>Resuelto el</translation>
        </message>
        <message>
            <source>New feedback saved</source>
            <translation>Nueva retroalimentación guardada</translation>
        </message>
        <message>
            <source>Changes to the feedback saved</source>
            <translation>Cambios en la retroalimentación guardados</translation>
        </message>
        <message>
            <source>Acknowledged by {login} on {moment}: {comment}</source>
            <translation>Recibido por {login} el {moment}: {comment}</translation>
        </message>
        <message>
            <source>Acknowledged by {login} on {moment}</source>
            <translation>Recibido por {login} el {moment}</translation>
        </message>
        <message>
            <source>Acknowledge feedback</source>
            <translation>Acusar recibo de la retroalimentación</translation>
        </message>
        <message>
            <source>from {author}</source>
            <translation>de {author}</translation>
        </message>
        <message>
            <source>Your comment</source>
            <translation>Su comentario</translation>
        </message>
        <message>
            <source>Optional: what you take from it, or what you see differently</source>
            <translation>Opcional: lo que rescata de ella o lo que ve de otra manera</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Acusar recibo</translation>
        </message>
    </context>
</TS>
