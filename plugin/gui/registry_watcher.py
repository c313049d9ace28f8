"""Notice writes made to a registry GeoPackage by another program (the command line, a partner
import, another QGIS) and reload what the layer panel and the dock show.

What counts as a write is what SQLite counts: ``PRAGMA data_version`` on a connection the
watcher keeps open changes exactly when another connection commits to the database, whether
the commit lands in the file or in its ``-wal``. Reads change nothing, so the reloads and map
renders that follow a change (which open, read and close the file, and create or remove its
``-wal`` and ``-shm``) never look like a change: there is no reload loop. A file replaced by
another one (a rebuilt registry) is noticed by its identity on disk.

The watcher polls (every :data:`POLL_MS`) and reports a change once the registry has stopped
changing for one poll: a burst of commits gives one reload. A commit that changed no row (GDAL
opening the file for writing touches its bookkeeping without changing it) is not reported:
after a commit the watcher compares a digest of the registry's tables with the one it saw.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from qgis.PyQt.QtCore import QObject, QTimer

from ..registry.backend import is_postgis_location

LOG = logging.getLogger(__name__)

#: How often the registry is asked whether another connection wrote to it.
POLL_MS = 500

#: What identifies the state of a registry: the file's identity on disk and SQLite's data
#: version of the watcher's own connection (None when the file cannot be read).
Signature = tuple[int, int, int] | None


class RegistryFileWatcher(QObject):
    """Calls ``on_change(location)`` once after another program changed the watched registry."""

    def __init__(self, on_change: Callable[[str], None], parent: QObject | None = None,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self._location: str | None = None
        self._connection: sqlite3.Connection | None = None
        self._file_id: tuple[int, int] | None = None
        self._reported: Signature = None  # the state last shown to the user
        self._digest: bytes | None = None  # the contents last shown to the user
        self._seen: Signature = None  # the state found by the last poll
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)

    def watch(self, location: str | None) -> None:
        """Follow the GeoPackage at ``location`` (nothing for a PostGIS registry or None)."""
        self.stop()
        if not location or is_postgis_location(location) or not Path(location).is_file():
            return
        self._location = str(location)
        self._reported = self._seen = self._signature()
        self._digest = self._contents_digest()
        self._timer.start()

    def stop(self) -> None:
        """Follow nothing any more (and close the watcher's connection)."""
        self._timer.stop()
        self._close()
        self._location = None
        self._reported = self._seen = None
        self._digest = None

    def watched_paths(self) -> list[str]:
        """The registry being followed (for tests and the log)."""
        return [self._location] if self._location is not None else []

    def acknowledge(self) -> None:
        """Take the registry's present state as known: the caller has just shown it."""
        if self._location is not None:
            self._reported = self._seen = self._signature()
            self._digest = self._contents_digest()

    # ----- polling ------------------------------------------------------------------------

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
        self._connection = None
        self._file_id = None

    def _signature(self) -> Signature:
        """(device, inode, data version) of the registry now; None when it cannot be read."""
        try:
            stat = Path(self._location).stat()
        except OSError:
            self._close()
            return None
        file_id = (stat.st_dev, stat.st_ino)
        try:
            if file_id != self._file_id:  # first look, or the file was replaced
                self._close()
                # Not read-only (mode=ro): a read-only connection cannot open a WAL database
                # whose -shm is gone. query_only: it never writes either.
                self._connection = sqlite3.connect(self._location, isolation_level=None,
                                                   timeout=0.2)
                self._connection.execute("PRAGMA query_only = 1")
                self._file_id = file_id
            version = self._connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as error:  # locked for a moment, or not a database any more
            LOG.debug("%s: cannot read the data version (%s)", self._location, error)
            return self._seen
        return (*file_id, int(version))

    def _poll(self) -> None:
        if self._location is None:
            return
        signature = self._signature()
        if signature != self._seen:  # changing: wait until it has settled
            self._seen = signature
            return
        if signature != self._reported and signature is not None:
            digest = self._contents_digest()
            if self._reported is None:  # the first state read: what the user sees now
                self._reported, self._digest = signature, digest
                return
            replaced = signature[:2] != self._reported[:2]
            self._reported = signature
            if digest == self._digest and not replaced:
                LOG.debug("%s: a commit without changes (ignored)", self._location)
                return
            self._digest = digest
            self._on_change(self._location)

    def _contents_digest(self) -> bytes | None:
        """A digest of every table the GeoPackage lists (rows in storage order)."""
        if self._connection is None:
            return None
        digest = hashlib.blake2b(digest_size=16)
        try:
            self._connection.execute("BEGIN")  # one snapshot of all tables
            try:
                tables = [row[0] for row in self._connection.execute(
                    "SELECT table_name FROM gpkg_contents ORDER BY table_name")]
                for table in tables:
                    digest.update(table.encode())
                    quoted = table.replace('"', '""')
                    for row in self._connection.execute(f'SELECT * FROM "{quoted}"'):
                        digest.update(repr(tuple(row)).encode())
            finally:
                self._connection.execute("COMMIT")
        except sqlite3.Error as error:
            LOG.debug("%s: cannot read the tables (%s)", self._location, error)
            return None
        return digest.digest()
