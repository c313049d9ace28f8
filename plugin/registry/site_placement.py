"""Where a reintroduction site lies: inside a range state (required) and in which protected area.

Kept apart from the stores so every backend applies the same rule before writing a site:
:func:`place_site` is the pure rule on geometries, :func:`check_site_placement` reads the
geometries through any registry backend and applies it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from qgis.core import QgsGeometry, QgsRectangle

from ..i18n import tr
from .geodesy import geodesic_area_km2
from .model import RecordError, ReintroductionSite


@dataclass(frozen=True)
class SitePlacement:
    """The range state and the protected area (None: outside every PA) a site lies in."""

    iso3: str
    pa_id: str | None


def place_site(site: ReintroductionSite, range_states: Iterable[tuple[str, QgsGeometry]],
               protected_areas: Iterable[tuple[str, QgsGeometry]]) -> SitePlacement:
    """Find the range state and the PA holding ``site``; raise RecordError outside every state.

    ``range_states`` and ``protected_areas`` are (iso3 or pa_id, geometry) pairs in EPSG:4326.
    When PAs overlap (a national park inside a biosphere reserve) the smallest one is taken:
    it is the one that manages the site on the ground.
    """
    point = site.geometry
    state = next((iso3 for iso3, geometry in range_states
                  if geometry is not None and geometry.intersects(point)), None)
    if state is None:
        raise RecordError(site.table, site.record_id, "geometry", tr(
            "the site ({x:.4f}, {y:.4f}) lies outside every range state of the registry"
        ).format(x=point.asPoint().x(), y=point.asPoint().y()))
    holding = [(geodesic_area_km2(geometry), pa_id) for pa_id, geometry in protected_areas
               if geometry is not None and geometry.intersects(point)]
    return SitePlacement(state, min(holding)[1] if holding else None)


def check_site_placement(store, site: ReintroductionSite) -> ReintroductionSite:
    """Apply :func:`place_site` with the geometries of ``store`` (any registry backend).

    Fills ``site.pa_id`` in place when it is empty and the site lies in a PA (so a store that
    writes ``site`` afterwards writes the filled value) and returns ``site``. A pa_id given by
    the user is kept: an enclosure may sit just outside the PA that runs it.

    Only the states and PAs whose bounding box meets the site's are read when the store has
    the GeoPackage's R-tree (an import of many sites no longer decodes every PA per site).
    """
    box = site.geometry.boundingBox()
    tables = store.table_names() if hasattr(store, "table_names") else set()
    states = [(row["iso3"], row.get("geometry"))
              for row in _rows_around(store, tables, "range_states", box)]
    areas = [(row["pa_id"], row.get("geometry"))
             for row in _rows_around(store, tables, "protected_areas", box)]
    placement = place_site(site, states, areas)
    if site.pa_id is None and placement.pa_id is not None:
        site.pa_id = placement.pa_id
    return site


def _rows_around(store, tables: set[str], table: str, box: QgsRectangle) -> list[dict]:
    """Rows of ``table`` (in fid order) whose bounding box may meet ``box``: through the
    GeoPackage's R-tree on the table when ``tables`` has it (kept by triggers, so rows added
    in the current transaction are in it; its bounds are rounded outwards, so no row that
    meets ``box`` is left out), every row otherwise (another backend)."""
    rtree = f"rtree_{table}_geom"
    if rtree not in tables:
        return store.rows(table)
    return store.rows(
        table, f'fid IN (SELECT id FROM "{rtree}" WHERE maxx >= ? AND minx <= ? AND maxy >= ? '
        "AND miny <= ?)", (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()))
