"""GeoJSON-like geometry mappings (as fiona and ``json`` give them) to and from QgsGeometry."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from qgis.core import QgsGeometry, QgsPointXY

from ..errors import InvalidValueError
from ..i18n import tr


def _points(coordinates) -> list[QgsPointXY]:
    return [QgsPointXY(float(c[0]), float(c[1])) for c in coordinates]


def _rings(rings) -> list[list[QgsPointXY]]:
    return [_points(ring) for ring in rings]


def geometry_from_mapping(mapping: Mapping[str, Any] | None) -> QgsGeometry:
    """QgsGeometry of a GeoJSON geometry mapping (2D; an empty geometry for None)."""
    if not mapping:
        return QgsGeometry()
    kind = mapping.get("type")
    coordinates = mapping.get("coordinates")
    if kind == "Point":
        return QgsGeometry.fromPointXY(_points([coordinates])[0])
    if kind == "MultiPoint":
        return QgsGeometry.fromMultiPointXY(_points(coordinates))
    if kind == "LineString":
        return QgsGeometry.fromPolylineXY(_points(coordinates))
    if kind == "MultiLineString":
        return QgsGeometry.fromMultiPolylineXY(_rings(coordinates))
    if kind == "Polygon":
        return QgsGeometry.fromPolygonXY(_rings(coordinates))
    if kind == "MultiPolygon":
        return QgsGeometry.fromMultiPolygonXY([_rings(polygon) for polygon in coordinates])
    if kind == "GeometryCollection":
        parts = [geometry_from_mapping(g) for g in mapping.get("geometries", [])]
        return QgsGeometry.collectGeometry(parts)
    raise InvalidValueError(tr("unsupported geometry type '{kind}'").format(kind=kind))


def geometry_to_mapping(geometry: QgsGeometry) -> dict[str, Any] | None:
    """GeoJSON mapping of a QgsGeometry (None when empty)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    return json.loads(geometry.asJson(8))
