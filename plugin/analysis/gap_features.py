"""The gaps as features: the ``cross_border_gaps`` layer's fields, the GeoPackage and the counts.

The command line, the demo and the Processing algorithm all go through :func:`gap_fields` and
:func:`gap_feature`, so their outputs hold the same features.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsVectorFileWriter,
)

from ..errors import OutputError
from ..i18n import tr
from ..qgis_compat import FIELD_DOUBLE, FIELD_STRING, WKB_MULTI_LINE_STRING
from .gaps import GAP_TYPES, CrossBorderGap, gap_type_label

GAP_LAYER_NAME = "cross_border_gaps"
GAP_WKB_TYPE = WKB_MULTI_LINE_STRING


def gap_fields() -> QgsFields:
    """Fields of the ``cross_border_gaps`` layer."""
    fields = QgsFields()
    for name in ("gap_type", "iso3", "neighbour", "pa_id", "network_id", "site_id", "species"):
        fields.append(QgsField(name, FIELD_STRING))
    fields.append(QgsField("distance_km", FIELD_DOUBLE))
    fields.append(QgsField("message", FIELD_STRING))
    return fields


def gap_feature(gap: CrossBorderGap, fields: QgsFields) -> QgsFeature:
    """A feature of the layer for ``gap``."""
    feature = QgsFeature(fields)
    feature.setAttributes([gap.gap_type, gap.iso3, gap.neighbour, gap.pa_id, gap.network_id,
                           gap.site_id, gap.species, gap.distance_km, gap.message])
    geometry = gap.geometry
    if not geometry.isEmpty():
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
    return feature


def write_gaps_geopackage(gaps: Iterable[CrossBorderGap], path: Path) -> Path:
    """Write the layer ``cross_border_gaps`` to a new GeoPackage ``path`` (replaced if it exists).

    Written to a temporary file and renamed: a failure leaves no file at ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.writing.gpkg")
    tmp.unlink(missing_ok=True)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = GAP_LAYER_NAME
    options.fileEncoding = "UTF-8"
    fields = gap_fields()
    try:
        writer = QgsVectorFileWriter.create(
            str(tmp), fields, GAP_WKB_TYPE, QgsCoordinateReferenceSystem("EPSG:4326"),
            QgsCoordinateTransformContext(), options)
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            raise OutputError(tr("{path}: cannot write the gaps ({error})").format(
                path=path, error=writer.errorMessage()))
        for gap in gaps:
            if not writer.addFeature(gap_feature(gap, fields)):
                raise OutputError(tr("{path}: cannot write the gaps ({error})").format(
                    path=path, error=writer.errorMessage()))
        del writer  # closes the file
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


@dataclass
class GapCounts:
    """Flags by type, and by state concerned (the neighbour, or the state itself) and type."""

    by_type: Counter = field(default_factory=Counter)
    by_state: dict[str, Counter] = field(default_factory=dict)

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str | None, str | None]]) -> GapCounts:
        """Counts of (gap_type, iso3, neighbour) rows (gaps or layer features)."""
        counts = cls()
        for gap_type, iso3, neighbour in rows:
            counts.by_type[gap_type] += 1
            counts.by_state.setdefault(neighbour or iso3 or "?", Counter())[gap_type] += 1
        return counts

    @classmethod
    def of_gaps(cls, gaps: Iterable[CrossBorderGap]) -> GapCounts:
        """Counts of a list of gaps."""
        return cls.of((g.gap_type, g.iso3, g.neighbour) for g in gaps)

    @property
    def total(self) -> int:
        """Number of flags."""
        return sum(self.by_type.values())

    def lines(self) -> list[str]:
        """The counts as lines of text for the command line and the demo."""
        lines = [tr("Cross-border gaps: {count}").format(count=self.total)]
        for gap_type in GAP_TYPES:
            lines.append(tr("  {label} ({type}): {count}").format(
                label=gap_type_label(gap_type), type=gap_type,
                count=self.by_type.get(gap_type, 0)))
        if self.by_state:
            lines.append(tr("By neighbour (or state concerned):"))
        for state, counter in sorted(self.by_state.items()):
            parts = ", ".join(f"{gap_type} {counter[gap_type]}" for gap_type in GAP_TYPES
                              if counter.get(gap_type))
            lines.append(f"  {state}: {parts}")
        return lines
