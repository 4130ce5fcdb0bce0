<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
