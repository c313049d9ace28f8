"""Headless outputs of the demo: the .qgz, the project inside the GeoPackage, the status map."""

from __future__ import annotations

import shutil
import zipfile

from qgis.core import QgsProject
from qgis.PyQt.QtGui import QImage

from plugin.demo import DEMO_STEPS
from plugin.project.registry_layers import attach_registry_trees
from plugin.project.registry_project import (
    embedded_project_names,
    embedded_project_uri,
    project_demo_step,
)


def tree_names(group) -> list[str]:
    return [child.name() for child in group.children()]


def test_project_step_runs_last():
    assert DEMO_STEPS[-1] is project_demo_step


def test_demo_project_files(demo_registry, tmp_path, qgis_new_project):
    lines = project_demo_step(tmp_path, demo_registry)
    qgz = tmp_path / "tbpa-demo.qgz"
    png = tmp_path / "network-status.png"
    assert any(str(qgz) in line for line in lines)

    with zipfile.ZipFile(qgz) as archive:
        text = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode()
    assert "./registry.gpkg|layername=protected_areas" in text
    assert str(tmp_path) not in text

    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.copy2(qgz, moved / qgz.name)
    shutil.copy2(demo_registry, moved / "registry.gpkg")
    project = QgsProject.instance()
    assert project.read(str(moved / qgz.name))
    group = project.layerTreeRoot().children()[0]
    assert tree_names(group)[:3] == ["Created (5)", "Draft (2)", "Planned (3)"]
    assert "Western Tien-Shan (7)" in tree_names(group.children()[0])
    assert all(layer.isValid() for layer in project.mapLayers().values())
    assert len(attach_registry_trees(project)) == 1

    image = QImage(str(png))
    assert image.width() >= 1600
    small = image.scaled(200, 140)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    assert len(colours) > 50  # networks, borders, legend: not a blank page


def test_project_inside_the_registry_opens_from_the_file_alone(demo_registry, tmp_path,
                                                                 qgis_new_project):
    project_demo_step(tmp_path, demo_registry)
    assert embedded_project_names(demo_registry) == ["tbpa_registry"]
    partner = tmp_path / "partner"
    partner.mkdir()
    copy = partner / demo_registry.name
    shutil.copy2(demo_registry, copy)  # the .gpkg alone, in another folder
    project = QgsProject.instance()
    assert project.read(embedded_project_uri(copy))
    group = project.layerTreeRoot().children()[0]
    assert tree_names(group)[:3] == ["Created (5)", "Draft (2)", "Planned (3)"]
    sources = [layer.source() for layer in project.mapLayers().values()]
    assert sources and all(source.startswith(str(copy)) for source in sources)
    assert all(layer.isValid() for layer in project.mapLayers().values())


def test_long_network_names_stay_on_the_page(demo_registry, qgis_new_project):
    """Russian and Kazakh names are long: the legend wraps them instead of running off."""
    from qgis.core import QgsLayoutExporter, QgsLayoutItemLegend
    from qgis.PyQt.QtCore import QSize

    from plugin.project.map_render import PAGE_MM, build_status_layout
    from plugin.project.registry_layers import add_registry_to_project, registry_layer_tree

    project = QgsProject.instance()
    add_registry_to_project(demo_registry, project, "en")
    layer = registry_layer_tree(project, demo_registry).network_layer("NET-ALTAI")
    layer.setName("Трансграничный биосферный резерват «Большой Алтай» на границе "
                  "Казахстана и России (3)")
    layout = build_status_layout(project)
    QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 30)  # the legend sizes itself
    legend = next(item for item in layout.items() if isinstance(item, QgsLayoutItemLegend))
    assert legend.rect().width() > 40
    assert legend.pos().x() + legend.rect().width() <= PAGE_MM[0]
