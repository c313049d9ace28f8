"""Notice writes made to a registry GeoPackage by another program (the command line, a partner
import in another QGIS) and reload what the layer panel and the dock show.

SQLite writes land in the file itself or, while QGIS holds the GeoPackage in WAL mode, in its
``-wal`` file; both are watched, and the folder too, so a ``-wal`` created later is picked up.
Bursts of changes (one transaction touches the files several times) are folded into one reload.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.PyQt.QtCore import QFileSystemWatcher, QObject, QTimer

from ..registry.backend import is_postgis_location

#: Quiet time after the last change before the registry is read again.
SETTLE_MS = 400


class RegistryFileWatcher(QObject):
    """Calls ``on_change(location)`` once the watched registry file stops changing."""

    def __init__(self, on_change: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self._location: str | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._settled)

    def watch(self, location: str | None) -> None:
        """Follow the GeoPackage at ``location`` (nothing for a PostGIS registry or None)."""
        self._clear()
        if not location or is_postgis_location(location) or not Path(location).is_file():
            self._location = None
            return
        self._location = str(location)
        self._add_paths()

    def stop(self) -> None:
        """Follow nothing any more."""
        self._timer.stop()
        self._clear()
        self._location = None

    def watched_paths(self) -> list[str]:
        """Files and folders being watched (for tests and the log)."""
        return self._watcher.files() + self._watcher.directories()

    def _clear(self) -> None:
        paths = self.watched_paths()
        if paths:
            self._watcher.removePaths(paths)

    def _add_paths(self) -> None:
        path = Path(self._location)
        wanted = [str(path), str(path.parent)]
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            wanted.append(str(wal))
        missing = [p for p in wanted if p not in self.watched_paths()]
        if missing:
            self._watcher.addPaths(missing)

    def _changed(self, _path: str) -> None:
        if self._location is not None:
            self._timer.start()

    def _settled(self) -> None:
        if self._location is None or not Path(self._location).is_file():
            return
        self._add_paths()  # a replaced file or a new -wal must be watched again
        self._on_change(self._location)
