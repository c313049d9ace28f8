"""Every test file passes alone: QGIS and database objects are torn down in the right order."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

#: Every test here starts a child process (left out of ``make test-fast``).
pytestmark = pytest.mark.subprocess


@pytest.mark.postgis
def test_postgis_layer_file_alone_exits_cleanly(postgis_server):
    """PostgreSQL layers and projects left in reference cycles used to be collected after
    exitQgis(): all tests passed, then the process died with a segmentation fault (exit 139)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
         "tests/test_postgis_store.py", "-k", "native_provider"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout
