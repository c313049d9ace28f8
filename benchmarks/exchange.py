"""Benchmark of the partner package: export and import against ogr2ogr in the same run.

    .venv/bin/python benchmarks/exchange.py                  # N = 20000, partner KAZ
    .venv/bin/python benchmarks/exchange.py --sizes 1000 --partner UZB

The registry is the gap benchmark's synthetic one (``benchmarks/gaps.py``: all 14 range states,
N protected areas of 30-200 vertices, cached in /tmp/tbpa-bench). Each measurement is a ratio to
ogr2ogr doing the plain-GDAL part of the same job on the same machine in the same run, so the
figures do not depend on the machine (each the best of three runs; ogr2ogr's include its process
start):

- export: ``export_partner_package`` (scope, gap step, every layer, manifest, zip) against
  ``ogr2ogr`` writing the same protected areas (the ids of the package's layer) from the
  registry GeoPackage into a UTF-8 shapefile. Target: at most 5x.
- import: ``import_partner_package`` of that package back into the registry it came from
  (every record compared, all identical) and into a new registry with the range states only
  (every record added, ``--from ALL``), against ``ogr2ogr`` appending the package's protected
  areas into a GeoPackage. Target: at most 10x.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

EXPORT_TARGET = 5.0
IMPORT_TARGET = 10.0


RUNS = 3


def timed(function, *args, **kwargs):
    """(seconds, result) of one call."""
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def best_of(runs: int, make_call) -> tuple[float, object]:
    """(best seconds, last result) of ``runs`` calls of ``make_call()`` (a fresh call each)."""
    best, result = float("inf"), None
    for _ in range(runs):
        seconds, result = make_call()
        best = min(best, seconds)
    return best, result


def ogr2ogr(*args: str) -> float:
    """Seconds the system's ogr2ogr takes (the baseline): the best of three runs."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(["ogr2ogr", "-overwrite", *args], check=True, capture_output=True)
        best = min(best, time.perf_counter() - started)
    return best


def measure(n: int, partner: str, work: Path) -> list[tuple[str, float, float, float]]:
    """Rows (what, seconds, ogr2ogr seconds, ratio) for one registry size."""
    from datetime import date

    import fiona

    from benchmarks.gaps import registry_for
    from plugin.exchange.package_import import ImportOptions, import_partner_package
    from plugin.exchange.partner_package import ExportOptions, export_partner_package
    from plugin.registry.model import RangeState
    from plugin.registry.store import RegistryStore, open_registry

    registry = registry_for(n)
    with open_registry(registry) as store:
        # One untimed run first: module imports and PROJ's first use are paid once per QGIS
        # session, not per export.
        export_partner_package(store, work / "warm-up", ExportOptions(partner))
        seconds, package = best_of(RUNS, lambda: timed(
            export_partner_package, store, work / "out",
            ExportOptions(partner, today=date(2025, 6, 24))))
        states = store.records(RangeState)
    unpacked = work / "unpacked"
    with zipfile.ZipFile(package.path) as archive:
        archive.extractall(unpacked)
    with fiona.open(unpacked / "protected_areas.shp") as layer:
        ids = [feature.properties["pa_id"] for feature in layer]
    id_list = work / "ids.sql"
    id_list.write_text("pa_id IN (" + ",".join(f"'{i}'" for i in ids) + ")")
    baseline_out = work / "baseline"
    baseline_out.mkdir()
    export_baseline = ogr2ogr("-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-where",
                              f"@{id_list}", str(baseline_out / "protected_areas.shp"),
                              str(registry), "protected_areas")
    rows = [(f"export {partner} ({len(ids)} PAs of {n})", seconds, export_baseline,
             seconds / export_baseline)]

    import_baseline = ogr2ogr("-f", "GPKG", str(work / "baseline.gpkg"),
                              str(unpacked / "protected_areas.shp"))

    same = work / "same.gpkg"
    shutil.copy2(registry, same)
    with open_registry(same) as store:
        seconds, report = best_of(RUNS, lambda: timed(
            import_partner_package, store, package.path, ImportOptions()))
    assert report.count("updated") == 0 and report.count("added") == 0, report.lines()[-1]
    rows.append(("import back, all identical", seconds, import_baseline,
                 seconds / import_baseline))

    def into_a_new_registry():
        fresh = work / "fresh.gpkg"
        fresh.unlink(missing_ok=True)
        RegistryStore.create(fresh, "Receiving", states).close()
        with open_registry(fresh) as store:
            return timed(import_partner_package, store, package.path,
                         ImportOptions(sender="ALL"))

    seconds, report = best_of(RUNS, into_a_new_registry)
    assert report.count("added", "protected_areas") == len(ids), report.lines()[-1]
    rows.append(("import into a new registry", seconds, import_baseline,
                 seconds / import_baseline))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20000])
    parser.add_argument("--partner", default="KAZ")
    args = parser.parse_args()
    from plugin.qgis_runtime import ensure_qgis_app

    ensure_qgis_app()
    from benchmarks.gaps import registry_for

    for n in args.sizes:
        registry_for(n)  # built (and cached) before anything is timed
    print(f"{'measurement':<40} {'time s':>8} {'ogr2ogr s':>10} {'ratio':>7} {'target':>7}")
    failed = False
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="tbpa-bench-exchange-") as work:
            for what, seconds, baseline, ratio in measure(n, args.partner, Path(work)):
                target = EXPORT_TARGET if what.startswith("export") else IMPORT_TARGET
                failed |= ratio > target
                print(f"{what:<40} {seconds:>8.2f} {baseline:>10.2f} {ratio:>6.1f}x "
                      f"{target:>6.0f}x", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
