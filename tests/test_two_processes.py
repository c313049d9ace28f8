"""QGIS and the command line writing one registry at the same time: both land, nothing breaks."""

import subprocess
import sys
import time

import pytest

from plugin.registry.model import ProtectedArea
from plugin.registry.sources import shipped_range_states
from plugin.registry.store import RegistryStore
from plugin.registry.validation import validate_registry
from tests.conftest import REPO, run_cli
from tests.polygons import box_wkt

#: Every test here starts a child process (left out of ``make test-fast``).
pytestmark = pytest.mark.subprocess


def test_command_line_waits_for_the_lock_held_by_qgis(demo_registry, tmp_path):
    packages = tmp_path / "packages"
    exported = run_cli("export", str(demo_registry), "--partner", "KGZ", "--output",
                       str(packages))
    assert exported.returncode == 0, exported.stderr
    package = next(packages.glob("*.zip"))
    target = tmp_path / "target.gpkg"
    RegistryStore.create(target, "Target", shipped_range_states()).close()

    holder = RegistryStore.open(target)
    try:
        with holder.transaction():  # QGIS (this process) is in the middle of a write
            holder.add(ProtectedArea.parse(dict(
                pa_id="KAZ-LOCAL-EDIT", name_en="Local edit", iso3="KAZ", status="draft",
                geometry=box_wkt(75.0, 47.0, 0.3))))
            child = subprocess.Popen(
                [sys.executable, "-m", "plugin", "import", str(target), str(package), "--from",
                 "ALL"],
                cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            time.sleep(3.0)  # the import is waiting for the write lock meanwhile
            assert child.poll() is None
        out, err = child.communicate(timeout=300)
    finally:
        holder.close()
    assert child.returncode == 0, err
    assert "Traceback" not in err
    with RegistryStore.open(target) as store:
        ids = {pa.pa_id for pa in store.protected_areas()}
    assert "KAZ-LOCAL-EDIT" in ids
    assert any(pa_id.startswith("KGZ-") for pa_id in ids), out
    assert validate_registry(target) == []
