"""'Open demo registry' a second time: the same group, and the changes made to the demo kept."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from plugin.gui import main
from plugin.gui.main import DEMO_KEEP, DEMO_REBUILD, TbpaRegistryPlugin
from plugin.project.registry_layers import PROPERTY_ROLE, ROLE_REGISTRY
from plugin.registry.model import Network
from plugin.registry.store import open_registry


def registry_groups() -> list:
    return [group for group in QgsProject.instance().layerTreeRoot().findGroups(True)
            if group.customProperty(PROPERTY_ROLE) == ROLE_REGISTRY]


@pytest.fixture
def plugin(qgis_iface, qgis_new_project, tmp_path, monkeypatch):
    """The plugin with its demo folder in ``tmp_path``; ``plugin.answers`` answer the
    question asked when the demo exists already."""
    monkeypatch.setattr(main, "demo_folder", lambda: tmp_path / "demo")
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initGui()
    plugin.answers = []
    plugin.asked = 0

    def ask():
        plugin.asked += 1
        return plugin.answers.pop(0)

    plugin.ask_demo_choice = ask
    yield plugin
    plugin.unload()


def demo_status(plugin) -> str:
    with open_registry(plugin.current_registry) as store:
        return store.get(Network, "NET-TARBAGATAI").status.value


def test_demo_opened_twice_is_one_group_with_the_changes(plugin):
    plugin.open_demo_registry()
    assert len(registry_groups()) == 1
    assert plugin.dock.change_status("network", "NET-TARBAGATAI", "draft", "memo signed")
    plugin.open_demo_registry()
    assert plugin.asked == 0  # open already: shown again, nothing rebuilt
    assert len(registry_groups()) == 1
    assert demo_status(plugin) == "draft"
    assert registry_groups()[0].children()[1].name() == "Draft (3)"


def test_demo_built_before_opens_with_its_changes_or_starts_again(plugin):
    plugin.open_demo_registry()
    assert plugin.dock.change_status("network", "NET-TARBAGATAI", "draft", "memo signed")
    root = QgsProject.instance().layerTreeRoot()
    root.removeChildNode(registry_groups()[0])
    QCoreApplication.processEvents()  # QGIS removes the group's layers on the next loop
    plugin.answers = [None, DEMO_KEEP, DEMO_REBUILD]
    plugin.open_demo_registry()  # cancelled
    assert registry_groups() == []
    plugin.open_demo_registry()
    assert len(registry_groups()) == 1 and demo_status(plugin) == "draft"
    root.removeChildNode(registry_groups()[0])
    QCoreApplication.processEvents()  # QGIS removes the group's layers on the next loop
    plugin.open_demo_registry()
    assert len(registry_groups()) == 1 and demo_status(plugin) == "planned"
    assert plugin.asked == 3


def test_any_registry_opened_twice_is_one_group(plugin, demo_registry):
    plugin.open_registry_file(demo_registry)
    plugin.open_registry_file(demo_registry)
    assert len(registry_groups()) == 1
