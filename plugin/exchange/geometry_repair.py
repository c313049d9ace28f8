"""Validity and repair of partners' outlines in time and memory bounded by their size.

GEOS decides validity (``isGeosValid``) and words the reason with its location
(``validateGeometry`` with the GEOS engine: the QGIS engine is quadratic and took minutes on a
100,000-vertex outline). Repair does not use ``makeValid`` (on QGIS 3.22 its cost grows with the
square of the crossings: 76 s for 2,500 of them, 29 s for one crossing in 1,000,000 vertices):
each polygon's rings are noded and polygonized by GEOS, and the faces inside an odd number of
rings are kept (the even-odd rule, what ``makeValid`` gives for a bow tie), then the parts are
united. The only work beyond GEOS's n log n is the parity test, faces x edges, which is refused
beyond :data:`MAX_PARITY_WORK` ("repair it in your GIS") rather than run for minutes.
"""

from __future__ import annotations

import struct

import numpy as np
from qgis.core import Qgis, QgsGeometry

from ..errors import TbpaError
from ..i18n import tr
from ..qgis_compat import GEOMETRY_POLYGON

#: Faces x ring edges the parity test may cost (a few seconds of numpy at most).
MAX_PARITY_WORK = 1_000_000_000
_CHUNK = 4_000_000


class RepairError(TbpaError, ValueError):
    """The geometry cannot be repaired here (the message says why)."""


def geos_reason(geometry: QgsGeometry) -> str:
    """Why GEOS finds ``geometry`` invalid, with where (empty when it is valid)."""
    errors = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
    if not errors:
        return ""
    error = errors[0]
    if error.hasWhere():
        point = error.where()
        return tr("{what} at {x:.6f}, {y:.6f}").format(what=error.what(), x=point.x(),
                                                       y=point.y())
    return error.what()


def _polygons_wkb(data: bytes) -> list[list[np.ndarray]]:
    """Rings (arrays of x, y) of each polygon of a 2D Polygon/MultiPolygon WKB."""
    def polygon(offset: int) -> tuple[list[np.ndarray], int]:
        order = "<" if data[offset] == 1 else ">"
        count = struct.unpack_from(order + "I", data, offset + 5)[0]
        offset += 9
        rings = []
        for _ in range(count):
            points = struct.unpack_from(order + "I", data, offset)[0]
            offset += 4
            coordinates = np.frombuffer(data, dtype=np.dtype(order + "f8"), count=points * 2,
                                        offset=offset).reshape(-1, 2)
            rings.append(coordinates)
            offset += points * 16
        return rings, offset

    order = "<" if data[0] == 1 else ">"
    kind = struct.unpack_from(order + "I", data, 1)[0] % 1000
    if kind == 3:
        return [polygon(0)[0]]
    parts, offset = [], 9
    for _ in range(struct.unpack_from(order + "I", data, 5)[0]):
        rings, offset = polygon(offset)
        parts.append(rings)
    return parts


def _odd(points: np.ndarray, rings: list[np.ndarray]) -> np.ndarray:
    """For each point, whether it lies inside an odd number of ``rings`` (ray casting)."""
    starts = np.concatenate([ring[:-1] for ring in rings])
    ends = np.concatenate([ring[1:] for ring in rings])
    x1, y1, x2, y2 = starts[:, 0], starts[:, 1], ends[:, 0], ends[:, 1]
    crossing = (y1 > y2) != (y2 > y1)  # skip horizontal edges
    x1, y1, x2, y2 = x1[crossing], y1[crossing], x2[crossing], y2[crossing]
    slope = (x2 - x1) / (y2 - y1)
    inside = np.zeros(len(points), dtype=bool)
    step = max(1, _CHUNK // max(len(x1), 1))
    for first in range(0, len(points), step):
        px = points[first:first + step, 0][:, None]
        py = points[first:first + step, 1][:, None]
        hits = ((y1 > py) != (y2 > py)) & (px < x1 + (py - y1) * slope)
        inside[first:first + step] = (np.count_nonzero(hits, axis=1) % 2) == 1
    return inside


def repair_polygon(geometry: QgsGeometry) -> QgsGeometry:
    """A valid (multi)polygon covering what ``geometry``'s rings enclose (even-odd rule).

    Raises RepairError when nothing is left (a flat outline) or the repair would cost more
    than :data:`MAX_PARITY_WORK`.
    """
    flat = QgsGeometry(geometry)
    flat.get().dropZValue()
    flat.get().dropMValue()
    results = []
    for polygon in _polygons_wkb(bytes(flat.asWkb())):
        rings = [ring for ring in polygon if len(ring) >= 4]
        if not rings:
            continue
        noded = QgsGeometry.unaryUnion([_lines(rings)])
        faces = QgsGeometry.polygonize([noded]).asGeometryCollection()
        faces = [face for face in faces if not face.isEmpty()]
        if not faces:
            continue
        edges = sum(len(ring) - 1 for ring in rings)
        if len(faces) * edges > MAX_PARITY_WORK:
            raise RepairError(tr("{faces} pieces between {edges} edges: too complex to repair "
                                 "here; repair it in your GIS").format(faces=len(faces),
                                                                       edges=edges))
        points = np.array([[p.x(), p.y()] for p in
                           (face.pointOnSurface().asPoint() for face in faces)], dtype=float)
        keep = _odd(points, rings)
        inside = [face for face, odd in zip(faces, keep, strict=True) if odd]
        if inside:
            # Faces across an edge differ in parity: the kept ones only touch at points.
            part = QgsGeometry.collectGeometry(inside)
            results.append(part if part.isGeosValid() else QgsGeometry.unaryUnion(inside))
    if not results:
        raise RepairError(tr("nothing is left of it once repaired"))
    repaired = results[0] if len(results) == 1 else QgsGeometry.unaryUnion(results)
    if repaired.isEmpty() or repaired.type() != GEOMETRY_POLYGON:
        raise RepairError(tr("nothing is left of it once repaired"))
    if not repaired.isGeosValid():
        raise RepairError(geos_reason(repaired))
    return repaired


def _lines(rings: list[np.ndarray]) -> QgsGeometry:
    """A MultiLineString of ``rings`` built through WKB (fast for a million vertices)."""
    chunks = [struct.pack("<BII", 1, 5, len(rings))]
    for ring in rings:
        chunks.append(struct.pack("<BII", 1, 2, len(ring)))
        chunks.append(np.ascontiguousarray(ring, dtype="<f8").tobytes())
    lines = QgsGeometry()
    lines.fromWkb(b"".join(chunks))
    return lines
