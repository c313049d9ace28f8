"""Fixed vocabularies of the registry: species, range states, statuses and IUCN categories.

The species' default dispersal distances feed the cross-border gap analysis; each carries its
source so an analyst can judge (and override) it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..i18n import tr


class Status(str, Enum):
    """Legal stage of a protected area or network (Kazakhstan's 2025 report)."""

    PLANNED = "planned"
    DRAFT = "draft"
    CREATED = "created"

    @property
    def rank(self) -> int:
        """Order planned < draft < created, used to compare a network with its members."""
        return STATUS_ORDER.index(self)

    def label(self) -> str:
        """Translated name for the user."""
        return {
            Status.CREATED: tr("Created"),
            Status.DRAFT: tr("Draft"),
            Status.PLANNED: tr("Planned"),
        }[self]


#: Statuses in the order the layer panel lists them.
STATUS_DISPLAY_ORDER = (Status.CREATED, Status.DRAFT, Status.PLANNED)
STATUS_ORDER = (Status.PLANNED, Status.DRAFT, Status.CREATED)


class TbcaType(str, Enum):
    """IUCN typology of transboundary conservation areas (Vasilijevic et al. 2015)."""

    PROTECTED_AREA = "protected_area"
    CONSERVATION_LANDSCAPE = "conservation_landscape"
    MIGRATORY_AREA = "migratory_area"


class SiteStatus(str, Enum):
    """Stage of a reintroduction site."""

    PLANNED = "planned"
    ENCLOSURE = "enclosure"
    RELEASED = "released"
    ESTABLISHED = "established"

    def label(self) -> str:
        """Translated name for the user (legend, forms, the dock)."""
        return {
            SiteStatus.PLANNED: tr("Planned"),
            SiteStatus.ENCLOSURE: tr("In enclosure"),
            SiteStatus.RELEASED: tr("Released"),
            SiteStatus.ESTABLISHED: tr("Established"),
        }[self]


IUCN_CATEGORIES = (
    "Ia", "Ib", "II", "III", "IV", "V", "VI", "Not Reported", "Not Applicable", "Not Assigned",
)


def iucn_category_label(category: str) -> str:
    """Category for the user: the codes Ia..VI as they are, WDPA's "Not ..." values translated."""
    return {
        "Not Reported": tr("Not Reported"),
        "Not Applicable": tr("Not Applicable"),
        "Not Assigned": tr("Not Assigned"),
    }.get(category, category)


@dataclass(frozen=True)
class Species:
    """A species the registry tracks, with its names and default dispersal distance."""

    key: str
    scientific_name: str
    name_en: str
    name_ru: str
    name_kk: str
    reintroduced: bool
    dispersal_km: float
    dispersal_source: str
    #: A new site of the species is sensitive by default (exact position withheld from
    #: partners: poaching risk); the analyst may change it per site.
    sensitive: bool = False

    def name(self, language: str) -> str:
        """Name in ``language`` (en, ru, kk), English when unknown."""
        return {"ru": self.name_ru, "kk": self.name_kk}.get(language, self.name_en)


SPECIES: dict[str, Species] = {
    s.key: s
    for s in (
        Species("przewalski_horse", "Equus ferus przewalskii", "Przewalski's horse",
                "лошадь Пржевальского", "Пржевальский жылқысы", True, 50.0,
                "order of magnitude of home-range diameters of released harems in the Dzungarian "
                "Gobi (Kaczensky et al., GPS telemetry, 2000s)"),
        Species("kulan", "Equus hemionus kulan", "Kulan", "кулан", "құлан", True, 150.0,
                "Asiatic wild ass ranges of thousands of km2 in the Gobi (Kaczensky et al. 2011, "
                "Biological Conservation)"),
        Species("bukhara_deer", "Cervus elaphus bactrianus", "Bukhara deer", "бухарский олень",
                "бұхар бұғысы", True, 30.0,
                "riparian tugai deer moving along river valleys; WWF Central Asia monitoring"),
        Species("tiger", "Panthera tigris", "Tiger", "тигр", "жолбарыс", True, 100.0,
                "dispersal of young Amur tigers, tens to 100+ km (Goodrich et al. 2010)",
                sensitive=True),
        Species("saiga", "Saiga tatarica", "Saiga", "сайгак", "ақбөкен", False, 300.0,
                "seasonal migrations of several hundred km (Bekenov, Grachev & Milner-Gulland "
                "1998, Mammal Review)"),
        Species("snow_leopard", "Panthera uncia", "Snow leopard", "снежный барс",
                "ілбіс", False, 100.0,
                "dispersal of subadult snow leopards, tens to 100+ km (Snow Leopard Trust "
                "telemetry, Mongolia)"),
        Species("persian_leopard", "Panthera pardus tulliana", "Persian leopard",
                "переднеазиатский леопард", "Алдыңғы Азия қабыланы", False, 90.0,
                "male leopard dispersal in the Kopet Dag, tens of km (Farhadinia et al.)"),
        Species("caracal", "Caracal caracal", "Caracal", "каракал", "қарақұлақ", False, 50.0,
                "order of magnitude of caracal home ranges in arid Asia; expert estimate"),
        Species("goitered_gazelle", "Gazella subgutturosa", "Goitered gazelle", "джейран",
                "қарақұйрық", False, 100.0,
                "seasonal movements of tens to 100+ km (CMS CAMI programme of work)"),
        Species("argali", "Ovis ammon", "Argali", "архар", "арқар", False, 50.0,
                "seasonal altitudinal movements of tens of km (CMS CAMI argali action plan)"),
    )
}

REINTRODUCED_SPECIES = tuple(k for k, s in SPECIES.items() if s.reintroduced)


@dataclass(frozen=True)
class RangeStateInfo:
    """A range state of the Central Asian Mammals Initiative (or a neighbour of Kazakhstan)."""

    iso3: str
    name_en: str
    name_ru: str
    name_kk: str

    def name(self, language: str) -> str:
        """Name in ``language`` (en, ru, kk), English when unknown."""
        return {"ru": self.name_ru, "kk": self.name_kk}.get(language, self.name_en)


RANGE_STATES: dict[str, RangeStateInfo] = {
    r.iso3: r
    for r in (
        RangeStateInfo("KAZ", "Kazakhstan", "Казахстан", "Қазақстан"),
        RangeStateInfo("RUS", "Russia", "Россия", "Ресей"),
        RangeStateInfo("CHN", "China", "Китай", "Қытай"),
        RangeStateInfo("KGZ", "Kyrgyzstan", "Киргизия", "Қырғызстан"),
        RangeStateInfo("UZB", "Uzbekistan", "Узбекистан", "Өзбекстан"),
        RangeStateInfo("TKM", "Turkmenistan", "Туркмения", "Түрікменстан"),
        RangeStateInfo("TJK", "Tajikistan", "Таджикистан", "Тәжікстан"),
        RangeStateInfo("MNG", "Mongolia", "Монголия", "Моңғолия"),
        RangeStateInfo("AFG", "Afghanistan", "Афганистан", "Ауғанстан"),
        RangeStateInfo("IRN", "Iran", "Иран", "Иран"),
        RangeStateInfo("IND", "India", "Индия", "Үндістан"),
        RangeStateInfo("PAK", "Pakistan", "Пакистан", "Пәкістан"),
        RangeStateInfo("BTN", "Bhutan", "Бутан", "Бутан"),
        RangeStateInfo("NPL", "Nepal", "Непал", "Непал"),
    )
}
