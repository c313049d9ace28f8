"""The exchange calls GDAL in an explicit exception mode of its own thread, never the process's.

GDAL 3.9 and newer print a FutureWarning at the first call made without a chosen mode (it failed
``python -m plugin demo``'s empty stderr on QGIS 3.40 and 3.44); choosing it globally would
change the mode of every other plugin in the QGIS desktop. On GDAL 3.6 (QGIS 3.22, Debian 12)
nothing warns and the first test checks only that the modes are left as found.
"""

from __future__ import annotations

import threading
import warnings
from datetime import date

from osgeo import gdal, ogr, osr

from plugin.exchange.gdal_mode import gdal_without_exceptions
from plugin.exchange.package_import import ImportOptions, import_partner_package
from plugin.exchange.partner_package import ExportOptions, export_partner_package
from plugin.registry.store import open_registry

MODULES = (gdal, ogr, osr)


def _modes() -> list[tuple[int, int]]:
    """Each module's mode and whether one was chosen for the process (``-1`` where unknown)."""
    return [(module.GetUseExceptions(),
             getattr(module, "_UserHasSpecifiedIfUsingExceptions", lambda: -1)())
            for module in MODULES]


def test_export_and_import_warn_nothing_and_leave_the_process_mode_alone(
        demo_registry, states_registry, tmp_path, monkeypatch):
    # GDAL warns once per process: forget an earlier warning so that this test sees its own.
    monkeypatch.delattr(gdal, "hasWarnedAboutUserHasNotSpecifiedIfUsingExceptions",
                        raising=False)
    before = _modes()
    with warnings.catch_warnings():
        warnings.simplefilter("error", FutureWarning)
        with open_registry(demo_registry) as store:
            package = export_partner_package(store, tmp_path / "out", ExportOptions(
                "KGZ", today=date(2025, 6, 24))).path
        with open_registry(states_registry) as store:
            report = import_partner_package(store, package, ImportOptions(sender="ALL"))
    assert report.count("added") > 0
    assert _modes() == before


def test_the_mode_is_set_for_the_calling_thread_only():
    seen: list[list[int]] = []
    with gdal_without_exceptions():
        inside = [module.GetUseExceptions() for module in MODULES]
        other = threading.Thread(target=lambda: seen.append(
            [module.GetUseExceptions() for module in MODULES]))
        other.start()
        other.join()
    assert inside == [0, 0, 0]  # failures come back as None and return codes
    assert seen == [[module.GetUseExceptions() for module in MODULES]]
