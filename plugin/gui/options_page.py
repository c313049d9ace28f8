"""The "TBPA Registry" page of QGIS's Options dialog (Settings > Options)."""

from __future__ import annotations

from pathlib import Path

from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..i18n import tr
from ..settings import PluginSettings

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "tbpa.svg"


class TbpaOptionsPage(QgsOptionsPageWidget):
    """Edits :class:`PluginSettings`; QGIS calls :meth:`apply` when the dialog is accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings = PluginSettings.load()
        layout = QFormLayout(self)
        self.analyst_name = QLineEdit(settings.analyst_name)
        self.analyst_name.setPlaceholderText(tr("system user name"))
        layout.addRow(tr("Your name in the status history"), self.analyst_name)
        self.border_km = self._distance(settings.border_km)
        layout.addRow(tr("Border distance of the gap analysis (km)"), self.border_km)
        self.partner_km = self._distance(settings.partner_km)
        layout.addRow(tr("Partner distance of the gap analysis (km)"), self.partner_km)
        note = QLabel(tr("The name is written with every change of status you make, in QGIS "
                         "and on the command line, so partners see who changed what."))
        note.setWordWrap(True)
        layout.addRow(note)

    @staticmethod
    def _distance(value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, 2000.0)
        box.setDecimals(1)
        box.setValue(value)
        return box

    def apply(self) -> None:
        """Save the settings."""
        PluginSettings(analyst_name=self.analyst_name.text().strip(),
                       border_km=self.border_km.value(),
                       partner_km=self.partner_km.value()).save()


class TbpaOptionsFactory(QgsOptionsWidgetFactory):
    """Makes the page each time QGIS opens its Options dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("TBPA Registry"))

    def icon(self) -> QIcon:
        """Icon in the Options dialog's list."""
        return QIcon(str(ICON))

    def createWidget(self, parent: QWidget | None = None) -> TbpaOptionsPage:  # noqa: N802
        """A new page."""
        return TbpaOptionsPage(parent)
