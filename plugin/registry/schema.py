"""The registry contract, schema version 1: tables, fields and the triggers that keep history."""

from __future__ import annotations

from dataclasses import dataclass

from .catalogue import IUCN_CATEGORIES, SiteStatus, Status, TbcaType
from .gpkg import Column

SCHEMA_VERSION = 1


def _one_of(column: str, values) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    return f"CHECK ({column} IN ({listed}))"


_STATUSES = [s.value for s in Status]


@dataclass(frozen=True)
class TableSpec:
    """A table of the contract."""

    name: str
    geometry_type: str | None
    columns: tuple[Column, ...]
    description: str

    @property
    def field_names(self) -> list[str]:
        """Names of the attribute columns, in order."""
        return [c.name for c in self.columns]


TABLES: dict[str, TableSpec] = {
    t.name: t
    for t in (
        TableSpec("registry_meta", None, (
            Column("key", "TEXT", "NOT NULL UNIQUE"),
            Column("value", "TEXT"),
        ), "Registry metadata: schema_version, title, created_at"),
        TableSpec("range_states", "MULTIPOLYGON", (
            Column("iso3", "TEXT", "NOT NULL UNIQUE"),
            Column("name_en", "TEXT", "NOT NULL"),
            Column("name_ru", "TEXT"),
        ), "Range states of the Central Asian Mammals Initiative"),
        TableSpec("protected_areas", "MULTIPOLYGON", (
            Column("pa_id", "TEXT", "NOT NULL UNIQUE"),
            Column("wdpa_id", "INTEGER"),
            Column("name_en", "TEXT", "NOT NULL"),
            Column("name_ru", "TEXT"),
            Column("name_local", "TEXT"),
            Column("iso3", "TEXT", "NOT NULL"),
            Column("designation", "TEXT"),
            Column("iucn_cat", "TEXT", _one_of("iucn_cat", IUCN_CATEGORIES)),
            Column("status", "TEXT", "NOT NULL " + _one_of("status", _STATUSES)),
            Column("status_year", "INTEGER"),
            Column("area_km2", "REAL"),
            Column("target_species", "TEXT"),
            Column("notes", "TEXT"),
        ), "Protected areas"),
        TableSpec("networks", None, (
            Column("network_id", "TEXT", "NOT NULL UNIQUE"),
            Column("name_en", "TEXT", "NOT NULL"),
            Column("name_ru", "TEXT"),
            Column("tbca_type", "TEXT", "NOT NULL " + _one_of("tbca_type",
                                                              [t.value for t in TbcaType])),
            Column("status", "TEXT", "NOT NULL " + _one_of("status", _STATUSES)),
            Column("status_year", "INTEGER"),
            Column("range_states", "TEXT", "NOT NULL"),
            Column("target_species", "TEXT"),
            Column("notes", "TEXT"),
        ), "Transboundary networks of protected areas"),
        TableSpec("network_members", None, (
            Column("network_id", "TEXT", "NOT NULL"),
            Column("pa_id", "TEXT", "NOT NULL"),
        ), "Protected areas that belong to each network"),
        TableSpec("reintroduction_sites", "POINT", (
            Column("site_id", "TEXT", "NOT NULL UNIQUE"),
            Column("species", "TEXT", "NOT NULL"),
            Column("name_en", "TEXT", "NOT NULL"),
            Column("name_ru", "TEXT"),
            Column("iso3", "TEXT", "NOT NULL"),
            Column("pa_id", "TEXT"),
            Column("site_status", "TEXT", "NOT NULL " + _one_of("site_status",
                                                                [s.value for s in SiteStatus])),
            Column("sensitive", "INTEGER", "NOT NULL DEFAULT 0"),
        ), "Reintroduction sites"),
        TableSpec("releases", None, (
            Column("site_id", "TEXT", "NOT NULL"),
            Column("release_date", "TEXT", "NOT NULL"),
            Column("animals", "INTEGER", "NOT NULL CHECK (animals > 0)"),
            Column("origin", "TEXT"),
        ), "Animals released at reintroduction sites"),
        TableSpec("status_history", None, (
            Column("entity", "TEXT", "NOT NULL"),
            Column("entity_id", "TEXT", "NOT NULL"),
            Column("old_status", "TEXT"),
            Column("new_status", "TEXT", "NOT NULL"),
            Column("changed_at", "TEXT", "NOT NULL"),
            Column("changed_by", "TEXT"),
            Column("note", "TEXT"),
        ), "Every creation and change of status of protected areas and networks"),
    )
}

_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ','now')"


def _history_triggers(table: str, entity: str, id_field: str) -> str:
    """Triggers that write ``status_history`` for any client, QGIS edits included."""
    insert = ("INSERT INTO status_history (entity, entity_id, old_status, new_status, "
              "changed_at, changed_by, note) VALUES")
    return f"""
    CREATE TRIGGER IF NOT EXISTS {table}_history_insert AFTER INSERT ON {table}
    BEGIN {insert} ('{entity}', NEW.{id_field}, NULL, NEW.status, {_NOW}, '', ''); END;
    CREATE TRIGGER IF NOT EXISTS {table}_history_update AFTER UPDATE OF status ON {table}
    WHEN OLD.status IS NOT NEW.status
    BEGIN {insert} ('{entity}', NEW.{id_field}, OLD.status, NEW.status, {_NOW}, '', ''); END;
    """


#: Indexes and history triggers of a version-1 registry: run when it is created, and when a
#: registry written by another tool (ogr2ogr, a GIS) lacks them.
EXTRA_SQL = (
    "CREATE UNIQUE INDEX IF NOT EXISTS network_members_pair "
    "ON network_members (network_id, pa_id);\n"
    "CREATE INDEX IF NOT EXISTS releases_site ON releases (site_id);\n"
    "CREATE INDEX IF NOT EXISTS status_history_entity ON status_history (entity, entity_id);\n"
    + _history_triggers("protected_areas", "protected_area", "pa_id")
    + _history_triggers("networks", "network", "network_id")
)

#: Triggers without which a status could change without history.
HISTORY_TRIGGERS = (
    "protected_areas_history_insert", "protected_areas_history_update",
    "networks_history_insert", "networks_history_update",
)
