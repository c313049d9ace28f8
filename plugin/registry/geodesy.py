"""Geodesic measures on the WGS84 ellipsoid (pyproj), so areas never depend on a projection.

pyproj objects are not to be shared between threads, and the measures run in QGIS tasks too:
each thread gets its own ``Geod`` (:func:`wgs84_geod`), never one made at import time.
"""

from __future__ import annotations

import math
import struct
import threading

import numpy as np
from pyproj import Geod
from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

from ..qgis_compat import GEOMETRY_POLYGON

_PER_THREAD = threading.local()

#: Fewest km a degree of latitude spans (110.57 at the equator, more elsewhere): lower bounds.
KM_PER_DEGREE_LAT_MIN = 110.5
#: Km per degree of longitude at the equator on the sphere (the ellipsoid's parallels are longer).
KM_PER_DEGREE_LON_EQUATOR = 111.32
#: Most km a degree spans in any direction (of latitude, at the poles): upper bounds.
KM_PER_DEGREE_MAX = 111.7


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


#: Coordinates per vertex of an ISO WKB type, by its thousands (XY, Z, M, ZM).
_WKB_DIMENSIONS = {0: 2, 1: 3, 2: 3, 3: 4}
_WKB_POLYGON, _WKB_MULTIPOLYGON = 3, 6

Ring = tuple[np.ndarray, np.ndarray]


def _wkb_polygons(wkb: bytes) -> list[list[Ring]] | None:
    """Rings (longitudes, latitudes) of each polygon of a (multi)polygon's WKB, read straight
    from its bytes (no point object per vertex); None for any other type (curves)."""

    def header(offset: int) -> tuple[str, int, int | None, int]:
        order = "<" if wkb[offset] == 1 else ">"
        (kind,) = struct.unpack_from(order + "I", wkb, offset + 1)
        return order, kind % 1000, _WKB_DIMENSIONS.get(kind // 1000), offset + 5

    def polygon(order: str, dimensions: int, offset: int) -> tuple[list[Ring], int]:
        (count,) = struct.unpack_from(order + "I", wkb, offset)
        offset += 4
        rings = []
        for _ in range(count):
            (points,) = struct.unpack_from(order + "I", wkb, offset)
            offset += 4
            coordinates = np.frombuffer(wkb, dtype=order + "f8", count=points * dimensions,
                                        offset=offset).reshape(points, dimensions)
            rings.append((coordinates[:, 0], coordinates[:, 1]))
            offset += 8 * points * dimensions
        return rings, offset

    order, kind, dimensions, offset = header(0)
    if dimensions is None or kind not in (_WKB_POLYGON, _WKB_MULTIPOLYGON):
        return None
    if kind == _WKB_POLYGON:
        return [polygon(order, dimensions, offset)[0]]
    (count,) = struct.unpack_from(order + "I", wkb, offset)
    offset += 4
    polygons = []
    for _ in range(count):
        order, kind, dimensions, offset = header(offset)
        if dimensions is None or kind != _WKB_POLYGON:
            return None
        rings, offset = polygon(order, dimensions, offset)
        polygons.append(rings)
    return polygons


def geodesic_area_km2(geometry: QgsGeometry) -> float:
    """Area in km2 of a (multi)polygon in EPSG:4326 coordinates, holes subtracted.

    The coordinates go to pyproj as arrays read from the WKB (the same numbers as QGIS's
    points, so the same area; building a point object per vertex was most of the time).
    """
    if geometry.isEmpty() or geometry.type() != GEOMETRY_POLYGON:
        return 0.0
    polygons = _wkb_polygons(bytes(geometry.asWkb()))
    if polygons is None:  # curved rings: measured on QGIS's linear approximation
        return _points_area_km2(geometry)
    geod = wgs84_geod()
    total = 0.0
    for rings in polygons:
        if not rings:
            continue
        areas = [abs(geod.polygon_area_perimeter(lons, lats)[0]) for lons, lats in rings]
        total += areas[0] - sum(areas[1:])
    return total / 1e6


def _points_area_km2(geometry: QgsGeometry) -> float:
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    total = 0.0
    for polygon in polygons:
        if not polygon:
            continue
        total += _ring_area_m2(polygon[0]) - sum(_ring_area_m2(hole) for hole in polygon[1:])
    return total / 1e6


def utm_epsg(point: QgsPointXY) -> int:
    """EPSG code of the UTM zone holding ``point`` (lon/lat)."""
    zone = min(60, max(1, int((point.x() + 180.0) // 6.0) + 1))
    return (32600 if point.y() >= 0 else 32700) + zone


def km_per_degree_min(latitude: float) -> float:
    """Fewest km one degree (in any direction) spans up to ``latitude``: for lower bounds."""
    top = min(89.9, abs(latitude) + 1.0)
    return min(KM_PER_DEGREE_LAT_MIN, KM_PER_DEGREE_LON_EQUATOR * math.cos(math.radians(top)))


def widen(box: QgsRectangle, km: float) -> QgsRectangle:
    """``box`` (lon/lat) widened by at least ``km`` on the ground in every direction, for index
    queries: a conservative number of degrees, never fewer km than asked."""
    dlat = km / KM_PER_DEGREE_LAT_MIN
    top = min(89.9, max(abs(box.yMinimum()), abs(box.yMaximum())) + dlat)
    dlon = min(360.0, km / (KM_PER_DEGREE_LON_EQUATOR * math.cos(math.radians(top))))
    return QgsRectangle(box.xMinimum() - dlon, box.yMinimum() - dlat,
                        box.xMaximum() + dlon, box.yMaximum() + dlat)
