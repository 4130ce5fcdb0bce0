<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>tr_import_tab</name>
        <message>
            <source>Staff roster</source>
            <translation>Listado de personal</translation>
        </message>
        <message>
            <source>Training records</source>
            <translation>Registros de capacitación</translation>
        </message>
        <message>
            <source>Feedback forms</source>
            <translation>Formularios de retroalimentación</translation>
        </message>
        <message>
            <source>KPI values</source>
            <translation>Valores de KPI</translation>
        </message>
        <message>
            <source>Quality evaluations</source>
            <translation>Evaluaciones de calidad</translation>
        </message>
        <message>
            <source>Role ladders</source>
            <translation>Rutas de carrera</translation>
        </message>
        <message>
            <source>Figures per person and day, week or month: long (Employee ID, Date, Metric, Value, Count) or wide (a column per metric, as the template has). Importing a period again replaces its figures: the check says how many values it would add, change, leave unchanged and remove.</source>
            <translation>Cifras por persona y día, semana o mes: en formato largo (Employee ID, Date, Metric, Value, Count) o ancho (una columna por métrica, como la plantilla). Importar de nuevo un período reemplaza sus cifras: la revisión indica cuántos valores agregaría, modificaría, dejaría sin cambios y eliminaría.</translation>
        </message>
        <message>
            <source>One row per answered scorecard item: Evaluation ID, Employee ID, Evaluator, Client, Interaction ID, Channel, Interaction Date, Scorecard, Item Key, Answer, Comment, Shareable. An evaluation imported before (same interaction, evaluator and scorecard) is refused; change one through a dispute.</source>
            <translation>Una fila por ítem respondido de la ficha de evaluación: Evaluation ID, Employee ID, Evaluator, Client, Interaction ID, Channel, Interaction Date, Scorecard, Item Key, Answer, Comment, Shareable. Una evaluación ya importada (misma interacción, evaluador y ficha) se rechaza; para cambiarla, use una disputa.</translation>
        </message>
        <message>
            <source>One row per requirement of a role: Role, Client (empty: the company ladder), Level, Next Role, Min Tenure Months, Requirement Type (competency, training, certification), Requirement, Minimum (a competency's rating, 1-5). Each role named gets exactly the file's requirements; other roles are left as they are.</source>
            <translation>Una fila por requisito de un cargo: Role, Client (vacío: la ruta de carrera de la empresa), Level, Next Role, Min Tenure Months, Requirement Type (competency, training, certification), Requirement, Minimum (la calificación de una competencia, 1-5). Cada cargo nombrado queda con exactamente los requisitos del archivo; los demás cargos no cambian.</translation>
        </message>
        <message>
            <source>Spreadsheets and CSV (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)</source>
            <translation>Hojas de cálculo y CSV (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s) (and {more} more)</source>
            <translation>
                <numerusform>%Ln problema (y {more} más)</numerusform>
                <numerusform>%Ln problemas (y {more} más)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>%Ln problema</numerusform>
                <numerusform>%Ln problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln value(s) added, {changed} changed, {unchanged} unchanged, {removed} removed</source>
            <translation>
                <numerusform>%Ln valor agregado, {changed} modificados, {unchanged} sin cambios, {removed} eliminados</numerusform>
                <numerusform>%Ln valores agregados, {changed} modificados, {unchanged} sin cambios, {removed} eliminados</numerusform>
            </translation>
        </message>
        <message>
            <source>{created} created, {updated} updated, {unchanged} unchanged</source>
            <translation>{created} creados, {updated} actualizados, {unchanged} sin cambios</translation>
        </message>
        <message numerus="yes">
            <source>Dry run, nothing written: %Ln row(s) checked; they would give {counts}</source>
            <translation>
                <numerusform>Simulación, no se guardó nada: se revisó %Ln fila; daría {counts}</numerusform>
                <numerusform>Simulación, no se guardó nada: se revisaron %Ln filas; darían {counts}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) imported: {counts}</source>
            <translation>
                <numerusform>%Ln fila importada: {counts}</numerusform>
                <numerusform>%Ln filas importadas: {counts}</numerusform>
            </translation>
        </message>
        <message>
            <source>Optional: list a client's staff on the form</source>
            <translation>Opcional: incluir en el formulario al personal de un cliente</translation>
        </message>
        <message>
            <source>The client whose metrics the file holds (empty: each person's current client)</source>
            <translation>El cliente cuyas métricas contiene el archivo (vacío: el cliente actual de cada persona)</translation>
        </message>
        <message>
            <source>Save a blank template…</source>
            <translation>Guardar una plantilla vacía…</translation>
        </message>
        <message>
            <source>Create clients the file names that do not exist yet</source>
            <translation>Crear los clientes del archivo que aún no existen</translation>
        </message>
        <message>
            <source>Choose a file and check it…</source>
            <translation>Elegir un archivo y revisarlo…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Value in the file</source>
            <translation>Valor en el archivo</translation>
        </message>
        <message>
            <source>What to import</source>
            <translation>Qué importar</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>Check a file first: nothing is written until every row is right, then Import writes all rows at once.</source>
            <translation>Primero revise un archivo: no se guarda nada hasta que todas las filas estén bien; después, Importar guarda todas las filas a la vez.</translation>
        </message>
        <message>
            <source>Client: {problem}</source>
            <translation>Cliente: {problem}</translation>
        </message>
        <message>
            <source>Client: choose the client whose metrics the KPI template lists</source>
            <translation>Cliente: elija el cliente cuyas métricas lista la plantilla de KPI</translation>
        </message>
        <message>
            <source>Save template as</source>
            <translation>Guardar la plantilla como</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the template…</source>
            <translation>Escribiendo la plantilla…</translation>
        </message>
        <message>
            <source>Template saved: {path}. Fill it in, then check it here.</source>
            <translation>Plantilla guardada: {path}. Complétela y luego revísela aquí.</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Elija un archivo para importar</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Revisando {file}…</translation>
        </message>
        <message>
            <source>{file}: no problems. {summary}. Press Import to write them.</source>
            <translation>{file}: sin problemas. {summary}. Presione Importar para guardarlas.</translation>
        </message>
        <message numerus="yes">
            <source>{file}: {problems} in %Ln row(s); nothing can be imported until they are fixed in the file.</source>
            <translation>
                <numerusform>{file}: {problems} en %Ln fila; no se puede importar nada hasta corregirlos en el archivo.</numerusform>
                <numerusform>{file}: {problems} en %Ln filas; no se puede importar nada hasta corregirlos en el archivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
        </message>
        <message>
            <source>Nothing was imported: a row was refused while writing (listed below).</source>
            <translation>No se importó nada: se rechazó una fila al guardar (ver la lista abajo).</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelado: no se guardó nada.</translation>
        </message>
        <message>
            <source>The file could not be processed.</source>
            <translation>No se pudo procesar el archivo.</translation>
        </message>
    </context>
    <context>
        <name>tr_progress</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>tr_reports_page</name>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
    </context>
    <context>
        <name>tr_reports_tab</name>
        <message>
            <source>Saved {path}, but not its PDF: {problem}</source>
            <translation>Se guardó {path}, pero no su PDF: {problem}</translation>
        </message>
        <message>
            <source>Client report</source>
            <translation>Informe de cliente</translation>
        </message>
        <message>
            <source>For an account manager to send a client: headcount, ratings, shareable feedback, training and certifications of the staff on that client's account over a period.</source>
            <translation>Para que un gerente de cuenta lo envíe a un cliente: dotación, calificaciones, retroalimentación externa, capacitaciones y certificaciones del personal de la cuenta de ese cliente en un período.</translation>
        </message>
        <message>
            <source>Creating the client report…</source>
            <translation>Creando el informe de cliente…</translation>
        </message>
        <message>
            <source>Staff report</source>
            <translation>Informe de colaborador</translation>
        </message>
        <message>
            <source>One person's development: placements, ratings, feedback, training, career goals and mentoring.</source>
            <translation>El desarrollo de una persona: asignaciones, calificaciones, retroalimentación, capacitación, metas de carrera y mentoría.</translation>
        </message>
        <message>
            <source>Creating the staff report…</source>
            <translation>Creando el informe de colaborador…</translation>
        </message>
        <message>
            <source>Training matrix</source>
            <translation>Matriz de capacitación</translation>
        </message>
        <message>
            <source>Staff against training programs with status and certification expiry, for every client or one.</source>
            <translation>El personal frente a los programas de capacitación, con su estado y el vencimiento de las certificaciones, de todos los clientes o de uno.</translation>
        </message>
        <message>
            <source>Creating the training matrix…</source>
            <translation>Creando la matriz de capacitación…</translation>
        </message>
        <message>
            <source>Mentoring report</source>
            <translation>Informe de mentoría</translation>
        </message>
        <message>
            <source>Over a period: each mentor&apos;s mentees, sessions, hours and action items, and each mentorship with the mentee&apos;s rating before and since it began.</source>
            <translation>En un período: los mentorados, sesiones, horas y acciones acordadas de cada mentor, y cada mentoría con la calificación del mentorado antes y desde su inicio.</translation>
        </message>
        <message>
            <source>Creating the mentoring report…</source>
            <translation>Creando el informe de mentoría…</translation>
        </message>
        <message>
            <source>Quality report</source>
            <translation>Informe de calidad</translation>
        </message>
        <message>
            <source>Internal: a client's quality evaluations over a period, with scores, critical fails, the items failed most and the calibrations' spread.</source>
            <translation>Interno: las evaluaciones de calidad de un cliente en un período, con puntajes, fallas críticas, los ítems que más fallan y la dispersión de las calibraciones.</translation>
        </message>
        <message>
            <source>Creating the quality report…</source>
            <translation>Creando el informe de calidad…</translation>
        </message>
        <message>
            <source>What worked</source>
            <translation>Qué funcionó</translation>
        </message>
        <message>
            <source>Internal: each training, mentorship and coaching session of the period, the person's ratings, quality and KPI figures before and after against similar people who did not have it, and the average per program, mentor and client (with a warning where the numbers are too small to say anything).</source>
            <translation>Interno: cada capacitación, mentoría y sesión de coaching del período, las calificaciones, la calidad y los KPI de la persona antes y después, frente a personas similares que no la tuvieron, y el promedio por programa, mentor y cliente (con un aviso donde los números son demasiado pequeños para concluir algo).</translation>
        </message>
        <message>
            <source>Creating the what worked…</source>
            <translation>Creando el informe Qué funcionó…</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Último mes</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Este trimestre</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Trimestre anterior</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Este año</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>Include private mentoring notes</source>
            <translation>Incluir las notas privadas de mentoría</translation>
        </message>
        <message>
            <source>Also as PDF</source>
            <translation>También en PDF</translation>
        </message>
        <message>
            <source>A PDF of the pack beside the workbook, for clients who do not open Excel</source>
            <translation>Un PDF del paquete junto al libro de Excel, para los clientes que no abren Excel</translation>
        </message>
        <message>
            <source>Custom</source>
            <comment>period</comment>
            <translation>Personalizado</translation>
        </message>
        <message>
            <source>from</source>
            <comment>period</comment>
            <translation>desde</translation>
        </message>
        <message>
            <source>to</source>
            <comment>period</comment>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Where to save the report (.xlsx)</source>
            <translation>Dónde guardar el informe (.xlsx)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>Create report</source>
            <translation>Crear informe</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>verb: open the file</comment>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <source>Create an Excel report</source>
            <translation>Crear un informe en Excel</translation>
        </message>
        <message>
            <source>All clients</source>
            <translation>Todos los clientes</translation>
        </message>
        <message>
            <source>Type to search clients</source>
            <translation>Escriba para buscar clientes</translation>
        </message>
        <message>
            <source>Save report as</source>
            <translation>Guardar el informe como</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>From: {problem}</source>
            <translation>Desde: {problem}</translation>
        </message>
        <message>
            <source>From: type the date the period starts</source>
            <translation>Desde: escriba la fecha en que empieza el período</translation>
        </message>
        <message>
            <source>To: {problem}</source>
            <translation>Hasta: {problem}</translation>
        </message>
        <message>
            <source>To: type the date the period ends</source>
            <translation>Hasta: escriba la fecha en que termina el período</translation>
        </message>
        <message>
            <source>Choose where to save the report</source>
            <translation>Elija dónde guardar el informe</translation>
        </message>
        <message>
            <source>Client: {problem}</source>
            <translation>Cliente: {problem}</translation>
        </message>
        <message>
            <source>Choose the client the report is for</source>
            <translation>Elija el cliente del informe</translation>
        </message>
        <message>
            <source>Staff member: {problem}</source>
            <translation>Colaborador: {problem}</translation>
        </message>
        <message>
            <source>Choose the staff member the report is about</source>
            <translation>Elija el colaborador del informe</translation>
        </message>
        <message>
            <source>Saved {path} and its PDF</source>
            <translation>Se guardó {path} y su PDF</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Se guardó {path}</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: no se guardó ningún archivo.</translation>
        </message>
        <message>
            <source>The report could not be created.</source>
            <translation>No se pudo crear el informe.</translation>
        </message>
    </context>
</TS>
