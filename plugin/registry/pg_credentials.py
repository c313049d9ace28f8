"""Credentials of a PostgreSQL registry from QGIS's authentication manager (``authcfg=ID``).

A location may name a QGIS authentication configuration instead of a user and password, so no
password is written in a project, the registry or a shell history. libpq does not know
``authcfg``: it is replaced by the user and password the manager holds, only for the
connection the store opens (layers keep ``authcfg`` and let QGIS resolve it).
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsAuthMethodConfig

from ..i18n import tr
from .backend import RegistryError
from .connection import PgConnection


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


def with_qgis_credentials(connection: PgConnection) -> PgConnection:
    """``connection`` with ``authcfg=ID`` replaced by that configuration's user and password."""
    if not connection.authcfg:
        return connection
    return connection.with_pairs(_credentials(connection.authcfg), drop=("authcfg",))
