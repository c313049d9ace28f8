"""Geodesic measures on the WGS84 ellipsoid (pyproj), so areas never depend on a projection."""

from __future__ import annotations

from pyproj import Geod
from qgis.core import QgsGeometry

from ..qgis_compat import GEOMETRY_POLYGON

WGS84 = Geod(ellps="WGS84")


def _ring_area_m2(ring) -> float:
    lons = [p.x() for p in ring]
    lats = [p.y() for p in ring]
    area, _perimeter = WGS84.polygon_area_perimeter(lons, lats)
    return abs(area)


def geodesic_area_km2(geometry: QgsGeometry) -> float:
    """Area in km2 of a (multi)polygon in EPSG:4326 coordinates, holes subtracted."""
    if geometry.isEmpty() or geometry.type() != GEOMETRY_POLYGON:
        return 0.0
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    total = 0.0
    for polygon in polygons:
        if not polygon:
            continue
        total += _ring_area_m2(polygon[0]) - sum(_ring_area_m2(hole) for hole in polygon[1:])
    return total / 1e6
