<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_bench_dialog</name>
        <message>
            <source>No one</source>
            <translation>Ninguém</translation>
        </message>
        <message>
            <source>{name} ({percent})</source>
            <translation>{name} ({percent})</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} e mais %n</numerusform>
                <numerusform>{names} e mais %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}: {outlook} ({percent})</source>
            <translation>{name}: {outlook} ({percent})</translation>
        </message>
        <message>
            <source>None ready</source>
            <translation>Ninguém pronto</translation>
        </message>
        <message>
            <source>Bench strength of {client}</source>
            <translation>Banco de talentos de {client}</translation>
        </message>
        <message>
            <source>Reading the account's people and roles…</source>
            <translation>Lendo os colaboradores e os cargos da conta…</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Ladder</source>
            <translation>Trilha</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Holders</source>
            <translation>Ocupantes</translation>
        </message>
        <message>
            <source>Ready now</source>
            <translation>Prontos agora</translation>
        </message>
        <message>
            <source>In about 6 months</source>
            <translation>Em cerca de 6 meses</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Saiu</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Role to fill</source>
            <translation>Cargo a preencher</translation>
        </message>
        <message>
            <source>{role} (on no ladder)</source>
            <translation>{role} (sem trilha)</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>sem cargo</translation>
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
            <translation>Reposição</translation>
        </message>
        <message numerus="yes">
            <source>{people} on {client} now; %n roles (the account's and the company ladder's).</source>
            <translation>
                <numerusform>{people} em {client} hoje; %n cargo (da conta e da trilha da empresa).</numerusform>
                <numerusform>{people} em {client} hoje; %n cargos (da conta e da trilha da empresa).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people resigned or left in the last {days} days.</source>
            <translation>
                <numerusform>%n pessoa pediu demissão ou saiu nos últimos {days} dias.</numerusform>
                <numerusform>%n pessoas pediram demissão ou saíram nos últimos {days} dias.</numerusform>
            </translation>
        </message>
        <message>
            <source>Candidates come from a lower rung; an expiring certification keeps a person out of “in about 6 months”.</source>
            <translation>Os candidatos vêm de um degrau abaixo; uma certificação prestes a vencer deixa a pessoa fora de “em cerca de 6 meses”.</translation>
        </message>
        <message>
            <source>Backfill ({count})</source>
            <translation>Reposição ({count})</translation>
        </message>
        <message>
            <source>Could not read the bench strength: {error}</source>
            <translation>Não foi possível ler o banco de talentos: {error}</translation>
        </message>
    </context>
    <context>
        <name>tr_checkin_dialog</name>
        <message>
            <source>Edit check-in</source>
            <translation>Editar check-in</translation>
        </message>
        <message>
            <source>New check-in</source>
            <translation>Novo check-in</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>Next check-in</source>
            <translation>Próximo check-in</translation>
        </message>
        <message>
            <source>New check-in saved</source>
            <translation>Novo check-in salvo</translation>
        </message>
        <message>
            <source>Changes to the check-in saved</source>
            <translation>Alterações no check-in salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_competency_dialog</name>
        <message>
            <source>Edit competency</source>
            <translation>Editar competência</translation>
        </message>
        <message>
            <source>New competency</source>
            <translation>Nova competência</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>O que significa</translation>
        </message>
        <message>
            <source>New competency saved</source>
            <translation>Nova competência salva</translation>
        </message>
        <message>
            <source>Changes to the competency saved</source>
            <translation>Alterações na competência salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_enrollment_dialog</name>
        <message>
            <source>Edit enrollment</source>
            <translation>Editar inscrição</translation>
        </message>
        <message>
            <source>New enrollment</source>
            <translation>Nova inscrição</translation>
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
            <translation>Status</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Concluído em</translation>
        </message>
        <message>
            <source>Score (0-100)</source>
            <translation>Pontuação (0-100)</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>The program's hours when left empty</source>
            <translation>As horas do programa, se ficar em branco</translation>
        </message>
        <message>
            <source>Funded by</source>
            <translation>Custeado por</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>New enrollment saved</source>
            <translation>Nova inscrição salva</translation>
        </message>
        <message>
            <source>Changes to the enrollment saved</source>
            <translation>Alterações na inscrição salvas</translation>
        </message>
    </context>
    <context>
        <name>tr_feedback_dialog</name>
        <message>
            <source>Edit feedback</source>
            <translation>Editar feedback</translation>
        </message>
        <message>
            <source>New feedback</source>
            <translation>Novo feedback</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Colaborador</translation>
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
            <translation>Visibilidade</translation>
        </message>
        <message>
            <source>Overall rating</source>
            <translation>Nota geral</translation>
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
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>Competency ratings (1 poor – 5 outstanding)</source>
            <translation>Notas por competência (1 insuficiente – 5 excepcional)</translation>
        </message>
        <message>
            <source>Incident: what happened and what was learned</source>
            <translation>Ocorrência: o que aconteceu e o que se aprendeu</translation>
        </message>
        <message>
            <source>An incident needs what happened (the root cause or the comment) and the lesson learned or a corrective action.</source>
            <translation>Uma ocorrência precisa do que aconteceu (a causa raiz ou o comentário) e da lição aprendida ou de uma ação corretiva.</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Causa raiz</translation>
        </message>
        <message>
            <source>What happened and why (or say it in the comment)</source>
            <translation>O que aconteceu e por quê (ou diga no comentário)</translation>
        </message>
        <message>
            <source>Lesson learned</source>
            <translation>Lição aprendida</translation>
        </message>
        <message>
            <source>Required unless there is a corrective action</source>
            <translation>Obrigatória se não houver ação corretiva</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Ação corretiva</translation>
        </message>
        <message>
            <source>Required unless there is a lesson learned</source>
            <translation>Obrigatória se não houver lição aprendida</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Acompanhamento em</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>Resolvida em</translation>
        </message>
        <message>
            <source>New feedback saved</source>
            <translation>Novo feedback salvo</translation>
        </message>
        <message>
            <source>Changes to the feedback saved</source>
            <translation>Alterações no feedback salvas</translation>
        </message>
        <message>
            <source>Acknowledged by {login} on {moment}: {comment}</source>
            <translation>Ciência de {login} em {moment}: {comment}</translation>
        </message>
        <message>
            <source>Acknowledged by {login} on {moment}</source>
            <translation>Ciência de {login} em {moment}</translation>
        </message>
        <message>
            <source>Acknowledge feedback</source>
            <translation>Dar ciência do feedback</translation>
        </message>
        <message>
            <source>from {author}</source>
            <translation>de {author}</translation>
        </message>
        <message>
            <source>Your comment</source>
            <translation>Seu comentário</translation>
        </message>
        <message>
            <source>Optional: what you take from it, or what you see differently</source>
            <translation>Opcional: o que você tira dele ou o que vê de outro jeito</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Dar ciência</translation>
        </message>
    </context>
</TS>
