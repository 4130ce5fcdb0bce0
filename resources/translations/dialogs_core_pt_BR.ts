<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>tr_about_dialog</name>
        <message>
            <source>About {app}</source>
            <translation>Sobre o {app}</translation>
        </message>
        <message>
            <source>Career and professional development for BPO staff: feedback, training, mentoring and career plans, with Excel reports for clients.</source>
            <translation>Carreira e desenvolvimento profissional para colaboradores de BPO: feedback, treinamento, mentoria e planos de carreira, com relatórios em Excel para os clientes.</translation>
        </message>
        <message>
            <source>Database: {database}&lt;br&gt;Log file: {log}</source>
            <translation>Banco de dados: {database}&lt;br&gt;Arquivo de log: {log}</translation>
        </message>
    </context>
    <context>
        <name>tr_error_dialog</name>
        <message>
            <source>Something went wrong. What you saved before is safe.</source>
            <translation>Algo deu errado. O que você salvou antes está seguro.</translation>
        </message>
        <message>
            <source>The details are in the log file:&lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;</source>
            <translation>Os detalhes estão no arquivo de log:&lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir a pasta de logs</translation>
        </message>
    </context>
    <context>
        <name>tr_login_dialog</name>
        <message>
            <source>The user name or the password is wrong. Check both (passwords are case-sensitive).</source>
            <translation>O nome de usuário ou a senha estão incorretos. Verifique os dois (a senha diferencia maiúsculas de minúsculas).</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator of MentorApp to enable it.</source>
            <translation>Esta conta está desativada. Peça a um administrador do MentorApp que a ative.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Digite sua senha.</translation>
        </message>
        <message>
            <source>The database server {host} cannot be reached. Check the network connection, or ask your administrator whether the server is running and the address in Settings is right.</source>
            <translation>Não é possível acessar o servidor de banco de dados {host}. Verifique a conexão de rede ou pergunte ao administrador se o servidor está em funcionamento e se o endereço em Configurações está correto.</translation>
        </message>
        <message>
            <source>Sign in – {app}</source>
            <translation>Entrar – {app}</translation>
        </message>
        <message>
            <source>Shared database: &lt;b&gt;{database}&lt;/b&gt;</source>
            <translation>Banco de dados compartilhado: &lt;b&gt;{database}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nome de usuário</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Senha</translation>
        </message>
        <message>
            <source>Remember the password on this computer</source>
            <translation>Lembrar a senha neste computador</translation>
        </message>
        <message>
            <source>Kept in the system keyring (Windows Credential Locker, macOS Keychain, Secret Service), never in a settings file</source>
            <translation>Fica guardada no chaveiro do sistema (Windows Credential Locker, macOS Keychain, Secret Service), nunca em um arquivo de configurações</translation>
        </message>
        <message>
            <source>Sign In</source>
            <translation>Entrar</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Digite seu nome de usuário.</translation>
        </message>
    </context>
    <context>
        <name>tr_settings_dialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Seguir o sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Padrão do sistema</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <source>Leave empty for the default file. For the shared multi-user mode, enter a PostgreSQL URL such as &lt;code&gt;postgresql://user@server/mentorapp&lt;/code&gt;: everyone who points MentorApp at the same database works on the same records. A change takes effect the next time MentorApp starts.</source>
            <translation>Deixe vazio para usar o arquivo padrão. Para o modo compartilhado multiusuário, digite uma URL do PostgreSQL como &lt;code&gt;postgresql://user@server/mentorapp&lt;/code&gt;: todos que apontarem o MentorApp para o mesmo banco de dados trabalham nos mesmos registros. Uma alteração vale a partir da próxima vez que o MentorApp for iniciado.</translation>
        </message>
        <message>
            <source>In use now: {database}</source>
            <translation>Em uso agora: {database}</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Arquivo de banco de dados</translation>
        </message>
        <message>
            <source>MentorApp database (*.db)</source>
            <translation>Banco de dados do MentorApp (*.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>Escolher logotipo…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>PNG or JPEG, at most 1 MB: on the cover of client reports and their PDF.</source>
            <translation>PNG ou JPEG, de no máximo 1 MB: aparece na capa dos relatórios para clientes e do PDF deles.</translation>
        </message>
        <message>
            <source>Company logo</source>
            <translation>Logotipo da empresa</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imagens (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Not an image</source>
            <translation>Não é uma imagem</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Sem logotipo</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Nome da empresa</translation>
        </message>
        <message>
            <source>Printed on client reports</source>
            <translation>Aparece nos relatórios para clientes</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of this computer's window. A change takes effect the next time MentorApp starts.</source>
            <translation>O idioma da janela neste computador. Uma alteração vale a partir da próxima vez que o MentorApp for iniciado.</translation>
        </message>
        <message>
            <source>The new language is used the next time MentorApp starts.</source>
            <translation>O novo idioma será usado na próxima vez que o MentorApp for iniciado.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Banco de dados</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>Eu sou</translation>
        </message>
        <message>
            <source>Your own staff record: My work lists your mentees, their check-ins and your action items</source>
            <translation>Seu próprio cadastro de colaborador: Meu trabalho lista seus mentorados, os check-ins deles e suas ações combinadas</translation>
        </message>
    </context>
</TS>
