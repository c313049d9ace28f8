"""Check a registry file against the contract and list every problem found (not just the first)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..i18n import tr
from .backend import RegistryBackend, redact_location
from .model import (
    Network,
    NetworkMember,
    ProtectedArea,
    RangeState,
    RecordError,
    RegistryRecord,
    ReintroductionSite,
    Release,
)
from .schema import TABLES
from .store import RegistryError, open_registry

_MODELS: tuple[type[RegistryRecord], ...] = (
    RangeState, ProtectedArea, Network, NetworkMember, ReintroductionSite, Release)
_AREA_TOLERANCE = 0.001  # relative


@dataclass(frozen=True)
class Problem:
    """One finding: where, and what is wrong."""

    table: str
    record_id: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.table} '{self.record_id}'" if self.record_id else self.table
        if self.field:
            return f"{where}, {self.field}: {self.message}"
        return f"{where}: {self.message}"


def validate_registry(path: Path | str) -> list[Problem]:
    """Every problem of the registry at ``path`` (a GeoPackage or a PostgreSQL connection);
    an empty list means it is valid."""
    try:
        store = open_registry(path)
    except RegistryError as error:
        return [Problem(redact_location(path), "", "", str(error))]
    with store:
        problems = _check_tables(store)
        if problems:
            return problems
        ids: dict[str, set[str]] = {}
        records: dict[str, list] = {}
        for model in _MODELS:
            records[model.table] = []
            seen: set[str] = set()
            for values in store.rows(model.table):
                try:
                    record = model.parse(values)
                except RecordError as error:
                    problems.append(Problem(error.table, error.record_id, error.field,
                                            error.problem))
                    # Present though invalid: references to it are not reported again.
                    seen.add(str(values.get(model.id_field)))
                    continue
                if record.record_id in seen and model not in (Release,):
                    problems.append(Problem(model.table, record.record_id, model.id_field,
                                            tr("duplicated identifier")))
                seen.add(record.record_id)
                records[model.table].append((record, values))
            ids[model.table] = seen
        problems += _check_references(ids, records)
        for record, values in records["protected_areas"]:
            stored = values.get("area_km2")
            if stored is None or abs(stored - record.area_km2) > _AREA_TOLERANCE * max(
                    record.area_km2, 1.0):
                problems.append(Problem("protected_areas", record.record_id, "area_km2",
                                        tr("stored area {stored} km2 differs from the geodesic "
                                           "area {area} km2").format(stored=stored,
                                                                     area=record.area_km2)))
    return problems


def _check_tables(store: RegistryBackend) -> list[Problem]:
    problems = []
    existing = store.table_names()
    for spec in TABLES.values():
        if spec.name not in existing:
            problems.append(Problem(spec.name, "", "", tr("the table is missing")))
            continue
        columns = store.column_names(spec.name)
        for name in spec.field_names + (["geom"] if spec.geometry_type else []):
            if name not in columns:
                problems.append(Problem(spec.name, "", name, tr("the field is missing")))
    return problems


def _check_references(ids: dict[str, set[str]], records: dict[str, list]) -> list[Problem]:
    problems = []
    pas, networks, sites = ids["protected_areas"], ids["networks"], ids["reintroduction_sites"]
    for member, _ in records["network_members"]:
        if member.network_id not in networks:
            problems.append(Problem("network_members", member.record_id, "network_id",
                                    tr("no network '{value}'").format(value=member.network_id)))
        if member.pa_id not in pas:
            problems.append(Problem("network_members", member.record_id, "pa_id",
                                    tr("no protected area '{value}'").format(value=member.pa_id)))
    for site, _ in records["reintroduction_sites"]:
        if site.pa_id and site.pa_id not in pas:
            problems.append(Problem("reintroduction_sites", site.record_id, "pa_id",
                                    tr("no protected area '{value}'").format(value=site.pa_id)))
    for release, _ in records["releases"]:
        if release.site_id not in sites:
            problems.append(Problem("releases", release.record_id, "site_id",
                                    tr("no reintroduction site '{value}'").format(
                                        value=release.site_id)))
    return problems
