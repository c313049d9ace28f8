"""The main job on the demo data: build the registry, then every output the plugin makes.

Each capability adds a step to :data:`DEMO_STEPS`: a function taking the output folder and the
registry path and returning lines to print.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .analysis.commands import gaps_demo_step
from .exchange.commands import partner_packages_demo_step
from .i18n import tr
from .project.registry_project import project_demo_step
from .registry.sources import build_demo_registry
from .registry.store import RegistryStore
from .registry.summary import summarise
from .reintroduction.commands import reintroductions_demo_step

DemoStep = Callable[[Path, Path], list[str]]


def summary_step(output_dir: Path, registry: Path) -> list[str]:
    """Counts of the demo registry."""
    with RegistryStore.open(registry) as store:
        return summarise(store).lines()


DEMO_STEPS: list[DemoStep] = [summary_step, gaps_demo_step, reintroductions_demo_step,
                              partner_packages_demo_step]

# The QGIS project and the status map show every other step's output: keep this step last.
DEMO_STEPS.append(project_demo_step)


def run_demo_steps(output_dir: Path) -> list[str]:
    """Build ``output_dir/registry.gpkg`` and run every step; return what to print."""
    registry = build_demo_registry(output_dir)
    lines = [tr("Demo registry: {path}").format(path=registry)]
    for step in DEMO_STEPS:
        lines += step(output_dir, registry)
    return lines
