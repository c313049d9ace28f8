"""The registry store: one GeoPackage, every write one transaction, every status change logged.

Two processes (QGIS and the command line) may hold the same file: writes take SQLite's write
lock with ``BEGIN IMMEDIATE`` and wait up to ``busy_timeout`` before giving a clear "locked"
error. A refused record raises before anything is written.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from ..i18n import tr
from . import gpkg
from .backend import (
    RegistryBackend,
    RegistryError,
    StatusChange,
    current_user,
    is_postgis_location,
)
from .catalogue import Status
from .errors import RegistryLockedError
from .model import (
    Network,
    NetworkMember,
    ProtectedArea,
    RangeState,
    RecordError,
    RegistryRecord,
    ReintroductionSite,
    Release,
)
from .schema import EXTRA_SQL, HISTORY_TRIGGERS, SCHEMA_VERSION, TABLES
from .site_placement import check_site_placement

LOG = logging.getLogger(__name__)

Record = TypeVar("Record", bound=RegistryRecord)

#: Migrations: MIGRATIONS[n] upgrades a registry of schema version n to n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}

#: Tables added after version 1, created in any registry that lacks them (never demanded).
OPTIONAL_TABLES: dict[str, Callable[[sqlite3.Connection], None]] = {}

ENTITY_MODELS: dict[str, type[RegistryRecord]] = {
    "protected_area": ProtectedArea,
    "network": Network,
}


def _connect(path: Path, busy_timeout_s: float) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=busy_timeout_s, isolation_level=None)
    conn.row_factory = sqlite3.Row
    gpkg.register_functions(conn)
    return conn


def _is_locked(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


class RegistryStore(RegistryBackend):
    """Read and write a registry GeoPackage. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike, *, busy_timeout_s: float = 10.0) -> None:
        """Open an existing registry (see :meth:`open`, which also migrates)."""
        self.path = Path(path)
        self.busy_timeout_s = busy_timeout_s
        self._conn = _connect(self.path, busy_timeout_s)
        self._depth = 0
        self._touched: set[str] = set()
        self._folded_ids: dict[str, set[str]] = {}
        self._signed_at_end = False  # inside signed_writes(): history signed once, at the end

    # ----- creating and opening -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | os.PathLike,
        title: str,
        range_states: Iterable[RangeState] = (),
        *,
        overwrite: bool = False,
    ) -> RegistryStore:
        """Write a new registry at ``path`` (built in a temporary file, then renamed)."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise RegistryError(tr("{path} exists already").format(path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        tmp.unlink(missing_ok=True)
        try:
            conn = _connect(tmp, 10.0)
            try:
                conn.execute("BEGIN")
                gpkg.initialise(conn)
                for spec in TABLES.values():
                    gpkg.create_table(conn, spec.name, list(spec.columns), spec.geometry_type,
                                      spec.description)
                gpkg.run_script(conn, EXTRA_SQL)
                for create_table in OPTIONAL_TABLES.values():
                    create_table(conn)
                now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                conn.executemany(
                    "INSERT INTO registry_meta (key, value) VALUES (?, ?)",
                    [("schema_version", str(SCHEMA_VERSION)), ("title", title),
                     ("created_at", now)],
                )
                conn.execute("COMMIT")
            finally:
                conn.close()
            store = cls(tmp)
            with store.transaction():
                for state in range_states:
                    store.add(state)
            store.close()
            tmp.replace(path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return cls(path)

    @classmethod
    def open(cls, path: str | os.PathLike, *, busy_timeout_s: float = 10.0) -> RegistryStore:
        """Open a registry, refusing newer schemas and migrating older ones after a backup."""
        path = Path(path)
        if not path.is_file():
            raise RegistryError(tr("{path}: no such registry file").format(path=path))
        try:
            store = cls(path, busy_timeout_s=busy_timeout_s)
            version = store.schema_version()
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and _is_locked(error):
                raise RegistryLockedError(
                    tr("The registry {path} is locked by another program that holds it "
                       "exclusively (another QGIS, the command line or a database tool); close "
                       "it there or try again in a moment").format(path=path)) from None
            raise RegistryError(
                tr("{path} is not a registry GeoPackage ({error})").format(path=path, error=error)
            ) from None
        if version > SCHEMA_VERSION:
            store.close()
            raise RegistryError(
                tr("{path} has registry schema version {found}, newer than this plugin knows "
                   "({known}); update the plugin to open it").format(
                    path=path, found=version, known=SCHEMA_VERSION)
            )
        if version < SCHEMA_VERSION:
            store._migrate(version)
        store._create_optional_tables()
        store._ensure_history_triggers()
        return store

    def schema_version(self) -> int:
        """The ``schema_version`` row of ``registry_meta``."""
        try:
            row = self._conn.execute(
                "SELECT value FROM registry_meta WHERE key = 'schema_version'"
            ).fetchone()
        except sqlite3.OperationalError as error:
            if _is_locked(error):
                raise  # open() says it is locked, not that it is no registry
            raise RegistryError(
                tr("{path} has no table registry_meta: not a registry").format(path=self.path)
            ) from None
        if row is None or not str(row[0]).isdigit():
            raise RegistryError(
                tr("{path}: registry_meta has no valid schema_version").format(path=self.path))
        return int(row[0])

    def _migrate(self, version: int) -> Path:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        backup = self.path.with_name(f"{self.path.stem}.v{version}-backup-{stamp}.gpkg")
        with self.transaction():
            # Holding the write lock, copy the file: nobody changes it while we back it up.
            shutil.copy2(self.path, backup)
            while version < SCHEMA_VERSION:
                MIGRATIONS[version](self._conn)
                version += 1
                self._conn.execute(
                    "UPDATE registry_meta SET value = ? WHERE key = 'schema_version'",
                    (str(version),),
                )
        return backup

    def _create_optional_tables(self) -> None:
        existing = self.table_names()
        missing = [name for name in OPTIONAL_TABLES if name not in existing]
        if missing:
            with self.transaction():
                for name in missing:
                    OPTIONAL_TABLES[name](self._conn)

    def _ensure_history_triggers(self) -> None:
        """Add the history triggers and indexes to a registry written by another tool."""
        present = {row[0] for row in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        if all(name in present for name in HISTORY_TRIGGERS):
            return
        try:
            with self.transaction():
                for statement in gpkg.statements(EXTRA_SQL):
                    try:
                        self._conn.execute(statement)
                    except sqlite3.IntegrityError as error:  # duplicated members: `validate`
                        LOG.warning("%s: %s", self.path, error)  # names them; keep the rest
        except (sqlite3.OperationalError, RegistryLockedError) as error:  # a read-only file
            LOG.warning("%s: cannot add the history triggers (%s)", self.path, error)

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    # ----- transactions ---------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; nested calls join the outer one. Rolls back on any error."""
        outer = self._depth == 0
        if outer:
            self._execute("BEGIN IMMEDIATE")
            self._touched = set()
            self._folded_ids = {}
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if outer:
                self._conn.execute("ROLLBACK")
            raise
        self._depth -= 1
        if outer:
            try:
                for table in self._touched:
                    if TABLES.get(table) and TABLES[table].geometry_type:
                        gpkg.update_extent(self._conn, table)
                self._execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    @contextmanager
    def signed_writes(self, *, changed_by: str | None = None, note: str = ""
                      ) -> Iterator[None]:
        """One transaction for many adds and updates (a partner import): the history rows
        they write are signed with ``changed_by`` and ``note`` once, at the end, instead of
        once per record (the ``changed_by`` and ``note`` of each call are not used)."""
        with self.transaction():
            if self._signed_at_end:  # nested: the outer one signs
                yield
                return
            mark = self._history_mark()
            self._signed_at_end = True
            try:
                yield
            finally:
                self._signed_at_end = False
            self._sign_history(mark, changed_by, note)

    def _execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, tuple(params))
        except sqlite3.OperationalError as error:
            if _is_locked(error):
                raise RegistryLockedError(
                    tr("The registry {path} is locked by another program (QGIS or the command "
                       "line is writing to it); try again in a moment").format(path=self.path)
                ) from None
            raise

    # ----- reading ---------------------------------------------------------------------------

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """Rows of a read-only SQL query (counts, joins) on the registry."""
        return self._execute(sql, params).fetchall()

    def layer_source(self, table: str) -> tuple[str, str]:
        """(data source, provider key) of a QgsVectorLayer on ``table`` of this registry."""
        return f"{self.path}|layername={table}", "ogr"

    @property
    def location(self) -> str:
        """What names this registry to a user: the GeoPackage path."""
        return str(self.path)

    def table_names(self) -> set[str]:
        """Names of the tables in the file."""
        rows = self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in rows}

    def column_names(self, table: str) -> set[str]:
        """Names of the columns of ``table`` (empty when there is no such table)."""
        return {row[1] for row in self._conn.execute(f'PRAGMA table_info("{table}")')}

    def meta(self) -> dict[str, str]:
        """The ``registry_meta`` rows as a dict."""
        return {row["key"]: row["value"] for row in self._execute("SELECT * FROM registry_meta")}

    @property
    def title(self) -> str:
        """The registry's title (its file name when it has none)."""
        return self.meta().get("title") or self.path.stem

    def rows(self, table: str, where: str = "", params: Iterable[Any] = ()) -> list[dict]:
        """Raw rows of ``table`` (geometry as QgsGeometry under ``geometry``), in fid order."""
        sql = f'SELECT * FROM "{table}"' + (f" WHERE {where}" if where else "") + " ORDER BY fid"
        result = []
        for row in self._execute(sql, params):
            values = dict(row)
            values.pop("fid", None)
            if "geom" in values:
                values["geometry"] = gpkg.decode_geometry(values.pop("geom"))
            result.append(values)
        return result

    def _exists(self, table: str, field: str, value: Any) -> bool:
        return self._execute(
            f'SELECT 1 FROM "{table}" WHERE "{field}" = ? LIMIT 1', (value,)
        ).fetchone() is not None

    # ----- writing ---------------------------------------------------------------------------

    def _check_references(self, record: RegistryRecord) -> None:
        def require(table: str, field: str, value: Any, what: str) -> None:
            if value is not None and not self._exists(table, field, value):
                raise RecordError(record.table, record.record_id, field,
                                  tr("no {what} '{value}' in the registry").format(
                                      what=what, value=value))

        if isinstance(record, NetworkMember):
            require("networks", "network_id", record.network_id, tr("network"))
            require("protected_areas", "pa_id", record.pa_id, tr("protected area"))
        elif isinstance(record, ReintroductionSite):
            require("protected_areas", "pa_id", record.pa_id, tr("protected area"))
        elif isinstance(record, Release):
            require("reintroduction_sites", "site_id", record.site_id, tr("reintroduction site"))

    def _values(self, record: RegistryRecord) -> dict[str, Any]:
        values = record.row()
        geometry = getattr(record, "geometry", None)
        if geometry is not None:
            values["geom"] = gpkg.encode_geometry(geometry)
        return values

    def add(self, record: RegistryRecord, *, changed_by: str | None = None, note: str = ""
            ) -> None:
        """Insert a validated record; duplicates and dangling references are refused."""
        if isinstance(record, NetworkMember):
            duplicate = self._execute(
                "SELECT 1 FROM network_members WHERE network_id = ? AND pa_id = ?",
                (record.network_id, record.pa_id)).fetchone() is not None
        elif isinstance(record, Release):
            duplicate = False
        else:
            duplicate = False
        if duplicate:
            raise RecordError(record.table, record.record_id, record.id_field,
                              tr("this identifier is already in the registry"))
        with self.transaction():
            folded = self._ids_folded(record)
            if folded is not None:
                # Identifiers compare case-insensitively: "uzb-x" would copy "UZB-X".
                if record.record_id.casefold() in folded:
                    raise RecordError(record.table, record.record_id, record.id_field,
                                      tr("this identifier is already in the registry"))
                folded.add(record.record_id.casefold())
            self._check_references(record)
            if isinstance(record, ReintroductionSite):
                check_site_placement(self, record)  # inside a range state; fills pa_id
            values = self._values(record)
            mark = None if self._signed_at_end else self._history_mark()
            names = ", ".join(f'"{k}"' for k in values)
            marks = ", ".join("?" for _ in values)
            self._execute(f'INSERT INTO "{record.table}" ({names}) VALUES ({marks})',
                          values.values())
            if mark is not None:
                self._sign_history(mark, changed_by, note)
            self._touched.add(record.table)

    def _ids_folded(self, record: RegistryRecord) -> set[str] | None:
        """Ids of ``record``'s table in lower case, read once per outer transaction (so a bulk
        import scans the table once); None for tables without an id of their own."""
        if isinstance(record, (NetworkMember, Release)):
            return None
        if record.table not in self._folded_ids:
            rows = self._execute(f'SELECT "{record.id_field}" FROM "{record.table}"')
            self._folded_ids[record.table] = {str(row[0]).casefold() for row in rows}
        return self._folded_ids[record.table]

    def update(self, record: RegistryRecord, *, changed_by: str | None = None, note: str = ""
               ) -> None:
        """Replace the record with the same id; a change of status is logged with ``note``."""
        if isinstance(record, (NetworkMember, Release)):
            raise RegistryError(tr("{table} rows are added or removed, not updated").format(
                table=record.table))
        with self.transaction():
            if not self._exists(record.table, record.id_field, record.record_id):
                raise RecordError(record.table, record.record_id, record.id_field,
                                  tr("no such record in the registry"))
            self._check_references(record)
            if isinstance(record, ReintroductionSite):
                check_site_placement(self, record)  # inside a range state; fills pa_id
            values = self._values(record)
            mark = None if self._signed_at_end else self._history_mark()
            assignments = ", ".join(f'"{k}" = ?' for k in values)
            self._execute(
                f'UPDATE "{record.table}" SET {assignments} WHERE "{record.id_field}" = ?',
                [*values.values(), record.record_id],
            )
            if mark is not None:
                self._sign_history(mark, changed_by, note)
            self._touched.add(record.table)

    def set_status(self, entity: str, entity_id: str, status: Status | str, *,
                   changed_by: str | None = None, note: str = "") -> None:
        """Change the status of a protected area or network, logging who, when and why."""
        model = ENTITY_MODELS.get(entity)
        if model is None:
            raise RegistryError(tr("unknown entity '{entity}'").format(entity=entity))
        with self.transaction():
            record = self.get(model, entity_id)
            if record is None:
                raise RecordError(model.table, entity_id, model.id_field,
                                  tr("no such record in the registry"))
            changed = model.parse({**record.row(), "geometry": getattr(record, "geometry", None),
                                   "status": status})
            self.update(changed, changed_by=changed_by, note=note)

    def delete(self, model: type[RegistryRecord], record_id: str) -> None:
        """Delete a record and what hangs on it (memberships, releases)."""
        with self.transaction():
            if not self._exists(model.table, model.id_field, record_id):
                raise RecordError(model.table, record_id, model.id_field,
                                  tr("no such record in the registry"))
            self._execute(f'DELETE FROM "{model.table}" WHERE "{model.id_field}" = ?',
                          (record_id,))
            self._folded_ids.pop(model.table, None)
            if model is ProtectedArea:
                self._execute("DELETE FROM network_members WHERE pa_id = ?", (record_id,))
                self._execute("UPDATE reintroduction_sites SET pa_id = NULL WHERE pa_id = ?",
                              (record_id,))
            elif model is Network:
                self._execute("DELETE FROM network_members WHERE network_id = ?", (record_id,))
            elif model is ReintroductionSite:
                self._execute("DELETE FROM releases WHERE site_id = ?", (record_id,))
            self._touched.add(model.table)

    def remove_member(self, network_id: str, pa_id: str) -> None:
        """Take a protected area out of a network."""
        with self.transaction():
            self._execute("DELETE FROM network_members WHERE network_id = ? AND pa_id = ?",
                          (network_id, pa_id))

    def set_meta(self, key: str, value: str) -> None:
        """Write a ``registry_meta`` row (``schema_version`` is the store's own)."""
        if key == "schema_version":
            raise RegistryError(tr("schema_version is kept by the registry itself"))
        with self.transaction():
            self._execute("INSERT INTO registry_meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def replace_history(self, changes: Iterable[StatusChange]) -> None:
        """Put another registry's status history in place of this one's (used by copy)."""
        with self.transaction():
            self._execute("DELETE FROM status_history")
            self._conn.executemany(
                "INSERT INTO status_history (entity, entity_id, old_status, new_status, "
                "changed_at, changed_by, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(c.entity, c.entity_id, c.old_status, c.new_status, c.changed_at,
                  c.changed_by, c.note) for c in changes])

    def _history_mark(self) -> int:
        return self._execute("SELECT coalesce(max(fid), 0) FROM status_history").fetchone()[0]

    def history_mark(self) -> int:
        """The newest row of ``status_history`` now: :meth:`sign_history` signs rows after it."""
        return self._history_mark()

    def sign_history(self, since: int, notes: dict[tuple[str, str], str], *,
                     changed_by: str | None = None) -> int:
        """Sign the unsigned history rows the triggers wrote after ``since``.

        Another client (QGIS saving its attribute table or form) changed statuses directly;
        the triggers logged them without author or note. Each row gets ``changed_by`` (the
        analyst by default) and the note given for its ``(entity, entity_id)``. Returns how
        many rows were signed.
        """
        author = changed_by or current_user()
        with self.transaction():
            rows = self._execute(
                "SELECT fid, entity, entity_id FROM status_history WHERE fid > ? AND "
                "coalesce(changed_by, '') = '' AND coalesce(note, '') = ''", (since,)).fetchall()
            for fid, entity, entity_id in rows:
                self._execute("UPDATE status_history SET changed_by = ?, note = ? WHERE fid = ?",
                              (author, notes.get((entity, entity_id), ""), fid))
        return len(rows)

    def _sign_history(self, mark: int, changed_by: str | None, note: str) -> None:
        """Put author and note on the history rows the triggers just wrote."""
        self._execute(
            "UPDATE status_history SET changed_by = ?, note = ? WHERE fid > ?",
            (changed_by or current_user(), note or "", mark),
        )



def open_registry(location: str | os.PathLike) -> RegistryBackend:
    """Open the registry named by ``location``: a GeoPackage path, or a PostgreSQL connection
    (``postgresql://...`` URI or ``service=NAME``) holding a PostGIS registry."""
    if is_postgis_location(location):
        from .postgis_store import PostgisRegistryStore

        return PostgisRegistryStore.open(str(location))
    return RegistryStore.open(location)


def create_registry(location: str | os.PathLike, title: str,
                    range_states: Iterable[RangeState] = (), *, overwrite: bool = False
                    ) -> RegistryBackend:
    """Create an empty registry at ``location`` (either backend, see :func:`open_registry`)."""
    if is_postgis_location(location):
        from .postgis_store import PostgisRegistryStore

        return PostgisRegistryStore.create(str(location), title, range_states,
                                           overwrite=overwrite)
    return RegistryStore.create(location, title, range_states, overwrite=overwrite)
