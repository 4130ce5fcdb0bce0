"""Database URLs as people type them, password included.

`urllib.parse` reads `postgresql://me:pa#ss@host/db` as a fragment and
`postgresql://me:pa/ss@host/db` as a path with a port "pa", so a raw `#`, `?`, `/` or `@` in
a password gave a wrong database name, a traceback, or the password in an error message.
Here the user part ends at the LAST `@` and the password is everything after the user's
first `:`; the host part cannot hold any of those characters. `describe()` is the only form of
a target that is ever shown or logged, and `hide_secrets()` cleans any other text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from mentorapp.errors import UserError
from mentorapp.translations import _

POSTGRES_SCHEMES = ("postgres", "postgresql")
HIDDEN = "***"
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_PASSWORD_OPTION = re.compile(r"(?i)(^|&)(password=)[^&]*")


@dataclass(frozen=True)
class PostgresUrl:
    database: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    host: str | None = None
    port: int | None = None
    options: dict[str, str] = field(default_factory=dict, repr=False)


def scheme(target: str) -> str:
    """The URL scheme in lower case ('' for a plain path; `C:\\x` is a path, not a scheme)."""
    match = _SCHEME.match(target)
    return match.group(1).lower() if match else ""


def _split(target: str) -> tuple[str, str, str, str]:
    """(scheme, user info, host and port, the rest after the host) of a `scheme://` URL."""
    rest = target[len(scheme(target)) + 3:]
    userinfo, at, hostpart = rest.rpartition("@")
    if not at:
        userinfo, hostpart = "", rest
    cut = min((i for i in (hostpart.find("/"), hostpart.find("?")) if i >= 0),
              default=len(hostpart))
    return scheme(target), userinfo, hostpart[:cut], hostpart[cut:]


def parse_postgres(target: str) -> PostgresUrl:
    """`postgresql://user:password@host:port/name?option=value` (every part but the name may
    be left out); raises `UserError` naming the URL with its password hidden."""
    _scheme, userinfo, hostport, rest = _split(target)
    user, colon, password = userinfo.partition(":")
    path, _sep, query = rest.partition("?")
    name = unquote(path.lstrip("/"))
    if not name:
        raise UserError(_("PostgreSQL URL needs a database name: {target}").format(
            target=describe(target)))
    host, port = hostport, None
    if hostport.startswith("["):  # [IPv6]:port
        host, _sep, after = hostport[1:].partition("]")
        port = after[1:] if after.startswith(":") else None
    elif ":" in hostport:
        host, _sep, port = hostport.rpartition(":")
    if port is not None and not (port.isascii() and port.isdigit()):
        raise UserError(_("The port in {target} is not a number (a password with / ? # or @ "
                          "in it is fine, but the host part must be host:port)").format(
                            target=describe(target)))
    options = {}
    for part in filter(None, query.split("&")):
        key, _sep, value = part.partition("=")
        options[unquote(key)] = unquote(value)
    return PostgresUrl(database=name, user=unquote(user) or None,
                       password=unquote(password) if colon else None,
                       host=unquote(host) or None, port=int(port) if port else None,
                       options=options)


def describe(target: str) -> str:
    """A database path or URL for display: any password (in the user part or as a
    `password=` option) is replaced by ***. Never raises."""
    if scheme(target) not in POSTGRES_SCHEMES:
        return target
    name, userinfo, hostport, rest = _split(target)
    user, colon, _ = userinfo.partition(":")
    path, question, query = rest.partition("?")
    query = _PASSWORD_OPTION.sub(lambda m: m.group(1) + m.group(2) + HIDDEN, query)
    login = f"{user}{':' + HIDDEN if colon else ''}@" if "@" in target else ""
    return f"{target[:len(name)]}://{login}{hostport}{path}{question}{query}"


def secrets(target: str | None) -> list[str]:
    """The password of a PostgreSQL target as typed and as decoded (to scrub from text)."""
    if not target or scheme(target) not in POSTGRES_SCHEMES:
        return []
    _, userinfo, _, rest = _split(target)
    found = [userinfo.partition(":")[2]]
    query = rest.partition("?")[2]
    found += [m.group(0).split("=", 1)[1] for m in _PASSWORD_OPTION.finditer(query)]
    found = [s for s in found if s]
    return sorted({*found, *map(unquote, found)} - {""}, key=len, reverse=True)


def hide_secrets(text: str, target: str | None) -> str:
    """`text` with the target's password replaced by *** wherever it appears."""
    for secret in secrets(target):
        text = text.replace(secret, HIDDEN)
    return text


def password(target: str) -> str | None:
    """The password written in a PostgreSQL URL (user part or `password=` option), if any."""
    if scheme(target) not in POSTGRES_SCHEMES:
        return None
    parsed = parse_postgres(target)
    return parsed.password or parsed.options.get("password") or None


def without_password(target: str) -> str:
    """The URL with its password taken out (what may be written to a settings file)."""
    if scheme(target) not in POSTGRES_SCHEMES:
        return target
    name, userinfo, hostport, rest = _split(target)
    user = userinfo.partition(":")[0]
    path, question, query = rest.partition("?")
    query = "&".join(part for part in query.split("&")
                     if part and not part.lower().startswith("password="))
    login = f"{user}@" if userinfo else ""
    return f"{name}://{login}{hostport}{path}{'?' + query if query else ''}"


def with_password(target: str, secret: str) -> str:
    """A password-less PostgreSQL URL with `secret` put in as its password."""
    name, userinfo, hostport, rest = _split(target)
    user = userinfo.partition(":")[0]
    return f"{name}://{user}:{quote(secret, safe='')}@{hostport}{rest}"
