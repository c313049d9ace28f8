"""Counts an analyst reads first: networks and PAs by status and by country, area by status."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..i18n import format_number, tr
from .backend import RegistryBackend
from .catalogue import STATUS_DISPLAY_ORDER


@dataclass
class RegistrySummary:
    """Counts and areas of one registry."""

    title: str
    networks_by_status: Counter = field(default_factory=Counter)
    pas_by_status: Counter = field(default_factory=Counter)
    pas_by_country: Counter = field(default_factory=Counter)
    area_km2_by_status: Counter = field(default_factory=Counter)
    sites: int = 0
    releases: int = 0

    def lines(self) -> list[str]:
        """Summary as text lines for the command line."""
        def by_status(counter: Counter) -> str:
            return ", ".join(f"{s.label()} {counter.get(s.value, 0)}" for s in STATUS_DISPLAY_ORDER)

        return [
            self.title,
            tr("Networks: {total} ({detail})").format(
                total=sum(self.networks_by_status.values()),
                detail=by_status(self.networks_by_status)),
            tr("Protected areas: {total} ({detail})").format(
                total=sum(self.pas_by_status.values()), detail=by_status(self.pas_by_status)),
            tr("Protected areas by country: {detail}").format(
                detail=", ".join(f"{k} {v}" for k, v in sorted(self.pas_by_country.items()))),
            tr("Area by status (km2): {detail}").format(
                detail=", ".join(
                    f"{s.label()} {format_number(self.area_km2_by_status.get(s.value, 0))}"
                    for s in STATUS_DISPLAY_ORDER)),
            tr("Reintroduction sites: {sites}, releases: {releases}").format(
                sites=self.sites, releases=self.releases),
        ]


def summarise(store: RegistryBackend) -> RegistrySummary:
    """Count what ``store`` holds (reads rows directly: fast on large registries)."""
    summary = RegistrySummary(title=store.title)
    for status, count in store.query("SELECT status, count(*) FROM networks GROUP BY status"):
        summary.networks_by_status[status] = count
    for status, iso3, count, area in store.query(
        "SELECT status, iso3, count(*), coalesce(sum(area_km2), 0.0) FROM protected_areas "
        "GROUP BY 1, 2"
    ):
        summary.pas_by_status[status] += count
        summary.pas_by_country[iso3] += count
        summary.area_km2_by_status[status] += area
    # Through the store, not SQL: a shared registry shows partners sensitive sites in a view.
    summary.sites = len(store.rows("reintroduction_sites"))
    summary.releases = store.query("SELECT count(*) FROM releases")[0][0]
    return summary
