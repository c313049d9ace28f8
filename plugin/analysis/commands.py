"""Analysis subcommands: ``gaps`` (cross-border gap analysis of a registry)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import tr
from ..registry.store import open_registry
from .gap_features import GAP_LAYER_NAME, GapCounts, write_gaps_geopackage
from .gaps import (
    GapParameters,
    find_cross_border_gaps,
    parse_dispersal_overrides,
    parse_statuses,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``gaps`` subcommand."""
    gaps = subparsers.add_parser(
        "gaps", help=tr("find cross-border gaps of the network between neighbouring states"))
    gaps.add_argument("registry", help=tr("registry: GeoPackage path or PostgreSQL connection"))
    gaps.add_argument("--output", type=Path, required=True,
                      help=tr("GeoPackage to write the layer {layer} to (replaced)").format(
                          layer=GAP_LAYER_NAME))
    gaps.add_argument("--border-km", type=float, default=GapParameters.border_km,
                      help=tr("a PA this close to a neighbour needs a partner (default 25)"))
    gaps.add_argument("--partner-km", type=float, default=GapParameters.partner_km,
                      help=tr("a partner PA must lie this close (default 50)"))
    gaps.add_argument("--statuses", default="created,draft,planned",
                      help=tr("statuses that count, e.g. created,draft (default all)"))
    gaps.add_argument("--dispersal-km", nargs="+", action="extend", default=[],
                      metavar="SPECIES=KM",
                      help=tr("override a species' dispersal distance, e.g. kulan=150"))
    gaps.set_defaults(run=run_gaps)


def parameters_from_args(args: argparse.Namespace) -> GapParameters:
    """Checked parameters; ValueError with a clear message when one is wrong."""
    parameters = GapParameters(
        border_km=args.border_km, partner_km=args.partner_km,
        statuses=parse_statuses(args.statuses),
        dispersal_km=parse_dispersal_overrides(args.dispersal_km))
    parameters.validate()
    return parameters


def run_gaps(args: argparse.Namespace) -> int:
    """Write the gaps and print their counts; exit status 0 whether or not there are gaps."""
    parameters = parameters_from_args(args)
    with open_registry(args.registry) as store:
        gaps = find_cross_border_gaps(store, parameters)
    write_gaps_geopackage(gaps, args.output)
    for line in GapCounts.of_gaps(gaps).lines():
        print(line)
    print(tr("Written: {path} (layer {layer})").format(path=args.output, layer=GAP_LAYER_NAME))
    return 0


def gaps_demo_step(output_dir: Path, registry: Path) -> list[str]:
    """Demo: the gaps of the demo registry under the default parameters, in DIR/gaps.gpkg."""
    with open_registry(registry) as store:
        gaps = find_cross_border_gaps(store, GapParameters())
    path = write_gaps_geopackage(gaps, Path(output_dir) / "gaps.gpkg")
    return [*GapCounts.of_gaps(gaps).lines(),
            tr("Written: {path} (layer {layer})").format(path=path, layer=GAP_LAYER_NAME)]
