"""The exchange as QGIS users run it: the Processing algorithms and the two dialogs."""

from __future__ import annotations

import hashlib
import time
import zipfile

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from plugin.registry.model import ProtectedArea
from plugin.registry.store import RegistryStore, open_registry


def file_hash(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()



@pytest.fixture
def states_registry(tmp_path, qgis_app):
    from plugin.registry.sources import shipped_range_states

    path = tmp_path / "receiving.gpkg"
    RegistryStore.create(path, "Receiving registry", shipped_range_states()).close()
    return path


def test_processing_export_then_import(demo_registry, states_registry, tmp_path, tbpa_provider):
    import processing

    from plugin.processing.exportpartnerpackage import PARTNERS

    exported = processing.run("tbpa:exportpartnerpackage", {
        "registry": str(demo_registry), "partner": PARTNERS.index("RUS"),
        "crs": QgsCoordinateReferenceSystem("EPSG:32641"), "border_km": 150,
        "wdpa_names": True, "include_sensitive": False, "output_folder": str(tmp_path / "out")})
    package = tmp_path / "out" / exported["package"].split("/")[-1]
    assert package.is_file() and package.name.startswith("TBPA_RUS_")
    with zipfile.ZipFile(package) as archive:
        assert '"crs": "EPSG:32641"' in archive.read("manifest.json").decode()
    assert exported["feature_count"] > 0

    before = file_hash(states_registry)
    dry = processing.run("tbpa:importpartnerpackage", {
        "registry": str(states_registry), "package": str(package), "dry_run": True,
        "sender": "ALL"})
    assert dry["added"] > 0 and dry["conflicts"] == 0
    assert dry["report"].startswith("Dry run of")
    assert file_hash(states_registry) == before
    merged = processing.run("tbpa:importpartnerpackage", {
        "registry": str(states_registry), "package": str(package), "dry_run": False,
        "sender": "all"})
    assert merged["added"] == dry["added"]
    added_areas = [line for line in merged["report"].splitlines()
                   if line.startswith("  protected_areas '") and line.endswith(": added")]
    with open_registry(states_registry) as store:
        assert len(store.protected_areas()) == len(added_areas) > 0


def test_processing_refuses_a_bad_package_and_leaves_the_registry(demo_registry, tmp_path,
                                                                  tbpa_provider):
    import processing

    package = tmp_path / "evil.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("../outside.shp", b"x")
    before = file_hash(demo_registry)
    with pytest.raises(QgsProcessingException, match=r"evil\.zip: entry '\.\./outside\.shp'"):
        processing.run("tbpa:importpartnerpackage", {
            "registry": str(demo_registry), "package": str(package)})
    assert file_hash(demo_registry) == before


def wait_for(dialog):
    """Run the event loop until the dialog's task has reported (a stuck task fails the test)."""
    done = []
    dialog.finished_run.connect(lambda ok, results: done.append((ok, results)))
    started = time.monotonic()
    while not done:
        QCoreApplication.processEvents()
        assert time.monotonic() - started < 120, "the task did not finish"
        time.sleep(0.02)
    return done[0]


def test_export_dialog_confirms_sensitive_sites_and_writes_the_package(
        demo_registry, tmp_path, tbpa_provider, monkeypatch):
    from plugin.gui.exchange_dialog import ExportPartnerDialog

    dialog = ExportPartnerDialog(str(demo_registry))
    answers = [False, True]
    monkeypatch.setattr(dialog, "confirm_sensitive", lambda: answers.pop(0))
    dialog.include_sensitive.setChecked(True)
    assert not dialog.include_sensitive.isChecked()  # the analyst said no
    dialog.include_sensitive.setChecked(True)
    assert dialog.include_sensitive.isChecked()
    dialog.partner.setCurrentIndex(dialog.partner.findData("KGZ"))
    dialog.output.setFilePath(str(tmp_path / "out"))
    assert dialog.start()
    assert not dialog.export_button.isEnabled() and dialog.cancel_button.isEnabled()
    ok, _results = wait_for(dialog)
    assert ok, dialog.message.text()
    assert dialog.package_path and dialog.package_path.endswith(".zip")
    assert "TBPA_KGZ_" in dialog.message.text()
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
    with zipfile.ZipFile(dialog.package_path) as archive:
        assert '"sensitive_sites": "exact"' in archive.read("manifest.json").decode()


def test_import_dialog_merges_only_after_a_dry_run(demo_registry, states_registry, tmp_path,
                                                   tbpa_provider):
    from plugin.exchange.partner_package import ExportOptions, export_partner_package
    from plugin.gui.exchange_dialog import ImportPartnerDialog

    with open_registry(demo_registry) as store:
        package = export_partner_package(store, tmp_path, ExportOptions("UZB")).path
    dialog = ImportPartnerDialog(str(states_registry))
    dialog.package.setFilePath(str(package))
    assert not dialog.merge_button.isEnabled()
    assert not dialog.start(dry_run=False)  # no merge before a dry run
    before = file_hash(states_registry)
    assert dialog.start(dry_run=True)
    ok, results = wait_for(dialog)
    assert ok, dialog.message.text()
    assert "Dry run of" in dialog.report.toPlainText() and results["added"] > 0
    assert file_hash(states_registry) == before
    assert dialog.merge_button.isEnabled()
    assert dialog.start(dry_run=False)
    ok, results = wait_for(dialog)
    assert ok, dialog.message.text()
    assert "Imported" in dialog.report.toPlainText()
    with open_registry(states_registry) as store:
        assert store.get(ProtectedArea, "UZB-SAIGACHY") is not None
    assert not dialog.merge_button.isEnabled()  # a second merge needs a new dry run


def test_plugin_menu_has_the_exchange_actions(qgis_iface, plugin_package):
    import importlib

    plugin = importlib.import_module(plugin_package).classFactory(qgis_iface)
    plugin.initGui()
    try:
        texts = {action.text() for action in plugin.actions}
        assert {"Export partner package…", "Import partner package…"} <= texts
    finally:
        plugin.unload()
    assert plugin.actions == []
