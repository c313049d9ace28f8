#!/usr/bin/env python3
"""Generate the demo protected-area polygons and reintroduction-site points.

Usage (from the repository root, after scripts/extract_range_states.py):

    python3 scripts/make_demo_areas.py

Reads resources/demo/range_states.geojson and writes
resources/demo/protected_areas.geojson and resources/demo/reintroduction_sites.geojson.

The attributes (names, designations, years, areas) are set in the tables below; see
resources/demo/README.md for which of them are facts and which are illustrative. The OUTLINES
are illustrative: each is a smoothed random blob (fixed seed per pa_id), stretched along the
ridge or valley where that is the shape of the real area, built around the reported location,
clipped to lie inside its own country (with a 50 m inset, so it stays inside after rounding),
cut away from the areas placed before it, and scaled until its geodesic area (WGS84 ellipsoid)
is within 2 % of the reported one. Running the script twice gives the same files.
"""

from __future__ import annotations

import logging
import math
import random
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_geojson import (
    WGS84_GEOD,
    as_multipolygon,
    geodesic_area_km2,
    geometry_from_geojson,
    multipolygon_coordinates,
    polygon_parts,
    read_features,
    rounded_multipolygon,
    write_feature_collection,
)

LOG = logging.getLogger("make_demo_areas")

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo"
DECIMALS = 6
BORDER_INSET_DEG = 0.0005  # about 50 m: keeps every PA strictly inside its country
NEIGHBOUR_GAP_DEG = 0.0003  # about 30 m between PAs that would otherwise touch
AREA_TOLERANCE = 0.02
MIN_PART_SHARE = 0.02  # drop clipped slivers smaller than 2 % of the largest part
VERTICES = 120
# Property order of the written features (the registry builder reads them by name).
PA_PROPERTIES = ("pa_id", "wdpa_id", "name_en", "name_ru", "name_local", "iso3", "designation",
                 "iucn_cat", "status", "status_year", "target_species", "notes")
SITE_PROPERTIES = ("site_id", "species", "name_en", "name_ru", "iso3", "pa_id", "site_status",
                   "sensitive")


@dataclass(frozen=True)
class ProtectedArea:
    """One protected area: attributes as written, plus the parameters of its outline."""

    pa_id: str
    iso3: str
    name_en: str
    name_ru: str
    name_local: str
    designation: str
    iucn_cat: str
    status: str
    status_year: int | None
    target_species: str
    notes: str
    lat: float  # reported location: the outline must contain it
    lon: float
    area_km2: float  # reported (or, where notes say so, illustrative) area
    aspect: float = 1.4  # length / width of the outline
    bearing: float = 90.0  # azimuth of the long axis, degrees from north
    centre_shift_km: tuple[float, float] = (0.0, 0.0)  # (east, north) shift of the outline
    wdpa_id: int | None = None


SNR = "State Nature Reserve (zapovednik)"
NNP = "State National Nature Park"
REZ = "State Nature Reserve (rezervat)"

PROTECTED_AREAS: list[ProtectedArea] = [
    # --- Kazakhstan: sites of the brief -------------------------------------------------
    ProtectedArea(
        "KAZ-AKSU-ZHABAGLY", "KAZ",
        name_en="Aksu-Zhabagly State Nature Reserve",
        name_ru="Аксу-Жабаглинский государственный природный заповедник",
        name_local="Ақсу-Жабағлы мемлекеттік табиғи қорығы",
        designation=SNR, iucn_cat="Ia",
        status="created", status_year=1926,
        target_species="snow_leopard;argali",
        notes=("Component of the Western Tien-Shan World Heritage site (2016); oldest zapovednik "
               "of Central Asia; borders Kyrgyzstan and Uzbekistan."),
        lat=42.28, lon=70.68, area_km2=1319, aspect=2.2, bearing=45,
    ),
    ProtectedArea(
        "KAZ-KARATAU", "KAZ",
        name_en="Karatau State Nature Reserve",
        name_ru="Каратауский государственный природный заповедник",
        name_local="Қаратау мемлекеттік табиғи қорығы",
        designation=SNR, iucn_cat="Ia",
        status="created", status_year=2004,
        target_species="argali",
        notes="Component of the Western Tien-Shan World Heritage site (2016); Karatau ridge.",
        lat=43.73, lon=68.68, area_km2=343, aspect=2.5, bearing=135,
    ),
    ProtectedArea(
        "KAZ-SAIRAM-UGAM", "KAZ",
        name_en="Sairam-Ugam State National Nature Park",
        name_ru="Сайрам-Угамский государственный национальный природный парк",
        name_local="Сайрам-Өгем мемлекеттік ұлттық табиғи паркі",
        designation=NNP, iucn_cat="II",
        status="created", status_year=2006,
        target_species="snow_leopard;argali",
        notes=("Component of the Western Tien-Shan World Heritage site (2016); Ugam ridge, borders "
               "Uzbekistan."),
        lat=41.98, lon=70.13, area_km2=1491, aspect=2.4, bearing=40,
    ),
    ProtectedArea(
        "KAZ-KATON-KARAGAY", "KAZ",
        name_en="Katon-Karagay State National Nature Park",
        name_ru="Катон-Карагайский государственный национальный природный парк",
        name_local="Катонқарағай мемлекеттік ұлттық табиғи паркі",
        designation=NNP, iucn_cat="II",
        status="created", status_year=2001,
        target_species="snow_leopard;argali",
        notes=("Kazakh part of the Great Altai transboundary biosphere reserve (UNESCO 2017). The "
               "reported point (49.17N 85.60E) is near the park office; the outline is centred "
               "further east, along the Bukhtarma valley towards the Russian and Chinese borders."),
        lat=49.17, lon=85.6, area_km2=6435, aspect=2.6, bearing=95, centre_shift_km=(40.0, 8.0),
    ),
    ProtectedArea(
        "KAZ-MARKAKOL", "KAZ",
        name_en="Markakol State Nature Reserve",
        name_ru="Маркакольский государственный природный заповедник",
        name_local="Марқакөл мемлекеттік табиғи қорығы",
        designation=SNR, iucn_cat="Ia",
        status="created", status_year=1976,
        target_species="snow_leopard",
        notes="Lake Markakol and surrounding ridges, Great Altai. Area approximate.",
        lat=48.75, lon=85.75, area_km2=1030, aspect=1.6, bearing=80,
    ),
    ProtectedArea(
        "KAZ-USTYURT", "KAZ",
        name_en="Ustyurt State Nature Reserve",
        name_ru="Устюртский государственный природный заповедник",
        name_local="Үстірт мемлекеттік табиғи қорығы",
        designation=SNR, iucn_cat="Ia",
        status="created", status_year=1984,
        target_species="saiga;goitered_gazelle;persian_leopard;caracal",
        notes="Ustyurt plateau and its chinks, Mangystau region.",
        lat=43.23, lon=54.65, area_km2=2230, aspect=2.0, bearing=20,
    ),
    ProtectedArea(
        "KAZ-TARBAGATAI", "KAZ",
        name_en="Tarbagatai State National Nature Park",
        name_ru="Тарбагатайский государственный национальный природный парк",
        name_local="Тарбағатай мемлекеттік ұлттық табиғи паркі",
        designation=NNP, iucn_cat="II",
        status="created", status_year=2018,
        target_species="argali",
        notes=("Northern slopes of the Tarbagatai ridge up to the Chinese border; outline centred "
               "east of the reported point so that the park reaches the border."),
        lat=47.28, lon=81.83, area_km2=1436, aspect=5.0, bearing=97, centre_shift_km=(45.0, -4.0),
    ),
    ProtectedArea(
        "KAZ-ZHONGAR-ALATAU", "KAZ",
        name_en="Zhongar-Alatau State National Nature Park",
        name_ru="Жонгар-Алатауский государственный национальный природный парк",
        name_local="Жоңғар Алатауы мемлекеттік ұлттық табиғи паркі",
        designation=NNP, iucn_cat="II",
        status="created", status_year=2010,
        target_species="snow_leopard;argali",
        notes="Northern slopes of the Zhongar (Dzungarian) Alatau along the Chinese border.",
        lat=45.1, lon=80.2, area_km2=3560, aspect=3.8, bearing=80, centre_shift_km=(-35.0, 8.0),
    ),
    ProtectedArea(
        "KAZ-ALTYN-DALA", "KAZ",
        name_en="Altyn Dala State Nature Reserve",
        name_ru="Государственный природный резерват «Алтын Дала»",
        name_local="«Алтын Дала» мемлекеттік табиғи резерваты",
        designation=REZ, iucn_cat="Not Reported",
        status="created", status_year=2012,
        target_species="saiga;przewalski_horse;kulan",
        notes=("Kostanay region steppe; Alibi reintroduction centre (Przewalski's horse, kulan). "
               "Location uncertain in the source (about 49.2N 65.9E)."),
        lat=49.2, lon=65.9, area_km2=4898, aspect=1.5, bearing=60,
    ),
    ProtectedArea(
        "KAZ-ALTYN-EMEL", "KAZ",
        name_en="Altyn-Emel State National Nature Park",
        name_ru="Алтын-Эмельский государственный национальный природный парк",
        name_local="Алтынемел мемлекеттік ұлттық табиғи паркі",
        designation=NNP, iucn_cat="II",
        status="created", status_year=1996,
        target_species="kulan;goitered_gazelle;bukhara_deer;argali",
        notes="Source population of kulan for the reintroductions; Bukhara deer released 2007.",
        lat=44.0, lon=78.6, area_km2=3077, aspect=2.0, bearing=75,
    ),
    ProtectedArea(
        "KAZ-BARSAKELMES", "KAZ",
        name_en="Barsakelmes State Nature Reserve",
        name_ru="Барсакельмесский государственный природный заповедник",
        name_local="Барсакелмес мемлекеттік табиғи қорығы",
        designation=SNR, iucn_cat="Ia",
        status="created", status_year=1939,
        target_species="kulan;goitered_gazelle;saiga",
        notes="Former island of the Aral Sea, now in the dried sea bed; kulan population.",
        lat=45.63, lon=59.87, area_km2=1631, aspect=1.5, bearing=30,
    ),
    ProtectedArea(
        "KAZ-ILE-BALKHASH", "KAZ",
        name_en="Ile-Balkhash State Nature Reserve",
        name_ru="Иле-Балхашский государственный природный резерват",
        name_local="Іле-Балқаш мемлекеттік табиғи резерваты",
        designation=REZ, iucn_cat="Not Reported",
        status="created", status_year=2018,
        target_species="tiger;bukhara_deer;kulan;goitered_gazelle",
        notes="Ili river delta; tiger reintroduction (2024), Bukhara deer releases 2018-2022.",
        lat=45.6, lon=74.7, area_km2=4152, aspect=1.8, bearing=135,
    ),
    # --- Kazakhstan: illustrative additions ---------------------------------------------
    ProtectedArea(
        "KAZ-ILE-ALATAU", "KAZ",
        name_en="Ile-Alatau State National Nature Park",
        name_ru="Иле-Алатауский государственный национальный природный парк",
        name_local="Іле Алатауы мемлекеттік ұлттық табиғи паркі",
        designation=NNP, iucn_cat="II",
        status="created", status_year=1996,
        target_species="snow_leopard",
        notes="Northern slopes of the Ile (Zailiysky) Alatau south of Almaty; area approximate.",
        lat=43.05, lon=77.0, area_km2=2000, aspect=4.5, bearing=88,
    ),
    ProtectedArea(
        "KAZ-KOLSAY", "KAZ",
        name_en="Kolsay Kolderi State National Nature Park",
        name_ru="Государственный национальный природный парк «Кольсай колдери»",
        name_local="«Көлсай көлдері» мемлекеттік ұлттық табиғи паркі",
        designation=NNP, iucn_cat="II",
        status="created", status_year=2007,
        target_species="snow_leopard",
        notes=("Kolsay lakes, northern slope of the Kungey Alatau on the Kyrgyz border; area "
               "approximate."),
        lat=42.95, lon=78.3, area_km2=1610, aspect=2.5, bearing=85,
    ),
    ProtectedArea(
        "KAZ-BOKEYORDA", "KAZ",
        name_en="Bokeyorda State Nature Reserve",
        name_ru="Государственный природный резерват «Бокейорда»",
        name_local="«Бөкейорда» мемлекеттік табиғи резерваты",
        designation=REZ, iucn_cat="Not Reported",
        status="created", status_year=2018,
        target_species="saiga",
        notes=("West Kazakhstan region, range of the Ural (Volga-Ural) saiga population. Location, "
               "outline, area and year are illustrative: check them against the state cadastre."),
        lat=48.9, lon=47.9, area_km2=6574, aspect=1.6, bearing=40,
    ),
    ProtectedArea(
        "KAZ-KAZTALOV-CORRIDOR", "KAZ",
        name_en="Kaztalov saiga migration corridor (proposed zakaznik)",
        name_ru="Казталовский миграционный коридор сайгака (проектируемый заказник)",
        name_local="Қазталов киік миграциялық дәлізі (жобаланған мемлекеттік табиғи қаумал)",
        designation="State Nature Zakaznik (proposed)", iucn_cat="Not Reported",
        status="planned", status_year=None,
        target_species="saiga",
        notes=("Hypothetical: illustrates a planned site in the Kaztalov district, where saiga and "
               "residents have been in conflict since 2018 (national report 2025)."),
        lat=49.7, lon=47.9, area_km2=1500, aspect=3.0, bearing=20,
    ),
    ProtectedArea(
        "KAZ-SOUTH-USTYURT", "KAZ",
        name_en="Southern Ustyurt (proposed State Nature Reserve)",
        name_ru="Южный Устюрт (проектируемый государственный природный заповедник)",
        name_local="Оңтүстік Үстірт (жобаланған мемлекеттік табиғи қорық)",
        designation="State Nature Reserve (proposed)", iucn_cat="Not Reported",
        status="planned", status_year=None,
        target_species="saiga;goitered_gazelle;persian_leopard;caracal",
        notes="Hypothetical: a planned site on the Ustyurt plateau along the Turkmen border.",
        lat=41.7, lon=55.5, area_km2=1800, aspect=2.5, bearing=60,
    ),
    # --- Kyrgyzstan ------------------------------------------------------------------------
    ProtectedArea(
        "KGZ-BESH-ARAL", "KGZ",
        name_en="Besh-Aral State Nature Reserve",
        name_ru="Беш-Аральский государственный природный заповедник",
        name_local="Беш-Арал мамлекеттик коругу",
        designation=SNR, iucn_cat="Ia",
        status="created", status_year=1979,
        target_species="snow_leopard;argali",
        notes="Component of the Western Tien-Shan World Heritage site (2016); Chatkal valley.",
        lat=41.57, lon=70.45, area_km2=1069, aspect=2.0, bearing=60, centre_shift_km=(8.0, 16.0),
    ),
    ProtectedArea(
        "KGZ-SARY-CHELEK", "KGZ",
        name_en="Sary-Chelek State Biosphere Reserve",
        name_ru="Сары-Челекский государственный биосферный заповедник",
        name_local="Сары-Челек мамлекеттик биосфералык коругу",
        designation=SNR, iucn_cat="Ia",
        status="created", status_year=1959,
        target_species="snow_leopard",
        notes=("Component of the Western Tien-Shan World Heritage site (2016); UNESCO biosphere "
               "reserve."),
        lat=41.87, lon=71.93, area_km2=239, aspect=1.5, bearing=30,
    ),
    ProtectedArea(
        "KGZ-PADYSHA-ATA", "KGZ",
        name_en="Padysha-Ata State Nature Reserve",
        name_ru="Падыша-Атинский государственный природный заповедник",
        name_local="Падыша-Ата мамлекеттик коругу",
        designation=SNR, iucn_cat="Ia",
        status="created", status_year=2003,
        target_species="snow_leopard",
        notes="Component of the Western Tien-Shan World Heritage site (2016).",
        lat=41.72, lon=71.58, area_km2=158, aspect=2.0, bearing=20,
    ),
    ProtectedArea(
        "KGZ-CHON-KEMIN", "KGZ",
        name_en="Chon-Kemin State National Nature Park",
        name_ru="Чон-Кеминский государственный природный национальный парк",
        name_local="Чоң-Кемин мамлекеттик жаратылыш улуттук паркы",
        designation=NNP, iucn_cat="II",
        status="created", status_year=1997,
        target_species="snow_leopard",
        notes=("Chon-Kemin valley between the Kungey and Ile Alatau, on the Kazakh border; area "
               "approximate."),
        lat=42.75, lon=76.2, area_km2=1237, aspect=3.5, bearing=78, centre_shift_km=(0.0, 9.0),
    ),
    # --- Uzbekistan -------------------------------------------------------------------------
    ProtectedArea(
        "UZB-CHATKAL", "UZB",
        name_en="Chatkal State Biosphere Reserve",
        name_ru="Чаткальский государственный горно-лесной биосферный заповедник",
        name_local="Chotqol davlat biosfera qoʻriqxonasi",
        designation="Zapovednik (biosphere reserve)", iucn_cat="Ia",
        status="created", status_year=1947,
        target_species="snow_leopard",
        notes=("Component of the Western Tien-Shan World Heritage site (2016). Location uncertain "
               "in the source (about 41.2N 70.1E); area approximate."),
        lat=41.2, lon=70.1, area_km2=357, aspect=2.0, bearing=50,
    ),
    ProtectedArea(
        "UZB-SAIGACHY", "UZB",
        name_en="Saigachy State Reserve",
        name_ru="Сайгачий государственный комплексный (ландшафтный) заказник",
        name_local="Saygachiy davlat majmua buyurtmaxonasi",
        designation="State Zakaznik", iucn_cat="IV",
        status="created", status_year=None,
        target_species="saiga;goitered_gazelle",
        notes=("Uzbek Ustyurt plateau. Location uncertain in the source; position, outline and "
               "area are illustrative."),
        lat=44.8, lon=57.0, area_km2=5000, aspect=2.2, bearing=100,
    ),
    ProtectedArea(
        "UZB-SUDOCHYE", "UZB",
        name_en="Sudochye lakes (proposed zakaznik)",
        name_ru="Судочье (проектируемый заказник)",
        name_local="Sudochye koʻllari (loyihalanayotgan buyurtmaxona)",
        designation="Zakaznik (proposed)", iucn_cat="Not Reported",
        status="draft", status_year=None,
        target_species="saiga;goitered_gazelle",
        notes=("Hypothetical status: wetlands of the former Amu Darya delta; draft status, outline "
               "and area are illustrative."),
        lat=43.45, lon=58.45, area_km2=500, aspect=1.7, bearing=150,
    ),
    ProtectedArea(
        "UZB-LOWER-AMUDARYA", "UZB",
        name_en="Lower Amudarya State Biosphere Reserve",
        name_ru="Нижне-Амударьинский государственный биосферный резерват",
        name_local="Quyi Amudaryo davlat biosfera rezervati",
        designation="State Biosphere Reserve", iucn_cat="Not Reported",
        status="created", status_year=2011,
        target_species="bukhara_deer",
        notes="Tugai forests of the lower Amu Darya; Bukhara deer. Location and area approximate.",
        lat=41.85, lon=60.95, area_km2=687, aspect=2.5, bearing=150,
    ),
    # --- Russia -------------------------------------------------------------------------------
    ProtectedArea(
        "RUS-KATUNSKY", "RUS",
        name_en="Katunsky State Biosphere Reserve",
        name_ru="Катунский государственный природный биосферный заповедник",
        name_local="Катунский государственный природный биосферный заповедник",
        designation="Zapovednik", iucn_cat="Ia",
        status="created", status_year=1991,
        target_species="snow_leopard",
        notes=("Russian part of the Great Altai transboundary biosphere reserve (UNESCO 2017); "
               "Katun ridge north of Belukha. Location uncertain in the source (about 49.8N "
               "86.4E); area approximate."),
        lat=49.8, lon=86.4, area_km2=1517, aspect=3.0, bearing=85, centre_shift_km=(0.0, -12.0),
    ),
    ProtectedArea(
        "RUS-UKOK", "RUS",
        name_en="Ukok Quiet Zone Nature Park",
        name_ru="Природный парк «Зона покоя Укок»",
        name_local="Природный парк «Зона покоя Укок»",
        designation="Nature Park (regional)", iucn_cat="Not Reported",
        status="created", status_year=2005,
        target_species="argali;snow_leopard",
        notes=("Ukok plateau where Russia, Kazakhstan, China and Mongolia meet. Location, area and "
               "year approximate."),
        lat=49.3, lon=87.5, area_km2=2529, aspect=1.6, bearing=60,
    ),
    ProtectedArea(
        "RUS-BOGDO-BASKUNCHAK", "RUS",
        name_en="Bogdinsko-Baskunchaksky State Nature Reserve",
        name_ru="Богдинско-Баскунчакский государственный природный заповедник",
        name_local="Богдинско-Баскунчакский государственный природный заповедник",
        designation="Zapovednik", iucn_cat="Ia",
        status="created", status_year=1997,
        target_species="saiga",
        notes=("Astrakhan region between the Volga and the Kazakh border. Location and area "
               "approximate."),
        lat=48.15, lon=46.85, area_km2=185, aspect=1.4, bearing=0,
    ),
    ProtectedArea(
        "RUS-CHERNYE-ZEMLI", "RUS",
        name_en="Chernye Zemli (Black Lands) State Biosphere Reserve",
        name_ru="Государственный природный биосферный заповедник «Чёрные земли»",
        name_local="Государственный природный биосферный заповедник «Чёрные земли»",
        designation="Zapovednik", iucn_cat="Ia",
        status="created", status_year=1990,
        target_species="saiga",
        notes=("Kalmykia; holds the North-West Pre-Caspian saiga population west of the Volga, "
               "listed here as the Russian saiga reserve nearest to the Volga-Ural range. Location "
               "and area approximate."),
        lat=46.2, lon=45.6, area_km2=1219, aspect=1.8, bearing=30,
    ),
    # --- China --------------------------------------------------------------------------------
    ProtectedArea(
        "CHN-KANAS", "CHN",
        name_en="Kanas National Nature Reserve",
        name_ru="Национальный природный заповедник Канас",
        name_local="喀纳斯国家级自然保护区",
        designation="National Nature Reserve", iucn_cat="Not Reported",
        status="created", status_year=1980,
        target_species="snow_leopard;argali",
        notes=("Chinese Altai at the Kazakh, Russian and Mongolian borders. Location and area "
               "approximate."),
        lat=48.85, lon=87.1, area_km2=2201, aspect=1.6, bearing=20,
    ),
    ProtectedArea(
        "CHN-TARBAGATAI", "CHN",
        name_en="Tarbagatai Mountains (proposed nature reserve)",
        name_ru="Тарбагатай, Китай (проектируемая ООПТ)",
        name_local="塔尔巴哈台山自然保护地（拟建）",
        designation="Nature reserve (proposed)", iucn_cat="Not Reported",
        status="planned", status_year=None,
        target_species="argali",
        notes="Hypothetical partner site: the source knows no Chinese partner site for Tarbagatai.",
        lat=46.93, lon=83.55, area_km2=800, aspect=3.5, bearing=85,
    ),
    ProtectedArea(
        "CHN-WENQUAN", "CHN",
        name_en="Wenquan, Dzungarian Alatau (proposed nature reserve)",
        name_ru="Вэньцюань, Джунгарский Алатау, Китай (проектируемая ООПТ)",
        name_local="温泉准噶尔阿拉套山自然保护地（拟建）",
        designation="Nature reserve (proposed)", iucn_cat="Not Reported",
        status="planned", status_year=None,
        target_species="snow_leopard;argali",
        notes=("Hypothetical partner site: the source knows no Chinese partner site for "
               "Zhongar-Alatau."),
        lat=44.98, lon=80.75, area_km2=900, aspect=2.5, bearing=80, centre_shift_km=(0.0, 6.0),
    ),
    # --- Turkmenistan, Mongolia ---------------------------------------------------------------
    ProtectedArea(
        "TKM-KAPLANKYR", "TKM",
        name_en="Kaplankyr State Nature Reserve",
        name_ru="Капланкырский государственный природный заповедник",
        name_local="Gaplaňgyr döwlet tebigy goraghanasy",
        designation="Zapovednik", iucn_cat="Ia",
        status="created", status_year=1979,
        target_species="saiga;goitered_gazelle;caracal",
        notes=("Kaplankyr plateau, northern Turkmenistan near the Kazakh and Uzbek borders. "
               "Location and area approximate."),
        lat=41.1, lon=56.6, area_km2=2828, aspect=2.0, bearing=120, centre_shift_km=(-20.0, 8.0),
    ),
    ProtectedArea(
        "MNG-ALTAI-TAVAN-BOGD", "MNG",
        name_en="Altai Tavan Bogd National Park",
        name_ru="Национальный парк «Алтай Таван Богд»",
        name_local="Алтай Таван Богд байгалийн цогцолборт газар",
        designation="National Park", iucn_cat="II",
        status="created", status_year=1996,
        target_species="argali;snow_leopard",
        notes=("Mongolian Altai at the Chinese and Russian borders; not a member of any network in "
               "the demo. Location and area approximate."),
        lat=48.75, lon=88.3, area_km2=6362, aspect=2.0, bearing=140,
    ),
]


@dataclass(frozen=True)
class ReintroductionSite:
    """One reintroduction site; the point is checked to lie inside its PA."""

    site_id: str
    species: str
    name_en: str
    name_ru: str
    iso3: str
    pa_id: str | None
    site_status: str
    sensitive: int
    lat: float
    lon: float


SITES: list[ReintroductionSite] = [
    ReintroductionSite(
        "RS-ALIBI-PH", "przewalski_horse",
        name_en="Alibi centre, Altyn Dala: Przewalski's horse",
        name_ru="Центр «Алиби», Алтын Дала: лошадь Пржевальского",
        iso3="KAZ", pa_id="KAZ-ALTYN-DALA",
        site_status="released", sensitive=0,
        lat=49.25, lon=65.8,
    ),
    ReintroductionSite(
        "RS-ALIBI-KULAN", "kulan",
        name_en="Alibi centre, Altyn Dala: kulan",
        name_ru="Центр «Алиби», Алтын Дала: кулан",
        iso3="KAZ", pa_id="KAZ-ALTYN-DALA",
        site_status="released", sensitive=0,
        lat=49.21, lon=65.86,
    ),
    ReintroductionSite(
        "RS-ALTYN-EMEL-KULAN", "kulan",
        name_en="Altyn-Emel: kulan source population",
        name_ru="Алтын-Эмель: исходная популяция кулана",
        iso3="KAZ", pa_id="KAZ-ALTYN-EMEL",
        site_status="established", sensitive=0,
        lat=44.05, lon=78.5,
    ),
    ReintroductionSite(
        "RS-BARSAKELMES-KULAN", "kulan",
        name_en="Barsakelmes: kulan",
        name_ru="Барсакельмес: кулан",
        iso3="KAZ", pa_id="KAZ-BARSAKELMES",
        site_status="established", sensitive=0,
        lat=45.6, lon=59.85,
    ),
    ReintroductionSite(
        "RS-ILE-BALKHASH-KULAN", "kulan",
        name_en="Ile-Balkhash: kulan",
        name_ru="Иле-Балхаш: кулан",
        iso3="KAZ", pa_id="KAZ-ILE-BALKHASH",
        site_status="released", sensitive=0,
        lat=45.45, lon=74.95,
    ),
    ReintroductionSite(
        "RS-SUZAK-KULAN", "kulan",
        name_en="Suzak district: kulan",
        name_ru="Сузакский район: кулан",
        iso3="KAZ", pa_id=None,
        site_status="planned", sensitive=0,
        lat=44.3, lon=68.9,
    ),
    ReintroductionSite(
        "RS-ILE-BALKHASH-BD", "bukhara_deer",
        name_en="Ile-Balkhash: Bukhara deer",
        name_ru="Иле-Балхаш: бухарский олень",
        iso3="KAZ", pa_id="KAZ-ILE-BALKHASH",
        site_status="released", sensitive=0,
        lat=45.65, lon=74.6,
    ),
    ReintroductionSite(
        "RS-ALTYN-EMEL-BD", "bukhara_deer",
        name_en="Altyn-Emel: Bukhara deer",
        name_ru="Алтын-Эмель: бухарский олень",
        iso3="KAZ", pa_id="KAZ-ALTYN-EMEL",
        site_status="established", sensitive=0,
        lat=43.95, lon=78.75,
    ),
    ReintroductionSite(
        "RS-ILE-BALKHASH-TIGER", "tiger",
        name_en="Ile-Balkhash: tiger enclosure (generalised location)",
        name_ru="Иле-Балхаш: вольер тигров (обобщённое местоположение)",
        iso3="KAZ", pa_id="KAZ-ILE-BALKHASH",
        site_status="enclosure", sensitive=1,
        lat=45.55, lon=74.75,
    ),
]


def smooth_blob(seed: int, aspect: float) -> list[tuple[float, float]]:
    """An irregular closed outline, about unit radius, in (along, across) axis units."""
    rng = random.Random(seed)
    harmonics = [
        (k, rng.uniform(0.04, 0.22) / k**0.7, rng.uniform(0, 2 * math.pi)) for k in range(2, 7)
    ]
    half_len, half_wid = math.sqrt(aspect), 1.0 / math.sqrt(aspect)
    points = []
    for i in range(VERTICES):
        theta = 2 * math.pi * i / VERTICES
        radius = 1.0 + sum(a * math.cos(k * theta + phase) for k, a, phase in harmonics)
        radius = max(radius, 0.45)
        points.append((half_len * radius * math.cos(theta), half_wid * radius * math.sin(theta)))
    return points


def outline(pa: ProtectedArea, scale_km: float) -> QgsGeometry:
    """The unclipped outline of a PA at a given size, in lon/lat."""
    lon0, lat0 = WGS84_GEOD.fwd(pa.lon, pa.lat, 90.0, pa.centre_shift_km[0] * 1000.0)[:2]
    lon0, lat0 = WGS84_GEOD.fwd(lon0, lat0, 0.0, pa.centre_shift_km[1] * 1000.0)[:2]
    bearing = math.radians(pa.bearing)
    major = (math.sin(bearing), math.cos(bearing))  # (east, north)
    minor = (math.cos(bearing), -math.sin(bearing))
    ring = []
    for along, across in smooth_blob(zlib.crc32(pa.pa_id.encode()), pa.aspect):
        east = (along * major[0] + across * minor[0]) * scale_km
        north = (along * major[1] + across * minor[1]) * scale_km
        azimuth = math.degrees(math.atan2(east, north))
        lon, lat, _ = WGS84_GEOD.fwd(lon0, lat0, azimuth, math.hypot(east, north) * 1000.0)
        ring.append(QgsPointXY(lon, lat))
    ring.append(ring[0])
    return QgsGeometry.fromPolygonXY([ring])


def drop_slivers(geom: QgsGeometry) -> QgsGeometry:
    """Keep the parts of a clipped outline that are not slivers."""
    parts = polygon_parts(geom)
    if not parts:
        return QgsGeometry()
    largest = max(p.area() for p in parts)
    return as_multipolygon(
        QgsGeometry.collectGeometry([p for p in parts if p.area() >= MIN_PART_SHARE * largest])
    )


def build_area(pa: ProtectedArea, country: QgsGeometry, taken: QgsGeometry | None) -> QgsGeometry:
    """Scale, clip and cut the outline of one PA until its area matches the reported one."""
    scale = math.sqrt(pa.area_km2 / math.pi)
    window = QgsGeometry.fromRect(QgsRectangle(pa.lon - 6, pa.lat - 5, pa.lon + 6, pa.lat + 5))
    room = country.intersection(window).buffer(-BORDER_INSET_DEG, 8)
    if taken is not None:
        room = room.difference(taken.buffer(NEIGHBOUR_GAP_DEG, 8))
    geom = QgsGeometry()
    for _ in range(40):
        geom = drop_slivers(outline(pa, scale).intersection(room))
        geom = rounded_multipolygon(geom, DECIMALS)
        area = geodesic_area_km2(geom)
        ratio = pa.area_km2 / area
        if abs(ratio - 1.0) <= AREA_TOLERANCE / 2:
            break
        scale *= math.sqrt(ratio)
    if not geom.isGeosValid():
        geom = as_multipolygon(geom.makeValid())
    return geom


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    countries = {
        f["properties"]["iso3"]: geometry_from_geojson(f["geometry"])
        for f in read_features(DEMO / "range_states.geojson")
    }
    built: dict[str, QgsGeometry] = {}
    features = []
    for pa in PROTECTED_AREAS:
        country = countries[pa.iso3]
        reported = QgsGeometry.fromPointXY(QgsPointXY(pa.lon, pa.lat))
        if not country.contains(reported):
            raise SystemExit(f"{pa.pa_id}: reported point lies outside {pa.iso3}")
        taken = QgsGeometry.unaryUnion(list(built.values())) if built else None
        geom = build_area(pa, country, taken)
        area = geodesic_area_km2(geom)
        if not geom.contains(reported):
            LOG.warning("%s: outline does not contain the reported point", pa.pa_id)
        if not country.contains(geom):
            raise SystemExit(f"{pa.pa_id}: outline leaves {pa.iso3}")
        LOG.info(
            "%-24s %s %8.0f km2 (reported %6.0f, %+.1f %%), %d part(s)",
            pa.pa_id,
            pa.iso3,
            area,
            pa.area_km2,
            100 * (area / pa.area_km2 - 1),
            len(geom.asMultiPolygon()),
        )
        built[pa.pa_id] = geom
        features.append(
            {
                "type": "Feature",
                "properties": {key: getattr(pa, key) for key in PA_PROPERTIES},
                "geometry": {
                    "type": "MultiPolygon",
                    "coordinates": multipolygon_coordinates(geom, DECIMALS),
                },
            }
        )
    write_feature_collection(DEMO / "protected_areas.geojson", features, "protected_areas")

    site_features = []
    for site in SITES:
        point = QgsGeometry.fromPointXY(QgsPointXY(site.lon, site.lat))
        if site.pa_id is not None and not built[site.pa_id].contains(point):
            raise SystemExit(f"{site.site_id}: point is not inside {site.pa_id}")
        if not countries[site.iso3].contains(point):
            raise SystemExit(f"{site.site_id}: point is not inside {site.iso3}")
        site_features.append(
            {
                "type": "Feature",
                "properties": {key: getattr(site, key) for key in SITE_PROPERTIES},
                "geometry": {"type": "Point", "coordinates": [site.lon, site.lat]},
            }
        )
    write_feature_collection(
        DEMO / "reintroduction_sites.geojson", site_features, "reintroduction_sites"
    )
    LOG.info("wrote %d protected areas and %d sites", len(features), len(site_features))
    return 0


if __name__ == "__main__":
    sys.exit(main())
