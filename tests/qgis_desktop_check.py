"""Run inside the real QGIS desktop (``qgis --code``) by tests/test_installed_plugin.py.

Checks the installed plugin as a user meets it: QGIS loaded it, its "Open demo registry" action
adds the registry's group and layers to the layer tree. Saves a screenshot of the main window,
writes a JSON result to ``$TBPA_RESULT`` and quits QGIS with status 0 when all held, 1 otherwise.
QGIS runs this file with ``exec``, so it is plain top-level code without ``__file__``.
"""

import json
import os
import traceback

import qgis.utils
from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsLayerTreeGroup,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QEventLoop, QTimer
from qgis.PyQt.QtWidgets import QDockWidget

PLUGIN = "tbpa_registry"
SETTLE_MS = int(os.environ.get("TBPA_SETTLE_MS", "3000"))
WATCHDOG_MS = int(os.environ.get("TBPA_WATCHDOG_MS", "120000"))
RESULT = {"errors": [], "qgis": qgis.core.Qgis.version()}


def _wait(milliseconds: int, signal=None) -> None:
    """Run the event loop until ``signal`` fires or ``milliseconds`` pass."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    if signal is not None:
        signal.connect(loop.quit)
    loop.exec()
    if signal is not None:
        signal.disconnect(loop.quit)


def _count(layer: QgsVectorLayer) -> int:
    """Features the layer shows, subset applied (QGIS 3.22's featureCount may ignore a subset)."""
    request = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.NoGeometry)
    return sum(1 for _ in layer.getFeatures(request))


def _tree(group) -> list:
    """The group's children as JSON: groups with their children, layers with feature counts."""
    nodes = []
    for node in group.children():
        if isinstance(node, QgsLayerTreeGroup):
            nodes.append({"group": node.name(), "children": _tree(node)})
        else:
            layer = node.layer()
            count = _count(layer) if isinstance(layer, QgsVectorLayer) else None
            nodes.append({"layer": node.name(), "features": count, "visible": node.isVisible()})
    return nodes


def _arrange_for_screenshot(window) -> None:
    """Room for the layer tree; let the window settle so the canvas has its final size."""
    browser = window.findChild(QDockWidget, "Browser")
    if browser is not None:
        browser.hide()
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() == "Layers":
            dock.setMinimumWidth(330)
        elif dock.isVisible() and not dock.isFloating() and "TBPA" in dock.windowTitle():
            dock.setMaximumWidth(500)
    _wait(1500)


def _check_plugin(result: dict) -> None:
    iface = qgis.utils.iface
    window = iface.mainWindow()
    window.resize(1600, 1000)
    window.showMaximized()
    plugin = qgis.utils.plugins.get(PLUGIN)
    result["plugin_loaded"] = plugin is not None
    if plugin is None:
        result["errors"].append(f"{PLUGIN} is not in qgis.utils.plugins: "
                                f"{sorted(qgis.utils.plugins)}")
        return
    actions = {action.text(): action for action in plugin.actions}
    result["actions"] = sorted(actions)
    if "Open demo registry" not in actions:
        result["errors"].append(f"no 'Open demo registry' action in {sorted(actions)}")
        return
    root = QgsProject.instance().layerTreeRoot()
    before = set(root.children())
    _arrange_for_screenshot(window)  # the canvas has its final size before the plugin zooms
    for _ in range(50):  # under Xvfb the maximised window is laid out a moment later
        if iface.mapCanvas().width() > 400:
            break
        _wait(100)
    actions["Open demo registry"].trigger()
    _wait(500)  # the plugin zooms once the dock is laid out
    added = [node for node in root.children() if node not in before]
    result["added_nodes"] = [node.name() for node in added]
    if len(added) != 1 or not isinstance(added[0], QgsLayerTreeGroup):
        result["errors"].append(f"the action added {result['added_nodes']}, not one group")
        return
    group = added[0]
    result["group"] = group.name()
    result["tree"] = _tree(group)
    layers = [node.layer() for node in group.findLayers()]
    result["invalid_layers"] = [layer.name() for layer in layers if not layer.isValid()]
    if result["invalid_layers"]:
        result["errors"].append(f"invalid layers: {result['invalid_layers']}")
    canvas = iface.mapCanvas()  # the plugin zoomed it to the registry: show what a user sees
    result["canvas_crs"] = canvas.mapSettings().destinationCrs().description()
    result["canvas_extent_after_open"] = canvas.extent().toString(0)
    result["canvas_size"] = [canvas.width(), canvas.height()]
    canvas.refresh()
    _wait(30000, canvas.mapCanvasRefreshed)


def _watchdog() -> None:
    """A modal dialog or a hang: record what is on screen, then leave QGIS whatever happens."""
    RESULT["errors"].append(f"watchdog: the check did not end in {WATCHDOG_MS} ms")
    _finish()
    QTimer.singleShot(10000, lambda: os._exit(3))


def _finish() -> None:
    """Screenshot, result file, exit status (once)."""
    result = RESULT
    if "ok" in result:
        return
    try:
        screenshot = os.environ.get("TBPA_SCREENSHOT")
        if screenshot:
            saved = qgis.utils.iface.mainWindow().grab().save(screenshot, "PNG")
            result["screenshot"] = screenshot if saved else None
            if not saved:
                result["errors"].append(f"cannot save {screenshot}")
    except Exception:
        result["errors"].append(traceback.format_exc())
    result["ok"] = not result["errors"]
    with open(os.environ["TBPA_RESULT"], "w", encoding="utf-8") as stream:
        json.dump(result, stream, indent=2)
    # QGIS 3.40 (Debian 13) dies on signal 11 when it quits from a --code script with any
    # layer in the project, a layer of QGIS's own "Add layer" too: close the project first
    # and let QGIS finish with its layers before quitting.
    QgsProject.instance().clear()
    QTimer.singleShot(1500, lambda: QgsApplication.exit(0 if result["ok"] else 1))


def _run() -> None:
    try:
        _check_plugin(RESULT)
        _wait(SETTLE_MS)
    except Exception:  # everything goes into the result file
        RESULT["errors"].append(traceback.format_exc())
    _finish()


QTimer.singleShot(int(os.environ.get("TBPA_START_MS", "1000")), _run)
QTimer.singleShot(WATCHDOG_MS, _watchdog)
