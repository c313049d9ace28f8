"""Work run as QGIS tasks creates no pyproj CRS or transformer in the task's thread.

PROJ objects made by pyproj in a QThread crashed QGIS 3.40 (``pyproj.CRS.from_epsg`` in the
import of a partner package, run from the dialog as a background task). The guard below
records every pyproj CRS and Transformer created off the main thread, so the rule is checked on
every QGIS of the matrix, not only where it happens to crash.
"""

from __future__ import annotations

import pyproj
import pyproj.crs.crs
import pyproj.transformer
import pytest
from qgis.PyQt.QtCore import QCoreApplication, QThread

from plugin.registry.store import open_registry
from tests.test_exchange_processing import file_hash, wait_for


@pytest.fixture
def pyproj_off_main_thread(monkeypatch):
    """The pyproj classes created outside the main thread during a test."""
    created: list[str] = []

    def guard(cls):
        original = cls.__init__

        def init(self, *args, **kwargs):
            if QThread.currentThread() != QCoreApplication.instance().thread():
                created.append(cls.__name__)
            original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", init)

    guard(pyproj.crs.crs.CRS)
    guard(pyproj.transformer.Transformer)
    return created


def test_import_dialog_runs_twenty_times_in_a_row(demo_registry, states_registry, tmp_path,
                                                  tbpa_provider, pyproj_off_main_thread):
    from plugin.exchange.partner_package import ExportOptions, export_partner_package
    from plugin.gui.exchange_dialog import ImportPartnerDialog

    with open_registry(demo_registry) as store:
        package = export_partner_package(store, tmp_path, ExportOptions("UZB")).path
    before = file_hash(states_registry)
    dialog = ImportPartnerDialog(str(states_registry))
    dialog.package.setFilePath(str(package))
    for run in range(20):
        assert dialog.start(dry_run=True), run
        ok, results = wait_for(dialog)
        assert ok, (run, dialog.message.text())
        assert results["added"] > 0
    assert file_hash(states_registry) == before
    assert pyproj_off_main_thread == []


def test_export_dialog_in_a_task_makes_no_pyproj_objects(demo_registry, tmp_path, tbpa_provider,
                                                         pyproj_off_main_thread):
    from plugin.gui.exchange_dialog import ExportPartnerDialog

    dialog = ExportPartnerDialog(str(demo_registry))
    dialog.partner.setCurrentIndex(dialog.partner.findData("KGZ"))
    dialog.output.setFilePath(str(tmp_path / "out"))
    assert dialog.start()
    ok, _results = wait_for(dialog)
    assert ok, dialog.message.text()
    assert pyproj_off_main_thread == []


def test_each_thread_measures_with_its_own_geod():
    import threading

    from plugin.registry.geodesy import wgs84_geod

    main = wgs84_geod()
    seen = []
    worker = threading.Thread(target=lambda: seen.append(wgs84_geod()))
    worker.start()
    worker.join()
    assert seen and seen[0] is not main
    assert wgs84_geod() is main  # made once per thread, not per call


def test_gap_analysis_in_a_worker_thread_gives_the_same_gaps(demo_registry):
    import threading

    from plugin.analysis.gaps import GapParameters, find_cross_border_gaps

    def keys(gaps):
        return sorted((g.gap_type, str(g.pa_id), str(g.network_id), g.neighbour,
                       round(g.distance_km or 0, 3)) for g in gaps)

    with open_registry(demo_registry) as store:
        in_main = keys(find_cross_border_gaps(store, GapParameters()))
    in_worker = []

    def work():
        with open_registry(demo_registry) as store:
            in_worker.append(keys(find_cross_border_gaps(store, GapParameters())))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert in_worker == [in_main] and len(in_main) == 16
