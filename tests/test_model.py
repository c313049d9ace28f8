"""Validation of records before they reach the registry."""

import pytest

from plugin.registry.catalogue import SPECIES, Status
from plugin.registry.model import (
    Network,
    ProtectedArea,
    RecordError,
    ReintroductionSite,
    Release,
)
from tests.polygons import box_wkt


def pa_values(**changes):
    values = dict(pa_id="KAZ-TEST", name_en="Test", iso3="KAZ", status="created",
                  iucn_cat="II", target_species="saiga;kulan", geometry=box_wkt(70, 42, 1.0))
    values.update(changes)
    return values


def test_protected_area_area_is_geodesic(qgis_app):
    pa = ProtectedArea.parse(pa_values())
    # 1 degree x 1 degree at 42-43 N: about 111.1 km x 82 km.
    assert 9000 < pa.area_km2 < 9300
    assert pa.row()["target_species"] == "saiga;kulan"
    assert pa.geometry.isMultipart()


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("status", "approved", "unknown value 'approved'"),
        ("iso3", "XYZ", "unknown ISO3 code 'XYZ'"),
        ("iucn_cat", "VII", "unknown IUCN category 'VII'"),
        ("target_species", "saiga;unicorn", "unknown species 'unicorn'"),
        ("geometry", "POLYGON EMPTY", "the geometry is empty"),
        ("geometry", "POLYGON((70 42,71 43,71 42,70 43,70 42))", "the geometry is invalid"),
        ("geometry", "POINT(70 42)", "expected a MultiPolygon"),
        ("pa_id", "has space", "not a valid identifier"),
    ],
)
def test_bad_values_name_table_record_and_field(qgis_app, field, value, fragment):
    with pytest.raises(RecordError) as caught:
        ProtectedArea.parse(pa_values(**{field: value}))
    message = str(caught.value)
    assert message.startswith("protected_areas '")
    assert f"field '{field}" in message
    assert fragment in message


def test_network_needs_two_range_states(qgis_app):
    with pytest.raises(RecordError, match="at least two range states"):
        Network.parse(dict(network_id="N", name_en="N", tbca_type="protected_area",
                           status="draft", range_states="KAZ"))
    network = Network.parse(dict(network_id="N", name_en="N", tbca_type="migratory_area",
                                 status="draft", range_states="kaz;RUS"))
    assert network.range_states == ["KAZ", "RUS"]
    assert network.status is Status.DRAFT


@pytest.mark.parametrize("animals", [0, -3, "many"])
def test_release_animals_must_be_positive_whole_number(animals):
    with pytest.raises(RecordError, match="field 'animals'"):
        Release.parse(dict(site_id="S", release_date="2024-06", animals=animals))


@pytest.mark.parametrize("date", ["2024", "2024-13", "24-06-01", "2024-06-32", "June 2024"])
def test_release_date_format(date):
    with pytest.raises(RecordError, match="field 'release_date'"):
        Release.parse(dict(site_id="S", release_date=date, animals=3))
    assert Release.parse(dict(site_id="S", release_date="2024-06-15", animals=3)).year == 2024


def test_site_is_a_point(qgis_app):
    site = ReintroductionSite.parse(dict(site_id="S1", species="tiger", name_en="Ili",
                                         iso3="KAZ", site_status="enclosure", sensitive="1",
                                         geometry="POINT(74.7 45.6)"))
    assert site.sensitive is True and site.row()["sensitive"] == 1
    with pytest.raises(RecordError, match="expected a Point"):
        ReintroductionSite.parse(dict(site_id="S1", species="tiger", name_en="Ili",
                                      iso3="KAZ", site_status="enclosure",
                                      geometry=box_wkt(74, 45)))


def test_species_catalogue_has_names_and_dispersal():
    for key in ("przewalski_horse", "kulan", "bukhara_deer", "tiger", "saiga", "snow_leopard",
                "persian_leopard", "caracal", "goitered_gazelle", "argali"):
        species = SPECIES[key]
        assert species.scientific_name and species.name_ru and species.name_kk
        assert species.dispersal_km > 0 and species.dispersal_source
