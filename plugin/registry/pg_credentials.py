"""Credentials of a PostgreSQL registry from QGIS's authentication manager (``authcfg=ID``).

A location may name a QGIS authentication configuration instead of a user and password, so no
password is written in a project, the registry or a shell history. libpq does not know
``authcfg``: it is replaced by the user and password the manager holds, only for the
connection the store opens (layers keep ``authcfg`` and let QGIS resolve it).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from qgis.core import QgsApplication, QgsAuthMethodConfig

from ..i18n import tr
from .backend import RegistryError


def _credentials(authcfg: str) -> list[tuple[str, str]]:
    config = QgsAuthMethodConfig()
    manager = QgsApplication.authManager()
    if (manager is None or authcfg not in manager.configIds()
            or not manager.loadAuthenticationConfig(authcfg, config, True)):
        raise RegistryError(
            tr("QGIS's authentication manager has no configuration '{id}' (or its master "
               "password was not given)").format(id=authcfg))
    values = [("user", config.config("username")), ("password", config.config("password"))]
    return [(key, value) for key, value in values if value]


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def with_qgis_credentials(dsn: str) -> str:
    """``dsn`` with ``authcfg=ID`` replaced by that configuration's user and password."""
    if dsn.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(dsn)
        query = parse_qsl(parts.query, keep_blank_values=True)
        authcfg = [value for key, value in query if key == "authcfg"]
        if not authcfg:
            return dsn
        query = [(k, v) for k, v in query if k != "authcfg"] + _credentials(authcfg[0])
        # Written out by hand: urlunsplit drops the "//" of a URI without a host part.
        return f"{parts.scheme}://{parts.netloc}{parts.path}?{urlencode(query, safe='/')}"
    match = re.search(r"(?:^|\s)authcfg=(\S+)", dsn)
    if not match:
        return dsn
    rest = (dsn[:match.start()] + dsn[match.end():]).strip()
    extra = " ".join(f"{key}={_quote(value)}" for key, value in _credentials(match.group(1)))
    return f"{rest} {extra}".strip()
