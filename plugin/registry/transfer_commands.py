"""The ``copy`` subcommand: a registry from a GeoPackage to PostGIS, or back."""

from __future__ import annotations

import argparse

from ..i18n import tr
from .backend import is_postgis_location, redact_location
from .store import open_registry
from .transfer import copy_registry


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``copy``."""
    copy = subparsers.add_parser(
        "copy", help=tr("copy a whole registry between a GeoPackage and PostGIS (either way)"))
    copy.add_argument("source", help=tr("registry to read: GeoPackage path or PostgreSQL "
                                        "connection (postgresql://... or service=NAME)"))
    copy.add_argument("destination", help=tr("registry to create: GeoPackage path or "
                                             "PostgreSQL connection"))
    copy.add_argument("--overwrite", action="store_true",
                      help=tr("replace the destination if it exists"))
    copy.set_defaults(run=run_copy)


def run_copy(args: argparse.Namespace) -> int:
    """Copy and print what was copied."""
    counts = copy_registry(args.source, args.destination, overwrite=args.overwrite)
    print(tr("Copied {source} to {destination}").format(
        source=redact_location(args.source), destination=redact_location(args.destination)))
    for table, count in counts.items():
        print(tr("  {table}: {count}").format(table=table, count=count))
    if is_postgis_location(args.destination):
        with open_registry(args.destination) as shared:
            sensitive = shared.query(
                "SELECT count(*) FROM reintroduction_sites WHERE sensitive = 1")[0][0]
        if sensitive:
            print(tr("{count} sensitive reintroduction site(s): partners (tbpa_reader, editors "
                     "of other range states) read them moved to the centre of a ~10 km grid "
                     "cell; editors of the site's country, tbpa_admin and the owner read them "
                     "exact").format(count=sensitive))
    return 0
