"""Reprojection of geometries with pyproj, and distances in metres between lon/lat geometries.

Distances are measured in an azimuthal equidistant projection centred on the first geometry, so
they are true to a few metres near it wherever in Central Asia it lies (no UTM zone to choose).
"""

from __future__ import annotations

from typing import Any

from pyproj import CRS, Geod, Transformer
from qgis.core import QgsGeometry, QgsRectangle

from ..registry.geojson import geometry_from_mapping, geometry_to_mapping

WGS84 = CRS.from_epsg(4326)
_GEOD = Geod(ellps="WGS84")


def _transform_coordinates(coordinates: Any, transformer: Transformer) -> Any:
    if not coordinates:
        return coordinates
    if isinstance(coordinates[0], (int, float)):
        x, y = transformer.transform(coordinates[0], coordinates[1])
        return (x, y)
    return [_transform_coordinates(part, transformer) for part in coordinates]


def transform_mapping(mapping: dict | None, transformer: Transformer) -> dict | None:
    """A GeoJSON geometry mapping with every coordinate passed through ``transformer``."""
    if not mapping:
        return mapping
    if mapping["type"] == "GeometryCollection":
        return {"type": "GeometryCollection",
                "geometries": [transform_mapping(g, transformer) for g in mapping["geometries"]]}
    return {"type": mapping["type"],
            "coordinates": _transform_coordinates(mapping["coordinates"], transformer)}


def transformer_between(source: CRS, target: CRS) -> Transformer | None:
    """pyproj Transformer (x = longitude/easting first), or None when nothing changes."""
    if source == target:
        return None
    return Transformer.from_crs(source, target, always_xy=True)


def transform_geometry(geometry: QgsGeometry, transformer: Transformer | None) -> QgsGeometry:
    """``geometry`` reprojected (a copy; the same when ``transformer`` is None)."""
    if transformer is None or geometry.isEmpty():
        return QgsGeometry(geometry)
    return geometry_from_mapping(transform_mapping(geometry_to_mapping(geometry), transformer))


def _local_transformer(geometry: QgsGeometry) -> Transformer:
    centre = geometry.centroid().asPoint()
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={centre.y()} +lon_0={centre.x()} +datum=WGS84 "
                           "+units=m +no_defs")
    return Transformer.from_crs(WGS84, local, always_xy=True)


def _near(geometry: QgsGeometry, around: QgsGeometry, reach_km: float) -> QgsGeometry:
    """``geometry`` clipped to ``around``'s box grown by ``reach_km`` (big borders stay cheap)."""
    box = QgsRectangle(around.boundingBox())
    degrees = reach_km / 50.0 + 0.5  # generous: a degree of longitude is >= 50 km below 63 N
    box.grow(degrees)
    if geometry.boundingBox().width() < box.width() * 2:
        return geometry
    return geometry.clipped(box)


def distance_km(geometry: QgsGeometry, other: QgsGeometry, reach_km: float = 1000.0) -> float:
    """Shortest distance in km between two lon/lat geometries (0 when they touch).

    Beyond ``reach_km`` the answer is only known to be larger than ``reach_km``.
    """
    nearby = _near(other, geometry, reach_km)
    if nearby.isEmpty():
        return float("inf")
    transformer = _local_transformer(geometry)
    return transform_geometry(geometry, transformer).distance(
        transform_geometry(nearby, transformer)) / 1000.0


def centroid_distance_km(geometry: QgsGeometry, other: QgsGeometry) -> float:
    """Geodesic distance in km between the centroids."""
    a, b = geometry.centroid().asPoint(), other.centroid().asPoint()
    return _GEOD.inv(a.x(), a.y(), b.x(), b.y())[2] / 1000.0


def hausdorff_m(geometry: QgsGeometry, other: QgsGeometry) -> float:
    """Hausdorff distance in metres: the farthest any point of one is from the other."""
    transformer = _local_transformer(geometry)
    return transform_geometry(geometry, transformer).hausdorffDistance(
        transform_geometry(other, transformer))
