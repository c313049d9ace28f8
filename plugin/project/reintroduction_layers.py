"""The "Reintroduction sites" overlay: one time-aware layer per reintroduced species.

Design of the time dimension (works on QGIS 3.22 and later, with any backend the store names):

* a table layer "Release events" on ``releases`` is added to the group;
* each species layer is ``reintroduction_sites`` filtered by a subset string and carries virtual
  fields ``first_release``, ``last_release`` (dates) and ``animals_released``, computed with
  ``aggregate()`` over that table layer, so a release added later shows without reloading;
* the temporal mode is "start and end from fields" with ``first_release`` as start and no end:
  a site appears in the year animals first arrived and stays; a site without releases yet
  (planned) is always drawn;
* the project's time range is widened to cover every release year, with a one-year step, so the
  Temporal Controller plays the programme year by year.

The layers are read for display; records are added through the store, which validates them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsDateTimeRange,
    QgsExpressionContextUtils,
    QgsField,
    QgsLayerTreeGroup,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRendererCategory,
    QgsSimpleMarkerSymbolLayer,
    QgsSvgMarkerSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime
from qgis.PyQt.QtGui import QColor, QFont

from ..errors import LayerError
from ..i18n import qgis_language, tr
from ..qgis_compat import (
    FIELD_DATE,
    FIELD_INT,
    FIELD_STRING,
    MARKER_CIRCLE,
    MARKER_SQUARE,
    TEMPORAL_YEARS,
    MarkerShape,
)
from ..registry.catalogue import REINTRODUCED_SPECIES, SPECIES, SiteStatus
from ..registry.store import open_registry
from ..reintroduction.programme import SPECIES_COLOURS
from .registry_styles import set_field_aliases

ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"

#: Custom properties other parts of the plugin (exports, shared projects) look for.
PROPERTY_ROLE = "tbpa/role"
PROPERTY_SPECIES = "tbpa/species"
ROLE_SITES = "reintroduction_sites"
ROLE_RELEASES = "releases"


@dataclass(frozen=True)
class StatusStyle:
    """How a site status looks: a frame shape and fill behind the species icon, and opacity."""

    shape: MarkerShape
    fill: str
    outline_style: Qt.PenStyle
    outline_width: float
    opacity: float


STATUS_STYLES = {
    # Planned: a faint dashed ring, nothing there yet.
    SiteStatus.PLANNED: StatusStyle(MARKER_CIRCLE, "#ffffff00",
                                    Qt.PenStyle.DashLine, 0.5, 0.45),
    # Enclosure: a square frame, the animals are fenced in.
    SiteStatus.ENCLOSURE: StatusStyle(MARKER_SQUARE, "#fff8e7",
                                      Qt.PenStyle.SolidLine, 0.6, 1.0),
    # Released: a white disc with a solid ring.
    SiteStatus.RELEASED: StatusStyle(MARKER_CIRCLE, "#ffffff",
                                     Qt.PenStyle.SolidLine, 0.6, 1.0),
    # Established: a green disc with a thick ring, a population on its own.
    SiteStatus.ESTABLISHED: StatusStyle(MARKER_CIRCLE, "#d5efc8",
                                        Qt.PenStyle.SolidLine, 1.0, 1.0),
}


def species_icon_path(species: str) -> Path:
    """The SVG icon of a reintroduced species."""
    return ICONS_DIR / f"{species}.svg"


def sensitivity_abstract() -> str:
    """The sentence every reintroduction layer carries in its abstract."""
    return tr("Sensitive sites (tiger by default) are drawn at their recorded position only in "
              "this QGIS; every export and every shared project generalises them (10 km grid) "
              "unless the partner is entitled to exact locations.")


def _site_symbol(species: str, status: SiteStatus) -> QgsMarkerSymbol:
    style = STATUS_STYLES[status]
    colour = QColor(SPECIES_COLOURS.get(species, "#333333"))
    frame = QgsSimpleMarkerSymbolLayer(style.shape, 7.0)
    frame.setColor(QColor(style.fill))
    frame.setStrokeColor(colour)
    frame.setStrokeStyle(style.outline_style)
    frame.setStrokeWidth(style.outline_width)
    icon = QgsSvgMarkerSymbolLayer(str(species_icon_path(species)), 5.6)
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, frame)
    symbol.appendSymbolLayer(icon)
    symbol.setOpacity(style.opacity)
    return symbol


def _status_renderer(species: str) -> QgsCategorizedSymbolRenderer:
    categories = [
        QgsRendererCategory(status.value, _site_symbol(species, status),
                            status.label())
        for status in SiteStatus
    ]
    return QgsCategorizedSymbolRenderer("site_status", categories)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _pa_names(store, language: str) -> dict[str, str]:
    names = {}
    for pa_id, name_en, name_ru in store.query(
            "SELECT pa_id, name_en, name_ru FROM protected_areas"):
        names[pa_id] = name_ru if language in ("ru", "kk") and name_ru else name_en
    return names


def _add_virtual_fields(layer: QgsVectorLayer, releases_id: str,
                        pa_names: dict[str, str]) -> None:
    def release_date(aggregate: str) -> str:
        # Month-precision dates ('2024-06') become the first day of the month.
        value = (f"aggregate(layer:={_quote(releases_id)}, aggregate:='{aggregate}', "
                 "expression:=\"release_date\", "
                 "filter:=\"site_id\" = attribute(@parent, 'site_id'))")
        return f"to_date(left(({value}) || '-01', 10))"

    layer.addExpressionField(release_date("min"), QgsField("first_release", FIELD_DATE))
    layer.addExpressionField(release_date("max"), QgsField("last_release", FIELD_DATE))
    layer.addExpressionField(
        f"coalesce(aggregate(layer:={_quote(releases_id)}, aggregate:='sum', "
        "expression:=\"animals\", filter:=\"site_id\" = attribute(@parent, 'site_id')), 0)",
        QgsField("animals_released", FIELD_INT))
    # PA names as a lookup written at load time; an unknown pa_id shows as itself.
    pairs = ", ".join(f"{_quote(k)}, {_quote(v)}" for k, v in sorted(pa_names.items()))
    lookup = f"map_get(map({pairs}), \"pa_id\")" if pairs else "NULL"
    layer.addExpressionField(f"coalesce({lookup}, \"pa_id\")",
                             QgsField("pa_name", FIELD_STRING))


def _labeling(language: str) -> QgsVectorLayerSimpleLabeling:
    settings = QgsPalLayerSettings()
    name = ("coalesce(nullif(\"name_ru\", ''), \"name_en\")" if language in ("ru", "kk")
            else "\"name_en\"")
    settings.fieldName = f"{name} || if(\"pa_name\" IS NULL, '', '\\n' || \"pa_name\")"
    settings.isExpression = True
    text_format = QgsTextFormat()
    text_format.setFont(QFont("Sans Serif", 8))
    text_format.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    settings.dist = 2.0
    return QgsVectorLayerSimpleLabeling(settings)


def _set_abstract(layer: QgsVectorLayer, text: str) -> None:
    metadata = layer.metadata()
    metadata.setAbstract(text)
    layer.setMetadata(metadata)
    server = getattr(layer, "serverProperties", None)
    if server is not None and hasattr(server(), "setAbstract"):
        server().setAbstract(text)
    else:
        layer.setAbstract(text)


def _set_temporal(layer: QgsVectorLayer) -> None:
    properties = layer.temporalProperties()
    properties.setMode(Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields)
    properties.setStartField("first_release")
    properties.setEndField("")
    properties.setIsActive(True)


def release_year_span(store) -> tuple[int, int] | None:
    """First and last year of any release in the registry, or None without releases."""
    first, last = store.query("SELECT min(substr(release_date, 1, 4)), "
                              "max(substr(release_date, 1, 4)) FROM releases")[0]
    if first is None:
        return None
    return int(first), int(last)


def _widen_project_time(project: QgsProject, span: tuple[int, int]) -> None:
    settings = project.timeSettings()
    begin = QDateTime(QDate(span[0], 1, 1), QTime(0, 0))
    end = QDateTime(QDate(span[1], 12, 31), QTime(23, 59, 59))
    current = settings.temporalRange()
    if current.begin().isValid() and current.begin() < begin:
        begin = current.begin()
    if current.end().isValid() and current.end() > end:
        end = current.end()
    settings.setTemporalRange(QgsDateTimeRange(begin, end))
    settings.setTimeStep(1.0)
    settings.setTimeStepUnit(TEMPORAL_YEARS)


def add_reintroduction_group(registry: Path, project: QgsProject, parent: QgsLayerTreeGroup,
                             language: str | None = None) -> QgsLayerTreeGroup:
    """Add the "Reintroduction sites" group under ``parent``; raise RegistryError/LayerError.

    One layer per reintroduced species with its icon, status symbols, labels in the user's
    language with the PA (``language``, default QGIS's), and release dates for the Temporal
    Controller.
    """
    language = language or qgis_language()
    with open_registry(registry) as store:
        site_source, site_provider = store.layer_source("reintroduction_sites")
        release_source, release_provider = store.layer_source("releases")
        pa_names = _pa_names(store, language)
        span = release_year_span(store)
        location = store.location

    releases = QgsVectorLayer(release_source, tr("Release events"), release_provider)
    if not releases.isValid():
        raise LayerError(tr("{registry}: cannot open the layer {table}").format(
            registry=location, table="releases"))
    releases.setCustomProperty(PROPERTY_ROLE, ROLE_RELEASES)
    set_field_aliases(releases)
    _set_abstract(releases, tr("Animals released at each reintroduction site: date (YYYY-MM or "
                               "YYYY-MM-DD), number of animals and where they came from."))

    layers = []
    for species in REINTRODUCED_SPECIES:
        info = SPECIES[species]
        layer = QgsVectorLayer(site_source, info.name(language), site_provider)
        if not layer.isValid():
            raise LayerError(tr("{registry}: cannot open the layer {table}").format(
                registry=location, table="reintroduction_sites"))
        if not layer.setSubsetString(f"\"species\" = {_quote(species)}"):
            raise LayerError(tr("{registry}: cannot filter {table} by species").format(
                registry=location, table="reintroduction_sites"))
        _add_virtual_fields(layer, releases.id(), pa_names)
        layer.setRenderer(_status_renderer(species))
        layer.setLabeling(_labeling(language))
        layer.setLabelsEnabled(True)
        _set_temporal(layer)
        layer.setCustomProperty(PROPERTY_ROLE, ROLE_SITES)
        set_field_aliases(layer)
        layer.setCustomProperty(PROPERTY_SPECIES, species)
        QgsExpressionContextUtils.setLayerVariable(layer, "tbpa_species", species)
        _set_abstract(layer, tr("Reintroduction sites of {species} ({scientific}), coloured by "
                                "stage: planned, in enclosure, released, established. Each site "
                                "appears from its first release on. {sensitivity}").format(
            species=info.name(language), scientific=info.scientific_name,
            sensitivity=sensitivity_abstract()))
        layers.append(layer)

    group = parent.addGroup(tr("Reintroduction sites"))
    project.addMapLayer(releases, False)
    for layer in layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    group.addLayer(releases)
    if span is not None:
        _widen_project_time(project, span)
    return group
