"""Chart of animals released per year per species (matplotlib, Agg, no pyplot state).

Figures are built with :class:`matplotlib.figure.Figure` and drawn by the Agg canvas directly, so
nothing leaks into pyplot's global figure list and the code runs headless and inside QGIS alike.
"""

from __future__ import annotations

import io
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..i18n import tr
from ..registry.catalogue import SPECIES
from .programme import SPECIES_COLOURS


def release_chart_figure(per_year: dict[str, dict[int, int]], language: str = "en",
                         *, width_in: float = 8.0, height_in: float = 4.5) -> Figure:
    """Stacked bars: one bar per year from the first to the last release, one colour a species.

    Years without a release keep their place on the axis so gaps in a programme show.
    """
    figure = Figure(figsize=(width_in, height_in), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    years = sorted({year for counts in per_year.values() for year in counts})
    axes.set_title(tr("Animals released per year"))
    if not years:
        axes.text(0.5, 0.5, tr("No releases recorded yet"), ha="center", va="center",
                  transform=axes.transAxes)
        axes.set_axis_off()
        return figure
    axis = list(range(years[0], years[-1] + 1))
    bottom = [0] * len(axis)
    for species, counts in per_year.items():
        heights = [counts.get(year, 0) for year in axis]
        info = SPECIES.get(species)
        axes.bar(axis, heights, bottom=bottom, width=0.75,
                 color=SPECIES_COLOURS.get(species, "#777777"), edgecolor="white", linewidth=0.5,
                 label=info.name(language) if info else species)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    for year, total in zip(axis, bottom, strict=True):
        if total:
            axes.annotate(str(total), (year, total), xytext=(0, 2), textcoords="offset points",
                          ha="center", va="bottom", fontsize=8)
    axes.set_xlabel(tr("Year"))
    axes.set_ylabel(tr("Animals released"))
    axes.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=min(len(axis), 12)))
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, max(bottom) * 1.15)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(frameon=False, loc="upper left")
    return figure


def release_chart_png(per_year: dict[str, dict[int, int]], language: str = "en",
                      *, dpi: int = 100) -> bytes:
    """The chart as PNG bytes (for an image in the dock)."""
    buffer = io.BytesIO()
    release_chart_figure(per_year, language).savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def write_release_chart(per_year: dict[str, dict[int, int]], path: Path, language: str = "en",
                        *, dpi: int = 100) -> Path:
    """Write the chart as a PNG file; raise OSError when it cannot be written."""
    path = Path(path)
    path.write_bytes(release_chart_png(per_year, language, dpi=dpi))
    return path
