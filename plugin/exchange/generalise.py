"""Generalising sensitive locations: a point moves to the centre of its cell of a ~10 km grid.

Data-sharing practice for rare species (tiger above all) is to share a cell, not a point. The
grid has rows of equal height (``cell_km`` of latitude) and, in each row, columns of ``cell_km``
measured along the row's middle parallel, so cells are about ``cell_km`` square everywhere and
the same point always lands in the same cell (two packages reveal no more than one).
"""

from __future__ import annotations

import math

from qgis.core import QgsGeometry, QgsPointXY

KM_PER_DEGREE_LATITUDE = 111.32
DEFAULT_CELL_KM = 10.0


def generalised_point(longitude: float, latitude: float, cell_km: float = DEFAULT_CELL_KM
                      ) -> tuple[float, float]:
    """Centre (lon, lat) of the grid cell holding the point."""
    row_height = cell_km / KM_PER_DEGREE_LATITUDE
    row = math.floor((latitude + 90.0) / row_height)
    centre_lat = -90.0 + (row + 0.5) * row_height
    column_width = cell_km / (KM_PER_DEGREE_LATITUDE * max(math.cos(math.radians(centre_lat)),
                                                           0.01))
    column = math.floor((longitude + 180.0) / column_width)
    centre_lon = -180.0 + (column + 0.5) * column_width
    return round(centre_lon, 6), round(centre_lat, 6)


def generalise_geometry(geometry: QgsGeometry, cell_km: float = DEFAULT_CELL_KM) -> QgsGeometry:
    """A point geometry (EPSG:4326) moved to its cell centre."""
    point = geometry.centroid().asPoint()
    return QgsGeometry.fromPointXY(QgsPointXY(*generalised_point(point.x(), point.y(), cell_km)))
