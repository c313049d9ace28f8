"""Shared fixtures: real registries on disk, built by the same code users run."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import plugin  # noqa: F401 (first: it points pyproj at PROJ's data before a test imports pyproj)
from tests.postgis_server import postgis_database, postgis_server  # noqa: F401 (fixtures)

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _qgis_objects_go_before_qgis(qgis_app):
    """Collect what tests left in reference cycles (projects, layers, providers) while QGIS still
    runs: pytest collects garbage only after pytest-qgis's exitQgis(), and a QgsProject or a
    PostgreSQL layer destroyed then crashes the process (exit 139 after all tests passed)."""
    yield
    gc.collect()


#: Fixtures that start a child process (lrelease, the packaging script, qgis_process): a test
#: using one is marked ``subprocess`` too, so ``make test-fast`` leaves it out.
SUBPROCESS_FIXTURES = frozenset({"compiled_translations", "plugin_zip", "qgis_process"})


def pytest_collection_modifyitems(config, items):
    """Mark ``subprocess`` the tests that start a child process through a fixture."""
    for item in items:
        if SUBPROCESS_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.subprocess)


@pytest.fixture(scope="session")
def demo_registry_master(tmp_path_factory, qgis_app) -> Path:
    """The demo registry, built once per test session (copy it before writing)."""
    from plugin.registry.sources import build_demo_registry

    return build_demo_registry(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo_registry(demo_registry_master, tmp_path) -> Path:
    """A private copy of the demo registry that a test may change."""
    target = tmp_path / "registry.gpkg"
    shutil.copy2(demo_registry_master, target)
    return target


@pytest.fixture
def states_registry(tmp_path, qgis_app) -> Path:
    """A new registry holding the shipped range states (what a receiving agency starts from)."""
    from plugin.registry.sources import shipped_range_states
    from plugin.registry.store import RegistryStore

    path = tmp_path / "receiving.gpkg"
    RegistryStore.create(path, "Receiving registry", shipped_range_states()).close()
    return path


@pytest.fixture
def empty_registry(tmp_path, qgis_app) -> Path:
    """A new registry without range states."""
    from plugin.registry.store import RegistryStore

    path = tmp_path / "empty.gpkg"
    RegistryStore.create(path, "Test registry").close()
    return path


def run_cli(*args: str, env: dict | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess:
    """Run ``python -m plugin ARGS`` in a child process, as a user would."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **(env or {})}
    return subprocess.run([sys.executable, "-m", "plugin", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture
def tbpa_provider(qgis_processing):
    """The plugin's Processing provider, registered for one test (``processing.run("tbpa:…")``)."""
    from qgis.core import QgsApplication

    from plugin.processing.provider import TbpaProcessingProvider

    provider = TbpaProcessingProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def wait_until(condition, timeout_s: float = 5.0) -> bool:
    """Let Qt's event loop run until ``condition()`` holds (signals, timers, watchers)."""
    from qgis.PyQt.QtTest import QTest

    for _ in range(int(timeout_s * 10)):
        if condition():
            return True
        QTest.qWait(100)
    return condition()


@pytest.fixture(scope="session")
def plugin_package(tmp_path_factory) -> str:
    """Import name of the plugin as QGIS loads it: a folder ``tbpa_registry`` (a link here)."""
    folder = tmp_path_factory.mktemp("plugins")
    (folder / "tbpa_registry").symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(folder))
    return "tbpa_registry"


@pytest.fixture(autouse=True)
def _idle_map_canvas(request):
    """Keep the test canvas from rendering in the background.

    pytest-qgis mirrors the project's layers on its canvas; a render job running in its thread
    while a test clears or reads the project reads deleted layers and crashes the whole run.
    QGIS's main window stops rendering before it closes a project; tests check extents and
    selections, not pixels of this canvas (map images are rendered by the plugin's own code).
    """
    uses_canvas = {"qgis_iface", "qgis_canvas"} & set(request.fixturenames)
    canvas = request.getfixturevalue("qgis_canvas") if uses_canvas else None
    if canvas is not None:
        canvas.setRenderFlag(False)
    yield
    if canvas is not None:
        canvas.stopRendering()
        canvas.waitWhileRendering()
        canvas.setLayers([])


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    """With TBPA_FORBID_SKIPS set (CI, the version matrix), a skipped test fails the run: every
    QGIS of the matrix must run the whole suite, PostGIS and desktop tests included."""
    if not os.environ.get("TBPA_FORBID_SKIPS") or exitstatus != 0:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        reporter.write_line(f"TBPA_FORBID_SKIPS: {len(skipped)} test(s) skipped; failing the run",
                            red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def _no_translator_outlives_its_test():
    """A translator a test (or a plugin it loaded) left installed would make later tests speak
    Kazakh or Russian: each test starts in English, as a fresh QGIS does."""
    yield
    from plugin import i18n

    for translator, _language in list(i18n._INSTALLED):
        i18n.remove_translator(translator)
