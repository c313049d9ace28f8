"""Records edited in QGIS's forms and attribute table are checked when they are saved.

QGIS's forms refuse most mistakes through the layers' constraints and stay open. What reaches
a save anyway (a form turned off, pasted features) is checked by the same models the store uses:
the message bar says, in words, which record and which field to correct, instead of only the
database's "NOT NULL constraint failed: protected_areas.iso3". QGIS keeps a refused record in
the layer's edits, so nothing typed is lost.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from qgis.core import QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QVariant

from ..i18n import tr
from ..registry.backend import COPY_ORDER
from ..registry.model import RangeState, RecordError, RegistryRecord
from ..registry.names import display_name
from .error_messages import describe_error

LOG = logging.getLogger(__name__)

#: The model that checks a record of each registry table edited in QGIS.
TABLE_MODELS: dict[str, type[RegistryRecord]] = {
    model.table: model for model in COPY_ORDER if model is not RangeState}


def layer_table(layer: QgsVectorLayer) -> str | None:
    """The registry table a layer shows (GeoPackage layer name or PostGIS table)."""
    provider = layer.providerType()
    parts = QgsProviderRegistry.instance().decodeUri(provider, layer.source())
    table = parts.get("layerName") if provider == "ogr" else parts.get("table")
    return str(table) if table else None


def _plain(value: Any) -> Any:
    """A feature's attribute as Python (QGIS's NULL becomes None)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def record_values(layer: QgsVectorLayer, feature) -> dict[str, Any]:
    """A feature as the values a model parses (geometry included for spatial tables)."""
    values = {name: _plain(value) for name, value in
              zip(feature.fields().names(), feature.attributes(), strict=True)}
    values.pop("fid", None)
    if layer.isSpatial():
        values["geometry"] = feature.geometry()
    return values


def check_record(model: type[RegistryRecord], values: dict[str, Any], language: str
                 ) -> str | None:
    """Why the model refuses ``values``, in words; None when it accepts them."""
    try:
        model.parse(values)
    except RecordError as error:
        names = {}
        record_id = values.get(model.id_field)
        if record_id:
            names[str(record_id)] = display_name(values, language)
        return describe_error(error, names)
    return None


class RecordEditCheck(QObject):
    """Checks the edit buffers of one registry's editable layers before they are saved."""

    def __init__(self, tree, message_bar=None) -> None:
        super().__init__()
        self.tree = tree
        self.message_bar = message_bar
        self._connections: list[tuple[QgsVectorLayer, object]] = []
        for node in tree.group.findLayers():
            layer = node.layer()
            if (not isinstance(layer, QgsVectorLayer) or layer.readOnly()
                    or layer_table(layer) not in TABLE_MODELS):
                continue
            slot = partial(self._before_commit, layer)
            layer.beforeCommitChanges.connect(slot)
            self._connections.append((layer, slot))

    def detach(self) -> None:
        """Stop checking (the plugin unloads, or the registry's layers were removed)."""
        from qgis.PyQt import sip

        for layer, slot in self._connections:
            if sip.isdeleted(layer):
                continue
            try:
                layer.beforeCommitChanges.disconnect(slot)
            except (TypeError, RuntimeError):
                continue
        self._connections = []

    def problems(self, layer: QgsVectorLayer) -> list[str]:
        """What is wrong with the added and changed records of ``layer``'s edit buffer."""
        buffer = layer.editBuffer()
        model = TABLE_MODELS.get(layer_table(layer) or "")
        if buffer is None or model is None:
            return []
        edited = (set(buffer.addedFeatures()) | set(buffer.changedAttributeValues())
                  | set(buffer.changedGeometries())) - set(buffer.deletedFeatureIds())
        found = []
        for fid in sorted(edited):
            feature = layer.getFeature(fid)
            if not feature.isValid():
                continue
            problem = check_record(model, record_values(layer, feature), self.tree.language)
            if problem:
                found.append(problem)
        return found

    def _before_commit(self, layer: QgsVectorLayer, *_args) -> None:
        problems = self.problems(layer)
        if not problems:
            return
        # QGIS's Python API cannot stop the save here (setAllowCommit is C++ only): the
        # database refuses the record and QGIS keeps it in the layer's edits; this says why
        # and what to correct, before QGIS's own message.
        message = tr("{layer} cannot be saved as it is; your edits stay in the layer. "
                     "{problems}").format(layer=layer.name(), problems=" ".join(problems))
        LOG.info("%s", message)
        if self.message_bar is not None:
            self.message_bar.pushWarning(tr("TBPA Registry"), message)
