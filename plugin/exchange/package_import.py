"""Merging a partner's package into the registry: all checked first, then one transaction.

Every feature is mapped (our field names or WDPA's), reprojected to EPSG:4326, repaired when
its geometry is merely invalid, and validated by the registry's models. Any refusal stops the
import before the registry is touched, listing every problem with file, layer, feature and
field. The merge then adds new records, skips identical ones (geometry within 1 m), updates
changed ones (status changes go to ``status_history`` through the triggers) and reports
conflicts (same id but another country, or an outline far away) without touching them.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import QgsFeedback, QgsGeometry

from ..i18n import tr
from ..qgis_compat import GEOMETRY_POINT, GEOMETRY_POLYGON, WKB_GEOMETRY_COLLECTION
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
from .field_mapping import (
    GAPS,
    NETWORKS,
    PROTECTED_AREAS,
    SITES,
    STATUS_FROM_WDPA,
    layer_fields,
)
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
from .reprojection import WGS84, centroid_distance_km, hausdorff_m, transform_geometry
from .reprojection import transformer_between as _transformer

LOG = logging.getLogger(__name__)


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

    def lines(self) -> list[str]:
        """The report as text, the same for a dry run and a real one."""
        head = (tr("Dry run of {package}: nothing was written") if self.dry_run
                else tr("Imported {package}")).format(package=self.package)
        lines = [head]
        labels = {"added": tr("added"), "updated": tr("updated"),
                  "skipped": tr("identical, skipped"),
                  "conflict": tr("CONFLICT, left untouched"),
                  "repaired": tr("geometry repaired"), "note": tr("note")}
        for action in self.actions:
            text = f"  {action.table} '{action.record_id}': {labels[action.action]}"
            lines.append(text + (f" ({action.detail})" if action.detail else ""))
        lines.append(tr("{added} added, {updated} updated, {skipped} identical, {conflicts} "
                        "conflict(s), {repaired} geometry repair(s)").format(
                            added=self.count("added"), updated=self.count("updated"),
                            skipped=self.count("skipped"), conflicts=self.count("conflict"),
                            repaired=self.count("repaired")))
        return lines


# ----- mapping shapefile fields to registry fields ---------------------------------------------


def _aliases(layer: str) -> dict[str, list[str]]:
    """registry field -> accepted shapefile names (upper case), ours before WDPA's."""
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
    return aliases


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
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _values(layer: str, properties: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """(registry values, registry field -> shapefile field it came from)."""
    upper = {k.upper(): _clean(v) for k, v in properties.items()}
    spelled = {k.upper(): k for k in properties}  # messages name the field as the file does
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for registry_field, names in _aliases(layer).items():
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


def _where(shp: ShapefileLayer, number: int | None = None, field_name: str = "") -> str:
    text = tr("file {file}, layer {layer}").format(file=shp.path.name, layer=shp.name)
    if number is not None:
        text += tr(", feature {number}").format(number=number)
    if field_name:
        text += tr(", field {field}").format(field=field_name)
    return text


def _prepare_geometry(shp: ShapefileLayer, layer: str, number: int, mapping: dict | None, *,
                      transformer, incoming: _Incoming, record_id: str
                      ) -> QgsGeometry | None:
    model = _MODELS[layer]
    if not mapping:
        incoming.problems.append(tr("{where}: the geometry is empty").format(
            where=_where(shp, number, "geometry")))
        return None
    try:
        geometry = transform_geometry(geometry_from_mapping(mapping), transformer)
    except (ValueError, TypeError) as error:
        incoming.problems.append(tr("{where}: {error}").format(
            where=_where(shp, number, "geometry"), error=error))
        return None
    if geometry.isNull() or geometry.isEmpty():
        incoming.problems.append(tr("{where}: the geometry is empty").format(
            where=_where(shp, number, "geometry")))
        return None
    if not geometry.isGeosValid():
        reason = geometry.validateGeometry()[0].what() if geometry.validateGeometry() else ""
        repaired = geometry.makeValid()
        wanted = GEOMETRY_POLYGON if layer != SITES else GEOMETRY_POINT
        if repaired.wkbType() in (WKB_GEOMETRY_COLLECTION,):
            parts = [part for part in repaired.asGeometryCollection() if part.type() == wanted]
            repaired = QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()
        if repaired.isEmpty() or repaired.type() != wanted or not repaired.isGeosValid():
            incoming.problems.append(tr("{where}: the geometry is invalid ({reason}) and cannot "
                                        "be repaired").format(
                                            where=_where(shp, number, "geometry"),
                                            reason=reason))
            return None
        incoming.repairs.append(MergeAction(model.table, record_id, "repaired", tr(
            "{where}: {reason}; repaired with makeValid").format(
                where=_where(shp, number), reason=reason)))
        geometry = repaired
    return geometry


def _read_layer(shp: ShapefileLayer, layer: str, incoming: _Incoming,
                long_texts: dict[tuple[str, str, str], str]) -> None:
    model = _MODELS[layer]
    transformer = _transformer(shp.crs, WGS84)
    seen: dict[str, int] = {}
    records = incoming.records.setdefault(model.table, [])
    for number, properties, mapping in shp.features:
        values, origin = _values(layer, properties)
        record_id = str(values.get(model.id_field) or "?")
        for (table_layer, text_id, registry_field), text in long_texts.items():
            if table_layer == shp.name and text_id == record_id:
                values[registry_field] = text
        if record_id in seen:
            incoming.problems.append(tr("{where}: identifier '{id}' is also used by feature "
                                        "{other}").format(
                                            where=_where(shp, number, origin.get(
                                                model.id_field, model.id_field)),
                                            id=record_id, other=seen[record_id]))
            continue
        seen[record_id] = number
        geometry = None
        if layer != NETWORKS:
            geometry = _prepare_geometry(shp, layer, number, mapping, transformer=transformer,
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
        records.append(record)


def _read_csv_records(folder: Path, name: str, model: type[RegistryRecord], incoming: _Incoming,
                      encoding: str | None) -> None:
    path = next((p for p in folder.rglob("*") if p.name.lower() == f"{name}.csv"), None)
    if path is None:
        return
    rows = read_csv_table(path, encoding)
    records = incoming.records.setdefault(model.table, [])
    for line, row in enumerate(rows, start=2):
        try:
            records.append(model.parse({k: (v if v != "" else None) for k, v in row.items()
                                        if k is not None}))
        except RecordError as error:
            incoming.problems.append(tr("file {file}, line {line}, field {field}: {problem}"
                                        ).format(file=path.name, line=line, field=error.field,
                                                 problem=error.problem))


def read_package(folder: Path, options: ImportOptions, feedback: QgsFeedback | None = None
                 ) -> _Incoming:
    """Every record of the package, validated; problems collected, nothing written."""
    incoming = _Incoming()
    verify_manifest(folder)
    long_texts: dict[tuple[str, str, str], str] = {}
    long_path = folder / "long_texts.csv"
    if long_path.is_file():
        for row in read_csv_table(long_path):
            long_texts[(row.get("layer", ""), row.get("id", ""), row.get("registry_field", ""))
                       ] = row.get("text", "")
    shapefiles = sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".shp")
    if not shapefiles and not any(p.suffix.lower() == ".csv" for p in folder.rglob("*")):
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
    for shp, layer in sorted(layers, key=lambda item: order[item[1]]):
        _read_layer(shp, layer, incoming, long_texts)
    _read_csv_records(folder, "network_members", NetworkMember, incoming, options.encoding)
    _read_csv_records(folder, "releases", Release, incoming, options.encoding)
    return incoming


# ----- merging --------------------------------------------------------------------------------


def _comparable(record: RegistryRecord) -> dict[str, Any]:
    row = record.row()
    row.pop("area_km2", None)
    return row


def _differences(old: RegistryRecord, new: RegistryRecord) -> list[str]:
    before, after = _comparable(old), _comparable(new)
    return [f"{name}: {before.get(name)!r} -> {after.get(name)!r}"
            for name in after if before.get(name) != after.get(name)]


def _plan_spatial(store, record, options: ImportOptions, report: MergeReport,
                  generalised: bool) -> tuple[str, RegistryRecord] | None:
    """Compare a PA or site with the registry's; return (add|update, record) or None."""
    existing = store.get(type(record), record.record_id)
    if existing is None:
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
        same_geometry = True
    else:
        apart_km = centroid_distance_km(existing.geometry, record.geometry)
        outline_m = hausdorff_m(existing.geometry, record.geometry)
        if apart_km > options.conflict_km or outline_m > options.conflict_km * 1000:
            report.add(record.table, record.record_id, "conflict", tr(
                "geometry far from the registry's: centres {km:.1f} km apart, outlines differ "
                "by up to {outline:.1f} km").format(km=apart_km, outline=outline_m / 1000))
            return None
        same_geometry = outline_m <= options.identical_m
    if same_geometry:
        record = type(record).parse({**record.row(), "geometry": existing.geometry})
    changes = _differences(existing, record)
    if same_geometry and not changes:
        report.add(record.table, record.record_id, "skipped")
        return None
    if not same_geometry:
        changes.append(tr("geometry moved by up to {metres:.0f} m").format(metres=outline_m))
    report.add(record.table, record.record_id, "updated", "; ".join(changes))
    return "update", record


def plan_merge(store, incoming: _Incoming, options: ImportOptions, report: MergeReport
               ) -> list[tuple[str, RegistryRecord]]:
    """The writes that merging ``incoming`` needs; the report says why for each record."""
    writes: list[tuple[str, RegistryRecord]] = []
    report.actions += incoming.repairs + incoming.notes
    for area in incoming.records.get("protected_areas", []):
        planned = _plan_spatial(store, area, options, report, False)
        if planned:
            writes.append(planned)
    for network in incoming.records.get("networks", []):
        existing = store.get(Network, network.network_id)
        if existing is None:
            report.add(network.table, network.record_id, "added")
            writes.append(("add", network))
        elif changes := _differences(existing, network):
            report.add(network.table, network.record_id, "updated", "; ".join(changes))
            writes.append(("update", network))
        else:
            report.add(network.table, network.record_id, "skipped")
    pa_ids = {a.pa_id for a in store.protected_areas()} | {
        a.pa_id for a in incoming.records.get("protected_areas", [])}
    network_ids = {n.network_id for n in store.networks()} | {
        n.network_id for n in incoming.records.get("networks", [])}
    members = {(m.network_id, m.pa_id) for m in store.members()}
    for member in incoming.records.get("network_members", []):
        if (member.network_id, member.pa_id) in members:
            report.add(member.table, member.record_id, "skipped")
            continue
        if member.network_id not in network_ids or member.pa_id not in pa_ids:
            incoming.problems.append(tr(
                "file network_members.csv: member {pair} names a network or protected area "
                "that is neither in the package nor in the registry").format(
                    pair=member.record_id))
            continue
        members.add((member.network_id, member.pa_id))
        report.add(member.table, member.record_id, "added")
        writes.append(("add", member))
    states = [(row["iso3"], row.get("geometry")) for row in store.rows("range_states")]
    if not states and incoming.records.get("reintroduction_sites"):
        incoming.problems.append(tr(
            "the registry has no range states, so the package's reintroduction sites cannot be "
            "placed; create the registry with its range states first"))
    for site in incoming.records.get("reintroduction_sites", []):
        if site.pa_id and site.pa_id not in pa_ids:
            incoming.problems.append(tr(
                "layer reintroduction_sites, site {site}, field pa_id: no protected area "
                "'{pa}' in the package or the registry").format(site=site.site_id, pa=site.pa_id))
            continue
        if states:
            try:
                place_site(site, states, [])
            except RecordError as error:
                incoming.problems.append(tr(
                    "layer reintroduction_sites, site {site}, field geometry: {problem}").format(
                        site=site.site_id, problem=error.problem))
                continue
        planned = _plan_spatial(store, site, options, report,
                                site.site_id in incoming.generalised)
        if planned:
            writes.append(planned)
    site_ids = {s.site_id for s in store.sites()} | {
        s.site_id for s in incoming.records.get("reintroduction_sites", [])}
    releases = {tuple(r.row().values()) for r in store.releases()}
    for release in incoming.records.get("releases", []):
        key = tuple(release.row().values())
        if key in releases:
            report.add(release.table, release.record_id, "skipped",
                       release.release_date)
            continue
        if release.site_id not in site_ids:
            incoming.problems.append(tr(
                "file releases.csv: release of {date} names site '{site}', neither in the "
                "package nor in the registry").format(date=release.release_date,
                                                      site=release.site_id))
            continue
        releases.add(key)
        report.add(release.table, release.record_id, "added", release.release_date)
        writes.append(("add", release))
    return writes


def import_partner_package(store, package: str | os.PathLike, options: ImportOptions | None = None,
                           feedback: QgsFeedback | None = None) -> MergeReport:
    """Check and merge ``package`` (zip, folder or .shp) into ``store``; return the report.

    Raises PackageRefusedError / PackageError when anything is wrong (the registry is then
    untouched), ExchangeCancelledError when cancelled before writing.
    """
    options = options or ImportOptions()
    package = Path(package)
    report = MergeReport(package.name, options.dry_run)
    with opened_package(package, options.limits) as folder:
        incoming = read_package(folder, options, feedback)
    if incoming.problems:
        raise PackageRefusedError(package.name, incoming.problems)
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
    try:
        with store.transaction():
            for index, (kind, record) in enumerate(writes):
                if kind == "add":
                    store.add(record, changed_by=options.changed_by, note=note)
                else:
                    store.update(record, changed_by=options.changed_by, note=note)
                if feedback is not None:
                    feedback.setProgress(60 + 40.0 * (index + 1) / len(writes))
    except RecordError as error:
        # The store's own rules (checked while writing) refused a record: all rolled back.
        raise PackageRefusedError(package.name, [str(error)]) from None
    LOG.info("Merged %s: %d writes", package, len(writes))
    return report
