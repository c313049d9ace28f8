"""The "Reintroduction" dock tab: programmes per species, their releases, the chart, and forms.

A thin shell over :mod:`plugin.reintroduction`: it reads through ``open_registry``, writes through
:func:`~plugin.reintroduction.editing.add_release` / ``add_site`` (the store validates), and shows
refusals in the message bar, nothing written.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import TbpaError
from ..i18n import qgis_language, tr
from ..project.reintroduction_layers import (
    PROPERTY_ROLE,
    ROLE_RELEASES,
    ROLE_SITES,
    species_icon_path,
)
from ..registry.catalogue import RANGE_STATES, REINTRODUCED_SPECIES, SPECIES, SiteStatus
from ..registry.model import RecordError
from ..registry.store import open_registry
from ..reintroduction.chart import release_chart_png, write_release_chart
from ..reintroduction.editing import add_release, add_site
from ..reintroduction.programme import SpeciesProgramme, animals_per_year, read_programmes
from .buttons import translate_buttons
from .error_messages import describe_error

LOG = logging.getLogger(__name__)


def site_name(site, language: str) -> str:
    """A site's name in ``language`` (Russian for ru and kk readers, else English)."""
    if language in ("ru", "kk"):
        return site.name_ru or site.name_en
    return site.name_en


def _error_label() -> QLabel:
    """Where a form says why it was not saved (hidden until then)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    label.hide()
    return label


class ReleaseForm(QDialog):
    """Fields of a release; the values are checked by the store, not here."""

    def __init__(self, sites: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add release"))
        self.site = QComboBox()
        for site_id, label in sites:
            self.site.addItem(label, site_id)
        self.date = QLineEdit()
        self.date.setPlaceholderText(tr("YYYY-MM or YYYY-MM-DD"))
        self.animals = QLineEdit()
        self.animals.setPlaceholderText(tr("number of animals"))
        self.origin = QLineEdit()
        self.origin.setPlaceholderText(tr("where the animals came from"))
        form = QFormLayout(self)
        form.addRow(tr("Site"), self.site)
        form.addRow(tr("Date"), self.date)
        form.addRow(tr("Animals"), self.animals)
        form.addRow(tr("Origin"), self.origin)
        self.error = _error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        translate_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        """The release as typed."""
        return {"site_id": self.site.currentData(), "release_date": self.date.text().strip(),
                "animals": self.animals.text().strip(), "origin": self.origin.text().strip()}


class SiteForm(QDialog):
    """Fields of a site; position in longitude/latitude (EPSG:4326), PA found by the store."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add site"))
        self.site_id = QLineEdit()
        self.species = QComboBox()
        for key in REINTRODUCED_SPECIES:
            self.species.addItem(QIcon(str(species_icon_path(key))), SPECIES[key].name(language),
                                 key)
        self.name_en = QLineEdit()
        self.name_ru = QLineEdit()
        self.iso3 = QComboBox()
        for iso3, info in RANGE_STATES.items():
            self.iso3.addItem(f"{iso3}: {info.name(language)}", iso3)
        self.status = QComboBox()
        for status in SiteStatus:
            self.status.addItem(status.label(), status.value)
        self.longitude = QLineEdit()
        self.latitude = QLineEdit()
        self.pa_id = QLineEdit()
        self.pa_id.setPlaceholderText(tr("empty: the protected area the site lies in"))
        self.sensitive = QCheckBox(tr("Sensitive: generalise the location in every export"))
        self.species.currentIndexChanged.connect(  # the catalogue says which species are
            lambda _index: self.sensitive.setChecked(
                SPECIES[self.species.currentData()].sensitive))
        form = QFormLayout(self)
        for label, widget in ((tr("Identifier"), self.site_id), (tr("Species"), self.species),
                              (tr("Name (English)"), self.name_en),
                              (tr("Name (Russian)"), self.name_ru),
                              (tr("Range state"), self.iso3), (tr("Stage"), self.status),
                              (tr("Longitude"), self.longitude), (tr("Latitude"), self.latitude),
                              (tr("Protected area"), self.pa_id)):
            form.addRow(label, widget)
        form.addRow(self.sensitive)
        self.error = _error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        translate_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        """The site as typed; an unreadable coordinate raises RecordError naming the field."""
        coordinates = []
        for name, widget in (("longitude", self.longitude), ("latitude", self.latitude)):
            try:
                coordinates.append(float(widget.text().strip().replace(",", ".")))
            except ValueError:
                raise RecordError("reintroduction_sites", self.site_id.text().strip() or "?",
                                  name, tr("'{value}' is not a number").format(
                                      value=widget.text())) from None
        return {"site_id": self.site_id.text().strip(), "species": self.species.currentData(),
                "name_en": self.name_en.text().strip(), "name_ru": self.name_ru.text().strip(),
                "iso3": self.iso3.currentData(), "site_status": self.status.currentData(),
                "pa_id": self.pa_id.text().strip() or None,
                "sensitive": self.sensitive.isChecked(),
                "geometry": f"POINT({coordinates[0]!r} {coordinates[1]!r})"}


class ReintroductionView(QWidget):
    """Per species: sites, release events and totals; the chart; add forms.

    ``message_bar`` is where results and refusals go (QGIS's, or one of the widget's own).
    """

    COLUMNS = ("name", "stage", "date", "animals", "detail")

    def __init__(self, message_bar: QgsMessageBar | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location: str | None = None
        self.programmes: list[SpeciesProgramme] = []
        self.language = qgis_language()
        self.last_error = ""  # why the last write was refused, in words
        layout = QVBoxLayout(self)
        if message_bar is None:
            message_bar = QgsMessageBar(self)
            layout.addWidget(message_bar)
        self.message_bar = message_bar
        self.registry_label = QLabel(tr("No registry open"))
        layout.addWidget(self.registry_label)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Species / site / release"), tr("Stage"), tr("Years"),
                                   tr("Animals"), tr("Origin / protected area")])
        layout.addWidget(self.tree, 2)
        self.chart = QLabel()
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumSize(160, 120)
        # The label must not grow to the pixmap it shows (the chart is fitted to the label).
        self.chart.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.chart, 1)
        buttons = QHBoxLayout()
        self.add_release_button = QPushButton(tr("Add release…"))
        self.add_site_button = QPushButton(tr("Add site…"))
        self.export_button = QPushButton(tr("Export chart as PNG…"))
        for button, slot in ((self.add_release_button, self.ask_release),
                             (self.add_site_button, self.ask_site),
                             (self.export_button, self.ask_export)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._enable()

    # ----- reading ---------------------------------------------------------------------------

    def set_registry(self, location: str | None) -> None:
        """Show the registry at ``location`` (None or empty: none); connect to
        ``registry_changed(str)``."""
        self.location = str(location) if location else None
        self.refresh()

    def refresh(self) -> None:
        """Read the programmes again and redraw the tree and the chart."""
        self.programmes = []
        title = ""
        if self.location:
            try:
                with open_registry(self.location) as store:
                    self.programmes = read_programmes(store)
                    title = store.title
            except (TbpaError, OSError) as error:
                self._report(str(error), Qgis.MessageLevel.Critical)
                self.location = None
        self.registry_label.setText(title if self.location else tr("No registry open"))
        self._fill_tree()
        self._draw_chart()
        self._enable()

    def _enable(self) -> None:
        for button in (self.add_release_button, self.add_site_button, self.export_button):
            button.setEnabled(self.location is not None)

    def _fill_tree(self) -> None:
        self.tree.clear()
        for programme in self.programmes:
            years = (f"{programme.first_year}–{programme.last_year}"
                     if programme.first_year else "")
            species_item = QTreeWidgetItem([
                programme.name(self.language),
                tr("{sites} sites, {events} releases").format(
                    sites=len(programme.sites), events=programme.release_events),
                years, str(programme.animals), ""])
            icon = species_icon_path(programme.species)
            if icon.is_file():
                species_item.setIcon(0, QIcon(str(icon)))
            for entry in programme.sites:
                site = entry.site
                name = (site.name_ru or site.name_en) if self.language in ("ru", "kk") \
                    else site.name_en
                site_item = QTreeWidgetItem([
                    name, site.site_status.label(), "", str(entry.animals),
                    site.pa_id or ""])
                site_item.setData(0, Qt.ItemDataRole.UserRole, site.site_id)
                for release in entry.releases:
                    site_item.addChild(QTreeWidgetItem([
                        "", "", release.release_date, str(release.animals), release.origin]))
                species_item.addChild(site_item)
            self.tree.addTopLevelItem(species_item)
            species_item.setExpanded(True)
        for column in range(len(self.COLUMNS)):
            self.tree.resizeColumnToContents(column)

    def _draw_chart(self) -> None:
        if not self.programmes:
            self._chart_image = None
            self.chart.clear()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(release_chart_png(animals_per_year(self.programmes), self.language))
        self._chart_image = pixmap
        self._fit_chart()

    def _fit_chart(self) -> None:
        """Show the whole chart (bars, year axis, legend) in the room the tab gives it."""
        image = getattr(self, "_chart_image", None)
        if image is None or image.isNull():
            return
        room = self.chart.contentsRect().size()
        if room.width() < 50 or room.height() < 50:
            room = image.size().scaled(320, 240, Qt.AspectRatioMode.KeepAspectRatio)
        self.chart.setPixmap(image.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API name)
        """Fit the chart again when the dock is resized."""
        super().resizeEvent(event)
        self._fit_chart()

    # ----- writing ---------------------------------------------------------------------------

    def export_chart(self, path: Path) -> Path | None:
        """Write the chart as PNG; report where (or why not)."""
        try:
            written = write_release_chart(animals_per_year(self.programmes), Path(path),
                                          self.language)
        except OSError as error:
            self._report(tr("Cannot write {path}: {error}").format(path=path, error=error),
                         Qgis.MessageLevel.Critical)
            return None
        self._report(tr("Chart written to {path}").format(path=written), Qgis.MessageLevel.Success)
        return written

    def add_release_values(self, values: dict[str, Any]) -> bool:
        """Add a release through the store; a refusal goes to the message bar."""
        return self._write(add_release, values, tr("Release added"))

    def add_site_values(self, values: dict[str, Any]) -> bool:
        """Add a site through the store; a refusal goes to the message bar."""
        return self._write(add_site, values, tr("Site added"))

    def _write(self, adder, values: dict[str, Any], done: str) -> bool:
        if not self.location:
            return False
        self.last_error = ""
        try:
            with open_registry(self.location) as store:
                record = adder(store, values)
        except TbpaError as error:
            self.last_error = describe_error(error, self.site_names())
            self._report(self.last_error, Qgis.MessageLevel.Critical)
            return False
        self._report(f"{done}: {record.record_id}", Qgis.MessageLevel.Success)
        self.refresh()
        self._repaint_layers()
        return True

    def _repaint_layers(self) -> None:
        """Let the overlay's layers show what was just written."""
        for layer in QgsProject.instance().mapLayers().values():
            if layer.customProperty(PROPERTY_ROLE) in (ROLE_SITES, ROLE_RELEASES):
                layer.dataProvider().reloadData()
                layer.triggerRepaint()

    def _report(self, text: str, level) -> None:
        LOG.info("%s", text)
        self.message_bar.pushMessage(tr("Reintroduction"), text, level)

    # ----- dialogs ---------------------------------------------------------------------------

    def site_names(self) -> dict[str, str]:
        """Names of the reintroduction sites shown, by identifier."""
        return {entry.site.site_id: site_name(entry.site, self.language)
                for programme in self.programmes for entry in programme.sites}

    def ask_release(self) -> bool:
        """Show the release form, then add what was typed; the form stays open (with what
        was typed) until the release is added or the user cancels."""
        sites = [(entry.site.site_id, f"{site_name(entry.site, self.language)} "
                  f"({entry.site.site_id})")
                 for programme in self.programmes for entry in programme.sites]
        form = ReleaseForm(sites, self)
        return self._run_form(form, lambda: self.add_release_values(form.values()))

    def ask_site(self) -> bool:
        """Show the site form, then add what was typed (the form stays open on a refusal)."""
        form = SiteForm(self.language, self)

        def save() -> bool:
            try:
                values = form.values()
            except TbpaError as error:
                self.last_error = describe_error(error)
                return False
            return self.add_site_values(values)

        return self._run_form(form, save)

    def _run_form(self, form, save) -> bool:
        """Show ``form`` until ``save()`` succeeds or the user cancels; say why it failed."""
        while form.exec() == QDialog.DialogCode.Accepted:
            if save():
                return True
            form.error.setText(self.last_error)
            form.error.show()
        return False

    def ask_export(self) -> None:
        """Ask where to write the chart."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Export chart as PNG"),
                                              "reintroductions.png", tr("PNG image (*.png)"))
        if path:
            self.export_chart(Path(path))
