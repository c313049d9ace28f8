"""QGIS's Python without pydantic 2 (Debian 12): the plugin says what to install, no traceback."""

import importlib
import sys
import types

import pytest
from qgis.core import Qgis, QgsApplication


@pytest.mark.parametrize("pydantic", [None, types.SimpleNamespace(VERSION="1.10.4")],
                         ids=["missing", "version-1"])
def test_plugin_without_pydantic_2_reports_it_in_the_message_bar(qgis_iface, plugin_package,
                                                                 monkeypatch, pydantic):
    monkeypatch.setitem(sys.modules, "pydantic", pydantic)  # None makes the import fail
    package = importlib.import_module(plugin_package)
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    plugin = package.classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initGui()
    errors = bar.get_messages(Qgis.Critical)
    assert len(errors) == 1
    assert "pydantic>=2,<3" in errors[0]
    assert ("1.10.4" if pydantic else "not installed") in errors[0]
    assert QgsApplication.processingRegistry().providerById("tbpa") is None
    plugin.unload()


def test_plugin_with_pydantic_2_loads_normally(qgis_iface, plugin_package):
    package = importlib.import_module(plugin_package)
    plugin = package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert QgsApplication.processingRegistry().providerById("tbpa") is not None
    finally:
        plugin.unload()
