"""Copy a whole registry between backends: a GeoPackage into PostGIS and back.

An analyst takes a GeoPackage into the field and brings it back; the copy keeps every record,
the status history (who, when, why) and the metadata. The destination is written whole or not
at all: a failed copy leaves no half-filled registry behind.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from .backend import COPY_ORDER, is_postgis_location
from .store import create_registry, open_registry


def copy_registry(source: str | os.PathLike, destination: str | os.PathLike, *,
                  overwrite: bool = False) -> Counter:
    """Copy ``source`` into a new registry at ``destination``; return rows copied per table.

    Raises RegistryError (the destination exists, cannot be reached, refuses a write) and
    RecordError (a record of the source breaks the contract).
    """
    with open_registry(source) as origin:
        records = list(origin.iter_all_records())
        history = origin.history()
        meta = origin.meta()
    counts = Counter({model.table: 0 for model in COPY_ORDER})
    counts.update(record.table for record in records)
    counts["status_history"] = len(history)
    title = meta.get("title") or str(source)
    target = create_registry(destination, title, records, overwrite=overwrite)
    try:
        with target.transaction():
            target.replace_history(history)
            for key, value in meta.items():
                if key != "schema_version":
                    target.set_meta(key, value)
    except BaseException:
        _discard(target, destination)
        raise
    target.close()
    return counts


def _discard(target, destination: str | os.PathLike) -> None:
    """Remove a registry whose copy failed half-way."""
    if is_postgis_location(destination):
        target.drop()
        target.close()
    else:
        target.close()
        Path(destination).unlink(missing_ok=True)
