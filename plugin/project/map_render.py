"""The network-status map as an image, rendered offscreen with a print layout.

A layout (not a bare map render) gives the title, legend and scale bar a reader needs when the
PNG travels alone in a report or an e-mail.
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsLayerTree,
    QgsLayerTreeGroup,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QFont

from ..errors import LayerError, TbpaError
from ..i18n import tr
from ..qgis_compat import DISTANCE_KILOMETERS, LAYOUT_MM
from .registry_layers import (
    PROPERTY_ROLE,
    ROLE_NETWORK,
    ROLE_PROTECTED_AREAS,
    ROLE_REGISTRY,
    ROLE_REINTRODUCTION_GROUP,
    ROLE_TABLES,
)

#: Page (A4 landscape, mm) and the map frame inside it.
PAGE_MM = (297.0, 210.0)
MAP_FRAME_MM = (6.0, 24.0, 200.0, 172.0)  # x, y, width, height
LEGEND_X_MM = 211.0
DEFAULT_DPI = 200  # A4 landscape at 200 dpi: 2339 x 1654 px


#: Parts of the registry group left off the status map (the overlay has its own map).
_NOT_ON_MAP = (ROLE_TABLES, ROLE_REINTRODUCTION_GROUP)


def _map_layers(project: QgsProject, group: QgsLayerTreeGroup) -> list:
    """Visible map layers of the project, top first, without the parts left off the map."""
    hidden = set()
    for child in group.children():
        if child.customProperty(PROPERTY_ROLE) in _NOT_ON_MAP:
            hidden |= {node.layerId() for node in child.findLayers()}
    return [layer for layer in project.layerTreeRoot().layerOrder()
            if layer.isSpatial() and layer.id() not in hidden
            and project.layerTreeRoot().findLayer(layer.id()).isVisible()]


class MapRenderError(TbpaError, OSError):
    """The layout could not be exported; the message names the file."""


def registry_group(project: QgsProject) -> QgsLayerTreeGroup:
    """The first registry group of ``project``; LayerError when there is none."""
    for group in project.layerTreeRoot().findGroups():
        if group.customProperty(PROPERTY_ROLE) == ROLE_REGISTRY:
            return group
    raise LayerError(tr("The project holds no registry group"))


def registry_extent(project: QgsProject, group: QgsLayerTreeGroup) -> QgsRectangle:
    """Extent of the networks and protected areas, in the project's CRS, with a margin."""
    extent = QgsRectangle()
    extent.setMinimal()
    for node in group.findLayers():
        layer = node.layer()
        if layer is None or layer.customProperty(PROPERTY_ROLE) not in (ROLE_NETWORK,
                                                                        ROLE_PROTECTED_AREAS):
            continue
        layer_extent = layer.extent()
        if layer_extent.isEmpty():
            continue
        transform = QgsCoordinateTransform(layer.crs(), project.crs(), project)
        extent.combineExtentWith(transform.transformBoundingBox(layer_extent))
    if extent.isEmpty():
        raise LayerError(tr("The registry has no protected areas to map"))
    return extent.buffered(max(extent.width(), extent.height()) * 0.06)


def _fit_aspect(extent: QgsRectangle, width: float, height: float) -> QgsRectangle:
    """Grow ``extent`` so it has the frame's aspect ratio (nothing is cut off)."""
    ratio = width / height
    if extent.width() / extent.height() > ratio:
        grow = extent.width() / ratio - extent.height()
        return QgsRectangle(extent.xMinimum(), extent.yMinimum() - grow / 2,
                            extent.xMaximum(), extent.yMaximum() + grow / 2)
    grow = extent.height() * ratio - extent.width()
    return QgsRectangle(extent.xMinimum() - grow / 2, extent.yMinimum(),
                        extent.xMaximum() + grow / 2, extent.yMaximum())


def _label(layout: QgsPrintLayout, text: str, size: float, *, bold: bool,
           frame: tuple[float, float, float, float]) -> QgsLayoutItemLabel:
    """A text at ``frame`` (x, y, width, height in mm)."""
    x, y, width, height = frame
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MM))
    label.attemptResize(QgsLayoutSize(width, height, LAYOUT_MM))
    return label


def _fill_legend_tree(tree: QgsLayerTreeGroup, group: QgsLayerTreeGroup) -> None:
    """Put into ``tree`` the registry group's map layers (no tables, no empty groups)."""
    tree.removeAllChildren()
    for child in group.children():
        if child.customProperty(PROPERTY_ROLE) in _NOT_ON_MAP:
            continue
        if QgsLayerTree.isLayer(child) and (child.layer() is None
                                            or not child.layer().isSpatial()):
            continue
        if QgsLayerTree.isGroup(child) and not any(
                node.layer() is not None and node.layer().isSpatial()
                for node in child.findLayers()) and child.findLayers():
            continue
        clone = child.clone()
        if QgsLayerTree.isGroup(clone):
            for node in list(clone.findLayers()):
                if node.layer() is None or not node.layer().isSpatial():
                    node.parent().removeChildNode(node)
        nodes = clone.findLayers() if QgsLayerTree.isGroup(clone) else [clone]
        for node in nodes:  # a layout legend cannot count features: "[N/A]" otherwise
            node.setCustomProperty("showFeatureCount", False)
            node.setCustomProperty("legend/title-label", _wrapped(node.name()))
        tree.addChildNode(clone)


#: Characters a legend line holds before it wraps (long names in Russian and Kazakh).
LEGEND_LINE_CHARACTERS = 44


def _wrapped(text: str) -> str:
    """``text`` broken at spaces into lines for the legend (its wrap string is "|")."""
    return "|".join(textwrap.wrap(text, LEGEND_LINE_CHARACTERS)) or text


def build_status_layout(project: QgsProject, title: str | None = None) -> QgsPrintLayout:
    """A4 landscape layout: map of network status, title, legend, scale bar, sources."""
    group = registry_group(project)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(tr("Network status"))
    layout.pageCollection().page(0).setPageSize(
        QgsLayoutSize(*PAGE_MM, LAYOUT_MM))

    x, y, width, height = MAP_FRAME_MM
    item = QgsLayoutItemMap(layout)
    item.setCrs(project.crs())
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MM))
    item.attemptResize(QgsLayoutSize(width, height, LAYOUT_MM))
    item.setExtent(_fit_aspect(registry_extent(project, group), width, height))
    item.setFrameEnabled(True)
    item.setLayers(_map_layers(project, group))
    item.setKeepLayerSet(True)

    _label(layout, title or group.name(), 18, bold=True, frame=(x, 6, PAGE_MM[0] - 12, 9))
    _label(layout, tr("Status of transboundary protected-area networks, {date}").format(
        date=date.today().isoformat()), 11, bold=False, frame=(x, 15, PAGE_MM[0] - 12, 7))
    _label(layout, tr("Each network in its own colour: solid = created, hatched = draft, "
                      "dashed outline = planned. Borders: Natural Earth."),
           8, bold=False, frame=(x, y + height + 2, width, 8))

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)  # the legend now owns a copy of the tree we may trim
    _fill_legend_tree(legend.model().rootGroup(), group)
    legend.setLegendFilterByMapEnabled(False)
    for style, size, bold in ((QgsLegendStyle.Style.Title, 13, True),
                              (QgsLegendStyle.Style.Group, 10, True),
                              (QgsLegendStyle.Style.Subgroup, 9, True),
                              (QgsLegendStyle.Style.SymbolLabel, 7.5, False)):
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        legend.setStyleFont(style, font)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3.5)
    legend.setWrapString("|")
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(LEGEND_X_MM, y, LAYOUT_MM))
    legend.setResizeToContents(True)
    legend.adjustBoxSize()

    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(item)
    layout.addLayoutItem(scale_bar)
    scale_bar.applyDefaultSize(DISTANCE_KILOMETERS)
    scale_bar.setUnitLabel(tr("km"))
    scale_bar.setNumberOfSegmentsLeft(0)
    scale_bar.setHeight(2.5)
    scale_bar.setBackgroundEnabled(True)
    scale_bar.attemptMove(QgsLayoutPoint(x + 4, y + height - 14, LAYOUT_MM))
    scale_bar.update()
    return layout


def render_status_map(project: QgsProject, output: Path, *, dpi: int = DEFAULT_DPI
                      ) -> tuple[int, int]:
    """Write the network-status map to ``output`` (PNG); return its size in pixels."""
    layout = build_status_layout(project)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    # Rendered to an image and saved by Qt: exportToImage would also try to georeference the
    # PNG through GDAL, which cannot update PNG files and logs an error.
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), dpi)
    if image.isNull() or not image.save(str(output), "PNG"):
        raise MapRenderError(tr("{file}: cannot write the map image").format(file=output))
    return image.width(), image.height()
