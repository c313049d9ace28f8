"""QGIS entry point of the TBPA Registry plugin."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qgis.gui import QgisInterface


def classFactory(iface: "QgisInterface"):  # noqa: N802 (QGIS API name)
    """Return the plugin instance; the import is lazy so QGIS starts fast."""
    from .plugin.dependencies import missing_dependencies

    if missing := missing_dependencies():  # e.g. no pydantic 2 in QGIS's Python: say so
        from .plugin.gui.missing_dependency import MissingDependencyPlugin

        return MissingDependencyPlugin(iface, missing)
    from .plugin.gui.main import TbpaRegistryPlugin

    return TbpaRegistryPlugin(iface)
