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
            <source>The reports sent to this client and their replies, the open action items and the client's contacts</source>
            <translation>Los informes enviados a este cliente y sus respuestas, las acciones abiertas y los contactos del cliente</translation>
        </message>
        <message>
            <source>KPI metrics of {client} saved</source>
            <translation>Métricas KPI de {client} guardadas</translation>
        </message>
    </context>
</TS>
