"""Run inside the real QGIS desktop (``qgis.bin --code``): the dock's long work as tasks.

Opens the demo registry through the plugin, clicks "Find gaps" in the "Cross-border gaps" tab
(the algorithm runs as a task in QGIS's task manager) and waits for the layer; writes
``TBPA_RESULT`` (JSON) and leaves QGIS.
"""

import json
import os
import traceback

import qgis.utils
from qgis.PyQt.QtCore import QTimer

RESULT: dict = {"errors": []}


def _finish() -> None:
    with open(os.environ["TBPA_RESULT"], "w", encoding="utf-8") as stream:
        json.dump(RESULT, stream, ensure_ascii=False, indent=2)
    os._exit(0 if not RESULT["errors"] else 1)


def _gaps_added(layer) -> None:
    panel = qgis.utils.plugins["tbpa_registry"].gaps_panel
    RESULT["gaps_layer"] = layer.name()
    RESULT["gaps_features"] = layer.featureCount()
    RESULT["summary_rows"] = panel.summary.rowCount()
    _finish()


def _run() -> None:
    try:
        plugin = qgis.utils.plugins["tbpa_registry"]
        plugin.open_demo_registry()
        panel = plugin.gaps_panel
        panel.gaps_added.connect(_gaps_added)
        panel.find_button.click()
        RESULT["task_started"] = panel.task is not None
        if panel.task is None:
            RESULT["errors"].append("no task: " + panel.message.text())
            _finish()
    except Exception:  # reported to the test
        RESULT["errors"].append(traceback.format_exc())
        _finish()


QTimer.singleShot(1000, _run)
QTimer.singleShot(90000, lambda: (RESULT["errors"].append("watchdog"), _finish()))
