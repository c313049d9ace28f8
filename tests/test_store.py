"""The GeoPackage store: transactions, history, locking, versions."""

import hashlib
import sqlite3
import threading

import pytest
from qgis.core import QgsVectorLayer

from plugin.registry import store as store_module
from plugin.registry.model import Network, NetworkMember, ProtectedArea, RecordError
from plugin.registry.store import RegistryError, RegistryLockedError, RegistryStore
from tests.polygons import box_wkt


def make_pa(pa_id="KAZ-A", iso3="KAZ", status="created", lon=70.0):
    return ProtectedArea.parse(dict(pa_id=pa_id, name_en=pa_id, iso3=iso3, status=status,
                                    geometry=box_wkt(lon, 42)))


def file_hash(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_creation_and_status_change_are_logged(empty_registry):
    with RegistryStore.open(empty_registry) as store:
        store.add(make_pa(status="planned"), changed_by="analyst", note="from the plan")
        store.set_status("protected_area", "KAZ-A", "draft", changed_by="analyst",
                         note="decree drafted")
        history = store.history("protected_area", "KAZ-A")
        assert [(h.old_status, h.new_status) for h in history] == [
            (None, "planned"), ("planned", "draft")]
        assert history[1].note == "decree drafted" and history[1].changed_by == "analyst"
        assert history[1].changed_at.endswith("Z")
        assert store.get(ProtectedArea, "KAZ-A").status.value == "draft"


def test_direct_edit_in_qgis_also_writes_history(empty_registry):
    """An analyst editing the attribute table in QGIS leaves history through the triggers."""
    with RegistryStore.open(empty_registry) as store:
        store.add(make_pa())
    layer = QgsVectorLayer(f"{empty_registry}|layername=protected_areas", "pa", "ogr")
    assert layer.isValid()
    feature = next(layer.getFeatures())
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("status"), "draft")
    assert layer.commitChanges(), layer.commitErrors()
    del layer
    with RegistryStore.open(empty_registry) as store:
        assert [h.new_status for h in store.history("protected_area", "KAZ-A")] == [
            "created", "draft"]


def test_refused_record_leaves_file_unchanged(empty_registry):
    with RegistryStore.open(empty_registry) as store:
        store.add(make_pa())
    before = file_hash(empty_registry)
    with RegistryStore.open(empty_registry) as store:
        with pytest.raises(RecordError, match="already in the registry"):
            store.add(make_pa())
        with pytest.raises(RecordError, match="no network 'NET' in the registry"):
            store.add(NetworkMember(network_id="NET", pa_id="KAZ-NONE"))
    assert file_hash(empty_registry) == before


def test_transaction_rolls_back_everything(empty_registry):
    network = Network.parse(dict(network_id="NET", name_en="Net", tbca_type="protected_area",
                                 status="created", range_states="KAZ;UZB"))
    with RegistryStore.open(empty_registry) as store:
        with pytest.raises(RecordError), store.transaction():
            store.add(make_pa("KAZ-A"))
            store.add(network)
            store.add(NetworkMember(network_id="NET", pa_id="KAZ-A"))
            store.add(NetworkMember(network_id="NET", pa_id="UZB-MISSING"))
        assert store.protected_areas() == []
        assert store.networks() == []
        assert store.history() == []


def test_gpkg_is_standard_and_spatially_indexed(empty_registry):
    with RegistryStore.open(empty_registry) as store:
        store.add(make_pa("KAZ-A", lon=70))
        store.add(make_pa("KAZ-B", lon=75))
    conn = sqlite3.connect(empty_registry)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert conn.execute("SELECT count(*) FROM rtree_protected_areas_geom").fetchone()[0] == 2
    extent = conn.execute("SELECT min_x, max_x FROM gpkg_contents "
                          "WHERE table_name='protected_areas'").fetchone()
    assert extent == pytest.approx((70.0, 75.2), abs=1e-3)  # the R-tree stores float32
    conn.close()
    layer = QgsVectorLayer(f"{empty_registry}|layername=protected_areas", "pa", "ogr")
    assert layer.featureCount() == 2
    assert layer.crs().authid() == "EPSG:4326"
    layer.setSubsetString("pa_id = 'KAZ-B'")
    assert layer.featureCount() == 1  # the layer panel's counts on filtered layers
    with RegistryStore.open(empty_registry) as store:
        store.delete(ProtectedArea, "KAZ-A")
    conn = sqlite3.connect(empty_registry)
    count = conn.execute("SELECT feature_count FROM gpkg_ogr_contents "
                         "WHERE table_name = 'protected_areas'").fetchone()[0]
    conn.close()
    assert count == 1


def test_newer_schema_is_refused(empty_registry):
    conn = sqlite3.connect(empty_registry)
    conn.execute("UPDATE registry_meta SET value='99' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(RegistryError, match="schema version 99, newer than this plugin knows"):
        RegistryStore.open(empty_registry)


def test_older_schema_is_migrated_after_a_backup(empty_registry, monkeypatch):
    def add_notes_table(conn):
        conn.execute("CREATE TABLE field_notes (fid INTEGER PRIMARY KEY, text TEXT)")

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(store_module.MIGRATIONS, 1, add_notes_table)
    before = empty_registry.read_bytes()
    with RegistryStore.open(empty_registry) as store:
        assert store.schema_version() == 2
        assert "field_notes" in store.table_names()
    backups = list(empty_registry.parent.glob("empty.v1-backup-*.gpkg"))
    assert len(backups) == 1
    assert backups[0].read_bytes() == before


def test_not_a_registry(tmp_path, qgis_app):
    bogus = tmp_path / "bogus.gpkg"
    bogus.write_text("not sqlite at all")
    with pytest.raises(RegistryError, match="not a registry GeoPackage"):
        RegistryStore.open(bogus)
    with pytest.raises(RegistryError, match="no such registry file"):
        RegistryStore.open(tmp_path / "missing.gpkg")


def test_second_writer_gets_a_clear_locked_message(empty_registry):
    holder = RegistryStore.open(empty_registry)
    waiter = RegistryStore.open(empty_registry, busy_timeout_s=0.2)
    try:
        with holder.transaction():
            holder.add(make_pa("KAZ-A"))
            with pytest.raises(RegistryLockedError, match="locked by another program"):
                waiter.add(make_pa("KAZ-B", lon=72))
        waiter.add(make_pa("KAZ-B", lon=72))  # free again
        assert {pa.pa_id for pa in waiter.protected_areas()} == {"KAZ-A", "KAZ-B"}
    finally:
        holder.close()
        waiter.close()


def test_concurrent_writers_wait_and_lose_nothing(empty_registry):
    errors = []

    def writer(prefix, lon):
        try:
            with RegistryStore.open(empty_registry) as store:
                for i in range(15):
                    store.add(make_pa(f"KAZ-{prefix}{i}", lon=lon + i * 0.3))
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(p, lon))
               for p, lon in (("X", 50.0), ("Y", 56.0), ("Z", 62.0))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with RegistryStore.open(empty_registry) as store:
        assert len(store.protected_areas()) == 45
        assert len(store.history()) == 45


@pytest.mark.subprocess
def test_registry_copied_by_another_tool_gets_its_history_triggers(demo_registry, tmp_path):
    """ogr2ogr (or any GIS) copies the tables but not the triggers: opening adds them."""
    import shutil
    import subprocess

    ogr2ogr = shutil.which("ogr2ogr")
    if ogr2ogr is None:
        pytest.skip("ogr2ogr (gdal-bin) is not installed")
    copy = tmp_path / "copied.gpkg"
    subprocess.run([ogr2ogr, "-f", "GPKG", str(copy), str(demo_registry)], check=True)
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                        "AND name LIKE '%history_update'").fetchone()[0] == 0
    conn.close()
    with RegistryStore.open(copy) as store:
        before = len(store.history("network", "NET-TARBAGATAI"))
        store.set_status("network", "NET-TARBAGATAI", "draft", changed_by="analyst",
                         note="agreement drafted")
        history = store.history("network", "NET-TARBAGATAI")
    assert len(history) == before + 1
    assert (history[-1].old_status, history[-1].new_status, history[-1].note) == (
        "planned", "draft", "agreement drafted")
