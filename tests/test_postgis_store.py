"""The PostGIS backend against a real PostgreSQL + PostGIS server (started by the fixture)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from qgis.core import QgsApplication, QgsVectorLayer

from plugin.registry.model import Network, NetworkMember, ProtectedArea
from plugin.registry.postgis_store import migration_files
from plugin.registry.store import RegistryError, create_registry, open_registry
from plugin.registry.summary import summarise
from plugin.registry.transfer import copy_registry
from tests.conftest import run_cli
from tests.polygons import box_wkt

pytestmark = pytest.mark.postgis


def make_pa(pa_id="KAZ-A", iso3="KAZ", status="created", lon=70.0):
    return ProtectedArea.parse(dict(pa_id=pa_id, name_en=pa_id, iso3=iso3, status=status,
                                    geometry=box_wkt(lon, 42)))


def make_network(network_id="NET", states="KAZ;UZB"):
    return Network.parse(dict(network_id=network_id, name_en=network_id,
                              tbca_type="protected_area", status="planned",
                              range_states=states))


def as_user(uri: str, user: str) -> str:
    return uri.replace("postgresql://postgres@", f"postgresql://{user}@", 1)


def add_login(server, user: str, group: str) -> None:
    server.psql(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{user}') "
                f"THEN CREATE ROLE {user} LOGIN IN ROLE {group}; END IF; END $$")


def snapshot(store):
    """Every record as comparable values (geometry as WKT), table by table, and the history."""
    tables = {}
    for record in store.iter_all_records():
        values = record.row()
        geometry = getattr(record, "geometry", None)
        if geometry is not None:
            values["geometry"] = geometry.asWkt(9)
        tables.setdefault(record.table, []).append(values)
    for rows in tables.values():
        rows.sort(key=lambda values: sorted((k, str(v)) for k, v in values.items()))
    return tables, store.history()


def test_create_writes_schema_and_history_through_the_trigger(postgis_database, qgis_app):
    with create_registry(postgis_database, "Shared registry") as store:
        assert store.title == "Shared registry"
        assert store.schema_version() == 1
        store.add(make_pa(status="planned"), changed_by="analyst", note="from the plan")
        store.set_status("protected_area", "KAZ-A", "draft", changed_by="analyst",
                         note="decree drafted")
        history = store.history("protected_area", "KAZ-A")
        assert [(h.old_status, h.new_status) for h in history] == [
            (None, "planned"), ("planned", "draft")]
        assert history[1].note == "decree drafted" and history[1].changed_by == "analyst"
        assert history[1].changed_at.endswith("Z")
        migrations = [row[0] for row in store.query("SELECT name FROM schema_migrations "
                                                    "ORDER BY version")]
        assert migrations == [path.name for _, path in migration_files()]
        assert migrations[:2] == ["001_schema.sql", "002_access.sql"]
    with pytest.raises(RegistryError, match="exists already"):
        create_registry(postgis_database, "Again")


def test_database_constraints_refuse_what_the_models_refuse(postgis_database, postgis_server,
                                                             qgis_app):
    with create_registry(postgis_database, "Constraints") as store:
        store.add(make_pa())
        store.add(make_network())
        store.add(NetworkMember(network_id="NET", pa_id="KAZ-A"))
    dbname = urlsplit(postgis_database).path.lstrip("/")
    for sql, constraint in (
        ("UPDATE tbpa.protected_areas SET status = 'proposed'", "protected_areas_status_check"),
        ("UPDATE tbpa.protected_areas SET iucn_cat = 'VII'", "protected_areas_iucn_cat_check"),
        ("INSERT INTO tbpa.network_members (network_id, pa_id) VALUES ('NET', 'KAZ-A')",
         "network_members_pair"),
        ("INSERT INTO tbpa.network_members (network_id, pa_id) VALUES ('NET', 'NONE')",
         "network_members_pa_id_fkey"),
    ):
        with pytest.raises(RuntimeError, match=constraint):
            postgis_server.psql(sql, dbname=dbname)
    indexes = postgis_server.psql("SELECT indexname FROM pg_indexes WHERE schemaname = 'tbpa' "
                                  "AND indexdef LIKE '%USING gist%' ORDER BY 1", dbname=dbname)
    assert indexes.split() == ["protected_areas_geom", "range_states_geom",
                               "reintroduction_sites_geom"]


def test_layers_use_the_native_provider_and_qgis_edits_leave_history(postgis_database,
                                                                      qgis_app):
    uri = postgis_database.replace("postgres@", "postgres:secret@")
    with create_registry(uri, "Layers") as store:
        store.add(make_pa())
        source, provider = store.layer_source("protected_areas")
        assert "secret" not in source and "secret" not in store.location
    assert provider == "postgres"
    layer = QgsVectorLayer(source, "pa", provider)
    assert layer.isValid(), layer.error().summary()
    assert layer.featureCount() == 1
    assert layer.crs().authid() == "EPSG:4326"
    feature = next(layer.getFeatures())
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("status"), "draft")
    assert layer.commitChanges(), layer.commitErrors()
    del layer
    with open_registry(postgis_database) as store:
        history = store.history("protected_area", "KAZ-A")
        assert [h.new_status for h in history] == ["created", "draft"]
        assert history[1].changed_by == "postgres"  # a QGIS edit is signed by its role


def test_copy_both_ways_keeps_every_record_and_the_history(demo_registry, postgis_database,
                                                          tmp_path, qgis_app):
    counts = copy_registry(demo_registry, postgis_database)
    assert counts["protected_areas"] == 34
    back = tmp_path / "back.gpkg"
    copy_registry(postgis_database, back)
    with open_registry(demo_registry) as original, open_registry(postgis_database) as shared, \
            open_registry(back) as returned:
        expected = snapshot(original)
        assert snapshot(shared) == expected
        assert snapshot(returned) == expected
        assert returned.title == original.title
        assert summarise(shared) == summarise(original)


def test_copy_into_an_existing_registry_is_refused(demo_registry, postgis_database, qgis_app):
    create_registry(postgis_database, "Already here").close()
    with pytest.raises(RegistryError, match="exists already"):
        copy_registry(demo_registry, postgis_database)
    with open_registry(postgis_database) as store:
        assert store.title == "Already here"


def test_both_backends_give_the_same_gaps(demo_registry, postgis_database, qgis_app):
    from plugin.analysis import gaps

    copy_registry(demo_registry, postgis_database)

    def found(location):
        with open_registry(location) as store:
            return sorted((g.gap_type, g.iso3, g.neighbour, g.pa_id, g.network_id, g.site_id,
                           g.species, None if g.distance_km is None else round(g.distance_km, 6),
                           g.message, g.geometry.asWkt(6))
                          for g in gaps.find_cross_border_gaps(store, gaps.GapParameters()))

    on_gpkg = found(demo_registry)
    assert on_gpkg, "the demo registry has gaps"
    assert found(postgis_database) == on_gpkg


def test_algorithm_reads_a_postgis_registry(demo_registry, postgis_database, qgis_processing):
    import processing
    from qgis.core import QgsProcessingException

    from plugin.processing.provider import TbpaProcessingProvider

    registry = QgsApplication.processingRegistry()
    provider = None
    if registry.providerById("tbpa") is None:
        provider = TbpaProcessingProvider()
        registry.addProvider(provider)
    try:
        copy_registry(demo_registry, postgis_database)
        on_file = processing.run("tbpa:crossbordergaps", {
            "registry": str(demo_registry), "cross_border_gaps": "TEMPORARY_OUTPUT"})
        on_postgis = processing.run("tbpa:crossbordergaps", {
            "registry_connection": postgis_database, "cross_border_gaps": "TEMPORARY_OUTPUT"})
        assert (on_postgis["cross_border_gaps"].featureCount()
                == on_file["cross_border_gaps"].featureCount() > 0)
        with pytest.raises(QgsProcessingException, match="one of them, not both"):
            processing.run("tbpa:crossbordergaps", {"cross_border_gaps": "TEMPORARY_OUTPUT"})
    finally:
        if provider is not None:
            registry.removeProvider(provider)


def test_command_line_new_copy_validate_summary(demo_registry, postgis_database, tmp_path):
    result = run_cli("copy", str(demo_registry), postgis_database)
    assert result.returncode == 0, result.stderr
    assert "protected_areas: 34" in result.stdout
    validate = run_cli("validate", postgis_database)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert "valid registry" in validate.stdout
    on_postgis = run_cli("summary", postgis_database)
    on_gpkg = run_cli("summary", str(demo_registry))
    assert on_postgis.returncode == 0, on_postgis.stderr
    assert on_postgis.stdout == on_gpkg.stdout
    other = postgis_database.replace("?", "?schema=fieldwork&", 1)
    new = run_cli("new", other, "--title", "Field season")
    assert new.returncode == 0, new.stderr
    assert "10 range states" in new.stdout
    again = run_cli("new", other, "--title", "Field season")
    assert again.returncode == 1
    assert "schema fieldwork exists already" in again.stderr
    back = run_cli("copy", other, str(tmp_path / "field.gpkg"))
    assert back.returncode == 0, back.stderr


def test_row_level_security_lets_each_agency_edit_only_its_country(
        postgis_database, postgis_server, qgis_app):
    with create_registry(postgis_database, "Agencies") as admin:
        admin.add(make_pa("KAZ-A", "KAZ", lon=70))
        admin.add(make_pa("UZB-A", "UZB", lon=64))
        admin.add(make_network("NET-KU", "KAZ;UZB"))
        admin.add(make_network("NET-KC", "KAZ;CHN"))
    add_login(postgis_server, "uzb_agency", "tbpa_editor_uzb")
    with open_registry(as_user(postgis_database, "uzb_agency")) as uzb:
        kaz_pa = uzb.get(ProtectedArea, "KAZ-A")  # everyone reads everything
        assert kaz_pa is not None and len(uzb.protected_areas()) == 2
        with pytest.raises(RegistryError, match=r"refused by the rule "
                                                r"editor_of_own_country_update.*uzb_agency"):
            uzb.update(kaz_pa.model_copy(update={"notes": "moved"}), changed_by="uzb")
        with pytest.raises(RegistryError, match=r"KAZ-A.*editor_of_own_country_update"):
            uzb.set_status("protected_area", "KAZ-A", "draft")
        with pytest.raises(RegistryError, match=r"KAZ-B.*editor_of_own_country_insert"):
            uzb.add(make_pa("KAZ-B", "KAZ", lon=72))
        with pytest.raises(RegistryError, match="editor_of_own_country_delete"):
            uzb.delete(ProtectedArea, "KAZ-A")
        with pytest.raises(RegistryError, match=r"NET-KC.*editor_of_own_country_update"):
            uzb.set_status("network", "NET-KC", "draft")
        with pytest.raises(RegistryError, match="permission denied for table status_history"):
            uzb.query("DELETE FROM status_history WHERE entity_id = ?", ("KAZ-A",))
        # Handing its own PA to another country is refused too.
        own = uzb.get(ProtectedArea, "UZB-A")
        with pytest.raises(RegistryError, match="editor_of_own_country_update"):
            uzb.update(own.model_copy(update={"iso3": "KAZ"}))
        uzb.set_status("protected_area", "UZB-A", "draft", changed_by="Uzbek GIS",
                       note="decree")
        uzb.set_status("network", "NET-KU", "draft", changed_by="Uzbek GIS")
        uzb.add(NetworkMember(network_id="NET-KU", pa_id="UZB-A"))
    with open_registry(postgis_database) as admin:
        assert admin.get(ProtectedArea, "KAZ-A").status.value == "created"
        assert admin.get(ProtectedArea, "KAZ-A").notes == ""
        assert admin.get(ProtectedArea, "UZB-A").status.value == "draft"
        assert admin.get(Network, "NET-KC").status.value == "planned"
        assert admin.history("protected_area", "UZB-A")[-1].changed_by == "Uzbek GIS"
        assert [m.pa_id for m in admin.members("NET-KU")] == ["UZB-A"]


def test_a_change_on_a_stale_copy_is_refused(postgis_database, postgis_server, qgis_app):
    with create_registry(postgis_database, "Stale") as admin:
        admin.add(make_pa("KAZ-A", "KAZ"))
    add_login(postgis_server, "kaz_alice", "tbpa_editor_kaz")
    add_login(postgis_server, "kaz_bob", "tbpa_editor_kaz")
    with open_registry(as_user(postgis_database, "kaz_alice")) as alice, \
            open_registry(as_user(postgis_database, "kaz_bob")) as bob:
        alice_copy = alice.get(ProtectedArea, "KAZ-A")
        bob_copy = bob.get(ProtectedArea, "KAZ-A")
        alice.update(alice_copy.model_copy(update={"notes": "fence repaired"}),
                     changed_by="Alice")
        with pytest.raises(RegistryError, match=r"protected_areas 'KAZ-A' was changed by Alice "
                                                r"at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC"):
            bob.update(bob_copy.model_copy(update={"notes": "boundary moved"}),
                       changed_by="Bob")
        assert bob.get(ProtectedArea, "KAZ-A").notes == "fence repaired"
        fresh = bob.get(ProtectedArea, "KAZ-A")  # read again: now Bob's change goes through
        bob.update(fresh.model_copy(update={"notes": "boundary moved"}), changed_by="Bob")
    with open_registry(postgis_database) as admin:
        assert admin.get(ProtectedArea, "KAZ-A").notes == "boundary moved"


def test_layer_panel_is_the_same_with_the_native_provider(demo_registry, postgis_database,
                                                          qgis_app):
    from qgis.core import QgsLayerTreeLayer, QgsProject

    from plugin.project.registry_layers import add_registry_to_project

    copy_registry(demo_registry, postgis_database)

    def tree(location):
        project = QgsProject()
        group = add_registry_to_project(location, project, "en")
        found = []

        def walk(node, depth):
            for child in node.children():
                if isinstance(child, QgsLayerTreeLayer):
                    layer = child.layer()
                    found.append((depth, child.name(), layer.providerType(),
                                  sum(1 for _ in layer.getFeatures()),
                                  layer.renderer().type() if layer.renderer() else None))
                else:
                    found.append((depth, child.name()))
                    walk(child, depth + 1)

        walk(group, 0)
        return found

    on_gpkg, on_postgis = tree(demo_registry), tree(postgis_database)
    assert {row[2] for row in on_postgis if len(row) > 2} == {"postgres"}
    assert [(r[:2] + r[3:]) for r in on_postgis] == [(r[:2] + r[3:]) for r in on_gpkg]
