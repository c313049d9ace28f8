"""Cross-border gap analysis: where the network of protected areas has a hole at a border.

Public API (work in progress; names fixed): :class:`GapParameters`, :class:`CrossBorderGap`,
:func:`find_cross_border_gaps`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsFeedback, QgsGeometry

from ..registry.catalogue import SPECIES, Status

GAP_TYPES = ("unpaired_border_pa", "network_missing_state", "network_status_ahead",
             "site_dispersal_unprotected")


def default_dispersal_km() -> dict[str, float]:
    """Dispersal distance of each species from the catalogue."""
    return {key: species.dispersal_km for key, species in SPECIES.items()}


@dataclass
class GapParameters:
    """What counts as a gap: distances in km (geodesic) and the statuses that take part."""

    border_km: float = 25.0
    partner_km: float = 50.0
    statuses: frozenset[Status] = field(default_factory=lambda: frozenset(Status))
    dispersal_km: dict[str, float] = field(default_factory=default_dispersal_km)

    def validate(self) -> None:
        """Raise ValueError with a translated message when a parameter is wrong."""


@dataclass
class CrossBorderGap:
    """One flag of the analysis; ``geometry`` in EPSG:4326."""

    gap_type: str
    iso3: str
    neighbour: str | None
    pa_id: str | None
    network_id: str | None
    site_id: str | None
    species: str | None
    distance_km: float | None
    message: str
    geometry: QgsGeometry


def find_cross_border_gaps(store, parameters: GapParameters,
                           feedback: QgsFeedback | None = None) -> list[CrossBorderGap]:
    """Every gap of the registry in ``store`` under ``parameters``."""
    raise NotImplementedError
