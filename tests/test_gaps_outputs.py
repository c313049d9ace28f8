"""The gap analysis where users run it: demo registry, Processing, command line, map layer."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from pyproj import Geod
from qgis.core import Qgis, QgsVectorLayer, QgsWkbTypes

from plugin.analysis.gaps import GapParameters, find_cross_border_gaps
from plugin.registry import gpkg
from plugin.registry.store import open_registry
from tests.conftest import run_cli

#: The line geometry type: Qgis.GeometryType from QGIS 3.30 on, QgsWkbTypes before.
LINE = (Qgis.GeometryType.Line if hasattr(Qgis, "GeometryType")
        else QgsWkbTypes.GeometryType.LineGeometry)

GEOD = Geod(ellps="WGS84")

#: The demo registry's flags under the default parameters, checked by hand on the map: each
#: border PA has no protected area of the neighbour within 50 km (Chatkal lies 60-80 km from
#: the Kazakh parks), each kulan site lies within 150 km of a state whose nearest PA is
#: farther, and the network flags follow networks.csv and network_members.csv.
DEMO_FLAGS = sorted([
    ("unpaired_border_pa", "KAZ", "RUS", "KAZ-KAZTALOV-CORRIDOR"),
    ("unpaired_border_pa", "KAZ", "UZB", "KAZ-SOUTH-USTYURT"),
    ("unpaired_border_pa", "TKM", "UZB", "TKM-KAPLANKYR"),
    ("unpaired_border_pa", "UZB", "KAZ", "UZB-SAIGACHY"),
    ("unpaired_border_pa", "KAZ", "UZB", "KAZ-SAIRAM-UGAM"),
    ("unpaired_border_pa", "UZB", "TJK", "UZB-CHATKAL"),
    ("unpaired_border_pa", "KAZ", "UZB", "KAZ-AKSU-ZHABAGLY"),
    ("unpaired_border_pa", "KGZ", "UZB", "KGZ-PADYSHA-ATA"),
    ("unpaired_border_pa", "KAZ", "KGZ", "KAZ-KOLSAY"),
    ("site_dispersal_unprotected", "KAZ", "CHN", "RS-ALTYN-EMEL-KULAN"),
    ("site_dispersal_unprotected", "KAZ", "KGZ", "RS-ALTYN-EMEL-KULAN"),
    ("site_dispersal_unprotected", "KAZ", "UZB", "RS-BARSAKELMES-KULAN"),
    ("network_status_ahead", "UZB", None, "NET-ARAL"),
    ("network_status_ahead", "KAZ", None, "NET-VOLGA-URAL"),
    ("network_status_ahead", "CHN", None, "NET-ZHONGAR"),
    ("network_missing_state", "MNG", None, "NET-ALTAI-KNOT"),
])


def flag_keys(rows):
    return sorted((r["gap_type"], r["iso3"], r["neighbour"] or None,
                   r["site_id"] or r["network_id"] or r["pa_id"]) for r in rows)


def gap_dict(gap):
    return {k: getattr(gap, k) for k in ("gap_type", "iso3", "neighbour", "pa_id",
                                         "network_id", "site_id")}


def brute_force_km(a, b, step=0.01):
    """Minimum geodesic distance between the densified vertices of a and b (independent)."""
    def vertices(geometry):
        dense = geometry.densifyByDistance(step)
        return np.array([(v.x(), v.y()) for v in dense.vertices()])

    pa, pb = vertices(a), vertices(b)
    i, j = np.meshgrid(np.arange(len(pa)), np.arange(len(pb)), indexing="ij")
    _, _, dist = GEOD.inv(pa[i.ravel(), 0], pa[i.ravel(), 1], pb[j.ravel(), 0], pb[j.ravel(), 1])
    return dist.min() / 1000


def test_demo_registry_flags(demo_registry):
    with open_registry(demo_registry) as store:
        gaps = find_cross_border_gaps(store, GapParameters())
        areas = {r["pa_id"]: r for r in store.rows("protected_areas")}
        states = {r["iso3"]: r["geometry"] for r in store.rows("range_states")}
    assert flag_keys(gap_dict(g) for g in gaps) == DEMO_FLAGS
    for gap in gaps:
        if gap.gap_type != "unpaired_border_pa":
            continue
        area = areas[gap.pa_id]["geometry"]
        # The distance to the neighbour's territory, by brute force near the PA.
        near = states[gap.neighbour].clipped(area.boundingBox().buffered(1.0))
        ring = near.convertToType(LINE, True) if not near.isEmpty() else near
        assert gap.distance_km == pytest.approx(brute_force_km(area, ring), abs=0.3), gap.pa_id
        # And no PA of the neighbour within 50 km, by brute force too.
        for other in areas.values():
            if other["iso3"] == gap.neighbour:
                assert brute_force_km(area, other["geometry"], 0.05) > 50, (gap.pa_id,
                                                                             other["pa_id"])
    ustyurt = next(g for g in gaps if g.pa_id == "UZB-SAIGACHY")
    assert ustyurt.message.startswith("Saigachy State Reserve (UZB) lies 6.3 km from Kazakhstan")



def layer_rows(path):
    layer = QgsVectorLayer(f"{path}|layername=cross_border_gaps", "gaps", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    rows = [{**dict(zip(names, f.attributes(), strict=True)), "wkt": f.geometry().asWkt(6)}
            for f in layer.getFeatures()]
    return sorted(rows, key=lambda r: (r["gap_type"], str(r["pa_id"]), str(r["network_id"]),
                                       str(r["site_id"]), str(r["neighbour"])))


@pytest.mark.subprocess
def test_processing_and_command_line_give_the_same_features(demo_registry, tmp_path,
                                                            tbpa_provider):
    import processing

    from_processing = tmp_path / "processing.gpkg"
    result = processing.run("tbpa:crossbordergaps", {
        "registry": str(demo_registry), "border_km": 30, "partner_km": 60,
        "statuses": [0, 1], "dispersal_km": "kulan=200",
        "cross_border_gaps": f"ogr:dbname='{from_processing}' table=\"cross_border_gaps\" (geom)",
    })
    from_cli = tmp_path / "cli.gpkg"
    done = run_cli("gaps", str(demo_registry), "--output", str(from_cli), "--border-km", "30",
                   "--partner-km", "60", "--statuses", "created,draft",
                   "--dispersal-km", "kulan=200")
    assert done.returncode == 0, done.stderr
    rows = layer_rows(from_cli)
    assert result["gap_count"] == len(rows) > 0
    for a, b in zip(layer_rows(from_processing), rows, strict=True):
        a.pop("fid", None), b.pop("fid", None)
        assert a == b
    assert "unpaired_border_pa" in done.stdout and "UZB:" in done.stdout


@pytest.mark.subprocess
def test_command_line_writes_nothing_on_bad_parameters(demo_registry, tmp_path):
    output = tmp_path / "gaps.gpkg"
    for args, message in (
            (["--border-km", "-5"], "border_km must be a distance of 0 km or more"),
            (["--statuses", "created,approved"], "unknown status 'approved'"),
            (["--dispersal-km", "unicorn=10"], "unknown species 'unicorn'")):
        done = run_cli("gaps", str(demo_registry), "--output", str(output), *args)
        assert done.returncode in (1, 2)
        assert message in done.stderr
        assert not output.exists()
    # Success with no gaps at all is still exit status 0, with an (empty) layer.
    done = run_cli("gaps", str(demo_registry), "--output", str(output), "--border-km", "0",
                   "--statuses", "created", "--dispersal-km", "kulan=0")
    assert done.returncode == 0, done.stderr
    assert output.exists()


@pytest.mark.subprocess
def test_registry_failing_validation_gives_a_clear_error(demo_registry, tmp_path,
                                                         tbpa_provider):
    import processing
    from qgis.core import QgsProcessingException

    conn = sqlite3.connect(demo_registry)
    gpkg.register_functions(conn)
    conn.execute("UPDATE protected_areas SET iso3 = 'XYZ' WHERE pa_id = 'KAZ-KOLSAY'")
    conn.commit()
    conn.close()
    output = tmp_path / "gaps.gpkg"
    done = run_cli("gaps", str(demo_registry), "--output", str(output))
    assert done.returncode == 1
    assert "protected_areas 'KAZ-KOLSAY', field 'iso3': unknown ISO3 code 'XYZ'" in done.stderr
    assert not output.exists()
    with pytest.raises(QgsProcessingException, match="KAZ-KOLSAY"):
        processing.run("tbpa:crossbordergaps", {"registry": str(demo_registry),
                                                "cross_border_gaps": str(output)})
    assert not output.exists()


def test_gap_layer_is_styled_by_type(tmp_path, demo_registry, qgis_new_project):
    from qgis.core import QgsProject

    from plugin.analysis.gap_features import write_gaps_geopackage
    from plugin.project.gap_layers import add_gap_layer

    with open_registry(demo_registry) as store:
        gaps = find_cross_border_gaps(store, GapParameters())
    path = write_gaps_geopackage(gaps, tmp_path / "gaps.gpkg")
    project = QgsProject.instance()
    group = project.layerTreeRoot().addGroup("Registry")
    layer = add_gap_layer(path, project, group)
    assert group.findLayer(layer.id()) is not None
    assert layer.featureCount() == len(DEMO_FLAGS)
    categories = {c.value(): c.label() for c in layer.renderer().categories()}
    assert categories["unpaired_border_pa"] == "Border PA without partner"
    assert set(categories) == {"unpaired_border_pa", "network_missing_state",
                               "network_status_ahead", "site_dispersal_unprotected"}
