"""The gap analysis limited to one partner (the partner package's gap step) finds exactly the
gaps with that partner that the whole analysis finds, in the same order."""

from __future__ import annotations

import pytest

from plugin.analysis.gaps import GapParameters, find_cross_border_gaps
from plugin.registry.store import open_registry


def _key(gap) -> tuple:
    return (gap.gap_type, gap.iso3, gap.neighbour, gap.pa_id, gap.network_id, gap.site_id,
            gap.species, gap.distance_km, gap.message, gap.geometry.asWkt(7))


@pytest.mark.parametrize("partner", ["KAZ", "UZB", "KGZ", "CHN", "RUS", "TKM"])
def test_gaps_with_one_partner_are_those_of_the_whole_analysis(demo_registry, partner):
    with open_registry(demo_registry) as store:
        everything = find_cross_border_gaps(store, GapParameters())
        limited = find_cross_border_gaps(store, GapParameters(), partner=partner)
    wanted = [_key(g) for g in everything if partner in (g.iso3, g.neighbour)]
    assert wanted, partner
    assert [_key(g) for g in limited if partner in (g.iso3, g.neighbour)] == wanted
