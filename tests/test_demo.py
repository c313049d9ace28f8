"""The demo registry built from resources/demo: the figures of Kazakhstan's 2025 report."""

from collections import Counter, defaultdict

import pytest

from plugin.registry.catalogue import REINTRODUCED_SPECIES
from plugin.registry.store import RegistryStore
from plugin.registry.validation import validate_registry
from tests.conftest import run_cli


def test_demo_registry_is_valid(demo_registry_master):
    assert validate_registry(demo_registry_master) == []


def test_networks_five_created_two_draft_three_planned(demo_registry_master):
    with RegistryStore.open(demo_registry_master) as store:
        statuses = Counter(n.status.value for n in store.networks())
    assert statuses == {"created": 5, "draft": 2, "planned": 3}


def test_every_network_joins_pas_across_a_border(demo_registry_master):
    with RegistryStore.open(demo_registry_master) as store:
        country = {pa.pa_id: pa.iso3 for pa in store.protected_areas()}
        members = defaultdict(set)
        for member in store.members():
            members[member.network_id].add(country[member.pa_id])
        assert len(members) == 10
        for network_id, states in members.items():
            assert len(states) >= 2, network_id


def test_protected_areas_lie_in_their_country(demo_registry_master):
    with RegistryStore.open(demo_registry_master) as store:
        borders = {s.iso3: s.geometry for s in store.range_states()}
        for pa in store.protected_areas():
            inside = pa.geometry.intersection(borders[pa.iso3]).area() / pa.geometry.area()
            assert inside > 0.99, pa.pa_id


def test_reintroductions_cover_all_four_species(demo_registry_master):
    with RegistryStore.open(demo_registry_master) as store:
        sites = {s.site_id: s for s in store.sites()}
        animals = Counter()
        for release in store.releases():
            animals[sites[release.site_id].species] += release.animals
        assert set(REINTRODUCED_SPECIES) <= {s.species for s in sites.values()}
        assert animals["przewalski_horse"] == 14
        assert animals["tiger"] == 2
        assert all(s.sensitive for s in sites.values() if s.species == "tiger")
        kaz = next(s.geometry for s in store.range_states() if s.iso3 == "KAZ")
        for site in sites.values():
            if site.iso3 == "KAZ":
                assert kaz.contains(site.geometry), site.site_id


def test_history_records_every_creation(demo_registry_master):
    with RegistryStore.open(demo_registry_master) as store:
        created = {(h.entity, h.entity_id) for h in store.history() if h.old_status is None}
        expected = {("protected_area", pa.pa_id) for pa in store.protected_areas()}
        expected |= {("network", n.network_id) for n in store.networks()}
    assert created == expected


@pytest.mark.subprocess
def test_demo_command_builds_registry_and_prints_summary(tmp_path):
    result = run_cli("demo", "--output", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no warnings from GDAL or QGIS either
    assert (tmp_path / "registry.gpkg").is_file()
    assert "Networks: 10 (Created 5, Draft 2, Planned 3)" in result.stdout
    assert run_cli("validate", str(tmp_path / "registry.gpkg")).returncode == 0
