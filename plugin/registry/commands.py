"""Registry subcommands: new, validate, summary."""

from __future__ import annotations

import argparse

from ..i18n import tr
from .backend import redact_location
from .sources import shipped_range_states
from .store import create_registry, open_registry
from .summary import summarise
from .validation import validate_registry


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the registry's subcommands."""
    new = subparsers.add_parser("new", help=tr("create an empty registry"))
    new.add_argument("registry", help=tr("registry to create: a GeoPackage path, or a PostgreSQL "
                                         "connection (postgresql://... or service=NAME)"))
    new.add_argument("--title", required=True, help=tr("title of the registry"))
    new.add_argument("--no-range-states", action="store_true",
                     help=tr("leave the range_states table empty"))
    new.set_defaults(run=run_new)

    validate = subparsers.add_parser("validate", help=tr("check a registry against the contract"))
    validate.add_argument("registry", help=tr("GeoPackage path or PostgreSQL connection"))
    validate.set_defaults(run=run_validate)

    summary = subparsers.add_parser("summary", help=tr("networks and PAs by status and country"))
    summary.add_argument("registry", help=tr("GeoPackage path or PostgreSQL connection"))
    summary.set_defaults(run=run_summary)


def run_new(args: argparse.Namespace) -> int:
    """Create an empty registry, with the shipped range states unless told not to."""
    states = [] if args.no_range_states else shipped_range_states()
    with create_registry(args.registry, args.title, states):
        pass
    print(tr("Created {path} with {count} range states").format(
        path=redact_location(args.registry), count=len(states)))
    return 0


def run_validate(args: argparse.Namespace) -> int:
    """Print every problem; exit status 1 when there is any."""
    problems = validate_registry(args.registry)
    for problem in problems:
        print(problem)
    if problems:
        print(tr("{path}: {count} problem(s)").format(path=redact_location(args.registry),
                                                      count=len(problems)))
        return 1
    print(tr("{path}: valid registry").format(path=redact_location(args.registry)))
    return 0


def run_summary(args: argparse.Namespace) -> int:
    """Print the registry's counts."""
    with open_registry(args.registry) as store:
        for line in summarise(store).lines():
            print(line)
    return 0
