"""Small geometries for hand-made test registries."""

from __future__ import annotations


def box_wkt(lon: float, lat: float, size: float = 0.2) -> str:
    """A square polygon of ``size`` degrees with its south-west corner at (lon, lat)."""
    return (f"POLYGON(({lon} {lat},{lon + size} {lat},{lon + size} {lat + size},"
            f"{lon} {lat + size},{lon} {lat}))")
