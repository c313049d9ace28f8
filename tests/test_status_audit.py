"""One audited way to change a status: the dock asks for the year of the decision, and QGIS's
attribute table asks for a note or undoes the change."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtTest import QTest

from plugin.gui import status_edit_guard
from plugin.gui.main import TbpaRegistryPlugin
from plugin.gui.registry_dock import StatusChangeDialog
from plugin.gui.status_edit_guard import StatusDecision, StatusNoteDialog
from plugin.project.registry_layers import registry_layer_tree
from plugin.registry.catalogue import Status
from plugin.registry.model import Network
from plugin.registry.store import open_registry


@pytest.fixture
def plugin(qgis_iface, qgis_new_project, demo_registry, monkeypatch):
    """The plugin with the demo open; ``plugin.asked`` lists the questions, ``plugin.answer``
    is what the analyst answers (None: Cancel)."""
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initGui()
    plugin.asked = []
    plugin.answer = None

    def ask(edits, _parent):
        plugin.asked.append([(e.entity_id, e.old_status, e.new_status) for e in edits])
        return plugin.answer

    monkeypatch.setattr(status_edit_guard, "ask_with_dialog", ask)
    plugin.open_registry_file(demo_registry)
    for guard in plugin.status_guards:
        guard.ask = ask
    qgis_iface.messageBar().clear_messages()
    yield plugin
    plugin.unload()


def edit_status(layer, id_field: str, record_id: str, status: str) -> int:
    """Change a status as the attribute table does (the layer in edit mode)."""
    feature = next(f for f in layer.getFeatures() if f[id_field] == record_id)
    if not layer.isEditable():
        assert layer.startEditing()
    layer.beginEditCommand("attribute changed")
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("status"), status)
    layer.endEditCommand()
    QTest.qWait(50)  # the question comes once the table has finished its edit
    return feature.id()


def test_change_status_dialog_asks_the_year_of_the_decision(qgis_app):
    dialog = StatusChangeDialog("Tarbagatai", Status.DRAFT)
    assert dialog.year.value() >= 2025
    assert (dialog.year.minimum(), dialog.year.maximum()) == (1850, 2100)


def test_the_dock_writes_the_year_of_the_decision(plugin, demo_registry):
    assert plugin.dock.change_status("network", "NET-ZHONGAR", "created", "agreement signed",
                                     2026)
    with open_registry(demo_registry) as store:
        network = store.get(Network, "NET-ZHONGAR")
        last = store.history("network", "NET-ZHONGAR")[-1]
    assert (network.status.value, network.status_year) == ("created", 2026)
    assert (last.old_status, last.new_status, last.note) == ("draft", "created",
                                                             "agreement signed")


def test_table_status_edit_without_a_note_is_undone_and_points_to_the_dock(plugin,
                                                                            demo_registry,
                                                                            qgis_iface):
    tree = registry_layer_tree(QgsProject.instance(), demo_registry)
    networks = tree.networks_layer
    fid = edit_status(networks, "network_id", "NET-USTYURT", "planned")
    assert plugin.asked == [[("NET-USTYURT", "created", "planned")]]
    assert networks.getFeature(fid)["status"] == "created"  # undone in the edit buffer
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("Change status" in text and "note" in text for text in warnings), warnings
    assert networks.commitChanges(), networks.commitErrors()
    with open_registry(demo_registry) as store:
        assert store.get(Network, "NET-USTYURT").status.value == "created"
        assert [h.new_status for h in store.history("network", "NET-USTYURT")] == ["created"]


def test_table_status_edit_with_a_note_is_signed_in_the_history(plugin, demo_registry):
    plugin.answer = StatusDecision("decree 123 of the akimat", 2024)
    tree = registry_layer_tree(QgsProject.instance(), demo_registry)
    areas = tree.protected_areas_layer
    fid = edit_status(areas, "pa_id", "KAZ-KARATAU", "draft")
    assert plugin.asked == [[("KAZ-KARATAU", "created", "draft")]]
    assert areas.getFeature(fid)["status_year"] == 2024
    assert areas.commitChanges(), areas.commitErrors()
    with open_registry(demo_registry) as store:
        last = store.history("protected_area", "KAZ-KARATAU")[-1]
        karatau = next(a for a in store.protected_areas() if a.pa_id == "KAZ-KARATAU")
    assert (last.old_status, last.new_status, last.note) == ("created", "draft",
                                                             "decree 123 of the akimat")
    assert last.changed_by  # the analyst (settings) or the system user, never empty
    assert (karatau.status.value, karatau.status_year) == ("draft", 2024)


def test_field_calculator_changes_are_asked_once(plugin, demo_registry):
    plugin.answer = StatusDecision("review of 2025", None)
    tree = registry_layer_tree(QgsProject.instance(), demo_registry)
    networks = tree.networks_layer
    assert networks.startEditing()
    index = networks.fields().indexOf("status")
    for feature in list(networks.getFeatures()):  # as the field calculator does
        if feature["status"] == "planned":
            networks.changeAttributeValue(feature.id(), index, "draft")
    QTest.qWait(50)
    assert len(plugin.asked) == 1 and len(plugin.asked[0]) == 3
    assert networks.commitChanges(), networks.commitErrors()
    with open_registry(demo_registry) as store:
        notes = {h.entity_id: h.note for h in store.history("network") if h.old_status}
    assert len(notes) == 3 and set(notes.values()) == {"review of 2025"}


def test_note_dialog_needs_a_note(qgis_app):
    from plugin.gui.status_edit_guard import StatusEdit

    dialog = StatusNoteDialog([StatusEdit("network", "NET-X", "X", 1, "draft", "created")])
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.note.setPlainText("signed")
    assert ok.isEnabled()
    assert dialog.decision().note == "signed"
