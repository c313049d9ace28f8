"""The "Cross-border gaps" tab of the dock: parameters, "Find gaps", a summary per neighbour.

"Find gaps" runs the Processing algorithm ``tbpa:crossbordergaps`` as a task (progress and
cancel), writes ``<registry>_gaps.gpkg`` beside the registry and adds the layer to the
registry's group when the task is done (on the main thread).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsLayerTreeGroup,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..analysis.gap_features import GapCounts
from ..analysis.gaps import GAP_TYPES, MAX_DISTANCE_KM, gap_type_label
from ..errors import TbpaError
from ..i18n import current_language, tr
from ..processing.registry_input import registry_parameters
from ..registry.backend import is_postgis_location, redact_location
from ..registry.catalogue import STATUS_DISPLAY_ORDER
from ..registry.names import country_name
from ..registry.store import open_registry
from ..settings import PluginSettings

LOG = logging.getLogger(__name__)
ALGORITHM_ID = "tbpa:crossbordergaps"


def gaps_path_for(registry: str) -> Path:
    """Where "Find gaps" writes the gaps of ``registry``: beside a GeoPackage, in the profile
    folder for a PostGIS registry (the database is shared: each analyst keeps their own run)."""
    if is_postgis_location(registry):
        name = re.sub(r"[^A-Za-z0-9]+", "_", redact_location(registry)).strip("_")[:80]
        folder = Path(QgsApplication.qgisSettingsDirPath()) / "tbpa_registry" / "gaps"
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{name}_gaps.gpkg"
    path = Path(registry)
    return path.with_name(f"{path.stem}_gaps.gpkg")


def registry_group(project: QgsProject, title: str) -> QgsLayerTreeGroup:
    """The layer-tree group of the registry titled ``title`` (made on top when missing)."""
    root = project.layerTreeRoot()
    return root.findGroup(title) or root.insertGroup(0, title)


class GapsPanel(QWidget):
    """Widget of the "Cross-border gaps" tab; call :meth:`set_registry` when it changes."""

    #: Emitted with the new layer once the gaps are on the map.
    gaps_added = pyqtSignal(QgsVectorLayer)

    def __init__(self, parent: QWidget | None = None, project: QgsProject | None = None
                 ) -> None:
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.registry: str | None = None
        self.task: QgsProcessingAlgRunnerTask | None = None
        self._context: QgsProcessingContext | None = None
        self._feedback: QgsProcessingFeedback | None = None
        self._output: Path | None = None

        chosen = PluginSettings.load()  # the analyst's defaults (Options > TBPA Registry)
        self.border_km = self._distance_box(chosen.border_km)
        self.partner_km = self._distance_box(chosen.partner_km)
        self.status_boxes = {}
        statuses = QHBoxLayout()
        for status in STATUS_DISPLAY_ORDER:
            box = QCheckBox(status.label())
            box.setChecked(True)
            self.status_boxes[status] = box
            statuses.addWidget(box)
        self.dispersal = QLineEdit()
        self.dispersal.setPlaceholderText(tr("species=km;… e.g. kulan=150;saiga=300"))
        self.dispersal.setToolTip(tr("Override the species catalogue's dispersal distances"))

        form = QFormLayout()
        form.addRow(tr("Border distance (km)"), self.border_km)
        form.addRow(tr("Partner distance (km)"), self.partner_km)
        form.addRow(tr("Statuses that count"), statuses)
        form.addRow(tr("Dispersal distances"), self.dispersal)

        self.find_button = QPushButton(tr("Find gaps"))
        self.find_button.clicked.connect(self.find_gaps)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.summary = QTableWidget(0, len(GAP_TYPES) + 1)
        self.summary.setHorizontalHeaderLabels(
            [tr("Neighbour")] + [gap_type_label(t) for t in GAP_TYPES])
        self.summary.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary.setToolTip(tr("Click a row to see its gaps on the map, a number to see "
                                   "the gaps of that kind"))
        self.summary.cellClicked.connect(self._on_cell_clicked)
        self.gaps_layer: QgsVectorLayer | None = None
        self.canvas = None  # the map to zoom (the plugin gives QGIS's; None: no zoom)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        self.set_registry("")

    @staticmethod
    def _distance_box(value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, MAX_DISTANCE_KM)
        box.setDecimals(1)
        box.setSuffix(" " + tr("km"))
        box.setValue(value)
        return box

    # ----- state -------------------------------------------------------------------------------

    def set_registry(self, location: str) -> None:
        """Slot for the dock's ``registry_changed``: the registry the gaps are found in."""
        self.registry = location or None
        self.find_button.setEnabled(self.registry is not None and self.task is None)
        if self.registry is None:
            self.message.setText(tr("Open a registry to find its cross-border gaps."))
        else:
            self.message.setText("")

    def parameters(self) -> dict:
        """Parameters of the Processing algorithm from the widgets."""
        chosen = [STATUS_DISPLAY_ORDER.index(s) for s, box in self.status_boxes.items()
                  if box.isChecked()]
        output = gaps_path_for(self.registry)
        return {
            **registry_parameters(self.registry), "border_km": self.border_km.value(),
            "partner_km": self.partner_km.value(), "statuses": chosen,
            "dispersal_km": self.dispersal.text().strip(),
            "cross_border_gaps": f"ogr:dbname='{output}' table=\"cross_border_gaps\" (geom)",
        }

    # ----- running -----------------------------------------------------------------------------

    def find_gaps(self) -> QgsProcessingAlgRunnerTask | None:
        """Start the algorithm as a task; the result is added when it finishes."""
        if self.registry is None or self.task is not None:
            return None
        algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM_ID)
        if algorithm is None:
            self.message.setText(tr("The Processing provider of TBPA Registry is not loaded."))
            return None
        parameters = self.parameters()
        self._output = gaps_path_for(self.registry)
        self._context = QgsProcessingContext()
        self._context.setProject(self.project)
        ok, problem = algorithm.checkParameterValues(parameters, self._context)
        if not ok:
            self.message.setText(problem)
            return None
        self._remove_old_layers(self._output)
        self._feedback = QgsProcessingFeedback()
        self._feedback.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self._context,
                                               self._feedback)
        self.task.executed.connect(self._finished)
        self.find_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.message.setText(tr("Finding cross-border gaps…"))
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def cancel(self) -> None:
        """Stop the running analysis."""
        if self._feedback is not None:
            self._feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def _remove_old_layers(self, output: Path) -> None:
        """Layers on a previous result are removed before the file is rewritten."""
        for layer in list(self.project.mapLayers().values()):
            if layer.source().split("|")[0] == str(output):
                self.project.removeMapLayer(layer.id())

    def _finished(self, ok: bool, results: dict) -> None:
        """Main thread: add the layer and show the summary, or say why not."""
        self.task = None
        self.find_button.setEnabled(self.registry is not None)
        self.cancel_button.setEnabled(False)
        if self._feedback is not None and self._feedback.isCanceled():
            self.message.setText(tr("Canceled."))
            return
        if not ok or not results:
            self.message.setText(tr("The gap analysis failed: see the Processing log."))
            return
        from ..project.gap_layers import add_gap_layer

        try:
            with open_registry(self.registry) as store:
                title = store.title
            layer = add_gap_layer(self._output, self.project,
                                  registry_group(self.project, title))
        except (TbpaError, OSError) as error:
            self.message.setText(str(error))
            LOG.warning("%s", error)
            return
        counts = GapCounts.of((f["gap_type"], f["iso3"], f["neighbour"])
                              for f in layer.getFeatures())
        self.gaps_layer = layer
        self.show_summary(counts)
        self.progress.setValue(100)
        self.message.setText(tr("{count} cross-border gaps").format(count=counts.total))
        self.gaps_added.emit(layer)

    def _on_cell_clicked(self, row: int, column: int) -> None:
        item = self.summary.item(row, 0)
        if item is None:
            return
        gap_type = GAP_TYPES[column - 1] if 0 < column <= len(GAP_TYPES) else None
        self.zoom_to_gaps(item.data(Qt.ItemDataRole.UserRole), gap_type)

    def zoom_to_gaps(self, state: str, gap_type: str | None = None) -> int:
        """Select the gaps of a neighbour (of one kind, if given) and zoom the map to them;
        return how many were selected."""
        layer = self.gaps_layer
        if layer is None or sip.isdeleted(layer):
            return 0
        expression = (f'coalesce("neighbour", "iso3") = {QgsExpression.quotedValue(state)}')
        if gap_type:
            expression += f' AND "gap_type" = {QgsExpression.quotedValue(gap_type)}'
        layer.selectByExpression(expression)
        if self.canvas is not None and layer.selectedFeatureCount():
            self.canvas.zoomToSelected(layer)
            self.canvas.refresh()
        return layer.selectedFeatureCount()

    def show_summary(self, counts: GapCounts) -> None:
        """Fill the table: one row per neighbour (or state concerned), flags by type."""
        states = sorted(counts.by_state)
        self.summary.setRowCount(len(states))
        for row, iso3 in enumerate(states):
            name = country_name(iso3, current_language())
            name = f"{name} ({iso3})" if name != iso3 else iso3
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, iso3)
            self.summary.setItem(row, 0, item)
            for column, gap_type in enumerate(GAP_TYPES, start=1):
                self.summary.setItem(row, column, QTableWidgetItem(
                    str(counts.by_state[iso3].get(gap_type, 0))))
        self.summary.resizeColumnsToContents()
