"""Merging packages back: round trips, updates with history, conflicts, dry runs, the CLI."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date

import fiona
import pytest

from plugin.exchange.package_import import ImportOptions, import_partner_package
from plugin.exchange.partner_package import ExportOptions, export_partner_package
from plugin.exchange.reprojection import hausdorff_m
from plugin.registry.model import ProtectedArea, ReintroductionSite
from plugin.registry.store import open_registry
from tests.conftest import run_cli


def file_hash(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export(registry, folder, partner, **options):
    with open_registry(registry) as store:
        return export_partner_package(store, folder, ExportOptions(
            partner, today=date(2025, 6, 24), **options)).path


@pytest.fixture
def states_registry(tmp_path, qgis_app):
    """A new registry with the shipped range states and nothing else."""
    from plugin.registry.sources import shipped_range_states
    from plugin.registry.store import RegistryStore

    path = tmp_path / "partner-view.gpkg"
    RegistryStore.create(path, "Receiving registry", shipped_range_states()).close()
    return path


def merge(registry, package, **options):
    with open_registry(registry) as store:
        return import_partner_package(store, package, ImportOptions(**options))


@pytest.mark.parametrize(("partner", "options"), [
    ("RUS", {}),
    ("UZB", {"crs": "EPSG:32642"}),
    ("KGZ", {"wdpa_names": True}),
    ("CHN", {"border_km": 800, "include_sensitive": True, "crs": "EPSG:3857"}),
])
def test_export_then_import_into_an_empty_registry_gives_the_same_records(
        demo_registry, states_registry, tmp_path, partner, options):
    package = export(demo_registry, tmp_path, partner, **options)
    report = merge(states_registry, package, sender="ALL")  # the whole registry's records
    assert report.count("conflict") == 0 and report.count("added") > 0
    if partner == "CHN":  # the tiger site, exact because the sender included it
        assert report.count("added", "reintroduction_sites") >= 3
    with open_registry(demo_registry) as source, open_registry(states_registry) as copy:
        assert copy.protected_areas()
        for model in (ProtectedArea, ReintroductionSite):
            copied = copy.records(model)
            for record in copied:
                original = source.get(model, record.record_id)
                assert record.row() == original.row()  # ids, names, statuses, all of it
                assert hausdorff_m(original.geometry, record.geometry) < 1.0
        assert {n.network_id: n.row() for n in copy.networks()} == {
            n.network_id: source.get(type(n), n.network_id).row() for n in copy.networks()}
        members = {(m.network_id, m.pa_id) for m in copy.members()}
        assert members and members <= {(m.network_id, m.pa_id) for m in source.members()}
        assert {tuple(r.row().values()) for r in copy.releases()} <= {
            tuple(r.row().values()) for r in source.releases()}
        created = copy.history("protected_area")
        assert created and all(h.note == f"partner package {package.name}" for h in created)


def test_generalised_site_keeps_the_registry_location(demo_registry, tmp_path):
    package = export(demo_registry, tmp_path, "CHN", border_km=800)
    before = file_hash(demo_registry)
    report = merge(demo_registry, package)
    assert report.count("conflict") == 0 and report.count("updated") == 0
    assert report.count("added") == 0 and report.count("skipped") > 0
    assert file_hash(demo_registry) == before  # nothing to write: the file is not touched
    # The totals come right after the head; identical records are counted, not listed.
    lines = report.lines()
    assert lines[1] == report.totals() and f"{report.count('skipped')} identical" in lines[1]
    assert len(lines) == 2 + report.count("note") + report.count("repaired")


def _rewrite_layer(package, folder, layer, change):
    """Unpack ``package`` into ``folder`` and rewrite one layer through ``change(feature)``."""
    with zipfile.ZipFile(package) as archive:
        archive.extractall(folder)
    (folder / "manifest.json").unlink()  # a partner's edit: checksums no longer apply
    path = folder / f"{layer}.shp"
    with fiona.open(path, encoding="utf-8") as source:
        schema, crs_wkt = source.schema, source.crs_wkt
        features = [change(feature) for feature in source]
    for suffix in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
        path.with_suffix(suffix).unlink()
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=schema, crs_wkt=crs_wkt,
                    encoding="utf-8") as sink:
        sink.writerecords(features)
    return folder


def _feature(feature, properties=None, geometry=None):
    return {"type": "Feature", "properties": {**dict(feature.properties), **(properties or {})},
            "geometry": geometry or feature.geometry.__geo_interface__}


def _shift(geometry, dx):
    def move(c):
        return [c[0] + dx, c[1]] if isinstance(c[0], float) else [move(p) for p in c]
    return {"type": geometry["type"], "coordinates": move(geometry["coordinates"])}


def test_partner_changes_are_merged_with_history_and_conflicts_untouched(demo_registry,
                                                                         tmp_path):
    package = export(demo_registry, tmp_path, "UZB")
    with open_registry(demo_registry) as store:
        areas = {a.pa_id: a for a in store.protected_areas() if a.iso3 == "UZB"}
    promoted = next(pa for pa, a in areas.items() if a.status.value != "created")
    moved, recountried = [pa for pa in areas if pa != promoted][:2]

    def change(feature):
        pa_id = feature.properties["pa_id"]
        if pa_id == promoted:
            return _feature(feature, {"status": "created", "status_yr": 2025})
        if pa_id == moved:
            return _feature(feature, geometry=_shift(feature.geometry.__geo_interface__, 0.5))
        if pa_id == recountried:
            return _feature(feature, {"iso3": "TKM"})
        return _feature(feature)

    folder = _rewrite_layer(package, tmp_path / "sent-back", "protected_areas", change)
    dry = merge(demo_registry, folder, dry_run=True, sender="UZB")
    before = file_hash(demo_registry)
    real = merge(demo_registry, folder, changed_by="analyst", sender="UZB")
    assert [str(a) for a in dry.actions] == [str(a) for a in real.actions]
    assert "Dry run" in dry.lines()[0]
    assert file_hash(demo_registry) != before
    assert {(a.record_id, a.action) for a in real.of("updated")} == {(promoted, "updated")}
    assert {a.record_id for a in real.of("conflict")} == {moved, recountried}
    assert "km apart" in next(a.detail for a in real.of("conflict") if a.record_id == moved)
    assert "TKM" in next(a.detail for a in real.of("conflict") if a.record_id == recountried)
    with open_registry(demo_registry) as store:
        assert store.get(ProtectedArea, promoted).status.value == "created"
        assert store.get(ProtectedArea, promoted).status_year == 2025
        last = store.history("protected_area", promoted)[-1]
        assert last.new_status == "created" and last.changed_by == "analyst"
        assert last.note == "partner package sent-back"
        assert store.get(ProtectedArea, moved).geometry.equals(areas[moved].geometry)
        assert store.get(ProtectedArea, recountried).iso3 == "UZB"


def test_dry_run_writes_nothing(demo_registry, empty_registry, tmp_path):
    package = export(demo_registry, tmp_path, "RUS")
    before = file_hash(empty_registry)
    report = merge(empty_registry, package, dry_run=True)
    assert report.count("added") > 0
    assert file_hash(empty_registry) == before
    with open_registry(empty_registry) as store:
        assert store.protected_areas() == []


@pytest.mark.subprocess
def test_command_line_export_and_import(demo_registry, states_registry, tmp_path):
    result = run_cli("export", str(demo_registry), "--partner", "kgz", "--output",
                     str(tmp_path / "out"), "--wdpa-names", "--crs", "EPSG:32643")
    assert result.returncode == 0, result.stderr
    package = next((tmp_path / "out").glob("TBPA_KGZ_*.zip"))
    assert str(package) in result.stdout
    dry = run_cli("import", str(states_registry), str(package), "--dry-run")
    # A package for KGZ counts as sent by KGZ: other countries' records are only proposals,
    # and the exit status says so (3, documented in --help).
    assert dry.returncode == 3, dry.stderr
    assert "nothing was written" in dry.stdout and " added" in dry.stdout
    assert "in a package from KGZ: a proposal, not applied" in dry.stdout
    assert "Exit status" in run_cli("import", "--help").stdout
    real = run_cli("import", str(states_registry), str(package), "--from", "ALL")
    assert real.returncode == 0, real.stderr
    with open_registry(states_registry) as store:
        assert {a.iso3 for a in store.protected_areas()} >= {"KGZ"}
