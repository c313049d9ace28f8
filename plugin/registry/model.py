"""Records of the registry as pydantic models: every value is checked before it is written.

Each model knows its table and id field, so a refusal names table, record and field:
``protected_areas 'KAZ-X', field 'status': ...``.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)
from qgis.core import Qgis, QgsGeometry, QgsWkbTypes

from ..errors import TbpaError
from ..i18n import tr
from ..qgis_compat import GEOMETRY_POINT, GEOMETRY_POLYGON
from .catalogue import IUCN_CATEGORIES, RANGE_STATES, SPECIES, SiteStatus, Status, TbcaType
from .geodesy import geodesic_area_km2


class RecordError(TbpaError, ValueError):
    """A record refused by validation: names the table, the record id and the field."""

    def __init__(self, table: str, record_id: str, field: str, problem: str) -> None:
        self.table, self.record_id, self.field, self.problem = table, record_id, field, problem
        super().__init__(
            tr("{table} '{record}', field '{field}': {problem}").format(
                table=table, record=record_id, field=field, problem=problem
            )
        )


_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")


def _check_identifier(value: Any) -> str:
    text = "" if value is None else str(value).strip()
    if not _ID_PATTERN.match(text):
        raise ValueError(
            tr("'{value}' is not a valid identifier (letters, digits, '-', '_', '.'; "
               "at most 64 characters)").format(value=value)
        )
    return text


def _check_iso3(value: Any) -> str:
    text = "" if value is None else str(value).strip().upper()
    if text not in RANGE_STATES:
        raise ValueError(
            tr("unknown ISO3 code '{value}' (expected one of {known})").format(
                value=value, known=", ".join(RANGE_STATES)
            )
        )
    return text


def _check_species(value: Any) -> str:
    text = "" if value is None else str(value).strip()
    if text not in SPECIES:
        raise ValueError(
            tr("unknown species '{value}' (expected one of {known})").format(
                value=value, known=", ".join(SPECIES)
            )
        )
    return text


def _split_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    return [str(part).strip() for part in value]


def _check_enum(enum_type):
    def check(value: Any):
        text = "" if value is None else str(getattr(value, "value", value)).strip()
        try:
            return enum_type(text)
        except ValueError:
            raise ValueError(
                tr("unknown value '{value}' (expected one of {known})").format(
                    value=value, known=", ".join(e.value for e in enum_type)
                )
            ) from None

    return check


def _check_year(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise ValueError(tr("'{value}' is not a year").format(value=value)) from None
    if not 1850 <= year <= 2100:
        raise ValueError(tr("year {value} is out of range 1850-2100").format(value=year))
    return year


def _optional_text(value: Any) -> str:
    return "" if value is None else str(value).strip()


Identifier = Annotated[str, BeforeValidator(_check_identifier)]
Iso3 = Annotated[str, BeforeValidator(_check_iso3)]
SpeciesKey = Annotated[str, BeforeValidator(_check_species)]
SpeciesList = Annotated[list[SpeciesKey], BeforeValidator(_split_list)]
Iso3List = Annotated[list[Iso3], BeforeValidator(_split_list)]
StatusValue = Annotated[Status, BeforeValidator(_check_enum(Status))]
Year = Annotated[int | None, BeforeValidator(_check_year)]
Text = Annotated[str, BeforeValidator(_optional_text)]


def _as_geometry(value: Any) -> QgsGeometry:
    if isinstance(value, QgsGeometry):
        return QgsGeometry(value)
    if isinstance(value, (bytes, bytearray)):
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(value))
        return geometry
    if isinstance(value, str):
        return QgsGeometry.fromWkt(value)
    raise ValueError(tr("no geometry"))


class RegistryRecord(BaseModel):
    """Common behaviour: table name, id field, conversion to a table row."""

    model_config = ConfigDict(arbitrary_types_allowed=True, validate_assignment=True)
    table: ClassVar[str]
    id_field: ClassVar[str]
    list_fields: ClassVar[tuple[str, ...]] = ()

    @property
    def record_id(self) -> str:
        """Identifier shown in messages."""
        return str(getattr(self, self.id_field))

    def row(self) -> dict[str, Any]:
        """Values as stored in the table (lists joined with ';', enums as text)."""
        values = {}
        for name in type(self).model_fields:
            if name == "geometry":
                continue
            value = getattr(self, name)
            if name in self.list_fields:
                value = ";".join(value)
            elif hasattr(value, "value"):
                value = value.value
            values[name] = value
        return values

    @classmethod
    def parse(cls, values: dict[str, Any]):
        """Validate ``values``; raise :class:`RecordError` naming table, id and field."""
        try:
            return cls.model_validate(values)
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or cls.id_field
            message = _problem(first)
            raise RecordError(cls.table, str(values.get(cls.id_field) or "?"), field,
                              message) from None


def _problem(error: dict) -> str:
    """A pydantic error as the registry's translated message (pydantic's own are English)."""
    kind, value = error["type"], error.get("input")
    if kind in ("missing", "string_too_short"):  # text fields are at least one character
        return tr("a value is required")
    if kind.startswith("int_"):
        return tr("'{value}' is not a whole number").format(value=value)
    if kind.startswith("float_"):
        return tr("'{value}' is not a number").format(value=value)
    if kind.startswith("bool_"):
        return tr("'{value}' is not 0 or 1").format(value=value)
    if kind == "string_too_long":
        return tr("the text is longer than {limit} characters").format(
            limit=error.get("ctx", {}).get("max_length"))
    if kind == "string_type":
        return tr("'{value}' is not text").format(value=value)
    if kind == "list_type":
        return tr("'{value}' is not a list").format(value=value)
    return error["msg"].removeprefix("Value error, ")  # our validators' messages: translated


def _check_geometry(value: Any, geometry_type: int, type_name: str) -> QgsGeometry:
    geometry = _as_geometry(value)
    if geometry.isNull() or geometry.isEmpty():
        raise ValueError(tr("the geometry is empty"))
    if geometry.type() != geometry_type:
        raise ValueError(
            tr("the geometry is a {found}, expected a {expected}").format(
                found=QgsWkbTypes.displayString(geometry.wkbType()), expected=type_name
            )
        )
    if not geometry.isGeosValid():
        # GEOS's own check words the reason (QGIS's validator is quadratic in the vertices).
        errors = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
        raise ValueError(
            tr("the geometry is invalid ({reason})").format(
                reason=errors[0].what() if errors else "GEOS"
            )
        )
    box = geometry.boundingBox()
    if box.xMinimum() < -180 or box.xMaximum() > 180 or box.yMinimum() < -90 or box.yMaximum() > 90:
        raise ValueError(tr("the coordinates are not longitude/latitude (EPSG:4326)"))
    return geometry


def _multipolygon(value: Any) -> QgsGeometry:
    geometry = _check_geometry(value, GEOMETRY_POLYGON, "MultiPolygon")
    geometry.convertToMultiType()
    return geometry


#: A valid, non-empty (multi)polygon in EPSG:4326, stored as a MultiPolygon.
MultiPolygonGeometry = Annotated[QgsGeometry, BeforeValidator(_multipolygon)]


class RangeState(RegistryRecord):
    """A country polygon; neighbours are states whose polygons share a border."""

    table: ClassVar[str] = "range_states"
    id_field: ClassVar[str] = "iso3"
    iso3: Iso3
    name_en: str = Field(min_length=1)
    name_ru: Text = ""
    geometry: MultiPolygonGeometry


class ProtectedArea(RegistryRecord):
    """A protected area with its legal status; the area is computed, never typed."""

    table: ClassVar[str] = "protected_areas"
    id_field: ClassVar[str] = "pa_id"
    list_fields: ClassVar[tuple[str, ...]] = ("target_species",)
    pa_id: Identifier
    wdpa_id: int | None = None
    name_en: str = Field(min_length=1)
    name_ru: Text = ""
    name_local: Text = ""
    iso3: Iso3
    designation: Text = ""
    iucn_cat: str = "Not Reported"
    status: StatusValue
    status_year: Year = None
    target_species: SpeciesList = []
    notes: Text = ""
    geometry: MultiPolygonGeometry

    @field_validator("iucn_cat", mode="before")
    @classmethod
    def _iucn(cls, value: Any) -> str:
        text = "Not Reported" if value in (None, "") else str(value).strip()
        if text not in IUCN_CATEGORIES:
            raise ValueError(
                tr("unknown IUCN category '{value}' (expected one of {known})").format(
                    value=value, known=", ".join(IUCN_CATEGORIES)
                )
            )
        return text

    @property
    def area_km2(self) -> float:
        """Geodesic area on WGS84, in km2."""
        return round(geodesic_area_km2(self.geometry), 3)

    def row(self) -> dict[str, Any]:
        """Table values, with the computed area."""
        return {**super().row(), "area_km2": self.area_km2}


class Network(RegistryRecord):
    """A transboundary network joining protected areas of several range states."""

    table: ClassVar[str] = "networks"
    id_field: ClassVar[str] = "network_id"
    list_fields: ClassVar[tuple[str, ...]] = ("range_states", "target_species")
    network_id: Identifier
    name_en: str = Field(min_length=1)
    name_ru: Text = ""
    tbca_type: Annotated[TbcaType, BeforeValidator(_check_enum(TbcaType))]
    status: StatusValue
    status_year: Year = None
    range_states: Iso3List
    target_species: SpeciesList = []
    notes: Text = ""

    @field_validator("range_states")
    @classmethod
    def _two_states(cls, value: list[str]) -> list[str]:
        if len(set(value)) < 2:
            raise ValueError(tr("a transboundary network needs at least two range states"))
        return list(dict.fromkeys(value))


class NetworkMember(RegistryRecord):
    """Membership of a protected area in a network."""

    table: ClassVar[str] = "network_members"
    id_field: ClassVar[str] = "network_id"
    network_id: Identifier
    pa_id: Identifier

    @property
    def record_id(self) -> str:
        """``network/pa`` names the pair."""
        return f"{self.network_id}/{self.pa_id}"


class ReintroductionSite(RegistryRecord):
    """Where a species is (being) brought back; ``sensitive`` sites are generalised on export."""

    table: ClassVar[str] = "reintroduction_sites"
    id_field: ClassVar[str] = "site_id"
    site_id: Identifier
    species: SpeciesKey
    name_en: str = Field(min_length=1)
    name_ru: Text = ""
    iso3: Iso3
    pa_id: Identifier | None = None
    site_status: Annotated[SiteStatus, BeforeValidator(_check_enum(SiteStatus))]
    sensitive: bool = False
    geometry: QgsGeometry

    @field_validator("pa_id", mode="before")
    @classmethod
    def _empty_pa(cls, value: Any) -> Any:
        return None if value in (None, "") else value

    @field_validator("sensitive", mode="before")
    @classmethod
    def _flag(cls, value: Any) -> bool:
        if value in (None, ""):
            return False
        if str(value).strip().lower() in ("1", "true", "yes"):
            return True
        if str(value).strip().lower() in ("0", "false", "no"):
            return False
        raise ValueError(tr("'{value}' is not 0 or 1").format(value=value))

    @field_validator("geometry", mode="before")
    @classmethod
    def _geometry(cls, value: Any) -> QgsGeometry:
        geometry = _check_geometry(value, GEOMETRY_POINT, "Point")
        if geometry.isMultipart():
            raise ValueError(tr("a site is one point, not several"))
        return geometry

    def row(self) -> dict[str, Any]:
        """Table values; ``sensitive`` as 0/1."""
        return {**super().row(), "sensitive": int(self.sensitive)}


_DATE_PATTERN = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$")


class Release(RegistryRecord):
    """Animals released at a site on a date (month precision allowed)."""

    table: ClassVar[str] = "releases"
    id_field: ClassVar[str] = "site_id"
    site_id: Identifier
    release_date: str
    animals: int
    origin: Text = ""

    @field_validator("release_date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> str:
        text = "" if value is None else str(value).strip()
        if not _DATE_PATTERN.match(text):
            raise ValueError(
                tr("'{value}' is not a date written YYYY-MM or YYYY-MM-DD").format(value=value)
            )
        return text

    @field_validator("animals", mode="before")
    @classmethod
    def _animals(cls, value: Any) -> int:
        try:
            number = int(str(value).strip())
        except (TypeError, ValueError):
            raise ValueError(tr("'{value}' is not a whole number").format(value=value)) from None
        if number <= 0:
            raise ValueError(tr("the number of animals must be positive, not {value}").format(
                value=number))
        return number

    @property
    def year(self) -> int:
        """Year of the release."""
        return int(self.release_date[:4])
