"""Geodesic measures on the WGS84 ellipsoid (pyproj), so areas never depend on a projection.

pyproj objects are not to be shared between threads, and the measures run in QGIS tasks too:
each thread gets its own ``Geod`` (:func:`wgs84_geod`), never one made at import time.
"""

from __future__ import annotations

import threading

from pyproj import Geod
from qgis.core import QgsGeometry, QgsPointXY

from ..qgis_compat import GEOMETRY_POLYGON

_PER_THREAD = threading.local()


def wgs84_geod() -> Geod:
    """The WGS84 ellipsoid's ``Geod`` of the calling thread (made on its first use there)."""
    geod = getattr(_PER_THREAD, "geod", None)
    if geod is None:
        geod = _PER_THREAD.geod = Geod(ellps="WGS84")
    return geod


def geodesic_distance_km(a: QgsPointXY, b: QgsPointXY) -> float:
    """Distance in km along the WGS84 ellipsoid between two lon/lat points."""
    return wgs84_geod().inv(a.x(), a.y(), b.x(), b.y())[2] / 1000.0


def _ring_area_m2(ring) -> float:
    lons = [p.x() for p in ring]
    lats = [p.y() for p in ring]
    area, _perimeter = wgs84_geod().polygon_area_perimeter(lons, lats)
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
