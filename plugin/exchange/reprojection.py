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
import struct

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsDistanceArea,
    QgsGeometry,
    QgsRectangle,
    QgsSpatialIndex,
)

from ..errors import InvalidValueError
from ..i18n import tr
from ..registry.geodesy import KM_PER_DEGREE_MAX, km_per_degree_min, utm_epsg, widen


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
    """``geometry`` reprojected (a copy).

    Raises InvalidValueError when a coordinate cannot be transformed.
    """
    result = QgsGeometry(geometry)
    if transform is None or geometry.isEmpty():
        return result
    try:
        result.transform(transform)
    except QgsCsException as error:
        raise InvalidValueError(tr("the coordinates cannot be transformed ({error})").format(
            error=str(error)[:200])) from None
    return result


class LocalMeter:
    """Metric measures between lon/lat geometries in the UTM zone of the first one.

    One transform per zone is created on first use and kept by this object; create a meter in
    the thread that uses it.
    """

    def __init__(self) -> None:
        self._wgs84 = wgs84()
        self._context = QgsCoordinateTransformContext()
        self._transforms: dict[int, QgsCoordinateTransform] = {}

    def project(self, geometry: QgsGeometry, epsg: int) -> QgsGeometry:
        """``geometry`` in UTM zone ``epsg`` (a copy)."""
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
        return self.project(geometry, epsg).hausdorffDistance(self.project(other, epsg))

    def outline_difference_m(self, geometry: QgsGeometry, other: QgsGeometry,
                             identical_m: float, conflict_m: float) -> tuple[float, str]:
        """How far apart two outlines are, in metres, in time bounded by their size.

        Returns (metres, kind): kind "exact" is GEOS's Hausdorff distance (quadratic in the
        vertices, so used only up to :data:`EXACT_HAUSDORFF_PAIRS`); beyond, buffers of the
        thresholds tell "at_most" (metres is an upper bound: ``identical_m``, a power of ten
        or ``conflict_m``) or "more_than" ``conflict_m``.
        """
        epsg = self._zone(geometry)
        first, second = self.project(geometry, epsg), self.project(other, epsg)
        pairs = first.constGet().nCoordinates() * second.constGet().nCoordinates()
        if pairs <= EXACT_HAUSDORFF_PAIRS:
            return first.hausdorffDistance(second), "exact"
        vertices = (_vertices(first), _vertices(second))

        def within(metres: float) -> bool:
            return _covers(second, vertices[0], metres) and _covers(first, vertices[1], metres)

        if within(identical_m):
            return identical_m, "at_most"
        if not within(conflict_m):
            return conflict_m, "more_than"
        bound = conflict_m
        step = 10.0 ** math.floor(math.log10(conflict_m))
        detailed = first.constGet().nCoordinates() + second.constGet().nCoordinates()
        while step > identical_m and detailed <= 400_000:  # a few more buffers, no more
            if step < bound and within(step):
                bound = step
                step /= 10.0
            else:
                break
        return bound, "at_most"

    def distance_km(self, geometry: QgsGeometry, other: QgsGeometry,
                    reach_km: float = 1000.0) -> float:
        """Shortest distance in km (0 when they touch); beyond ``reach_km`` only a bound."""
        nearby = _near(other, geometry, reach_km)
        if nearby.isEmpty():
            return math.inf
        if geometry.intersects(nearby):
            return 0.0
        epsg = self._zone(geometry)
        return self.project(geometry, epsg).distance(self.project(nearby, epsg)) / 1000.0


#: Vertex pairs up to which GEOS's exact (quadratic) Hausdorff distance is used (~0.5 s).
EXACT_HAUSDORFF_PAIRS = 20_000_000


def _vertices(geometry: QgsGeometry) -> QgsGeometry:
    """The vertices of ``geometry`` as one MultiPoint (built through WKB)."""
    flat = QgsGeometry(geometry)
    flat.get().dropZValue()
    flat.get().dropMValue()
    coordinates = np.array([[v.x(), v.y()] for v in flat.vertices()], dtype="<f8") \
        if flat.constGet().nCoordinates() < 1000 else _coordinates(flat)
    records = np.zeros(len(coordinates), dtype=[("order", "u1"), ("kind", "<u4"),
                                                 ("x", "<f8"), ("y", "<f8")])
    records["order"], records["kind"] = 1, 1
    records["x"], records["y"] = coordinates[:, 0], coordinates[:, 1]
    points = QgsGeometry()
    points.fromWkb(struct.pack("<BII", 1, 4, len(coordinates)) + records.tobytes())
    return points


def _coordinates(geometry: QgsGeometry) -> np.ndarray:
    from .geometry_repair import _polygons_wkb

    return np.concatenate([ring for polygon in _polygons_wkb(bytes(geometry.asWkb()))
                           for ring in polygon])


def _covers(geometry: QgsGeometry, points: QgsGeometry, metres: float) -> bool:
    """Whether every point lies within ``metres`` of ``geometry`` (projected, in metres)."""
    buffered = geometry.buffer(metres, 8)  # kept alive: the engine points into it
    engine = QgsGeometry.createGeometryEngine(buffered.constGet())
    engine.prepareGeometry()
    return engine.contains(points.constGet())


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


class TerritoryReach:
    """Whether lon/lat geometries lie within ``km`` of a territory, without scanning it whole.

    The territory is prepared once (GEOS) for "inside", and its boundary is cut into short
    pieces kept in a spatial index, so a geometry is measured only against the few pieces
    near it; bounds in degrees settle most cases and the rest are measured in the UTM zone.
    """

    PIECE_VERTICES = 64

    def __init__(self, territory: QgsGeometry, km: float) -> None:
        self.km = km
        self.box = widen(territory.boundingBox(), km)
        self.territory = QgsGeometry(territory)  # kept alive: the engine points into it
        self.engine = QgsGeometry.createGeometryEngine(self.territory.constGet())
        self.engine.prepareGeometry()
        self.index = QgsSpatialIndex()
        self.pieces: list[QgsGeometry] = []
        boundary = QgsGeometry(territory.constGet().boundary())
        lines = boundary.asMultiPolyline() if boundary.isMultipart() else [
            boundary.asPolyline()]
        step = self.PIECE_VERTICES
        for line in lines:
            for start in range(0, max(len(line) - 1, 1), step):
                piece = QgsGeometry.fromPolylineXY(line[start:start + step + 1])
                self.index.addFeature(len(self.pieces), piece.boundingBox())
                self.pieces.append(piece)
        self.meter = LocalMeter()

    def reaches(self, geometry: QgsGeometry) -> bool:
        """Whether ``geometry`` is inside the territory or within ``km`` of it."""
        box = geometry.boundingBox()
        if not box.intersects(self.box):
            return False
        if self.engine.intersects(geometry.constGet()):
            return True
        candidates = self.index.intersects(widen(box, self.km))
        if not candidates:
            return False
        near = []
        lower = km_per_degree_min(max(abs(box.yMinimum()), abs(box.yMaximum())))
        for number in candidates:
            degrees = geometry.distance(self.pieces[number])
            if degrees * KM_PER_DEGREE_MAX <= self.km:
                return True  # even the longest degree keeps it within reach
            if degrees * lower <= self.km:
                near.append(self.pieces[number])
        if not near:
            return False
        zone = utm_epsg(box.center())
        projected = self.meter.project(geometry, zone)
        return any(projected.distance(self.meter.project(piece, zone)) / 1000.0 <= self.km
                   for piece in near)
