"""One audited way to change a status: QGIS's attribute table and forms ask for the note too.

A status changed in the attribute table, a form or the field calculator of the "Networks" or
"Protected areas" layer is asked about at once: the note (why, which decree) and the year of the
decision. Without a note the edit is undone and the message bar points to the dock's
*Change status…*. When the layer is saved, the history rows the registry's triggers wrote for
those changes are signed with the analyst's name and the note (GeoPackage registries; a PostGIS
registry signs its history itself).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ..errors import TbpaError
from ..i18n import tr
from ..registry.backend import is_postgis_location
from ..registry.catalogue import Status
from ..registry.names import display_name
from .buttons import translate_buttons

LOG = logging.getLogger(__name__)

#: The years a status may carry (the form constraint's range).
FIRST_YEAR, LAST_YEAR = 1850, 2100


@dataclass
class StatusEdit:
    """A status changed in QGIS's edit buffer, not yet explained."""

    entity: str
    entity_id: str
    name: str
    fid: int
    old_status: str
    new_status: str


@dataclass
class StatusDecision:
    """What the analyst said about a change of status: why, and the year of the decision."""

    note: str
    year: int | None


def status_label(value: str) -> str:
    """The translated name of a status value (the value itself when unknown)."""
    try:
        return Status(value).label()
    except ValueError:
        return str(value)


def decision_fields(dialog: QDialog) -> tuple[QSpinBox, QPlainTextEdit, QDialogButtonBox]:
    """The year, the note and OK/Cancel of a status decision: one wording in every dialog that
    changes a status (the dock's Change status and the attribute table's question)."""
    year = QSpinBox()
    year.setRange(FIRST_YEAR, LAST_YEAR)
    year.setValue(date.today().year)
    year.setToolTip(tr("Year of the decision that gave the new status "
                       "(written to 'Year of the status')"))
    note = QPlainTextEdit()
    note.setPlaceholderText(tr("Why the status changes (decree, agreement, ...)"))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    translate_buttons(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return year, note, buttons


class StatusNoteDialog(QDialog):
    """Asks why statuses changed in the attribute table and the year of the decision."""

    def __init__(self, edits: list[StatusEdit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change of status"))
        lines = [tr("{name}: {old} → {new}").format(
            name=edit.name, old=status_label(edit.old_status), new=status_label(edit.new_status))
            for edit in edits]
        listing = QLabel("\n".join(lines))
        listing.setWordWrap(True)
        self.year, self.note, self.buttons = decision_fields(self)
        form = QFormLayout(self)
        form.addRow(QLabel(tr("Every change of status is kept in the registry's history "
                              "with a note. Without a note the change is undone.")))
        form.addRow(listing)
        form.addRow(tr("Year of the decision:"), self.year)
        form.addRow(tr("Note:"), self.note)
        form.addRow(self.buttons)
        self.note.textChanged.connect(self._check)
        self._check()

    def decision(self) -> StatusDecision:
        """The note and year typed."""
        return StatusDecision(self.note.toPlainText().strip(), self.year.value())

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.note.toPlainText().strip()))


def ask_with_dialog(edits: list[StatusEdit], parent: QWidget | None) -> StatusDecision | None:
    """The default question: :class:`StatusNoteDialog`; None when cancelled."""
    dialog = StatusNoteDialog(edits, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.decision()


#: Asks about edits of one layer; returns the decision or None (tests replace it).
Asker = Callable[[list[StatusEdit], QWidget | None], StatusDecision | None]


class StatusEditGuard(QObject):
    """Watches the status field of a registry's networks and protected-area layers."""

    def __init__(self, tree, message_bar=None, parent_widget: QWidget | None = None,
                 ask: Asker | None = None) -> None:
        super().__init__()
        self.tree = tree
        self.message_bar = message_bar
        self.parent_widget = parent_widget
        self.ask = ask or ask_with_dialog
        self._entities = {tree.networks_layer.id(): ("network", "network_id"),
                          tree.protected_areas_layer.id(): ("protected_area", "pa_id")}
        self._queue: list[tuple[QgsVectorLayer, int]] = []
        self._notes: dict[tuple[str, str], str] = {}
        self._marks: dict[str, int] = {}
        self._reverting = False
        self._connections: list[tuple[QgsVectorLayer, object, object]] = []
        for layer in (tree.networks_layer, tree.protected_areas_layer):
            self._connect(layer, layer.attributeValueChanged,
                          lambda fid, index, value, layer=layer:
                          self._on_value_changed(layer, fid, index, value))
            self._connect(layer, layer.beforeCommitChanges,
                          lambda *_args, layer=layer: self._before_commit(layer))
            self._connect(layer, layer.afterCommitChanges,
                          lambda layer=layer: self._after_commit(layer))
            self._connect(layer, layer.afterRollBack, lambda layer=layer: self._forget(layer))

    def _connect(self, layer: QgsVectorLayer, signal, slot) -> None:
        signal.connect(slot)
        self._connections.append((layer, signal, slot))

    def detach(self) -> None:
        """Stop watching (the plugin unloads, or the registry's layers were removed)."""
        for layer, signal, slot in self._connections:
            if sip.isdeleted(layer):  # its signals went with it
                continue
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                continue
        self._connections = []

    # ----- in the edit buffer ----------------------------------------------------------------

    def _committed(self, layer: QgsVectorLayer, fid: int):
        """The saved feature ``fid`` (None for a feature added in this edit session)."""
        if fid < 0:
            return None
        return next(layer.dataProvider().getFeatures(QgsFeatureRequest(fid)), None)

    def _on_value_changed(self, layer: QgsVectorLayer, fid: int, index: int, value) -> None:
        if self._reverting or layer.fields().at(index).name() != "status":
            return
        saved = self._committed(layer, fid)
        if saved is None:  # a new record: its creation is logged when saved
            return
        entity, id_field = self._entities[layer.id()]
        if str(value) == str(saved["status"]):
            self._notes.pop((entity, str(saved[id_field])), None)
            return
        if not self._queue:
            QTimer.singleShot(0, self._ask_queued)  # after the table has finished its edit
        self._queue.append((layer, fid))

    def _ask_queued(self) -> None:
        queue, self._queue = self._queue, []
        by_layer: dict[str, tuple[QgsVectorLayer, list[int]]] = {}
        for layer, fid in queue:
            by_layer.setdefault(layer.id(), (layer, []))[1].append(fid)
        for layer, fids in by_layer.values():
            self._ask_layer(layer, list(dict.fromkeys(fids)))

    def _ask_layer(self, layer: QgsVectorLayer, fids: list[int]) -> None:
        entity, id_field = self._entities[layer.id()]
        edits = []
        for fid in fids:
            saved = self._committed(layer, fid)
            current = layer.getFeature(fid)
            if saved is None or not current.isValid():
                continue
            if str(current["status"]) == str(saved["status"]):
                continue  # changed back meanwhile
            values = dict(zip(saved.fields().names(), saved.attributes(), strict=True))
            edits.append(StatusEdit(entity, str(saved[id_field]),
                                    display_name(values, self.tree.language), fid,
                                    str(saved["status"]), str(current["status"])))
        if not edits or not layer.isEditable():
            return
        decision = self.ask(edits, self.parent_widget)
        if decision is None or not decision.note.strip():
            self._undo(layer, edits)
            return
        year_index = layer.fields().indexOf("status_year")
        self._reverting = True
        try:
            for edit in edits:
                self._notes[(edit.entity, edit.entity_id)] = decision.note.strip()
                if decision.year is not None and year_index >= 0:
                    layer.changeAttributeValue(edit.fid, year_index, decision.year)
        finally:
            self._reverting = False

    def _undo(self, layer: QgsVectorLayer, edits: list[StatusEdit]) -> None:
        index = layer.fields().indexOf("status")
        self._reverting = True
        try:
            for edit in edits:
                layer.changeAttributeValue(edit.fid, index, edit.old_status)
        finally:
            self._reverting = False
        names = ", ".join(edit.name for edit in edits)
        message = tr("The status of {names} was not changed: a change of status needs a note. "
                     "Use Change status… in the TBPA Registry dock, or give the note when "
                     "asked.").format(names=names)
        LOG.info("%s", message)
        if self.message_bar is not None:
            self.message_bar.pushWarning(tr("TBPA Registry"), message)

    # ----- saving ------------------------------------------------------------------------------

    def _forget(self, layer: QgsVectorLayer) -> None:
        entity = self._entities[layer.id()][0]
        self._notes = {key: note for key, note in self._notes.items() if key[0] != entity}
        self._marks.pop(layer.id(), None)

    def _before_commit(self, layer: QgsVectorLayer) -> None:
        location = self.tree.location
        if is_postgis_location(location):
            return
        from ..registry.store import RegistryStore

        try:
            with RegistryStore.open(location) as store:
                self._marks[layer.id()] = store.history_mark()
        except (TbpaError, OSError) as error:
            LOG.warning("%s: cannot read the status history (%s)", location, error)

    def _after_commit(self, layer: QgsVectorLayer) -> None:
        mark = self._marks.pop(layer.id(), None)
        entity = self._entities[layer.id()][0]
        notes = {key: note for key, note in self._notes.items() if key[0] == entity}
        self._notes = {key: note for key, note in self._notes.items() if key[0] != entity}
        if mark is None:
            return
        from ..registry.store import RegistryStore

        try:
            with RegistryStore.open(self.tree.location) as store:
                store.sign_history(mark, notes)
        except (TbpaError, OSError) as error:
            LOG.warning("%s: cannot sign the status history (%s)", self.tree.location, error)
            if self.message_bar is not None:
                self.message_bar.pushWarning(tr("TBPA Registry"), tr(
                    "The changes were saved, but their notes could not be written to the "
                    "status history: {reason}").format(reason=error))
