"""The zip from ``make package`` installed into a fresh QGIS profile and used by real QGIS.

1. ``qgis_process`` (QGIS's own command line) enables the plugin in that profile, lists its
   algorithms and runs them on the demo registry.
2. The real QGIS desktop under Xvfb starts with the plugin enabled and runs
   ``tests/qgis_desktop_check.py``, which opens the demo registry through the plugin's action,
   checks the layer tree and saves a screenshot.

QGIS runs Debian's ``/usr/bin/python3``, which has no pydantic 2: the venv's site-packages go on
``PYTHONPATH`` as README tells users to install pydantic for QGIS's Python. Every QGIS process
runs in its own process group with a time limit and is killed with its children on timeout.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

import pydantic
import pytest

#: Every test here starts a child process (left out of ``make test-fast``).
pytestmark = pytest.mark.subprocess

REPO = Path(__file__).resolve().parents[1]
PLUGIN = "tbpa_registry"
PYDANTIC_SITE = str(Path(pydantic.__file__).resolve().parents[1])
DESKTOP_SCRIPT = REPO / "tests" / "qgis_desktop_check.py"
#: Set to a path (``make screenshot``) to keep the desktop screenshot, e.g. for the README.
SAVE_SCREENSHOT = os.environ.get("TBPA_SAVE_SCREENSHOT")
GAP_ALGORITHM = "tbpa:crossbordergaps"
EXPORT_ALGORITHM = "tbpa:exportpartnerpackage"


def run_bounded(command: list[str], env: dict, timeout: float, cwd: Path
                ) -> subprocess.CompletedProcess:
    """Run ``command`` in a new process group; kill the group on timeout or leftovers."""
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        pytest.fail(f"{command[0]} did not finish in {timeout} s; killed.\n{stderr[-3000:]}")
    deadline = time.monotonic() + 15
    while True:  # children (Xvfb) must go too
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            break
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail(f"{command[0]} left processes behind; killed them")
        time.sleep(0.2)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def demo_features(name: str) -> list:
    return json.loads((REPO / "resources" / "demo" / name).read_text(encoding="utf-8"))["features"]


def install_zip(plugin_zip: Path, config_root: Path) -> Path:
    """Unpack the zip with QGIS's own installer code into a fresh profile; return the profile."""
    from qgis.core import QgsApplication

    unzip_py = Path(QgsApplication.pkgDataPath()) / "python" / "pyplugin_installer" / "unzip.py"
    spec = importlib.util.spec_from_file_location("qgis_plugin_unzip", unzip_py)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    profile = config_root / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    module.unzip(str(plugin_zip), str(plugins))
    assert (plugins / PLUGIN / "metadata.txt").is_file()
    return profile


def qgis_env(tmp_path: Path, **extra: str) -> dict:
    """Environment of a QGIS process: pydantic 2 on PYTHONPATH, no trace of the repository."""
    runtime = tmp_path / "xdg-runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "QGIS_CUSTOM_CONFIG_PATH", "QT_QPA_PLATFORM",
                          "VIRTUAL_ENV")}
    env.update(PYTHONPATH=PYDANTIC_SITE, XDG_RUNTIME_DIR=str(runtime), LANG="C.UTF-8",
               LC_ALL="C.UTF-8", **extra)
    return env


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    """The zip, built by the packaging script exactly as ``make package`` builds it."""
    dist = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "package.py"), "--dist",
                           str(dist)], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip())


@pytest.fixture
def qgis_process(plugin_zip, tmp_path, qgis_app):
    """Run ``qgis_process.bin ARGS`` on a fresh profile holding the installed plugin."""
    config_root = tmp_path / "qgis-config"
    install_zip(plugin_zip, config_root)
    env = qgis_env(tmp_path, QGIS_CUSTOM_CONFIG_PATH=str(config_root),
                   QT_QPA_PLATFORM="offscreen")

    def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        return run_bounded(["qgis_process.bin", *args], env, timeout, tmp_path)

    enabled = run("plugins", "enable", PLUGIN)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return run


def run_json(qgis_process, *args: str) -> dict:
    done = qgis_process("--json", *args)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads(done.stdout)


def test_qgis_process_lists_every_tbpa_algorithm_of_the_installed_plugin(qgis_process):
    from plugin.processing.provider import TbpaProcessingProvider

    provider = run_json(qgis_process, "list")["providers"].get("tbpa")
    assert provider is not None and provider["is_active"]
    listed = set(provider["algorithms"])
    source = TbpaProcessingProvider()
    source.loadAlgorithms()
    assert listed == {f"tbpa:{algorithm.name()}" for algorithm in source.algorithms()}
    assert {GAP_ALGORITHM, EXPORT_ALGORITHM} <= listed


def test_qgis_process_runs_cross_border_gaps_on_the_demo_registry(qgis_process, demo_registry,
                                                                  tmp_path):
    from qgis.core import QgsVectorLayer

    from plugin.analysis.gaps import GapParameters, find_cross_border_gaps
    from plugin.registry.store import open_registry

    output = tmp_path / "gaps.gpkg"
    result = run_json(qgis_process, "run", GAP_ALGORITHM, "--", f"registry={demo_registry}",
                      f"cross_border_gaps={output}")["results"]
    layer = QgsVectorLayer(result["cross_border_gaps"], "gaps", "ogr")
    assert layer.isValid(), result
    with open_registry(demo_registry) as store:  # the same answer as the source code gives
        expected = find_cross_border_gaps(store, GapParameters())
    assert len(expected) > 0
    assert layer.featureCount() == result["gap_count"] == len(expected)
    assert sorted(f["gap_type"] for f in layer.getFeatures()) == sorted(
        gap.gap_type for gap in expected)


def test_qgis_process_exports_a_partner_package(qgis_process, demo_registry, tmp_path):
    from qgis.core import QgsVectorLayer

    result = run_json(qgis_process, "run", EXPORT_ALGORITHM, "--", f"registry={demo_registry}",
                      "crs=EPSG:4326", f"output_folder={tmp_path / 'package'}")["results"]
    package = Path(result["package"])
    assert package.is_file() and result["feature_count"] > 0
    with zipfile.ZipFile(package) as archive:
        names = {Path(name).name for name in archive.namelist()}
    assert {f"protected_areas{part}" for part in (".shp", ".shx", ".dbf", ".prj")} <= names
    layer = QgsVectorLayer(f"/vsizip/{package}/protected_areas.shp", "pas", "ogr")
    assert layer.isValid()
    assert "UZB" in {f["iso3"] for f in layer.getFeatures()}  # the default partner


def enable_in_fresh_profile(plugin_zip: Path, profiles_root: Path) -> Path:
    """Install the zip into a new, empty profile with the plugin enabled; return the profile."""
    profile = install_zip(plugin_zip, profiles_root)
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text(
        f"[PythonPlugins]\n{PLUGIN}=true\n\n[app]\nplugin_installer\\checkOnStart=false\n",
        encoding="utf-8")
    return profile


@pytest.mark.desktop
def test_qgis_desktop_opens_the_demo_registry_through_the_installed_plugin(plugin_zip,
                                                                            tmp_path, qgis_app):
    assert shutil.which("xvfb-run") and shutil.which("qgis.bin"), "make deps installs them"
    enable_in_fresh_profile(plugin_zip, tmp_path / "profiles-root")
    result_file = tmp_path / "result.json"
    screenshot = tmp_path / "qgis-demo.png"
    env = qgis_env(tmp_path, TBPA_RESULT=str(result_file), TBPA_SCREENSHOT=str(screenshot))
    done = run_bounded(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis.bin",
                        "--noversioncheck", "--profiles-path", str(tmp_path / "profiles-root"),
                        "--code", str(DESKTOP_SCRIPT)], env, 240, tmp_path)
    assert result_file.is_file(), done.stdout[-3000:] + done.stderr[-3000:]
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert result["errors"] == [], result
    assert done.returncode == 0, done.stderr[-3000:]
    from plugin.registry.sources import DEMO_TITLE

    assert result["group"] == DEMO_TITLE
    layers = {node["layer"]: node["features"] for node in result["tree"] if "layer" in node}
    assert layers["Protected areas"] == len(demo_features("protected_areas.geojson"))
    assert layers["Range states"] == len(demo_features("range_states.geojson"))
    with (REPO / "resources" / "demo" / "networks.csv").open(encoding="utf-8") as stream:
        statuses = Counter(row["status"] for row in csv.DictReader(stream))
    status_groups = [node for node in result["tree"] if "group" in node][:3]
    assert [node["group"] for node in status_groups] == [
        f"Created ({statuses['created']})", f"Draft ({statuses['draft']})",
        f"Planned ({statuses['planned']})"]
    for node in status_groups:  # one layer per network: "name (members)", showing its members
        assert all(child["features"] > 0 and child["layer"].endswith(f"({child['features']})")
                   for child in node["children"]), node
    from qgis.PyQt.QtGui import QImage


    image = QImage(str(screenshot))
    assert image.width() >= 1200 and image.height() >= 800
    colours = {image.pixel(x, y) for x in range(0, image.width(), 25)
               for y in range(0, image.height(), 25)}
    assert len(colours) > 20  # a drawn window, not a blank grab
    if SAVE_SCREENSHOT:
        shutil.copy2(screenshot, SAVE_SCREENSHOT)


def run_desktop_script(plugin_zip: Path, tmp_path: Path, script: str, *qgis_args: str
                       ) -> dict:
    """Install the zip in a fresh profile, run ``tests/SCRIPT`` in the real QGIS desktop
    (``qgis.bin --code``) and return the JSON it wrote to ``TBPA_RESULT``."""
    enable_in_fresh_profile(plugin_zip, tmp_path / "profiles-root")
    result_file = tmp_path / "result.json"
    env = qgis_env(tmp_path, TBPA_RESULT=str(result_file))
    done = run_bounded(["xvfb-run", "-a", "qgis.bin", "--noversioncheck", *qgis_args,
                        "--profiles-path", str(tmp_path / "profiles-root"),
                        "--code", str(REPO / "tests" / script)], env, 240, tmp_path)
    assert result_file.is_file(), done.stdout[-3000:] + done.stderr[-3000:]
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert result["errors"] == [], result
    return result


@pytest.mark.desktop
@pytest.mark.parametrize(("language", "open_demo", "created"), [
    ("ru", "Открыть демонстрационный реестр", "Создана (5)"),
    ("kk", "Демонстрациялық тізілімді ашу", "Құрылған (5)"),
])
def test_qgis_desktop_speaks_the_language_qgis_runs_in(plugin_zip, tmp_path, qgis_app,
                                                       language, open_demo, created):
    """QGIS started with --lang: the plugin's menu and layer panel follow it."""
    result = run_desktop_script(plugin_zip, tmp_path, "qgis_desktop_language_check.py",
                                "--lang", language)
    assert open_demo in result["actions"]
    assert result["children"][0] == created


@pytest.mark.desktop
def test_qgis_desktop_finds_gaps_as_a_task(plugin_zip, tmp_path, qgis_app):
    """The dock's "Find gaps" in the real QGIS: a task, then the layer and the summary."""
    result = run_desktop_script(plugin_zip, tmp_path, "qgis_desktop_tasks_check.py")
    assert result["task_started"]
    assert result["gaps_features"] == 16  # the demo's flags (tests/test_gaps_outputs.py)
    assert result["summary_rows"] > 0
