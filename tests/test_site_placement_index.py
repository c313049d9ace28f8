"""Placing a reintroduction site reads only the range states and PAs around it (R-tree).

A bulk import of sites used to read and decode every PA of the registry once per site.
"""

from __future__ import annotations

from plugin.registry import gpkg
from plugin.registry.model import ProtectedArea, ReintroductionSite
from plugin.registry.sources import shipped_range_states
from plugin.registry.store import RegistryStore
from tests.polygons import box_wkt


def _pa(pa_id: str, lon: float, lat: float, size: float) -> ProtectedArea:
    return ProtectedArea.parse(dict(pa_id=pa_id, name_en=pa_id, iso3="KAZ", status="created",
                                    geometry=box_wkt(lon, lat, size)))


def _site(site_id: str, lon: float, lat: float) -> ReintroductionSite:
    return ReintroductionSite.parse(dict(site_id=site_id, species="kulan", name_en=site_id,
                                         iso3="KAZ", site_status="planned",
                                         geometry=f"POINT({lon} {lat})"))


def test_sites_added_with_their_pas_in_one_transaction_are_placed_reading_only_nearby_rows(
        tmp_path, qgis_app, monkeypatch):
    store = RegistryStore.create(tmp_path / "r.gpkg", "Placement", shipped_range_states())
    try:
        decoded = []
        decode = gpkg.decode_geometry
        monkeypatch.setattr(gpkg, "decode_geometry",
                            lambda blob: decoded.append(1) or decode(blob))
        with store.transaction():
            for index in range(200):  # far from the sites: never read to place them
                store.add(_pa(f"KAZ-FAR-{index}", 50.0 + (index % 20) * 0.3,
                              47.0 + (index // 20) * 0.3, 0.2))
            store.add(_pa("KAZ-BIG", 70.0, 45.0, 2.0))
            store.add(_pa("KAZ-SMALL", 70.5, 45.5, 0.5))  # inside BIG: the smaller one wins
            decoded.clear()
            store.add(_site("RS-IN-SMALL", 70.7, 45.7))
            store.add(_site("RS-IN-BIG", 71.5, 46.5))
            store.add(_site("RS-STEPPE", 75.0, 48.0))
        assert {s.site_id: s.pa_id for s in store.records(ReintroductionSite)} == {
            "RS-IN-SMALL": "KAZ-SMALL", "RS-IN-BIG": "KAZ-BIG", "RS-STEPPE": None}
        assert len(decoded) < 30  # a few states and PAs per site, not 202 PAs each
    finally:
        store.close()
