"""Numbered SQL files upgrade an existing PostGIS registry when it is opened."""

from urllib.parse import urlsplit

import pytest

from plugin.registry.model import ProtectedArea
from plugin.registry.postgis_store import migration_files
from plugin.registry.store import create_registry, open_registry
from tests.polygons import box_wkt

pytestmark = pytest.mark.postgis

OLD_CHECK = ("CHECK (iso3 IN ('KAZ','RUS','CHN','KGZ','UZB','TKM','TJK','MNG','AFG','IRN',"
             "'IND','PAK'))")


def bhutan_pa():
    return ProtectedArea.parse(dict(pa_id="BTN-JIGME-DORJI", name_en="Jigme Dorji",
                                    iso3="BTN", status="created", target_species="snow_leopard",
                                    geometry=box_wkt(89.5, 27.8, 0.3)))


def test_older_registry_is_upgraded_on_open(postgis_database, postgis_server, qgis_app):
    with create_registry(postgis_database, "Shared"):
        pass
    dbname = urlsplit(postgis_database).path.lstrip("/")
    # Put the schema back as migration 002 left it: the CHECKs without Bhutan and Nepal.
    postgis_server.psql(
        "DELETE FROM tbpa.schema_migrations WHERE version >= 3; "
        + " ".join(f"ALTER TABLE tbpa.{table} DROP CONSTRAINT {table}_iso3_check, "
                   f"ADD CONSTRAINT {table}_iso3_check {OLD_CHECK};"
                   for table in ("range_states", "protected_areas", "reintroduction_sites")),
        dbname=dbname)
    with pytest.raises(RuntimeError, match="protected_areas_iso3_check"):
        postgis_server.psql("INSERT INTO tbpa.protected_areas (pa_id, name_en, iso3, status, "
                            "geom) VALUES ('BTN-X', 'X', 'BTN', 'created', ST_Multi("
                            f"ST_GeomFromText('{box_wkt(89.5, 27.8, 0.3)}', 4326)))",
                            dbname=dbname)
    with open_registry(postgis_database) as store:  # applies 003
        store.add(bhutan_pa())
        assert store.get(ProtectedArea, "BTN-JIGME-DORJI").iso3 == "BTN"
    applied = postgis_server.psql("SELECT max(version) FROM tbpa.schema_migrations",
                                  dbname=dbname).strip()
    assert int(applied) == migration_files()[-1][0] >= 3
    roles = postgis_server.psql("SELECT rolname FROM pg_roles WHERE rolname LIKE "
                                "'tbpa_editor_%' ORDER BY 1")
    assert "tbpa_editor_btn" in roles and "tbpa_editor_npl" in roles


def test_area_is_computed_by_the_database_for_any_client(postgis_database, postgis_server,
                                                         qgis_app):
    with create_registry(postgis_database, "Shared"):
        pass
    dbname = urlsplit(postgis_database).path.lstrip("/")
    postgis_server.psql("INSERT INTO tbpa.protected_areas (pa_id, name_en, iso3, status, "
                        "area_km2, geom) VALUES ('KAZ-TYPED', 'Typed', 'KAZ', 'planned', 1, "
                        f"ST_Multi(ST_GeomFromText('{box_wkt(70.0, 42.0, 1.0)}', 4326)))",
                        dbname=dbname)
    with open_registry(postgis_database) as store:
        stored = store.rows("protected_areas", "pa_id = ?", ("KAZ-TYPED",))[0]["area_km2"]
        assert stored == pytest.approx(store.get(ProtectedArea, "KAZ-TYPED").area_km2,
                                       abs=0.002)
