"""The registry on PostgreSQL/PostGIS: one schema (``tbpa``) shared by several agencies.

Same contract and behaviour as the GeoPackage store, plus what a shared database needs:

* the schema comes from the numbered files in ``postgis_sql/`` (applied in order, recorded in
  ``schema_migrations``), with real keys, CHECKs, GiST indexes and the history triggers;
* row-level security lets an editor role of a range state (``tbpa_editor_kaz``) write only its
  own country's rows; a refusal raises :class:`RegistryAccessError` naming the rule;
* every row carries ``row_version``; writing a record whose version changed since this store read
  it raises :class:`StaleRecordError` naming who changed it and when, never overwriting.

A location is a ``postgresql://`` URI or a libpq string such as ``service=tbpa`` (credentials
from ``pg_service.conf``/``.pgpass``, or ``authcfg=ID`` from QGIS's authentication manager);
``schema=NAME`` in either picks another schema.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..i18n import tr
from .backend import Record, RegistryBackend, RegistryError, StatusChange, current_user
from .catalogue import Status
from .connection import PgConnection
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
from .pg_credentials import with_qgis_credentials
from .schema import SCHEMA_VERSION, TABLES
from .site_placement import check_site_placement

LOG = logging.getLogger(__name__)
SQL_DIR = Path(__file__).with_name("postgis_sql")
_VERSIONED = {"range_states", "protected_areas", "networks", "reintroduction_sites"}
_BOOKKEEPING = ("fid", "row_version", "updated_at", "updated_by")
_ENTITY_MODELS: dict[str, type[RegistryRecord]] = {
    "protected_area": ProtectedArea, "network": Network}
#: Tables read through a view that shows each role what it may read (migration 008).
_SHARED_VIEWS = {"reintroduction_sites": "reintroduction_sites_shared"}
#: First key of the advisory lock an owner holds while it migrates a registry schema.
_MIGRATION_LOCK = 7_301_713
def _rule_meaning(rule: str) -> str:
    """What a row-level security rule of ``002_access.sql`` allows, for the user."""
    return {
        "editor_of_own_country_insert": tr(
            "only an editor of the record's country (role tbpa_editor_<iso3>; for networks, "
            "of one of its range states) may add it"),
        "editor_of_own_country_update": tr(
            "only an editor of the record's country (role tbpa_editor_<iso3>; for networks, "
            "of one of its range states) may change it"),
        "editor_of_own_country_delete": tr(
            "only an editor of the record's country (role tbpa_editor_<iso3>; for networks, "
            "of one of its range states) may delete it"),
    }.get(rule, rule)


class RegistryAccessError(RegistryError):
    """The database refused a write under its access rules (row-level security, privileges)."""


class StaleRecordError(RegistryError):
    """A record was changed by someone else since this store read it."""


def migration_files() -> list[tuple[int, Path]]:
    """The numbered schema files, in order: ``001_schema.sql`` is version 1."""
    found = []
    for path in sorted(SQL_DIR.glob("[0-9][0-9][0-9]_*.sql")):
        found.append((int(path.name[:3]), path))
    return found


def split_location(location: str) -> tuple[str, str]:
    """(libpq keyword/value string, schema name) of a location (see :class:`PgConnection`)."""
    connection = PgConnection.parse(location)
    return connection.libpq_dsn(), connection.schema


def _wkb(geometry: Any) -> bytes:
    return bytes(geometry.asWkb())


class PostgisRegistryStore(RegistryBackend):
    """Read and write a registry kept in a PostGIS schema. Use as a context manager."""

    def __init__(self, location: str, *, lock_timeout_s: float = 10.0) -> None:
        """Connect (see :meth:`open`, which also checks and migrates the schema)."""
        import psycopg2
        import psycopg2.extras

        self._psycopg2 = psycopg2
        self._connection = PgConnection.parse(location)
        self.schema = self._connection.schema
        connection = with_qgis_credentials(self._connection)
        try:
            self._conn = psycopg2.connect(connection.libpq_dsn(), connect_timeout=15,
                                          application_name="TBPA Registry",
                                          cursor_factory=psycopg2.extras.DictCursor)
        except psycopg2.Error as error:
            raise RegistryError(tr("Cannot connect to {location}: {error}").format(
                location=self.location,
                error=connection.scrub(str(error).strip()))) from None
        self._conn.autocommit = True
        self._depth = 0
        self._versions: dict[tuple[str, str], int] = {}
        self._columns: dict[str, list[str]] = {}
        self._relations: dict[str, bool] = {}
        self._set_search_path()
        self._execute("SET lock_timeout = %s", (f"{int(lock_timeout_s * 1000)}ms",))

    # ----- creating and opening -------------------------------------------------------------

    @classmethod
    def create(cls, location: str, title: str, records: Iterable[RegistryRecord] = (), *,
               overwrite: bool = False) -> PostgisRegistryStore:
        """Create the registry schema and write ``records`` (range states first), all or none."""
        store = cls(location)
        try:
            exists = store._query_value(
                "SELECT count(*) FROM pg_namespace WHERE nspname = %s", (store.schema,))
            if exists and not overwrite:
                raise RegistryError(tr("{location}: schema {schema} exists already").format(
                    location=store.location, schema=store.schema))
            store._refuse_public_create()
            with store.transaction():
                if exists:
                    store._execute(f'DROP SCHEMA "{store.schema}" CASCADE')
                if not store._query_value(
                        "SELECT count(*) FROM pg_extension WHERE extname = 'postgis'"):
                    store._execute("CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public")
                    store._set_search_path()
                store._execute(f'CREATE SCHEMA "{store.schema}"')
                store._execute(
                    "CREATE TABLE schema_migrations (version integer PRIMARY KEY, "
                    "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
                store._apply_migrations(0)
                now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                for key, value in (("schema_version", str(SCHEMA_VERSION)), ("title", title),
                                   ("created_at", now)):
                    store._execute("INSERT INTO registry_meta (key, value) VALUES (%s, %s)",
                                   (key, value))
                for record in records:
                    store.add(record)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open(cls, location: str, *, lock_timeout_s: float = 10.0) -> PostgisRegistryStore:
        """Open a registry schema, refusing newer contracts and applying pending SQL files."""
        store = cls(location, lock_timeout_s=lock_timeout_s)
        try:
            if "registry_meta" not in store.table_names():
                raise RegistryError(tr("{location}: no registry in schema {schema} (create one "
                                       "with `python -m plugin new`)").format(
                    location=store.location, schema=store.schema))
            version = store.schema_version()
            if version > SCHEMA_VERSION:
                raise RegistryError(
                    tr("{path} has registry schema version {found}, newer than this plugin "
                       "knows ({known}); update the plugin to open it").format(
                        path=store.location, found=version, known=SCHEMA_VERSION))
            applied = store._applied_version()
            if applied < migration_files()[-1][0]:
                try:
                    with store.transaction():
                        # One owner migrates; the others wait here, then find nothing to do.
                        store._execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))",
                                       (_MIGRATION_LOCK, store.schema))
                        store._apply_migrations(store._applied_version())
                except RegistryAccessError as error:
                    raise RegistryError(tr("{location}: the schema needs an update that only "
                                           "its owner may run ({error})").format(
                        location=store.location, error=error)) from None
        except BaseException:
            store.close()
            raise
        return store

    def _applied_version(self) -> int:
        """The highest numbered SQL file recorded in ``schema_migrations``."""
        return self._query_value("SELECT coalesce(max(version), 0) FROM schema_migrations")

    def _set_search_path(self) -> None:
        """Registry schema, catalog, PostGIS; pg_temp named last so no TEMP table shadows."""
        self._execute(f'SET search_path TO "{self.schema}", pg_catalog, '
                      f"{self._postgis_schema()}, pg_temp")

    def _postgis_schema(self) -> str:
        """The quoted schema PostGIS is installed in (``public`` when not installed yet)."""
        name = self._query_value(
            "SELECT quote_ident(n.nspname) FROM pg_extension e "
            "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis'")
        return name or "public"

    def _refuse_public_create(self) -> None:
        """Refuse a database where every role may create objects in a schema (``public``).

        Such a schema lets any login plant functions and operators that a registry function
        or the owner's session might call; PostgreSQL 15 no longer grants it, older clusters
        and some DBAs do.
        """
        writable = [row[0] for row in self._execute(
            "SELECT n.nspname FROM pg_namespace n, "
            "aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) AS acl "
            "WHERE acl.grantee = 0 AND acl.privilege_type = 'CREATE' ORDER BY 1")]
        if writable:
            schemas = ", ".join(writable)
            raise RegistryAccessError(tr(
                "{location}: every role may create objects in schema {schemas} of this "
                "database, so any login could take over a registry kept there; ask the "
                "database's owner to run REVOKE CREATE ON SCHEMA {first} FROM PUBLIC; and "
                "try again").format(location=self.location, schemas=schemas,
                                    first=writable[0]))

    def _apply_migrations(self, applied: int) -> None:
        postgis = self._postgis_schema()
        for number, path in migration_files():
            if number <= applied:
                continue
            LOG.info("Applying %s to %s", path.name, self.location)
            sql = (path.read_text(encoding="utf-8").replace("@SCHEMA@", f'"{self.schema}"')
                   .replace("@POSTGIS@", postgis))
            self._execute(sql)
            self._execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                          (number, path.name))

    def schema_version(self) -> int:
        """The contract's ``schema_version`` row of ``registry_meta``."""
        value = self.meta().get("schema_version", "")
        if not value.isdigit():
            raise RegistryError(tr("{path}: registry_meta has no valid schema_version").format(
                path=self.location))
        return int(value)

    def close(self) -> None:
        """Close the connection."""
        if not self._conn.closed:
            self._conn.close()

    # ----- transactions and errors ----------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; nested calls join the outer one. Rolls back on any error."""
        outer = self._depth == 0
        if outer:
            self._execute("BEGIN")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if outer:
                self._conn.cursor().execute("ROLLBACK")
            raise
        self._depth -= 1
        if outer:
            self._execute("COMMIT")

    def _execute(self, sql: str, params: Iterable[Any] | None = None, *,
                 subject: str | None = None):
        cursor = self._conn.cursor()
        try:
            cursor.execute(sql, None if params is None else tuple(params))
        except self._psycopg2.Error as error:
            raise self._translate(error, subject) from None
        return cursor

    def _translate(self, error: Exception, subject: str | None = None) -> Exception:
        """A user message for a database error, naming the rule that refused the write."""
        errors = self._psycopg2.errors
        text = (getattr(error, "pgerror", None) or str(error)).strip().splitlines()[0]
        text = text.removeprefix("ERROR:").strip()
        if isinstance(error, errors.InsufficientPrivilege):
            match = re.search(r'policy "(\w+)" for table "(\w+)"', text)
            if match:
                rule, table = match.groups()
                return RegistryAccessError(
                    tr("{table}: refused by the rule {rule} ({meaning}); you are connected as "
                       "{role}").format(table=subject or table, rule=rule,
                                        meaning=_rule_meaning(rule), role=self._role()))
            return RegistryAccessError(tr("{location}: refused by the database's privileges "
                                          "({error}); you are connected as {role}").format(
                location=self.location, error=text, role=self._role()))
        if isinstance(error, errors.SerializationFailure):
            return StaleRecordError(text)
        if isinstance(error, errors.LockNotAvailable):
            return RegistryLockedError(tr("The registry {path} is locked by another program; "
                                          "try again in a moment").format(path=self.location))
        return RegistryError(tr("{location}: the database refused the operation: "
                                "{error}").format(location=self.location, error=text))

    def _role(self) -> str:
        return str(self._conn.get_dsn_parameters().get("user", "?"))

    def _sign(self, changed_by: str | None, note: str) -> None:
        """Set who and why for the history trigger, for this transaction only."""
        self._execute("SELECT set_config('tbpa.changed_by', %s, true), "
                      "set_config('tbpa.note', %s, true)", (changed_by or current_user(),
                                                              note or ""))

    # ----- reading ---------------------------------------------------------------------------

    def _query_value(self, sql: str, params: Iterable[Any] | None = None) -> Any:
        row = self._execute(sql, params).fetchone()
        return None if row is None else row[0]

    def query(self, sql: str, params: Iterable[Any] = ()) -> list:
        """Rows of a read-only SQL query; ``?`` marks parameters (as on the GeoPackage)."""
        params = tuple(params)
        if params:
            sql = sql.replace("%", "%%").replace("?", "%s")
        return self._execute(sql, params or None).fetchall()

    def layer_source(self, table: str) -> tuple[str, str]:
        """(data source, ``postgres``) for QGIS's native provider: no password in it."""
        from qgis.core import QgsDataSourceUri

        from ..qgis_compat import WKB_MULTI_POLYGON, WKB_POINT

        uri = QgsDataSourceUri()
        settings = self._conn.get_dsn_parameters()
        service = self._connection.get("service")
        authcfg = self._connection.authcfg
        if service:
            uri.setConnection(service, settings.get("dbname", ""),
                              "", "", QgsDataSourceUri.SslMode.SslPrefer,
                              authcfg)
        else:
            uri.setConnection(settings.get("host", ""), settings.get("port", "5432"),
                              settings.get("dbname", ""), settings.get("user", ""), "",
                              QgsDataSourceUri.SslMode.SslPrefer,
                              authcfg)
        spec = TABLES.get(table)
        relation = table
        if table in _SHARED_VIEWS and not self._query_value("SELECT is_registry_admin()"):
            relation = _SHARED_VIEWS[table]  # what this role may read (sensitive sites)
        uri.setDataSource(self.schema, relation,
                          "geom" if spec and spec.geometry_type else None,
                          "", "fid")
        if spec and spec.geometry_type:
            uri.setSrid("4326")
            wkb_type = {"MULTIPOLYGON": WKB_MULTI_POLYGON, "POINT": WKB_POINT}
            uri.setWkbType(wkb_type[spec.geometry_type])
        return uri.uri(False), "postgres"

    @property
    def location(self) -> str:
        """The connection as given, without password: open_registry(location) reopens it."""
        return self._connection.display

    def table_names(self) -> set[str]:
        """Names of the tables of the registry schema."""
        rows = self._execute("SELECT table_name FROM information_schema.tables "
                             "WHERE table_schema = %s", (self.schema,))
        return {row[0] for row in rows}

    def column_names(self, table: str) -> set[str]:
        """Names of the columns of ``table``."""
        return set(self._table_columns(table))

    def _table_columns(self, table: str) -> list[str]:
        if table not in self._columns:
            rows = self._execute("SELECT column_name FROM information_schema.columns "
                                 "WHERE table_schema = %s AND table_name = %s "
                                 "ORDER BY ordinal_position", (self.schema, table))
            self._columns[table] = [row[0] for row in rows]
        return self._columns[table]

    def meta(self) -> dict[str, str]:
        """The ``registry_meta`` rows as a dict."""
        return {row[0]: row[1] for row in self._execute("SELECT key, value FROM registry_meta")}

    def records(self, model: type[Record], where: str = "", params: Iterable[Any] = ()
                ) -> list[Record]:
        """Validated records of ``model``'s table.

        Remembers each record's version: a later :meth:`update` of it is refused if someone
        else changed it in between.
        """
        return [model.parse(values)
                for values in self.rows(model.table, where, params, remember_versions=True)]

    def rows(self, table: str, where: str = "", params: Iterable[Any] = (), *,
             remember_versions: bool = False) -> list[dict]:
        """Raw rows of ``table`` (geometry as QgsGeometry under ``geometry``), in fid order."""
        from qgis.core import QgsGeometry

        columns = self._table_columns(table)
        if not columns:
            raise RegistryError(tr("{location}: no table {table}").format(
                location=self.location, table=table))
        select = ", ".join('ST_AsBinary(geom) AS geom' if c == "geom" else f'"{c}"'
                           for c in columns)
        sql = (f"SELECT {select} FROM {self._read_relation(table)}"
               + (f" WHERE {where}" if where else ""))
        params = tuple(params)
        if params:
            sql = sql.replace("%", "%%").replace("?", "%s")
        result = []
        spec = TABLES.get(table)
        # A record read as a record (remember_versions) takes the version read now; a raw read
        # only gives a version to records this store never read (a partner import writes what
        # it read raw; a lookup made while writing does not refresh an older read).
        id_field = spec.columns[0].name if spec and table in _VERSIONED else None
        for row in self._execute(sql + " ORDER BY fid", params or None):
            values = dict(row)
            if id_field:
                key = (table, str(values[id_field]))
                if remember_versions:
                    self._versions[key] = values["row_version"]
                else:
                    self._versions.setdefault(key, values["row_version"])
            for name in _BOOKKEEPING:
                values.pop(name, None)
            if "geom" in values:
                wkb = values.pop("geom")
                geometry = QgsGeometry()
                if wkb is not None:
                    geometry.fromWkb(bytes(wkb))
                values["geometry"] = geometry
            result.append(values)
        return result

    def _read_relation(self, table: str) -> str:
        """The quoted relation to read ``table`` from: its shared view when it has one.

        Sensitive reintroduction sites are read through ``reintroduction_sites_shared``
        (migration 008): exact for their country's editors and admins, generalised for others.
        """
        view = _SHARED_VIEWS.get(table)
        if view is not None and self._has_relation(view):
            return f'"{view}"'
        return f'"{table}"'

    def _has_relation(self, name: str) -> bool:
        if name not in self._relations:
            self._relations[name] = bool(self._query_value(
                "SELECT count(*) FROM pg_class WHERE relnamespace = %s::regnamespace "
                "AND relname = %s", (f'"{self.schema}"', name)))
        return self._relations[name]

    def _exists(self, table: str, field: str, value: Any) -> bool:
        return self._execute(f'SELECT 1 FROM {self._read_relation(table)} '
                             f'WHERE "{field}" = %s LIMIT 1',
                             (value,)).fetchone() is not None

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

    def _check_placement(self, record: RegistryRecord) -> None:
        """Same rule as the GeoPackage store: a site lies in a range state; fills its pa_id."""
        if isinstance(record, ReintroductionSite):
            check_site_placement(self, record)

    def _assignments(self, record: RegistryRecord) -> tuple[list[str], list[str], list[Any]]:
        """(column names, SQL value expressions, parameters) of a record."""
        names, expressions, params = [], [], []
        for name, value in record.row().items():
            names.append(f'"{name}"')
            expressions.append("%s")
            params.append(value)
        geometry = getattr(record, "geometry", None)
        if geometry is not None:
            names.append("geom")
            expressions.append("ST_GeomFromWKB(%s, 4326)")
            params.append(self._psycopg2.Binary(_wkb(geometry)))
        return names, expressions, params

    def add(self, record: RegistryRecord, *, changed_by: str | None = None, note: str = ""
            ) -> None:
        """Insert a validated record; duplicates and dangling references are refused."""
        with self.transaction():
            if isinstance(record, NetworkMember):
                duplicate = self._execute(
                    "SELECT 1 FROM network_members WHERE network_id = %s AND pa_id = %s",
                    (record.network_id, record.pa_id)).fetchone() is not None
            elif isinstance(record, Release):
                duplicate = False
            else:
                duplicate = self._exists(record.table, record.id_field, record.record_id)
            if duplicate:
                raise RecordError(record.table, record.record_id, record.id_field,
                                  tr("this identifier is already in the registry"))
            self._check_references(record)
            self._check_placement(record)
            names, expressions, params = self._assignments(record)
            self._sign(changed_by, note)
            returning = " RETURNING row_version" if record.table in _VERSIONED else ""
            cursor = self._execute(
                f'INSERT INTO "{record.table}" ({", ".join(names)}) '
                f'VALUES ({", ".join(expressions)}){returning}', params,
                subject=f"{record.table} '{record.record_id}'")
            if returning:
                self._versions[(record.table, record.record_id)] = cursor.fetchone()[0]

    def update(self, record: RegistryRecord, *, changed_by: str | None = None, note: str = "",
               expected_version: int | None = None) -> None:
        """Replace the record with the same id; refused when it changed since it was read.

        The version checked is ``expected_version``, else the one this store last read; a
        record this store never read is refused (it cannot tell whether someone changed it
        since it was read elsewhere). The database holds every other client to the same rule.
        """
        if isinstance(record, (NetworkMember, Release)):
            raise RegistryError(tr("{table} rows are added or removed, not updated").format(
                table=record.table))
        key = (record.table, record.record_id)
        with self.transaction():
            current = self._version_row(record.table, record.id_field, record.record_id)
            if current is None:
                raise RecordError(record.table, record.record_id, record.id_field,
                                  tr("no such record in the registry"))
            expected = expected_version or self._versions.get(key)
            if expected is None:
                raise StaleRecordError(tr(
                    "{table} '{record}': read it from the registry before changing it (this "
                    "connection never read it, so it cannot tell whether someone changed it "
                    "since)").format(table=record.table, record=record.record_id))
            self._check_references(record)
            self._check_placement(record)
            names, expressions, params = self._assignments(record)
            self._sign(changed_by, note)
            assignments = ", ".join(f"{n} = {e}" for n, e in zip(names, expressions, strict=True))
            row = self._execute(
                f'UPDATE "{record.table}" SET {assignments} '
                f'WHERE "{record.id_field}" = %s AND row_version = %s RETURNING row_version',
                [*params, record.record_id, expected],
                subject=f"{record.table} '{record.record_id}'").fetchone()
            if row is None:
                self._refuse_write(record.table, record.id_field, record.record_id, expected,
                                   "editor_of_own_country_update")
            self._versions[key] = row[0]

    def _version_row(self, table: str, id_field: str, record_id: str):
        return self._execute(
            f'SELECT row_version, updated_by, updated_at FROM "{table}" WHERE "{id_field}" = %s',
            (record_id,)).fetchone()

    def _refuse_write(self, table: str, id_field: str, record_id: str, expected: int,
                      rule: str) -> None:
        """Say why an UPDATE/DELETE touched no row: a newer version, or the access rule."""
        now = self._version_row(table, id_field, record_id)
        if now is not None and now[0] != expected:
            when = now[2].astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
            raise StaleRecordError(
                tr("{table} '{record}' was changed by {who} at {when} since you read it "
                   "(version {read}, now {current}); reload it and make your change "
                   "again").format(table=table, record=record_id, who=now[1], when=when,
                                   read=expected, current=now[0]))
        raise RegistryAccessError(
            tr("{table} '{record}': refused by the rule {rule} ({meaning}); you are connected "
               "as {role}").format(table=table, record=record_id, rule=rule,
                                   meaning=_rule_meaning(rule), role=self._role()))

    def set_status(self, entity: str, entity_id: str, status: Status | str, *,
                   changed_by: str | None = None, note: str = "") -> None:
        """Change the status of a protected area or network, logging who, when and why."""
        model = _ENTITY_MODELS.get(entity)
        if model is None:
            raise RegistryError(tr("unknown entity '{entity}'").format(entity=entity))
        with self.transaction():
            # Lock the row first: a status change applies to the newest version, not a copy.
            self._execute(f'SELECT 1 FROM "{model.table}" WHERE "{model.id_field}" = %s '
                          "FOR UPDATE", (entity_id,))
            record = self.get(model, entity_id)
            if record is None:
                raise RecordError(model.table, entity_id, model.id_field,
                                  tr("no such record in the registry"))
            changed = model.parse({**record.row(), "geometry": getattr(record, "geometry", None),
                                   "status": status})
            self.update(changed, changed_by=changed_by, note=note)

    def delete(self, model: type[RegistryRecord], record_id: str) -> None:
        """Delete a record; memberships and releases go with it (foreign keys cascade)."""
        with self.transaction():
            if model.table in _VERSIONED:
                current = self._version_row(model.table, model.id_field, record_id)
            else:
                current = (0,) if self._exists(model.table, model.id_field, record_id) else None
            if current is None:
                raise RecordError(model.table, record_id, model.id_field,
                                  tr("no such record in the registry"))
            deleted = self._execute(
                f'DELETE FROM "{model.table}" WHERE "{model.id_field}" = %s', (record_id,))
            if deleted.rowcount == 0:
                self._refuse_write(model.table, model.id_field, record_id, current[0],
                                   "editor_of_own_country_delete")
            self._versions.pop((model.table, record_id), None)

    def remove_member(self, network_id: str, pa_id: str) -> None:
        """Take a protected area out of a network."""
        with self.transaction():
            self._execute("DELETE FROM network_members WHERE network_id = %s AND pa_id = %s",
                          (network_id, pa_id))

    def set_meta(self, key: str, value: str) -> None:
        """Write a ``registry_meta`` row (``schema_version`` is the store's own)."""
        if key == "schema_version":
            raise RegistryError(tr("schema_version is kept by the registry itself"))
        with self.transaction():
            self._execute("INSERT INTO registry_meta (key, value) VALUES (%s, %s) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def replace_history(self, changes: Iterable[StatusChange]) -> None:
        """Put another registry's status history in place of this one's (used by copy)."""
        with self.transaction():
            self._execute("DELETE FROM status_history")
            for change in changes:
                self._execute(
                    "INSERT INTO status_history (entity, entity_id, old_status, new_status, "
                    "changed_at, changed_by, note) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                    (change.entity, change.entity_id, change.old_status, change.new_status,
                     change.changed_at, change.changed_by, change.note))

    def drop(self) -> None:
        """Remove the whole registry schema (used when a copy into it fails)."""
        self._execute(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE')


__all__ = ["PostgisRegistryStore", "RangeState", "RegistryAccessError", "StaleRecordError"]
