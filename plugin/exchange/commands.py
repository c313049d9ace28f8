"""Exchange subcommands: ``export`` (a package for a partner) and ``import`` (merge one back)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import tr
from ..registry.catalogue import RANGE_STATES
from ..registry.store import open_registry
from .package_import import (
    ALL_SENDERS,
    ImportOptions,
    check_partner_package,
    import_partner_package,
)
from .partner_package import ExportOptions, export_partner_package

#: Exit status of ``import`` when the merge left conflicts (proposals) untouched.
EXIT_CONFLICTS = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``export`` and ``import``."""
    export = subparsers.add_parser(
        "export", help=tr("write a shapefile package for a neighbouring range state"))
    export.add_argument("registry", help=tr("registry GeoPackage"))
    export.add_argument("--partner", required=True, type=str.upper,
                        choices=list(RANGE_STATES), metavar="ISO3",
                        help=tr("ISO3 code of the partner state"))
    export.add_argument("--output", type=Path, required=True, help=tr("output folder"))
    export.add_argument("--crs", default="EPSG:4326",
                        help=tr("coordinate reference system of the shapefiles"))
    export.add_argument("--border-km", type=float, default=100.0,
                        help=tr("include other states' areas and sites this close to the "
                                "partner (km)"))
    export.add_argument("--include-sensitive", action="store_true",
                        help=tr("give sensitive sites at their exact location"))
    export.add_argument("--wdpa-names", action="store_true",
                        help=tr("name the protected areas' fields as WDPA does"))
    export.set_defaults(run=run_export)

    imported = subparsers.add_parser(
        "import", help=tr("check and merge a partner's package into the registry"),
        epilog=tr("Exit status: 0 merged (or, with --dry-run, would merge) without conflicts; "
                  "{conflicts} merged but some records were left untouched as conflicts or "
                  "proposals (see the report); 1 refused, nothing written; 2 wrong command "
                  "line.").format(conflicts=EXIT_CONFLICTS))
    imported.add_argument("registry", help=tr("registry GeoPackage"))
    imported.add_argument("package", type=Path,
                          help=tr("zip, folder of shapefiles, or one .shp"))
    imported.add_argument("--dry-run", action="store_true",
                          help=tr("print the report and write nothing"))
    imported.add_argument("--encoding",
                          help=tr("text encoding of the DBF files (e.g. cp1251, UTF-8)"))
    imported.add_argument("--crs", help=tr("coordinate system of shapefiles without .prj"))
    imported.add_argument("--from", dest="sender", type=str.upper, metavar="ISO3",
                          choices=[*RANGE_STATES, ALL_SENDERS],
                          help=tr("range state that sent the package (default: the partner "
                                  "named in its manifest); its records are merged, other "
                                  "countries' changes are reported as conflicts; ALL merges "
                                  "every country's records (a copy of a whole registry)"))
    imported.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:
    """Write the package and print what it holds."""
    options = ExportOptions(args.partner, crs=args.crs, border_km=args.border_km,
                            include_sensitive=args.include_sensitive,
                            wdpa_names=args.wdpa_names)
    with open_registry(args.registry) as store:
        package = export_partner_package(store, args.output, options)
    for line in package.lines():
        print(line)
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Merge (or, with --dry-run, only check) a package and print the report."""
    options = ImportOptions(encoding=args.encoding, crs=args.crs, dry_run=args.dry_run,
                            sender=args.sender)
    # The package is checked before the registry is opened: a refusal leaves it untouched.
    checked = check_partner_package(args.package, options)
    with open_registry(args.registry) as store:
        report = import_partner_package(store, args.package, options, checked=checked)
    for line in report.lines():
        print(line)
    return EXIT_CONFLICTS if report.count("conflict") else 0


#: Kazakhstan's neighbours: the demo writes a package for each.
KAZAKHSTAN_NEIGHBOURS = ("RUS", "CHN", "KGZ", "UZB", "TKM")


def partner_packages_demo_step(output_dir: Path, registry: Path) -> list[str]:
    """Demo: a package for each neighbour of Kazakhstan, and a dry-run import of one back."""
    folder = Path(output_dir) / "partner_packages"
    lines = []
    with open_registry(registry) as store:
        packages = [export_partner_package(store, folder, ExportOptions(partner))
                    for partner in KAZAKHSTAN_NEIGHBOURS]
        for package in packages:
            counts = ", ".join(f"{k} {v}" for k, v in package.counts.items())
            lines.append(tr("Partner package {path}: {counts}").format(path=package.path,
                                                                        counts=counts))
        report = import_partner_package(store, packages[0].path, ImportOptions(dry_run=True))
    lines.append(report.totals())
    return lines
