"""Just enough of the GeoPackage format to keep the registry with the standard ``sqlite3`` module.

Writing through ``sqlite3`` (not OGR) gives the store real transactions, ``BEGIN IMMEDIATE``
locking and a busy timeout. The file stays a standard GeoPackage 1.2 that QGIS and GDAL open:
geometries are GeoPackage binary blobs (header + ISO WKB), every spatial table has an R-tree
index kept by the standard triggers, whose ``ST_*`` functions are registered on each connection.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass

from qgis.core import QgsGeometry

WGS84_SRS_ID = 4326
_APPLICATION_ID = 0x47504B47  # "GPKG"
_USER_VERSION = 10200  # GeoPackage 1.2

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)


@dataclass(frozen=True)
class Column:
    """A column of a registry table: name, SQL type and extra constraint text."""

    name: str
    sql_type: str
    constraint: str = ""


def initialise(conn: sqlite3.Connection) -> None:
    """Make an empty SQLite file a GeoPackage (the mandatory tables and SRS rows)."""
    conn.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {_USER_VERSION}")
    run_script(
        conn,
        """
        CREATE TABLE gpkg_spatial_ref_sys (
            srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
            description TEXT);
        CREATE TABLE gpkg_contents (
            table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
            identifier TEXT UNIQUE, description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (
            table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
            z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
            CONSTRAINT uk_gc_table_name UNIQUE (table_name),
            CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
            CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        CREATE TABLE gpkg_extensions (
            table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
            definition TEXT NOT NULL, scope TEXT NOT NULL,
            CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
        CREATE TABLE gpkg_ogr_contents (
            table_name TEXT NOT NULL PRIMARY KEY, feature_count INTEGER DEFAULT NULL);
        """
    )
    conn.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic"),
            ("WGS 84 geodetic", WGS84_SRS_ID, "EPSG", 4326, _WGS84_WKT, "longitude/latitude"),
        ],
    )


def create_table(
    conn: sqlite3.Connection,
    table: str,
    columns: list[Column],
    geometry_type: str | None = None,
    description: str = "",
) -> None:
    """Create a feature table (with ``geometry_type``) or an attribute table, registered."""
    parts = ["fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
    if geometry_type:
        parts.append(f"geom {geometry_type.upper()}")
    parts += [f'"{c.name}" {c.sql_type} {c.constraint}'.strip() for c in columns]
    conn.execute(f'CREATE TABLE "{table}" ({", ".join(parts)})')
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, ?, ?, ?, ?)",
        (table, "features" if geometry_type else "attributes", table, description,
         WGS84_SRS_ID if geometry_type else None),
    )
    _count_features(conn, table)
    if geometry_type:
        conn.execute(
            "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
            (table, geometry_type.upper(), WGS84_SRS_ID),
        )
        _create_rtree(conn, table)


def _count_features(conn: sqlite3.Connection, table: str) -> None:
    """Keep ``gpkg_ogr_contents.feature_count`` as GDAL does; QGIS relies on it for counts."""
    conn.execute("INSERT INTO gpkg_ogr_contents VALUES (?, 0)", (table,))
    run_script(
        conn,
        f"""
        CREATE TRIGGER "trigger_insert_feature_count_{table}" AFTER INSERT ON "{table}"
        BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count + 1
              WHERE lower(table_name) = lower('{table}'); END;
        CREATE TRIGGER "trigger_delete_feature_count_{table}" AFTER DELETE ON "{table}"
        BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count - 1
              WHERE lower(table_name) = lower('{table}'); END;
        """,
    )


def _create_rtree(conn: sqlite3.Connection, table: str) -> None:
    """The GeoPackage R-tree extension on ``table.geom`` with its six standard triggers."""
    rtree = f"rtree_{table}_geom"
    conn.execute(
        "INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
        "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
        (table,),
    )
    conn.execute(f'CREATE VIRTUAL TABLE "{rtree}" USING rtree(id, minx, maxx, miny, maxy)')
    bbox = "ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)"
    run_script(
        conn,
        f"""
        CREATE TRIGGER "{rtree}_insert" AFTER INSERT ON "{table}"
        WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO "{rtree}" VALUES (NEW.fid, {bbox}); END;
        CREATE TRIGGER "{rtree}_update1" AFTER UPDATE OF geom ON "{table}"
        WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN INSERT OR REPLACE INTO "{rtree}" VALUES (NEW.fid, {bbox}); END;
        CREATE TRIGGER "{rtree}_update2" AFTER UPDATE OF geom ON "{table}"
        WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM "{rtree}" WHERE id = OLD.fid; END;
        CREATE TRIGGER "{rtree}_update3" AFTER UPDATE ON "{table}"
        WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM "{rtree}" WHERE id = OLD.fid;
              INSERT OR REPLACE INTO "{rtree}" VALUES (NEW.fid, {bbox}); END;
        CREATE TRIGGER "{rtree}_update4" AFTER UPDATE ON "{table}"
        WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN DELETE FROM "{rtree}" WHERE id IN (OLD.fid, NEW.fid); END;
        CREATE TRIGGER "{rtree}_delete" AFTER DELETE ON "{table}" WHEN old.geom NOT NULL
        BEGIN DELETE FROM "{rtree}" WHERE id = OLD.fid; END;
        """
    )


def update_extent(conn: sqlite3.Connection, table: str) -> None:
    """Store the table's extent in ``gpkg_contents`` (QGIS shows it before reading features)."""
    rtree = f"rtree_{table}_geom"
    row = conn.execute(
        f'SELECT min(minx), min(miny), max(maxx), max(maxy) FROM "{rtree}"'
    ).fetchone()
    conn.execute(
        "UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=?, "
        "last_change=strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name=?",
        (*row, table),
    )


def encode_geometry(geometry: QgsGeometry, srs_id: int = WGS84_SRS_ID) -> bytes:
    """GeoPackage binary: ``GP`` header with the xy envelope, then the geometry's WKB."""
    wkb = bytes(geometry.asWkb())
    if geometry.isEmpty():
        return b"GP" + struct.pack("<BBi", 0, 0b00010001, srs_id) + wkb
    box = geometry.boundingBox()
    return (
        b"GP"
        + struct.pack("<BBi", 0, 0b00000011, srs_id)
        + struct.pack("<4d", box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())
        + wkb
    )


_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def _wkb_offset(blob: bytes) -> int:
    flags = blob[3]
    return 8 + _ENVELOPE_BYTES[(flags >> 1) & 0b111]


def decode_geometry(blob: bytes | None) -> QgsGeometry:
    """QgsGeometry from a GeoPackage blob (an empty geometry for NULL)."""
    geometry = QgsGeometry()
    if blob:
        geometry.fromWkb(bytes(blob[_wkb_offset(blob):]))
    return geometry


def _envelope(blob: bytes | None) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) from the header, or from the geometry when not stored."""
    if not blob or (blob[3] >> 4) & 1:
        return None
    if (blob[3] >> 1) & 0b111:
        order = "<" if blob[3] & 1 else ">"
        return struct.unpack(order + "4d", blob[8:40])
    box = decode_geometry(blob).boundingBox()
    return box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()


def register_functions(conn: sqlite3.Connection) -> None:
    """The ``ST_*`` functions the R-tree triggers call (GDAL registers the same ones)."""
    conn.create_function("ST_IsEmpty", 1, lambda b: None if b is None else int(bool(b[3] >> 4 & 1)),
                         deterministic=True)
    for index, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        conn.create_function(
            name, 1, lambda b, i=index: (e := _envelope(b)) and e[i], deterministic=True
        )


def statements(script: str) -> list[str]:
    """The SQL statements of ``script`` (trigger bodies kept whole)."""
    found, statement = [], ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            if statement.strip():
                found.append(statement)
            statement = ""
    return found


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run ``script`` statement by statement inside the caller's transaction.

    (``executescript`` would commit first, breaking the one-transaction rule.)
    """
    for statement in statements(script):
        conn.execute(statement)
