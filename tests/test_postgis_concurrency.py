"""Several agencies editing the same records at once lose no update and leave full history."""

from __future__ import annotations

import itertools
import logging
import multiprocessing

import pytest

from plugin.registry.model import ProtectedArea
from plugin.registry.store import create_registry, open_registry
from tests.polygons import box_wkt

pytestmark = pytest.mark.postgis

WORKERS = 8
EDITS = 200
PA_IDS = ("KAZ-A", "KAZ-B", "KAZ-C", "KAZ-D")
NEXT_STATUS = {"planned": "draft", "draft": "created", "created": "planned"}


def edit_many(location: str, worker: int) -> int:
    """Make EDITS read-change-write edits, re-reading after a stale refusal; return refusals."""
    from plugin.qgis_runtime import ensure_qgis_app
    from plugin.registry.catalogue import Status
    from plugin.registry.postgis_store import StaleRecordError

    ensure_qgis_app()
    refused = 0
    with open_registry(location) as store:
        for edit in range(EDITS):
            pa_id = PA_IDS[(worker + edit) % len(PA_IDS)]
            while True:
                pa = store.get(ProtectedArea, pa_id)
                changed = pa.model_copy(update={
                    "notes": f"{pa.notes} w{worker}e{edit}".strip(),
                    "status": Status(NEXT_STATUS[pa.status.value])})
                try:
                    store.update(changed, changed_by=f"worker {worker}", note=f"edit {edit}")
                    break
                except StaleRecordError:
                    refused += 1
    return refused


def test_eight_processes_lose_no_update_and_history_is_complete(postgis_database, qgis_app):
    with create_registry(postgis_database, "Concurrent") as store:
        for number, pa_id in enumerate(PA_IDS):
            store.add(ProtectedArea.parse(dict(pa_id=pa_id, name_en=pa_id, iso3="KAZ",
                                               status="planned",
                                               geometry=box_wkt(60 + 2 * number, 45))))
    context = multiprocessing.get_context("spawn")
    with context.Pool(WORKERS) as pool:
        refused = pool.starmap(edit_many, [(postgis_database, w) for w in range(WORKERS)])
    with open_registry(postgis_database) as store:
        tokens = []
        for pa in store.protected_areas():
            tokens += pa.notes.split()
        expected = {f"w{w}e{e}" for w in range(WORKERS) for e in range(EDITS)}
        assert len(tokens) == WORKERS * EDITS  # each edit kept once, none overwritten
        assert set(tokens) == expected
        versions = store.query("SELECT sum(row_version - 1) FROM protected_areas")[0][0]
        assert versions == WORKERS * EDITS
        history = store.history()
        assert len(history) == len(PA_IDS) + WORKERS * EDITS
        for worker in range(WORKERS):
            signed = [h for h in history if h.changed_by == f"worker {worker}"]
            assert sorted(int(h.note.split()[1]) for h in signed) == list(range(EDITS))
        for pa_id in PA_IDS:  # every history row continues from the previous one
            chain = store.history("protected_area", pa_id)
            for before, after in itertools.pairwise(chain):
                assert after.old_status == before.new_status
    logging.getLogger(__name__).info("stale copies refused and re-read: %d", sum(refused))
