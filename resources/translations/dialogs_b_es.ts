<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
</TS>
