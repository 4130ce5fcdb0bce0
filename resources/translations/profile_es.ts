<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>tr_career_tab</name>
        <message>
            <source>Met</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Met, expires soon</source>
            <translation>Cumplido, vence pronto</translation>
        </message>
        <message>
            <source>Within 6 months</source>
            <translation>En menos de 6 meses</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Brecha</translation>
        </message>
        <message>
            <source>Career plan</source>
            <translation>Plan de carrera</translation>
        </message>
        <message>
            <source>Add goal…</source>
            <translation>Agregar meta…</translation>
        </message>
        <message>
            <source>Add self-assessment…</source>
            <translation>Agregar autoevaluación…</translation>
        </message>
        <message>
            <source>Log check-in…</source>
            <translation>Registrar revisión…</translation>
        </message>
        <message>
            <source>The role to assess readiness for</source>
            <translation>El cargo para el que se evalúa la preparación</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Requisito</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>Situación</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>A competency's figure weighs recent ratings more than older ones, so it can differ from the Overview's plain average of the last 12 months</source>
            <translation>La cifra de una competencia pesa más las calificaciones recientes que las antiguas, por lo que puede diferir del promedio simple de los últimos 12 meses del Resumen</translation>
        </message>
        <message>
            <source>What closes it</source>
            <translation>Cómo cerrarla</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Cargo:</translation>
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
            <source>Reviewer</source>
            <translation>Revisor</translation>
        </message>
        <message>
            <source>Next check-in</source>
            <translation>Próxima</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Goals by horizon</source>
            <translation>Metas por horizonte</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Revisiones</translation>
        </message>
        <message>
            <source>Self-assessments</source>
            <translation>Autoevaluaciones</translation>
        </message>
        <message>
            <source>No next check-in planned.</source>
            <translation>No hay una próxima revisión prevista.</translation>
        </message>
        <message>
            <source>Next check-in was due on {date} (overdue)</source>
            <translation>La próxima revisión vencía el {date} (vencida)</translation>
        </message>
        <message>
            <source>Next check-in due on &lt;b&gt;{date}&lt;/b&gt;</source>
            <translation>Próxima revisión prevista para el &lt;b&gt;{date}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Next role</source>
            <translation>Siguiente cargo</translation>
        </message>
        <message>
            <source>{percent} ready</source>
            <translation>{percent} preparado</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>sin cargo</translation>
        </message>
        <message numerus="yes">
            <source>{role}: {met} of %n requirements met, &lt;b&gt;{outlook}&lt;/b&gt;. Now: {now}.</source>
            <translation>
                <numerusform>{role}: {met} de %n requisito cumplido, &lt;b&gt;{outlook}&lt;/b&gt;. Ahora: {now}.</numerusform>
                <numerusform>{role}: {met} de %n requisitos cumplidos, &lt;b&gt;{outlook}&lt;/b&gt;. Ahora: {now}.</numerusform>
            </translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>para el {date}</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>No goals at this horizon.</source>
            <translation>No hay metas en este horizonte.</translation>
        </message>
    </context>
    <context>
        <name>tr_development_tab</name>
        <message>
            <source>Training</source>
            <translation>Capacitación</translation>
        </message>
        <message>
            <source>Mentorship</source>
            <translation>Mentoría</translation>
        </message>
        <message>
            <source>Coaching session</source>
            <translation>Sesión de coaching</translation>
        </message>
        <message>
            <source>{date} (expired)</source>
            <translation>{date} (vencida)</translation>
        </message>
        <message>
            <source>{date} (expires soon)</source>
            <translation>{date} (vence pronto)</translation>
        </message>
        <message numerus="yes">
            <source>Before and after: the %n months either side of the intervention's month. Similar people: same client and role, without it. Difference: this person's change minus theirs.</source>
            <translation>
                <numerusform>Antes y después: el mes a cada lado del mes de la intervención. Personas similares: mismo cliente y cargo, sin la intervención. Diferencia: el cambio de esta persona menos el de ellas.</numerusform>
                <numerusform>Antes y después: los %n meses a cada lado del mes de la intervención. Personas similares: mismo cliente y cargo, sin la intervención. Diferencia: el cambio de esta persona menos el de ellas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervención</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Similar people's change</source>
            <translation>Cambio de personas similares</translation>
        </message>
        <message>
            <source>Similar people</source>
            <translation>Personas similares</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Training program</source>
            <translation>Programa de capacitación</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Interventions</source>
            <translation>Intervenciones</translation>
        </message>
        <message>
            <source>Average difference</source>
            <translation>Diferencia media</translation>
        </message>
        <message>
            <source>Spread (SD)</source>
            <translation>Dispersión (DE)</translation>
        </message>
        <message>
            <source>Working out what changed…</source>
            <translation>Calculando qué cambió…</translation>
        </message>
        <message>
            <source>Nothing to compare yet: no intervention of this kind in the last two years.</source>
            <translation>Aún no hay nada que comparar: ninguna intervención de este tipo en los últimos dos años.</translation>
        </message>
        <message numerus="yes">
            <source>%n figures compared; {sure} with at least {minimum} similar people ({better} better, {other} worse or no different). The others are too few to say.</source>
            <translation>
                <numerusform>%n cifra comparada; {sure} con al menos {minimum} personas similares ({better} mejor, {other} peor o sin diferencia). Las demás son muy pocas para concluir.</numerusform>
                <numerusform>%n cifras comparadas; {sure} con al menos {minimum} personas similares ({better} mejor, {other} peor o sin diferencia). Las demás son muy pocas para concluir.</numerusform>
            </translation>
        </message>
        <message>
            <source>What worked: training programs</source>
            <translation>Qué funcionó: programas de capacitación</translation>
        </message>
        <message>
            <source>What worked: mentors</source>
            <translation>Qué funcionó: mentores</translation>
        </message>
        <message numerus="yes">
            <source>Last %n months</source>
            <translation>
                <numerusform>Último mes</numerusform>
                <numerusform>Últimos %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>Average: over the interventions dated in the period; fewer than {minimum} on either side is too few to say.</source>
            <translation>Media: sobre las intervenciones con fecha en el período; menos de {minimum} en cualquiera de los lados son muy pocas para concluir.</translation>
        </message>
        <message>
            <source>Interventions dated</source>
            <translation>Período de las intervenciones:</translation>
        </message>
        <message numerus="yes">
            <source>%n rows; {sure} with enough people to say something.</source>
            <translation>
                <numerusform>%n fila; {sure} con suficientes personas para concluir algo.</numerusform>
                <numerusform>%n filas; {sure} con suficientes personas para concluir algo.</numerusform>
            </translation>
        </message>
        <message>
            <source>No interventions in this period.</source>
            <translation>No hay intervenciones en este período.</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Desarrollo</translation>
        </message>
        <message>
            <source>Enroll in training…</source>
            <translation>Inscribir en capacitación…</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
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
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntaje</translation>
        </message>
        <message>
            <source>Certificate expires</source>
            <translation>Vence el certificado</translation>
        </message>
        <message>
            <source>Funded by</source>
            <translation>Financiado por</translation>
        </message>
        <message>
            <source>What worked: completed trainings</source>
            <translation>Qué funcionó: capacitaciones completadas</translation>
        </message>
        <message>
            <source>{count} completed ({hours} hours)</source>
            <translation>{count} completadas ({hours} horas)</translation>
        </message>
        <message numerus="yes">
            <source>%n valid certifications</source>
            <translation>
                <numerusform>%n certificación vigente</numerusform>
                <numerusform>%n certificaciones vigentes</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} planned or in progress</source>
            <translation>{count} previstas o en curso</translation>
        </message>
    </context>
    <context>
        <name>tr_feedback_tab</name>
        <message>
            <source>Feedback</source>
            <translation>Retroalimentación</translation>
        </message>
        <message>
            <source>Add feedback…</source>
            <translation>Agregar retroalimentación…</translation>
        </message>
        <message>
            <source>Mark incident resolved</source>
            <translation>Resolver incidente</translation>
        </message>
        <message>
            <source>Acknowledge…</source>
            <translation>Acusar recibo…</translation>
        </message>
        <message>
            <source>Say you have read this feedback, with an optional comment</source>
            <translation>Acuse recibo de esta retroalimentación (indique que la leyó), con un comentario opcional</translation>
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
            <source>Date</source>
            <translation>Fecha</translation>
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
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Visibilidad</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Selected feedback</source>
            <translation>Retroalimentación seleccionada</translation>
        </message>
        <message>
            <source>Select feedback to read it in full.</source>
            <translation>Seleccione una retroalimentación para leerla completa.</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>A mejorar</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Causa raíz</translation>
        </message>
        <message>
            <source>Lesson learned</source>
            <translation>Lección aprendida</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Acción correctiva</translation>
        </message>
        <message>
            <source>&lt;b&gt;Resolved on&lt;/b&gt; {date}</source>
            <translation>&lt;b&gt;Resuelto el&lt;/b&gt; {date}</translation>
        </message>
        <message>
            <source>(overdue)</source>
            <translation>(vencido)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Follow up on&lt;/b&gt; {date}</source>
            <translation>&lt;b&gt;Seguimiento el&lt;/b&gt; {date}</translation>
        </message>
        <message>
            <source>Not acknowledged yet</source>
            <translation>Aún sin acuse de recibo</translation>
        </message>
    </context>
    <context>
        <name>tr_history_tab</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>From</source>
            <comment>date</comment>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <comment>date</comment>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Qué cambió</translation>
        </message>
        <message>
            <source>Client accounts</source>
            <translation>Cuentas de cliente</translation>
        </message>
        <message>
            <source>Changes to this record</source>
            <translation>Cambios en este registro</translation>
        </message>
    </context>
    <context>
        <name>tr_kpi_tab</name>
        <message>
            <source>On target</source>
            <translation>En la meta</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Below target</source>
            <translation>Bajo la meta</translation>
        </message>
        <message>
            <source>Improving</source>
            <translation>Mejorando</translation>
        </message>
        <message>
            <source>Worsening</source>
            <translation>Empeorando</translation>
        </message>
        <message>
            <source>Steady</source>
            <translation>Estable</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Métrica</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Cifra</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>Cumplimiento</translation>
        </message>
        <message>
            <source>12 months</source>
            <translation>12 meses</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tendencia</translation>
        </message>
        <message>
            <source>Latest month</source>
            <translation>Último mes</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Each metric's latest month against its target. Select a metric to see its last 12 months.</source>
            <translation>El último mes de cada métrica frente a su meta. Seleccione una métrica para ver sus últimos 12 meses.</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>No KPI figures for this person in the last 12 months.

Figures come in by importing the client's KPI workbook or CSV (Employee ID, date, metric, value), for the metrics defined on the client (Clients page, KPIs…). On the command line: template kpi --client NAME, then import kpi FILE.</source>
            <translation>No hay cifras de KPI de esta persona en los últimos 12 meses.

Las cifras llegan al importar el libro de KPI o el CSV del cliente (ID de empleado, fecha, métrica, valor), para las métricas definidas en el cliente (página Clientes, KPI…). En la línea de comandos: template kpi --client NOMBRE, luego import kpi ARCHIVO.</translation>
        </message>
        <message>
            <source>Select a metric to see its last 12 months.</source>
            <translation>Seleccione una métrica para ver sus últimos 12 meses.</translation>
        </message>
        <message>
            <source>{metric}: last 12 months (target {target}, higher is better)</source>
            <translation>{metric}: últimos 12 meses (meta {target}, más alto es mejor)</translation>
        </message>
        <message>
            <source>{metric}: last 12 months (target {target}, lower is better)</source>
            <translation>{metric}: últimos 12 meses (meta {target}, más bajo es mejor)</translation>
        </message>
        <message>
            <source>Only one month with a figure so far: the chart needs two.</source>
            <translation>Por ahora solo hay un mes con cifra: el gráfico necesita dos.</translation>
        </message>
        <message>
            <source>No figures in the last 12 months.</source>
            <translation>No hay cifras en los últimos 12 meses.</translation>
        </message>
    </context>
    <context>
        <name>tr_mentoring_tab</name>
        <message>
            <source>Better</source>
            <translation>Mejor</translation>
        </message>
        <message>
            <source>Worse</source>
            <translation>Peor</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Sin cambio</translation>
        </message>
        <message>
            <source>Mentoring</source>
            <translation>Mentoría</translation>
        </message>
        <message>
            <source>New mentorship…</source>
            <translation>Nueva mentoría…</translation>
        </message>
        <message>
            <source>Suggest a mentor…</source>
            <translation>Sugerir un mentor…</translation>
        </message>
        <message>
            <source>Log session…</source>
            <translation>Registrar sesión…</translation>
        </message>
        <message>
            <source>Mark action done</source>
            <translation>Marcar acción cumplida</translation>
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
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
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
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Shared notes</source>
            <translation>Notas compartidas</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>Medida comparada</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Evidence of the selected session</source>
            <translation>Evidencia de la sesión seleccionada</translation>
        </message>
        <message>
            <source>Action item</source>
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
            <source>Done</source>
            <translation>Cumplida</translation>
        </message>
        <message>
            <source>Mentorships</source>
            <translation>Mentorías</translation>
        </message>
        <message>
            <source>Sessions of the selected mentorship</source>
            <translation>Sesiones de la mentoría seleccionada</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>What worked: mentorships and coaching sessions</source>
            <translation>Qué funcionó: mentorías y sesiones de coaching</translation>
        </message>
        <message>
            <source>Reopen action</source>
            <translation>Reabrir acción</translation>
        </message>
        <message>
            <source>The session of {date} cites no evidence (open it to cite some)</source>
            <translation>La sesión del {date} no cita evidencia (ábrala para citarla)</translation>
        </message>
        <message>
            <source>Evidence of the session of {date}: before it, and after it up to the follow-up on {follow_up}</source>
            <translation>Evidencia de la sesión del {date}: antes de ella y después, hasta el seguimiento del {follow_up}</translation>
        </message>
        <message>
            <source>Evidence of the session of {date}: before it, and after it up to today (no follow-up date)</source>
            <translation>Evidencia de la sesión del {date}: antes de ella y después, hasta hoy (sin fecha de seguimiento)</translation>
        </message>
    </context>
    <context>
        <name>tr_overview_tab</name>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>average rating, last 12 months</source>
            <translation>calificación media, últimos 12 meses</translation>
        </message>
        <message>
            <source>trainings completed</source>
            <translation>capacitaciones completadas</translation>
        </message>
        <message>
            <source>valid certifications</source>
            <translation>certificaciones vigentes</translation>
        </message>
        <message>
            <source>open action items</source>
            <translation>acciones abiertas</translation>
        </message>
        <message>
            <source>next check-in</source>
            <translation>próxima revisión</translation>
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
            <source>Competency</source>
            <translation>Competencia</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Open action item</source>
            <translation>Acción abierta</translation>
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
            <source>Rating trend (average per month)</source>
            <translation>Tendencia de la calificación (media por mes)</translation>
        </message>
        <message>
            <source>Latest feedback</source>
            <translation>Retroalimentación reciente</translation>
        </message>
        <message>
            <source>Competencies, last 12 months</source>
            <translation>Competencias, últimos 12 meses</translation>
        </message>
        <message>
            <source>Open action items</source>
            <translation>Acciones abiertas</translation>
        </message>
        <message numerus="yes">
            <source>{average} (%n rated)</source>
            <translation>
                <numerusform>{average} (%n calificada)</numerusform>
                <numerusform>{average} (%n calificadas)</numerusform>
            </translation>
        </message>
        <message>
            <source>No ratings</source>
            <translation>Sin calificaciones</translation>
        </message>
        <message>
            <source>{count} ({hours} h)</source>
            <translation>{count} ({hours} h)</translation>
        </message>
        <message>
            <source>None planned</source>
            <translation>Ninguna prevista</translation>
        </message>
        <message>
            <source>No rated feedback in the last 12 months.</source>
            <translation>No hay retroalimentación calificada en los últimos 12 meses.</translation>
        </message>
    </context>
    <context>
        <name>tr_profile_page</name>
        <message>
            <source>Edit profile…</source>
            <translation>Editar perfil…</translation>
        </message>
        <message>
            <source>Add feedback…</source>
            <translation>Agregar retroalimentación…</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archivado</translation>
        </message>
        <message>
            <source>team {team}</source>
            <translation>equipo {team}</translation>
        </message>
        <message>
            <source>hired {date}</source>
            <translation>ingresó el {date}</translation>
        </message>
        <message>
            <source>On &lt;b&gt;{client}&lt;/b&gt; as {role} since {date}</source>
            <translation>En &lt;b&gt;{client}&lt;/b&gt; como {role} desde el {date}</translation>
        </message>
        <message>
            <source>On &lt;b&gt;{client}&lt;/b&gt; since {date}</source>
            <translation>En &lt;b&gt;{client}&lt;/b&gt; desde el {date}</translation>
        </message>
        <message>
            <source>Not placed on a client account</source>
            <translation>Sin asignar a una cuenta de cliente</translation>
        </message>
        <message>
            <source>Mentor: &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>Mentor: &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No mentor</source>
            <translation>Sin mentor</translation>
        </message>
    </context>
    <context>
        <name>tr_responsibilities_tab</name>
        <message>
            <source>Responsibilities</source>
            <translation>Responsabilidades</translation>
        </message>
        <message>
            <source>Add responsibility…</source>
            <translation>Agregar responsabilidad…</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Responsabilidad</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Asignada</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Fits the role</source>
            <translation>Acorde al cargo</translation>
        </message>
        <message>
            <source>Career goal served</source>
            <translation>Meta de carrera que apoya</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message numerus="yes">
            <source>%n responsibilities: {fits} fit the current role, {serves} serve a career goal</source>
            <translation>
                <numerusform>%n responsabilidad: {fits} acordes al cargo actual, {serves} apoyan una meta de carrera</numerusform>
                <numerusform>%n responsabilidades: {fits} acordes al cargo actual, {serves} apoyan una meta de carrera</numerusform>
            </translation>
        </message>
        <message>
            <source>No responsibilities recorded.</source>
            <translation>No hay responsabilidades registradas.</translation>
        </message>
    </context>
</TS>
