"""Dialogs of the partner exchange: thin callers of the two Processing algorithms.

Each dialog collects the parameters, runs ``tbpa:exportpartnerpackage`` or
``tbpa:importpartnerpackage`` as a :class:`QgsProcessingAlgRunnerTask` (so QGIS's task manager
shows it and the work never blocks the window), follows its progress and can cancel it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
)
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ..i18n import tr
from ..processing.registry_input import registry_parameters
from ..registry.backend import is_postgis_location
from ..registry.catalogue import RANGE_STATES

LOG = logging.getLogger(__name__)
SETTINGS_GROUP = "tbpa_registry/exchange"


class _AlgorithmDialog(QDialog):
    """Runs one Processing algorithm as a task, with a progress bar and a Cancel button."""

    #: Emitted on the main thread when a run ends: success and the algorithm's results.
    finished_run = pyqtSignal(bool, dict)

    def __init__(self, algorithm_id: str, parent=None) -> None:
        super().__init__(parent)
        self.algorithm_id = algorithm_id
        self.task: QgsProcessingAlgRunnerTask | None = None
        self._context: QgsProcessingContext | None = None
        self._feedback: QgsProcessingFeedback | None = None
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(tr("Cancel"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(tr("Close"))  # Qt ships no Kazakh for its own buttons
        self.close_button.clicked.connect(self.reject)

    def _finish_layout(self) -> None:
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)

    @property
    def running(self) -> bool:
        """True while a task runs."""
        return self.task is not None

    def run_algorithm(self, parameters: dict[str, Any]) -> bool:
        """Start the algorithm as a task; False (and a message) when it cannot start."""
        if self.running:
            return False
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(self.algorithm_id)
        if algorithm is None:
            self.show_message(tr("The Processing algorithm {id} is not available").format(
                id=self.algorithm_id), error=True)
            return False
        self._context = QgsProcessingContext()
        self._context.setProject(QgsProject.instance())
        self._feedback = QgsProcessingFeedback()
        self._feedback.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self._context,
                                               self._feedback)
        self.task.executed.connect(self._executed)
        self.progress.setValue(0)
        self.show_message(tr("Working…"))
        self._set_running(True)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self) -> None:
        """Ask the running task to stop (it stops between steps; nothing half-written)."""
        if self._feedback is not None:
            self._feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def _executed(self, successful: bool, results: dict) -> None:
        cancelled = self._feedback is not None and self._feedback.isCanceled()
        self.task = None
        self._set_running(False)
        if cancelled:
            self.show_message(tr("Cancelled; nothing was written"), error=True)
            successful = False
        elif not successful:
            errors = self._feedback.textLog() if self._feedback is not None else ""
            self.show_message(errors.strip() or tr("The run failed"), error=True)
        else:
            self.progress.setValue(100)  # done, whatever the last step reported
        self.on_executed(successful, results or {})
        self.finished_run.emit(successful, results or {})

    def on_executed(self, successful: bool, results: dict) -> None:
        """Show the results (subclasses)."""

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    def show_message(self, text: str, *, error: bool = False) -> None:
        """Text under the progress bar (red for an error)."""
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def reject(self) -> None:
        """Closing while a task runs cancels it first."""
        if self.running:
            self.cancel()
            return
        super().reject()


def _registry_widget(parent, registry: str | None) -> QgsFileWidget:
    """A GeoPackage picker; a PostgreSQL connection (service=..., postgresql://...) may be typed."""
    widget = QgsFileWidget(parent)
    widget.setFilter(tr("GeoPackage (*.gpkg)"))
    widget.setFilePath(registry or QgsSettings().value(f"{SETTINGS_GROUP}/registry", ""))
    return widget


def _registry_given(location: str) -> bool:
    return is_postgis_location(location) or Path(location).is_file()


class ExportPartnerDialog(_AlgorithmDialog):
    """Export partner package: partner, CRS, border distance, WDPA names, sensitive sites."""

    def __init__(self, registry: str | None = None, parent=None) -> None:
        super().__init__("tbpa:exportpartnerpackage", parent)
        self.setWindowTitle(tr("Export partner package"))
        settings = QgsSettings()
        self.registry = _registry_widget(self, registry)
        self.form.addRow(tr("Registry"), self.registry)
        self.partner = QComboBox(self)
        for code, state in RANGE_STATES.items():
            self.partner.addItem(f"{code} — {state.name_en} / {state.name_ru}", code)
        self.partner.setCurrentIndex(max(self.partner.findData(
            settings.value(f"{SETTINGS_GROUP}/partner", "UZB")), 0))
        self.form.addRow(tr("Partner state"), self.partner)
        self.crs = QgsProjectionSelectionWidget(self)
        self.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        self.form.addRow(tr("Coordinate reference system"), self.crs)
        self.border_km = QDoubleSpinBox(self)
        self.border_km.setRange(0.0, 2000.0)
        self.border_km.setSuffix(" " + tr("km"))
        self.border_km.setValue(100.0)
        self.form.addRow(tr("Border distance"), self.border_km)
        self.wdpa_names = QCheckBox(tr("Use WDPA field names for protected areas"), self)
        self.form.addRow("", self.wdpa_names)
        self.include_sensitive = QCheckBox(
            tr("Include sensitive sites at their exact location"), self)
        self.include_sensitive.toggled.connect(self._sensitive_toggled)
        self.form.addRow("", self.include_sensitive)
        self.output = QgsFileWidget(self)
        self.output.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.output.setFilePath(settings.value(f"{SETTINGS_GROUP}/output", ""))
        self.form.addRow(tr("Output folder"), self.output)
        self.export_button = QPushButton(tr("Export"), self)
        self.export_button.clicked.connect(self.start)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._finish_layout()
        self.package_path: str | None = None

    def confirm_sensitive(self) -> bool:
        """Ask before sensitive sites leave at their exact location (poaching risk)."""
        answer = QMessageBox.question(
            self, tr("Sensitive sites"),
            tr("Exact locations of sensitive reintroduction sites (tiger and other rare "
               "species) will be in the package. Send them only to a partner entitled to them. "
               "Include them?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _sensitive_toggled(self, checked: bool) -> None:
        if checked and not self.confirm_sensitive():
            self.include_sensitive.blockSignals(True)
            self.include_sensitive.setChecked(False)
            self.include_sensitive.blockSignals(False)

    def parameters(self) -> dict[str, Any]:
        """Parameters of ``tbpa:exportpartnerpackage`` from the widgets."""
        from ..processing.exportpartnerpackage import PARTNERS

        return {**registry_parameters(self.registry.filePath()),
                "partner": PARTNERS.index(self.partner.currentData()),
                "crs": self.crs.crs(),
                "border_km": self.border_km.value(),
                "wdpa_names": self.wdpa_names.isChecked(),
                "include_sensitive": self.include_sensitive.isChecked(),
                "output_folder": self.output.filePath()}

    def start(self) -> bool:
        """Check the inputs and start the export."""
        if not _registry_given(self.registry.filePath()):
            self.show_message(tr("Choose the registry GeoPackage (or type the PostgreSQL "
                                 "connection of a shared registry)"), error=True)
            return False
        if not self.output.filePath():
            self.show_message(tr("Choose the output folder"), error=True)
            return False
        settings = QgsSettings()
        settings.setValue(f"{SETTINGS_GROUP}/registry", self.registry.filePath())
        settings.setValue(f"{SETTINGS_GROUP}/output", self.output.filePath())
        settings.setValue(f"{SETTINGS_GROUP}/partner", self.partner.currentData())
        return self.run_algorithm(self.parameters())

    def _set_running(self, running: bool) -> None:
        super()._set_running(running)
        if hasattr(self, "export_button"):
            self.export_button.setEnabled(not running)

    def on_executed(self, successful: bool, results: dict) -> None:
        """Say where the package is."""
        if successful and results.get("package"):
            self.package_path = results["package"]
            self.show_message(tr("Package written: {path} ({count} features and rows)").format(
                path=results["package"], count=int(results.get("feature_count", 0))))


class ImportPartnerDialog(_AlgorithmDialog):
    """Import partner package: a dry run first shows the report; Merge then writes it."""

    def __init__(self, registry: str | None = None, parent=None) -> None:
        super().__init__("tbpa:importpartnerpackage", parent)
        self.setWindowTitle(tr("Import partner package"))
        self.registry = _registry_widget(self, registry)
        self.form.addRow(tr("Registry"), self.registry)
        self.package = QgsFileWidget(self)
        self.package.setFilter(tr("Packages (*.zip *.ZIP *.shp *.SHP)"))
        self.form.addRow(tr("Package (zip, or a .shp of the folder)"), self.package)
        self.encoding = QComboBox(self)
        self.encoding.setEditable(True)
        self.encoding.addItems(["", "UTF-8", "cp1251", "cp866"])
        self.encoding.setToolTip(tr("Only for DBF files without .cpg whose text is not "
                                    "recognised; empty: detect"))
        self.form.addRow(tr("Text encoding"), self.encoding)
        self.crs = QgsProjectionSelectionWidget(self)
        self.crs.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crs.setCrs(QgsCoordinateReferenceSystem())
        self.form.addRow(tr("CRS of shapefiles without .prj"), self.crs)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.layout_.addWidget(self.report)
        self.check_button = QPushButton(tr("Check (dry run)"), self)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.merge_button = QPushButton(tr("Merge into the registry"), self)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(lambda: self.start(dry_run=False))
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        for widget in (self.registry, self.package):
            widget.fileChanged.connect(self._inputs_changed)
        self.encoding.currentTextChanged.connect(self._inputs_changed)
        self.crs.crsChanged.connect(self._inputs_changed)
        self._finish_layout()
        self._checked: dict[str, Any] | None = None
        self._dry_run = True
        self.results: dict = {}

    def _inputs_changed(self, *_args) -> None:
        """A merge must follow a dry run of exactly these inputs."""
        self._checked = None
        self.merge_button.setEnabled(False)

    def parameters(self, dry_run: bool) -> dict[str, Any]:
        """Parameters of ``tbpa:importpartnerpackage`` from the widgets."""
        crs = self.crs.crs()
        return {**registry_parameters(self.registry.filePath()),
                "package": self.package.filePath(),
                "dry_run": dry_run, "encoding": self.encoding.currentText().strip(),
                "crs": crs if crs.isValid() else None}

    def start(self, dry_run: bool = True) -> bool:
        """Start a dry run, or the merge after a dry run of the same inputs."""
        if not _registry_given(self.registry.filePath()):
            self.show_message(tr("Choose the registry GeoPackage (or type the PostgreSQL "
                                 "connection of a shared registry)"), error=True)
            return False
        if not Path(self.package.filePath()).exists():
            self.show_message(tr("Choose the package"), error=True)
            return False
        parameters = self.parameters(dry_run)
        if not dry_run and self._checked != self.parameters(True):
            self.show_message(tr("Check the package (dry run) before merging"), error=True)
            return False
        QgsSettings().setValue(f"{SETTINGS_GROUP}/registry", self.registry.filePath())
        self._dry_run = dry_run
        self.report.clear()
        return self.run_algorithm(parameters)

    def _set_running(self, running: bool) -> None:
        super()._set_running(running)
        if hasattr(self, "check_button"):
            self.check_button.setEnabled(not running)
            self.merge_button.setEnabled(not running and self._checked is not None)

    def on_executed(self, successful: bool, results: dict) -> None:
        """Show the report; after a clean dry run, allow the merge."""
        self.results = results
        if not successful:
            self.report.setPlainText(self.message.text())
            self._checked = None
            self.merge_button.setEnabled(False)
            return
        self.report.setPlainText(results.get("report", ""))
        if self._dry_run:
            self._checked = self.parameters(True)
            self.merge_button.setEnabled(True)
            self.show_message(tr("Dry run done: nothing was written. Read the report, then "
                                 "merge."))
        else:
            self._checked = None
            self.merge_button.setEnabled(False)
            self.show_message(tr("Merged: {added} added, {updated} updated, {conflicts} "
                                 "conflict(s) left untouched").format(
                                     added=int(results.get("added", 0)),
                                     updated=int(results.get("updated", 0)),
                                     conflicts=int(results.get("conflicts", 0))))
