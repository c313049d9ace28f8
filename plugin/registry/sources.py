"""Registry sources as readable text (GeoJSON and CSV): the shipped demo and the range states.

A folder of sources holds ``range_states.geojson``, ``protected_areas.geojson``,
``networks.csv``, ``network_members.csv``, ``reintroduction_sites.geojson`` and
``releases.csv``; any file may be missing. Errors name the file and the feature at fault.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..i18n import tr
from .geojson import geometry_from_mapping
from .model import (
    Network,
    NetworkMember,
    ProtectedArea,
    RangeState,
    RecordError,
    RegistryRecord,
    ReintroductionSite,
    Release,
)
from .store import RegistryError, RegistryStore

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
DEMO_SOURCES_DIR = RESOURCES_DIR / "demo"
#: Title of the demo registry, in the user's language when it is built (tr(DEMO_TITLE)).
DEMO_TITLE = QT_TRANSLATE_NOOP("@default", "Transboundary PA networks of Kazakhstan (demo)")


@dataclass
class RegistrySources:
    """Records read from a sources folder, in the order they must be written."""

    range_states: list[RangeState] = field(default_factory=list)
    protected_areas: list[ProtectedArea] = field(default_factory=list)
    networks: list[Network] = field(default_factory=list)
    members: list[NetworkMember] = field(default_factory=list)
    sites: list[ReintroductionSite] = field(default_factory=list)
    releases: list[Release] = field(default_factory=list)

    def all_records(self) -> list[RegistryRecord]:
        """Every record, parents before children."""
        return [*self.range_states, *self.protected_areas, *self.networks, *self.members,
                *self.sites, *self.releases]


def _read_geojson(path: Path, model: type[RegistryRecord]) -> list:
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RegistryError(tr("{file}: cannot read GeoJSON ({error})").format(
            file=path, error=error)) from None
    records = []
    for number, feature in enumerate(collection.get("features", []), start=1):
        values = dict(feature.get("properties") or {})
        try:
            values["geometry"] = geometry_from_mapping(feature.get("geometry"))
            records.append(model.parse(values))
        except (RecordError, ValueError) as error:
            raise RegistryError(tr("{file}, feature {number}: {error}").format(
                file=path.name, number=number, error=error)) from None
    return records


def _read_csv(path: Path, model: type[RegistryRecord]) -> list:
    try:
        with path.open(encoding="utf-8", newline="") as stream:
            rows = list(csv.DictReader(stream))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise RegistryError(tr("{file}: cannot read CSV ({error})").format(
            file=path, error=error)) from None
    records = []
    for number, row in enumerate(rows, start=2):
        try:
            records.append(model.parse({k: (v if v != "" else None) for k, v in row.items()}))
        except RecordError as error:
            raise RegistryError(tr("{file}, line {number}: {error}").format(
                file=path.name, number=number, error=error)) from None
    return records


def read_sources(folder: Path, *, include_range_states: bool = True) -> RegistrySources:
    """Read and validate every source file present in ``folder``."""
    folder = Path(folder)
    readers = {
        "range_states": ("range_states.geojson", RangeState, _read_geojson),
        "protected_areas": ("protected_areas.geojson", ProtectedArea, _read_geojson),
        "networks": ("networks.csv", Network, _read_csv),
        "members": ("network_members.csv", NetworkMember, _read_csv),
        "sites": ("reintroduction_sites.geojson", ReintroductionSite, _read_geojson),
        "releases": ("releases.csv", Release, _read_csv),
    }
    sources = RegistrySources()
    for attribute, (name, model, reader) in readers.items():
        if attribute == "range_states" and not include_range_states:
            continue
        path = folder / name
        if path.is_file():
            setattr(sources, attribute, reader(path, model))
    return sources


def shipped_range_states() -> list[RangeState]:
    """The range-state borders shipped with the plugin (Natural Earth 1:10m)."""
    return read_sources(DEMO_SOURCES_DIR).range_states


def build_registry(folder: Path, output: Path, title: str, *, changed_by: str = "demo"
                   ) -> Path:
    """Write a registry at ``output`` from the sources in ``folder`` (atomically)."""
    sources = read_sources(folder)
    tmp = output.with_name(output.name + ".building")
    tmp.unlink(missing_ok=True)
    try:
        with RegistryStore.create(tmp, title, sources.range_states) as store, \
                store.transaction():
            for record in sources.all_records()[len(sources.range_states):]:
                store.add(record, changed_by=changed_by,
                          note=tr("imported from {file}").format(file=folder.name))
        tmp.replace(output)
    finally:
        tmp.unlink(missing_ok=True)
    return output


def build_demo_registry(output_dir: Path) -> Path:
    """The demo registry ``output_dir/registry.gpkg`` from ``resources/demo``."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    return build_registry(DEMO_SOURCES_DIR, output_dir / "registry.gpkg", tr(DEMO_TITLE))
