"""Opening a shared PostGIS registry from the plugin's menu."""

import pytest
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtWidgets import QInputDialog

from plugin.gui.main import LAST_POSTGIS_KEY, TbpaRegistryPlugin
from plugin.registry.sources import build_demo_registry
from plugin.registry.transfer import copy_registry

pytestmark = pytest.mark.postgis


def test_open_postgis_registry_action(qgis_iface, qgis_new_project, postgis_database,
                                      tmp_path, monkeypatch):
    copy_registry(build_demo_registry(tmp_path), postgis_database)
    asked = []

    def answer(parent, title, label, text=""):
        asked.append(text)
        return postgis_database, True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initGui()
    try:
        action = next(a for a in plugin.actions if a.text() == "Open PostGIS registry…")
        action.trigger()
        group = QgsProject.instance().layerTreeRoot().children()[0]
        assert [c.name() for c in group.children()][:3] == [
            "Created (5)", "Draft (2)", "Planned (3)"]
        layers = [n.layer() for n in group.findLayers()]
        assert layers and all(layer.providerType() == "postgres" for layer in layers)
        assert plugin.current_registry == postgis_database
        assert QgsSettings().value(LAST_POSTGIS_KEY) == postgis_database
    finally:
        plugin.unload()
