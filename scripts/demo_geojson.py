"""GeoJSON <-> QgsGeometry helpers shared by the demo-data scripts.

The scripts write GeoJSON themselves (not through OGR) so that the property order, the
coordinate precision and the key order stay stable from one run to the next, which keeps the
committed files diff-friendly.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from qgis.core import QgsGeometry, QgsMultiPolygon, QgsPointXY, QgsWkbTypes

with warnings.catch_warnings():
    # Debian's pyproj warns when proj.db is missing; Geod (ellipsoid maths) does not need it.
    warnings.simplefilter("ignore")
    from pyproj import Geod

WGS84_GEOD = Geod(ellps="WGS84")


def geometry_from_geojson(geom: dict[str, Any]) -> QgsGeometry:
    """Build a QgsGeometry from a GeoJSON Polygon/MultiPolygon/Point mapping."""
    gtype = geom["type"]
    coords = geom["coordinates"]
    if gtype == "Point":
        return QgsGeometry.fromPointXY(QgsPointXY(coords[0], coords[1]))
    if gtype == "Polygon":
        coords = [coords]
    elif gtype != "MultiPolygon":
        raise ValueError(f"unsupported geometry type {gtype}")
    polys = [[[QgsPointXY(x, y) for x, y, *_ in ring] for ring in poly] for poly in coords]
    return QgsGeometry.fromMultiPolygonXY(polys)


def polygon_parts(geom: QgsGeometry) -> list[QgsGeometry]:
    """Return the single-polygon parts of a (multi)polygon or geometry collection."""
    parts: list[QgsGeometry] = []
    for part in geom.asGeometryCollection():
        if part.type() != QgsWkbTypes.PolygonGeometry or part.isEmpty():
            continue
        if part.isMultipart():
            parts.extend(polygon_parts(part))
        else:
            parts.append(part)
    return parts


def as_multipolygon(geom: QgsGeometry) -> QgsGeometry:
    """Keep only polygon parts and return them as one MultiPolygon."""
    multi = QgsMultiPolygon()
    for part in polygon_parts(geom):
        multi.addGeometry(part.constGet().clone())
    return QgsGeometry(multi)


def _round_ring(ring: Iterable[QgsPointXY], ndigits: int) -> list[list[float]]:
    out: list[list[float]] = []
    for p in ring:
        xy = [round(p.x(), ndigits), round(p.y(), ndigits)]
        if not out or out[-1] != xy:
            out.append(xy)
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def multipolygon_coordinates(geom: QgsGeometry, ndigits: int) -> list:
    """GeoJSON MultiPolygon coordinates, rounded, consecutive duplicates dropped."""
    multi = as_multipolygon(geom)
    coords = []
    for poly in multi.asMultiPolygon():
        rings = [_round_ring(ring, ndigits) for ring in poly]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            coords.append(rings)
    return coords


def rounded_multipolygon(geom: QgsGeometry, ndigits: int) -> QgsGeometry:
    """The geometry exactly as it will be written (rounded coordinates)."""
    return geometry_from_geojson(
        {"type": "MultiPolygon", "coordinates": multipolygon_coordinates(geom, ndigits)}
    )


def write_feature_collection(path: Path, features: list[dict[str, Any]], name: str) -> None:
    """Write a GeoJSON FeatureCollection (EPSG:4326), one feature per line."""
    header = {
        "type": "FeatureCollection",
        "name": name,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
    }
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = (
        json.dumps(header, ensure_ascii=False)[:-1]
        + ',\n"features":[\n'
        + ",\n".join(lines)
        + "\n]}\n"
    )
    path.write_text(text, encoding="utf-8")


def read_features(path: Path) -> list[dict[str, Any]]:
    """Read the features of a GeoJSON FeatureCollection."""
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def geodesic_area_km2(geom: QgsGeometry) -> float:
    """Area on the WGS84 ellipsoid, in km2, of a lon/lat (multi)polygon."""
    total = 0.0
    for poly in as_multipolygon(geom).asMultiPolygon():
        for i, ring in enumerate(poly):
            area, _ = WGS84_GEOD.polygon_area_perimeter(
                [p.x() for p in ring], [p.y() for p in ring]
            )
            total += abs(area) if i == 0 else -abs(area)
    return total / 1e6


def geodesic_distance_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Distance on the WGS84 ellipsoid in km."""
    return WGS84_GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def geodesic_length_km(geom: QgsGeometry) -> float:
    """Length on the WGS84 ellipsoid, in km, of a lon/lat (multi)line."""
    lines = geom.asMultiPolyline() if geom.isMultipart() else [geom.asPolyline()]
    return (
        sum(WGS84_GEOD.line_length([p.x() for p in line], [p.y() for p in line]) for line in lines)
        / 1000.0
    )
