<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_action_items</name>
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
            <source>Add action item</source>
            <translation>Adicionar ação</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Done on {date}</source>
            <translation>Concluída em {date}</translation>
        </message>
        <message>
            <source>Action item {number}, due: {error}</source>
            <translation>Ação {number}, prazo: {error}</translation>
        </message>
    </context>
    <context>
        <name>tr_charts</name>
        <message>
            <source>Enter or a double-click opens the list behind a row</source>
            <translation>Enter ou clique duplo em uma linha abre a lista por trás dela</translation>
        </message>
        <message>
            <source>Chart. Press Enter to see its figures as a table.</source>
            <translation>Gráfico. Pressione Enter para ver os números em uma tabela.</translation>
        </message>
        <message>
            <source>Show as table</source>
            <translation>Mostrar como tabela</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalhe</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Quantidade</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Percentual</translation>
        </message>
    </context>
    <context>
        <name>tr_date_field</name>
        <message>
            <source>Not set (YYYY-MM-DD)</source>
            <translation>Sem data (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Type a date as YYYY-MM-DD or {short}, or pick one from the calendar (Alt+Down)</source>
            <translation>Digite uma data como AAAA-MM-DD ou {short}, ou escolha uma no calendário (Alt+Seta para baixo)</translation>
        </message>
        <message>
            <source>Pick from a calendar (Alt+Down)</source>
            <translation>Escolher em um calendário (Alt+Seta para baixo)</translation>
        </message>
        <message>
            <source>{text} is not a whole date: type it as YYYY-MM-DD</source>
            <translation>{text} não é uma data completa: digite-a como AAAA-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>tr_evidence_list</name>
        <message>
            <source>Evaluation</source>
            <translation>Avaliação</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Cite evidence</source>
            <translation>Citar evidência</translation>
        </message>
        <message>
            <source>Type to narrow the list</source>
            <translation>Digite para filtrar a lista</translation>
        </message>
        <message>
            <source>KPI: {name}</source>
            <translation>KPI: {name}</translation>
        </message>
        <message>
            <source>Nothing to cite: this person has no evaluations or feedback in the 90 days before the session, and no KPI metrics.</source>
            <translation>Não há nada para citar: esta pessoa não tem avaliações nem feedback nos 90 dias anteriores à sessão, nem métricas de KPI.</translation>
        </message>
        <message>
            <source>The evaluations and feedback of the 90 days before the session, then the KPI metrics this person is measured by. Ctrl+click picks several.</source>
            <translation>As avaliações e os feedbacks dos 90 dias anteriores à sessão e, em seguida, as métricas de KPI pelas quais esta pessoa é medida. Ctrl+clique seleciona várias.</translation>
        </message>
        <message>
            <source>Cite</source>
            <translation>Citar</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidência</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Depois</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Adicionar…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Before: the evaluation's score, the feedback's rating, a KPI's month before the session. After: the average of later scores or ratings up to the follow-up, a KPI's figure in the follow-up's month.</source>
            <translation>Antes: a pontuação da avaliação, a nota do feedback, o mês do KPI anterior à sessão. Depois: a média das pontuações ou notas posteriores até o acompanhamento, o valor do KPI no mês do acompanhamento.</translation>
        </message>
        <message>
            <source>{kind}: the figures show once the session is saved</source>
            <translation>{kind}: os valores aparecem quando a sessão é salva</translation>
        </message>
    </context>
    <context>
        <name>tr_file_dialogs</name>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Pasta</translation>
        </message>
    </context>
    <context>
        <name>tr_forms</name>
        <message>
            <source>Type to search staff members</source>
            <translation>Digite para buscar colaboradores</translation>
        </message>
        <message>
            <source>{text} matches {count} staff members; pick one from the list</source>
            <translation>{text} corresponde a {count} colaboradores; escolha um na lista</translation>
        </message>
        <message>
            <source>Type to search clients</source>
            <translation>Digite para buscar clientes</translation>
        </message>
        <message>
            <source>{text} matches {count} clients; pick one from the list</source>
            <translation>{text} corresponde a {count} clientes; escolha um na lista</translation>
        </message>
        <message>
            <source>Type to search training programs</source>
            <translation>Digite para buscar programas de treinamento</translation>
        </message>
        <message>
            <source>{text} matches {count} training programs; pick one from the list</source>
            <translation>{text} corresponde a {count} programas de treinamento; escolha um na lista</translation>
        </message>
        <message>
            <source>Type to search mentors</source>
            <translation>Digite para buscar mentores</translation>
        </message>
        <message>
            <source>{text} matches {count} mentors; pick one from the list</source>
            <translation>{text} corresponde a {count} mentores; escolha um na lista</translation>
        </message>
        <message>
            <source>Type to search</source>
            <translation>Digite para buscar</translation>
        </message>
        <message>
            <source>no staff member matches {text}</source>
            <translation>nenhum colaborador corresponde a {text}</translation>
        </message>
        <message>
            <source>no client matches {text}</source>
            <translation>nenhum cliente corresponde a {text}</translation>
        </message>
        <message>
            <source>no training program matches {text}</source>
            <translation>nenhum programa de treinamento corresponde a {text}</translation>
        </message>
        <message>
            <source>no mentor matches {text}</source>
            <translation>nenhum mentor corresponde a {text}</translation>
        </message>
        <message>
            <source>nothing matches {text}</source>
            <translation>nada corresponde a {text}</translation>
        </message>
        <message>
            <source>{text} matches {count} records; pick one from the list</source>
            <translation>{text} corresponde a {count} registros; escolha um na lista</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Descartar as alterações?</translation>
        </message>
        <message>
            <source>Close this form without saving? What you changed will be lost.</source>
            <translation>Fechar este formulário sem salvar? O que você alterou será perdido.</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar alterações</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Continuar editando</translation>
        </message>
    </context>
    <context>
        <name>tr_rating</name>
        <message>
            <source>Poor</source>
            <translation>Insatisfatório</translation>
        </message>
        <message>
            <source>Below expectations</source>
            <translation>Abaixo das expectativas</translation>
        </message>
        <message>
            <source>Meets expectations</source>
            <translation>Atende às expectativas</translation>
        </message>
        <message>
            <source>Exceeds expectations</source>
            <translation>Supera as expectativas</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>Excepcional</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Sem nota</translation>
        </message>
        <message>
            <source>No rating</source>
            <translation>Sem nota</translation>
        </message>
        <message>
            <source>No competencies defined yet.</source>
            <translation>Ainda não há competências definidas.</translation>
        </message>
    </context>
    <context>
        <name>tr_scorecard_answers</name>
        <message>
            <source>critical: {answer} zeroes its section</source>
            <translation>crítico: {answer} zera a sua seção</translation>
        </message>
        <message>
            <source>critical: {answer} zeroes the whole evaluation</source>
            <translation>crítico: {answer} zera a avaliação inteira</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
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
            <translation>Item {key}</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
    </context>
    <context>
        <name>tr_scorecard_items</name>
        <message>
            <source>Section</source>
            <translation>Seção</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Chave</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporção</translation>
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
            <translation>Aceita N/A</translation>
        </message>
        <message>
            <source>Yes / No</source>
            <translation>Sim / Não</translation>
        </message>
        <message>
            <source>Yes / Partial / No</source>
            <translation>Sim / Parcial / Não</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Zeroes the section</source>
            <translation>Zera a seção</translation>
        </message>
        <message>
            <source>Zeroes the evaluation</source>
            <translation>Zera a avaliação</translation>
        </message>
        <message>
            <source>Only the lowest answer ({answer}) fails a critical item: it then zeroes its section or the whole evaluation, as chosen here</source>
            <translation>Só a resposta mais baixa ({answer}) reprova um item crítico: ela zera a sua seção ou a avaliação inteira, conforme escolhido aqui</translation>
        </message>
        <message>
            <source>The item's part of the total weight: how much of the score it can take</source>
            <translation>A parte do item no peso total: quanto da pontuação ele pode representar</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Adicionar item</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Remover item</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Mover para cima</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Mover para baixo</translation>
        </message>
        <message>
            <source>A critical item fails only on its lowest answer: {no}, or {one} on the 1 – 5 scale</source>
            <translation>Um item crítico só é reprovado com a sua resposta mais baixa: {no}, ou {one} na escala 1 – 5</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Geral</translation>
        </message>
    </context>
</TS>
