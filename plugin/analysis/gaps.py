"""Cross-border gap analysis: where the network of protected areas has a hole at a border.

Four rules, each flag one :class:`CrossBorderGap`:

1. ``unpaired_border_pa``: a PA of state A lies within ``border_km`` of neighbour B, and B has
   no PA within ``partner_km`` of it (one flag per PA and B);
2. ``network_missing_state``: a network lists state S and none of its members lies in S;
3. ``network_status_ahead``: a network's status is ahead of a member's (planned < draft <
   created);
4. ``site_dispersal_unprotected``: a reintroduction site in A lies within its species'
   dispersal distance of neighbour B, and B has no PA within that distance of the site.

Only PAs and networks whose status is in ``GapParameters.statuses`` take part.

Distances are geodesic (WGS84). Candidates come from spatial indexes queried with boxes that are
widened by a *conservative* number of degrees (never fewer km than asked); each candidate is
then measured: the GEOS nearest pair in lon/lat gives an upper bound (the geodesic length of a
real pair of points), the degree length times the smallest km-per-degree of the place a lower
bound, and only when the two disagree about the limit are both geometries projected to their
UTM zone to find the nearest pair, whose geodesic length is the distance.

Two range states are neighbours when their boundaries run together for some length within
:data:`BORDER_TOLERANCE_KM` (Natural Earth borders are not perfectly noded); the stretch of
A's boundary along B is "the border of A with B", computed once per set of range states.
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsFeedback,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..errors import InvalidValueError
from ..i18n import current_language, format_number, tr
from ..qgis_compat import GEOMETRY_LINE, GEOMETRY_POLYGON, WKB_GEOMETRY_COLLECTION
from ..registry.catalogue import RANGE_STATES, SPECIES, Status
from ..registry.geodesy import (
    KM_PER_DEGREE_LON_EQUATOR,
    geodesic_distance_km,
    km_per_degree_min,
    utm_epsg,
    widen,
)
from ..registry.model import Network, RangeState, RecordError, ReintroductionSite
from ..registry.names import country_name, display_name

LOG = logging.getLogger(__name__)

GAP_TYPES = ("unpaired_border_pa", "network_missing_state", "network_status_ahead",
             "site_dispersal_unprotected")

#: Two boundaries closer than this run together (a shared border); below 1 km on purpose.
BORDER_TOLERANCE_KM = 0.5
#: Longest distance the analysis accepts: beyond it a "neighbourhood" is no longer local.
MAX_DISTANCE_KM = 2000.0
#: A shared border shorter than this is a tripoint seen through the tolerance, not a border.
MIN_BORDER_KM = 4 * BORDER_TOLERANCE_KM
#: A border line is indexed in pieces of this many vertices, so index boxes stay tight.
_CHUNK_VERTICES = 32
#: Longest segment (degrees) projected as is: a straight lon/lat segment is curved in UTM,
#: so longer ones get vertices first (the sagitta of 0.1 degree is under a metre).
_DENSIFY_DEGREES = 0.1
_PER_THREAD = threading.local()
_EPSG_4326 = "EPSG:4326"


def gap_type_label(gap_type: str) -> str:
    """Translated name of a gap type (legend, summary)."""
    return {
        "unpaired_border_pa": tr("Border PA without partner"),
        "network_missing_state": tr("Network state without member"),
        "network_status_ahead": tr("Network ahead of member"),
        "site_dispersal_unprotected": tr("Reintroduction site without partner"),
    }.get(gap_type, gap_type)


def default_dispersal_km() -> dict[str, float]:
    """Dispersal distance of each species from the catalogue."""
    return {key: species.dispersal_km for key, species in SPECIES.items()}


def parse_statuses(text: str | Iterable[str]) -> frozenset[Status]:
    """Statuses from ``"created,draft"`` (or a list); InvalidValueError naming the unknown one."""
    parts = text.replace(";", ",").split(",") if isinstance(text, str) else list(text)
    statuses = set()
    for part in parts:
        value = str(getattr(part, "value", part)).strip().lower()
        if not value:
            continue
        try:
            statuses.add(Status(value))
        except ValueError:
            raise InvalidValueError(tr("unknown status '{value}' (expected one of {known})").format(
                value=value, known=", ".join(s.value for s in Status))) from None
    if not statuses:
        raise InvalidValueError(tr("no status given: name at least one of {known}").format(
            known=", ".join(s.value for s in Status)))
    return frozenset(statuses)


def parse_dispersal_overrides(text: str | Iterable[str]) -> dict[str, float]:
    """``"kulan=150;saiga=300"`` (or a list of ``key=km``) as a dict.

    Raises InvalidValueError when wrong.
    """
    parts = text.replace(",", ";").split(";") if isinstance(text, str) else list(text)
    overrides: dict[str, float] = {}
    for raw in parts:
        part = raw.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        key = key.strip()
        if not sep:
            raise InvalidValueError(tr("dispersal distance '{text}' is not written species=km, "
                                "e.g. kulan=150").format(text=part))
        if key not in SPECIES:
            raise InvalidValueError(tr(
                "unknown species '{value}' (expected one of {known})").format(
                value=key, known=", ".join(SPECIES)))
        try:
            overrides[key] = float(value)
        except ValueError:
            raise InvalidValueError(tr("dispersal distance of {species}: '{value}' is not a number "
                                "of km").format(species=key, value=value.strip())) from None
    return overrides


@dataclass
class GapParameters:
    """What counts as a gap: distances in km (geodesic) and the statuses that take part."""

    border_km: float = 25.0
    partner_km: float = 50.0
    statuses: frozenset[Status] = field(default_factory=lambda: frozenset(Status))
    dispersal_km: dict[str, float] = field(default_factory=default_dispersal_km)

    def __post_init__(self) -> None:
        # Overrides may name a few species only; the others keep the catalogue's distance.
        self.dispersal_km = {**default_dispersal_km(), **dict(self.dispersal_km)}

    def validate(self) -> None:
        """Raise InvalidValueError with a translated message when a parameter is wrong."""
        for name, value in (("border_km", self.border_km), ("partner_km", self.partner_km)):
            _check_distance(name, value)
        for status in self.statuses:
            if not isinstance(status, Status):
                parse_statuses([str(status)])  # raises with the unknown value named
        if not self.statuses:
            raise InvalidValueError(tr("no status given: name at least one of {known}").format(
                known=", ".join(s.value for s in Status)))
        for key, value in self.dispersal_km.items():
            if key not in SPECIES:
                raise InvalidValueError(tr("unknown species '{value}' (expected one of {known})")
                                 .format(value=key, known=", ".join(SPECIES)))
            _check_distance(tr("dispersal distance of {species}").format(species=key), value)

    def status_values(self) -> set[str]:
        """The statuses that count, as stored in the registry."""
        return {Status(getattr(s, "value", s)).value for s in self.statuses}


def _check_distance(name: str, value: float) -> None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidValueError(tr("{name}: '{value}' is not a number of km").format(
            name=name, value=value)) from None
    if math.isnan(number) or number < 0:
        raise InvalidValueError(tr("{name} must be a distance of 0 km or more, not {value}").format(
            name=name, value=value))
    if number > MAX_DISTANCE_KM:
        raise InvalidValueError(tr("{name} of {value} km is beyond the {limit} km this analysis "
                            "measures").format(name=name, value=value, limit=MAX_DISTANCE_KM))


@dataclass
class CrossBorderGap:
    """One flag of the analysis; ``geometry`` in EPSG:4326 (a line: border stretch or outline)."""

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


# ----- geodesic measures ----------------------------------------------------------------------

def _ellipsoid_length() -> QgsDistanceArea:
    """Lengths on WGS84 in metres, one measurer per thread (the analysis runs in QGIS tasks)."""
    measure = getattr(_PER_THREAD, "length", None)
    if measure is None:
        measure = _PER_THREAD.length = QgsDistanceArea()
        measure.setEllipsoid("WGS84")
    return measure


def _endpoints(line: QgsGeometry) -> tuple[QgsPointXY, QgsPointXY]:
    points = line.asPolyline()
    return points[0], points[-1]


class GeodesicMeter:
    """Minimum geodesic distances between lon/lat geometries, projecting only when needed.

    Projected copies of geometries are cached by key (one UTM zone per place) so a PA measured
    against many candidates is projected once.
    """

    def __init__(self) -> None:
        self._to_utm: dict[int, QgsCoordinateTransform] = {}
        self._projected: dict[tuple[object, int], QgsGeometry] = {}
        self._context = QgsCoordinateTransformContext()
        self._wgs84 = QgsCoordinateReferenceSystem(_EPSG_4326)
        self.projections = 0

    def _transform(self, epsg: int) -> QgsCoordinateTransform:
        transform = self._to_utm.get(epsg)
        if transform is None:
            transform = QgsCoordinateTransform(
                self._wgs84, QgsCoordinateReferenceSystem(f"EPSG:{epsg}"), self._context)
            self._to_utm[epsg] = transform
        return transform

    def project(self, key: object, geometry: QgsGeometry, epsg: int) -> QgsGeometry:
        """``geometry`` in UTM zone ``epsg`` (cached under ``key`` unless it is None)."""
        cached = self._projected.get((key, epsg)) if key is not None else None
        if cached is None:
            cached = geometry.densifyByDistance(_DENSIFY_DEGREES)
            cached.transform(self._transform(epsg))
            self.projections += 1
            if key is not None:
                self._projected[(key, epsg)] = cached
        return cached

    def unproject(self, geometry: QgsGeometry, epsg: int) -> QgsGeometry:
        """A UTM geometry back in lon/lat."""
        result = QgsGeometry(geometry)
        result.transform(self._transform(epsg), Qgis.TransformDirection.Reverse)
        return result

    def forget(self) -> None:
        """Drop the projected copies (memory stays flat over a long run)."""
        self._projected.clear()

    def distance_km(self, a: QgsGeometry, b: QgsGeometry, keys: tuple = (None, None)
                    ) -> tuple[float, QgsGeometry]:
        """Minimum geodesic distance in km and the shortest line (lon/lat) between a and b."""
        rough = a.shortestLine(b)
        if rough.isEmpty():
            return math.inf, rough
        p, q = _endpoints(rough)
        if p == q:
            return 0.0, rough
        epsg = utm_epsg(QgsPointXY((p.x() + q.x()) / 2, (p.y() + q.y()) / 2))
        line = self.project(keys[0], a, epsg).shortestLine(self.project(keys[1], b, epsg))
        line = self.unproject(line, epsg)
        p2, q2 = _endpoints(line)
        # Both are lengths of real pairs of points: the shorter is the better estimate.
        exact, rough_km = geodesic_distance_km(p2, q2), geodesic_distance_km(p, q)
        return (exact, line) if exact <= rough_km else (rough_km, rough)

    def within(self, a: QgsGeometry, b: QgsGeometry, limit_km: float, keys: tuple = (None, None)
               ) -> bool:
        """Whether the minimum geodesic distance between a and b is at most ``limit_km``."""
        rough = a.shortestLine(b)
        if rough.isEmpty():
            return False
        p, q = _endpoints(rough)
        if geodesic_distance_km(p, q) <= limit_km:
            return True  # a real pair of points is that close
        lower = rough.length() * km_per_degree_min(max(abs(p.y()), abs(q.y())))
        if lower > limit_km:
            return False
        return self.distance_km(a, b, keys)[0] <= limit_km


# ----- borders between range states --------------------------------------------------------------

@dataclass
class BorderPiece:
    """A short stretch of the border of ``iso3`` with ``neighbour`` (index entry)."""

    iso3: str
    neighbour: str
    geometry: QgsGeometry


def _line_parts(geometry: QgsGeometry) -> list[list[QgsPointXY]]:
    """The linework of any geometry (points dropped)."""
    if geometry.isEmpty():
        return []
    parts = []
    for part in geometry.asGeometryCollection() if geometry.isMultipart() or \
            QgsWkbTypes.flatType(geometry.wkbType()) == WKB_GEOMETRY_COLLECTION \
            else [geometry]:
        if part.type() == GEOMETRY_LINE:
            parts += part.asMultiPolyline() if part.isMultipart() else [part.asPolyline()]
    return [p for p in parts if len(p) >= 2]


class StateBorders:
    """Neighbours among the range states and the border of each state with each neighbour."""

    def __init__(self, states: dict[str, QgsGeometry],
                 tolerance_km: float = BORDER_TOLERANCE_KM) -> None:
        self.states = states
        self.lines: dict[tuple[str, str], QgsGeometry] = {}
        self.neighbours: dict[str, set[str]] = defaultdict(set)
        self.pieces: list[BorderPiece] = []
        self.index = QgsSpatialIndex()
        index = QgsSpatialIndex()
        boxes = {}
        for number, (iso3, geometry) in enumerate(sorted(states.items())):
            boxes[number] = iso3
            index.addFeature(number, geometry.boundingBox())
        boundaries = {iso3: QgsGeometry(g.constGet().boundary()) for iso3, g in states.items()}
        for iso3, geometry in sorted(states.items()):
            for number in index.intersects(widen(geometry.boundingBox(), tolerance_km)):
                other = boxes[number]
                if other == iso3:
                    continue
                line = self._border(boundaries[iso3], states[other], tolerance_km)
                if line is None:
                    continue
                self.lines[(iso3, other)] = line
                self.neighbours[iso3].add(other)
        for (iso3, other), line in sorted(self.lines.items()):
            for points in _line_parts(line.densifyByDistance(_DENSIFY_DEGREES)):
                for start in range(0, len(points) - 1, _CHUNK_VERTICES - 1):
                    chunk = QgsGeometry.fromPolylineXY(points[start:start + _CHUNK_VERTICES])
                    self.index.addFeature(len(self.pieces), chunk.boundingBox())
                    self.pieces.append(BorderPiece(iso3, other, chunk))
        # A state whose boundary only touches another's at a point is no neighbour.
        for iso3 in list(self.neighbours):
            self.neighbours[iso3] &= {b for (a, b) in self.lines if a == iso3}

    @staticmethod
    def _border(boundary: QgsGeometry, other: QgsGeometry, tolerance_km: float
                ) -> QgsGeometry | None:
        """The stretch of ``boundary`` within ``tolerance_km`` of ``other`` (None if no length)."""
        box = boundary.boundingBox()
        if not box.intersects(widen(other.boundingBox(), tolerance_km)):
            return None
        # The buffer is in degrees of longitude at the place's highest latitude: never less
        # than tolerance_km on the ground, and only a snapping tolerance, not a measure.
        top = max(abs(box.yMinimum()), abs(box.yMaximum()))
        radius = tolerance_km / (KM_PER_DEGREE_LON_EQUATOR * math.cos(math.radians(
            min(89.0, top))))
        near = other.clipped(widen(box, 2 * tolerance_km))
        if near.isEmpty():
            return None
        stretch = boundary.intersection(near.buffer(radius, 4))
        parts = _line_parts(stretch)
        if sum(_ellipsoid_length().measureLength(QgsGeometry.fromPolylineXY(p)) for p in parts) \
                < MIN_BORDER_KM * 1000:
            return None
        merged = QgsGeometry.fromMultiPolylineXY(parts).mergeLines()
        return merged if not merged.isEmpty() else QgsGeometry.fromMultiPolylineXY(parts)

    def pieces_near(self, iso3: str, box: QgsRectangle, km: float) -> dict[str, list[int]]:
        """Border pieces of ``iso3`` whose boxes come within ``km`` of ``box``, by neighbour."""
        found: dict[str, list[int]] = defaultdict(list)
        for number in self.index.intersects(widen(box, km)):
            piece = self.pieces[number]
            if piece.iso3 == iso3:
                found[piece.neighbour].append(number)
        return found


_BORDER_CACHE: dict[str, StateBorders] = {}


def state_borders(states: dict[str, QgsGeometry]) -> StateBorders:
    """:class:`StateBorders` of ``states``, computed once per set of geometries."""
    digest = hashlib.sha1()
    for iso3, geometry in sorted(states.items()):
        digest.update(iso3.encode())
        digest.update(bytes(geometry.asWkb()))
    key = digest.hexdigest()
    if key not in _BORDER_CACHE:
        if len(_BORDER_CACHE) >= 4:
            _BORDER_CACHE.pop(next(iter(_BORDER_CACHE)))
        _BORDER_CACHE[key] = StateBorders(states)
    return _BORDER_CACHE[key]


# ----- reading the registry ----------------------------------------------------------------------

@dataclass
class _Area:
    """What the analysis needs of a protected area."""

    number: int
    pa_id: str
    name: str
    iso3: str
    status: str
    geometry: QgsGeometry


@dataclass
class RegistryContent:
    """The registry's records as the analysis reads them (validated on the way in)."""

    states: dict[str, QgsGeometry]
    areas: list[_Area]
    networks: list[Network]
    members: dict[str, list[str]]
    sites: list[ReintroductionSite]


def _area_name(row: dict, language: str) -> str:
    return display_name(row, language) or str(row.get("pa_id"))


def read_registry(store) -> RegistryContent:
    """Read what the rules need; RecordError naming table, record and field when a row is bad.

    Protected areas (the big table) get the checks the analysis depends on (state, status,
    polygon geometry) rather than full model validation, which would dominate the run time.
    """
    language = current_language()
    states = {}
    for row in store.rows("range_states"):
        state = RangeState.parse(row)
        states[state.iso3] = state.geometry
    statuses = {s.value for s in Status}
    areas = []
    for row in store.rows("protected_areas"):
        pa_id = str(row.get("pa_id") or "?")
        if row.get("iso3") not in RANGE_STATES:
            raise RecordError("protected_areas", pa_id, "iso3", tr(
                "unknown ISO3 code '{value}' (expected one of {known})").format(
                value=row.get("iso3"), known=", ".join(RANGE_STATES)))
        if row.get("status") not in statuses:
            raise RecordError("protected_areas", pa_id, "status", tr(
                "unknown value '{value}' (expected one of {known})").format(
                value=row.get("status"), known=", ".join(sorted(statuses))))
        geometry = row.get("geometry")
        if geometry is None or geometry.isEmpty() or \
                geometry.type() != GEOMETRY_POLYGON:
            raise RecordError("protected_areas", pa_id, "geometry",
                              tr("the geometry is empty or not a polygon"))
        areas.append(_Area(len(areas), pa_id, _area_name(row, language), row["iso3"],
                           row["status"], geometry))
    networks = [Network.parse(row) for row in store.rows("networks")]
    known_pas = {area.pa_id for area in areas}
    known_networks = {network.network_id for network in networks}
    members: dict[str, list[str]] = defaultdict(list)
    for row in store.rows("network_members"):
        record = f"{row.get('network_id')}/{row.get('pa_id')}"
        if row.get("network_id") not in known_networks:
            raise RecordError("network_members", record, "network_id",
                              tr("no network '{value}'").format(value=row.get("network_id")))
        if row.get("pa_id") not in known_pas:
            raise RecordError("network_members", record, "pa_id",
                              tr("no protected area '{value}'").format(value=row.get("pa_id")))
        members[row["network_id"]].append(row["pa_id"])
    sites = [ReintroductionSite.parse(row) for row in store.rows("reintroduction_sites")]
    return RegistryContent(states, areas, networks, dict(members), sites)


# ----- messages -----------------------------------------------------------------------------------

def _km(value: float) -> str:
    return format_number(value, 1 if value < 10 else 0)


# ----- the rules ----------------------------------------------------------------------------------

class _PartnerIndex:
    """Protected areas that take part, indexed by box, to find partners across a border."""

    def __init__(self, areas: list[_Area]) -> None:
        self.areas = {area.number: area for area in areas}
        self.index = QgsSpatialIndex()
        for area in areas:
            self.index.addFeature(area.number, area.geometry.boundingBox())

    def candidates(self, iso3: str, geometry: QgsGeometry, km: float) -> list[_Area]:
        """PAs of ``iso3`` whose boxes come within ``km`` of ``geometry``'s, nearest box first."""
        box = geometry.boundingBox()
        centre = box.center()
        found = [self.areas[n] for n in self.index.intersects(widen(box, km))
                 if self.areas[n].iso3 == iso3]
        return sorted(found, key=lambda a: a.geometry.boundingBox().center().sqrDist(centre))


class _Analysis:
    """One run of the rules over a registry's content."""

    def __init__(self, content: RegistryContent, parameters: GapParameters,
                 feedback: QgsFeedback | None, partner: str | None = None) -> None:
        self.content = content
        self.parameters = parameters
        self.feedback = feedback
        self.partner = partner
        self.language = current_language()
        self.counting = parameters.status_values()
        self.areas = [a for a in content.areas if a.status in self.counting]
        self.meter = GeodesicMeter()
        self.borders = state_borders(content.states)
        self.partners = _PartnerIndex(self.areas)
        self.gaps: list[CrossBorderGap] = []

    def canceled(self) -> bool:
        return bool(self.feedback and self.feedback.isCanceled())

    def progress(self, done: int, total: int) -> None:
        if self.feedback and total:
            self.feedback.setProgress(100.0 * done / total)

    def run(self) -> list[CrossBorderGap]:
        total = len(self.areas) + len(self.content.sites) + len(self.content.networks)
        done = 0
        # Areas sorted west to east keep the projected-copy cache small and warm.
        for area in sorted(self.areas, key=lambda a: a.geometry.boundingBox().xMinimum()):
            if self.canceled():
                return self.gaps
            self._border_pa(area)
            done += 1
            if done % 200 == 0:
                self.progress(done, total)
                if len(self.meter._projected) > 20000:
                    self.meter.forget()
        for site in self.content.sites:
            if self.canceled():
                return self.gaps
            self._site(site)
            done += 1
        self.progress(done, total)
        self._networks()
        self.progress(total, total)
        return self.gaps

    # -- rules 1 and 4: a place near a border without a partner PA across it --

    def _unpaired(self, iso3: str, key: object, geometry: QgsGeometry, reach_km: float,
                  partner_km: float) -> list[tuple[str, float, QgsGeometry]]:
        """(neighbour, distance, border stretch) for each neighbour within ``reach_km`` of
        ``geometry`` that has no counting PA within ``partner_km`` of it."""
        found = []
        near = self.borders.pieces_near(iso3, geometry.boundingBox(), reach_km)
        if self.partner is not None and iso3 != self.partner:
            # Only gaps with the partner are wanted: another state's place is measured
            # against its border with the partner alone.
            near = {n: numbers for n, numbers in near.items() if n == self.partner}
        for neighbour, numbers in sorted(near.items()):
            pieces = [self.borders.pieces[n].geometry for n in numbers]
            close = [(n, p) for n, p in zip(numbers, pieces, strict=True)
                     if self.meter.within(geometry, p, reach_km, (key, ("border", n)))]
            if not close:
                continue
            if any(self.meter.within(geometry, partner.geometry, partner_km,
                                     (key, partner.number))
                   for partner in self.partners.candidates(neighbour, geometry, partner_km)):
                continue
            distance, shortest = min(
                (self.meter.distance_km(geometry, p, (key, ("border", n))) for n, p in close),
                key=lambda pair: pair[0])
            found.append((neighbour, distance,
                          self._stretch(key, geometry, [p for _, p in close], reach_km,
                                        shortest)))
        return found

    def _stretch(self, key: object, geometry: QgsGeometry, pieces: list[QgsGeometry],
                 reach_km: float, shortest: QgsGeometry) -> QgsGeometry:
        """The stretch of border within ``reach_km`` of ``geometry`` (lon/lat), measured in the
        place's UTM zone; the shortest line to the border when the stretch is a mere point."""
        centre = shortest.asPolyline()[-1] if not shortest.isEmpty() else \
            geometry.boundingBox().center()
        epsg = utm_epsg(centre)
        zone = self.meter.project(key, geometry, epsg).buffer(reach_km * 1000.0, 8)
        border = QgsGeometry.unaryUnion([self.meter.project(None, p, epsg) for p in pieces])
        stretch = border.intersection(zone)
        parts = _line_parts(self.meter.unproject(stretch, epsg)) if not stretch.isEmpty() else []
        if parts and sum(QgsGeometry.fromPolylineXY(p).length() for p in parts) > 0:
            merged = QgsGeometry.fromMultiPolylineXY(parts).mergeLines()
            merged.convertToMultiType()
            return merged
        line = QgsGeometry(shortest)
        line.convertToMultiType()
        return line

    def _border_pa(self, area: _Area) -> None:
        p = self.parameters
        for neighbour, distance, stretch in self._unpaired(
                area.iso3, area.number, area.geometry, p.border_km, p.partner_km):
            if distance < 0.5:
                text = tr("{pa} ({iso3}) reaches the border with {neighbour}, which has no "
                          "protected area within {partner} km")
            else:
                text = tr("{pa} ({iso3}) lies {distance} km from {neighbour}, which has no "
                          "protected area within {partner} km")
            message = text.format(
                pa=area.name, iso3=area.iso3, distance=_km(distance),
                neighbour=country_name(neighbour, self.language), partner=_km(p.partner_km))
            self.gaps.append(CrossBorderGap("unpaired_border_pa", area.iso3, neighbour,
                                            area.pa_id, None, None, None, round(distance, 3),
                                            message, stretch))

    def _site(self, site: ReintroductionSite) -> None:
        reach = float(self.parameters.dispersal_km.get(site.species,
                                                       SPECIES[site.species].dispersal_km))
        key = ("site", site.site_id)
        species = SPECIES[site.species].name(self.language)
        for neighbour, distance, stretch in self._unpaired(site.iso3, key, site.geometry,
                                                           reach, reach):
            message = tr("{species} site {site} ({iso3}) lies {distance} km from {neighbour}, "
                         "within the {reach} km the species disperses, and {neighbour} has no "
                         "protected area within {reach} km of the site").format(
                species=species, site=display_name(dict(site), self.language), iso3=site.iso3,
                distance=_km(distance),
                neighbour=country_name(neighbour, self.language), reach=_km(reach))
            self.gaps.append(CrossBorderGap("site_dispersal_unprotected", site.iso3, neighbour,
                                            None, None, site.site_id, site.species,
                                            round(distance, 3), message, stretch))

    # -- rules 2 and 3: networks --

    def _networks(self) -> None:
        by_id = {area.pa_id: area for area in self.content.areas}
        for network in self.content.networks:
            if network.status.value not in self.counting:
                continue
            members = [by_id[m] for m in self.content.members.get(network.network_id, [])
                       if m in by_id]
            counting = [m for m in members if m.status in self.counting]
            states_with_member = {m.iso3 for m in counting}
            for iso3 in network.range_states:
                if iso3 in states_with_member:
                    continue
                message = tr("Network {network} lists {state}, but none of its member "
                             "protected areas lies in {state}: add the partner site in {state} "
                             "or take {state} off the network").format(
                    network=display_name(dict(network), self.language),
                    state=country_name(iso3, self.language))
                self.gaps.append(CrossBorderGap(
                    "network_missing_state", iso3, None, None, network.network_id, None, None,
                    None, message, self._network_outline(network, counting or members, iso3)))
            for member in counting:
                if Status(member.status).rank >= network.status.rank:
                    continue
                message = tr("Network {network} is {network_status}, but its member {pa} "
                             "({iso3}) is only {member_status}: advance the member or correct "
                             "the network's status").format(
                    network=display_name(dict(network), self.language),
                    network_status=network.status.label().lower(),
                    pa=member.name, iso3=member.iso3,
                    member_status=Status(member.status).label().lower())
                outline = QgsGeometry(member.geometry.constGet().boundary())
                outline.convertToMultiType()
                self.gaps.append(CrossBorderGap(
                    "network_status_ahead", member.iso3, None, member.pa_id, network.network_id,
                    None, None, None, message, outline))

    def _network_outline(self, network: Network, members: list[_Area], missing: str
                         ) -> QgsGeometry:
        """Outline of the network's extent (hull of its members), else the missing state's
        border with the network's other states: where the partner site should be."""
        if members:
            hull = QgsGeometry.collectGeometry([m.geometry for m in members]).convexHull()
            outline = QgsGeometry(hull.constGet().boundary())
        else:
            lines = [self.borders.lines[(missing, other)] for other in network.range_states
                     if (missing, other) in self.borders.lines]
            outline = QgsGeometry.collectGeometry(lines) if lines else QgsGeometry()
            if outline.isEmpty() and missing in self.content.states:
                outline = QgsGeometry(self.content.states[missing].constGet().boundary())
        outline.convertToMultiType()
        return outline


def find_cross_border_gaps(store, parameters: GapParameters,
                           feedback: QgsFeedback | None = None, *,
                           partner: str | None = None) -> list[CrossBorderGap]:
    """Every gap of the registry in ``store`` under ``parameters``, rule by rule.

    With ``partner`` (ISO3), the border and site rules skip what cannot make a gap with that
    state (another state's place is measured against its border with the partner only): every
    gap with the partner is found as without it, other gaps may be missing.

    Raises InvalidValueError for bad parameters and RecordError for a registry row the rules cannot
    read. When ``feedback`` is canceled, returns the gaps found so far.
    """
    parameters.validate()
    content = read_registry(store)
    return _Analysis(content, parameters, feedback, partner).run()
