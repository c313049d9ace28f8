"""The registry's QGIS project: saved as a .qgz beside the registry or inside the GeoPackage.

A project stored in the GeoPackage (QGIS's ``geopackage:`` project storage, table
``qgis_projects``) travels with the file: a partner who opens only ``registry.gpkg`` in QGIS
(Project > Open From > GeoPackage) sees the same layer panel. Layer paths are written relative
(``./registry.gpkg``), so the file may move to any folder; it must keep its name.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from qgis.core import QgsProject

from ..errors import TbpaError
from ..i18n import current_language, tr
from .gap_layers import add_gap_layer
from .map_render import render_status_map
from .registry_layers import add_registry_to_project

LOG = logging.getLogger(__name__)

#: Name of the project stored inside a registry GeoPackage.
EMBEDDED_PROJECT_NAME = "tbpa_registry"


class ProjectWriteError(TbpaError, OSError):
    """QGIS could not write the project; the message names the target."""


def embedded_project_uri(registry: Path, name: str = EMBEDDED_PROJECT_NAME) -> str:
    """URI of the project stored inside the registry GeoPackage."""
    return f"geopackage:{Path(registry).resolve()}?projectName={name}"


def _use_relative_paths(project: QgsProject) -> None:
    project.writeEntryBool("Paths", "/Absolute", False)


def save_project_in_registry(project: QgsProject, registry: Path,
                             name: str = EMBEDDED_PROJECT_NAME) -> str:
    """Store ``project`` inside the registry GeoPackage; return its URI.

    The project's own file name is kept: saving into the registry does not make later
    "Save" clicks write there.
    """
    uri = embedded_project_uri(registry, name)
    previous = project.fileName()
    _use_relative_paths(project)
    try:
        if not project.write(uri):
            raise ProjectWriteError(tr("{target}: QGIS cannot save the project ({error})")
                                    .format(target=uri, error=project.error()))
    finally:
        project.setFileName(previous)
    _checkpoint(Path(registry))
    return uri


def _checkpoint(registry: Path) -> None:
    """Move a write-ahead log into the GeoPackage: a copy of the .gpkg alone is complete."""
    try:
        with sqlite3.connect(str(registry)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as error:
        LOG.warning("%s: cannot checkpoint the write-ahead log (%s)", registry, error)


def embedded_project_names(registry: Path) -> list[str]:
    """Names of the QGIS projects stored in a registry GeoPackage."""
    try:
        with sqlite3.connect(f"file:{registry}?mode=ro", uri=True) as conn:
            return [row[0] for row in conn.execute("SELECT name FROM qgis_projects")]
    except sqlite3.Error:
        return []


def write_registry_project(registry: Path, target: Path, *, language: str | None = None,
                           gaps: Path | None = None) -> QgsProject:
    """Write ``target`` (.qgz): the layer tree "Open registry" builds, with relative paths.

    ``gaps`` (a gap-analysis GeoPackage) is added to the registry group when given.
    """
    project = QgsProject()
    group = add_registry_to_project(registry, project, language or current_language())
    if gaps is not None:
        add_gap_layer(gaps, project, group)
    _use_relative_paths(project)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not project.write(str(target)):
        raise ProjectWriteError(tr("{target}: QGIS cannot save the project ({error})").format(
            target=target, error=project.error()))
    return project


def project_demo_step(output_dir: Path, registry: Path) -> list[str]:
    """Demo: the project inside the registry, ``tbpa-demo.qgz`` and ``network-status.png``.

    Runs last, so the gap-analysis output (``gaps.gpkg``) is there to be added to the .qgz.
    """
    language = current_language()
    embedded = QgsProject()
    add_registry_to_project(registry, embedded, language)
    save_project_in_registry(embedded, registry)
    embedded.clear()
    gaps = output_dir / "gaps.gpkg"
    qgz = output_dir / "tbpa-demo.qgz"
    project = write_registry_project(registry, qgz, language=language,
                                     gaps=gaps if gaps.is_file() else None)
    png = output_dir / "network-status.png"
    width, height = render_status_map(project, png)
    project.clear()
    return [
        tr("QGIS project: {path}").format(path=qgz),
        tr("QGIS project inside the registry: {uri}").format(
            uri=embedded_project_uri(registry)),
        tr("Network status map: {path} ({width} x {height} px)").format(
            path=png, width=width, height=height),
    ]
