"""What QGIS loads instead of the plugin when a required Python package is missing.

It only tells the user, in the message bar and the log, which package to install and how; it adds
no action and no Processing provider, so nothing fails later with a traceback.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..i18n import load_translator, qgis_language, remove_translator, tr

if TYPE_CHECKING:
    from qgis.gui import QgisInterface

LOG = logging.getLogger(__name__)


def missing_dependency_message(missing: list[tuple[str, str | None]]) -> str:
    """One translated sentence naming each missing requirement and the install command."""
    wanted = ", ".join(
        tr("{requirement} ({found})").format(
            requirement=requirement, found=found if found is not None else tr("not installed"))
        for requirement, found in missing)
    command = " ".join(f'"{requirement}"' for requirement, _ in missing)
    return tr("TBPA Registry is not active: QGIS's Python lacks {wanted}. Install it, e.g. "
              "python3 -m pip install --user --break-system-packages {command} (Debian/Ubuntu) "
              "or pip in the OSGeo4W Shell (Windows), then restart QGIS.").format(
        wanted=wanted, command=command)


class MissingDependencyPlugin:
    """Stands in for the plugin and reports the missing packages when QGIS starts it."""

    def __init__(self, iface: QgisInterface, missing: list[tuple[str, str | None]]) -> None:
        self.iface = iface
        self.missing = missing
        self.translator = None

    def initProcessing(self) -> None:  # noqa: N802 (QGIS API name)
        """No provider: its algorithms need the missing packages."""

    def initGui(self) -> None:  # noqa: N802 (QGIS API name)
        """Show the message bar error."""
        self.translator = load_translator(qgis_language())
        message = missing_dependency_message(self.missing)
        LOG.error("%s", message)
        self.iface.messageBar().pushCritical(tr("TBPA Registry"), message)

    def unload(self) -> None:
        """Remove the translator initGui installed."""
        remove_translator(self.translator)
        self.translator = None
