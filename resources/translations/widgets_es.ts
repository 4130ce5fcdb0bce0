<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>tr_action_items</name>
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
            <source>Add action item</source>
            <translation>Agregar acción</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Done on {date}</source>
            <translation>Cumplida el {date}</translation>
        </message>
        <message>
            <source>Action item {number}, due: {error}</source>
            <translation>Acción {number}, vencimiento: {error}</translation>
        </message>
    </context>
    <context>
        <name>tr_charts</name>
        <message>
            <source>Enter or a double-click opens the list behind a row</source>
            <translation>Enter o doble clic en una fila abre la lista que hay detrás</translation>
        </message>
        <message>
            <source>Chart. Press Enter to see its figures as a table.</source>
            <translation>Gráfico. Presione Enter para ver sus cifras como tabla.</translation>
        </message>
        <message>
            <source>Show as table</source>
            <translation>Mostrar como tabla</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Porcentaje</translation>
        </message>
    </context>
    <context>
        <name>tr_date_field</name>
        <message>
            <source>Not set (YYYY-MM-DD)</source>
            <translation>Sin fecha (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Type a date as YYYY-MM-DD or {short}, or pick one from the calendar (Alt+Down)</source>
            <translation>Escriba una fecha como AAAA-MM-DD o {short}, o elíjala en el calendario (Alt+Abajo)</translation>
        </message>
        <message>
            <source>Pick from a calendar (Alt+Down)</source>
            <translation>Elegir en un calendario (Alt+Abajo)</translation>
        </message>
        <message>
            <source>{text} is not a whole date: type it as YYYY-MM-DD</source>
            <translation>{text} no es una fecha completa: escríbala como AAAA-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>tr_evidence_list</name>
        <message>
            <source>Evaluation</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Retroalimentación</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Cite evidence</source>
            <translation>Citar evidencia</translation>
        </message>
        <message>
            <source>Type to narrow the list</source>
            <translation>Escriba para filtrar la lista</translation>
        </message>
        <message>
            <source>KPI: {name}</source>
            <translation>KPI: {name}</translation>
        </message>
        <message>
            <source>Nothing to cite: this person has no evaluations or feedback in the 90 days before the session, and no KPI metrics.</source>
            <translation>No hay nada que citar: esta persona no tiene evaluaciones ni retroalimentación en los 90 días anteriores a la sesión, ni métricas de KPI.</translation>
        </message>
        <message>
            <source>The evaluations and feedback of the 90 days before the session, then the KPI metrics this person is measured by. Ctrl+click picks several.</source>
            <translation>Las evaluaciones y la retroalimentación de los 90 días anteriores a la sesión y, a continuación, las métricas de KPI con las que se mide a esta persona. Ctrl+clic selecciona varias.</translation>
        </message>
        <message>
            <source>Cite</source>
            <translation>Citar</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
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
            <source>Add…</source>
            <translation>Agregar…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Before: the evaluation's score, the feedback's rating, a KPI's month before the session. After: the average of later scores or ratings up to the follow-up, a KPI's figure in the follow-up's month.</source>
            <translation>Antes: el puntaje de la evaluación, la calificación de la retroalimentación, el mes del KPI anterior a la sesión. Después: el promedio de los puntajes o calificaciones posteriores hasta el seguimiento, la cifra del KPI en el mes del seguimiento.</translation>
        </message>
        <message>
            <source>{kind}: the figures show once the session is saved</source>
            <translation>{kind}: las cifras aparecen cuando se guarda la sesión</translation>
        </message>
    </context>
    <context>
        <name>tr_file_dialogs</name>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
    </context>
    <context>
        <name>tr_forms</name>
        <message>
            <source>Type to search staff members</source>
            <translation>Escriba para buscar colaboradores</translation>
        </message>
        <message>
            <source>{text} matches {count} staff members; pick one from the list</source>
            <translation>{text} coincide con {count} colaboradores; elija uno de la lista</translation>
        </message>
        <message>
            <source>Type to search clients</source>
            <translation>Escriba para buscar clientes</translation>
        </message>
        <message>
            <source>{text} matches {count} clients; pick one from the list</source>
            <translation>{text} coincide con {count} clientes; elija uno de la lista</translation>
        </message>
        <message>
            <source>Type to search training programs</source>
            <translation>Escriba para buscar programas de capacitación</translation>
        </message>
        <message>
            <source>{text} matches {count} training programs; pick one from the list</source>
            <translation>{text} coincide con {count} programas de capacitación; elija uno de la lista</translation>
        </message>
        <message>
            <source>Type to search mentors</source>
            <translation>Escriba para buscar mentores</translation>
        </message>
        <message>
            <source>{text} matches {count} mentors; pick one from the list</source>
            <translation>{text} coincide con {count} mentores; elija uno de la lista</translation>
        </message>
        <message>
            <source>Type to search</source>
            <translation>Escriba para buscar</translation>
        </message>
        <message>
            <source>no staff member matches {text}</source>
            <translation>ningún colaborador coincide con {text}</translation>
        </message>
        <message>
            <source>no client matches {text}</source>
            <translation>ningún cliente coincide con {text}</translation>
        </message>
        <message>
            <source>no training program matches {text}</source>
            <translation>ningún programa de capacitación coincide con {text}</translation>
        </message>
        <message>
            <source>no mentor matches {text}</source>
            <translation>ningún mentor coincide con {text}</translation>
        </message>
        <message>
            <source>nothing matches {text}</source>
            <translation>nada coincide con {text}</translation>
        </message>
        <message>
            <source>{text} matches {count} records; pick one from the list</source>
            <translation>{text} coincide con {count} registros; elija uno de la lista</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <source>Close this form without saving? What you changed will be lost.</source>
            <translation>¿Cerrar este formulario sin guardar? Se perderá lo que cambió.</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar los cambios</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
    </context>
    <context>
        <name>tr_rating</name>
        <message>
            <source>Poor</source>
            <translation>Deficiente</translation>
        </message>
        <message>
            <source>Below expectations</source>
            <translation>Por debajo de las expectativas</translation>
        </message>
        <message>
            <source>Meets expectations</source>
            <translation>Cumple las expectativas</translation>
        </message>
        <message>
            <source>Exceeds expectations</source>
            <translation>Supera las expectativas</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Sobresaliente</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Sin calificar</translation>
        </message>
        <message>
            <source>No rating</source>
            <translation>Sin calificación</translation>
        </message>
        <message>
            <source>No competencies defined yet.</source>
            <translation>Aún no hay competencias definidas.</translation>
        </message>
    </context>
    <context>
        <name>tr_scorecard_answers</name>
        <message>
            <source>critical: {answer} zeroes its section</source>
            <translation>crítico: {answer} anula su sección</translation>
        </message>
        <message>
            <source>critical: {answer} zeroes the whole evaluation</source>
            <translation>crítico: {answer} anula toda la evaluación</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Parcial</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <source>weight {weight}</source>
            <translation>peso {weight}</translation>
        </message>
        <message>
            <source>Item {key}</source>
            <translation>Ítem {key}</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
    </context>
    <context>
        <name>tr_scorecard_items</name>
        <message>
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Ítem</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Crítico</translation>
        </message>
        <message>
            <source>N/A allowed</source>
            <translation>Admite N/A</translation>
        </message>
        <message>
            <source>Yes / No</source>
            <translation>Sí / No</translation>
        </message>
        <message>
            <source>Yes / Partial / No</source>
            <translation>Sí / Parcial / No</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Zeroes the section</source>
            <translation>Anula la sección</translation>
        </message>
        <message>
            <source>Zeroes the evaluation</source>
            <translation>Anula la evaluación</translation>
        </message>
        <message>
            <source>Only the lowest answer ({answer}) fails a critical item: it then zeroes its section or the whole evaluation, as chosen here</source>
            <translation>Solo la respuesta más baja ({answer}) hace fallar un ítem crítico: entonces anula su sección o toda la evaluación, según lo elegido aquí</translation>
        </message>
        <message>
            <source>The item's part of the total weight: how much of the score it can take</source>
            <translation>La parte del ítem en el peso total: cuánto del puntaje puede aportar</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Agregar ítem</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Quitar ítem</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>A critical item fails only on its lowest answer: {no}, or {one} on the 1 – 5 scale</source>
            <translation>Un ítem crítico falla solo con su respuesta más baja: {no}, o {one} en la escala 1 – 5</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
    </context>
</TS>
