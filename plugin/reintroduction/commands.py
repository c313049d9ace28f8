"""``python -m plugin reintroductions REGISTRY``: the programmes per species, as a table."""

from __future__ import annotations

from pathlib import Path

from ..i18n import current_language, tr
from ..registry.store import open_registry
from .chart import write_release_chart
from .programme import SpeciesProgramme, animals_per_year, read_programmes


def programme_table(programmes: list[SpeciesProgramme], language: str) -> list[str]:
    """Aligned lines: species, sites, release events, animals released, first and last year."""
    header = [tr("Species"), tr("Sites"), tr("Release events"), tr("Animals released"),
              tr("First year"), tr("Last year")]
    rows = [[p.name(language), str(len(p.sites)), str(p.release_events), str(p.animals),
             str(p.first_year or "-"), str(p.last_year or "-")] for p in programmes]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join([cells[0].ljust(widths[0])]
                         + [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)])

    return [line(header), *(line(row) for row in rows)]


def run_reintroductions(args) -> int:
    """Print the programme table; write the chart when ``--chart`` is given."""
    language = current_language()
    with open_registry(args.registry) as store:
        programmes = read_programmes(store)
    for text in programme_table(programmes, language):
        print(text)
    if args.chart:
        path = write_release_chart(animals_per_year(programmes), Path(args.chart), language)
        print(tr("Chart: {path}").format(path=path))
    return 0


def register(subparsers) -> None:
    """Add the ``reintroductions`` subcommand."""
    parser = subparsers.add_parser(
        "reintroductions",
        help=tr("reintroduction programmes per species: sites, releases, animals, years"))
    parser.add_argument("registry", metavar="REGISTRY",
                        help=tr("registry GeoPackage or PostgreSQL connection"))
    parser.add_argument("--chart", metavar="PNG",
                        help=tr("also write the chart of animals released per year"))
    parser.set_defaults(run=run_reintroductions)


def reintroductions_demo_step(output_dir: Path, registry: Path) -> list[str]:
    """Demo: the programme table and ``output_dir/reintroductions.png``."""
    language = current_language()
    with open_registry(registry) as store:
        programmes = read_programmes(store)
    chart = write_release_chart(animals_per_year(programmes),
                                Path(output_dir) / "reintroductions.png", language)
    return [tr("Reintroduction programmes:"),
            *("  " + text for text in programme_table(programmes, language)),
            tr("Written: {path} (animals released per year)").format(path=chart)]
