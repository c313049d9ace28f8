"""Many adds and updates in one signed transaction (a partner import): the history is signed
once, with the same author and note as record-by-record writes would give."""

from __future__ import annotations

import pytest

from plugin.registry.model import ProtectedArea, RecordError
from plugin.registry.store import RegistryStore
from tests.polygons import box_wkt


def _pa(pa_id: str, lon: float, status: str = "created") -> ProtectedArea:
    return ProtectedArea.parse(dict(pa_id=pa_id, name_en=pa_id, iso3="KAZ", status=status,
                                    geometry=box_wkt(lon, 42)))


def test_signed_writes_sign_every_history_row_once(empty_registry):
    with RegistryStore.open(empty_registry) as store:
        store.add(_pa("KAZ-OLD", 60), changed_by="earlier", note="before")
        with store.signed_writes(changed_by="analyst", note="partner package X"):
            store.add(_pa("KAZ-A", 61), changed_by="ignored", note="ignored")
            with store.signed_writes(changed_by="inner", note="inner"):  # joins the outer
                store.add(_pa("KAZ-B", 62))
            store.update(_pa("KAZ-OLD", 60, status="draft"))
        signed = {(h.entity_id, h.new_status): (h.changed_by, h.note) for h in store.history()}
    assert signed == {("KAZ-OLD", "created"): ("earlier", "before"),
                      ("KAZ-A", "created"): ("analyst", "partner package X"),
                      ("KAZ-B", "created"): ("analyst", "partner package X"),
                      ("KAZ-OLD", "draft"): ("analyst", "partner package X")}


def test_a_refused_record_rolls_back_the_whole_signed_transaction(empty_registry):
    with RegistryStore.open(empty_registry) as store:
        with pytest.raises(RecordError), store.signed_writes(changed_by="a", note="n"):
            store.add(_pa("KAZ-A", 61))
            store.add(_pa("kaz-a", 62))  # the same id in another case
        assert store.protected_areas() == []
        store.add(_pa("KAZ-C", 63), changed_by="later", note="one by one")  # signs again
        assert [(h.changed_by, h.note) for h in store.history()] == [("later", "one by one")]
