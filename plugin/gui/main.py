"""The plugin class QGIS loads: wires menu and toolbar actions, the dock and the provider."""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsSettings,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QInputDialog, QMessageBox

from ..errors import TbpaError
from ..i18n import load_translator, qgis_language, remove_translator, tr
from ..processing.registry_input import set_registry_open_in_qgis
from ..registry.backend import is_postgis_location

if TYPE_CHECKING:
    from qgis.gui import QgisInterface

LOG = logging.getLogger(__name__)
#: Logger of the whole plugin package (``tbpa_registry.plugin`` when QGIS loads it).
PLUGIN_LOGGER = __name__.rsplit(".", 2)[0]
ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
#: Menu title; marked for pylupdate5 here, translated with tr(MENU) where used.
#: QgsSettings key of the last PostgreSQL connection opened (no password is ever kept).
LAST_POSTGIS_KEY = "tbpa_registry/last_postgis_location"
MENU = QT_TRANSLATE_NOOP("@default", "&TBPA Registry")
#: Answers to "Open demo registry" when the demo was built before.
DEMO_KEEP, DEMO_REBUILD = "keep", "rebuild"


def demo_folder() -> Path:
    """Folder of the demo registry in the user's QGIS profile."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "tbpa_registry" / "demo"


def prefer_wal(path: Path) -> None:
    """Put a GeoPackage in WAL journal mode before QGIS opens its layers, as QGIS would.

    QGIS switches a GeoPackage to WAL when it first opens one of its layers for writing
    (unless ``qgis/walForSqlite3`` is off). Done later, under layers already reading the file
    (newer QGIS read a rollback-journal GeoPackage without locks), that switch makes them fail
    with "unable to open database file", and it looks like a write to the file watcher. Done
    first, before any layer, nothing switches while the registry is open.
    """
    if str(QgsSettings().value("qgis/walForSqlite3", True)).lower() in ("false", "0"):
        return
    try:
        connection = sqlite3.connect(str(path), timeout=2)
        try:
            connection.execute("PRAGMA journal_mode = WAL").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:  # a read-only file or folder, a locked file: QGIS decides
        LOG.info("%s stays in its journal mode (%s)", path, error)


def restart_demo(path: Path) -> None:
    """Put the original demo's contents into the demo registry at ``path``.

    Written through SQLite (its backup API), not by replacing the file: QGIS may still hold
    the old file open (its connection pool), and a replaced file next to the old one's
    ``-wal`` would be read with that journal's pages.
    """
    from ..registry.sources import build_demo_registry

    with tempfile.TemporaryDirectory(prefix="tbpa-demo-") as folder:
        fresh = sqlite3.connect(str(build_demo_registry(Path(folder))))
        target = sqlite3.connect(str(path), timeout=10)
        try:
            fresh.backup(target)
        finally:
            target.close()
            fresh.close()


class TbpaRegistryPlugin:
    """TBPA Registry in QGIS. ``unload`` undoes exactly what ``initGui`` did."""

    def __init__(self, iface: QgisInterface) -> None:
        self.iface = iface
        self.actions: list[QAction] = []
        self.toolbar = None
        self.provider = None
        self.translator = None
        self.dock = None
        self.dock_action: QAction | None = None
        self.reintroduction_view = None
        self.gaps_panel = None
        self.watcher = None
        self.log_handler = None
        self.options_factory = None
        self.status_guards: list = []

    @property
    def current_registry(self) -> str | None:
        """Location of the registry the dock shows (None before one is opened)."""
        return self.dock.current_registry if self.dock is not None else None

    # ----- life cycle ------------------------------------------------------------------------

    def initProcessing(self) -> None:  # noqa: N802 (QGIS API name)
        """Register the ``tbpa`` Processing provider (QGIS calls this for hasProcessingProvider)."""
        self._install_translator()  # QGIS calls this before initGui: algorithms are built now
        if self.provider is None:
            from ..processing.provider import TbpaProcessingProvider

            self.provider = TbpaProcessingProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 (QGIS API name)
        """Add the menu, the toolbar and the provider."""
        from .message_log import install_log_handler

        self.log_handler = install_log_handler(PLUGIN_LOGGER)
        self._install_translator()
        self.initProcessing()
        from .options_page import TbpaOptionsFactory

        self.options_factory = TbpaOptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self.toolbar = self.iface.addToolBar(tr("TBPA Registry"))
        self.toolbar.setObjectName("TbpaRegistryToolbar")
        self._add_action(QgsApplication.getThemeIcon("mActionNewGeoPackageLayer.svg"),
                         tr("New registry…"), self.new_registry)
        self._add_action(QgsApplication.getThemeIcon("mActionFileOpen.svg"),
                         tr("Open registry…"), self.open_registry)
        self._add_action(QgsApplication.getThemeIcon("mIconPostgis.svg"),
                         tr("Open PostGIS registry…"), self.open_postgis_registry)
        self._add_action(QIcon(str(ICONS / "tbpa.svg")), tr("Open demo registry"),
                         self.open_demo_registry)
        self._add_action(QgsApplication.getThemeIcon("mActionFileSaveAs.svg"),
                         tr("Save project into the registry"), self.save_project_into_registry)

        from .registry_dock import RegistryDock

        self.dock = RegistryDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        from .reintroduction_view import ReintroductionView

        self.reintroduction_view = ReintroductionView(self.iface.messageBar())
        self.dock.add_tab(self.reintroduction_view, tr("Reintroduction"))
        self.dock.registry_changed.connect(self.reintroduction_view.set_registry)
        from .gaps_panel import GapsPanel

        self.gaps_panel = GapsPanel(self.dock)
        self.gaps_panel.canvas = self.iface.mapCanvas()
        self.gaps_panel.set_registry(self.dock.current_registry or "")
        self.dock.add_tab(self.gaps_panel, tr("Cross-border gaps"))
        self.dock.registry_changed.connect(self.gaps_panel.set_registry)
        from .registry_watcher import RegistryFileWatcher

        self.watcher = RegistryFileWatcher(self._on_registry_written, self.iface.mainWindow())
        self.dock.registry_changed.connect(self.watcher.watch)
        self.dock.registry_written.connect(self._on_own_write)
        self.dock.registry_changed.connect(set_registry_open_in_qgis)
        self.dock_action = self._add_action(QgsApplication.getThemeIcon("mActionOpenTable.svg"),
                                            tr("Registry dock"), self.dock.setVisible)
        self.dock_action.setCheckable(True)
        self.dock.visibilityChanged.connect(self.dock_action.setChecked)
        QgsProject.instance().readProject.connect(self._on_project_read)
        self._add_action(QgsApplication.getThemeIcon("mActionFileSave.svg"),
                         tr("Export partner package…"), self.export_partner_package)
        self._add_action(QgsApplication.getThemeIcon("mActionAddOgrLayer.svg"),
                         tr("Import partner package…"), self.import_partner_package)
        self._add_action(QgsApplication.getThemeIcon("mActionHelpContents.svg"),
                         tr("Help"), self.show_help)
        if QgsProject.instance().layerTreeRoot().children():  # the plugin was reloaded
            self._on_project_read()

    def unload(self) -> None:
        """Remove everything initGui (or, alone, initProcessing) added."""
        if self.dock is not None:  # initGui ran (QGIS may load the provider without the GUI)
            QgsProject.instance().readProject.disconnect(self._on_project_read)
            self.dock.visibilityChanged.disconnect(self.dock_action.setChecked)
            self.iface.removeDockWidget(self.dock)
            self.dock.registry_changed.disconnect(self.reintroduction_view.set_registry)
            self.dock.registry_changed.disconnect(self.gaps_panel.set_registry)
            self.dock.registry_changed.disconnect(self.watcher.watch)
            self.dock.registry_written.disconnect(self._on_own_write)
            self.dock.registry_changed.disconnect(set_registry_open_in_qgis)
            set_registry_open_in_qgis(None)
            for guard in self.status_guards:
                guard.detach()
            self.status_guards = []
            self._stop_following_layer_trees()
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None
            self.gaps_panel.cancel()
            self.gaps_panel = None
            self.dock.deleteLater()
            self.dock = None
            self.reintroduction_view = None
            self.dock_action = None
        for action in self.actions:
            self.iface.removePluginMenu(tr(MENU), action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.log_handler is not None:
            from .message_log import remove_log_handler

            remove_log_handler(PLUGIN_LOGGER, self.log_handler)
            self.log_handler = None

    def _install_translator(self) -> None:
        """Speak QGIS's language from the first call QGIS makes (once; unload removes it)."""
        if self.translator is None:
            self.translator = load_translator(qgis_language())

    def _add_action(self, icon: QIcon, text: str, slot) -> QAction:
        action = QAction(icon, text, self.iface.mainWindow())
        explanation = self.action_tooltips().get(text)
        if explanation:
            action.setToolTip(f"<b>{text}</b><br>{explanation}")
            action.setStatusTip(explanation)
        action.triggered.connect(slot)
        self.iface.addPluginToMenu(tr(MENU), action)
        self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    @staticmethod
    def action_tooltips() -> dict[str, str]:
        """What each action does, by its (translated) text."""
        return {
            tr("New registry…"): tr("Create an empty registry GeoPackage with the range states "
                                    "of the Central Asian Mammals Initiative"),
            tr("Open registry…"): tr("Add a registry GeoPackage to the project as one group "
                                     "and show it in the dock"),
            tr("Open PostGIS registry…"): tr("Open a registry shared by several agencies on "
                                             "PostgreSQL/PostGIS"),
            tr("Open demo registry"): tr("Open the demo registry of Kazakhstan's networks "
                                         "(built the first time; your changes are kept)"),
            tr("Save project into the registry"): tr(
                "Store this QGIS project inside the registry GeoPackage, to open it with "
                "Project > Open From > GeoPackage"),
            tr("Registry dock"): tr("Browse networks and protected areas, change a status "
                                    "with a note, see the history, the summary, "
                                    "reintroductions and cross-border gaps"),
            tr("Export partner package…"): tr("Write the shapefile package for one "
                                              "neighbouring range state"),
            tr("Import partner package…"): tr("Check a partner's package (dry run), then "
                                              "merge it into the registry"),
            tr("Help"): tr("How to use TBPA Registry"),
        }

    # ----- actions ---------------------------------------------------------------------------

    def _show_error(self, error: Exception) -> None:
        from .error_messages import describe_error

        self.iface.messageBar().pushCritical(tr("TBPA Registry"), describe_error(error))
        LOG.warning("%s", error)

    def open_registry_file(self, path: Path | str) -> None:
        """Add the registry at ``path`` to the current project and show it in the dock."""
        from ..project.registry_layers import add_registry_to_project, registry_layer_tree

        open_already = registry_layer_tree(QgsProject.instance(), str(path))
        if open_already is not None:  # never two groups for one registry
            self._show_open_registry(open_already.group, open_already.location)
            self.iface.messageBar().pushInfo(tr("TBPA Registry"), tr(
                "{title} is open already: it is shown in the layer panel and the dock").format(
                title=open_already.group.name()))
            return
        first = not QgsProject.instance().mapLayers()
        if not is_postgis_location(path):
            prefer_wal(Path(path))
        try:
            group = add_registry_to_project(path, QgsProject.instance(), qgis_language())
        except (TbpaError, OSError) as error:
            self._show_error(error)
            return
        from ..project.registry_layers import registry_layer_trees

        location = next(t.location for t in registry_layer_trees(QgsProject.instance())
                        if t.group is group)
        self._guard_status_edits()
        self._show_open_registry(group, location, first)

    def _show_open_registry(self, group, location: str, first: bool = False) -> None:
        """Show the registry's group in the dock and zoom the map to it."""
        self.dock.set_registry(location)
        self.dock.show()
        # After the event loop has laid out the dock (which narrows the map), not before:
        # QGIS keeps the scale when the canvas is resized.
        QTimer.singleShot(0, lambda: self._zoom_to_registry(group, first))

    def _zoom_to_registry(self, group, first: bool = False) -> None:
        """Show the registry's networks and protected areas on the map.

        In a project the registry opened first, the map is drawn in the equal-area Central Asia
        CRS (QGIS itself switches a new project to the CRS of its first layer, EPSG:4326).
        """
        from ..project.map_render import registry_extent
        from ..project.registry_layers import CENTRAL_ASIA_CRS

        if first:
            QgsProject.instance().setCrs(QgsCoordinateReferenceSystem.fromWkt(CENTRAL_ASIA_CRS))

        try:
            extent = registry_extent(QgsProject.instance(), group)
        except ValueError:  # an empty registry: nothing to zoom to
            return
        except RuntimeError:  # the group was removed before the map was laid out
            return
        canvas = self.iface.mapCanvas()
        # The canvas follows a change of project CRS only on the next event loop: set it now,
        # so the extent (in the project's CRS) is read in the right units.
        canvas.setDestinationCrs(QgsProject.instance().crs())
        canvas.setExtent(extent)
        canvas.refresh()

    def _on_registry_written(self, location: str) -> None:
        """Another program wrote to the registry: reload its layers, counts and the dock."""
        from ..project.registry_layers import registry_layer_tree

        tree = registry_layer_tree(QgsProject.instance(), location)
        if tree is not None:
            tree.refresh()  # the dock follows the tree's ``changed`` signal
        elif self.dock is not None:
            self.dock.refresh()

    @staticmethod
    def _stop_following_layer_trees() -> None:
        """Disconnect the registry groups' slots from the project and its layers: an
        unloaded plugin leaves none of its code connected. The groups stay in the project;
        :meth:`initGui` follows them again (a reloaded plugin).
        """
        from ..project.registry_layers import registry_layer_trees

        for tree in registry_layer_trees(QgsProject.instance()):
            tree.detach()

    def _guard_status_edits(self) -> None:
        """Every registry group of the project asks for a note when a status is edited in
        QGIS's attribute table or forms (:mod:`.status_edit_guard`), and its edits are checked
        before they are saved (:mod:`.record_edit_check`)."""
        from ..project.registry_layers import registry_layer_trees
        from .record_edit_check import RecordEditCheck
        from .status_edit_guard import StatusEditGuard

        trees = registry_layer_trees(QgsProject.instance())
        live = {id(tree) for tree in trees}
        for guard in [g for g in self.status_guards if id(g.tree) not in live]:
            guard.detach()
            self.status_guards.remove(guard)
        guarded = {id(guard.tree) for guard in self.status_guards}
        for tree in trees:
            if id(tree) not in guarded:
                self.status_guards.append(StatusEditGuard(
                    tree, self.iface.messageBar(), self.iface.mainWindow()))
                self.status_guards.append(RecordEditCheck(tree, self.iface.messageBar()))

    def _on_own_write(self, _location: str) -> None:
        """The dock wrote and already shows the result: no second reload from the watcher."""
        if self.watcher is not None:
            self.watcher.acknowledge()

    def _on_project_read(self, *_args) -> None:
        """Follow the registry groups of a project opened from a file; show the first."""
        from ..project.registry_layers import attach_registry_trees

        trees = attach_registry_trees(QgsProject.instance())
        self._guard_status_edits()
        if trees and self.dock is not None:
            self.dock.set_registry(trees[0].location)

    def save_project_into_registry(self) -> None:
        """Store the current project inside the GeoPackage of the registry the dock shows."""
        from ..project.registry_project import ProjectWriteError, save_project_in_registry
        from ..registry.backend import is_postgis_location

        location = self.current_registry
        if location is None or is_postgis_location(location):
            self._show_error(TbpaError(tr("Open a GeoPackage registry first")))
            return
        try:
            uri = save_project_in_registry(QgsProject.instance(), Path(location))
        except ProjectWriteError as error:
            self._show_error(error)
            return
        self.iface.messageBar().pushSuccess(tr("TBPA Registry"), tr(
            "Project saved inside {path}: open it with Project > Open From > GeoPackage").format(
            path=location))
        LOG.info("saved %s", uri)

    def new_registry(self) -> None:
        """Ask for a file and a title, create the registry with the shipped range states."""
        from ..registry.sources import shipped_range_states
        from ..registry.store import RegistryStore

        path, _ = QFileDialog.getSaveFileName(self.iface.mainWindow(), tr("New registry"), "",
                                              tr("GeoPackage (*.gpkg)"))
        if not path:
            return
        title, ok = QInputDialog.getText(self.iface.mainWindow(), tr("New registry"),
                                         tr("Title of the registry:"))
        if not ok or not title.strip():
            return
        try:
            RegistryStore.create(Path(path), title.strip(), shipped_range_states(),
                                 overwrite=True).close()
        except (TbpaError, OSError) as error:
            self._show_error(error)
            return
        self.open_registry_file(Path(path))

    def open_registry(self) -> None:
        """Ask for a registry file and open it."""
        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(), tr("Open registry"), "",
                                              tr("GeoPackage (*.gpkg)"))
        if path:
            self.open_registry_file(Path(path))

    def open_postgis_registry(self) -> None:
        """Ask for a PostgreSQL connection holding a shared registry and open it."""
        settings = QgsSettings()
        last = settings.value(LAST_POSTGIS_KEY, "service=tbpa")
        location, ok = QInputDialog.getText(
            self.iface.mainWindow(), tr("Open PostGIS registry"),
            tr("PostgreSQL connection of the shared registry: a service name from "
               "pg_service.conf (service=NAME) or a postgresql:// URI; add authcfg=ID to use "
               "credentials kept in QGIS's authentication manager and schema=NAME for another "
               "schema than tbpa:"), text=str(last))
        location = location.strip()
        if not ok or not location:
            return
        from ..registry.backend import redact_location
        from ..registry.connection import PgConnection

        if not is_postgis_location(location):
            self._show_error(TbpaError(tr("'{location}' is not a PostgreSQL connection "
                                           "(service=NAME or postgresql://...)").format(
                location=redact_location(location))))
            return
        try:
            connection = PgConnection.parse(location)
        except TbpaError as error:
            self._show_error(error)
            return
        settings.setValue(LAST_POSTGIS_KEY, connection.display)  # never the password
        if connection.has_password:
            self._show_error(TbpaError(tr(
                "The connection holds a password, which QGIS's layers would have to keep in "
                "the project: it is not used. Keep the user and password in QGIS's "
                "authentication manager and add authcfg=ID, or in pg_service.conf and .pgpass "
                "and give service=NAME")))
            return
        self.open_registry_file(connection.display)

    def open_demo_registry(self) -> None:
        """Open the demo registry of the user's profile folder, building it the first time.

        A demo already open is shown again; a demo built earlier is opened with the changes
        made to it, unless the user asks to start again from the original demo.
        """
        from ..project.registry_layers import registry_layer_tree
        from ..registry.sources import build_demo_registry

        path = demo_folder() / "registry.gpkg"
        if registry_layer_tree(QgsProject.instance(), str(path)) is None and path.is_file():
            choice = self.ask_demo_choice()
            if choice is None:
                return
            rebuild = choice == DEMO_REBUILD
        else:
            rebuild = not path.is_file()
        if rebuild:
            try:
                if path.is_file():
                    restart_demo(path)
                else:
                    path = build_demo_registry(path.parent)
            except (TbpaError, OSError, sqlite3.Error) as error:
                self._show_error(error)
                return
        self.open_registry_file(path)

    def ask_demo_choice(self) -> str | None:
        """Ask whether to open the demo built earlier or to start again (None: cancel)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Open demo registry"), tr(
            "You opened the demo registry before. Open it with the changes you made to it, or "
            "start again from the original demo (your changes to the demo are lost)?"),
            QMessageBox.StandardButton.Cancel, self.iface.mainWindow())
        keep = box.addButton(tr("Open with my changes"), QMessageBox.ButtonRole.AcceptRole)
        again = box.addButton(tr("Start again"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            return DEMO_KEEP
        if box.clickedButton() is again:
            return DEMO_REBUILD
        return None

    def export_partner_package(self) -> None:
        """The export dialog, on the registry the dock shows."""
        from .exchange_dialog import ExportPartnerDialog

        ExportPartnerDialog(self.current_registry, self.iface.mainWindow()).exec()

    def show_help(self) -> None:
        """The user's part of the README in a window."""
        from .help_page import HelpDialog

        HelpDialog(self.iface.mainWindow()).exec()

    def import_partner_package(self) -> None:
        """The import dialog (dry run, then merge); the map shows the merged records after."""
        from .exchange_dialog import ImportPartnerDialog

        ImportPartnerDialog(self.current_registry, self.iface.mainWindow()).exec()
        self.iface.mapCanvas().refreshAllLayers()
