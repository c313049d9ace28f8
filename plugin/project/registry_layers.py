"""Load a registry GeoPackage into a QgsProject as one layer-tree group."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from ..i18n import tr
from ..registry.store import RegistryStore


def registry_layer(path: Path, table: str, name: str) -> QgsVectorLayer:
    """A layer on one table of the registry (OGR provider); raises ValueError when invalid."""
    layer = QgsVectorLayer(f"{path}|layername={table}", name, "ogr")
    if not layer.isValid():
        raise ValueError(tr("{path}: cannot open the layer {table}").format(path=path, table=table))
    return layer


def add_registry_to_project(path: Path, project: QgsProject) -> QgsLayerTreeGroup:
    """Add the registry's layers to ``project`` in a group named after its title."""
    path = Path(path)
    with RegistryStore.open(path) as store:
        title = store.title
    root = project.layerTreeRoot()
    group = root.insertGroup(0, title)
    for table, name in (
        ("protected_areas", tr("Protected areas")),
        ("reintroduction_sites", tr("Reintroduction sites")),
        ("range_states", tr("Range states")),
    ):
        layer = registry_layer(path, table, name)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return group
