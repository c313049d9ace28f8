"""The registry dock: networks and their protected areas, change of status, history, summary.

Reads through the store and writes through ``store.set_status`` (the same validation as the
command line); after a write the registry's layer group is refreshed so the layer panel counts
follow. Other capabilities add tabs with :meth:`RegistryDock.add_tab`.
"""

from __future__ import annotations

import contextlib
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from qgis.core import QgsApplication, QgsExpression, QgsFeatureRequest, QgsProject
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import TbpaError
from ..i18n import format_number, qgis_language, tr
from ..project.network_colours import network_colour
from ..project.registry_layers import registry_layer_tree
from ..qgis_compat import REQUEST_NO_GEOMETRY
from ..registry.catalogue import SPECIES, STATUS_DISPLAY_ORDER, Status
from ..registry.model import Network, ProtectedArea, RecordError
from ..registry.names import country_name, display_name
from ..registry.store import open_registry
from ..registry.summary import summarise
from .error_messages import describe_error
from .status_edit_guard import decision_fields

LOG = logging.getLogger(__name__)

ROLE_ENTITY = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1

#: Records whose status the dock changes, by entity name.
STATUS_ENTITIES = {"network": Network, "protected_area": ProtectedArea}

#: Badge colours of the statuses (the same family as the protected-area style).
STATUS_COLOURS = {Status.CREATED: QColor(46, 125, 50), Status.DRAFT: QColor(191, 144, 0),
                  Status.PLANNED: QColor(110, 110, 110)}


@dataclass
class RegistryContents:
    """What the dock shows, read in one go from the store."""

    networks: list[dict] = field(default_factory=list)
    areas: dict[str, dict] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=dict)


def read_contents(location: str) -> RegistryContents:
    """Networks, protected areas and memberships of the registry at ``location``."""
    contents = RegistryContents()
    with open_registry(location) as store:
        for network in store.networks():
            contents.networks.append({**network.row(), "status": network.status,
                                      "range_states": list(network.range_states),
                                      "target_species": list(network.target_species)})
        for area in store.protected_areas():
            contents.areas[area.pa_id] = {**area.row(), "status": area.status,
                                          "target_species": list(area.target_species)}
        for member in store.members():
            contents.members.setdefault(member.network_id, []).append(member.pa_id)
    return contents


class StatusChangeDialog(QDialog):
    """Asks for the new status and the reason; OK only with a different status and a note."""

    def __init__(self, name: str, current: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change status"))
        self.status = QComboBox()
        for status in STATUS_DISPLAY_ORDER:
            self.status.addItem(status.label(), status.value)
        self.status.setCurrentIndex(STATUS_DISPLAY_ORDER.index(current))
        self.year, self.note, self.buttons = decision_fields(self)
        form = QFormLayout(self)
        form.addRow(QLabel(name))
        form.addRow(tr("New status:"), self.status)
        form.addRow(tr("Year of the decision:"), self.year)
        form.addRow(tr("Note:"), self.note)
        form.addRow(self.buttons)
        self._current = current
        self.status.currentIndexChanged.connect(self._check)
        self.note.textChanged.connect(self._check)
        self._check()

    def chosen_status(self) -> Status:
        """The status picked."""
        return Status(self.status.currentData())

    def _check(self) -> None:
        ok = self.chosen_status() != self._current and bool(self.note.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class RegistryDock(QDockWidget):
    """Dock of the open registry. ``registry_changed`` carries the new registry's location."""

    registry_changed = pyqtSignal(str)
    #: The dock wrote to its registry and shows the result (the file watcher need not reload).
    registry_written = pyqtSignal(str)

    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(tr("TBPA Registry"), parent)
        self.setObjectName("TbpaRegistryDock")
        self.iface = iface
        self.current_registry: str | None = None
        self.language = qgis_language()
        self.contents = RegistryContents()
        self._followed = None

        self.tabs = QTabWidget()
        self.setWidget(self.tabs)
        self._build_networks_tab()
        self._build_summary_tab()

    # ----- tabs ---------------------------------------------------------------------------

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab (other capabilities: gaps, reintroduction); return its index."""
        return self.tabs.addTab(widget, title)

    def _build_networks_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.status_filter = QComboBox()
        self.country_filter = QComboBox()
        self.species_filter = QComboBox()
        for combo in (self.status_filter, self.country_filter, self.species_filter):
            combo.currentIndexChanged.connect(self.populate_tree)
            filters.addWidget(combo)
        layout.addLayout(filters)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search networks and protected areas"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(tr("Finds networks and protected areas by identifier or by "
                                  "name in any language"))
        self.status_filter.setToolTip(tr("Show only networks with this status"))
        self.country_filter.setToolTip(tr("Show only networks of this range state"))
        self.species_filter.setToolTip(tr("Show only networks for this species"))
        self.search.textChanged.connect(self.populate_tree)
        layout.addWidget(self.search)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Name"), tr("Country"), tr("Status")])
        self.tree.setToolTip(tr("Select to see it on the map and its history; right-click for "
                                "more"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        splitter.addWidget(self.tree)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.change_button = QPushButton(tr("Change status…"))
        self.change_button.setEnabled(False)
        self.change_button.setToolTip(tr("Change the status of the selection; a note and the "
                                         "year of the decision go into its history"))
        self.change_button.clicked.connect(self.ask_status_change)
        buttons.addWidget(QLabel(tr("History of the selection")))
        buttons.addStretch()
        buttons.addWidget(self.change_button)
        self.undo_button = QPushButton(tr("Undo last change"))
        self.undo_button.setToolTip(tr("Give the selection back the status it had before its "
                                       "last change; the history keeps both changes"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.ask_undo_last_change)
        buttons.addWidget(self.undo_button)
        history_layout.addLayout(buttons)
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [tr("When"), tr("From"), tr("To"), tr("By"), tr("Note")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        history_layout.addWidget(self.history)
        splitter.addWidget(history_page)
        layout.addWidget(splitter)
        self.tabs.addTab(page, tr("Networks"))

    def _build_summary_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr("By status")))
        self.status_table = QTableWidget(0, 4)
        self.status_table.setHorizontalHeaderLabels(
            [tr("Status"), tr("Networks"), tr("Protected areas"), tr("Area (km2)")])
        layout.addWidget(self.status_table)
        layout.addWidget(QLabel(tr("By country")))
        self.country_table = QTableWidget(0, 3)
        self.country_table.setHorizontalHeaderLabels(
            [tr("Country"), tr("Networks"), tr("Protected areas")])
        layout.addWidget(self.country_table)
        for table in (self.status_table, self.country_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(page, tr("Summary"))

    # ----- registry ------------------------------------------------------------------------

    def set_registry(self, location: str) -> None:
        """Show the registry at ``location``; emits ``registry_changed`` when it is another."""
        location = str(location)
        changed = location != self.current_registry
        self.current_registry = location
        self.refresh()
        if changed:
            self.registry_changed.emit(location)

    def _follow_layer_tree(self) -> None:
        tree = registry_layer_tree(QgsProject.instance(), self.current_registry)
        if tree is self._followed:
            return
        if self._followed is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                self._followed.changed.disconnect(self._on_layers_changed)
        self._followed = tree
        if tree is not None:
            tree.changed.connect(self._on_layers_changed)

    def _on_layers_changed(self) -> None:
        self.refresh(follow=False)

    def refresh(self, follow: bool = True) -> None:
        """Read the registry again and redraw the tree, the filters and the summary."""
        if self.current_registry is None:
            return
        if follow:
            self._follow_layer_tree()
        try:
            self.contents = read_contents(self.current_registry)
            summary = self._summary()
        except (TbpaError, OSError) as error:
            self._report(error)
            return
        self._fill_filters()
        self.populate_tree()
        self._fill_summary(summary)

    def _summary(self):
        with open_registry(self.current_registry) as store:
            return summarise(store)

    def _report(self, error: Exception | str) -> None:
        LOG.warning("%s", error)
        if self.iface is not None:
            self.iface.messageBar().pushCritical(tr("TBPA Registry"),
                                                 describe_error(error, self._names()))

    def _names(self) -> dict[str, str]:
        """Names of the networks and protected areas shown, by identifier."""
        names = {n["network_id"]: display_name(n, self.language) for n in self.contents.networks}
        names.update({pa_id: display_name(a, self.language)
                      for pa_id, a in self.contents.areas.items()})
        return names

    # ----- filters and tree ----------------------------------------------------------------

    def _fill_combo(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]
                    ) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, label in items:
            combo.addItem(label, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_filters(self) -> None:
        self._fill_combo(self.status_filter, tr("All statuses"),
                         [(s.value, s.label()) for s in STATUS_DISPLAY_ORDER])
        countries = sorted({a["iso3"] for a in self.contents.areas.values()}
                           | {c for n in self.contents.networks for c in n["range_states"]})
        self._fill_combo(self.country_filter, tr("All countries"),
                         [(c, country_name(c, self.language)) for c in countries])
        species = sorted({s for n in self.contents.networks for s in n["target_species"]}
                         | {s for a in self.contents.areas.values() for s in a["target_species"]})
        self._fill_combo(self.species_filter, tr("All species"),
                         [(s, SPECIES[s].name(self.language)) for s in species if s in SPECIES])

    def _matches_text(self, values: dict, text: str) -> bool:
        haystack = " ".join(str(values.get(k) or "") for k in
                            ("network_id", "pa_id", "name_en", "name_ru", "name_local"))
        return text in haystack.casefold()

    def _area_passes(self, area: dict, status, country, species) -> bool:
        return ((status is None or area["status"].value == status)
                and (country is None or area["iso3"] == country)
                and (species is None or species in area["target_species"]))

    def populate_tree(self) -> None:
        """Networks and their member protected areas that pass the filters and the search."""
        status = self.status_filter.currentData()
        country = self.country_filter.currentData()
        species = self.species_filter.currentData()
        text = self.search.text().strip().casefold()
        selected = self.selected_entity()
        expanded = self.expanded_networks()
        self.tree.blockSignals(True)
        self.tree.clear()
        in_networks: set[str] = set()
        for network in sorted(self.contents.networks,
                              key=lambda n: display_name(n, self.language).casefold()):
            member_ids = self.contents.members.get(network["network_id"], [])
            in_networks.update(member_ids)
            if status is not None and network["status"].value != status:
                continue
            if country is not None and country not in network["range_states"]:
                continue
            if species is not None and species not in network["target_species"]:
                continue
            areas = [self.contents.areas[i] for i in member_ids if i in self.contents.areas]
            if text and not self._matches_text(network, text):
                areas = [a for a in areas if self._matches_text(a, text)]
                if not areas:
                    continue
            item = self._item(self.tree, "network", network,
                              ", ".join(network["range_states"]))
            item.setForeground(0, QBrush(network_colour(network["network_id"]).darker(120)))
            for area in sorted(areas, key=lambda a: display_name(a, self.language).casefold()):
                self._item(item, "protected_area", area, area["iso3"])
            item.setExpanded(bool(text) or network["network_id"] in expanded)
        loose = [a for i, a in self.contents.areas.items() if i not in in_networks
                 and self._area_passes(a, status, country, species)
                 and (not text or self._matches_text(a, text))]
        if loose:
            outside = QTreeWidgetItem(self.tree, [tr("Outside any network")])
            for area in sorted(loose, key=lambda a: display_name(a, self.language).casefold()):
                self._item(outside, "protected_area", area, area["iso3"])
        self.tree.blockSignals(False)
        if selected is not None:
            self.select_entity(*selected)
        self._on_selection()

    def expanded_networks(self) -> set[str]:
        """Ids of the networks whose members are shown (kept when the tree is redrawn)."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return {item.data(0, ROLE_ID) for item in items
                if item.isExpanded() and item.data(0, ROLE_ENTITY) == "network"}

    def _item(self, parent, entity: str, values: dict, country: str) -> QTreeWidgetItem:
        status: Status = values["status"]
        item = QTreeWidgetItem(parent, [display_name(values, self.language), country,
                                        "● " + status.label()])
        item.setForeground(2, QBrush(STATUS_COLOURS[status]))
        item.setData(0, ROLE_ENTITY, entity)
        item.setData(0, ROLE_ID, values["network_id" if entity == "network" else "pa_id"])
        item.setToolTip(0, str(item.data(0, ROLE_ID)))
        return item

    def selected_entity(self) -> tuple[str, str] | None:
        """(entity, id) of the selected tree item, or None."""
        items = self.tree.selectedItems()
        if not items or items[0].data(0, ROLE_ENTITY) is None:
            return None
        return items[0].data(0, ROLE_ENTITY), items[0].data(0, ROLE_ID)

    def select_entity(self, entity: str, entity_id: str) -> bool:
        """Select the item of a network or protected area (the first one found)."""
        iterator = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while iterator:
            item = iterator.pop(0)
            if item.data(0, ROLE_ENTITY) == entity and item.data(0, ROLE_ID) == entity_id:
                self.tree.setCurrentItem(item)
                return True
            iterator += [item.child(i) for i in range(item.childCount())]
        return False

    # ----- selection, map, history -----------------------------------------------------------

    def _on_selection(self) -> None:
        selected = self.selected_entity()
        self.change_button.setEnabled(selected is not None)
        self.undo_button.setEnabled(selected is not None)
        self._fill_history(selected)
        if selected is not None:
            self.show_on_map(*selected)

    def show_on_map(self, entity: str, entity_id: str) -> None:
        """Select the network's or protected area's features and zoom the map to them."""
        tree = registry_layer_tree(QgsProject.instance(), self.current_registry)
        if tree is None:
            return
        if entity == "network":
            layer = tree.network_layer(entity_id)
            if layer is None:
                return
            layer.selectAll()
        else:
            layer = tree.protected_areas_layer
            request = QgsFeatureRequest().setFilterExpression(
                "\"pa_id\" = '{}'".format(entity_id.replace("'", "''")))
            request.setNoAttributes().setFlags(REQUEST_NO_GEOMETRY)
            layer.selectByIds([f.id() for f in layer.getFeatures(request)])
        if self.iface is not None and layer.selectedFeatureCount():
            self.iface.mapCanvas().zoomToSelected(layer)
            self.iface.mapCanvas().refresh()

    def _fill_history(self, selected: tuple[str, str] | None) -> None:
        self.history.setRowCount(0)
        if selected is None or self.current_registry is None:
            return
        try:
            with open_registry(self.current_registry) as store:
                changes = store.history(*selected)
        except TbpaError as error:
            self._report(error)
            return
        for change in reversed(changes):  # newest first
            row = self.history.rowCount()
            self.history.insertRow(row)
            for column, value in enumerate((
                    local_time(change.changed_at), _status_label(change.old_status),
                    _status_label(change.new_status), change.changed_by, change.note)):
                item = QTableWidgetItem(value or "")
                if column == 0:
                    item.setToolTip(tr("{time} (UTC)").format(time=change.changed_at))
                self.history.setItem(row, column, item)
        self.history.resizeColumnsToContents()

    # ----- changing status ----------------------------------------------------------------

    def ask_status_change(self) -> None:
        """Ask for the new status and a note for the selected item, then write it."""
        selected = self.selected_entity()
        if selected is None:
            return
        entity, entity_id = selected
        values = (next((n for n in self.contents.networks if n["network_id"] == entity_id), None)
                  if entity == "network" else self.contents.areas.get(entity_id))
        if values is None:
            return
        dialog = StatusChangeDialog(display_name(values, self.language), values["status"], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change_status(entity, entity_id, dialog.chosen_status(),
                               dialog.note.toPlainText().strip(), dialog.year.value())

    def _show_context_menu(self, position) -> None:
        """Zoom to, attribute table, change status, undo, copy id of the item clicked."""
        item = self.tree.itemAt(position)
        if item is None or item.data(0, ROLE_ENTITY) is None:
            return
        self.tree.setCurrentItem(item)
        self.context_menu().exec(self.tree.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        """The menu of the selected network or protected area."""
        menu = QMenu(self)
        selected = self.selected_entity()
        if selected is None:
            return menu
        entity, entity_id = selected
        menu.addAction(QgsApplication.getThemeIcon("mActionZoomToSelected.svg"),
                       tr("Zoom to"), lambda: self.show_on_map(entity, entity_id))
        menu.addAction(QgsApplication.getThemeIcon("mActionOpenTable.svg"),
                       tr("Open attribute table"), lambda: self.open_attribute_table(*selected))
        menu.addSeparator()
        menu.addAction(tr("Change status…"), self.ask_status_change)
        menu.addAction(QgsApplication.getThemeIcon("mActionUndo.svg"), tr("Undo last change"),
                       self.ask_undo_last_change)
        menu.addAction(tr("Show history"), self.history.setFocus)
        menu.addSeparator()
        menu.addAction(QgsApplication.getThemeIcon("mActionEditCopy.svg"),
                       tr("Copy identifier"),
                       lambda: QApplication.clipboard().setText(entity_id))
        return menu

    def open_attribute_table(self, entity: str, entity_id: str) -> None:
        """QGIS's attribute table of the record's layer, showing that record."""
        tree = registry_layer_tree(QgsProject.instance(), self.current_registry)
        if tree is None or self.iface is None:
            return
        layer = tree.networks_layer if entity == "network" else tree.protected_areas_layer
        field = "network_id" if entity == "network" else "pa_id"
        value = QgsExpression.quotedValue(entity_id)
        self.iface.showAttributeTable(layer, f'"{field}" = {value}')

    def last_change(self, entity: str, entity_id: str):
        """The newest change of status of a record that can be undone, or None."""
        with open_registry(self.current_registry) as store:
            changes = store.history(entity, entity_id)
        if not changes or not changes[-1].old_status:
            return None  # never changed since it was added
        return changes[-1]

    def ask_undo_last_change(self) -> None:
        """Ask to give the selection back its previous status (a new history row)."""
        selected = self.selected_entity()
        if selected is None:
            return
        try:
            change = self.last_change(*selected)
        except TbpaError as error:
            self._report(error)
            return
        if change is None:
            self._report(tr("{id} has not changed status since it was added: nothing to "
                            "undo").format(id=selected[1]))
            return
        answer = QMessageBox.question(self, tr("Undo last change"), tr(
            "Give {id} back the status {old} (it became {new} on {when})? The history keeps "
            "both changes.").format(id=selected[1], old=_status_label(change.old_status),
                                   new=_status_label(change.new_status),
                                   when=local_time(change.changed_at)))
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_last_change(*selected)

    def undo_last_change(self, entity: str, entity_id: str) -> bool:
        """Write the status the record had before its last change, as a new change."""
        change = self.last_change(entity, entity_id)
        if change is None:
            return False
        note = tr("Undo of the change of {when} ({note})").format(
            when=local_time(change.changed_at), note=change.note or "-")
        return self.change_status(entity, entity_id, change.old_status, note)

    def change_status(self, entity: str, entity_id: str, status: Status | str, note: str,
                      year: int | None = None) -> bool:
        """Write a change of status through the store; report a refusal in the message bar.

        ``year`` is the year of the decision (the record's "Year of the status"). The store
        validates and writes in one transaction: a refused change leaves the registry as it
        was. Returns True when written.
        """
        try:
            with open_registry(self.current_registry) as store, store.transaction():
                store.set_status(entity, entity_id, status, note=note)
                if year is not None:
                    _set_status_year(store, entity, entity_id, year)
        except TbpaError as error:
            self._report(tr("The status was not changed: {reason}").format(
                reason=describe_error(error, self._names())))
            return False
        tree = registry_layer_tree(QgsProject.instance(), self.current_registry)
        if tree is not None:
            tree.refresh()  # emits changed -> this dock refreshes
        else:
            self.refresh()
        self.registry_written.emit(self.current_registry)
        if self.iface is not None:
            self.iface.messageBar().pushSuccess(tr("TBPA Registry"), tr(
                "{id} is now {status}").format(id=entity_id, status=Status(status).label()))
        return True

    # ----- summary -------------------------------------------------------------------------

    def _fill_summary(self, summary) -> None:
        rows = [(s.label(), summary.networks_by_status.get(s.value, 0),
                 summary.pas_by_status.get(s.value, 0),
                 summary.area_km2_by_status.get(s.value, 0.0)) for s in STATUS_DISPLAY_ORDER]
        rows.append((tr("Total"), sum(r[1] for r in rows), sum(r[2] for r in rows),
                     sum(r[3] for r in rows)))
        _fill_table(self.status_table,
                    [(label, str(n), str(p), format_number(area)) for label, n, p, area in rows])
        networks_by_country = Counter(c for n in self.contents.networks
                                      for c in n["range_states"])
        countries = sorted(set(summary.pas_by_country) | set(networks_by_country))
        _fill_table(self.country_table, [
            (country_name(c, self.language), str(networks_by_country.get(c, 0)),
             str(summary.pas_by_country.get(c, 0))) for c in countries])


def _set_status_year(store, entity: str, entity_id: str, year: int) -> None:
    """Write the year of the status decision (validated by the record's model)."""
    model = STATUS_ENTITIES[entity]
    record = store.get(model, entity_id)
    if record is None:
        raise RecordError(model.table, entity_id, model.id_field,
                          tr("no such record in the registry"))
    store.update(model.parse({**record.row(), "geometry": getattr(record, "geometry", None),
                              "status_year": year}))


def local_time(utc: str | None) -> str:
    """A history time (UTC, ISO 8601) in the computer's time zone, to the minute."""
    if not utc:
        return ""
    try:
        moment = datetime.fromisoformat(utc.replace("Z", "+00:00"))
    except ValueError:
        return utc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _status_label(value: str | None) -> str:
    try:
        return Status(value).label() if value else ""
    except ValueError:
        return str(value)


def _fill_table(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
