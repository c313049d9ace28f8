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


def test_export_dialog_on_a_postgis_registry(postgis_database, tmp_path, qgis_processing):
    """The export dialog opened on the shared registry the dock shows writes the package."""
    import json
    import zipfile

    from qgis.core import QgsApplication

    from plugin.gui.exchange_dialog import ExportPartnerDialog
    from plugin.processing.provider import TbpaProcessingProvider
    from tests.test_exchange_processing import wait_for

    copy_registry(build_demo_registry(tmp_path / "demo"), postgis_database)
    provider = TbpaProcessingProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        dialog = ExportPartnerDialog(postgis_database)
        assert dialog.parameters()["registry_connection"] == postgis_database
        dialog.partner.setCurrentIndex(dialog.partner.findData("UZB"))
        dialog.output.setFilePath(str(tmp_path / "out"))
        assert dialog.start(), dialog.message.text()
        ok, _results = wait_for(dialog)
        assert ok, dialog.message.text()
        with zipfile.ZipFile(dialog.package_path) as archive:
            manifest = json.loads(archive.read("manifest.json"))
        assert manifest["partner"] == "UZB"
        assert sum(manifest["feature_counts"].values()) > 0
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)


def test_panel_follows_another_agencys_edit(qgis_iface, qgis_new_project, postgis_database,
                                            tmp_path):
    """Another analyst changes a status in the shared registry: this panel follows."""
    import subprocess
    import sys

    from plugin.project.registry_layers import add_registry_to_project
    from tests.conftest import REPO, wait_until

    copy_registry(build_demo_registry(tmp_path), postgis_database)
    group = add_registry_to_project(postgis_database, QgsProject.instance(), "en")
    assert group.children()[0].name() == "Created (5)"
    script = ("from plugin.qgis_runtime import ensure_qgis_app; ensure_qgis_app()\n"
              "from plugin.registry.store import open_registry\n"
              f"with open_registry({postgis_database!r}) as store:\n"
              "    store.set_status('network', 'NET-TARBAGATAI', 'created', note='signed')\n")
    subprocess.run([sys.executable, "-c", script], cwd=REPO, check=True, timeout=120)
    wait_until(lambda: group.children()[0].name() == "Created (6)")
    assert [c.name() for c in group.children()][:3] == ["Created (6)", "Draft (2)",
                                                        "Planned (2)"]
