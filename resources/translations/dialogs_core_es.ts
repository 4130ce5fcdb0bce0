<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>tr_about_dialog</name>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>Career and professional development for BPO staff: feedback, training, mentoring and career plans, with Excel reports for clients.</source>
            <translation>Carrera y desarrollo profesional para el personal de BPO: retroalimentación, capacitación, mentoría y planes de carrera, con informes de Excel para los clientes.</translation>
        </message>
        <message>
            <source>Database: {database}&lt;br&gt;Log file: {log}</source>
            <translation>Base de datos: {database}&lt;br&gt;Archivo de registro: {log}</translation>
        </message>
    </context>
    <context>
        <name>tr_error_dialog</name>
        <message>
            <source>Something went wrong. What you saved before is safe.</source>
            <translation>Algo salió mal. Lo que guardó antes está a salvo.</translation>
        </message>
        <message>
            <source>The details are in the log file:&lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;</source>
            <translation>Los detalles están en el archivo de registro:&lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir la carpeta de registros</translation>
        </message>
    </context>
    <context>
        <name>tr_login_dialog</name>
        <message>
            <source>The user name or the password is wrong. Check both (passwords are case-sensitive).</source>
            <translation>El nombre de usuario o la contraseña no son correctos. Revise ambos (la contraseña distingue mayúsculas de minúsculas).</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator of MentorApp to enable it.</source>
            <translation>Esta cuenta está desactivada. Pida a un administrador de MentorApp que la active.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Escriba su contraseña.</translation>
        </message>
        <message>
            <source>The database server {host} cannot be reached. Check the network connection, or ask your administrator whether the server is running and the address in Settings is right.</source>
            <translation>No se puede conectar con el servidor de base de datos {host}. Revise la conexión de red o pregunte a su administrador si el servidor está en marcha y si la dirección en Configuración es correcta.</translation>
        </message>
        <message>
            <source>Sign in – {app}</source>
            <translation>Iniciar sesión – {app}</translation>
        </message>
        <message>
            <source>Shared database: &lt;b&gt;{database}&lt;/b&gt;</source>
            <translation>Base de datos compartida: &lt;b&gt;{database}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Remember the password on this computer</source>
            <translation>Recordar la contraseña en este equipo</translation>
        </message>
        <message>
            <source>Kept in the system keyring (Windows Credential Locker, macOS Keychain, Secret Service), never in a settings file</source>
            <translation>Se guarda en el llavero del sistema (Windows Credential Locker, macOS Keychain, Secret Service), nunca en un archivo de configuración</translation>
        </message>
        <message>
            <source>Sign In</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Escriba su nombre de usuario.</translation>
        </message>
    </context>
    <context>
        <name>tr_settings_dialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Según el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Predeterminado del sistema</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Leave empty for the default file. For the shared multi-user mode, enter a PostgreSQL URL such as &lt;code&gt;postgresql://user@server/mentorapp&lt;/code&gt;: everyone who points MentorApp at the same database works on the same records. A change takes effect the next time MentorApp starts.</source>
            <translation>Déjelo vacío para usar el archivo predeterminado. Para el modo compartido multiusuario, escriba una URL de PostgreSQL como &lt;code&gt;postgresql://user@server/mentorapp&lt;/code&gt;: todos los que conecten MentorApp a la misma base de datos trabajan sobre los mismos registros. Un cambio se aplica la próxima vez que se inicie MentorApp.</translation>
        </message>
        <message>
            <source>In use now: {database}</source>
            <translation>En uso ahora: {database}</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Archivo de base de datos</translation>
        </message>
        <message>
            <source>MentorApp database (*.db)</source>
            <translation>Base de datos de MentorApp (*.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>Elegir logotipo…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>PNG or JPEG, at most 1 MB: on the cover of client reports and their PDF.</source>
            <translation>PNG o JPEG, de 1 MB como máximo: aparece en la portada de los informes para clientes y de su PDF.</translation>
        </message>
        <message>
            <source>Company logo</source>
            <translation>Logotipo de la empresa</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Not an image</source>
            <translation>No es una imagen</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Sin logotipo</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Nombre de la empresa</translation>
        </message>
        <message>
            <source>Printed on client reports</source>
            <translation>Aparece en los informes para clientes</translation>
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
            <translation>El idioma de la ventana en este equipo. Un cambio se aplica la próxima vez que se inicie MentorApp.</translation>
        </message>
        <message>
            <source>The new language is used the next time MentorApp starts.</source>
            <translation>El nuevo idioma se usará la próxima vez que se inicie MentorApp.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>Yo soy</translation>
        </message>
        <message>
            <source>Your own staff record: My work lists your mentees, their check-ins and your action items</source>
            <translation>Su propio registro de colaborador: Mi trabajo muestra sus mentorados, sus revisiones y sus acciones acordadas</translation>
        </message>
    </context>
</TS>
