"""Following a registry written by another program, and nothing else: no reload loop.

The watcher reacts to commits of other connections (SQLite's data version), never to the
reads, reloads and map renders of QGIS itself, which open and close the GeoPackage and create
or remove its ``-wal`` and ``-shm`` files.
"""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtTest import QTest

from plugin.gui.main import TbpaRegistryPlugin
from plugin.gui.registry_dock import ROLE_ID
from plugin.gui.registry_watcher import RegistryFileWatcher
from plugin.project.registry_layers import registry_layer_tree
from plugin.registry.store import open_registry
from tests.conftest import wait_until

IDLE_MS = 10_000


@pytest.fixture
def watched(demo_registry, qgis_app):
    """A watcher on a private demo registry, and the list of changes it reported."""
    reported: list[str] = []
    watcher = RegistryFileWatcher(reported.append, poll_ms=100)
    watcher.watch(str(demo_registry))
    yield watcher, reported
    watcher.stop()


def test_reads_and_wal_files_are_not_changes(watched, demo_registry):
    watcher, reported = watched
    for _ in range(3):
        with open_registry(demo_registry) as store:  # a read through another connection
            assert len(store.networks()) == 10
        for suffix in ("-wal", "-shm", "-journal"):  # what SQLite and GDAL do to the folder
            side = demo_registry.with_name(demo_registry.name + suffix)
            if side.exists():
                side.touch()
        (demo_registry.parent / "other.txt").write_text("x", encoding="utf-8")
        QTest.qWait(200)
    assert reported == []
    assert watcher.watched_paths() == [str(demo_registry)]


def test_a_commit_by_another_connection_is_reported_once(watched, demo_registry):
    _watcher, reported = watched
    with open_registry(demo_registry) as store:
        for status in ("draft", "created"):  # a burst of two commits
            with store.transaction():
                store.set_status("network", "NET-TARBAGATAI", status, note="burst")
    assert wait_until(lambda: reported, 3)
    QTest.qWait(500)
    assert reported == [str(demo_registry)]


def test_a_replaced_registry_file_is_reported(watched, demo_registry, demo_registry_master,
                                              tmp_path):
    _watcher, reported = watched
    copy = tmp_path / "replacement.gpkg"
    shutil.copy2(demo_registry_master, copy)
    copy.replace(demo_registry)
    assert wait_until(lambda: reported, 3)
    assert reported == [str(demo_registry)]


def test_stop_and_postgis_follow_nothing(qgis_app, demo_registry):
    watcher = RegistryFileWatcher(lambda _location: None)
    watcher.watch("service=tbpa")
    assert watcher.watched_paths() == []
    watcher.watch(str(demo_registry))
    watcher.stop()
    assert watcher.watched_paths() == []


def test_an_idle_registry_in_qgis_is_not_reloaded(qgis_iface, qgis_new_project, demo_registry):
    """Ten idle seconds after opening the demo (map drawn): no reload, no render, and a
    network expanded in the dock stays expanded."""
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initGui()
    canvas = qgis_iface.mapCanvas()
    try:
        plugin.open_registry_file(demo_registry)
        tree = registry_layer_tree(QgsProject.instance(), demo_registry)
        counts: Counter = Counter()
        canvas.mapCanvasRefreshed.connect(lambda: counts.update(["render"]))
        canvas.setLayers([node.layer() for node in tree.group.findLayers()])
        canvas.setRenderFlag(True)  # the map reads every layer, as in the desktop
        canvas.refresh()
        assert wait_until(lambda: counts["render"] >= 1, 30)
        QTest.qWait(1000)
        counts.clear()
        for node in tree.group.findLayers():
            node.layer().dataProvider().dataChanged.connect(lambda: counts.update(["reload"]))
            node.layer().repaintRequested.connect(lambda *_: counts.update(["repaint"]))
        tree.changed.connect(lambda: counts.update(["layer tree sync"]))
        dock = plugin.dock
        item = next(dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())
                    if dock.tree.topLevelItem(i).data(0, ROLE_ID) == "NET-WTS")
        item.setExpanded(True)
        QTest.qWait(IDLE_MS)
        assert counts == Counter(), counts
        assert item.isExpanded() and item.treeWidget() is dock.tree  # the same, live item
    finally:
        canvas.setRenderFlag(False)
        canvas.stopRendering()
        canvas.waitWhileRendering()
        plugin.unload()


def test_an_expanded_network_stays_expanded_when_the_registry_changes(qgis_iface,
                                                                       qgis_new_project,
                                                                       demo_registry):
    plugin = TbpaRegistryPlugin(qgis_iface)
    plugin.initGui()
    try:
        plugin.open_registry_file(demo_registry)
        dock = plugin.dock
        dock.tree.topLevelItem(0).setExpanded(True)
        expanded = dock.expanded_networks()
        assert len(expanded) == 1
        assert dock.change_status("network", "NET-TARBAGATAI", "draft", "decree")
        assert dock.expanded_networks() == expanded
    finally:
        plugin.unload()


def test_a_commit_that_changes_no_row_is_not_reported(watched, demo_registry):
    """GDAL opening a GeoPackage for writing commits its bookkeeping unchanged."""
    import sqlite3

    _watcher, reported = watched
    connection = sqlite3.connect(str(demo_registry), isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE gpkg_contents SET identifier = identifier")
    connection.execute("COMMIT")
    connection.close()
    QTest.qWait(600)
    assert reported == []
