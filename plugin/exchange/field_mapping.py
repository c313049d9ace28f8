"""Shapefile field names of each exchanged layer: ours (registry names cut to 10 characters) and
WDPA's, so partners can merge the protected areas with WDPA data without a mapping table.

The names are fixed here, not derived at run time, so they stay the same from one package to the
next; ``fields.csv`` in every package lists them with English and Russian descriptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..registry.catalogue import Status

#: A DBF text field holds at most this many bytes (longer texts go whole to long_texts.csv).
DBF_TEXT_BYTES = 254

PROTECTED_AREAS = "protected_areas"
SITES = "reintroduction_sites"
NETWORKS = "networks"
GAPS = "cross_border_gaps"


@dataclass(frozen=True)
class ShapefileField:
    """One column of a shapefile: its name there, the registry field it carries, its type."""

    name: str
    registry_field: str
    kind: str  # "str", "int" or "float"
    description_en: str
    description_ru: str

    @property
    def fiona_type(self) -> str:
        """Type as fiona's schema writes it."""
        return {"str": f"str:{DBF_TEXT_BYTES}", "int": "int:10", "float": "float:19.6"}[self.kind]


F = ShapefileField

_PA_OWN = (
    F("pa_id", "pa_id", "str", "Registry identifier of the protected area",
      "Идентификатор ООПТ в реестре"),
    F("wdpa_id", "wdpa_id", "int", "WDPA identifier (WDPAID), when known",
      "Идентификатор WDPA (WDPAID), если известен"),
    F("name_en", "name_en", "str", "Name in English", "Название на английском"),
    F("name_ru", "name_ru", "str", "Name in Russian", "Название на русском"),
    F("name_local", "name_local", "str", "Name in the local language",
      "Название на местном языке"),
    F("iso3", "iso3", "str", "ISO 3166-1 alpha-3 code of the country",
      "Код страны ISO 3166-1 alpha-3"),
    F("desig", "designation", "str", "Designation (type of protected area)",
      "Категория (тип) ООПТ"),
    F("iucn_cat", "iucn_cat", "str", "IUCN management category", "Категория МСОП"),
    F("status", "status", "str", "Legal status: created, draft or planned",
      "Правовой статус: created (создана), draft (проект), planned (планируется)"),
    F("status_yr", "status_year", "int", "Year the status was reached (empty when unknown)",
      "Год присвоения статуса (пусто, если неизвестен)"),
    F("area_km2", "area_km2", "float", "Geodesic area on WGS84, km2",
      "Геодезическая площадь на эллипсоиде WGS84, км2"),
    F("target_sp", "target_species", "str", "Target species keys, separated by ';'",
      "Ключи целевых видов через ';'"),
    F("notes", "notes", "str", "Notes", "Примечания"),
)

_PA_WDPA = (
    F("WDPAID", "wdpa_id", "int", "WDPA identifier (0 when not yet in WDPA)",
      "Идентификатор WDPA (0, если ООПТ ещё нет в WDPA)"),
    F("PA_DEF", "", "int", "1 = protected area (WDPA)", "1 = охраняемая территория (WDPA)"),
    F("NAME", "name_en", "str", "Name in English (WDPA NAME)",
      "Название на английском (WDPA NAME)"),
    F("ORIG_NAME", "name_local", "str", "Name in the original language (WDPA ORIG_NAME)",
      "Название на языке оригинала (WDPA ORIG_NAME)"),
    F("DESIG_ENG", "designation", "str", "Designation in English (WDPA DESIG_ENG)",
      "Категория на английском (WDPA DESIG_ENG)"),
    F("DESIG_TYPE", "", "str", "Designation type: National", "Тип категории: National"),
    F("IUCN_CAT", "iucn_cat", "str", "IUCN management category", "Категория МСОП"),
    F("STATUS", "status", "str",
      "WDPA status: Designated (created) or Proposed (draft, planned)",
      "Статус WDPA: Designated (создана) или Proposed (проект, планируется)"),
    F("STATUS_YR", "status_year", "int", "Year of the status (0 when unknown)",
      "Год статуса (0, если неизвестен)"),
    F("GIS_AREA", "area_km2", "float", "Geodesic area, km2", "Геодезическая площадь, км2"),
    F("ISO3", "iso3", "str", "ISO3 code of the country", "Код страны ISO3"),
    F("PARENT_ISO", "iso3", "str", "ISO3 code of the parent country (WDPA PARENT_ISO3)",
      "Код ISO3 страны-владельца (WDPA PARENT_ISO3)"),
    # Registry fields WDPA has no place for: without them a round trip would lose data.
    F("TBPA_ID", "pa_id", "str", "Registry identifier of the protected area",
      "Идентификатор ООПТ в реестре"),
    F("NAME_RU", "name_ru", "str", "Name in Russian", "Название на русском"),
    F("REG_STATUS", "status", "str", "Registry status: created, draft or planned",
      "Статус в реестре: created, draft или planned"),
    F("TARGET_SP", "target_species", "str", "Target species keys, separated by ';'",
      "Ключи целевых видов через ';'"),
    F("NOTES", "notes", "str", "Notes", "Примечания"),
)

_SITES = (
    F("site_id", "site_id", "str", "Registry identifier of the site", "Идентификатор участка"),
    F("species", "species", "str", "Species key", "Ключ вида"),
    F("name_en", "name_en", "str", "Name in English", "Название на английском"),
    F("name_ru", "name_ru", "str", "Name in Russian", "Название на русском"),
    F("iso3", "iso3", "str", "ISO3 code of the country", "Код страны ISO3"),
    F("pa_id", "pa_id", "str", "Protected area the site lies in", "ООПТ, где находится участок"),
    F("site_stat", "site_status", "str",
      "Stage: planned, enclosure, released or established",
      "Этап: planned, enclosure (вольер), released (выпуск), established (закрепилась)"),
    F("sensitive", "sensitive", "int", "1 = exact location is sensitive (poaching risk)",
      "1 = точное местоположение конфиденциально (риск браконьерства)"),
    F("generalsd", "generalised", "int",
      "1 = the point was moved to the centre of a grid cell; not the true location",
      "1 = точка перенесена в центр ячейки сетки; это не истинное местоположение"),
    F("gen_km", "generalised_km", "float", "Size of that grid cell, km",
      "Размер ячейки сетки, км"),
)

_NETWORKS = (
    F("net_id", "network_id", "str", "Registry identifier of the network",
      "Идентификатор сети"),
    F("name_en", "name_en", "str", "Name in English", "Название на английском"),
    F("name_ru", "name_ru", "str", "Name in Russian", "Название на русском"),
    F("tbca_type", "tbca_type", "str",
      "IUCN type: protected_area, conservation_landscape, migratory_area",
      "Тип МСОП: protected_area, conservation_landscape, migratory_area"),
    F("status", "status", "str", "Legal status: created, draft or planned",
      "Правовой статус: created, draft или planned"),
    F("status_yr", "status_year", "int", "Year of the status (empty when unknown)",
      "Год статуса (пусто, если неизвестен)"),
    F("states", "range_states", "str", "ISO3 codes of the range states, separated by ';'",
      "Коды ISO3 государств ареала через ';'"),
    F("target_sp", "target_species", "str", "Target species keys, separated by ';'",
      "Ключи целевых видов через ';'"),
    F("notes", "notes", "str", "Notes", "Примечания"),
    F("members", "member_count", "int", "Number of member protected areas",
      "Число ООПТ-участников"),
)

_GAPS = (
    F("gap_type", "gap_type", "str", "Kind of cross-border gap", "Тип трансграничного разрыва"),
    F("iso3", "iso3", "str", "Country of the gap's protected area", "Страна ООПТ"),
    F("neighbour", "neighbour", "str", "Neighbouring country", "Соседняя страна"),
    F("pa_id", "pa_id", "str", "Protected area concerned", "ООПТ"),
    F("net_id", "network_id", "str", "Network concerned", "Сеть"),
    F("site_id", "site_id", "str", "Reintroduction site concerned", "Участок реинтродукции"),
    F("species", "species", "str", "Species key", "Ключ вида"),
    F("dist_km", "distance_km", "float", "Distance, km", "Расстояние, км"),
    F("message", "message", "str", "Explanation", "Пояснение"),
)

#: CSV tables (no geometry), with their columns (registry field names, never cut).
CSV_TABLES = {
    "network_members": ("network_id", "pa_id"),
    "releases": ("site_id", "release_date", "animals", "origin"),
}
CSV_DESCRIPTIONS = {
    ("network_members", "network_id"): ("Network", "Сеть"),
    ("network_members", "pa_id"): ("Member protected area", "ООПТ-участник"),
    ("releases", "site_id"): ("Reintroduction site", "Участок реинтродукции"),
    ("releases", "release_date"): ("Date of release, YYYY-MM or YYYY-MM-DD",
                                   "Дата выпуска, ГГГГ-ММ или ГГГГ-ММ-ДД"),
    ("releases", "animals"): ("Number of animals released", "Число выпущенных животных"),
    ("releases", "origin"): ("Where the animals came from", "Откуда привезены животные"),
}

def layer_fields(layer: str, *, wdpa_names: bool = False) -> tuple[ShapefileField, ...]:
    """The fields of ``layer`` in the package (WDPA names apply to protected areas only)."""
    if layer == PROTECTED_AREAS:
        return _PA_WDPA if wdpa_names else _PA_OWN
    return {SITES: _SITES, NETWORKS: _NETWORKS, GAPS: _GAPS}[layer]


#: Registry status -> WDPA STATUS (brief: draft and planned are both "Proposed").
WDPA_STATUS = {Status.CREATED: "Designated", Status.DRAFT: "Proposed",
               Status.PLANNED: "Proposed"}
#: WDPA STATUS -> registry status, for partners' plain WDPA data (no REG_STATUS field).
STATUS_FROM_WDPA = {"designated": "created", "established": "created", "inscribed": "created",
                    "adopted": "created", "proposed": "draft"}


def field_name_problems() -> list[str]:
    """Names over 10 characters or used twice in a layer (a DBF would cut or merge them)."""
    problems = []
    for layer in (PROTECTED_AREAS, SITES, NETWORKS, GAPS):
        for wdpa in (False, True):
            names = [f.name.upper() for f in layer_fields(layer, wdpa_names=wdpa)]
            problems += [f"{layer}: {n}" for n in names if len(n) > 10]
            problems += [f"{layer}: {n} twice" for n in set(names) if names.count(n) > 1]
    return problems


def fields_csv_rows(wdpa_names: bool, layers: list[str]) -> list[dict[str, str]]:
    """Rows of ``fields.csv``: layer, shapefile field, registry field, type, descriptions."""
    rows = []
    for layer in layers:
        if layer in CSV_TABLES:
            for column in CSV_TABLES[layer]:
                english, russian = CSV_DESCRIPTIONS[(layer, column)]
                rows.append({"layer": layer, "shapefile_field": column, "registry_field": column,
                             "type": "int" if column == "animals" else "str",
                             "description_en": english, "description_ru": russian})
            continue
        for field in layer_fields(layer, wdpa_names=wdpa_names):
            rows.append({"layer": layer, "shapefile_field": field.name,
                         "registry_field": field.registry_field, "type": field.kind,
                         "description_en": field.description_en,
                         "description_ru": field.description_ru})
    return rows
