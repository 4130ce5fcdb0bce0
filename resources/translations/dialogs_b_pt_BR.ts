<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_prepare_report_dialog</name>
        <message>
            <source>Open</source>
            <translation>Aberta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>Destaques</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Riscos</translation>
        </message>
        <message>
            <source>Weekly reports</source>
            <translation>Relatórios semanais</translation>
        </message>
        <message>
            <source>Monthly reports</source>
            <translation>Relatórios mensais</translation>
        </message>
        <message>
            <source>Quarterly reports</source>
            <translation>Relatórios trimestrais</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} a {end}</translation>
        </message>
        <message>
            <source>Prepare report: {client}</source>
            <translation>Preparar relatório: {client}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>How the period went, in a few sentences the client reads first</source>
            <translation>Como foi o período, em poucas frases que o cliente lê primeiro</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Combinada</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No action items in this period and none open from earlier ones.</source>
            <translation>Nenhuma ação neste período nem ações abertas de períodos anteriores.</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>O que foi combinado</translation>
        </message>
        <message>
            <source>Due date (optional)</source>
            <translation>Prazo (opcional)</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Adicionar ação</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove an item added since the last save</source>
            <translation>Remover uma ação adicionada depois do último salvamento</translation>
        </message>
        <message>
            <source>Also as PDF</source>
            <translation>Também em PDF</translation>
        </message>
        <message>
            <source>A PDF of the pack beside the workbook, for clients who do not open Excel</source>
            <translation>Um PDF do pacote ao lado da planilha, para clientes que não abrem o Excel</translation>
        </message>
        <message>
            <source>Save and export…</source>
            <translation>Salvar e exportar…</translation>
        </message>
        <message>
            <source>Review of the period</source>
            <translation>Revisão do período</translation>
        </message>
        <message>
            <source>Action plan (items carried from earlier periods first)</source>
            <translation>Plano de ação (primeiro as ações que vêm de períodos anteriores)</translation>
        </message>
        <message>
            <source>new, not saved yet</source>
            <translation>nova, ainda não salva</translation>
        </message>
        <message>
            <source>carried from {period}</source>
            <translation>vem de {period}</translation>
        </message>
        <message>
            <source>this period</source>
            <translation>este período</translation>
        </message>
        <message>
            <source>Due: {error}</source>
            <translation>Prazo: {error}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message>
            <source>Save changes?</source>
            <translation>Salvar as alterações?</translation>
        </message>
        <message>
            <source>The review of {period} has changes that are not saved.</source>
            <translation>A revisão de {period} tem alterações não salvas.</translation>
        </message>
        <message>
            <source>Folder for the report</source>
            <translation>Pasta do relatório</translation>
        </message>
        <message>
            <source>Exporting the report…</source>
            <translation>Exportando o relatório…</translation>
        </message>
        <message>
            <source>Version {version} written: {path}</source>
            <translation>Versão {version} salva: {path}</translation>
        </message>
        <message>
            <source>PDF: {path}</source>
            <translation>PDF: {path}</translation>
        </message>
        <message>
            <source>Report exported</source>
            <translation>Relatório exportado</translation>
        </message>
        <message>
            <source>Open the workbook</source>
            <translation>Abrir a planilha</translation>
        </message>
        <message>
            <source>Open the PDF</source>
            <translation>Abrir o PDF</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: nenhum arquivo foi salvo.</translation>
        </message>
        <message>
            <source>Could not save the file: {error}</source>
            <translation>Não foi possível salvar o arquivo: {error}</translation>
        </message>
        <message>
            <source>The report could not be exported.</source>
            <translation>Não foi possível exportar o relatório.</translation>
        </message>
    </context>
</TS>
