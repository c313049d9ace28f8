"""Reintroduction programmes read from a registry: sites, their releases and totals per species.

Plain values out of any registry backend, so the command line, the demo and the dock view show
the same numbers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..registry.catalogue import REINTRODUCED_SPECIES, SPECIES
from ..registry.model import ReintroductionSite, Release

#: Colour of each reintroduced species (site symbol frames, chart bars).
SPECIES_COLOURS = {
    "przewalski_horse": "#8c5a1e",
    "kulan": "#d4a017",
    "bukhara_deer": "#2e7d32",
    "tiger": "#d35400",
}


@dataclass
class SiteProgramme:
    """One site with its releases, oldest first."""

    site: ReintroductionSite
    releases: list[Release] = field(default_factory=list)

    @property
    def animals(self) -> int:
        """Animals released at the site."""
        return sum(r.animals for r in self.releases)


@dataclass
class SpeciesProgramme:
    """The reintroduction programme of one species."""

    species: str
    sites: list[SiteProgramme] = field(default_factory=list)

    @property
    def releases(self) -> list[Release]:
        """Every release of the species, in date order."""
        return sorted((r for s in self.sites for r in s.releases),
                      key=lambda r: (r.release_date, r.site_id))

    @property
    def release_events(self) -> int:
        """Number of release events."""
        return sum(len(s.releases) for s in self.sites)

    @property
    def animals(self) -> int:
        """Animals released in all."""
        return sum(s.animals for s in self.sites)

    @property
    def first_year(self) -> int | None:
        """Year of the first release (None before any)."""
        return min((r.year for r in self.releases), default=None)

    @property
    def last_year(self) -> int | None:
        """Year of the latest release (None before any)."""
        return max((r.year for r in self.releases), default=None)

    def animals_per_year(self) -> dict[int, int]:
        """Animals released each year with a release."""
        years: dict[int, int] = defaultdict(int)
        for release in self.releases:
            years[release.year] += release.animals
        return dict(sorted(years.items()))

    def name(self, language: str) -> str:
        """Species name in ``language``."""
        info = SPECIES.get(self.species)
        return info.name(language) if info else self.species


def read_programmes(store) -> list[SpeciesProgramme]:
    """Programmes of every reintroduced species (each listed, even without sites), then of any
    other species that has sites, in catalogue order."""
    by_site = {}
    programmes = {key: SpeciesProgramme(key) for key in REINTRODUCED_SPECIES}
    for site in store.sites():
        entry = SiteProgramme(site)
        by_site[site.site_id] = entry
        programmes.setdefault(site.species, SpeciesProgramme(site.species)).sites.append(entry)
    for release in store.releases():
        if release.site_id in by_site:
            by_site[release.site_id].releases.append(release)
    for entry in by_site.values():
        entry.releases.sort(key=lambda r: r.release_date)
    order = list(SPECIES)
    return sorted(programmes.values(), key=lambda p: order.index(p.species)
                  if p.species in order else len(order))


def animals_per_year(programmes: list[SpeciesProgramme]) -> dict[str, dict[int, int]]:
    """Animals released per year per species (species without releases left out)."""
    return {p.species: p.animals_per_year() for p in programmes if p.release_events}
