"""The registry in the layer panel: status groups with live counts, styles, relations."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFieldConstraints,
    QgsGeometry,
    QgsLayerTree,
    QgsLinePatternFillSymbolLayer,
    QgsProject,
    QgsSimpleFillSymbolLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt

from plugin.project.network_colours import network_colour
from plugin.project.registry_layers import (
    add_registry_to_project,
    attach_registry_trees,
    registry_layer_tree,
)
from plugin.registry.model import ProtectedArea
from plugin.registry.store import open_registry
from plugin.registry.validation import validate_registry
from tests.polygons import box_wkt


def child_names(group) -> list[str]:
    return [child.name() for child in group.children()]


@pytest.fixture
def panel(demo_registry, qgis_new_project):
    project = QgsProject.instance()
    group = add_registry_to_project(demo_registry, project, "en")
    return project, group, registry_layer_tree(project, demo_registry)


def test_group_lists_statuses_with_counts_in_order(panel):
    _project, group, _tree = panel
    assert group.name() == "Transboundary PA networks of Kazakhstan (demo)"
    names = child_names(group)
    assert names[:3] == ["Created (5)", "Draft (2)", "Planned (3)"]
    assert names[3:] == ["Protected areas", "Reintroduction sites", "Range states", "Tables"]
    created = group.children()[0]
    assert "Western Tien-Shan (7)" in child_names(created)
    assert len(created.children()) == 5


def test_network_layer_shows_only_its_members(panel):
    _project, _group, tree = panel
    layer = tree.network_layer("NET-WTS")
    ids = {f["pa_id"] for f in layer.getFeatures()}
    with open_registry(tree.location) as store:
        expected = {m.pa_id for m in store.members("NET-WTS")}
    assert ids == expected
    assert len(ids) == 7


def test_styles_follow_status(panel):
    _project, group, tree = panel
    created = tree.network_layer("NET-WTS").renderer().symbol()
    draft = tree.network_layer("NET-VOLGA-URAL").renderer().symbol()
    planned = tree.network_layer("NET-TARBAGATAI").renderer().symbol()
    fill = created.symbolLayer(0)
    assert isinstance(fill, QgsSimpleFillSymbolLayer)
    assert fill.brushStyle() == Qt.SolidPattern
    assert fill.fillColor().rgb() == network_colour("NET-WTS").rgb()
    assert isinstance(draft.symbolLayer(0), QgsLinePatternFillSymbolLayer)
    outline = planned.symbolLayer(0)
    assert outline.brushStyle() == Qt.NoBrush
    assert outline.strokeStyle() == Qt.DashLine
    assert outline.strokeColor().hue() == network_colour("NET-TARBAGATAI").hue()
    areas = tree.protected_areas_layer
    assert isinstance(areas.renderer(), QgsCategorizedSymbolRenderer)
    assert areas.renderer().classAttribute() == "status"
    node = group.findLayer(areas.id())
    assert node.customProperty("showFeatureCount") in (True, "true")
    ranges = next(n.layer() for n in group.findLayers() if n.name() == "Range states")
    assert ranges.labelsEnabled()
    assert "name_en" in ranges.labeling().settings().fieldName


def test_colour_of_a_network_is_stable():
    assert network_colour("NET-WTS") == network_colour("NET-WTS")
    assert network_colour("NET-WTS").name() == network_colour("NET-WTS".strip()).name()
    assert network_colour("NET-WTS") != network_colour("NET-ALTAI")


def test_status_change_through_store_moves_network_and_logs_history(panel):
    _project, group, tree = panel
    with open_registry(tree.location) as store, store.transaction():
        store.set_status("network", "NET-TARBAGATAI", "draft", changed_by="tester",
                         note="agreement drafted")
    tree.refresh()
    assert child_names(group)[:3] == ["Created (5)", "Draft (3)", "Planned (2)"]
    draft_group = group.children()[1]
    assert "Tarbagatai (2)" in child_names(draft_group)
    layer = tree.network_layer("NET-TARBAGATAI")
    assert isinstance(layer.renderer().symbol().symbolLayer(0), QgsLinePatternFillSymbolLayer)
    assert layer.customProperty("tbpa/network_id") == "NET-TARBAGATAI"
    with open_registry(tree.location) as store:
        last = store.history("network", "NET-TARBAGATAI")[-1]
    assert (last.old_status, last.new_status, last.note) == ("planned", "draft",
                                                             "agreement drafted")


def test_attribute_table_edits_update_counts_at_once(panel):
    _project, group, tree = panel
    networks = tree.networks_layer
    feature = next(f for f in networks.getFeatures() if f["network_id"] == "NET-USTYURT")
    assert networks.startEditing()
    networks.changeAttributeValue(feature.id(), networks.fields().indexOf("status"), "planned")
    assert child_names(group)[:3] == ["Created (4)", "Draft (2)", "Planned (4)"]
    networks.deleteFeature(
        next(f for f in networks.getFeatures() if f["network_id"] == "NET-ZHONGAR").id())
    assert child_names(group)[:3] == ["Created (4)", "Draft (1)", "Planned (4)"]
    assert tree.network_layer("NET-ZHONGAR") is None
    assert networks.commitChanges(), networks.commitErrors()
    assert child_names(group)[:3] == ["Created (4)", "Draft (1)", "Planned (4)"]
    with open_registry(tree.location) as store:
        statuses = {n.network_id: n.status.value for n in store.networks()}
    assert statuses["NET-USTYURT"] == "planned"
    assert "NET-ZHONGAR" not in statuses


def test_membership_edit_refilters_network_layer(panel):
    _project, group, tree = panel
    members = tree.members_layer
    assert members.startEditing()
    doomed = [f.id() for f in members.getFeatures() if f["network_id"] == "NET-USTYURT"]
    members.deleteFeature(doomed[0])
    assert "Ustyurt (1)" in child_names(group.children()[0])
    members.rollBack()
    assert "Ustyurt (2)" in child_names(group.children()[0])


def test_relations_and_value_maps(panel):
    project, _group, tree = panel
    relations = project.relationManager().relations()
    referenced = {r.referencedLayer().id() for r in relations.values()}
    assert {tree.networks_layer.id(), tree.protected_areas_layer.id()} <= referenced
    wts = next(f for f in tree.networks_layer.getFeatures() if f["network_id"] == "NET-WTS")
    relation = next(r for r in relations.values()
                    if r.referencedLayer().id() == tree.networks_layer.id())
    assert len(list(relation.getRelatedFeatures(wts))) == 7
    areas = tree.protected_areas_layer
    for field in ("status", "iucn_cat"):
        setup = areas.editorWidgetSetup(areas.fields().indexOf(field))
        assert setup.type() == "ValueMap"
    values = [next(iter(item.values())) for item in
              areas.editorWidgetSetup(areas.fields().indexOf("status")).config()["map"]]
    assert values == ["created", "draft", "planned"]


def test_removing_the_group_stops_following(panel):
    project, group, tree = panel
    location = tree.location
    project.layerTreeRoot().removeChildNode(group)
    QCoreApplication.processEvents()  # the tree's bridge removes the layers on the next loop
    assert registry_layer_tree(project, location) is None
    assert not [n for n in project.layerTreeRoot().findLayers()
                if n.layer().customProperty("tbpa/role") == "network"]


def test_saved_project_is_followed_again(panel, tmp_path):
    project, _group, _tree = panel
    target = tmp_path / "panel.qgz"
    assert project.write(str(target))
    project.clear()
    assert project.read(str(target))
    trees = attach_registry_trees(project)
    assert len(trees) == 1
    group = trees[0].group
    assert child_names(group)[:3] == ["Created (5)", "Draft (2)", "Planned (3)"]
    assert QgsLayerTree.isGroup(group.children()[0])


def test_area_of_a_digitised_protected_area_is_computed(panel):
    """An analyst draws a new PA in QGIS: area_km2 is filled geodesically, not typed."""
    _project, _group, tree = panel
    layer = tree.protected_areas_layer
    geometry = QgsGeometry.fromWkt(box_wkt(80.0, 44.0, 0.5))
    geometry.convertToMultiType()
    feature = QgsVectorLayerUtils.createFeature(layer, geometry, {
        layer.fields().indexOf("pa_id"): "KAZ-NEW-ZAKAZNIK",
        layer.fields().indexOf("name_en"): "New zakaznik",
        layer.fields().indexOf("iso3"): "KAZ",
        layer.fields().indexOf("status"): "planned",
        layer.fields().indexOf("area_km2"): 1.0,  # a typed figure is overridden
    })
    assert layer.startEditing()
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    with open_registry(tree.location) as store:
        added = store.get(ProtectedArea, "KAZ-NEW-ZAKAZNIK")
        stored = store.rows("protected_areas", "pa_id = ?", ("KAZ-NEW-ZAKAZNIK",))[0]
        assert stored["area_km2"] == pytest.approx(added.area_km2, abs=0.001)
        assert 2100 < stored["area_km2"] < 2300  # 0.5 x 0.5 degrees at 44 N
        assert [h.new_status for h in store.history("protected_area", "KAZ-NEW-ZAKAZNIK")] == [
            "planned"]
    assert validate_registry(Path(tree.location)) == []


def test_forms_refuse_what_the_store_refuses(panel):
    """A bad id or species, a one-state network: QGIS's form says no before saving."""
    _project, _group, tree = panel
    areas = tree.protected_areas_layer
    networks = tree.networks_layer

    def problems(layer, values):
        feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry(), {
            layer.fields().indexOf(name): value for name, value in values.items()})
        found = []
        for name in values:
            ok, _errors = QgsVectorLayerUtils.validateAttribute(
                layer, feature, layer.fields().indexOf(name),
                QgsFieldConstraints.ConstraintStrengthHard)
            if not ok:
                found.append(name)
        return found

    assert problems(areas, {"pa_id": "KAZ NEW", "target_species": "saiga;unicorn"}) == [
        "pa_id", "target_species"]
    assert problems(areas, {"pa_id": "KAZ-NEW", "target_species": "saiga;kulan"}) == []
    assert problems(networks, {"network_id": "NET-NEW", "range_states": "KAZ"}) == [
        "range_states"]
    assert problems(networks, {"network_id": "NET-NEW", "range_states": "KAZ;XYZ"}) == [
        "range_states"]
    assert problems(networks, {"network_id": "NET-NEW", "range_states": "kaz;UZB"}) == []
