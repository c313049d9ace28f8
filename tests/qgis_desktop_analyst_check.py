"""Run inside the real QGIS desktop (``qgis.bin --code``): an analyst's session with the demo.

1. Opens the demo registry through the plugin's action, lets the map draw, expands a network
   in the dock, then counts for 10 idle seconds: layer reloads, map renders, dock rebuilds.
2. Adds a protected area through QGIS's own attribute form (valid values) and saves the layer.
3. Changes a network's status in QGIS's attribute table: cancelled, the change is undone; with
   a note, it is saved and signed in the status history.
4. Opens the demo a second time: one group, the changes kept.

Writes ``TBPA_RESULT`` (JSON) and leaves QGIS. Plain top-level code (QGIS runs it with exec).
"""

import json
import os
import sqlite3
import traceback

import qgis.utils
from qgis.core import (
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.gui import QgsAttributeEditorContext, QgsDualView
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEventLoop, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QToolButton, QWidget

RESULT: dict = {"errors": [], "qgis": qgis.core.Qgis.version()}
IDLE_MS = int(os.environ.get("TBPA_IDLE_MS", "10000"))


def _wait(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _finish() -> None:
    with open(os.environ["TBPA_RESULT"], "w", encoding="utf-8") as stream:
        json.dump(RESULT, stream, ensure_ascii=False, indent=2)
    os._exit(0 if not RESULT["errors"] else 1)


def _registry_groups() -> list:
    return [group.name() for group in QgsProject.instance().layerTreeRoot().findGroups(True)
            if group.customProperty("tbpa/role") == "registry"]


def _answer_modal(note: str | None) -> None:
    """Answer the next modal dialog (the plugin's question): a note and OK, or Cancel."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(100, answer)
            return
        RESULT.setdefault("questions", []).append(dialog.windowTitle())
        if note is None:
            dialog.reject()
        else:
            dialog.note.setPlainText(note)
            dialog.year.setValue(2026)
            dialog.accept()

    QTimer.singleShot(100, answer)


def _database_state(path: str) -> dict:
    """What a write could change: journal mode, schema, GeoPackage bookkeeping, row counts."""
    connection = sqlite3.connect(path)
    try:
        state = {"journal_mode": connection.execute("PRAGMA journal_mode").fetchone()[0]}
        for kind, name, sql in connection.execute("SELECT type, name, sql FROM sqlite_master"):
            state[f"{kind} {name}"] = sql
        for table in ("gpkg_contents", "gpkg_ogr_contents", "gpkg_extensions"):
            state[table] = repr(connection.execute(f"SELECT * FROM {table}").fetchall())
        for (table,) in connection.execute("SELECT table_name FROM gpkg_contents").fetchall():
            state[f"rows {table}"] = connection.execute(
                f'SELECT count(*), total(fid) FROM "{table}"').fetchone()
        return state
    finally:
        connection.close()


def _idle(plugin, tree) -> None:
    canvas = qgis.utils.iface.mapCanvas()
    counts = {"reloads": 0, "renders": 0, "tree_syncs": 0}

    def count(key):
        return lambda *_args: counts.__setitem__(key, counts[key] + 1)

    for node in tree.group.findLayers():
        node.layer().dataProvider().dataChanged.connect(count("reloads"))
    before = _database_state(tree.location)
    canvas.renderStarting.connect(count("renders"))
    tree.changed.connect(count("tree_syncs"))
    watcher_reports = []
    reported = plugin.watcher._on_change
    plugin.watcher._on_change = lambda location: (watcher_reports.append(location),
                                                  reported(location))
    dock = plugin.dock
    item = next(dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())
                if dock.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) == "NET-WTS")
    item.setExpanded(True)
    _wait(IDLE_MS)
    RESULT["idle"] = dict(counts)  # a copy: the edits below reload on purpose
    RESULT["idle_watcher_reports"] = list(watcher_reports)
    after = _database_state(tree.location)
    RESULT["idle_database_changes"] = {key: [before.get(key), after.get(key)]
                                       for key in set(before) | set(after)
                                       if before.get(key) != after.get(key)}
    RESULT["expanded_after_idle"] = item.treeWidget() is dock.tree and item.isExpanded()


def _add_area_through_the_form(tree) -> None:
    layer = tree.protected_areas_layer
    geometry = QgsGeometry.fromWkt("MULTIPOLYGON(((80 44, 80.5 44, 80.5 44.5, 80 44.5, 80 44)))")
    fields = layer.fields()
    feature = QgsVectorLayerUtils.createFeature(layer, geometry, {
        fields.indexOf("pa_id"): "KAZ-NEW-ZAKAZNIK", fields.indexOf("name_en"): "New zakaznik",
        fields.indexOf("iso3"): "KAZ", fields.indexOf("status"): "planned",
        fields.indexOf("status_year"): 2026})
    layer.startEditing()
    dialog = qgis.utils.iface.getFeatureForm(layer, feature)
    dialog.setMode(QgsAttributeEditorContext.Mode.AddFeatureMode)
    dialog.show()
    _wait(300)
    RESULT["form_saved"] = dialog.attributeForm().save()
    dialog.close()
    RESULT["form_added"] = len(layer.editBuffer().addedFeatures())
    RESULT["form_committed"] = layer.commitChanges()
    RESULT["form_commit_errors"] = layer.commitErrors()


def _edit_status_in_the_table(tree) -> None:
    layer = tree.networks_layer
    table = qgis.utils.iface.showAttributeTable(layer)
    _wait(500)
    view = next(sip.cast(widget, QgsDualView) for widget in table.findChildren(QWidget)
                if widget.metaObject().className() == "QgsDualView")
    model = view.masterModel()
    column = layer.fields().indexOf("status")
    row = next(r for r in range(model.rowCount())
               if model.feature(model.index(r, 0)).attribute("network_id") == "NET-USTYURT")
    fid = model.rowToId(row)
    layer.startEditing()

    def edit_cell() -> None:
        """What the attribute table's delegate does when a cell is edited."""
        layer.beginEditCommand("Attribute changed")
        layer.changeAttributeValue(fid, column, "planned", layer.getFeature(fid)["status"])
        layer.endEditCommand()

    _answer_modal(None)  # Cancel: the change is undone
    edit_cell()
    _wait(1500)
    RESULT["status_after_cancel"] = layer.getFeature(fid)["status"]
    _answer_modal("decree of the akimat")
    edit_cell()
    _wait(1500)
    RESULT["status_after_note"] = layer.getFeature(fid)["status"]
    RESULT["table_committed"] = layer.commitChanges()
    table.close()
    connection = sqlite3.connect(tree.location)
    RESULT["history"] = [list(row) for row in connection.execute(
        "SELECT old_status, new_status, changed_by, note FROM status_history "
        "WHERE entity_id = 'NET-USTYURT' ORDER BY fid")]
    RESULT["status_year"] = connection.execute(
        "SELECT status_year FROM networks WHERE network_id = 'NET-USTYURT'").fetchone()[0]
    connection.close()


def _run() -> None:
    try:
        plugin = qgis.utils.plugins["tbpa_registry"]
        window = qgis.utils.iface.mainWindow()
        window.resize(1600, 1000)
        window.showMaximized()
        plugin.open_demo_registry()
        _wait(3000)  # the map draws, the dock fills
        from tbpa_registry.plugin.project.registry_layers import registry_layer_tree

        tree = registry_layer_tree(QgsProject.instance(), plugin.current_registry)
        RESULT["features"] = {node.layer().name(): node.layer().featureCount()
                              for node in tree.group.findLayers()
                              if isinstance(node.layer(), QgsVectorLayer)}
        RESULT["crs_status"] = [button.text() for button in window.findChildren(QToolButton)
                                if button.objectName() == "mOntheFlyProjectionStatusButton"]
        _idle(plugin, tree)
        _add_area_through_the_form(tree)
        _edit_status_in_the_table(tree)
        plugin.open_demo_registry()  # a second time
        _wait(1000)
        RESULT["groups"] = _registry_groups()
        connection = sqlite3.connect(plugin.current_registry)
        RESULT["after_reopen"] = {
            "new_area": connection.execute("SELECT count(*) FROM protected_areas WHERE "
                                           "pa_id = 'KAZ-NEW-ZAKAZNIK'").fetchone()[0],
            "ustyurt": connection.execute("SELECT status FROM networks WHERE "
                                          "network_id = 'NET-USTYURT'").fetchone()[0]}
        connection.close()
    except Exception:  # reported to the test
        RESULT["errors"].append(traceback.format_exc())
    _finish()


QTimer.singleShot(1000, _run)
QTimer.singleShot(150000, lambda: (RESULT["errors"].append("watchdog"), _finish()))
