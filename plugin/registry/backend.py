"""The one interface of a registry, whatever holds it (a GeoPackage file or a PostGIS schema).

Callers open a registry with :func:`plugin.registry.store.open_registry` and only use what this
base class declares, so the plugin, Processing and the command line work on both backends.
The reading conveniences are written once here on top of :meth:`rows`.
"""

from __future__ import annotations

import getpass
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .catalogue import Status
from .errors import RegistryError  # noqa: F401 (re-exported: callers import it from here)
from .model import (
    Network,
    NetworkMember,
    ProtectedArea,
    RangeState,
    RegistryRecord,
    ReintroductionSite,
    Release,
)

Record = TypeVar("Record", bound=RegistryRecord)
Backend = TypeVar("Backend", bound="RegistryBackend")

#: Tables in the order a whole registry is written (parents before children).
COPY_ORDER: tuple[type[RegistryRecord], ...] = (
    RangeState, ProtectedArea, Network, NetworkMember, ReintroductionSite, Release)


@dataclass(frozen=True)
class StatusChange:
    """One row of ``status_history``."""

    entity: str
    entity_id: str
    old_status: str | None
    new_status: str
    changed_at: str
    changed_by: str
    note: str
    #: The database role that made the change (a shared registry); ``changed_by`` is the name
    #: the client gave. Not compared: a copy between backends keeps the same history.
    db_role: str = field(default="", compare=False)


def is_postgis_location(location: object) -> bool:
    """True when ``location`` names a PostgreSQL database rather than a GeoPackage path."""
    text = str(location).strip()
    return text.startswith(("postgresql://", "postgres://")) or bool(re.match(
        r"(service|dbname|host|hostaddr|port|user|password|authcfg)\s*=", text)) or (
        "dbname=" in text and "=" in text.split()[0])


def current_user() -> str:
    """Name written to ``status_history.changed_by`` when the caller gives none: the analyst's
    name from the plugin's settings, else the system user."""
    from ..settings import PluginSettings

    name = PluginSettings.load().analyst_name.strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def redact_location(location: object) -> str:
    """``location`` without any password, for messages, logs and project files.

    A PostgreSQL location is parsed as libpq parses it (see :mod:`.connection`); anything
    else is shown as given.
    """
    from .connection import redact

    text = str(location)
    if is_postgis_location(text) or "password" in text.lower():
        return redact(text)
    return text


class RegistryBackend(ABC):
    """What every registry store offers; see :class:`~plugin.registry.store.RegistryStore`."""

    # ----- life cycle -----------------------------------------------------------------------

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def __enter__(self: Backend) -> Backend:  # ``with RegistryStore.open(...)`` keeps the type
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """One write transaction; nested calls join the outer one. Rolls back on any error."""

    @abstractmethod
    def schema_version(self) -> int:
        """The contract's ``schema_version`` of this registry."""

    # ----- reading --------------------------------------------------------------------------

    @property
    @abstractmethod
    def location(self) -> str:
        """What names this registry to a user (a path, or a connection without password)."""

    @abstractmethod
    def layer_source(self, table: str) -> tuple[str, str]:
        """(data source, provider key) of a QgsVectorLayer on ``table`` of this registry."""

    @abstractmethod
    def query(self, sql: str, params: Iterable[Any] = ()) -> list:
        """Rows of a read-only SQL query; ``?`` marks parameters on both backends."""

    @abstractmethod
    def table_names(self) -> set[str]:
        """Names of the registry's tables."""

    @abstractmethod
    def column_names(self, table: str) -> set[str]:
        """Names of the columns of ``table`` (empty when there is no such table)."""

    @abstractmethod
    def meta(self) -> dict[str, str]:
        """The ``registry_meta`` rows as a dict."""

    @abstractmethod
    def rows(self, table: str, where: str = "", params: Iterable[Any] = ()) -> list[dict]:
        """Raw rows of ``table`` (geometry as QgsGeometry under ``geometry``), in fid order."""

    @property
    def title(self) -> str:
        """The registry's title."""
        return self.meta().get("title") or self.location

    def records(self, model: type[Record], where: str = "", params: Iterable[Any] = ()
                ) -> list[Record]:
        """Validated records of ``model``'s table."""
        return [model.parse(values) for values in self.rows(model.table, where, params)]

    def iter_all_records(self) -> Iterator[RegistryRecord]:
        """Every record of the registry, parents before children (what a copy writes)."""
        for model in COPY_ORDER:
            yield from self.records(model)

    def get(self, model: type[Record], record_id: str) -> Record | None:
        """The record whose id is ``record_id``, or None."""
        found = self.records(model, f'"{model.id_field}" = ?', (record_id,))
        return found[0] if found else None

    def protected_areas(self) -> list[ProtectedArea]:
        """All protected areas."""
        return self.records(ProtectedArea)

    def networks(self) -> list[Network]:
        """All networks."""
        return self.records(Network)

    def members(self, network_id: str | None = None) -> list[NetworkMember]:
        """Network memberships, of one network or all."""
        if network_id is None:
            return self.records(NetworkMember)
        return self.records(NetworkMember, "network_id = ?", (network_id,))

    def range_states(self) -> list[RangeState]:
        """All range states."""
        return self.records(RangeState)

    def sites(self) -> list[ReintroductionSite]:
        """All reintroduction sites."""
        return self.records(ReintroductionSite)

    def releases(self, site_id: str | None = None) -> list[Release]:
        """Releases, of one site or all."""
        if site_id is None:
            return self.records(Release)
        return self.records(Release, "site_id = ?", (site_id,))

    def history(self, entity: str | None = None, entity_id: str | None = None
                ) -> list[StatusChange]:
        """Status history, oldest first, optionally of one entity."""
        clauses, params = [], []
        if entity:
            clauses.append("entity = ?")
            params.append(entity)
        if entity_id:
            clauses.append("entity_id = ?")
            params.append(entity_id)
        rows = self.rows("status_history", " AND ".join(clauses), params)
        return [StatusChange(**{k: r[k] for k in StatusChange.__dataclass_fields__ if k in r})
                for r in rows]

    # ----- writing --------------------------------------------------------------------------

    @abstractmethod
    def add(self, record: RegistryRecord, *, changed_by: str | None = None, note: str = ""
            ) -> None:
        """Insert a validated record; duplicates and dangling references are refused."""

    @abstractmethod
    def update(self, record: RegistryRecord, *, changed_by: str | None = None, note: str = ""
               ) -> None:
        """Replace the record with the same id; a change of status is logged with ``note``."""

    @abstractmethod
    def set_status(self, entity: str, entity_id: str, status: Status | str, *,
                   changed_by: str | None = None, note: str = "") -> None:
        """Change the status of a protected area or network, logging who, when and why."""

    @abstractmethod
    def delete(self, model: type[RegistryRecord], record_id: str) -> None:
        """Delete a record and what hangs on it (memberships, releases)."""

    @abstractmethod
    def remove_member(self, network_id: str, pa_id: str) -> None:
        """Take a protected area out of a network."""

    @abstractmethod
    def set_meta(self, key: str, value: str) -> None:
        """Write a ``registry_meta`` row (``schema_version`` is the store's own)."""

    @abstractmethod
    def replace_history(self, changes: Iterable[StatusChange]) -> None:
        """Put another registry's status history in place of this one's (used by copy)."""
