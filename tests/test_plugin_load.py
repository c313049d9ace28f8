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


def test_plugin_logs_to_the_qgis_log_panel(qgis_iface, plugin_package):
    """Warnings of the plugin's modules reach QGIS's Log Messages panel, under its tag."""
    import logging

    received = []

    def collect(message, tag, level):
        received.append((message, tag))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(collect)
    package = importlib.import_module(plugin_package)
    plugin = package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        logging.getLogger(f"{plugin_package}.plugin.registry.store").warning("registry is busy")
    finally:
        plugin.unload()
    logging.getLogger(f"{plugin_package}.plugin.registry.store").warning("after unload")
    log.messageReceived.disconnect(collect)
    assert ("registry is busy", "TBPA Registry") in received
    assert not any(message == "after unload" for message, _tag in received)
