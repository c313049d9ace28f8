"""The plugin zip from ``make package``: what QGIS's "Install from ZIP" and the plugin site take."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TOP = "tbpa_registry/"


def metadata(path: Path = REPO / "metadata.txt") -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return parser["general"]


def build_zip(dist: Path, source: Path = REPO) -> Path:
    """Run the packaging script as ``make package`` does; return the one zip it printed."""
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "package.py"), "--dist",
                           str(dist), "--source", str(source)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip())


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return build_zip(tmp_path_factory.mktemp("dist"))


def test_zip_is_named_after_the_version_in_metadata_and_has_one_top_folder(plugin_zip):
    assert plugin_zip.name == f"tbpa_registry-{metadata()['version']}.zip"
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
        assert all(name.startswith(TOP) for name in names), names
        # QGIS's installer takes the folder of the shortest-sorted */metadata.txt as the plugin.
        assert [n for n in names if n.endswith("metadata.txt")] == [TOP + "metadata.txt"]
        assert archive.read(TOP + "metadata.txt") == (REPO / "metadata.txt").read_bytes()


def test_zip_holds_code_icons_demo_data_and_compiled_translations(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        names = set(archive.namelist())
    code = {TOP + p.relative_to(REPO).as_posix() for p in (REPO / "plugin").rglob("*.py")
            if "__pycache__" not in p.parts}
    assert code <= names, sorted(code - names)
    assert TOP + "__init__.py" in names
    assert TOP + metadata()["icon"] in names
    demo = {TOP + p.relative_to(REPO).as_posix() for p in (REPO / "resources").rglob("*")
            if p.is_file() and "screenshots" not in p.parts}
    assert demo <= names, sorted(demo - names)
    assert any(n.startswith(TOP + "resources/demo/") for n in names)
    expected_qm = {f"{TOP}i18n/{ts.stem}.qm" for ts in (REPO / "i18n").glob("*.ts")}
    assert expected_qm <= names, sorted(expected_qm - names)
    assert not any(n.endswith(".ts") for n in names)


def test_compiled_translations_load_in_qt(plugin_zip, tmp_path, qgis_app):
    from qgis.PyQt.QtCore import QTranslator

    with zipfile.ZipFile(plugin_zip) as archive:
        qm_names = [n for n in archive.namelist() if n.endswith(".qm")]
        archive.extractall(tmp_path, members=qm_names)
    if not list((REPO / "i18n").glob("*.ts")):
        pytest.skip("no i18n/*.ts yet")
    for name in qm_names:
        assert QTranslator().load(str(tmp_path / name)), name


@pytest.mark.subprocess
def test_tests_caches_scripts_and_build_files_stay_out(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    for name in ("__init__.py", "metadata.txt", "plugin", "resources", "i18n"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        elif (REPO / name).exists():
            shutil.copy2(REPO / name, source / name)
    planted = ["plugin/__pycache__/cli.cpython-311.pyc", "plugin/.ruff_cache/x", "tests/test_x.py",
               ".venv/lib/site.py", "scripts/x.py", "benchmarks/bench_x.py", "build/x.py",
               "resources/screenshots/qgis-demo.png", "resources/demo/registry.gpkg.building",
               ".git/config", "Makefile", "pyproject.toml"]
    for name in planted:
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text("planted")
    with zipfile.ZipFile(build_zip(tmp_path / "dist", source)) as archive:
        names = archive.namelist()
    for name in planted:
        assert TOP + name not in names
    assert TOP + "plugin/cli.py" in names


def test_zip_is_the_same_when_built_twice(plugin_zip, tmp_path):
    assert build_zip(tmp_path).read_bytes() == plugin_zip.read_bytes()


def test_changelog_describes_the_current_version():
    version = metadata()["version"]
    first_entry = re.search(r"^## \[?([0-9][^\]\s]*)", (REPO / "CHANGELOG.md").read_text(
        encoding="utf-8"), re.MULTILINE)
    assert first_entry is not None and first_entry.group(1) == version
    changelog = metadata()["changelog"].strip().splitlines()
    assert changelog[0].strip().startswith(version)


def test_shipped_code_avoids_calls_newer_qgis_dropped():
    """Qt 6 builds of QGIS have no ``exec_()``/``print_()``; Qt comes only through qgis.PyQt."""
    dropped = re.compile(r"\.(exec_|print_)\(|^\s*(from|import) PyQt[56]\b", re.MULTILINE)
    offenders = [f"{path.relative_to(REPO)}: {match.group(0).strip()}"
                 for path in [REPO / "__init__.py", *(REPO / "plugin").rglob("*.py")]
                 for match in dropped.finditer(path.read_text(encoding="utf-8"))]
    assert offenders == []
