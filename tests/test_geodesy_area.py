"""Geodesic areas read from the WKB equal those measured point by point, for every layout."""

from __future__ import annotations

import pytest
from qgis.core import QgsGeometry

from plugin.registry import geodesy
from plugin.registry.model import ProtectedArea
from plugin.registry.store import open_registry

SHAPES = [
    "POLYGON((60 40,61 40,61 41,60 40))",
    "POLYGON Z((60 40 1,61 40 2,61 41 3,60 40 1))",
    "POLYGON M((60 40 1,61 40 2,61 41 3,60 40 1))",
    "POLYGON ZM((60 40 1 1,61 40 2 2,61 41 3 3,60 40 1 1))",
    "MULTIPOLYGON(((60 40,61 40,61 41,60 40)),((70 40,71 40,71 41,70 40),"
    "(70.2 40.1,70.8 40.1,70.8 40.5,70.2 40.1)))",
    "CURVEPOLYGON(CIRCULARSTRING(60 40,61 41,62 40,61 39,60 40))",
]


@pytest.mark.parametrize("wkt", SHAPES)
def test_area_from_the_wkb_is_the_area_point_by_point(qgis_app, wkt):
    geometry = QgsGeometry.fromWkt(wkt)
    assert geodesy.geodesic_area_km2(geometry) == geodesy._points_area_km2(geometry) > 0


@pytest.mark.parametrize("wkt", ["POLYGON EMPTY", "MULTIPOLYGON EMPTY", "POINT(60 40)",
                                 "LINESTRING(60 40,61 41)"])
def test_no_area_for_empty_or_other_geometries(qgis_app, wkt):
    assert geodesy.geodesic_area_km2(QgsGeometry.fromWkt(wkt)) == 0.0


def test_demo_areas_are_unchanged(demo_registry):
    with open_registry(demo_registry) as store:
        for row in store.rows("protected_areas"):
            assert ProtectedArea.parse(row).area_km2 == row["area_km2"], row["pa_id"]
            assert geodesy.geodesic_area_km2(row["geometry"]) == geodesy._points_area_km2(
                row["geometry"])
