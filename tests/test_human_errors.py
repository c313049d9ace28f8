"""Errors for people: records named by their names, fields by their labels, what to do; an
edit QGIS cannot save is refused before anything is written and the edits are kept."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsGeometry, QgsProject, QgsVectorLayerUtils

from plugin.gui.error_messages import describe_database_error, describe_error
from plugin.gui.main import TbpaRegistryPlugin
from plugin.gui.record_edit_check import TABLE_MODELS, check_record, layer_table, record_values
from plugin.project.registry_layers import registry_layer_tree
from plugin.registry.model import ProtectedArea, RecordError
from plugin.registry.store import open_registry
from tests.polygons import box_wkt


@pytest.fixture
def plugin(qgis_iface, qgis_new_project, demo_registry):
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initGui()
    plugin.open_registry_file(demo_registry)
    qgis_iface.messageBar().clear_messages()
    yield plugin
    plugin.unload()


def new_area(layer, **values):
    geometry = QgsGeometry.fromWkt(box_wkt(80.0, 44.0, 0.5))
    geometry.convertToMultiType()
    return QgsVectorLayerUtils.createFeature(layer, geometry, {
        layer.fields().indexOf(name): value for name, value in values.items()})


def test_a_refused_record_is_named_by_its_name_and_its_field_by_its_label(qgis_app):
    error = RecordError("releases", "RS-ALIBI-KULAN", "release_date",
                        "'2025-13' is not a date written YYYY-MM or YYYY-MM-DD")
    text = describe_error(error, {"RS-ALIBI-KULAN": "Alibi kulan site"})
    assert text == ("Release at site “Alibi kulan site” (RS-ALIBI-KULAN): Date: '2025-13' is not "
                    "a date written YYYY-MM or YYYY-MM-DD. Correct “Date” and try again.")
    assert describe_error(ValueError("plain")) == "plain"


def test_database_refusals_in_words(qgis_app):
    text = describe_database_error("OGR error creating feature -31: sqlite3_step() failed: "
                                   "NOT NULL constraint failed: protected_areas.iso3")
    assert text == "Protected area: “Country” is required. Fill it in and save again."
    assert "same “Identifier”" in describe_database_error(
        "UNIQUE constraint failed: networks.network_id")


def test_every_demo_record_passes_the_save_check(plugin, demo_registry):
    """The check before saving never refuses what the registry holds."""
    tree = registry_layer_tree(QgsProject.instance(), demo_registry)
    checked = 0
    for node in tree.group.findLayers():
        layer = node.layer()
        model = TABLE_MODELS.get(layer_table(layer) or "")
        if model is None or layer.readOnly():
            continue
        for feature in layer.getFeatures():
            assert check_record(model, record_values(layer, feature), "en") is None
            checked += 1
    assert checked > 50


def test_a_protected_area_without_country_is_explained_and_kept(plugin, demo_registry,
                                                              qgis_iface):
    layer = registry_layer_tree(QgsProject.instance(), demo_registry).protected_areas_layer
    assert layer.startEditing()
    assert layer.addFeature(new_area(layer, pa_id="KAZ-NEW-ZAKAZNIK", name_en="New zakaznik",
                                     status="planned"))
    assert not layer.commitChanges()  # the database refuses it
    assert layer.isEditable() and len(layer.editBuffer().addedFeatures()) == 1  # kept
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("Protected area “New zakaznik” (KAZ-NEW-ZAKAZNIK): Country:" in text
               and "iso3" not in text for text in warnings), warnings
    with open_registry(demo_registry) as store:
        assert store.get(ProtectedArea, "KAZ-NEW-ZAKAZNIK") is None
    added = next(iter(layer.editBuffer().addedFeatures()))
    layer.changeAttributeValue(added, layer.fields().indexOf("iso3"), "KAZ")
    assert layer.commitChanges(), layer.commitErrors()  # corrected: saved
    with open_registry(demo_registry) as store:
        saved = store.get(ProtectedArea, "KAZ-NEW-ZAKAZNIK")
        history = store.history("protected_area", "KAZ-NEW-ZAKAZNIK")
    assert saved.iso3 == "KAZ" and saved.name_en == "New zakaznik"
    assert [h.new_status for h in history] == ["planned"] and history[0].changed_by
