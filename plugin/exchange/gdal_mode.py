"""GDAL's Python bindings in an explicit exception mode, set for the calling thread only.

GDAL 3.9 and newer warn (``FutureWarning`` on stderr) at the first call made while no exception
mode has been chosen. ``gdal.UseExceptions()`` or ``DontUseExceptions()`` would choose one for
the whole process, that is for every other plugin of the QGIS desktop too; ``ExceptionMgr``
(GDAL 3.7 and newer) chooses it for the calling thread and restores it on exit. GDAL 3.6
(Debian 12) has no ``ExceptionMgr`` and does not warn: there the calls run as they always did.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from osgeo import gdal, ogr, osr

#: Each module of the bindings keeps its own mode.
_MODULES = (gdal, ogr, osr)


@contextmanager
def gdal_without_exceptions() -> Iterator[None]:
    """Run the enclosed GDAL/OGR/OSR calls without Python exceptions, in this thread only.

    Failures are what the plugin's code checks for: ``None`` or a non-zero return code, the
    reason in ``gdal.GetLastErrorMsg()``.
    """
    with ExitStack() as modes:
        for module in _MODULES:
            manager = getattr(module, "ExceptionMgr", None)
            if manager is not None:
                modes.enter_context(manager(useExceptions=False))
        yield
