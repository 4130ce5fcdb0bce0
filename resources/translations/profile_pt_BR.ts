<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_career_tab</name>
        <message>
            <source>Met</source>
            <translation>Atendido</translation>
        </message>
        <message>
            <source>Met, expires soon</source>
            <translation>Atendido, vence em breve</translation>
        </message>
        <message>
            <source>Within 6 months</source>
            <translation>Em até 6 meses</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Lacuna</translation>
        </message>
        <message>
            <source>Career plan</source>
            <translation>Plano de carreira</translation>
        </message>
        <message>
            <source>Add goal…</source>
            <translation>Adicionar meta…</translation>
        </message>
        <message>
            <source>Add self-assessment…</source>
            <translation>Adicionar autoavaliação…</translation>
        </message>
        <message>
            <source>Log check-in…</source>
            <translation>Registrar check-in…</translation>
        </message>
        <message>
            <source>The role to assess readiness for</source>
            <translation>O cargo para o qual avaliar a prontidão</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Requisito</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Agora</translation>
        </message>
        <message>
            <source>A competency's figure weighs recent ratings more than older ones, so it can differ from the Overview's plain average of the last 12 months</source>
            <translation>O número de uma competência pesa mais as notas recentes que as antigas, por isso pode diferir da média simples dos últimos 12 meses da Visão geral</translation>
        </message>
        <message>
            <source>What closes it</source>
            <translation>Como fechá-la</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Prontidão</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Cargo:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Pontos fortes</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Interesses</translation>
        </message>
        <message>
            <source>Development areas</source>
            <translation>Pontos de desenvolvimento</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Next check-in</source>
            <translation>Próximo check-in</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>Goals by horizon</source>
            <translation>Metas por horizonte</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>Self-assessments</source>
            <translation>Autoavaliações</translation>
        </message>
        <message>
            <source>No next check-in planned.</source>
            <translation>Nenhum próximo check-in previsto.</translation>
        </message>
        <message>
            <source>Next check-in was due on {date} (overdue)</source>
            <translation>O próximo check-in era para {date} (atrasado)</translation>
        </message>
        <message>
            <source>Next check-in due on &lt;b&gt;{date}&lt;/b&gt;</source>
            <translation>Próximo check-in previsto para &lt;b&gt;{date}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Next role</source>
            <translation>Próximo cargo</translation>
        </message>
        <message>
            <source>{percent} ready</source>
            <translation>{percent} pronto</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>sem cargo</translation>
        </message>
        <message numerus="yes">
            <source>{role}: {met} of %n requirements met, &lt;b&gt;{outlook}&lt;/b&gt;. Now: {now}.</source>
            <translation>
                <numerusform>{role}: {met} de %n requisito atendido, &lt;b&gt;{outlook}&lt;/b&gt;. Agora: {now}.</numerusform>
                <numerusform>{role}: {met} de %n requisitos atendidos, &lt;b&gt;{outlook}&lt;/b&gt;. Agora: {now}.</numerusform>
            </translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>até {date}</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>No goals at this horizon.</source>
            <translation>Nenhuma meta neste horizonte.</translation>
        </message>
    </context>
    <context>
        <name>tr_development_tab</name>
        <message>
            <source>Training</source>
            <translation>Treinamento</translation>
        </message>
        <message>
            <source>Mentorship</source>
            <translation>Mentoria</translation>
        </message>
        <message>
            <source>Coaching session</source>
            <translation>Sessão de coaching</translation>
        </message>
        <message>
            <source>{date} (expired)</source>
            <translation>{date} (vencida)</translation>
        </message>
        <message>
            <source>{date} (expires soon)</source>
            <translation>{date} (vence em breve)</translation>
        </message>
        <message numerus="yes">
            <source>Before and after: the %n months either side of the intervention's month. Similar people: same client and role, without it. Difference: this person's change minus theirs.</source>
            <translation>
                <numerusform>Antes e depois: o mês de cada lado do mês da intervenção. Pessoas semelhantes: mesmo cliente e cargo, sem a intervenção. Diferença: a variação desta pessoa menos a delas.</numerusform>
                <numerusform>Antes e depois: os %n meses de cada lado do mês da intervenção. Pessoas semelhantes: mesmo cliente e cargo, sem a intervenção. Diferença: a variação desta pessoa menos a delas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervenção</translation>
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
            <translation>Depois</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Variação</translation>
        </message>
        <message>
            <source>Similar people's change</source>
            <translation>Variação de pessoas semelhantes</translation>
        </message>
        <message>
            <source>Similar people</source>
            <translation>Pessoas semelhantes</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferença</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Training program</source>
            <translation>Programa de treinamento</translation>
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
            <translation>Intervenções</translation>
        </message>
        <message>
            <source>Average difference</source>
            <translation>Diferença média</translation>
        </message>
        <message>
            <source>Spread (SD)</source>
            <translation>Dispersão (DP)</translation>
        </message>
        <message>
            <source>Working out what changed…</source>
            <translation>Calculando o que mudou…</translation>
        </message>
        <message>
            <source>Nothing to compare yet: no intervention of this kind in the last two years.</source>
            <translation>Ainda não há o que comparar: nenhuma intervenção deste tipo nos últimos dois anos.</translation>
        </message>
        <message numerus="yes">
            <source>%n figures compared; {sure} with at least {minimum} similar people ({better} better, {other} worse or no different). The others are too few to say.</source>
            <translation>
                <numerusform>%n número comparado; {sure} com pelo menos {minimum} pessoas semelhantes ({better} melhor, {other} pior ou sem diferença). Os demais são poucos para concluir.</numerusform>
                <numerusform>%n números comparados; {sure} com pelo menos {minimum} pessoas semelhantes ({better} melhor, {other} pior ou sem diferença). Os demais são poucos para concluir.</numerusform>
            </translation>
        </message>
        <message>
            <source>What worked: training programs</source>
            <translation>O que funcionou: programas de treinamento</translation>
        </message>
        <message>
            <source>What worked: mentors</source>
            <translation>O que funcionou: mentores</translation>
        </message>
        <message numerus="yes">
            <source>Last %n months</source>
            <translation>
                <numerusform>Último mês</numerusform>
                <numerusform>Últimos %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>Average: over the interventions dated in the period; fewer than {minimum} on either side is too few to say.</source>
            <translation>Média: sobre as intervenções datadas no período; menos de {minimum} em qualquer um dos lados é pouco para concluir.</translation>
        </message>
        <message>
            <source>Interventions dated</source>
            <translation>Período das intervenções:</translation>
        </message>
        <message numerus="yes">
            <source>%n rows; {sure} with enough people to say something.</source>
            <translation>
                <numerusform>%n linha; {sure} com pessoas suficientes para concluir algo.</numerusform>
                <numerusform>%n linhas; {sure} com pessoas suficientes para concluir algo.</numerusform>
            </translation>
        </message>
        <message>
            <source>No interventions in this period.</source>
            <translation>Nenhuma intervenção neste período.</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Desenvolvimento</translation>
        </message>
        <message>
            <source>Enroll in training…</source>
            <translation>Inscrever em treinamento…</translation>
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
            <translation>Status</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Conclusão</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pontuação</translation>
        </message>
        <message>
            <source>Certificate expires</source>
            <translation>Validade do certificado</translation>
        </message>
        <message>
            <source>Funded by</source>
            <translation>Custeado por</translation>
        </message>
        <message>
            <source>What worked: completed trainings</source>
            <translation>O que funcionou: treinamentos concluídos</translation>
        </message>
        <message>
            <source>{count} completed ({hours} hours)</source>
            <translation>{count} concluídos ({hours} horas)</translation>
        </message>
        <message numerus="yes">
            <source>%n valid certifications</source>
            <translation>
                <numerusform>%n certificação válida</numerusform>
                <numerusform>%n certificações válidas</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} planned or in progress</source>
            <translation>{count} previstos ou em andamento</translation>
        </message>
    </context>
    <context>
        <name>tr_feedback_tab</name>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Add feedback…</source>
            <translation>Adicionar feedback…</translation>
        </message>
        <message>
            <source>Mark incident resolved</source>
            <translation>Resolver ocorrência</translation>
        </message>
        <message>
            <source>Acknowledge…</source>
            <translation>Dar ciência…</translation>
        </message>
        <message>
            <source>Say you have read this feedback, with an optional comment</source>
            <translation>Dê ciência deste feedback (informe que você o leu), com um comentário opcional</translation>
        </message>
        <message>
            <source>Any source</source>
            <translation>Qualquer origem</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Qualquer tipo</translation>
        </message>
        <message>
            <source>Any visibility</source>
            <translation>Qualquer visibilidade</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origem</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Nota</translation>
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
            <translation>Visibilidade</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>Selected feedback</source>
            <translation>Feedback selecionado</translation>
        </message>
        <message>
            <source>Select feedback to read it in full.</source>
            <translation>Selecione um feedback para lê-lo por completo.</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Pontos fortes</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>A melhorar</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Causa raiz</translation>
        </message>
        <message>
            <source>Lesson learned</source>
            <translation>Lição aprendida</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Ação corretiva</translation>
        </message>
        <message>
            <source>&lt;b&gt;Resolved on&lt;/b&gt; {date}</source>
            <translation>&lt;b&gt;Resolvida em&lt;/b&gt; {date}</translation>
        </message>
        <message>
            <source>(overdue)</source>
            <translation>(atrasado)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Follow up on&lt;/b&gt; {date}</source>
            <translation>&lt;b&gt;Acompanhamento em&lt;/b&gt; {date}</translation>
        </message>
        <message>
            <source>Not acknowledged yet</source>
            <translation>Ainda sem ciência</translation>
        </message>
    </context>
    <context>
        <name>tr_history_tab</name>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
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
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <comment>date</comment>
            <translation>Até</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Alteração</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>O que mudou</translation>
        </message>
        <message>
            <source>Client accounts</source>
            <translation>Contas de cliente</translation>
        </message>
        <message>
            <source>Changes to this record</source>
            <translation>Alterações neste registro</translation>
        </message>
    </context>
    <context>
        <name>tr_kpi_tab</name>
        <message>
            <source>On target</source>
            <translation>Na meta</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Below target</source>
            <translation>Abaixo da meta</translation>
        </message>
        <message>
            <source>Improving</source>
            <translation>Melhorando</translation>
        </message>
        <message>
            <source>Worsening</source>
            <translation>Piorando</translation>
        </message>
        <message>
            <source>Steady</source>
            <translation>Estável</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Métrica</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attainment</source>
            <translation>Atingimento</translation>
        </message>
        <message>
            <source>12 months</source>
            <translation>12 meses</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tendência</translation>
        </message>
        <message>
            <source>Latest month</source>
            <translation>Último mês</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
        </message>
        <message>
            <source>Each metric's latest month against its target. Select a metric to see its last 12 months.</source>
            <translation>O último mês de cada métrica em relação à meta. Selecione uma métrica para ver os últimos 12 meses.</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>No KPI figures for this person in the last 12 months.

Figures come in by importing the client's KPI workbook or CSV (Employee ID, date, metric, value), for the metrics defined on the client (Clients page, KPIs…). On the command line: template kpi --client NAME, then import kpi FILE.</source>
            <translation>Nenhum valor de KPI desta pessoa nos últimos 12 meses.

Os valores entram ao importar a planilha de KPIs ou o CSV do cliente (matrícula, data, métrica, valor), para as métricas definidas no cliente (página Clientes, KPIs…). Na linha de comando: template kpi --client NOME, depois import kpi ARQUIVO.</translation>
        </message>
        <message>
            <source>Select a metric to see its last 12 months.</source>
            <translation>Selecione uma métrica para ver os últimos 12 meses.</translation>
        </message>
        <message>
            <source>{metric}: last 12 months (target {target}, higher is better)</source>
            <translation>{metric}: últimos 12 meses (meta {target}, quanto maior, melhor)</translation>
        </message>
        <message>
            <source>{metric}: last 12 months (target {target}, lower is better)</source>
            <translation>{metric}: últimos 12 meses (meta {target}, quanto menor, melhor)</translation>
        </message>
        <message>
            <source>Only one month with a figure so far: the chart needs two.</source>
            <translation>Por enquanto só há um mês com valor: o gráfico precisa de dois.</translation>
        </message>
        <message>
            <source>No figures in the last 12 months.</source>
            <translation>Nenhum valor nos últimos 12 meses.</translation>
        </message>
    </context>
    <context>
        <name>tr_mentoring_tab</name>
        <message>
            <source>Better</source>
            <translation>Melhor</translation>
        </message>
        <message>
            <source>Worse</source>
            <translation>Pior</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Sem mudança</translation>
        </message>
        <message>
            <source>Mentoring</source>
            <translation>Mentoria</translation>
        </message>
        <message>
            <source>New mentorship…</source>
            <translation>Nova mentoria…</translation>
        </message>
        <message>
            <source>Suggest a mentor…</source>
            <translation>Sugerir um mentor…</translation>
        </message>
        <message>
            <source>Log session…</source>
            <translation>Registrar sessão…</translation>
        </message>
        <message>
            <source>Mark action done</source>
            <translation>Marcar ação concluída</translation>
        </message>
        <message>
            <source>Mentor</source>
            <translation>Mentor</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fim</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Foco</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <source>Shared notes</source>
            <translation>Anotações compartilhadas</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidência</translation>
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
            <translation>Depois</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Variação</translation>
        </message>
        <message>
            <source>Evidence of the selected session</source>
            <translation>Evidências da sessão selecionada</translation>
        </message>
        <message>
            <source>Action item</source>
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
            <source>Done</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <source>Mentorships</source>
            <translation>Mentorias</translation>
        </message>
        <message>
            <source>Sessions of the selected mentorship</source>
            <translation>Sessões da mentoria selecionada</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>What worked: mentorships and coaching sessions</source>
            <translation>O que funcionou: mentorias e sessões de coaching</translation>
        </message>
        <message>
            <source>Reopen action</source>
            <translation>Reabrir ação</translation>
        </message>
        <message>
            <source>The session of {date} cites no evidence (open it to cite some)</source>
            <translation>A sessão de {date} não cita evidências (abra-a para citar)</translation>
        </message>
        <message>
            <source>Evidence of the session of {date}: before it, and after it up to the follow-up on {follow_up}</source>
            <translation>Evidências da sessão de {date}: antes dela e depois, até o acompanhamento de {follow_up}</translation>
        </message>
        <message>
            <source>Evidence of the session of {date}: before it, and after it up to today (no follow-up date)</source>
            <translation>Evidências da sessão de {date}: antes dela e depois, até hoje (sem data de acompanhamento)</translation>
        </message>
    </context>
    <context>
        <name>tr_overview_tab</name>
        <message>
            <source>Overview</source>
            <translation>Visão geral</translation>
        </message>
        <message>
            <source>average rating, last 12 months</source>
            <translation>nota média, últimos 12 meses</translation>
        </message>
        <message>
            <source>trainings completed</source>
            <translation>treinamentos concluídos</translation>
        </message>
        <message>
            <source>valid certifications</source>
            <translation>certificações válidas</translation>
        </message>
        <message>
            <source>open action items</source>
            <translation>ações em aberto</translation>
        </message>
        <message>
            <source>next check-in</source>
            <translation>próximo check-in</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origem</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Competência</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Média</translation>
        </message>
        <message>
            <source>Open action item</source>
            <translation>Ação aberta</translation>
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
            <source>Rating trend (average per month)</source>
            <translation>Evolução da nota (média por mês)</translation>
        </message>
        <message>
            <source>Latest feedback</source>
            <translation>Feedbacks recentes</translation>
        </message>
        <message>
            <source>Competencies, last 12 months</source>
            <translation>Competências, últimos 12 meses</translation>
        </message>
        <message>
            <source>Open action items</source>
            <translation>Ações em aberto</translation>
        </message>
        <message numerus="yes">
            <source>{average} (%n rated)</source>
            <translation>
                <numerusform>{average} (%n com nota)</numerusform>
                <numerusform>{average} (%n com nota)</numerusform>
            </translation>
        </message>
        <message>
            <source>No ratings</source>
            <translation>Sem notas</translation>
        </message>
        <message>
            <source>{count} ({hours} h)</source>
            <translation>{count} ({hours} h)</translation>
        </message>
        <message>
            <source>None planned</source>
            <translation>Nenhum previsto</translation>
        </message>
        <message>
            <source>No rated feedback in the last 12 months.</source>
            <translation>Nenhum feedback com nota nos últimos 12 meses.</translation>
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
            <translation>Adicionar feedback…</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>arquivado</translation>
        </message>
        <message>
            <source>team {team}</source>
            <translation>equipe {team}</translation>
        </message>
        <message>
            <source>hired {date}</source>
            <translation>admissão em {date}</translation>
        </message>
        <message>
            <source>On &lt;b&gt;{client}&lt;/b&gt; as {role} since {date}</source>
            <translation>Em &lt;b&gt;{client}&lt;/b&gt; como {role} desde {date}</translation>
        </message>
        <message>
            <source>On &lt;b&gt;{client}&lt;/b&gt; since {date}</source>
            <translation>Em &lt;b&gt;{client}&lt;/b&gt; desde {date}</translation>
        </message>
        <message>
            <source>Not placed on a client account</source>
            <translation>Sem alocação em conta de cliente</translation>
        </message>
        <message>
            <source>Mentor: &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>Mentor: &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No mentor</source>
            <translation>Sem mentor</translation>
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
            <translation>Adicionar responsabilidade…</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Responsabilidade</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Atribuída</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Fits the role</source>
            <translation>Condiz com o cargo</translation>
        </message>
        <message>
            <source>Career goal served</source>
            <translation>Meta de carreira atendida</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message numerus="yes">
            <source>%n responsibilities: {fits} fit the current role, {serves} serve a career goal</source>
            <translation>
                <numerusform>%n responsabilidade: {fits} condizem com o cargo atual, {serves} atendem a uma meta de carreira</numerusform>
                <numerusform>%n responsabilidades: {fits} condizem com o cargo atual, {serves} atendem a uma meta de carreira</numerusform>
            </translation>
        </message>
        <message>
            <source>No responsibilities recorded.</source>
            <translation>Nenhuma responsabilidade registrada.</translation>
        </message>
    </context>
</TS>
