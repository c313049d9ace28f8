"""The ``tbpa`` Processing provider; each capability lists its algorithms in ALGORITHM_CLASSES."""

from __future__ import annotations

import importlib
from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr

ICON_PATH = Path(__file__).resolve().parents[2] / "resources" / "icons" / "tbpa.svg"

#: (module, class) of each algorithm, imported when the provider loads.
ALGORITHM_CLASSES: tuple[tuple[str, str], ...] = (
    (".crossbordergaps", "CrossBorderGapsAlgorithm"),
    (".exportpartnerpackage", "ExportPartnerPackageAlgorithm"),
    (".importpartnerpackage", "ImportPartnerPackageAlgorithm"),
)


class TbpaProcessingProvider(QgsProcessingProvider):
    """Algorithms of TBPA Registry, shown under "TBPA Registry" in the Processing toolbox."""

    def id(self) -> str:
        """Stable id used in ``processing.run("tbpa:...")``."""
        return "tbpa"

    def name(self) -> str:
        """Name in the toolbox."""
        return tr("TBPA Registry")

    def longName(self) -> str:  # noqa: N802 (QGIS API name)
        """Longer name in the toolbox."""
        return tr("TBPA Registry: transboundary protected-area networks")

    def icon(self) -> QIcon:
        """Provider icon."""
        return QIcon(str(ICON_PATH))

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS API name)
        """Add every algorithm listed in ALGORITHM_CLASSES."""
        for module_name, class_name in ALGORITHM_CLASSES:
            module = importlib.import_module(module_name, __package__)
            self.addAlgorithm(getattr(module, class_name)())
