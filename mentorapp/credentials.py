"""A PostgreSQL password is kept in the system keyring (the `keyring` package: Windows
Credential Locker, macOS Keychain, the Secret Service on Linux), never in a settings file.

A settings file holds the URL without its password; the keyring holds the password under that
URL. Where the machine has no keyring, the password is not kept at all and the app asks for it.
"""

from __future__ import annotations

import contextlib

from mentorapp import urls
from mentorapp.errors import UserError
from mentorapp.translations import _

SERVICE = "MentorApp"


def remember(target: str) -> str:
    """Keep the URL's password in the keyring; returns the URL without it (to be saved)."""
    secret = urls.password(target)
    if not secret:
        return target
    bare = urls.without_password(target)
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, bare, secret)
    except KeyringError as exc:
        raise UserError(_("This computer has no system keyring to keep the database password "
                          "in ({reason}). Leave the password out of the URL: MentorApp asks "
                          "for it at start.").format(reason=type(exc).__name__)) from None
    return bare


def recall(target: str) -> str:
    """The URL with the password kept for it in the keyring, when there is one."""
    if urls.scheme(target) not in urls.POSTGRES_SCHEMES or urls.password(target):
        return target
    import keyring
    from keyring.errors import KeyringError

    try:
        secret = keyring.get_password(SERVICE, target)
    except KeyringError:
        return target
    return urls.with_password(target, secret) if secret else target


def forget(target: str) -> None:
    """Drop a kept password (when the user chooses another database)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, urls.without_password(target))
