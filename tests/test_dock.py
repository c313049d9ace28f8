"""The registry dock inside the plugin: tree, filters, change of status, history, summary."""

from __future__ import annotations

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QLabel

from plugin.gui.main import TbpaRegistryPlugin
from plugin.gui.registry_dock import ROLE_ID
from plugin.project.registry_layers import registry_layer_tree
from plugin.registry.store import open_registry


def top_level_ids(dock) -> list[str]:
    return [dock.tree.topLevelItem(i).data(0, ROLE_ID)
            for i in range(dock.tree.topLevelItemCount())]


@pytest.fixture
def plugin(qgis_iface, qgis_new_project, demo_registry):
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initGui()
    opened: list[str] = []
    plugin.dock.registry_changed.connect(opened.append)
    plugin.open_registry_file(demo_registry)
    plugin.opened = opened
    qgis_iface.messageBar().clear_messages()
    yield plugin
    plugin.unload()


def test_opening_zooms_the_map_to_the_registry(qgis_iface, qgis_new_project, demo_registry):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.setExtent(QgsRectangle(-10, -10, 10, 10))
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initGui()
    try:
        plugin.open_registry_file(demo_registry)
        QCoreApplication.processEvents()  # the zoom waits for the dock's layout
        to_wgs84 = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(),
                                          QgsCoordinateReferenceSystem("EPSG:4326"),
                                          QgsProject.instance())
        shown = to_wgs84.transformBoundingBox(canvas.extent())
    finally:
        plugin.unload()
    # From the Volga-Ural steppe to the Altai: the whole of Kazakhstan's networks.
    assert shown.contains(QgsPointXY(47.0, 47.0)) and shown.contains(QgsPointXY(87.0, 49.5))
    assert shown.width() < 100 and shown.height() < 40  # not the whole world


def test_opening_shows_the_registry_in_the_dock(plugin, demo_registry):
    dock = plugin.dock
    assert not dock.isHidden()
    assert plugin.current_registry == str(demo_registry)
    assert plugin.opened == [str(demo_registry)]
    ids = top_level_ids(dock)
    assert len([i for i in ids if i]) == 10
    assert ids[-1] is None  # "Outside any network"
    wts = next(dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())
               if dock.tree.topLevelItem(i).data(0, ROLE_ID) == "NET-WTS")
    assert wts.childCount() == 7
    assert wts.text(2).endswith("Created")


def test_filters_and_search(plugin):
    dock = plugin.dock
    dock.status_filter.setCurrentIndex(dock.status_filter.findData("draft"))
    assert sorted(i for i in top_level_ids(dock) if i) == ["NET-VOLGA-URAL", "NET-ZHONGAR"]
    dock.status_filter.setCurrentIndex(0)
    dock.country_filter.setCurrentIndex(dock.country_filter.findData("TKM"))
    assert [i for i in top_level_ids(dock) if i] == ["NET-S-USTYURT"]
    dock.country_filter.setCurrentIndex(0)
    dock.search.setText("Aksu")
    assert top_level_ids(dock) == ["NET-WTS"]
    assert dock.tree.topLevelItem(0).childCount() == 1


def test_selecting_selects_on_the_map(plugin, demo_registry):
    dock = plugin.dock
    tree = registry_layer_tree(QgsProject.instance(), demo_registry)
    assert dock.select_entity("protected_area", "KAZ-AKSU-ZHABAGLY")
    assert [f["pa_id"] for f in tree.protected_areas_layer.selectedFeatures()] == [
        "KAZ-AKSU-ZHABAGLY"]
    assert dock.select_entity("network", "NET-WTS")
    assert tree.network_layer("NET-WTS").selectedFeatureCount() == 7


def test_change_of_status_updates_panel_history_and_summary(plugin, demo_registry):
    dock = plugin.dock
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert dock.change_status("network", "NET-TARBAGATAI", "draft", "joint decree signed")
    assert [c.name() for c in group.children()[:3]] == ["Created (5)", "Draft (3)",
                                                        "Planned (2)"]
    with open_registry(demo_registry) as store:
        last = store.history("network", "NET-TARBAGATAI")[-1]
    assert (last.old_status, last.new_status, last.note) == ("planned", "draft",
                                                             "joint decree signed")
    dock.select_entity("network", "NET-TARBAGATAI")
    assert dock.history.item(0, 4).text() == "joint decree signed"
    assert dock.history.item(0, 2).text() == "Draft"
    assert dock.status_table.item(1, 1).text() == "3"  # Draft networks


def test_refused_change_is_reported_and_changes_nothing(plugin, demo_registry, qgis_iface):
    with open_registry(demo_registry) as store:
        before = len(store.history())
    assert not plugin.dock.change_status("protected_area", "KAZ-KARATAU", "abandoned", "typo")
    assert not plugin.dock.change_status("network", "NET-NONE", "draft", "no such network")
    critical = qgis_iface.messageBar().get_messages(Qgis.Critical)
    assert len(critical) == 2
    assert "abandoned" in critical[0]
    with open_registry(demo_registry) as store:
        assert len(store.history()) == before
        karatau = next(a for a in store.protected_areas() if a.pa_id == "KAZ-KARATAU")
    assert karatau.status.value == "created"


def test_summary_table(plugin):
    table = plugin.dock.status_table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in (1, 2)]
            for r in range(table.rowCount())}
    assert rows["Created"] == ["5", "29"]
    assert rows["Total"] == ["10", "34"]


def test_other_capabilities_add_tabs(plugin):
    index = plugin.dock.add_tab(QLabel("gaps"), "Cross-border gaps")
    assert plugin.dock.tabs.tabText(index) == "Cross-border gaps"


def test_unload_removes_the_dock(qgis_iface, qgis_new_project):
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initGui()
    assert plugin.dock is not None and plugin.dock.isHidden()
    plugin.dock_action.trigger()
    assert not plugin.dock.isHidden()
    plugin.unload()
    assert plugin.dock is None and plugin.actions == []


@pytest.mark.subprocess
def test_writes_by_another_program_show_without_reopening(plugin, demo_registry):
    """The command line (another connection) changes a status: panel and dock follow."""
    import subprocess
    import sys

    from tests.conftest import REPO, wait_until

    script = ("from plugin.qgis_runtime import ensure_qgis_app; ensure_qgis_app()\n"
              "from plugin.registry.store import open_registry\n"
              f"with open_registry({str(demo_registry)!r}) as store:\n"
              "    store.set_status('network', 'NET-TARBAGATAI', 'created', note='signed')\n")
    subprocess.run([sys.executable, "-c", script], cwd=REPO, check=True, timeout=120)
    group = registry_layer_tree(QgsProject.instance(), str(demo_registry)).group
    wait_until(lambda: group.children()[0].name() == "Created (6)")
    assert [c.name() for c in group.children()][:3] == ["Created (6)", "Draft (2)",
                                                        "Planned (2)"]
    wts_like = [plugin.dock.tree.topLevelItem(i) for i in
                range(plugin.dock.tree.topLevelItemCount())]
    tarbagatai = next(i for i in wts_like if i.data(0, ROLE_ID) == "NET-TARBAGATAI")
    assert tarbagatai.text(2).endswith("Created")
