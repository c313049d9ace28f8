"""Reintroduction programmes: demo totals, time-aware layers, validated adds, chart, CLI."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from qgis.core import QgsDateTimeRange, QgsFeatureRequest, QgsVectorLayerTemporalContext
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from qgis.PyQt.QtGui import QImage

from plugin.project.reintroduction_layers import (
    PROPERTY_SPECIES,
    add_reintroduction_group,
    species_icon_path,
)
from plugin.registry.catalogue import REINTRODUCED_SPECIES
from plugin.registry.model import RecordError, ReintroductionSite
from plugin.registry.site_placement import place_site
from plugin.registry.store import open_registry
from plugin.reintroduction.chart import write_release_chart
from plugin.reintroduction.editing import add_release, add_site
from plugin.reintroduction.programme import SPECIES_COLOURS, animals_per_year, read_programmes
from tests.conftest import run_cli


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def programmes_by_species(registry):
    with open_registry(registry) as store:
        return {p.species: p for p in read_programmes(store)}


def year_range(year: int) -> QgsDateTimeRange:
    return QgsDateTimeRange(QDateTime(QDate(year, 1, 1), QTime(0, 0)),
                            QDateTime(QDate(year, 12, 31), QTime(23, 59, 59)))


def sites_shown_in(layer, year: int) -> set[str]:
    """Sites the Temporal Controller draws when its frame is ``year``."""
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    expression = layer.temporalProperties().createFilterString(context, year_range(year))
    request = QgsFeatureRequest().setFilterExpression(expression)
    return {f["site_id"] for f in layer.getFeatures(request)}


# ----- demo totals ---------------------------------------------------------------------------

def test_demo_totals_per_species_match_the_brief(demo_registry):
    programmes = programmes_by_species(demo_registry)
    assert list(programmes)[:4] == list(REINTRODUCED_SPECIES)

    horse = programmes["przewalski_horse"]
    assert horse.animals == 14
    assert horse.animals_per_year() == {2024: 7, 2025: 7}

    kulan = programmes["kulan"]
    assert kulan.animals == 35
    assert sorted(kulan.animals_per_year()) == [2017, 2019, 2024]

    deer = programmes["bukhara_deer"]
    assert deer.animals >= 141
    ile_balkhash = next(s for s in deer.sites if s.site.site_id == "RS-ILE-BALKHASH-BD")
    assert ile_balkhash.animals == 141
    assert {r.year for r in ile_balkhash.releases} == {2018, 2020, 2021, 2022}
    assert deer.last_year == 2022

    tiger = programmes["tiger"]
    assert (tiger.animals, tiger.first_year, tiger.last_year) == (2, 2024, 2024)
    assert tiger.sites[0].site.sensitive


@pytest.mark.subprocess
def test_cli_prints_the_programme_table(demo_registry, tmp_path):
    chart = tmp_path / "chart.png"
    result = run_cli("reintroductions", str(demo_registry), "--chart", str(chart))
    assert result.returncode == 0, result.stderr
    rows = {line.rsplit(None, 5)[0].strip(): line.split()[-5:]
            for line in result.stdout.splitlines()[1:5]}
    assert rows["Przewalski's horse"] == ["1", "4", "14", "2024", "2025"]
    assert rows["Kulan"] == ["5", "3", "35", "2017", "2024"]
    assert rows["Tiger"] == ["1", "1", "2", "2024", "2024"]
    assert int(rows["Bukhara deer"][2]) >= 141 and rows["Bukhara deer"][4] == "2022"
    assert chart.stat().st_size > 0


@pytest.mark.subprocess
def test_cli_on_a_missing_registry_is_one_line_error(tmp_path):
    result = run_cli("reintroductions", str(tmp_path / "none.gpkg"))
    assert result.returncode == 1
    assert result.stderr.startswith("error:") and len(result.stderr.splitlines()) == 1


# ----- chart ---------------------------------------------------------------------------------

def test_chart_is_written_and_shows_every_species(demo_registry, tmp_path):
    with open_registry(demo_registry) as store:
        per_year = animals_per_year(read_programmes(store))
    path = write_release_chart(per_year, tmp_path / "reintroductions.png")
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    assert len(colours) > 20, "the chart is blank"
    drawn = {QImage.pixel(image, x, y) & 0xFFFFFF for x in range(image.width())
             for y in range(image.height())}
    for species in REINTRODUCED_SPECIES:
        assert int(SPECIES_COLOURS[species][1:], 16) in drawn, species


def test_chart_without_releases_says_so(tmp_path, qgis_app):
    path = write_release_chart({}, tmp_path / "empty.png")
    assert not QImage(str(path)).isNull()


# ----- layers --------------------------------------------------------------------------------

@pytest.fixture
def reintroduction_group(demo_registry, qgis_new_project):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    group = add_reintroduction_group(demo_registry, project, project.layerTreeRoot())
    return project, group


def test_group_has_one_layer_per_species_with_icon_and_abstract(reintroduction_group):
    _project, group = reintroduction_group
    assert group.name() == "Reintroduction sites"
    site_layers = [n.layer() for n in group.findLayers()
                   if n.layer().customProperty(PROPERTY_SPECIES)]
    assert [layer.customProperty(PROPERTY_SPECIES) for layer in site_layers] == list(
        REINTRODUCED_SPECIES)
    for layer in site_layers:
        species = layer.customProperty(PROPERTY_SPECIES)
        assert {f["species"] for f in layer.getFeatures()} == {species}
        svg_paths = {symbol_layer.path() for category in layer.renderer().categories()
                     for symbol_layer in category.symbol().symbolLayers()
                     if hasattr(symbol_layer, "path")}
        assert svg_paths == {str(species_icon_path(species))}
        assert species_icon_path(species).is_file()
        assert {c.value() for c in layer.renderer().categories()} == {
            "planned", "enclosure", "released", "established"}
        assert "generalis" in layer.metadata().abstract()
        assert layer.labelsEnabled()


def test_pa_name_is_in_the_label_fields(reintroduction_group):
    _project, group = reintroduction_group
    tiger = next(n.layer() for n in group.findLayers()
                 if n.layer().customProperty(PROPERTY_SPECIES) == "tiger")
    feature = next(tiger.getFeatures())
    assert feature["pa_name"] == "Ile-Balkhash State Nature Reserve"
    assert "pa_name" in tiger.labeling().settings().fieldName


def test_temporal_ranges_cover_the_release_years(reintroduction_group, demo_registry):
    project, group = reintroduction_group
    programmes = programmes_by_species(demo_registry)
    layers = {n.layer().customProperty(PROPERTY_SPECIES): n.layer() for n in group.findLayers()
              if n.layer().customProperty(PROPERTY_SPECIES)}
    project_range = project.timeSettings().temporalRange()
    for species, layer in layers.items():
        assert layer.temporalProperties().isActive()
        programme = programmes[species]
        assert project_range.begin().date().year() <= programme.first_year
        assert project_range.end().date().year() >= programme.last_year
        for site in programme.sites:
            if not site.releases:
                continue
            first = site.releases[0].year
            # Before its first release the site is not drawn; from then on, every year it is.
            assert site.site.site_id not in sites_shown_in(layer, first - 1)
            for year in range(first, programme.last_year + 1):
                assert site.site.site_id in sites_shown_in(layer, year), (species, year)


def test_planned_site_without_release_is_always_drawn(reintroduction_group):
    _project, group = reintroduction_group
    kulan = next(n.layer() for n in group.findLayers()
                 if n.layer().customProperty(PROPERTY_SPECIES) == "kulan")
    assert "RS-SUZAK-KULAN" in sites_shown_in(kulan, 2000)
    assert "RS-ALIBI-KULAN" not in sites_shown_in(kulan, 2000)


def test_a_new_release_moves_the_site_in_time(reintroduction_group, demo_registry):
    """The release dates are read live: a release added later shows without reloading."""
    _project, group = reintroduction_group
    with open_registry(demo_registry) as store:
        add_release(store, dict(site_id="RS-ILE-BALKHASH-KULAN", release_date="2015-05",
                                animals=6, origin="Altyn-Emel NNP"))
    kulan = next(n.layer() for n in group.findLayers()
                 if n.layer().customProperty(PROPERTY_SPECIES) == "kulan")
    kulan.dataProvider().reloadData()
    releases = next(n.layer() for n in group.findLayers()
                    if not n.layer().customProperty(PROPERTY_SPECIES))
    releases.dataProvider().reloadData()
    assert "RS-ILE-BALKHASH-KULAN" in sites_shown_in(kulan, 2015)
    assert "RS-ILE-BALKHASH-KULAN" not in sites_shown_in(kulan, 2014)


# ----- validated adds ------------------------------------------------------------------------

@pytest.mark.parametrize(("values", "field"), [
    (dict(release_date="2024-09", animals=0), "animals"),
    (dict(release_date="2024-09", animals=-3), "animals"),
    (dict(release_date="2024-09", animals="two"), "animals"),
    (dict(release_date="2024-13", animals=2), "release_date"),
    (dict(release_date="09.2024", animals=2), "release_date"),
    (dict(release_date="", animals=2), "release_date"),
])
def test_bad_release_is_refused_and_nothing_written(demo_registry, values, field):
    before = file_hash(demo_registry)
    with open_registry(demo_registry) as store, pytest.raises(RecordError) as refused:
        add_release(store, dict(site_id="RS-ILE-BALKHASH-TIGER", origin="Russia", **values))
    assert (refused.value.table, refused.value.field) == ("releases", field)
    assert file_hash(demo_registry) == before


def test_release_for_unknown_site_is_refused(demo_registry):
    before = file_hash(demo_registry)
    with open_registry(demo_registry) as store, pytest.raises(RecordError, match="RS-NONE"):
        add_release(store, dict(site_id="RS-NONE", release_date="2024-09", animals=2))
    assert file_hash(demo_registry) == before


def test_good_release_is_counted(demo_registry):
    with open_registry(demo_registry) as store:
        add_release(store, dict(site_id="RS-ILE-BALKHASH-TIGER", release_date="2026-03-15",
                                animals=3, origin="Russia"))
    tiger = programmes_by_species(demo_registry)["tiger"]
    assert (tiger.animals, tiger.release_events, tiger.last_year) == (5, 2, 2026)


def site_values(site_id, lon, lat, **extra):
    return dict(site_id=site_id, species="kulan", name_en=site_id, iso3="KAZ",
                site_status="planned", geometry=f"POINT({lon} {lat})", **extra)


def test_site_outside_every_range_state_is_refused(demo_registry):
    before = file_hash(demo_registry)
    with open_registry(demo_registry) as store, pytest.raises(RecordError) as refused:
        add_site(store, site_values("RS-SEA", 10.0, 0.0))  # Gulf of Guinea
    error = refused.value
    assert (error.table, error.record_id, error.field) == (
        "reintroduction_sites", "RS-SEA", "geometry")
    assert "range state" in str(error)
    assert file_hash(demo_registry) == before


def test_site_inside_a_pa_gets_its_pa_id(demo_registry):
    with open_registry(demo_registry) as store:
        area = next(p for p in store.protected_areas()
                    if p.pa_id == "KAZ-BARSAKELMES")
        inside = area.geometry.pointOnSurface().asPoint()
        add_site(store, site_values("RS-NEW-IN-PA", inside.x(), inside.y()))
        add_site(store, site_values("RS-NEW-STEPPE", 70.0, 48.0))  # open steppe, no PA
        assert store.get(ReintroductionSite, "RS-NEW-IN-PA").pa_id == "KAZ-BARSAKELMES"
        assert store.get(ReintroductionSite, "RS-NEW-STEPPE").pa_id is None


def test_pa_id_given_by_the_user_is_kept(demo_registry):
    """An enclosure may lie just outside the PA that runs it."""
    with open_registry(demo_registry) as store:
        add_site(store, site_values("RS-NEAR", 70.0, 48.0, pa_id="KAZ-ALTYN-DALA"))
        assert store.get(ReintroductionSite, "RS-NEAR").pa_id == "KAZ-ALTYN-DALA"


def test_smallest_overlapping_pa_is_chosen(qgis_app):
    site = ReintroductionSite.parse(site_values("S", 70.5, 45.5))
    placement = place_site(site, [("KAZ", box_wkt_geometry(60, 40, 80, 50))],
                           [("BIG", box_wkt_geometry(69, 44, 72, 47)),
                            ("SMALL", box_wkt_geometry(70, 45, 71, 46)),
                            ("ELSEWHERE", box_wkt_geometry(60, 40, 61, 41))])
    assert placement == type(placement)("KAZ", "SMALL")


def box_wkt_geometry(west, south, east, north):
    from qgis.core import QgsGeometry

    return QgsGeometry.fromWkt(
        f"POLYGON(({west} {south},{east} {south},{east} {north},{west} {north},"
        f"{west} {south}))")

