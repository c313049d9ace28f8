"""Partner packages of the demo registry, read back with fiona and with QGIS as a partner would."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import date

import fiona
import pytest
from pyproj import Geod
from qgis.core import QgsFeedback, QgsVectorLayer

from plugin.exchange.field_mapping import field_name_problems
from plugin.exchange.generalise import generalised_point
from plugin.exchange.partner_package import (
    ExchangeCancelledError,
    ExportOptions,
    export_partner_package,
)
from plugin.registry.store import open_registry

NEIGHBOURS = ("RUS", "CHN", "KGZ", "UZB", "TKM")
DAY = date(2025, 6, 24)
GEOD = Geod(ellps="WGS84")


def export(registry, folder, partner, **options):
    with open_registry(registry) as store:
        return export_partner_package(store, folder, ExportOptions(partner, today=DAY, **options))


def unpack(package, folder):
    with zipfile.ZipFile(package) as archive:
        archive.extractall(folder)
    return folder


def test_shapefile_field_names_are_short_and_unique():
    assert field_name_problems() == []


@pytest.mark.parametrize("partner", NEIGHBOURS)
def test_package_for_each_neighbour_reads_back_as_the_manifest_says(demo_registry, tmp_path,
                                                                    partner):
    package = export(demo_registry, tmp_path / "out", partner)
    assert package.path.name == f"TBPA_{partner}_2025-06-24.zip"
    assert [p.name for p in (tmp_path / "out").iterdir()] == [package.path.name]
    folder = unpack(package.path, tmp_path / "unpacked")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["partner"] == partner and manifest["crs"] == "EPSG:4326"
    assert set(manifest["files"]) == {p.name for p in folder.iterdir()} - {"manifest.json"}
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    assert manifest["feature_counts"]["protected_areas"] > 0
    described = {(row["layer"], row["shapefile_field"]): row
                 for row in csv.DictReader(io.StringIO(
                     (folder / "fields.csv").read_text(encoding="utf-8-sig")))}
    for layer, count in manifest["feature_counts"].items():
        if layer in ("network_members", "releases"):
            rows = list(csv.DictReader(io.StringIO(
                (folder / f"{layer}.csv").read_text(encoding="utf-8-sig"))))
            assert len(rows) == count
            continue
        for suffix in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            assert (folder / f"{layer}{suffix}").is_file(), (layer, suffix)
        assert (folder / f"{layer}.cpg").read_text().strip().upper() == "UTF-8"
        with fiona.open(folder / f"{layer}.shp") as collection:
            assert len(collection) == count
            names = list(collection.schema["properties"])
        assert all(len(name) <= 10 for name in names)
        assert len({n.upper() for n in names}) == len(names)
        field_layer = "cross_border_gaps" if layer.startswith("cross_border_gaps") else layer
        for name in names:
            row = described[(field_layer, name)]
            assert row["description_en"] and row["description_ru"]
        qgis_layer = QgsVectorLayer(str(folder / f"{layer}.shp"), layer, "ogr")
        assert qgis_layer.isValid() and qgis_layer.featureCount() == count
        assert qgis_layer.crs().authid() == "EPSG:4326"
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "Содержимое" in readme and "Contents" in readme


@pytest.mark.subprocess
def test_cyrillic_names_and_crs_survive(demo_registry, tmp_path):
    package = export(demo_registry, tmp_path, "UZB", crs="EPSG:32642")
    with open_registry(demo_registry) as store:
        russian = {a.pa_id: a.name_ru for a in store.protected_areas()}
    # A partner's fiona, in a process of its own: QGIS (loaded here) turns off GDAL's own
    # shapefile decoding, which is what a plain fiona user relies on.
    script = (
        "import json, sys, fiona\n"
        "from pyproj import CRS\n"
        "with fiona.open(sys.argv[1]) as c:\n"
        "    rows = [[f.properties['pa_id'], f.properties['name_ru'],\n"
        "             f.geometry.coordinates] for f in c]\n"
        "    print(json.dumps({'epsg': CRS.from_wkt(c.crs_wkt).to_epsg(), 'rows': rows}))\n")
    result = subprocess.run([sys.executable, "-c", script,
                             f"zip://{package.path}!protected_areas.shp"],
                            capture_output=True, text=True, check=False, env={
                                **os.environ, "PROJ_LIB": "/usr/share/proj"})
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout)
    assert read["epsg"] == 32642
    assert read["rows"]
    for pa_id, name_ru, coordinates in read["rows"]:
        first = coordinates
        while isinstance(first[0], list):
            first = first[0]
        x = first[0]
        assert name_ru == russian[pa_id]
        assert any("а" <= c <= "я" for c in name_ru)
        assert abs(x) > 1000  # metres of UTM 42N, not degrees
    layer = QgsVectorLayer(f"/vsizip/{package.path}/protected_areas.shp", "pa", "ogr")
    assert layer.crs().authid() == "EPSG:32642"
    names = {f["pa_id"]: f["name_ru"] for f in layer.getFeatures()}
    assert names == {pa: russian[pa] for pa in names}


def _tiger(store):
    return next(s for s in store.sites() if s.species == "tiger")


def _exported_site(package, site_id):
    with fiona.open(f"zip://{package.path}!reintroduction_sites.shp") as collection:
        return next(f for f in collection if f.properties["site_id"] == site_id)


def test_tiger_site_is_generalised_unless_included(demo_registry, tmp_path):
    with open_registry(demo_registry) as store:
        tiger = _tiger(store)
    assert tiger.sensitive
    true_x, true_y = tiger.geometry.asPoint().x(), tiger.geometry.asPoint().y()

    generalised = export(demo_registry, tmp_path / "a", "CHN", border_km=800)
    feature = _exported_site(generalised, tiger.site_id)
    x, y = feature.geometry.coordinates
    moved_m = GEOD.inv(true_x, true_y, x, y)[2]
    assert moved_m > 10 and moved_m < 8_000  # not the true location, within the ~10 km cell
    assert (x, y) == generalised_point(true_x, true_y)
    assert feature.properties["generalsd"] == 1 and feature.properties["gen_km"] == 10
    assert any("generalised" in w for w in generalised.warnings)

    exact = export(demo_registry, tmp_path / "b", "CHN", border_km=800, include_sensitive=True)
    feature = _exported_site(exact, tiger.site_id)
    assert GEOD.inv(true_x, true_y, *feature.geometry.coordinates)[2] < 0.01
    assert feature.properties["generalsd"] == 0


def test_wdpa_names_for_partners_merging_with_wdpa(demo_registry, tmp_path):
    package = export(demo_registry, tmp_path, "KGZ", wdpa_names=True)
    with open_registry(demo_registry) as store:
        areas = {a.pa_id: a for a in store.protected_areas()}
    with fiona.open(f"zip://{package.path}!protected_areas.shp") as collection:
        names = set(collection.schema["properties"])
        features = list(collection)
    assert {"WDPAID", "NAME", "ORIG_NAME", "DESIG_ENG", "IUCN_CAT", "STATUS", "STATUS_YR",
            "ISO3"} <= names
    expected = {"created": "Designated", "draft": "Proposed", "planned": "Proposed"}
    for feature in features:
        area = areas[feature.properties["TBPA_ID"]]
        assert feature.properties["NAME"] == area.name_en
        assert feature.properties["STATUS"] == expected[area.status.value]
        assert feature.properties["ISO3"] == area.iso3


def test_cancelled_export_leaves_no_package(demo_registry, tmp_path):
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(ExchangeCancelledError):
        export_partner_package(open_registry(demo_registry), tmp_path / "out",
                               ExportOptions("UZB"), feedback)
    assert list((tmp_path / "out").iterdir()) == []


def test_wrong_options_are_refused_with_a_message(demo_registry, tmp_path):
    with pytest.raises(ValueError, match="unknown partner 'XXX'"):
        export(demo_registry, tmp_path, "XXX")
    with pytest.raises(ValueError, match="coordinate reference system 'EPSG:99999'"):
        export(demo_registry, tmp_path, "UZB", crs="EPSG:99999")


def test_cross_border_gaps_with_the_partner_are_a_layer(demo_registry, tmp_path):
    from plugin.analysis.gaps import GapParameters, find_cross_border_gaps

    with open_registry(demo_registry) as store:
        expected = [g for g in find_cross_border_gaps(store, GapParameters())
                    if "UZB" in (g.iso3, g.neighbour)]
    assert expected
    package = export(demo_registry, tmp_path, "UZB")
    layers = [name for name in package.counts if name.startswith("cross_border_gaps")]
    assert sum(package.counts[name] for name in layers) == len(expected)
    for name in layers:
        with fiona.open(f"zip://{package.path}!{name}.shp", encoding="utf-8") as collection:
            for feature in collection:
                assert "UZB" in (feature.properties["iso3"], feature.properties["neighbour"])
                assert feature.properties["message"]


@pytest.mark.parametrize(("partner", "border_km"), [("KAZ", 100.0), ("UZB", 100.0),
                                                   ("CHN", 10.0), ("MNG", 0.0)])
def test_gap_step_limited_to_the_partner_finds_the_same_gaps(demo_registry, partner,
                                                             border_km):
    from plugin.analysis.gaps import GapParameters, find_cross_border_gaps
    from plugin.exchange.partner_package import select_partner_scope
    from plugin.registry.store import open_registry

    def key(gap):
        return (gap.gap_type, gap.iso3, gap.neighbour, gap.pa_id, gap.network_id, gap.site_id)

    with open_registry(demo_registry) as store:
        everything = find_cross_border_gaps(store, GapParameters())
        scope = select_partner_scope(store, partner, border_km)
    expected = sorted(key(g) for g in everything if partner in (g.iso3, g.neighbour))
    assert expected and sorted(key(g) for g in scope.gaps) == expected
