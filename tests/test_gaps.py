"""Cross-border gap rules on small hand-made registries: each rule fires, and where it must not."""

from __future__ import annotations

import pytest
from pyproj import Geod

from plugin.analysis.gaps import (
    GapParameters,
    find_cross_border_gaps,
    parse_dispersal_overrides,
    parse_statuses,
    state_borders,
)
from plugin.registry.catalogue import Status
from plugin.registry.model import (
    Network,
    NetworkMember,
    ProtectedArea,
    RangeState,
    ReintroductionSite,
)
from plugin.registry.store import RegistryStore

GEOD = Geod(ellps="WGS84")
BORDER_LAT = 42.0  # KAZ lies north of this parallel, UZB south of it
EAST_LON = 70.0  # KGZ lies east of this meridian, beside KAZ


def rect(west, south, east, north):
    return (f"POLYGON(({west} {south},{east} {south},{east} {north},{west} {north},"
            f"{west} {south}))")


def lat_north_of_border(km):
    """Latitude ``km`` north of the KAZ-UZB border along a meridian (negative: south)."""
    return GEOD.fwd(65.0, BORDER_LAT, 0 if km >= 0 else 180, abs(km) * 1000)[1]


STATES = [
    RangeState.parse(dict(iso3="KAZ", name_en="Kazakhstan", geometry=rect(60, 42, 70, 46))),
    RangeState.parse(dict(iso3="UZB", name_en="Uzbekistan", geometry=rect(60, 38, 70, 42))),
    # Natural Earth borders are not noded: KGZ's west edge is 100 m off KAZ's east edge.
    RangeState.parse(dict(iso3="KGZ", name_en="Kyrgyzstan",
                          geometry=rect(70.001, 42, 75, 46))),
    # Far away: no neighbour of anyone.
    RangeState.parse(dict(iso3="MNG", name_en="Mongolia", geometry=rect(90, 44, 95, 48))),
]


def pa(pa_id, iso3, geometry, status="created"):
    return ProtectedArea.parse(dict(pa_id=pa_id, name_en=pa_id, iso3=iso3, status=status,
                                    geometry=geometry))


def pa_band(pa_id, iso3, near_km, far_km, status="created", west=64.8, east=65.2):
    """A PA between ``near_km`` and ``far_km`` north (positive) or south of the border."""
    south, north = sorted((lat_north_of_border(near_km), lat_north_of_border(far_km)))
    return pa(pa_id, iso3, rect(west, south, east, north), status)


def make_registry(path, records):
    store = RegistryStore.create(path, "Gap test", STATES)
    with store.transaction():
        for record in records:
            store.add(record)
    return store


def gaps_of(tmp_path, records, **parameters):
    with make_registry(tmp_path / "registry.gpkg", records) as store:
        return find_cross_border_gaps(store, GapParameters(**parameters))


def keys(gaps):
    return sorted((g.gap_type, g.iso3, g.neighbour, g.pa_id or g.network_id or g.site_id)
                  for g in gaps)


def test_neighbours_share_a_border_within_tolerance(qgis_app):
    borders = state_borders({s.iso3: s.geometry for s in STATES})
    assert borders.neighbours["KAZ"] == {"UZB", "KGZ"}
    assert borders.neighbours["UZB"] == {"KAZ"}  # touches KGZ's corner only at a point
    assert "MNG" not in borders.neighbours or not borders.neighbours["MNG"]
    # The border of KAZ with UZB is its southern edge (10 degrees) and two stubs in tolerance.
    assert borders.lines[("KAZ", "UZB")].length() == pytest.approx(10.0, abs=0.02)


def test_border_pa_with_partner_20_km_away_is_not_flagged(tmp_path, qgis_app):
    gaps = gaps_of(tmp_path, [pa_band("KAZ-NEAR", "KAZ", 5, 40),
                              pa_band("UZB-PARTNER", "UZB", -15, -40)])
    assert keys(gaps) == []


def test_border_pa_with_nearest_partner_200_km_away_is_flagged(tmp_path, qgis_app):
    gaps = gaps_of(tmp_path, [pa_band("KAZ-NEAR", "KAZ", 5, 40),
                              pa_band("UZB-FAR", "UZB", -195, -230)])
    assert keys(gaps) == [("unpaired_border_pa", "KAZ", "UZB", "KAZ-NEAR")]
    gap = gaps[0]
    assert gap.distance_km == pytest.approx(5.0, abs=0.05)
    assert gap.message == ("KAZ-NEAR (KAZ) lies 5.0 km from Uzbekistan, which has no protected "
                           "area within 50 km")
    # The geometry is the stretch of border within 25 km of the PA: on the border parallel.
    box = gap.geometry.boundingBox()
    assert box.yMinimum() == pytest.approx(BORDER_LAT, abs=1e-4)
    assert box.yMaximum() == pytest.approx(BORDER_LAT, abs=1e-4)
    assert 64.4 < box.xMinimum() < 64.8 and 65.2 < box.xMaximum() < 65.6


def test_uzbek_side_is_flagged_too_and_pa_300_km_inland_is_not(tmp_path, qgis_app):
    gaps = gaps_of(tmp_path, [pa_band("KAZ-INLAND", "KAZ", 300, 330),
                              pa_band("UZB-NEAR", "UZB", -10, -30)])
    assert keys(gaps) == [("unpaired_border_pa", "UZB", "KAZ", "UZB-NEAR")]


def test_distances_are_geodesic_not_degrees(tmp_path, qgis_app):
    """East-west at 44N a degree of longitude is 80 km: a partner 45 km away counts."""
    lat_s, lat_n = 43.9, 44.0
    kaz_east = EAST_LON - 0.02
    partner_west = GEOD.fwd(kaz_east, lat_n, 90, 45_000)[0]
    distant_west = GEOD.fwd(kaz_east, lat_n, 90, 56_000)[0]
    near = pa("KAZ-EAST", "KAZ", rect(69.8, lat_s, kaz_east, lat_n))
    partner = pa("KGZ-45", "KGZ", rect(partner_west, lat_s, partner_west + 0.1, lat_n))
    distant = pa("KGZ-56", "KGZ", rect(distant_west, lat_s, distant_west + 0.1, lat_n))
    assert keys(gaps_of(tmp_path / "a", [near, partner])) == []
    flagged = gaps_of(tmp_path / "b", [near, distant])
    assert keys(flagged) == [("unpaired_border_pa", "KAZ", "KGZ", "KAZ-EAST")]
    expected = GEOD.inv(kaz_east, lat_n, EAST_LON, lat_n)[2] / 1000  # to the KAZ border line
    assert flagged[0].distance_km == pytest.approx(expected, abs=0.05)


def test_only_counting_statuses_take_part(tmp_path, qgis_app):
    records = [pa_band("KAZ-NEAR", "KAZ", 5, 40),
               pa_band("UZB-PLANNED", "UZB", -15, -40, status="planned"),
               pa_band("KAZ-PLANNED", "KAZ", 2, 30, status="planned", west=65.3, east=65.6)]
    with make_registry(tmp_path / "registry.gpkg", records) as store:
        everything = find_cross_border_gaps(store, GapParameters())
        created = find_cross_border_gaps(store, GapParameters(statuses=frozenset(
            {Status.CREATED})))
    # With every status the planned Uzbek PA is a partner of both Kazakh ones.
    assert keys(everything) == []
    # Counting created only, the planned partner no longer counts, and the planned Kazakh PA
    # itself takes no part.
    assert keys(created) == [("unpaired_border_pa", "KAZ", "UZB", "KAZ-NEAR")]


def network(network_id, status, states):
    return Network.parse(dict(network_id=network_id, name_en=network_id,
                              tbca_type="protected_area", status=status, range_states=states))


def test_network_listing_a_state_without_member_is_flagged(tmp_path, qgis_app):
    records = [pa_band("KAZ-A", "KAZ", 300, 330), pa_band("UZB-A", "UZB", -300, -330),
               network("NET-FULL", "created", "KAZ;UZB"),
               NetworkMember(network_id="NET-FULL", pa_id="KAZ-A"),
               NetworkMember(network_id="NET-FULL", pa_id="UZB-A"),
               network("NET-HALF", "draft", "KAZ;UZB;KGZ"),
               NetworkMember(network_id="NET-HALF", pa_id="KAZ-A")]
    gaps = gaps_of(tmp_path, records)
    assert keys(gaps) == [("network_missing_state", "KGZ", None, "NET-HALF"),
                          ("network_missing_state", "UZB", None, "NET-HALF")]
    assert "lists Uzbekistan, but none of its member protected areas lies in Uzbekistan" in \
        next(g for g in gaps if g.iso3 == "UZB").message


def test_created_network_with_planned_member_is_flagged(tmp_path, qgis_app):
    records = [pa_band("KAZ-A", "KAZ", 300, 330),
               pa_band("UZB-PLAN", "UZB", -300, -330, status="planned"),
               network("NET-C", "created", "KAZ;UZB"),
               NetworkMember(network_id="NET-C", pa_id="KAZ-A"),
               NetworkMember(network_id="NET-C", pa_id="UZB-PLAN"),
               network("NET-D", "draft", "KAZ;UZB"),  # draft network, created member: fine
               NetworkMember(network_id="NET-D", pa_id="KAZ-A"),
               NetworkMember(network_id="NET-D", pa_id="UZB-PLAN")]
    gaps = gaps_of(tmp_path, records)
    assert keys(gaps) == [("network_status_ahead", "UZB", None, "UZB-PLAN"),
                          ("network_status_ahead", "UZB", None, "UZB-PLAN")]
    assert sorted(g.network_id for g in gaps) == ["NET-C", "NET-D"]
    message = next(g.message for g in gaps if g.network_id == "NET-C")
    assert message.startswith("Network NET-C is created, but its member UZB-PLAN (UZB) is only "
                              "planned")
    # Counting only created and draft, the planned member takes no part: UZB lacks a member.
    limited = gaps_of(tmp_path / "limited", records,
                      statuses=frozenset({Status.CREATED, Status.DRAFT}))
    assert keys(limited) == [("network_missing_state", "UZB", None, "NET-C"),
                             ("network_missing_state", "UZB", None, "NET-D")]


def kulan_site(km_north):
    lat = lat_north_of_border(km_north)
    return ReintroductionSite.parse(dict(site_id="RS-KULAN", species="kulan", name_en="Kulan",
                                         iso3="KAZ", site_status="released",
                                         geometry=f"POINT(65 {lat})"))


def test_kulan_site_near_border_with_and_without_partner(tmp_path, qgis_app):
    alone = gaps_of(tmp_path / "alone", [kulan_site(40)])
    assert keys(alone) == [("site_dispersal_unprotected", "KAZ", "UZB", "RS-KULAN")]
    assert alone[0].species == "kulan"
    assert alone[0].distance_km == pytest.approx(40.0, abs=0.05)
    assert "lies 40 km from Uzbekistan, within the 150 km the species disperses" in \
        alone[0].message
    # An Uzbek PA 100 km south of the border lies 140 km from the site: within 150 km.
    partnered = gaps_of(tmp_path / "partner", [kulan_site(40),
                                               pa_band("UZB-PA", "UZB", -100, -120)])
    assert keys(partnered) == []
    # With the kulan's dispersal overridden to 30 km the border is out of reach.
    assert keys(gaps_of(tmp_path / "short", [kulan_site(40)], dispersal_km={"kulan": 30})) == []


def test_parameter_parsing_and_validation():
    assert parse_statuses("created, draft") == {Status.CREATED, Status.DRAFT}
    assert parse_dispersal_overrides("kulan=150;saiga=300") == {"kulan": 150.0, "saiga": 300.0}
    assert GapParameters(dispersal_km={"kulan": 10}).dispersal_km["saiga"] == 300.0
    with pytest.raises(ValueError, match="unknown status 'built'"):
        parse_statuses("created,built")
    with pytest.raises(ValueError, match="unknown species 'unicorn'"):
        parse_dispersal_overrides("unicorn=10")
    with pytest.raises(ValueError, match="not written species=km"):
        parse_dispersal_overrides("kulan")
    with pytest.raises(ValueError, match="border_km must be a distance of 0 km or more"):
        GapParameters(border_km=-1).validate()
    with pytest.raises(ValueError, match="dispersal distance of kulan must be"):
        GapParameters(dispersal_km={"kulan": -5}).validate()
    with pytest.raises(ValueError, match="unknown status 'built'"):
        GapParameters(statuses=frozenset({"built"})).validate()
