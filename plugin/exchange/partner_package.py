"""The package sent to a neighbouring range state: shapefiles any GIS opens, in one zip.

Scope (for partner P, border distance B): every PA of P; every PA of another state within B km
of P's territory; every member of the networks that list P; the reintroduction sites in P or
within B km of it; those networks (outlined by the union of their members); the cross-border
gaps with P when the gap analysis is available. Sensitive sites are moved to the centre of a
~10 km cell unless the caller includes them on purpose.

The zip is built in a temporary folder and written under a temporary name, then renamed: a
failure or a cancel leaves no half package.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsFeedback, QgsGeometry, QgsRectangle

from ..errors import InvalidValueError, OutputError, TbpaError
from ..i18n import tr
from ..qgis_compat import GEOMETRY_LINE, GEOMETRY_POINT, GEOMETRY_POLYGON
from ..registry.catalogue import RANGE_STATES
from ..registry.geodesy import widen
from ..registry.model import Network, ProtectedArea, RangeState, ReintroductionSite
from .field_mapping import (
    CSV_TABLES,
    DBF_TEXT_BYTES,
    GAPS,
    NETWORKS,
    PROTECTED_AREAS,
    SITES,
    WDPA_STATUS,
    fields_csv_rows,
    layer_fields,
)
from .gdal_mode import gdal_without_exceptions
from .generalise import DEFAULT_CELL_KM, generalise_geometry
from .package_reader import parse_crs
from .reprojection import TerritoryReach, transform_between, transform_geometry, wgs84

LOG = logging.getLogger(__name__)
LONG_TEXTS = "long_texts.csv"
MANIFEST = "manifest.json"


class ExchangeCancelledError(TbpaError):
    """The user cancelled; nothing was written."""


@dataclass
class ExportOptions:
    """What the analyst chose for one partner."""

    partner: str
    crs: str = "EPSG:4326"
    border_km: float = 100.0
    include_sensitive: bool = False
    wdpa_names: bool = False
    cell_km: float = DEFAULT_CELL_KM
    today: date | None = None

    def check(self) -> QgsCoordinateReferenceSystem:
        """Raise InvalidValueError (translated) on a wrong option; return the output CRS."""
        if self.partner.upper() not in RANGE_STATES:
            raise InvalidValueError(tr(
                "unknown partner '{value}' (expected one of {known})").format(
                value=self.partner, known=", ".join(RANGE_STATES)))
        if not 0 <= self.border_km <= 2000:
            raise InvalidValueError(tr("the border distance must be between 0 and 2000 km, not "
                                "{value}").format(value=self.border_km))
        crs = parse_crs(self.crs)
        if not crs.isValid():
            raise InvalidValueError(tr("unknown coordinate reference system '{value}'").format(
                value=self.crs))
        return crs


@dataclass
class PartnerScope:
    """Records selected for one partner (all in EPSG:4326, not yet generalised)."""

    protected_areas: list[ProtectedArea] = field(default_factory=list)
    networks: list[Network] = field(default_factory=list)
    members: list[Any] = field(default_factory=list)
    sites: list[ReintroductionSite] = field(default_factory=list)
    releases: list[Any] = field(default_factory=list)
    gaps: list[Any] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: pa_id -> the registry's row (with its stored area), so nothing is computed twice.
    area_rows: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class PartnerPackage:
    """A written package: where, how many features per layer, what the analyst should know."""

    path: Path
    counts: dict[str, int]
    warnings: list[str]

    def lines(self) -> list[str]:
        """Text for the command line and the Processing log."""
        lines = [tr("Package: {path}").format(path=self.path)]
        lines += [tr("  {layer}: {count}").format(layer=k, count=v) for k, v in self.counts.items()]
        lines += [tr("Warning: {message}").format(message=w) for w in self.warnings]
        return lines


def _step(feedback: QgsFeedback | None, progress: float) -> None:
    if feedback is not None:
        if feedback.isCanceled():
            raise ExchangeCancelledError(tr("Export cancelled; no package was written"))
        feedback.setProgress(progress)


def select_partner_scope(store, partner: str, border_km: float,
                         feedback: QgsFeedback | None = None) -> PartnerScope:
    """What a package for ``partner`` holds (see the module docstring)."""
    partner = partner.upper()
    scope = PartnerScope()
    territory = store.get(RangeState, partner)
    if territory is None:
        scope.warnings.append(tr("the registry has no borders of {partner}: only its own "
                                 "protected areas, sites and networks are included").format(
                                     partner=partner))
    networks = [n for n in store.networks() if partner in n.range_states]
    network_ids = {n.network_id for n in networks}
    members = [m for m in store.members() if m.network_id in network_ids]
    member_pas = {m.pa_id for m in members}

    reach = TerritoryReach(territory.geometry, border_km) if territory is not None else None

    def near(geometry: QgsGeometry | None, iso3: str) -> bool:
        if iso3 == partner:
            return True
        return reach is not None and geometry is not None and reach.reaches(geometry)

    # Raw rows first (no validation of the thousands out of scope), models for those kept.
    box = None
    if territory is not None:
        box = widen(territory.geometry.boundingBox(), max(border_km, _gap_reach_km()))
    rows = _area_rows_near(store, partner, box, member_pas)
    for number, row in enumerate(rows):
        if number % 500 == 0:
            _step(feedback, 40.0 * number / max(len(rows), 1))
        if row.get("pa_id") in member_pas or near(row.get("geometry"), row.get("iso3")):
            scope.protected_areas.append(ProtectedArea.parse(row))
            scope.area_rows[row["pa_id"]] = row
    scope.networks, scope.members = networks, members
    site_rows = store.rows("reintroduction_sites")
    scope.sites = [ReintroductionSite.parse(row) for row in site_rows
                   if near(row.get("geometry"), row.get("iso3"))]
    site_ids = {s.site_id for s in scope.sites}
    scope.releases = [r for r in store.releases() if r.site_id in site_ids]
    scoped = _PartnerRegistry.around(store, partner, rows, site_rows,
                                     in_reach=set(scope.area_rows) if border_km >= _gap_reach_km()
                                     else None)
    scope.gaps, warning = _partner_gaps(scoped, partner, feedback)
    if warning:
        scope.warnings.append(warning)
    return scope


_AREA_RTREE = "rtree_protected_areas_geom"


def _area_rows_near(store, partner: str, box: QgsRectangle | None, member_pas: set[str]
                    ) -> list[dict]:
    """The PA rows that may matter to ``partner``: its own, the networks' members and those
    whose bounding box meets ``box``, found through the GeoPackage's R-tree when it has one
    (a 20,000-PA registry is not decoded whole); every row otherwise."""
    tables = store.table_names() if hasattr(store, "table_names") else set()
    if box is None or _AREA_RTREE not in tables:
        return store.rows("protected_areas")
    rows = store.rows(
        "protected_areas",
        f'iso3 = ? OR fid IN (SELECT id FROM "{_AREA_RTREE}" WHERE maxx >= ? AND minx <= ? '
        "AND maxy >= ? AND miny <= ?)",
        (partner, box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()))
    found = {row["pa_id"] for row in rows}
    missing = sorted(member_pas - found)
    for start in range(0, len(missing), 500):
        chunk = missing[start:start + 500]
        rows += store.rows("protected_areas",
                           "pa_id IN (" + ", ".join("?" for _ in chunk) + ")", chunk)
    return rows


class _PartnerRegistry:
    """What the gap analysis needs to find every gap with one partner: the rows of the
    partner, of its neighbours and of the networks listing it (the gap step is limited to the
    partner's borders instead of analysing the whole registry). Other calls go to the store.
    """

    def __init__(self, store, tables: dict[str, list[dict]]) -> None:
        self._store = store
        self._tables = tables

    @classmethod
    def around(cls, store, partner: str, area_rows: list[dict], site_rows: list[dict], *,
               in_reach: set[str] | None = None) -> _PartnerRegistry:
        """The partner's part of ``store`` (rows already read are reused).

        A neighbour's PA takes part only within the gap analysis's reach of the partner
        (``in_reach``: their ids when the caller knows them); farther ones can make no gap
        with the partner.
        """
        states = store.rows("range_states")
        own = next((r.get("geometry") for r in states if r.get("iso3") == partner), None)
        countries = {partner}
        if own is not None:
            touching = TerritoryReach(own, NEIGHBOUR_KM)
            countries |= {r["iso3"] for r in states
                          if r.get("geometry") is not None and touching.reaches(r["geometry"])}
            if in_reach is None:
                reach = TerritoryReach(own, _gap_reach_km())
                in_reach = {r["pa_id"] for r in area_rows if r.get("iso3") in countries and
                            r.get("geometry") is not None and reach.reaches(r["geometry"])}
        networks = [r for r in store.rows("networks")
                    if partner in str(r.get("range_states") or "").split(";")]
        listed = {r["network_id"] for r in networks}
        members = [r for r in store.rows("network_members") if r.get("network_id") in listed]
        member_pas = {r["pa_id"] for r in members}
        return cls(store, {
            "range_states": states,
            "protected_areas": [r for r in area_rows if r.get("pa_id") in member_pas or (
                r.get("iso3") == partner or (r.get("iso3") in countries and (
                    in_reach is None or r.get("pa_id") in in_reach)))],
            "networks": networks, "network_members": members,
            "reintroduction_sites": [r for r in site_rows if r.get("iso3") in countries]})

    def rows(self, table: str, where: str = "", params: Any = ()) -> list[dict]:
        """The partner's rows of ``table`` (the store's own when filtered by ``where``)."""
        if where or table not in self._tables:
            return self._store.rows(table, where, params)
        return list(self._tables[table])

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


#: States whose borders come this close to the partner's are its neighbours (km).
NEIGHBOUR_KM = 5.0


def _gap_reach_km() -> float:
    """How far from the partner a neighbour's PA can be and still make a gap with it."""
    from ..analysis.gaps import GapParameters

    parameters = GapParameters()
    return max(parameters.border_km, parameters.partner_km) + 1.0


def _partner_gaps(store, partner: str, feedback: QgsFeedback | None) -> tuple[list, str]:
    """Cross-border gaps with ``partner``; a warning instead when the analysis cannot run."""
    try:
        from ..analysis.gaps import GapParameters, find_cross_border_gaps

        gaps = find_cross_border_gaps(store, GapParameters(), None, partner=partner)
    except (ImportError, NotImplementedError):
        return [], tr("the cross-border gap analysis is not available: no gap layer")
    except TbpaError as error:  # a refusal (a bug goes on as an error)
        return [], tr("no gap layer: the gap analysis failed ({error})").format(error=error)
    del feedback
    return [g for g in gaps if partner in (g.iso3, g.neighbour)], ""


# ----- writing ---------------------------------------------------------------------------------


#: OGR field type, width and precision of each kind of field (a DBF's N(10), N(19,6), C(254)).
_OGR_FIELDS = {"str": (ogr.OFTString, DBF_TEXT_BYTES, 0), "int": (ogr.OFTInteger64, 10, 0),
               "float": (ogr.OFTReal, 19, 6)}
_OGR_GEOMETRY = {"MultiPolygon": ogr.wkbMultiPolygon, "Point": ogr.wkbPoint,
                 "MultiPoint": ogr.wkbMultiPoint, "MultiLineString": ogr.wkbMultiLineString,
                 "Unknown": ogr.wkbUnknown}


def _fit_text(value: str) -> str:
    """``value`` cut to what a DBF text field holds in UTF-8, never inside a character."""
    data = value.encode("utf-8")
    if len(data) <= DBF_TEXT_BYTES:
        return value
    return data[:DBF_TEXT_BYTES].decode("utf-8", errors="ignore")


class _LayerWriter:
    """Writes layers of one package into a folder and keeps the bookkeeping."""

    def __init__(self, folder: Path, crs: QgsCoordinateReferenceSystem,
                 options: ExportOptions) -> None:
        self.folder = folder
        self.crs = crs
        self.options = options
        self.transform = transform_between(wgs84(), crs)
        self.counts: dict[str, int] = {}
        self.long_texts: list[dict[str, str]] = []
        self.layers: list[str] = []

    def write_layer(self, layer: str, geometry_type: str,
                    features: list[tuple[str, dict[str, Any], QgsGeometry | None]],
                    field_layer: str | None = None) -> None:
        """One shapefile; ``features`` are (record id, registry values, geometry in 4326).

        Written with GDAL in bulk: geometries are reprojected by QGIS in C++ and handed over
        as WKB (no coordinate passes through Python).
        """
        fields = layer_fields(field_layer or layer, wdpa_names=self.options.wdpa_names)
        path = self.folder / f"{layer}.shp"
        with gdal_without_exceptions():
            driver = ogr.GetDriverByName("ESRI Shapefile")
            source = driver.CreateDataSource(str(path))
            if source is None:
                raise OutputError(tr("{file}: cannot be written ({error})").format(
                    file=path.name, error=gdal.GetLastErrorMsg()))
            srs = osr.SpatialReference()
            srs.ImportFromWkt(crs_wkt(self.crs))
            sink = source.CreateLayer(layer, srs, _OGR_GEOMETRY[geometry_type],
                                      options=["ENCODING=UTF-8"])
            for spec in fields:
                kind, width, precision = _OGR_FIELDS[spec.kind]
                definition = ogr.FieldDefn(spec.name, kind)
                definition.SetWidth(width)
                definition.SetPrecision(precision)
                sink.CreateField(definition)
            definition = sink.GetLayerDefn()
            for record_id, values, geometry in features:
                feature = ogr.Feature(definition)
                for index, spec in enumerate(fields):
                    value = values.get(spec.name, values.get(spec.registry_field))
                    if value is None:
                        continue
                    if spec.kind == "str":
                        value = str(value)
                        fitted = _fit_text(value)
                        if fitted != value:
                            self.long_texts.append({"layer": layer, "id": record_id,
                                                    "shapefile_field": spec.name,
                                                    "registry_field": spec.registry_field,
                                                    "text": value})
                        value = fitted
                    else:
                        value = int(value) if spec.kind == "int" else float(value)
                    feature.SetField(index, value)
                if geometry is not None and not geometry.isEmpty():
                    projected = transform_geometry(geometry, self.transform)
                    feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(bytes(projected.asWkb())))
                if sink.CreateFeature(feature) != 0:
                    raise OutputError(tr("{file}: cannot be written ({error})").format(
                        file=path.name, error=gdal.GetLastErrorMsg()))
            sink = None
            source = None  # closes and flushes the files
        self.counts[layer] = len(features)
        self.layers.append(layer)

    def write_csv(self, name: str, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
        """A table without geometry, UTF-8 with a byte order mark (spreadsheets need it)."""
        with open(self.folder / f"{name}.csv", "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=list(columns))
            writer.writeheader()
            for row in rows:
                writer.writerow({c: "" if row.get(c) is None else row.get(c) for c in columns})
        self.counts[name] = len(rows)
        self.layers.append(name)


def _pa_values(area: ProtectedArea, wdpa_names: bool, stored: dict[str, Any] | None = None
               ) -> dict[str, Any]:
    """Field values of a PA; the area stored in the registry when there is one (computing the
    geodesic area of thousands of outlines again was a third of the export's time)."""
    stored_area = (stored or {}).get("area_km2")
    if isinstance(stored_area, (int, float)):
        values = {**area.model_dump(exclude={"geometry"}), "area_km2": stored_area}
        values = {k: (";".join(v) if k in area.list_fields else getattr(v, "value", v))
                  for k, v in values.items()}
    else:
        values = area.row()
    if not wdpa_names:
        return values
    return {**values, "WDPAID": area.wdpa_id or 0, "PA_DEF": 1,
            "ORIG_NAME": area.name_local or area.name_ru, "DESIG_TYPE": "National",
            "STATUS": WDPA_STATUS[area.status], "STATUS_YR": area.status_year or 0,
            "GIS_AREA": values["area_km2"], "PARENT_ISO": area.iso3,
            "REG_STATUS": area.status.value}


def _network_outline(network: Network, members: list, areas: dict[str, ProtectedArea]
                     ) -> QgsGeometry | None:
    parts = [areas[m.pa_id].geometry for m in members
             if m.network_id == network.network_id and m.pa_id in areas]
    if not parts:
        return None
    outline = QgsGeometry.unaryUnion(parts)
    outline.convertToMultiType()
    return outline


_GAP_FAMILIES = {GEOMETRY_POINT: ("points", "MultiPoint"),
                 GEOMETRY_LINE: ("lines", "MultiLineString"),
                 GEOMETRY_POLYGON: ("polygons", "MultiPolygon")}


def _write_gaps(writer: _LayerWriter, gaps: list) -> None:
    """Gaps go in one shapefile per geometry family (a shapefile holds only one)."""
    by_family: dict[int, list] = {}
    for gap in gaps:
        if gap.geometry is None or gap.geometry.isEmpty():
            continue
        by_family.setdefault(gap.geometry.type(), []).append(gap)
    for family, members in sorted(by_family.items()):
        if family not in _GAP_FAMILIES:
            continue
        suffix, geometry_type = _GAP_FAMILIES[family]
        features = []
        for number, gap in enumerate(members, start=1):
            geometry = QgsGeometry(gap.geometry)
            geometry.convertToMultiType()
            values = {name: getattr(gap, name) for name in (
                "gap_type", "iso3", "neighbour", "pa_id", "network_id", "site_id", "species",
                "distance_km", "message")}
            features.append((str(number), values, geometry))
        writer.write_layer(f"{GAPS}_{suffix}", geometry_type, features, field_layer=GAPS)


def crs_wkt(crs: QgsCoordinateReferenceSystem) -> str:
    """WKT of ``crs`` as GDAL writes it into a .prj."""
    return crs.toWkt()  # WKT1 as GDAL writes it: the default variant (no enum that moved)


def crs_name(crs: QgsCoordinateReferenceSystem) -> str:
    """``EPSG:nnnn`` when there is an authority id, else the CRS's description."""
    return crs.authid() or crs.description() or crs.toProj()


def _readme(title: str, options: ExportOptions, counts: dict[str, int],
            crs: QgsCoordinateReferenceSystem) -> str:
    partner = RANGE_STATES[options.partner]
    listing = "\n".join(f"  {name}: {count}" for name, count in counts.items())
    sensitive_en = ("Sensitive reintroduction sites are at their exact location (the sender chose "
                    "to include them); keep them confidential." if options.include_sensitive else
                    f"Sensitive reintroduction sites (rare species) were moved to the centre of a "
                    f"grid cell of about {options.cell_km:g} km (field generalsd = 1); they are "
                    f"not the true locations.")
    sensitive_ru = ("Конфиденциальные участки реинтродукции даны в точном местоположении "
                    "(по решению отправителя); не передавайте их дальше." if
                    options.include_sensitive else
                    f"Конфиденциальные участки реинтродукции (редкие виды) перенесены в центр "
                    f"ячейки сетки около {options.cell_km:g} км (поле generalsd = 1); это не "
                    f"истинные координаты.")
    names_en = ("Protected areas use the WDPA field names (NAME, ORIG_NAME, DESIG_ENG, IUCN_CAT, "
                "STATUS, STATUS_YR, ISO3, WDPAID...) so they merge with WDPA data directly."
                if options.wdpa_names else
                "Field names are the registry's, cut to 10 characters (see fields.csv).")
    names_ru = ("ООПТ описаны полями WDPA (NAME, ORIG_NAME, DESIG_ENG, IUCN_CAT, STATUS, "
                "STATUS_YR, ISO3, WDPAID...), поэтому их можно сразу объединить с данными WDPA."
                if options.wdpa_names else
                "Имена полей взяты из реестра и сокращены до 10 символов (см. fields.csv).")
    crs_text = crs_name(crs)
    return f"""TBPA Registry: package for {partner.name_en} ({options.partner})
=====================================================================
Registry: {title}
Coordinate reference system: {crs_text} (.prj of every shapefile)
Border distance: {options.border_km:g} km

Contents (features or rows):
{listing}

protected_areas.shp: protected areas of {partner.name_en}, of other states within
  {options.border_km:g} km of its territory, and every member of the networks it belongs to.
networks.shp: transboundary networks listing {options.partner}, outlined by their members.
reintroduction_sites.shp: reintroduction sites in or within {options.border_km:g} km of it.
cross_border_gaps_*.shp: cross-border gaps with {options.partner} (when computed).
network_members.csv, releases.csv: tables without geometry.
fields.csv: every field, its registry name, type and description (English, Russian).
long_texts.csv: texts longer than a shapefile field holds, in full.
manifest.json: counts per layer and the SHA-256 of every file, to check the package.

Shapefiles are UTF-8 (.cpg), so Cyrillic and Chinese names are intact.
{names_en}
{sensitive_en}
Send corrections back as a package of the same form (or plain shapefiles with these
field names); they are checked and merged record by record.

TBPA Registry: пакет для {partner.name_ru} ({options.partner})
=====================================================================
Реестр: {title}
Система координат: {crs_text} (файл .prj каждого шейп-файла)
Расстояние от границы: {options.border_km:g} км

Содержимое (объекты или строки):
{listing}

protected_areas.shp: ООПТ страны {partner.name_ru}, ООПТ других стран в пределах
  {options.border_km:g} км от её территории и все участники сетей, в которые она входит.
networks.shp: трансграничные сети с участием {options.partner}, контур по их участникам.
reintroduction_sites.shp: участки реинтродукции в стране и в пределах {options.border_km:g} км.
cross_border_gaps_*.shp: трансграничные разрывы с {options.partner} (если рассчитаны).
network_members.csv, releases.csv: таблицы без геометрии.
fields.csv: все поля, их имена в реестре, типы и описания (английский, русский).
long_texts.csv: тексты длиннее поля шейп-файла, полностью.
manifest.json: число объектов в каждом слое и SHA-256 каждого файла для проверки.

Шейп-файлы в кодировке UTF-8 (.cpg): кириллица и китайские названия сохраняются.
{names_ru}
{sensitive_ru}
Исправления присылайте пакетом того же вида (или шейп-файлами с этими полями); они
проверяются и объединяются с реестром запись за записью.
"""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def package_name(partner: str, day: date) -> str:
    """File name of the package: partner and date, e.g. ``TBPA_UZB_2025-06-24.zip``."""
    return f"TBPA_{partner.upper()}_{day.isoformat()}.zip"


def export_partner_package(store, output_dir: str | os.PathLike, options: ExportOptions,
                           feedback: QgsFeedback | None = None) -> PartnerPackage:
    """Write the package for ``options.partner`` into ``output_dir``; return what was written.

    Raises InvalidValueError for a wrong option, RegistryError when the registry cannot be read and
    ExchangeCancelledError when ``feedback`` is cancelled (nothing is left behind in those cases).
    """
    crs = options.check()
    options.partner = options.partner.upper()
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    scope = select_partner_scope(store, options.partner, options.border_km, feedback)
    warnings = list(scope.warnings)
    day = options.today or date.today()
    target = output_dir / package_name(options.partner, day)
    with tempfile.TemporaryDirectory(prefix="tbpa-package-") as work:
        folder = Path(work)
        writer = _LayerWriter(folder, crs, options)
        areas = {a.pa_id: a for a in scope.protected_areas}
        writer.write_layer(PROTECTED_AREAS, "MultiPolygon", [
            (a.pa_id, _pa_values(a, options.wdpa_names, scope.area_rows.get(a.pa_id)),
             a.geometry)
            for a in scope.protected_areas])
        _step(feedback, 55)
        writer.write_layer(NETWORKS, "MultiPolygon", [
            (n.network_id, {**n.row(), "member_count": sum(
                1 for m in scope.members if m.network_id == n.network_id)},
             _network_outline(n, scope.members, areas)) for n in scope.networks])
        site_features = []
        generalised = 0
        for site in scope.sites:
            values = {**site.row(), "generalised": 0, "generalised_km": None}
            geometry = site.geometry
            if site.sensitive and not options.include_sensitive:
                geometry = generalise_geometry(geometry, options.cell_km)
                values.update(generalised=1, generalised_km=options.cell_km)
                generalised += 1
            site_features.append((site.site_id, values, geometry))
        writer.write_layer(SITES, "Point", site_features)
        if generalised:
            warnings.append(tr("{count} sensitive site(s) generalised to a {km:g} km grid").format(
                count=generalised, km=options.cell_km))
        elif options.include_sensitive and any(s.sensitive for s in scope.sites):
            warnings.append(tr("sensitive sites are included at their exact location"))
        _step(feedback, 70)
        _write_gaps(writer, scope.gaps)
        writer.write_csv("network_members", CSV_TABLES["network_members"],
                         [m.row() for m in scope.members])
        writer.write_csv("releases", CSV_TABLES["releases"], [r.row() for r in scope.releases])
        described = dict.fromkeys(GAPS if n.startswith(GAPS) else n for n in writer.layers)
        _write_rows(folder / "fields.csv", fields_csv_rows(options.wdpa_names, list(described)))
        _write_rows(folder / LONG_TEXTS, writer.long_texts,
                    ["layer", "id", "shapefile_field", "registry_field", "text"])
        title = store.title
        (folder / "README.txt").write_text(_readme(title, options, writer.counts, crs),
                                           encoding="utf-8")
        _step(feedback, 85)
        files = sorted(p.name for p in folder.iterdir())
        manifest = {
            "format": "tbpa-partner-package",
            "version": 1,
            "registry_title": title,
            "partner": options.partner,
            "crs": crs_name(crs),
            "created_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "border_km": options.border_km,
            "field_names": "wdpa" if options.wdpa_names else "registry",
            "sensitive_sites": "exact" if options.include_sensitive else "generalised",
            "generalisation_km": options.cell_km,
            "feature_counts": writer.counts,
            "warnings": warnings,
            "files": {name: _sha256(folder / name) for name in files},
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2),
                                       encoding="utf-8")
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED,
                                 compresslevel=1) as archive:
                for name in [*files, MANIFEST]:
                    archive.write(folder / name, arcname=name)
            _step(feedback, 99)
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    if feedback is not None:
        feedback.setProgress(100)
    LOG.info("Partner package %s written", target)
    return PartnerPackage(target, writer.counts, warnings)


def _write_rows(path: Path, rows: list[dict[str, Any]], columns: list[str] | None = None) -> None:
    columns = columns or (list(rows[0]) if rows else [])
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
