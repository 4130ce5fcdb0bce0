<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
