#!/usr/bin/env python3
"""Check the demo data sources in resources/demo/ for consistency.

Usage (from the repository root):  python3 scripts/check_demo_sources.py

Exits 1 and lists the problems if any check fails. What is checked: the file formats the
registry builder expects, unique ids, references between files, geometry validity, every PA
inside its own country and not overlapping another PA, neighbouring states touching, the network
counts of the national report (5 created, 2 draft, 3 planned), the release totals of the brief,
reintroduction sites inside their PA, and the size of the folder.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from qgis.core import QgsGeometry, QgsWkbTypes

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_geojson import (
    geodesic_area_km2,
    geodesic_length_km,
    geometry_from_geojson,
    read_features,
)
from make_demo_areas import PA_PROPERTIES, SITE_PROPERTIES

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo"

SPECIES = {
    "przewalski_horse",
    "kulan",
    "bukhara_deer",
    "tiger",
    "saiga",
    "snow_leopard",
    "persian_leopard",
    "caracal",
    "goitered_gazelle",
    "argali",
}
IUCN = {"Ia", "Ib", "II", "III", "IV", "V", "VI", "Not Reported", "Not Applicable", "Not Assigned"}
STATUS = {"created", "draft", "planned"}
TBCA_TYPES = {"protected_area", "conservation_landscape", "migratory_area"}
SITE_STATUS = {"planned", "enclosure", "released", "established"}
REQUIRED_STATES = {"KAZ", "RUS", "CHN", "KGZ", "UZB", "TKM", "TJK", "MNG"}
NEIGHBOURS = {
    ("KAZ", "RUS"),
    ("KAZ", "CHN"),
    ("KAZ", "KGZ"),
    ("KAZ", "UZB"),
    ("KAZ", "TKM"),
    ("KGZ", "UZB"),
    ("KGZ", "TJK"),
    ("CHN", "KGZ"),
    ("TKM", "UZB"),
    ("TJK", "UZB"),
    ("CHN", "TJK"),
    ("CHN", "MNG"),
    ("MNG", "RUS"),
    ("CHN", "RUS"),
}
NETWORK_COUNTS = {"created": 5, "draft": 2, "planned": 3}
RELEASE_TOTALS = {"przewalski_horse": 14, "kulan": 35, "bukhara_deer": 150, "tiger": 2}
NETWORK_HEADER = [
    "network_id",
    "name_en",
    "name_ru",
    "tbca_type",
    "status",
    "status_year",
    "range_states",
    "target_species",
    "notes",
]
TOLERANCE_KM2 = 0.01
MAX_FOLDER_MB = 8.0


class CheckCounter:
    """Counts the checks made and keeps the messages of those that failed."""

    def __init__(self) -> None:
        self.made = 0
        self.problems: list[str] = []

    def __call__(self, ok: bool, message: str) -> bool:
        self.made += 1
        if not ok:
            self.problems.append(message)
        return ok


check = CheckCounter()


def read_csv(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(DEMO / name, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def distance_km(a: QgsGeometry, b: QgsGeometry) -> float:
    """Geodesic length of the shortest line between two lon/lat geometries."""
    return geodesic_length_km(a.shortestLine(b))


def split_keys(value: str) -> list[str]:
    return [v for v in value.split(";") if v]


def check_range_states() -> dict[str, QgsGeometry]:
    states: dict[str, QgsGeometry] = {}
    for f in read_features(DEMO / "range_states.geojson"):
        p = f["properties"]
        check(
            set(p) == {"iso3", "name_en", "name_ru", "name_kk"},
            f"range_states: properties {sorted(p)}",
        )
        check(f["geometry"]["type"] == "MultiPolygon", f"{p['iso3']}: not a MultiPolygon")
        check(
            re.search("[а-яәғқңөұүһі]", p["name_kk"].lower()) is not None,
            f"{p['iso3']}: name_kk not Cyrillic",
        )
        geom = geometry_from_geojson(f["geometry"])
        check(geom.isGeosValid(), f"{p['iso3']}: invalid geometry")
        check(p["iso3"] not in states, f"{p['iso3']}: duplicate state")
        states[p["iso3"]] = geom
    check(set(states) >= REQUIRED_STATES, f"range_states: missing {REQUIRED_STATES - set(states)}")
    for a, b in NEIGHBOURS:
        if a in states and b in states:
            check(states[a].distance(states[b]) == 0.0, f"neighbours {a}-{b} do not touch")
            overlap = states[a].intersection(states[b])
            check(
                overlap.type() != QgsWkbTypes.PolygonGeometry
                or geodesic_area_km2(overlap) < TOLERANCE_KM2,
                f"neighbours {a}-{b} overlap",
            )
    return states


def check_protected_areas(states: dict[str, QgsGeometry]) -> dict[str, dict]:
    areas: dict[str, dict] = {}
    for f in read_features(DEMO / "protected_areas.geojson"):
        p = f["properties"]
        pid = p.get("pa_id")
        check(tuple(p) == PA_PROPERTIES, f"{pid}: properties {list(p)}")
        check(pid not in areas, f"{pid}: duplicate pa_id")
        check(re.fullmatch(r"[A-Z]{3}-[A-Z0-9-]+", pid or "") is not None, f"{pid}: pa_id format")
        check(pid.startswith(p["iso3"] + "-"), f"{pid}: prefix differs from iso3 {p['iso3']}")
        check(p["wdpa_id"] is None or isinstance(p["wdpa_id"], int), f"{pid}: wdpa_id")
        check(p["iucn_cat"] in IUCN, f"{pid}: iucn_cat {p['iucn_cat']}")
        check(p["status"] in STATUS, f"{pid}: status {p['status']}")
        check(p["status_year"] is None or isinstance(p["status_year"], int), f"{pid}: status_year")
        check(
            set(split_keys(p["target_species"])) <= SPECIES, f"{pid}: species {p['target_species']}"
        )
        check(
            all(p[k] for k in ("name_en", "name_ru", "name_local", "designation")),
            f"{pid}: empty name",
        )
        check(re.search("[А-Яа-яЁё]", p["name_ru"]) is not None, f"{pid}: name_ru not Cyrillic")
        if p["iso3"] == "KAZ":
            check(
                re.search("[әғқңөұүһі]", p["name_local"].lower()) is not None,
                f"{pid}: name_local not Kazakh",
            )
        check(f["geometry"]["type"] == "MultiPolygon", f"{pid}: not a MultiPolygon")
        geom = geometry_from_geojson(f["geometry"])
        check(geom.isGeosValid(), f"{pid}: invalid geometry")
        country = states.get(p["iso3"])
        if check(country is not None, f"{pid}: unknown iso3 {p['iso3']}"):
            outside = geom.difference(country)
            check(
                outside.isEmpty() or geodesic_area_km2(outside) < TOLERANCE_KM2,
                f"{pid}: {geodesic_area_km2(outside):.3f} km2 outside {p['iso3']}",
            )
        check(geodesic_area_km2(geom) >= 1.0, f"{pid}: smaller than 1 km2")
        areas[pid] = {"props": p, "geom": geom}
    ids = sorted(areas)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            ga, gb = areas[a]["geom"], areas[b]["geom"]
            if ga.boundingBox().intersects(gb.boundingBox()) and ga.intersects(gb):
                shared = ga.intersection(gb)
                check(
                    shared.type() != QgsWkbTypes.PolygonGeometry
                    or geodesic_area_km2(shared) < TOLERANCE_KM2,
                    f"{a} overlaps {b}",
                )
    check(25 <= len(areas) <= 35, f"{len(areas)} protected areas (expected 25-35)")
    check(any(a["props"]["status"] != "created" for a in areas.values()), "no draft or planned PA")
    return areas


def check_networks(areas: dict[str, dict], states: dict[str, QgsGeometry]) -> None:
    header, networks = read_csv("networks.csv")
    check(header == NETWORK_HEADER, f"networks.csv header {header}")
    by_id = {}
    for n in networks:
        nid = n["network_id"]
        check(nid not in by_id, f"{nid}: duplicate network_id")
        check(nid.startswith("NET-"), f"{nid}: network_id format")
        check(n["tbca_type"] in TBCA_TYPES, f"{nid}: tbca_type {n['tbca_type']}")
        check(n["status"] in STATUS, f"{nid}: status {n['status']}")
        check(n["status_year"] == "" or n["status_year"].isdigit(), f"{nid}: status_year")
        check(
            set(split_keys(n["range_states"])) <= set(states),
            f"{nid}: range_states {n['range_states']}",
        )
        check(
            set(split_keys(n["target_species"])) <= SPECIES, f"{nid}: species {n['target_species']}"
        )
        check(all(n[k] for k in ("name_en", "name_ru")), f"{nid}: empty name")
        by_id[nid] = n
    counts = Counter(n["status"] for n in networks)
    check(dict(counts) == NETWORK_COUNTS, f"network statuses {dict(counts)} != {NETWORK_COUNTS}")

    header, members = read_csv("network_members.csv")
    check(header == ["network_id", "pa_id"], f"network_members.csv header {header}")
    pairs = [(m["network_id"], m["pa_id"]) for m in members]
    check(len(pairs) == len(set(pairs)), "network_members.csv: duplicate pairs")
    member_states: dict[str, set[str]] = defaultdict(set)
    ahead = False
    for nid, pid in pairs:
        if not check(nid in by_id, f"member of unknown network {nid}"):
            continue
        if not check(pid in areas, f"{nid}: unknown pa_id {pid}"):
            continue
        iso = areas[pid]["props"]["iso3"]
        member_states[nid].add(iso)
        check(
            iso in split_keys(by_id[nid]["range_states"]),
            f"{nid}: member {pid} in {iso}, not a listed range state",
        )
        if by_id[nid]["status"] == "created" and areas[pid]["props"]["status"] != "created":
            ahead = True
    uncovered = False
    for nid, n in by_id.items():
        check(len(member_states[nid]) >= 2, f"{nid}: members in {sorted(member_states[nid])} only")
        if set(split_keys(n["range_states"])) - member_states[nid]:
            uncovered = True
    check(ahead, "demo case missing: created network with a draft/planned member")
    check(uncovered, "demo case missing: network listing a range state without members")


def check_sites(areas: dict[str, dict], states: dict[str, QgsGeometry]) -> dict[str, str]:
    species_of: dict[str, str] = {}
    near_border = False
    for f in read_features(DEMO / "reintroduction_sites.geojson"):
        p = f["properties"]
        sid = p.get("site_id")
        check(tuple(p) == SITE_PROPERTIES, f"{sid}: properties {list(p)}")
        check(sid not in species_of, f"{sid}: duplicate site_id")
        check(p["species"] in SPECIES, f"{sid}: species {p['species']}")
        check(p["site_status"] in SITE_STATUS, f"{sid}: site_status {p['site_status']}")
        check(p["sensitive"] in (0, 1), f"{sid}: sensitive {p['sensitive']}")
        if p["species"] == "tiger":
            check(p["sensitive"] == 1, f"{sid}: tiger site not sensitive")
        check(f["geometry"]["type"] == "Point", f"{sid}: not a Point")
        point = geometry_from_geojson(f["geometry"])
        if check(p["iso3"] in states, f"{sid}: unknown iso3"):
            check(states[p["iso3"]].contains(point), f"{sid}: not inside {p['iso3']}")
        if p["pa_id"] is not None and check(
            p["pa_id"] in areas, f"{sid}: unknown pa_id {p['pa_id']}"
        ):
            check(areas[p["pa_id"]]["geom"].contains(point), f"{sid}: not inside {p['pa_id']}")
        if p["species"] == "kulan":
            foreign = [g for iso, g in states.items() if iso != p["iso3"]]
            near_border |= min(distance_km(point, g) for g in foreign) <= 150.0
        species_of[sid] = p["species"]
    check(
        {"przewalski_horse", "kulan", "bukhara_deer", "tiger"} <= set(species_of.values()),
        "sites missing for a reintroduced species",
    )
    check(near_border, "no kulan site within 150 km of a border")
    return species_of


def check_releases(species_of: dict[str, str]) -> None:
    header, rows = read_csv("releases.csv")
    check(
        header == ["site_id", "release_date", "animals", "origin"], f"releases.csv header {header}"
    )
    totals: Counter[str] = Counter()
    for r in rows:
        sid = r["site_id"]
        check(sid in species_of, f"release at unknown site {sid}")
        check(
            re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?", r["release_date"])
            is not None,
            f"{sid}: release_date {r['release_date']}",
        )
        if check(
            r["animals"].isdigit() and int(r["animals"]) > 0, f"{sid}: animals {r['animals']}"
        ):
            totals[species_of.get(sid, "?")] += int(r["animals"])
    check(dict(totals) == RELEASE_TOTALS, f"release totals {dict(totals)} != {RELEASE_TOTALS}")


def check_files() -> None:
    for path in sorted(DEMO.iterdir()):
        if path.suffix in {".geojson", ".csv", ".md"}:
            text = path.read_bytes()
            check(not text.startswith(b"\xef\xbb\xbf"), f"{path.name}: UTF-8 BOM")
            text.decode("utf-8")
    size = sum(p.stat().st_size for p in DEMO.rglob("*") if p.is_file()) / 1e6
    check(size <= MAX_FOLDER_MB, f"resources/demo is {size:.1f} MB")


def main() -> int:
    check_files()
    states = check_range_states()
    areas = check_protected_areas(states)
    check_networks(areas, states)
    species_of = check_sites(areas, states)
    check_releases(species_of)
    for message in check.problems:
        print("FAIL:", message)
    print(f"{check.made - len(check.problems)} passed, {len(check.problems)} failed")
    return 1 if check.problems else 0


if __name__ == "__main__":
    sys.exit(main())
