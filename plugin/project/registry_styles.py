"""Styles, value maps and relations of the registry layers.

Symbology comes from ``resources/styles/*.qml`` (editable in QGIS's style dock); this module
only tints a network's symbol with the network's own colour, puts translated labels on the
status categories and makes the coded fields drop-downs in QGIS's attribute forms.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsLinePatternFillSymbolLayer,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProject,
    QgsRelation,
    QgsRelationContext,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSymbol,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..errors import TbpaError
from ..i18n import tr
from ..qgis_compat import RELATION_ASSOCIATION, RELATION_COMPOSITION
from ..registry.catalogue import (
    IUCN_CATEGORIES,
    RANGE_STATES,
    SPECIES,
    STATUS_DISPLAY_ORDER,
    SiteStatus,
    Status,
    TbcaType,
    iucn_category_label,
)
from ..registry.names import country_name
from .display_names import range_state_label_expression

STYLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "styles"

#: What a style file may change: never the layer's custom properties, forms or fields.
STYLE_CATEGORIES = (QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
                    | QgsMapLayer.StyleCategory.Rendering)


class StyleError(TbpaError, ValueError):
    """A shipped style file is missing or QGIS refuses it."""


def style_path(name: str) -> Path:
    """Path of ``resources/styles/<name>.qml``."""
    return STYLES_DIR / f"{name}.qml"


def load_style(layer: QgsVectorLayer, name: str) -> None:
    """Apply ``resources/styles/<name>.qml`` to ``layer``; raise StyleError naming the file."""
    path = style_path(name)
    message, ok = layer.loadNamedStyle(str(path), categories=STYLE_CATEGORIES)
    if not ok:
        raise StyleError(tr("{file}: cannot apply the style to the layer {layer} ({reason})")
                         .format(file=path, layer=layer.name(), reason=message))


def tint_symbol(symbol: QgsSymbol, colour: QColor) -> None:
    """Recolour ``symbol`` with ``colour``, keeping each part's opacity from the style file."""
    for symbol_layer in symbol.symbolLayers():
        if isinstance(symbol_layer, QgsLinePatternFillSymbolLayer):
            tint_symbol(symbol_layer.subSymbol(), colour)
        elif isinstance(symbol_layer, QgsSimpleFillSymbolLayer):
            fill = QColor(colour)
            fill.setAlpha(symbol_layer.fillColor().alpha())
            symbol_layer.setFillColor(fill)
            stroke = QColor(colour.darker(125))
            stroke.setAlpha(symbol_layer.strokeColor().alpha())
            symbol_layer.setStrokeColor(stroke)
        elif isinstance(symbol_layer, QgsSimpleLineSymbolLayer):
            line = QColor(colour)
            line.setAlpha(symbol_layer.color().alpha())
            symbol_layer.setColor(line)
        elif symbol_layer.subSymbol() is not None:
            tint_symbol(symbol_layer.subSymbol(), colour)
        else:
            symbol_layer.setColor(colour)


def apply_network_style(layer: QgsVectorLayer, status: Status, colour: QColor) -> None:
    """The status's style (solid, hatched, dashed outline) in the network's colour."""
    load_style(layer, f"network_{status.value}")
    renderer = layer.renderer().clone()
    tint_symbol(renderer.symbol(), colour)
    layer.setRenderer(renderer)  # a new renderer: the layer panel redraws the legend icon
    layer.triggerRepaint()


def apply_protected_area_style(layer: QgsVectorLayer) -> None:
    """Protected areas categorised by status, with the statuses' translated names."""
    load_style(layer, "protected_areas")
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            try:
                renderer.updateCategoryLabel(index, Status(category.value()).label())
            except ValueError:
                continue


def apply_range_state_style(layer: QgsVectorLayer, language: str) -> None:
    """Outlines labelled with the country's name in ``language``."""
    load_style(layer, "range_states")
    labeling = layer.labeling()
    settings = QgsPalLayerSettings(labeling.settings()) if labeling else QgsPalLayerSettings()
    settings.fieldName = range_state_label_expression(language)
    settings.isExpression = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


# ----- attribute forms ----------------------------------------------------------------------

def _value_map(pairs: list[tuple[str, str]]) -> QgsEditorWidgetSetup:
    """A drop-down showing labels and storing values (a list keeps the order)."""
    return QgsEditorWidgetSetup("ValueMap", {"map": [{label: value} for value, label in pairs]})


def coded_field_widgets(language: str) -> dict[str, QgsEditorWidgetSetup]:
    """Drop-downs of the coded fields, by field name."""

    return {
        "status": _value_map([(s.value, s.label()) for s in STATUS_DISPLAY_ORDER]),
        "iucn_cat": _value_map([(c, iucn_category_label(c)) for c in IUCN_CATEGORIES]),
        "iso3": _value_map([(code, f"{code} – {country_name(code, language)}")
                            for code in RANGE_STATES]),
        "species": _value_map([(key, species.name(language)) for key, species in SPECIES.items()]),
        "tbca_type": _value_map([
            (TbcaType.PROTECTED_AREA.value, tr("Transboundary protected area")),
            (TbcaType.CONSERVATION_LANDSCAPE.value, tr("Transboundary conservation landscape")),
            (TbcaType.MIGRATORY_AREA.value, tr("Transboundary migratory conservation area")),
        ]),
        "site_status": _value_map([(s.value, s.label()) for s in SiteStatus]),
    }


def field_aliases(field_names: list[str]) -> dict[str, str]:
    """Translated column titles of a registry table's fields (attribute table and forms)."""
    names = set(field_names)
    aliases = {
        "pa_id": tr("Identifier"), "network_id": tr("Network"), "site_id": tr("Identifier"),
        "wdpa_id": tr("WDPA ID"), "name_en": tr("Name (English)"),
        "name_ru": tr("Name (Russian)"), "name_local": tr("Name (local language)"),
        "iso3": tr("Country"), "designation": tr("Designation"),
        "iucn_cat": tr("IUCN category"), "status": tr("Status"),
        "status_year": tr("Year of the status"), "target_species": tr("Target species"),
        "notes": tr("Notes"), "area_km2": tr("Area (km2)"), "tbca_type": tr("Type (IUCN)"),
        "range_states": tr("Range states"), "species": tr("Species"),
        "site_status": tr("Stage"), "sensitive": tr("Sensitive"),
        "release_date": tr("Date"), "animals": tr("Animals"), "origin": tr("Origin"),
        # computed fields of the reintroduction layers
        "first_release": tr("First release"), "last_release": tr("Last release"),
        "animals_released": tr("Animals released"), "pa_name": tr("Protected area"),
    }
    if "tbca_type" in names:  # the networks table: network_id is its own identifier
        aliases["network_id"] = tr("Identifier")
    elif "network_id" in names:  # network_members: pa_id names the member
        aliases["pa_id"] = tr("Protected area")
    if "release_date" in names:  # releases: site_id names the site
        aliases["site_id"] = tr("Site")
    return {name: alias for name, alias in aliases.items() if name in names}


def set_field_aliases(layer: QgsVectorLayer) -> None:
    """Give the layer's registry fields their translated titles."""
    fields = layer.fields()
    for name, alias in field_aliases(fields.names()).items():
        layer.setFieldAlias(fields.indexOf(name), alias)


def apply_value_maps(layer: QgsVectorLayer, language: str) -> None:
    """Translated column titles, and drop-downs for the coded fields (status, species, ...)."""
    widgets = coded_field_widgets(language)
    fields = layer.fields()
    set_field_aliases(layer)
    for name, setup in widgets.items():
        index = fields.indexOf(name)
        if index >= 0:
            layer.setEditorWidgetSetup(index, setup)
    apply_field_constraints(layer)
    for name in ("area_km2", "fid"):
        index = fields.indexOf(name)
        if index >= 0:
            form = layer.editFormConfig()
            form.setReadOnly(index, True)
            layer.setEditFormConfig(form)


def _sql_list(values) -> str:
    return ", ".join(f"'{value}'" for value in values)


def field_constraints() -> dict[str, tuple[str, str]]:
    """The models' rules as QGIS constraint expressions: (expression, message) by field.

    QGIS's attribute forms refuse a value breaking them before anything is saved, as the
    store refuses it from the dock and the command line.
    """
    identifier = "regexp_match(\"{field}\", '^[A-Za-z0-9][A-Za-z0-9_.-]{{0,63}}$')"
    states = _sql_list(RANGE_STATES)
    species = _sql_list(SPECIES)
    return {
        "pa_id": (identifier.format(field="pa_id"),
                  tr("letters, digits, '-', '_', '.'; at most 64 characters")),
        "network_id": (identifier.format(field="network_id"),
                       tr("letters, digits, '-', '_', '.'; at most 64 characters")),
        "site_id": (identifier.format(field="site_id"),
                    tr("letters, digits, '-', '_', '.'; at most 64 characters")),
        "range_states": (
            "array_length(array_distinct(string_to_array(upper(\"range_states\"), ';'))) >= 2 "
            f"AND array_all(array({states}), string_to_array(upper(\"range_states\"), ';'))",
            tr("at least two range states, ISO3 codes joined by ';' (e.g. KAZ;KGZ;UZB)")),
        "target_species": (
            "\"target_species\" IS NULL OR \"target_species\" = '' OR "
            f"array_all(array({species}), string_to_array(\"target_species\", ';'))",
            tr("species keys joined by ';' (e.g. saiga;kulan)")),
        # No BETWEEN: QGIS's expression parser knows it from 3.26 only.
        "status_year": ("\"status_year\" IS NULL OR "
                        "(\"status_year\" >= 1850 AND \"status_year\" <= 2100)",
                        tr("a year from 1850 to 2100")),
        "animals": ("\"animals\" > 0", tr("a positive number of animals")),
        "release_date": (
            "regexp_match(\"release_date\", "
            "'^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$')",
            tr("a date written YYYY-MM or YYYY-MM-DD")),
    }


def apply_field_constraints(layer: QgsVectorLayer) -> None:
    """Hard constraints in QGIS's forms: identifiers well formed, lists valid.

    Uniqueness of the identifiers is the file's own UNIQUE constraint, which QGIS reads from
    the provider (a query of QGIS 3.22 on a GeoPackage in WAL mode may fail, see the notes).
    """
    fields = layer.fields()
    for name, (expression, message) in field_constraints().items():
        index = fields.indexOf(name)
        if index < 0:
            continue
        layer.setConstraintExpression(index, expression, message)
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression,
                                 QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)


def _value_relation(layer: QgsVectorLayer, key: str, value_expression: str
                    ) -> QgsEditorWidgetSetup:
    return QgsEditorWidgetSetup("ValueRelation", {
        "Layer": layer.id(), "LayerName": layer.name(), "Key": key, "Value": value_expression,
        "AllowNull": False, "OrderByValue": True, "AllowMulti": False, "UseCompleter": True,
    })


def add_relations(project: QgsProject, networks: QgsVectorLayer, members: QgsVectorLayer,
                  protected_areas: QgsVectorLayer) -> list[QgsRelation]:
    """Relations network -> network_members -> protected_areas, shown as n:m in the forms.

    A network's form lists its member protected areas and a protected area's form the
    networks it belongs to; the member table's ids become drop-downs of names.
    """
    manager = project.relationManager()
    made = []
    for referenced, field, name in (
        (networks, "network_id", tr("Members of the network")),
        (protected_areas, "pa_id", tr("Networks of the protected area")),
    ):
        relation = QgsRelation(QgsRelationContext(project))
        relation.setId(f"tbpa_{members.id()}_{field}")
        relation.setName(name)
        relation.setReferencingLayer(members.id())
        relation.setReferencedLayer(referenced.id())
        relation.addFieldPair(field, field)
        relation.setStrength(RELATION_COMPOSITION if referenced is networks
                             else RELATION_ASSOCIATION)
        if not relation.isValid():
            raise StyleError(tr("cannot relate the layer {child} to {parent} by {field}").format(
                child=members.name(), parent=referenced.name(), field=field))
        manager.addRelation(relation)
        made.append(relation)
    by_network, by_area = made
    for layer, relation, other in ((networks, by_network, by_area),
                                   (protected_areas, by_area, by_network)):
        form = layer.editFormConfig()
        form.setWidgetConfig(relation.id(), {"nm-rel": other.id()})
        layer.setEditFormConfig(form)
    fields = members.fields()
    members.setEditorWidgetSetup(fields.indexOf("network_id"),
                                 _value_relation(networks, "network_id", "name_en"))
    members.setEditorWidgetSetup(fields.indexOf("pa_id"),
                                 _value_relation(protected_areas, "pa_id", "name_en"))
    return made
