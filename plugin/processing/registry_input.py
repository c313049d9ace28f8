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

#: The registry the plugin's dock shows: the algorithms' dialogs start with it filled in.
_OPEN_IN_QGIS: dict[str, str | None] = {"location": None}


def set_registry_open_in_qgis(location: str | None) -> None:
    """Remember the registry the dock shows (None: none) as the parameters' default."""
    _OPEN_IN_QGIS["location"] = str(location) if location else None


def add_registry_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    """Declare the two ways of naming the registry (the one open in QGIS as default)."""
    defaults = registry_parameters(_OPEN_IN_QGIS["location"] or "")
    defaults = {key: value for key, value in defaults.items() if value}
    algorithm.addParameter(QgsProcessingParameterFile(
        REGISTRY, tr("Registry GeoPackage"), extension="gpkg",
        defaultValue=defaults.get(REGISTRY), optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        REGISTRY_CONNECTION,
        tr("Or the PostgreSQL connection of a shared registry (service=NAME or "
           "postgresql://...)"), defaultValue=defaults.get(REGISTRY_CONNECTION),
        optional=True))


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
