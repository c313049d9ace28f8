"""Merging a partner's package into the registry: all checked first, then one transaction.

Every feature is mapped (our field names or WDPA's), reprojected to EPSG:4326, repaired when
its geometry is merely invalid, and validated by the registry's models. Any refusal stops the
import before the registry is touched, listing every problem with file, layer, feature and
field. The merge then adds new records, skips identical ones (geometry within 1 m), updates
changed ones (status changes go to ``status_history`` through the triggers) and reports
conflicts (same id but another country, or an outline far away) without touching them.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from qgis.core import QgsFeedback, QgsGeometry

from ..i18n import tr
from ..qgis_compat import GEOMETRY_POLYGON
from ..registry.backend import RegistryError
from ..registry.catalogue import RANGE_STATES
from ..registry.geojson import geometry_from_mapping
from ..registry.model import (
    Network,
    NetworkMember,
    ProtectedArea,
    RecordError,
    RegistryRecord,
    ReintroductionSite,
    Release,
)
from ..registry.site_placement import place_site
from ..registry.store import current_user
from .field_mapping import (
    GAPS,
    NETWORKS,
    PROTECTED_AREAS,
    SITES,
    STATUS_FROM_WDPA,
    layer_fields,
)
from .geometry_repair import RepairError, geos_reason, repair_polygon
from .package_reader import (
    PackageError,
    ReadLimits,
    ShapefileLayer,
    opened_package,
    read_csv_table,
    read_shapefile,
    verify_manifest,
)
from .partner_package import ExchangeCancelledError
from .reprojection import (
    LocalMeter,
    TerritoryReach,
    centroid_distance_km,
    transform_between,
    transform_geometry,
    wgs84,
)

LOG = logging.getLogger(__name__)
#: ``ImportOptions.sender`` that accepts records of every country.
ALL_SENDERS = "ALL"


class PackageRefusedError(PackageError):
    """The package has problems; nothing was written. ``problems`` lists them all."""

    def __init__(self, package: str, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:20])
        more = len(problems) - 20
        text = tr("{package}: refused, {count} problem(s); the registry is unchanged:\n{shown}"
                  ).format(package=package, count=len(problems), shown=shown)
        if more > 0:
            text += "\n" + tr("  ... and {count} more").format(count=more)
        super().__init__(text)


@dataclass
class ImportOptions:
    """How to read and merge a package."""

    encoding: str | None = None
    crs: str | None = None
    dry_run: bool = False
    changed_by: str | None = None
    identical_m: float = 1.0
    conflict_km: float = 5.0
    limits: ReadLimits = field(default_factory=ReadLimits)
    #: ISO3 of the range state that sent the package (default: the partner of its manifest);
    #: ALL_SENDERS takes every country's records (a copy of a whole registry's package).
    sender: str | None = None


@dataclass(frozen=True)
class MergeAction:
    """One line of the report."""

    table: str
    record_id: str
    action: str  # added, updated, skipped, conflict, repaired, note
    detail: str = ""


@dataclass
class MergeReport:
    """What the import did (or, in a dry run, would do)."""

    package: str
    dry_run: bool
    actions: list[MergeAction] = field(default_factory=list)

    def add(self, table: str, record_id: str, action: str, detail: str = "") -> None:
        """Append one action."""
        self.actions.append(MergeAction(table, record_id, action, detail))

    def count(self, action: str, table: str | None = None) -> int:
        """Number of actions of a kind (optionally in one table)."""
        return sum(1 for a in self.actions
                   if a.action == action and (table is None or a.table == table))

    def of(self, action: str) -> list[MergeAction]:
        """Actions of a kind."""
        return [a for a in self.actions if a.action == action]

    def totals(self) -> str:
        """One line: how many records of each kind of action."""
        return tr("{added} added, {updated} updated, {skipped} identical, {conflicts} "
                  "conflict(s), {repaired} geometry repair(s)").format(
                      added=self.count("added"), updated=self.count("updated"),
                      skipped=self.count("skipped"), conflicts=self.count("conflict"),
                      repaired=self.count("repaired"))

    def lines(self) -> list[str]:
        """The report as text, the same for a dry run and a real one: the totals first, then
        what needs a look (conflicts), then what changes; identical records only counted."""
        head = (tr("Dry run of {package}: nothing was written") if self.dry_run
                else tr("Imported {package}")).format(package=self.package)
        lines = [head, self.totals()]
        labels = {"added": tr("added"), "updated": tr("updated"),
                  "conflict": tr("CONFLICT, left untouched"),
                  "repaired": tr("geometry repaired"), "note": tr("note")}
        for kind in ("conflict", "added", "updated", "repaired", "note"):
            for action in self.of(kind):
                text = f"  {action.table} '{action.record_id}': {labels[kind]}"
                lines.append(text + (f" ({action.detail})" if action.detail else ""))
        return lines


# ----- mapping shapefile fields to registry fields ---------------------------------------------


@functools.cache
def _aliases(layer: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(registry field, accepted shapefile names in upper case, ours before WDPA's), worked
    out once per layer."""
    aliases: dict[str, list[str]] = {}
    for wdpa in (False, True):
        for spec in layer_fields(layer, wdpa_names=wdpa):
            if spec.registry_field:
                names = aliases.setdefault(spec.registry_field, [])
                if spec.name.upper() not in names:
                    names.append(spec.name.upper())
    if layer == PROTECTED_AREAS:
        aliases["status"] = ["REG_STATUS", "STATUS"]
        aliases["pa_id"] = ["PA_ID", "TBPA_ID"]
    if layer == NETWORKS:
        aliases["network_id"] = ["NET_ID", "NETWORK_ID"]
    if layer == SITES:
        aliases["site_status"] = ["SITE_STAT", "SITE_STATUS"]
    return tuple((field, tuple(names)) for field, names in aliases.items())


def _classify(shp: ShapefileLayer) -> str | None:
    names = {n.upper() for n in shp.field_names}
    if "GAP_TYPE" in names:
        return GAPS
    if "SITE_ID" in names:
        return SITES
    if ("NET_ID" in names or "NETWORK_ID" in names) and "TBCA_TYPE" in names:
        return NETWORKS
    if names & {"PA_ID", "TBPA_ID", "WDPAID"}:
        return PROTECTED_AREAS
    return None


_MODELS: dict[str, type[RegistryRecord]] = {
    PROTECTED_AREAS: ProtectedArea, SITES: ReintroductionSite, NETWORKS: Network}


def _clean(value: Any) -> Any:
    """Text without surrounding blanks; None for text with nothing visible (zero-width only)."""
    if isinstance(value, str):
        value = value.strip()
        if not any(_visible(c) for c in value):
            return None
        return value
    return value


def _visible(character: str) -> bool:
    """Not a blank, a control or a format (zero-width) character."""
    return not character.isspace() and unicodedata.category(character) not in ("Cc", "Cf",
                                                                                 "Zs", "Zl",
                                                                                 "Zp")


def _values(layer: str, properties: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """(registry values, registry field -> shapefile field it came from)."""
    upper = {k.upper(): _clean(v) for k, v in properties.items()}
    spelled = {k.upper(): k for k in properties}  # messages name the field as the file does
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for registry_field, names in _aliases(layer):
        for name in names:
            if upper.get(name) is not None:
                values[registry_field], origin[registry_field] = upper[name], spelled[name]
                break
    if layer == PROTECTED_AREAS:
        status = values.get("status")
        if origin.get("status") == "STATUS" and str(status).lower() in STATUS_FROM_WDPA:
            values["status"] = STATUS_FROM_WDPA[str(status).lower()]
        if values.get("wdpa_id") in (0, "0"):
            values["wdpa_id"] = None
        if values.get("pa_id") is None and values.get("wdpa_id") and values.get("iso3"):
            values["pa_id"] = f"{values['iso3']}-WDPA-{values['wdpa_id']}"
            origin["pa_id"] = "WDPAID"
    if values.get("status_year") in (0, "0"):
        values["status_year"] = None
    return values, origin


# ----- reading the whole package --------------------------------------------------------------


@dataclass
class _Incoming:
    """Validated records of a package, in merge order, with what to report."""

    records: dict[str, list[RegistryRecord]] = field(default_factory=dict)
    generalised: set[str] = field(default_factory=set)
    repairs: list[MergeAction] = field(default_factory=list)
    notes: list[MergeAction] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: (table, id folded) -> where the record comes from, for messages of later checks.
    where: dict[tuple[str, str], str] = field(default_factory=dict)
    manifest: dict[str, Any] | None = None


def _where(shp: ShapefileLayer, number: int | None = None, field_name: str = "") -> str:
    text = tr("file {file}, layer {layer}").format(file=shp.path.name, layer=shp.name)
    if number is not None:
        text += tr(", feature {number}").format(number=number)
    if field_name:
        text += tr(", field {field}").format(field=field_name)
    return text


class _LazyText:
    """Text worked out when it is first formatted into a message (most never are)."""

    def __init__(self, make: Callable[[], str]) -> None:
        self._make = make

    def __str__(self) -> str:
        return self._make()

    def __format__(self, spec: str) -> str:
        return format(self._make(), spec)


def _prepare_geometry(shp: ShapefileLayer, layer: str, number: int, mapping: dict | None, *,
                      transform, incoming: _Incoming, record_id: str
                      ) -> QgsGeometry | None:
    model = _MODELS[layer]
    where = _LazyText(lambda: _where(shp, number, "geometry"))  # worded only for a problem
    if not mapping:
        incoming.problems.append(tr("{where}: the geometry is empty").format(where=where))
        return None
    try:
        geometry = transform_geometry(mapping if isinstance(mapping, QgsGeometry)
                                      else geometry_from_mapping(mapping), transform)
    except (ValueError, TypeError) as error:
        incoming.problems.append(tr("{where}: {error}").format(where=where, error=error))
        return None
    if geometry.isNull() or geometry.isEmpty():
        incoming.problems.append(tr("{where}: the geometry is empty").format(where=where))
        return None
    if geometry.isGeosValid():
        return geometry
    reason = geos_reason(geometry) or tr("invalid")
    if layer == SITES:
        incoming.problems.append(tr("{where}: the geometry is invalid ({reason})").format(
            where=where, reason=reason))
        return None
    if geometry.type() != GEOMETRY_POLYGON:
        return geometry  # the model names the wrong type
    try:
        repaired = repair_polygon(geometry)
    except RepairError as error:
        incoming.problems.append(tr("{where}: the geometry is invalid ({reason}) and cannot "
                                    "be repaired: {why}").format(where=where, reason=reason,
                                                                 why=error))
        return None
    incoming.repairs.append(MergeAction(model.table, record_id, "repaired", tr(
        "{where}: {reason}; repaired (rings noded, inside kept by the even-odd rule)").format(
            where=_where(shp, number), reason=reason)))
    return repaired


#: Largest whole number a registry column holds (SQLite and PostgreSQL bigint).
_MAX_INTEGER = (1 << 63) - 1
#: WDPA identifiers are positive and fit in 32 bits.
_MAX_WDPA_ID = (1 << 31) - 1


def _number_problems(values: dict[str, Any]) -> list[tuple[str, str]]:
    """(registry field, problem) for numbers the registry cannot hold faithfully."""
    problems = []
    for name in list(values):
        value = values[name]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if isinstance(value, float) and value.is_integer() and name in ("wdpa_id",
                                                                       "status_year"):
            values[name] = value = int(value)
        if isinstance(value, int) and abs(value) > _MAX_INTEGER:
            problems.append((name, tr("{value} is too large for this field").format(
                value=value)))
    wdpa = values.get("wdpa_id")
    if isinstance(wdpa, (int, float)) and not isinstance(wdpa, bool) and (
            wdpa < 0 or wdpa > _MAX_WDPA_ID or wdpa != int(wdpa)):
        problems.append(("wdpa_id", tr("{value} is not a WDPA identifier (a positive whole "
                                       "number)").format(value=wdpa)))
    return problems


def _read_layer(shp: ShapefileLayer, layer: str, incoming: _Incoming,
                long_texts: dict[tuple[str, str], dict[str, str]],
                seen: dict[tuple[str, str], str]) -> None:
    model = _MODELS[layer]
    transform = transform_between(shp.crs, wgs84())
    records = incoming.records.setdefault(model.table, [])
    problems: dict[int, list] = {}
    for problem in shp.problems:
        problems.setdefault(problem.number, []).append(problem)
    read = {n for n, _, _ in shp.features}
    long_fields = {spec.registry_field for wdpa in (False, True)
                   for spec in layer_fields(layer, wdpa_names=wdpa)
                   if spec.kind == "str" and spec.registry_field not in ("", model.id_field)}
    for problem in (p for p in shp.problems if p.number not in read):
        incoming.notes.append(MergeAction(model.table, "?", "note", tr("{where}: {problem}"
                                                                      ).format(
            where=_where(shp, problem.number), problem=problem.message)))
    for number, properties, mapping in shp.features:
        values, origin = _values(layer, properties)
        record_id = str(values.get(model.id_field) or "?")
        fatal = False
        for problem in problems.get(number, []):
            where = _where(shp, number, problem.field_name)
            if problem.fatal:
                incoming.problems.append(tr("{where}: {problem}").format(
                    where=where, problem=problem.message))
                fatal = True
            else:
                incoming.notes.append(MergeAction(model.table, record_id, "note", tr(
                    "{where}: {problem}").format(where=where, problem=problem.message)))
        for registry_field, text in long_texts.get((shp.name, record_id), {}).items():
            if registry_field in long_fields:  # long_texts.csv completes texts, nothing else
                values[registry_field] = text
        for registry_field, problem in _number_problems(values):
            incoming.problems.append(tr("{where}: {problem}").format(
                where=_where(shp, number, origin.get(registry_field, registry_field)),
                problem=problem))
            fatal = True
        key = (model.table, record_id.casefold())
        if record_id != "?" and key in seen:
            incoming.problems.append(tr("{where}: identifier '{id}' is also used by {other}"
                                        ).format(
                                            where=_where(shp, number, origin.get(
                                                model.id_field, model.id_field)),
                                            id=record_id, other=seen[key]))
            continue
        seen[key] = tr("{file}, feature {number}").format(file=shp.path.name, number=number)
        if fatal:
            continue
        geometry = None
        if layer != NETWORKS:
            geometry = _prepare_geometry(shp, layer, number, mapping, transform=transform,
                                         incoming=incoming, record_id=record_id)
            if geometry is None:
                continue
            values["geometry"] = geometry
        try:
            record = model.parse(values)
        except RecordError as error:
            registry_field = error.field.split(".")[0]  # "target_species.1": second item
            shapefile_field = origin.get(registry_field, registry_field)
            label = (shapefile_field if shapefile_field == registry_field else
                     f"{shapefile_field} ({registry_field})")
            incoming.problems.append(tr("{where}: {problem}").format(
                where=_where(shp, number, label), problem=error.problem))
            continue
        if layer == SITES and str(properties.get("generalsd") or "0").strip() in ("1", "1.0"):
            incoming.generalised.add(record.record_id)
        incoming.where[key] = _where(shp, number)
        records.append(record)


def _release_date_problem(text: str | None) -> str | None:
    """A release date that has the right form but does not exist (2024-02-31)."""
    parts = (text or "").strip().split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return None
    try:
        date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return tr("'{value}' is not a date of the calendar").format(value=text)
    return None


def _read_csv_records(path: Path | None, model: type[RegistryRecord], incoming: _Incoming,
                      encoding: str | None) -> None:
    if path is None:
        return
    rows = read_csv_table(path, encoding)
    records = incoming.records.setdefault(model.table, [])
    for line, row in enumerate(rows, start=2):
        values = {k: (_clean(v) if v is not None else None) for k, v in row.items()
                  if k is not None}
        if model is Release and (problem := _release_date_problem(values.get("release_date"))):
            incoming.problems.append(tr("file {file}, line {line}, field {field}: {problem}"
                                        ).format(file=path.name, line=line,
                                                 field="release_date", problem=problem))
            continue
        try:
            records.append(model.parse(values))
        except RecordError as error:
            incoming.problems.append(tr("file {file}, line {line}, field {field}: {problem}"
                                        ).format(file=path.name, line=line, field=error.field,
                                                 problem=error.problem))


def _files(folder: Path, recursive: bool) -> list[Path]:
    found = folder.rglob("*") if recursive else folder.glob("*")
    return sorted(p for p in found if not p.is_dir())


def _single(files: list[Path], folder: Path, name: str) -> Path | None:
    """The package's one file called ``name`` (any letter case); ambiguous ones refused."""
    matches = [p for p in files if p.name.lower() == name]
    if len(matches) > 1:
        raise PackageError(tr("the package holds {name} more than once ({files}): it is "
                              "ambiguous which one counts; send one package per zip").format(
                                  name=name, files=", ".join(
                                      p.relative_to(folder).as_posix() for p in matches)))
    return matches[0] if matches else None


def _check_layer_names(shapefiles: list[Path], folder: Path) -> None:
    """Refuse two shapefiles that name the same layer (old/x.shp and new/X.shp)."""
    by_layer: dict[str, Path] = {}
    for path in shapefiles:
        key = path.stem.casefold()
        if key in by_layer:
            raise PackageError(tr("{first} and {second} are the same layer twice: it is "
                                  "ambiguous which one counts; refused").format(
                                      first=by_layer[key].relative_to(folder).as_posix(),
                                      second=path.relative_to(folder).as_posix()))
        by_layer[key] = path


def read_package(folder: Path, options: ImportOptions, feedback: QgsFeedback | None = None,
                 *, recursive: bool = True) -> _Incoming:
    """Every record of the package, validated; problems collected, nothing written."""
    incoming = _Incoming()
    files = _files(folder, recursive)
    manifest = _single(files, folder, "manifest.json")
    if manifest is not None:
        incoming.manifest = verify_manifest(folder, options.limits, manifest)
    # (layer, record id) -> {registry field: full text}: looked up once per feature.
    long_texts: dict[tuple[str, str], dict[str, str]] = {}
    long_path = _single(files, folder, "long_texts.csv")
    if long_path is not None:
        for row in read_csv_table(long_path):
            long_texts.setdefault((row.get("layer") or "", row.get("id") or ""), {})[
                row.get("registry_field") or ""] = row.get("text") or ""
    shapefiles = [p for p in files if p.suffix.lower() == ".shp"]
    _check_layer_names(shapefiles, folder)
    members_path = _single(files, folder, "network_members.csv")
    releases_path = _single(files, folder, "releases.csv")
    if not shapefiles and members_path is None and releases_path is None:
        raise PackageError(tr("{folder}: no shapefile in the package").format(
            folder=folder.name))
    layers: list[tuple[ShapefileLayer, str]] = []
    for index, path in enumerate(shapefiles):
        if feedback is not None:
            if feedback.isCanceled():
                raise ExchangeCancelledError(tr("Import cancelled; nothing was written"))
            feedback.setProgress(50.0 * index / len(shapefiles))
        try:
            shp = read_shapefile(path, encoding=options.encoding, crs=options.crs)
        except PackageError as error:
            incoming.problems.append(str(error))
            continue
        folded = [name.casefold() for name in shp.field_names]
        twice = sorted({n for n in shp.field_names if folded.count(n.casefold()) > 1})
        if twice:
            incoming.problems.append(tr("{where}: the fields {fields} differ only in letter "
                                        "case; it is ambiguous which one counts").format(
                                            where=_where(shp), fields=", ".join(twice)))
            continue
        layer = _classify(shp)
        if layer is None:
            incoming.problems.append(tr("{where}: not a registry layer (no pa_id, TBPA_ID, "
                                        "WDPAID, site_id or net_id field)").format(
                                            where=_where(shp)))
        elif layer == GAPS:
            incoming.notes.append(MergeAction(GAPS, shp.name, "note", tr(
                "gap layers are results of the analysis; not imported")))
        else:
            layers.append((shp, layer))
    order = {PROTECTED_AREAS: 0, NETWORKS: 1, SITES: 2}
    seen: dict[tuple[str, str], str] = {}
    for shp, layer in sorted(layers, key=lambda item: order[item[1]]):
        _read_layer(shp, layer, incoming, long_texts, seen)
    _read_csv_records(members_path, NetworkMember, incoming, options.encoding)
    _read_csv_records(releases_path, Release, incoming, options.encoding)
    return incoming


# ----- merging --------------------------------------------------------------------------------


def _comparable(record: RegistryRecord) -> dict[str, Any]:
    # The base row: no computed area (a geodesic area per comparison was most of the time).
    return RegistryRecord.row(record)


def _differences(old: RegistryRecord, new: RegistryRecord) -> list[str]:
    before, after = _comparable(old), _comparable(new)
    return [f"{name}: {_shown(before.get(name))} -> {_shown(after.get(name))}"
            for name in after if before.get(name) != after.get(name)]


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "...'"


def _sender(incoming: _Incoming, options: ImportOptions) -> str | None:
    """Who sent the package: ``options.sender``, else the manifest's partner, else the one
    country of all its records; None when that is ambiguous (the caller refuses)."""
    if options.sender:
        return options.sender.upper()
    partner = (incoming.manifest or {}).get("partner")
    if isinstance(partner, str) and partner.strip():
        return partner.strip().upper()
    countries = {r.iso3 for table in ("protected_areas", "reintroduction_sites")
                 for r in incoming.records.get(table, [])}
    countries |= {state for n in incoming.records.get("networks", []) for state in
                  n.range_states} if not countries else set()
    return next(iter(countries)) if len(countries) == 1 else None


class _Registry:
    """The registry's records by id folded to lower case (ids compare case-insensitively)."""

    def __init__(self, store) -> None:
        # Raw rows, validated only for the records the package names (the registry may hold
        # tens of thousands).
        self.area_rows = {str(r["pa_id"]).casefold(): r for r in store.rows("protected_areas")}
        self.site_rows = {str(r["site_id"]).casefold(): r
                          for r in store.rows("reintroduction_sites")}
        self.networks = {n.network_id.casefold(): n for n in store.networks()}
        self._parsed: dict[tuple[str, str], RegistryRecord] = {}
        self.members = {(m.network_id.casefold(), m.pa_id.casefold()) for m in store.members()}
        self.releases = {tuple(r.row().values()) for r in store.releases()}
        self.states = [(row["iso3"], row.get("geometry")) for row in store.rows("range_states")]
        self._engines: dict[str, TerritoryReach] = {}
        self.meter = LocalMeter()  # one UTM transform per zone for the whole merge

    def state(self, iso3: str) -> QgsGeometry | None:
        """The borders of ``iso3`` in the registry (None when it has none)."""
        return next((g for code, g in self.states if code == iso3 and g is not None), None)

    def reach(self, iso3: str) -> TerritoryReach:
        """``iso3``'s borders prepared for "within the tolerance of it" (made once)."""
        if iso3 not in self._engines:
            self._engines[iso3] = TerritoryReach(self.state(iso3), COUNTRY_TOLERANCE_KM)
        return self._engines[iso3]

    def existing(self, record: RegistryRecord) -> RegistryRecord | None:
        """The registry's record with the same id (any letter case)."""
        key = record.record_id.casefold()
        if isinstance(record, Network):
            return self.networks.get(key)
        rows = self.area_rows if isinstance(record, ProtectedArea) else self.site_rows
        if key not in rows:
            return None
        if (record.table, key) not in self._parsed:
            self._parsed[(record.table, key)] = type(record).parse(rows[key])
        return self._parsed[(record.table, key)]


def _respelled(record: RegistryRecord, existing: RegistryRecord | None, report: MergeReport
               ) -> RegistryRecord:
    """``record`` under the registry's spelling of its id (``kaz-x`` is ``KAZ-X``)."""
    if existing is None or existing.record_id == record.record_id:
        return record
    report.add(record.table, existing.record_id, "note", tr(
        "the package writes the identifier as '{theirs}'; the registry's '{ours}' is kept"
    ).format(theirs=record.record_id, ours=existing.record_id))
    return type(record).parse({**dict(record), record.id_field: existing.record_id})


def _foreign(report: MergeReport, record: RegistryRecord, owner: str, sender: str,
             existing: RegistryRecord | None) -> None:
    report.add(record.table, record.record_id, "conflict", tr(
        "a record of {owner} in a package from {sender}: a proposal, not applied ({what})"
    ).format(owner=owner, sender=sender,
             what=tr("new") if existing is None else "; ".join(
                 _differences(existing, record)) or tr("changed geometry")))


def _plan_spatial(registry: _Registry, incoming_record, options: ImportOptions,
                  report: MergeReport, *, generalised: bool, sender: str, incoming: _Incoming
                  ) -> tuple[str, RegistryRecord] | None:
    """Compare a PA or site with the registry's; return (add|update, record) or None."""
    existing = registry.existing(incoming_record)
    record = _respelled(incoming_record, existing, report)
    allowed = sender in (ALL_SENDERS, record.iso3)
    if existing is None:
        if not allowed:
            _foreign(report, record, record.iso3, sender, None)
            return None
        if not _in_own_country(registry, record, incoming):
            return None
        detail = tr("location generalised by the sender") if generalised else ""
        report.add(record.table, record.record_id, "added", detail)
        return "add", record
    if existing.iso3 != record.iso3:
        report.add(record.table, record.record_id, "conflict", tr(
            "country {ours} in the registry, {theirs} in the package").format(
                ours=existing.iso3, theirs=record.iso3))
        return None
    if generalised:
        # A generalised point is not a location: keep ours, compare the rest.
        same_geometry, outline_m = True, 0.0
    else:
        bound = "exact"
        if _same_vertices(existing.geometry, record.geometry):  # nothing to measure
            apart_km = outline_m = 0.0
        else:
            apart_km = centroid_distance_km(existing.geometry, record.geometry)
            outline_m, bound = registry.meter.outline_difference_m(
                existing.geometry, record.geometry, options.identical_m,
                options.conflict_km * 1000)
        if apart_km > options.conflict_km or outline_m > options.conflict_km * 1000 or \
                bound == "more_than":
            detail = (tr("geometry far from the registry's: centres {km:.1f} km apart, outlines "
                         "differ by more than {outline:.1f} km") if bound == "more_than" else
                      tr("geometry far from the registry's: centres {km:.1f} km apart, outlines "
                         "differ by up to {outline:.1f} km"))
            report.add(record.table, record.record_id, "conflict", detail.format(
                km=apart_km, outline=outline_m / 1000))
            return None
        same_geometry = outline_m <= options.identical_m
    if same_geometry:
        record = type(record).parse({**dict(record), "geometry": existing.geometry})
    changes = _differences(existing, record)
    if same_geometry and not changes:
        report.add(record.table, record.record_id, "skipped")
        return None
    if not allowed:
        _foreign(report, record, existing.iso3, sender, existing)
        return None
    if not same_geometry:
        if not _in_own_country(registry, record, incoming):
            return None
        changes.append(tr("geometry moved by up to {metres:.0f} m").format(metres=outline_m))
    report.add(record.table, record.record_id, "updated", "; ".join(changes))
    return "update", record


def _same_vertices(geometry: QgsGeometry, other: QgsGeometry) -> bool:
    """The same vertices, whatever the ring orientation and first vertex (a shapefile writes
    outer rings clockwise): exact, linear, and far cheaper than a Hausdorff distance."""
    if geometry.constGet().nCoordinates() != other.constGet().nCoordinates():
        return False
    first, second = QgsGeometry(geometry), QgsGeometry(other)
    first.normalize()
    second.normalize()
    return first.equals(second)


#: Tolerance of "the outline lies in its own country" (the shipped borders are generalised).
COUNTRY_TOLERANCE_KM = 10.0


def _in_own_country(registry: _Registry, record: RegistryRecord, incoming: _Incoming) -> bool:
    """Whether a PA's outline reaches its own country; a problem (refusal) when not.

    Catches a wrong .prj (UTM metres read as degrees), swapped axes or a wrong country code.
    Sites are placed by the registry's own rule (inside a range state).
    """
    if not isinstance(record, ProtectedArea):
        return True
    state = registry.state(record.iso3)
    if state is None:
        return True
    if registry.reach(record.iso3).reaches(record.geometry):  # indexed: no full scan
        return True
    centre = record.geometry.centroid().asPoint()
    where = incoming.where.get(("protected_areas", record.pa_id.casefold()),
                               tr("protected area {id}").format(id=record.pa_id))
    incoming.problems.append(tr(
        "{where}, field geometry: the outline (centre {x:.4f}, {y:.4f}) lies outside {iso3}, "
        "its own country: a wrong .prj or coordinates?").format(
            where=where, x=centre.x(), y=centre.y(), iso3=record.iso3))
    return False


def plan_merge(store, incoming: _Incoming, options: ImportOptions, report: MergeReport
               ) -> list[tuple[str, RegistryRecord]]:
    """The writes that merging ``incoming`` needs; the report says why for each record.

    A package from partner X adds or changes only records of X (and networks that list X);
    the rest are reported as conflicts (proposals) and never applied.
    """
    writes: list[tuple[str, RegistryRecord]] = []
    report.actions += incoming.repairs + incoming.notes
    registry = _Registry(store)
    sender = _sender(incoming, options)
    if sender is not None and sender != ALL_SENDERS and sender not in RANGE_STATES:
        incoming.problems.append(tr(
            "unknown range state '{value}' as the sender of the package (expected one of "
            "{known}, or ALL)").format(value=sender, known=", ".join(RANGE_STATES)))
        return writes
    if sender is None:
        incoming.problems.append(tr(
            "the package holds records of several countries and does not say who sent it; "
            "name the sending range state (--from ISO3, or --from ALL for a copy of a whole "
            "registry)"))
        return writes
    pa_ids = {key: str(row["pa_id"]) for key, row in registry.area_rows.items()}
    for area in incoming.records.get("protected_areas", []):
        planned = _plan_spatial(registry, area, options, report, generalised=False,
                                sender=sender, incoming=incoming)
        if planned:
            writes.append(planned)
            pa_ids.setdefault(planned[1].pa_id.casefold(), planned[1].pa_id)
    network_ids = {key: n.network_id for key, n in registry.networks.items()}
    network_states = {key: set(n.range_states) for key, n in registry.networks.items()}
    for incoming_network in incoming.records.get("networks", []):
        existing = registry.existing(incoming_network)
        network = _respelled(incoming_network, existing, report)
        allowed = sender == ALL_SENDERS or (sender in network.range_states and (
            existing is None or sender in existing.range_states))
        if existing is None:
            if not allowed:
                _foreign(report, network, "/".join(network.range_states), sender, None)
                continue
            report.add(network.table, network.record_id, "added")
            writes.append(("add", network))
            network_ids[network.network_id.casefold()] = network.network_id
            network_states[network.network_id.casefold()] = set(network.range_states)
        elif changes := _differences(existing, network):
            if not allowed:
                _foreign(report, network, "/".join(existing.range_states), sender, existing)
                continue
            report.add(network.table, network.record_id, "updated", "; ".join(changes))
            writes.append(("update", network))
        else:
            report.add(network.table, network.record_id, "skipped")
    members = set(registry.members)
    proposed = {a.record_id.casefold() for a in report.of("conflict")}
    for member in incoming.records.get("network_members", []):
        key = (member.network_id.casefold(), member.pa_id.casefold())
        if key in members:
            report.add(member.table, member.record_id, "skipped")
            continue
        if key[0] not in network_ids or key[1] not in pa_ids:
            if key[0] in proposed or key[1] in proposed:
                report.add(member.table, member.record_id, "conflict", tr(
                    "names a record that was not applied"))
                continue
            incoming.problems.append(tr(
                "file network_members.csv: member {pair} names a network or protected area "
                "that is neither in the package nor in the registry").format(
                    pair=member.record_id))
            continue
        if sender != ALL_SENDERS and sender not in network_states.get(key[0], set()):
            report.add(member.table, member.record_id, "conflict", tr(
                "a member of a network that does not list {sender}: a proposal, not applied"
            ).format(sender=sender))
            continue
        spelled = NetworkMember.parse({"network_id": network_ids[key[0]],
                                       "pa_id": pa_ids[key[1]]})
        members.add(key)
        report.add(spelled.table, spelled.record_id, "added")
        writes.append(("add", spelled))
    states = registry.states
    if not states and incoming.records.get("reintroduction_sites"):
        incoming.problems.append(tr(
            "the registry has no range states, so the package's reintroduction sites cannot be "
            "placed; create the registry with its range states first"))
    site_countries = {key: row.get("iso3") for key, row in registry.site_rows.items()}
    site_ids = {key: str(row["site_id"]) for key, row in registry.site_rows.items()}
    for site in incoming.records.get("reintroduction_sites", []):
        if site.pa_id and site.pa_id.casefold() not in pa_ids:
            if site.pa_id.casefold() in proposed:
                report.add(site.table, site.record_id, "conflict", tr(
                    "lies in protected area '{pa}', which was not applied").format(pa=site.pa_id))
                continue
            incoming.problems.append(tr(
                "layer reintroduction_sites, site {site}, field pa_id: no protected area "
                "'{pa}' in the package or the registry").format(site=site.site_id, pa=site.pa_id))
            continue
        if site.pa_id:
            site.pa_id = pa_ids[site.pa_id.casefold()]
        if states:
            try:
                place_site(site, states, [])
            except RecordError as error:
                incoming.problems.append(tr(
                    "layer reintroduction_sites, site {site}, field geometry: {problem}").format(
                        site=site.site_id, problem=error.problem))
                continue
        planned = _plan_spatial(registry, site, options, report,
                                generalised=site.site_id in incoming.generalised, sender=sender,
                                incoming=incoming)
        if planned:
            writes.append(planned)
            site_ids.setdefault(planned[1].site_id.casefold(), planned[1].site_id)
            site_countries.setdefault(planned[1].site_id.casefold(), planned[1].iso3)
    releases = set(registry.releases)
    for incoming_release in incoming.records.get("releases", []):
        site_key = incoming_release.site_id.casefold()
        release = incoming_release
        if site_key in site_ids:
            release = Release.parse({**release.row(), "site_id": site_ids[site_key]})
        key = tuple(release.row().values())
        if key in releases:
            report.add(release.table, release.record_id, "skipped",
                       release.release_date)
            continue
        if site_key not in site_ids:
            if site_key in proposed:
                report.add(release.table, release.record_id, "conflict", tr(
                    "release of {date} at a site that was not applied").format(
                        date=release.release_date))
                continue
            incoming.problems.append(tr(
                "file releases.csv: release of {date} names site '{site}', neither in the "
                "package nor in the registry").format(date=release.release_date,
                                                      site=release.site_id))
            continue
        if sender != ALL_SENDERS and site_countries.get(site_key) != sender:
            report.add(release.table, release.record_id, "conflict", tr(
                "release of {date} at a site of {owner} in a package from {sender}: a "
                "proposal, not applied").format(date=release.release_date,
                                                owner=site_countries.get(site_key),
                                                sender=sender))
            continue
        releases.add(key)
        report.add(release.table, release.record_id, "added", release.release_date)
        writes.append(("add", release))
    return writes


def _hide_folder(problems: list[str], folder: Path, package: Path) -> list[str]:
    """Messages name files inside the package, never the temporary folder it was unpacked to."""
    prefixes = sorted({str(folder) + os.sep, str(folder.resolve()) + os.sep, str(folder),
                       str(folder.resolve())}, key=len, reverse=True)
    cleaned = []
    for problem in problems:
        text = problem
        for prefix in prefixes:
            text = text.replace(prefix, "" if prefix.endswith(os.sep) else package.name)
        cleaned.append(text)
    return cleaned


def check_partner_package(package: str | os.PathLike, options: ImportOptions | None = None,
                          feedback: QgsFeedback | None = None) -> _Incoming:
    """Read and check ``package`` without a registry; PackageRefusedError on any problem.

    The command line calls this before it opens the registry, so a refused package leaves the
    registry file byte-identical (opening one made by another tool adds its triggers).
    """
    options = options or ImportOptions()
    package = Path(package)
    with opened_package(package, options.limits) as folder:
        try:
            incoming = read_package(folder, options, feedback,
                                    recursive=package.suffix.lower() != ".shp")
        except PackageError as error:
            raise PackageError(_hide_folder([str(error)], folder, package)[0]) from None
        incoming.problems = _hide_folder(incoming.problems, folder, package)
    if incoming.problems:
        raise PackageRefusedError(package.name, incoming.problems)
    return incoming


def import_partner_package(store, package: str | os.PathLike, options: ImportOptions | None = None,
                           feedback: QgsFeedback | None = None, *,
                           checked: _Incoming | None = None) -> MergeReport:
    """Check and merge ``package`` (zip, folder or .shp) into ``store``; return the report.

    Raises PackageRefusedError / PackageError when anything is wrong (the registry is then
    untouched), ExchangeCancelledError when cancelled before writing, RegistryError when the
    registry cannot be written (read-only file or folder).
    """
    options = options or ImportOptions()
    package = Path(package)
    report = MergeReport(package.name, options.dry_run)
    incoming = checked if checked is not None else check_partner_package(package, options,
                                                                         feedback)
    if feedback is not None:
        feedback.setProgress(60)
    writes = plan_merge(store, incoming, options, report)
    if incoming.problems:
        raise PackageRefusedError(package.name, incoming.problems)
    if feedback is not None and feedback.isCanceled():
        raise ExchangeCancelledError(tr("Import cancelled; nothing was written"))
    if options.dry_run or not writes:
        return report
    note = tr("partner package {name}").format(name=package.name)
    changed_by = options.changed_by or current_user()  # read once, not per record
    # A GeoPackage store signs the history of the whole merge once (one author, one note).
    signed = getattr(store, "signed_writes", None)
    try:
        with (signed(changed_by=changed_by, note=note) if signed is not None
              else store.transaction()):
            for index, (kind, record) in enumerate(writes):
                if kind == "add":
                    store.add(record, changed_by=changed_by, note=note)
                else:
                    store.update(record, changed_by=changed_by, note=note)
                if feedback is not None:
                    feedback.setProgress(60 + 40.0 * (index + 1) / len(writes))
    except RecordError as error:
        # The store's own rules (checked while writing) refused a record: all rolled back.
        raise PackageRefusedError(package.name, [str(error)]) from None
    except sqlite3.DatabaseError as error:
        raise RegistryError(tr("{registry}: cannot be written ({error}); check that the file "
                               "and its folder are writable; the registry is unchanged").format(
                                   registry=getattr(store, "location", ""), error=error)
                            ) from None
    LOG.info("Merged %s: %d writes", package, len(writes))
    return report
