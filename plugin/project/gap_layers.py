"""The cross-border gaps as a styled layer of a project: one colour and line per gap type."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsLayerTreeGroup,
    QgsLineSymbol,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
)

from ..analysis.gap_features import GAP_LAYER_NAME
from ..analysis.gaps import GAP_TYPES, gap_type_label
from ..errors import LayerError
from ..i18n import tr

#: Line colour, width (mm) and pen style of each gap type: border flags bold, network flags
#: dashed outlines so the PAs under them stay visible.
GAP_STYLES: dict[str, tuple[str, float, str]] = {
    "unpaired_border_pa": ("#d7191c", 1.4, "solid"),
    "site_dispersal_unprotected": ("#fdae61", 1.2, "dot"),
    "network_missing_state": ("#7b3294", 0.8, "dash"),
    "network_status_ahead": ("#2c7bb6", 0.8, "dash"),
}


def gap_renderer() -> QgsCategorizedSymbolRenderer:
    """Categories on ``gap_type`` with the styles of :data:`GAP_STYLES`."""
    categories = []
    for gap_type in GAP_TYPES:
        colour, width, pen = GAP_STYLES[gap_type]
        symbol = QgsLineSymbol.createSimple({
            "line_color": colour, "line_width": str(width), "line_width_unit": "MM",
            "line_style": pen, "capstyle": "round", "joinstyle": "round"})
        categories.append(QgsRendererCategory(gap_type, symbol, gap_type_label(gap_type)))
    return QgsCategorizedSymbolRenderer("gap_type", categories)


def add_gap_layer(gaps_gpkg: Path, project: QgsProject, parent: QgsLayerTreeGroup
                  ) -> QgsVectorLayer:
    """Add the ``cross_border_gaps`` layer of ``gaps_gpkg`` on top of ``parent``, styled by type.

    Raises LayerError when the file holds no such layer.
    """
    layer = QgsVectorLayer(f"{Path(gaps_gpkg)}|layername={GAP_LAYER_NAME}",
                           tr("Cross-border gaps"), "ogr")
    if not layer.isValid():
        raise LayerError(tr("{path}: no layer {layer}").format(path=gaps_gpkg,
                                                                layer=GAP_LAYER_NAME))
    layer.setRenderer(gap_renderer())
    layer.setMapTipTemplate("[% \"message\" %]")
    layer.setDisplayExpression("\"message\"")
    project.addMapLayer(layer, False)
    parent.insertLayer(0, layer)
    return layer
