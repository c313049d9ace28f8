"""Shared fixtures: real registries on disk, built by the same code users run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.postgis_server import postgis_database, postgis_server  # noqa: F401 (fixtures)

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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


@pytest.fixture(scope="session")
def plugin_package(tmp_path_factory) -> str:
    """Import name of the plugin as QGIS loads it: a folder ``tbpa_registry`` (a link here)."""
    folder = tmp_path_factory.mktemp("plugins")
    (folder / "tbpa_registry").symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(folder))
    return "tbpa_registry"
