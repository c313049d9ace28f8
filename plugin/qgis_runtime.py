"""Start QGIS without a screen for the command line, the same libraries the plugin runs on."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from qgis.core import QgsApplication

#: Keeps the application created here alive for the life of the process.
_CREATED: list[QgsApplication] = []


def ensure_qgis_app() -> QgsApplication:
    """The running QgsApplication, or a new headless one with providers and Processing."""
    app = QgsApplication.instance()
    if app is not None:
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # QGIS opens a GeoPackage read-only without locks (GDAL's NOLOCK) while it is in rollback
    # journal mode, then switches it to WAL when a layer opens for writing; the lock-free
    # handle then fails at the next change ("unable to open database file"). A short-lived
    # command line needs no WAL: keep every GeoPackage it opens in rollback journal mode.
    os.environ.setdefault("OGR_SQLITE_JOURNAL", "DELETE")
    if "XDG_RUNTIME_DIR" not in os.environ:
        runtime_dir = Path(tempfile.gettempdir()) / f"tbpa-runtime-{os.getuid()}"
        runtime_dir.mkdir(mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime_dir)
    app = QgsApplication([], False)
    app.initQgis()
    _CREATED.append(app)
    return app

