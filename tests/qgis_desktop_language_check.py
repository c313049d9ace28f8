"""Run inside the real QGIS desktop (``qgis.bin --lang LANG --code``): what the plugin shows.

Writes ``TBPA_RESULT`` (JSON): the plugin's menu texts, and the names of the registry group's
children after the plugin's own "Open demo registry" action; then leaves QGIS.
"""

import json
import os
import traceback

import qgis.utils
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer

RESULT: dict = {"errors": []}


def _finish() -> None:
    with open(os.environ["TBPA_RESULT"], "w", encoding="utf-8") as stream:
        json.dump(RESULT, stream, ensure_ascii=False, indent=2)
    os._exit(0 if not RESULT["errors"] else 1)


def _run() -> None:
    try:
        plugin = qgis.utils.plugins["tbpa_registry"]
        RESULT["actions"] = [action.text() for action in plugin.actions]
        root = QgsProject.instance().layerTreeRoot()
        before = set(root.children())
        plugin.open_demo_registry()
        group = next(node for node in root.children() if node not in before)
        RESULT["group"] = group.name()
        RESULT["children"] = [child.name() for child in group.children()]
    except Exception:  # reported to the test
        RESULT["errors"].append(traceback.format_exc())
    _finish()


QTimer.singleShot(1000, _run)
QTimer.singleShot(60000, lambda: (RESULT["errors"].append("watchdog"), _finish()))
