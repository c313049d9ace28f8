"""The registry an algorithm reads: a GeoPackage file, or the connection of a PostGIS registry.

Two optional parameters, exactly one of them given: the file keeps the toolbox's file picker,
the connection (``service=NAME`` or ``postgresql://...``, optionally ``authcfg=ID``) names a
shared registry. The GUI passes what the dock has open through :func:`registry_parameters`.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..i18n import tr
from ..registry.backend import is_postgis_location

REGISTRY = "registry"
REGISTRY_CONNECTION = "registry_connection"


def add_registry_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    """Declare the two ways of naming the registry."""
    algorithm.addParameter(QgsProcessingParameterFile(
        REGISTRY, tr("Registry GeoPackage"), extension="gpkg", optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        REGISTRY_CONNECTION,
        tr("Or the PostgreSQL connection of a shared registry (service=NAME or "
           "postgresql://...)"), optional=True))


def registry_location(algorithm: QgsProcessingAlgorithm, parameters: dict,
                      context: QgsProcessingContext) -> str:
    """The registry the user named; QgsProcessingException unless exactly one is given."""
    path = algorithm.parameterAsFile(parameters, REGISTRY, context).strip()
    connection = algorithm.parameterAsString(parameters, REGISTRY_CONNECTION, context).strip()
    if bool(path) == bool(connection):
        raise QgsProcessingException(
            tr("Give either the registry GeoPackage or the PostgreSQL connection of a shared "
               "registry (one of them, not both)"))
    if connection and not is_postgis_location(connection):
        raise QgsProcessingException(
            tr("'{location}' is not a PostgreSQL connection (service=NAME or "
               "postgresql://...)").format(location=connection))
    return connection or path


def registry_parameters(location: str) -> dict[str, str]:
    """Parameter values naming ``location`` (a GeoPackage path or a PostgreSQL connection)."""
    if is_postgis_location(location):
        return {REGISTRY_CONNECTION: str(location)}
    return {REGISTRY: str(location)}
