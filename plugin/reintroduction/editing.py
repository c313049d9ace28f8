"""Adding releases and sites from a form: values are validated by the models and the store.

A refused value raises :class:`~plugin.registry.model.RecordError` naming table, record and
field, before anything is written; a written record is one transaction.
"""

from __future__ import annotations

from typing import Any

from ..registry.model import ReintroductionSite, Release


def add_release(store, values: dict[str, Any], *, changed_by: str | None = None) -> Release:
    """Validate and add a release (animals a positive whole number, date YYYY-MM[-DD])."""
    release = Release.parse(values)
    with store.transaction():
        store.add(release, changed_by=changed_by)
    return release


def add_site(store, values: dict[str, Any], *, changed_by: str | None = None
             ) -> ReintroductionSite:
    """Validate and add a site; it must lie in a range state, its PA is found when not given."""
    site = ReintroductionSite.parse(values)
    with store.transaction():
        store.add(site, changed_by=changed_by)
    return site
