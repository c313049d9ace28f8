"""The dock's "Cross-border gaps" tab runs the algorithm as a task and maps the result."""

from __future__ import annotations

import time

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from plugin.gui.gaps_panel import GapsPanel, gaps_path_for


def wait_for(task, timeout_s=120):
    started = time.monotonic()
    while task.status() not in (task.Complete, task.Terminated):
        QCoreApplication.processEvents()
        assert time.monotonic() - started < timeout_s, "task did not finish"
        time.sleep(0.02)
    for _ in range(20):  # let the executed signal reach the panel
        QCoreApplication.processEvents()


def test_find_gaps_adds_the_layer_and_the_summary(demo_registry, qgis_processing,
                                                  qgis_new_project):
    from plugin.processing.provider import TbpaProcessingProvider

    provider = TbpaProcessingProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        panel = GapsPanel()
        assert not panel.find_button.isEnabled()
        panel.set_registry(str(demo_registry))
        assert panel.find_button.isEnabled()
        task = panel.find_gaps()
        assert task is not None and not panel.find_button.isEnabled()
        wait_for(task)
        assert panel.task is None and panel.find_button.isEnabled()
        assert panel.message.text() == "16 cross-border gaps"
        group = QgsProject.instance().layerTreeRoot().findGroup(
            "Transboundary PA networks of Kazakhstan (demo)")
        layers = [node.layer() for node in group.findLayers()]
        assert [layer.name() for layer in layers] == ["Cross-border gaps"]
        assert layers[0].source().startswith(str(gaps_path_for(demo_registry)))
        rows = {panel.summary.item(r, 0).text(): [int(panel.summary.item(r, c).text())
                                                  for c in range(1, 5)]
                for r in range(panel.summary.rowCount())}
        # Uzbekistan: 5 unpaired border PAs, 1 member behind its network, 1 kulan site.
        assert rows["Uzbekistan (UZB)"] == [5, 0, 1, 1]
        # A row selects its neighbour's gaps on the map; a number those of one kind.
        uzb = next(r for r in range(panel.summary.rowCount())
                   if panel.summary.item(r, 0).text() == "Uzbekistan (UZB)")
        panel.summary.cellClicked.emit(uzb, 0)
        assert layers[0].selectedFeatureCount() == 7
        panel.summary.cellClicked.emit(uzb, 1)
        assert layers[0].selectedFeatureCount() == 5
        # A second run replaces the layer instead of stacking another.
        panel.partner_km.setValue(100.0)
        wait_for(panel.find_gaps())
        assert len(group.findLayers()) == 1
        # Bad dispersal text: refused before any task starts.
        panel.dispersal.setText("unicorn=5")
        assert panel.find_gaps() is None
        assert "unknown species 'unicorn'" in panel.message.text()
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
