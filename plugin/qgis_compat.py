"""QGIS API names that moved between QGIS 3.22 and QGIS 4, chosen once by ``Qgis.versionInt()``.

Enums that QGIS moved into ``Qgis.*`` after 3.22 (``QgsWkbTypes.GeometryType`` became
``Qgis.GeometryType`` in 3.30, ``QgsProcessing.SourceType`` became ``Qgis.ProcessingSourceType`` in
3.36, ...) lost their old names in the Qt6 builds (QGIS 4), and the new names do not exist on
3.22: the plugin takes them from here. Field types are ``QVariant.Type`` up to QGIS 3.36 and
``QMetaType.Type`` from 3.38 on (Qt6 has no ``QVariant.Type``).

This is the only module of the plugin allowed to name unscoped or version-specific enums
(``tests/test_qt6_enums.py`` leaves it out of its scan and checks its values instead).
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsField,
    QgsProcessing,
    QgsProcessingParameterNumber,
    QgsRelation,
    QgsSimpleMarkerSymbolLayerBase,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

#: QGIS as 10000 * major + 100 * minor + patch (32216 for 3.22.16).
QGIS_VERSION_INT: int = Qgis.versionInt()

if QGIS_VERSION_INT >= 33000:
    GeometryType: Any = Qgis.GeometryType
    GEOMETRY_POINT = Qgis.GeometryType.Point
    GEOMETRY_LINE = Qgis.GeometryType.Line
    GEOMETRY_POLYGON = Qgis.GeometryType.Polygon
    GEOMETRY_NULL = Qgis.GeometryType.Null
    WkbType: Any = Qgis.WkbType
    WKB_POINT = Qgis.WkbType.Point
    WKB_POLYGON = Qgis.WkbType.Polygon
    WKB_MULTI_POLYGON = Qgis.WkbType.MultiPolygon
    WKB_MULTI_LINE_STRING = Qgis.WkbType.MultiLineString
    WKB_GEOMETRY_COLLECTION = Qgis.WkbType.GeometryCollection
    LAYOUT_MM = Qgis.LayoutUnit.Millimeters
    DISTANCE_KILOMETERS = Qgis.DistanceUnit.Kilometers
    AREA_SQUARE_METERS = Qgis.AreaUnit.SquareMeters
    TEMPORAL_YEARS = Qgis.TemporalUnit.Years
else:
    GeometryType = QgsWkbTypes.GeometryType
    GEOMETRY_POINT = QgsWkbTypes.GeometryType.PointGeometry
    GEOMETRY_LINE = QgsWkbTypes.GeometryType.LineGeometry
    GEOMETRY_POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
    GEOMETRY_NULL = QgsWkbTypes.GeometryType.NullGeometry
    WkbType = QgsWkbTypes.Type
    WKB_POINT = QgsWkbTypes.Type.Point
    WKB_POLYGON = QgsWkbTypes.Type.Polygon
    WKB_MULTI_POLYGON = QgsWkbTypes.Type.MultiPolygon
    WKB_MULTI_LINE_STRING = QgsWkbTypes.Type.MultiLineString
    WKB_GEOMETRY_COLLECTION = QgsWkbTypes.Type.GeometryCollection
    LAYOUT_MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    DISTANCE_KILOMETERS = QgsUnitTypes.DistanceUnit.DistanceKilometers
    AREA_SQUARE_METERS = QgsUnitTypes.AreaUnit.AreaSquareMeters
    TEMPORAL_YEARS = QgsUnitTypes.TemporalUnit.TemporalYears

if QGIS_VERSION_INT >= 33600:
    SOURCE_VECTOR_LINE = Qgis.ProcessingSourceType.VectorLine
    SOURCE_VECTOR_POLYGON = Qgis.ProcessingSourceType.VectorPolygon
    SOURCE_VECTOR_POINT = Qgis.ProcessingSourceType.VectorPoint
    NUMBER_DOUBLE = Qgis.ProcessingNumberParameterType.Double
    NUMBER_INTEGER = Qgis.ProcessingNumberParameterType.Integer
    REQUEST_NO_GEOMETRY = Qgis.FeatureRequestFlag.NoGeometry
else:
    SOURCE_VECTOR_LINE = QgsProcessing.SourceType.TypeVectorLine
    SOURCE_VECTOR_POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
    SOURCE_VECTOR_POINT = QgsProcessing.SourceType.TypeVectorPoint
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Type.Double
    NUMBER_INTEGER = QgsProcessingParameterNumber.Type.Integer
    REQUEST_NO_GEOMETRY = QgsFeatureRequest.Flag.NoGeometry

if QGIS_VERSION_INT >= 32400:
    MarkerShape: Any = Qgis.MarkerShape
    MARKER_CIRCLE = Qgis.MarkerShape.Circle
    MARKER_SQUARE = Qgis.MarkerShape.Square
else:
    MarkerShape = QgsSimpleMarkerSymbolLayerBase.Shape
    MARKER_CIRCLE = QgsSimpleMarkerSymbolLayerBase.Shape.Circle
    MARKER_SQUARE = QgsSimpleMarkerSymbolLayerBase.Shape.Square

if QGIS_VERSION_INT >= 32800:
    RELATION_ASSOCIATION = Qgis.RelationshipStrength.Association
    RELATION_COMPOSITION = Qgis.RelationshipStrength.Composition
else:
    RELATION_ASSOCIATION = QgsRelation.RelationStrength.Association
    RELATION_COMPOSITION = QgsRelation.RelationStrength.Composition

#: Field type names (as QVariant called them) and their QMetaType.Type names.
_METATYPE_NAMES = {
    "String": "QString", "Int": "Int", "LongLong": "LongLong", "Double": "Double",
    "Bool": "Bool", "Date": "QDate", "DateTime": "QDateTime", "Time": "QTime",
}


def field_type(name: str) -> Any:
    """The type a ``QgsField`` takes for a QVariant type name ("String", "Int", "Date", ...)."""
    if QGIS_VERSION_INT >= 33800:
        return getattr(QMetaType.Type, _METATYPE_NAMES[name])
    return getattr(QVariant, name)


def field_type_string(field: QgsField) -> str:
    """The type of ``field`` by its QVariant name ("String", "Int", ...), on Qt5 and Qt6."""
    value = int(getattr(field.type(), "value", field.type()))
    for name in _METATYPE_NAMES:
        if int(getattr(field_type(name), "value", field_type(name))) == value:
            return name
    return field.typeName()


FIELD_STRING = field_type("String")
FIELD_INT = field_type("Int")
FIELD_LONGLONG = field_type("LongLong")
FIELD_DOUBLE = field_type("Double")
FIELD_BOOL = field_type("Bool")
FIELD_DATE = field_type("Date")
FIELD_DATETIME = field_type("DateTime")
