"""Benchmark of the cross-border gap analysis on synthetic registries.

    .venv/bin/python benchmarks/gaps.py                 # N = 1000, 5000, 20000; naive up to 5000
    .venv/bin/python benchmarks/gaps.py --sizes 1000 --naive-max 1000

A synthetic registry has all 14 range states of the catalogue (the registry accepts no other
ISO3 code) laid out on a 5 x 3 grid of 5 x 4 degree cells over 45-70E, 38-50N, the 15th cell
a sea with no state (so some states have a coast and fewer neighbours), with jagged shared
borders (a vertex every ~3 km), N protected areas of 30-200 vertices and 3-15 km radius placed
at random (seeded), N/50 networks and N/100 reintroduction sites.

Each measurement runs in a child process so its peak memory (max RSS) is its own; the indexed
analysis and a naive nested-loop version of the same rules (every PA against the whole border
line and every PA of the neighbour) run on the same registry and must give the same flags.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CACHE = Path(os.environ.get("TBPA_BENCH_DIR", "/tmp/tbpa-bench"))
# One entry per grid cell, row by row from the south-west; None is the sea.
CELLS = ("TKM", "UZB", "TJK", "AFG", "PAK",
         None, "KAZ", "KGZ", "CHN", "IND",
         "RUS", "MNG", "IRN", "NPL", "BTN")
STATES = tuple(iso3 for iso3 in CELLS if iso3)
COLUMNS, ROWS = 5, 3
WEST, SOUTH, CELL_W, CELL_H = 45.0, 38.0, 5.0, 4.0
STEP = 0.03  # degrees between border vertices
SPECIES_KEYS = ("kulan", "przewalski_horse", "bukhara_deer", "tiger")


LAND_CELLS = [cell for cell, iso3 in enumerate(CELLS) if iso3]


def land_neighbours(cell):
    """The land cells sharing an edge with ``cell`` (a network joins two neighbours)."""
    i, j = cell % COLUMNS, cell // COLUMNS
    around = [(i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)]
    return [b * COLUMNS + a for a, b in around
            if 0 <= a < COLUMNS and 0 <= b < ROWS and CELLS[b * COLUMNS + a]]


def point_in_cell(rng, cell, margin_lon, margin_lat):
    """A random point of grid cell ``cell``, at least the margins (degrees) from its edges."""
    i, j = cell % COLUMNS, cell // COLUMNS
    return (WEST + i * CELL_W + rng.uniform(margin_lon, CELL_W - margin_lon),
            SOUTH + j * CELL_H + rng.uniform(margin_lat, CELL_H - margin_lat))


def _border(start, end, fixed, vertical, rng):
    """Points of a jagged border line between two grid nodes (shared by both states)."""
    count = max(2, int(abs(end - start) / STEP))
    points = []
    for k in range(count + 1):
        t = start + (end - start) * k / count
        jitter = 0.0 if k in (0, count) else rng.uniform(-0.02, 0.02)
        points.append((fixed + jitter, t) if vertical else (t, fixed + jitter))
    return points


def state_polygons(rng):
    """WKT of each state's polygon, built from shared border lines (so they are noded)."""
    xs = [WEST + i * CELL_W for i in range(COLUMNS + 1)]
    ys = [SOUTH + j * CELL_H for j in range(ROWS + 1)]
    vertical = {(i, j): _border(ys[j], ys[j + 1], xs[i], True, rng)
                for i in range(COLUMNS + 1) for j in range(ROWS)}
    horizontal = {(i, j): _border(xs[i], xs[i + 1], ys[j], False, rng)
                  for i in range(COLUMNS) for j in range(ROWS + 1)}
    polygons = {}
    for j in range(ROWS):
        for i in range(COLUMNS):
            if CELLS[j * COLUMNS + i] is None:
                continue
            ring = (horizontal[(i, j)][:-1] + vertical[(i + 1, j)][:-1]
                    + horizontal[(i, j + 1)][::-1][:-1] + vertical[(i, j)][::-1])
            text = ",".join(f"{x:.6f} {y:.6f}" for x, y in ring)
            polygons[CELLS[j * COLUMNS + i]] = f"POLYGON(({text}))"
    return polygons


def pa_polygon(rng, lon, lat):
    """A star-shaped (so simple) polygon of 30-200 vertices and 3-15 km radius."""
    vertices = rng.randint(30, 200)
    radius_km = rng.uniform(3, 15)
    ring = []
    for k in range(vertices):
        angle = 2 * math.pi * k / vertices
        r = radius_km * rng.uniform(0.7, 1.0)
        ring.append((lon + r * math.cos(angle) / (111.32 * math.cos(math.radians(lat))),
                     lat + r * math.sin(angle) / 110.6))
    ring.append(ring[0])
    return "POLYGON((" + ",".join(f"{x:.6f} {y:.6f}" for x, y in ring) + "))"


def build_registry(n, path):
    """A synthetic registry of ``n`` PAs at ``path`` (seeded: the same file for the same n)."""
    from plugin.registry.model import (
        Network,
        NetworkMember,
        ProtectedArea,
        RangeState,
        ReintroductionSite,
    )
    from plugin.registry.store import RegistryStore

    rng = random.Random(n)
    polygons = state_polygons(rng)
    states = [RangeState.parse(dict(iso3=iso3, name_en=iso3, geometry=wkt))
              for iso3, wkt in polygons.items()]
    tmp = path.with_suffix(".building.gpkg")
    tmp.unlink(missing_ok=True)
    store = RegistryStore.create(tmp, f"Synthetic {n}", states)
    by_state = {iso3: [] for iso3 in STATES}
    with store.transaction():
        for number in range(n):
            cell = rng.choice(LAND_CELLS)
            lon, lat = point_in_cell(rng, cell, 0.25, 0.2)
            iso3 = CELLS[cell]
            pa_id = f"{iso3}-{number:06d}"
            store.add(ProtectedArea.parse(dict(
                pa_id=pa_id, name_en=f"Area {number}", iso3=iso3,
                status=rng.choice(("created", "created", "draft", "planned")),
                geometry=pa_polygon(rng, lon, lat))))
            by_state[iso3].append(pa_id)
        for number in range(max(1, n // 50)):
            first = rng.choice(LAND_CELLS)
            listed = [CELLS[first], CELLS[rng.choice(land_neighbours(first))]]
            network_id = f"NET-{number:05d}"
            store.add(Network.parse(dict(
                network_id=network_id, name_en=f"Network {number}",
                tbca_type="protected_area", status=rng.choice(("created", "draft", "planned")),
                range_states=";".join(listed))))
            members = rng.sample(by_state[listed[0]], min(2, len(by_state[listed[0]])))
            if rng.random() < 0.7 and by_state[listed[1]]:
                members.append(rng.choice(by_state[listed[1]]))
            for pa_id in members:
                store.add(NetworkMember(network_id=network_id, pa_id=pa_id))
        for number in range(max(1, n // 100)):
            cell = rng.choice(LAND_CELLS)
            lon, lat = point_in_cell(rng, cell, 0.1, 0.1)
            store.add(ReintroductionSite.parse(dict(
                site_id=f"RS-{number:05d}", species=rng.choice(SPECIES_KEYS),
                name_en=f"Site {number}", iso3=CELLS[cell], site_status="released",
                geometry=f"POINT({lon:.5f} {lat:.5f})")))
    store.close()
    tmp.replace(path)
    return path


def registry_for(n):
    """The cached synthetic registry of size ``n`` (built on first use)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"synthetic-{n}.gpkg"
    if not path.exists():
        started = time.perf_counter()
        build_registry(n, path)
        print(f"  built {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def naive_analysis_class():
    """The same rules with nested loops: every PA against whole border lines and every PA."""
    from plugin.analysis.gaps import _Analysis

    class NaiveAnalysis(_Analysis):
        def _unpaired(self, iso3, key, geometry, reach_km, partner_km):
            found = []
            for neighbour in sorted(self.borders.neighbours.get(iso3, ())):
                line = self.borders.lines[(iso3, neighbour)].densifyByDistance(0.1)
                distance, shortest = self.meter.distance_km(
                    geometry, line, (key, ("line", iso3, neighbour)))
                if distance > reach_km:
                    continue
                if any(other.iso3 == neighbour
                       and self.meter.within(geometry, other.geometry, partner_km,
                                             (key, other.number))
                       for other in self.areas):
                    continue
                found.append((neighbour, distance,
                              self._stretch(key, geometry, [line], reach_km, shortest)))
            return found

    return NaiveAnalysis


def measure(n, method):
    """Run one analysis in this process; return a dict of results."""
    from plugin.qgis_runtime import ensure_qgis_app

    ensure_qgis_app()
    from plugin.analysis.gaps import GapParameters, _Analysis, read_registry
    from plugin.registry.store import open_registry

    path = registry_for(n)
    tracemalloc.start()
    started = time.perf_counter()
    with open_registry(path) as store:
        content = read_registry(store)
    analysis_class = naive_analysis_class() if method == "naive" else _Analysis
    gaps = analysis_class(content, GapParameters(), None).run()
    seconds = time.perf_counter() - started
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    flags = sorted(f"{g.gap_type}|{g.iso3}|{g.neighbour}|{g.pa_id}|{g.network_id}|{g.site_id}"
                   for g in gaps)
    return {"n": n, "method": method, "seconds": seconds, "gaps": len(gaps),
            "python_peak_mb": python_peak / 2**20,
            "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "flags": flags}


def run_child(n, method):
    """``measure`` in a child process (its own peak memory)."""
    result = subprocess.run([sys.executable, __file__, "--child", method, str(n)],
                            capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--naive-max", type=int, default=5000,
                        help="run the naive version only up to this N")
    parser.add_argument("--child", nargs=2, metavar=("METHOD", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(int(args.child[1]), args.child[0])))
        return
    for n in args.sizes:  # build first, so build time is not measured
        subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(REPO)!r});"
                        "from plugin.qgis_runtime import ensure_qgis_app; ensure_qgis_app();"
                        f"from benchmarks.gaps import registry_for; registry_for({n})"],
                       check=True, cwd=REPO)
    print(f"{'N':>6} {'method':>8} {'time s':>8} {'gaps':>6} {'py peak MB':>10} "
          f"{'max RSS MB':>10} {'ratio':>7} {'same':>5}")
    for n in args.sizes:
        indexed = run_child(n, "indexed")
        naive = run_child(n, "naive") if n <= args.naive_max else None
        rows = [indexed] + ([naive] if naive else [])
        for row in rows:
            ratio = same = ""
            if naive and row is naive:
                ratio = f"{naive['seconds'] / indexed['seconds']:.1f}x"
                same = "yes" if naive["flags"] == indexed["flags"] else "NO"
            print(f"{n:>6} {row['method']:>8} {row['seconds']:>8.2f} {row['gaps']:>6} "
                  f"{row['python_peak_mb']:>10.1f} {row['max_rss_mb']:>10.1f} {ratio:>7} "
                  f"{same:>5}", flush=True)


if __name__ == "__main__":
    main()
