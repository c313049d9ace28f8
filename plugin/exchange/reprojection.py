"""Reprojection of geometries and distances in metres between lon/lat geometries, with QGIS.

Everything here is a QGIS object (``QgsCoordinateReferenceSystem``, ``QgsCoordinateTransform``,
``QgsDistanceArea``) created by the calling function in the calling thread and never kept at
module level: pyproj objects are not thread-safe (creating them inside a QGIS task crashed QGIS
3.40), and QGIS's transforms are safe when each thread creates its own.

Distances are measured in the UTM zone of the place (a transform per zone, reused by one
:class:`LocalMeter`), true to a fraction of a percent anywhere in Central Asia.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
)

from ..i18n import tr


def wgs84() -> QgsCoordinateReferenceSystem:
    """EPSG:4326, the registry's CRS (a new object: nothing shared between threads)."""
    return QgsCoordinateReferenceSystem("EPSG:4326")


def transform_between(source: QgsCoordinateReferenceSystem,
                      target: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform | None:
    """A transform from ``source`` to ``target`` (None when nothing changes)."""
    if source == target:
        return None
    return QgsCoordinateTransform(source, target, QgsCoordinateTransformContext())


def transform_geometry(geometry: QgsGeometry, transform: QgsCoordinateTransform | None
                       ) -> QgsGeometry:
    """``geometry`` reprojected (a copy); ValueError when a coordinate cannot be transformed."""
    result = QgsGeometry(geometry)
    if transform is None or geometry.isEmpty():
        return result
    try:
        result.transform(transform)
    except QgsCsException as error:
        raise ValueError(tr("the coordinates cannot be transformed ({error})").format(
            error=str(error)[:200])) from None
    return result


def utm_epsg(point: QgsPointXY) -> int:
    """EPSG code of the UTM zone holding ``point``."""
    zone = min(60, max(1, int((point.x() + 180.0) // 6.0) + 1))
    return (32600 if point.y() >= 0 else 32700) + zone


class LocalMeter:
    """Metric measures between lon/lat geometries in the UTM zone of the first one.

    One transform per zone is created on first use and kept by this object; create a meter in
    the thread that uses it.
    """

    def __init__(self) -> None:
        self._wgs84 = wgs84()
        self._context = QgsCoordinateTransformContext()
        self._transforms: dict[int, QgsCoordinateTransform] = {}

    def _project(self, geometry: QgsGeometry, epsg: int) -> QgsGeometry:
        transform = self._transforms.get(epsg)
        if transform is None:
            transform = QgsCoordinateTransform(
                self._wgs84, QgsCoordinateReferenceSystem(f"EPSG:{epsg}"), self._context)
            self._transforms[epsg] = transform
        return transform_geometry(geometry, transform)

    def _zone(self, geometry: QgsGeometry) -> int:
        return utm_epsg(geometry.boundingBox().center())

    def hausdorff_m(self, geometry: QgsGeometry, other: QgsGeometry) -> float:
        """Hausdorff distance in metres: the farthest any point of one is from the other."""
        epsg = self._zone(geometry)
        return self._project(geometry, epsg).hausdorffDistance(self._project(other, epsg))

    def distance_km(self, geometry: QgsGeometry, other: QgsGeometry,
                    reach_km: float = 1000.0) -> float:
        """Shortest distance in km (0 when they touch); beyond ``reach_km`` only a bound."""
        nearby = _near(other, geometry, reach_km)
        if nearby.isEmpty():
            return math.inf
        if geometry.intersects(nearby):
            return 0.0
        epsg = self._zone(geometry)
        return self._project(geometry, epsg).distance(self._project(nearby, epsg)) / 1000.0


def _near(geometry: QgsGeometry, around: QgsGeometry, reach_km: float) -> QgsGeometry:
    """``geometry`` clipped to ``around``'s box grown by ``reach_km`` (big borders stay cheap)."""
    box = QgsRectangle(around.boundingBox())
    degrees = reach_km / 50.0 + 0.5  # generous: a degree of longitude is >= 50 km below 63 N
    box.grow(degrees)
    if geometry.boundingBox().width() < box.width() * 2:
        return geometry
    return geometry.clipped(box)


def distance_km(geometry: QgsGeometry, other: QgsGeometry, reach_km: float = 1000.0) -> float:
    """Shortest distance in km between two lon/lat geometries (0 when they touch)."""
    return LocalMeter().distance_km(geometry, other, reach_km)


def centroid_distance_km(geometry: QgsGeometry, other: QgsGeometry) -> float:
    """Geodesic distance in km between the centroids (on the WGS84 ellipsoid)."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(wgs84(), QgsCoordinateTransformContext())
    measure.setEllipsoid("EPSG:7030")
    a, b = geometry.centroid().asPoint(), other.centroid().asPoint()
    return measure.measureLine(a, b) / 1000.0


def hausdorff_m(geometry: QgsGeometry, other: QgsGeometry) -> float:
    """Hausdorff distance in metres between two lon/lat geometries."""
    return LocalMeter().hausdorff_m(geometry, other)
