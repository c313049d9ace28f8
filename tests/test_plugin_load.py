"""The plugin as QGIS loads it: classFactory, initGui, unload, twice."""

import importlib

from qgis.core import QgsApplication


def test_plugin_loads_and_unloads_twice(qgis_iface, plugin_package):
    package = importlib.import_module(plugin_package)
    registry = QgsApplication.processingRegistry()
    for _ in range(2):
        plugin = package.classFactory(qgis_iface)
        plugin.initGui()
        assert registry.providerById("tbpa") is not None
        assert len(plugin.actions) >= 3
        menu_texts = {a.text() for a in plugin.actions}
        assert "Open demo registry" in menu_texts
        plugin.unload()
        assert registry.providerById("tbpa") is None
        assert plugin.actions == []
