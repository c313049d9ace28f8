"""Processing algorithm ``tbpa:exportpartnerpackage``: the shapefile package for one partner."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ..errors import TbpaError
from ..exchange.partner_package import (
    ExchangeCancelledError,
    ExportOptions,
    export_partner_package,
)
from ..i18n import current_language, tr
from ..qgis_compat import NUMBER_DOUBLE
from ..registry.catalogue import RANGE_STATES
from ..registry.names import country_name
from ..registry.store import open_registry
from .registry_input import REGISTRY, add_registry_parameters, registry_location

PARTNERS = tuple(RANGE_STATES)


def crs_text(crs: QgsCoordinateReferenceSystem) -> str:
    """``EPSG:nnnn`` when QGIS knows the authority id, else the CRS's WKT (pyproj reads both)."""
    return crs.authid() or crs.toWkt()


class ExportPartnerPackageAlgorithm(QgsProcessingAlgorithm):
    """Writes the zip of shapefiles a neighbouring range state receives."""

    REGISTRY = REGISTRY
    PARTNER = "partner"
    CRS = "crs"
    BORDER_KM = "border_km"
    WDPA_NAMES = "wdpa_names"
    INCLUDE_SENSITIVE = "include_sensitive"
    OUTPUT_FOLDER = "output_folder"
    PACKAGE = "package"
    FEATURE_COUNT = "feature_count"

    def name(self) -> str:
        """Stable id: ``tbpa:exportpartnerpackage``."""
        return "exportpartnerpackage"

    def displayName(self) -> str:  # noqa: N802 (QGIS API name)
        """Name in the toolbox."""
        return tr("Export partner package")

    def group(self) -> str:
        """Translated group name."""
        return tr("Partner exchange")

    def groupId(self) -> str:  # noqa: N802 (QGIS API name)
        """Stable group id."""
        return "exchange"

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API name)
        """Help shown beside the dialog."""
        return tr(
            "Writes one zip for a neighbouring range state: shapefiles (UTF-8, field names of "
            "at most 10 characters) of its protected areas, of other states' areas and "
            "reintroduction sites within the border distance, of the networks it belongs to "
            "with all their members, and of the cross-border gaps with it; CSV tables of "
            "memberships and releases; fields.csv, manifest.json (counts and SHA-256) and a "
            "README in English and Russian. Sensitive sites are moved to the centre of a "
            "~10 km cell unless you include them. WDPA field names let partners merge the "
            "protected areas with WDPA data directly.")

    def createInstance(self) -> ExportPartnerPackageAlgorithm:  # noqa: N802 (QGIS API name)
        """A new instance."""
        return ExportPartnerPackageAlgorithm()

    def initAlgorithm(self, configuration=None) -> None:  # noqa: N802 (QGIS API name)
        """Declare the parameters."""
        add_registry_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            self.PARTNER, tr("Partner state"),
            options=[f"{code} {country_name(code, current_language())}" for code in PARTNERS],
            defaultValue=PARTNERS.index("UZB")))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, tr("Coordinate reference system of the shapefiles"), "EPSG:4326"))
        self.addParameter(QgsProcessingParameterNumber(
            self.BORDER_KM, tr("Border distance (km)"), NUMBER_DOUBLE,
            100.0, minValue=0.0, maxValue=2000.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.WDPA_NAMES, tr("Use WDPA field names for protected areas"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_SENSITIVE,
            tr("Include sensitive sites at their exact location (not generalised)"), False))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile(self.PACKAGE, tr("Package (zip)")))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURE_COUNT,
                                                 tr("Features and rows written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API name)
        """Write the package."""
        partner = PARTNERS[self.parameterAsEnum(parameters, self.PARTNER, context)]
        options = ExportOptions(
            partner,
            crs=crs_text(self.parameterAsCrs(parameters, self.CRS, context)),
            border_km=self.parameterAsDouble(parameters, self.BORDER_KM, context),
            include_sensitive=self.parameterAsBoolean(parameters, self.INCLUDE_SENSITIVE,
                                                      context),
            wdpa_names=self.parameterAsBoolean(parameters, self.WDPA_NAMES, context))
        registry = registry_location(self, parameters, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        try:
            with open_registry(registry) as store:
                package = export_partner_package(store, folder, options, feedback)
        except ExchangeCancelledError as error:
            feedback.reportError(str(error))
            return {}
        except (TbpaError, OSError) as error:  # a refusal; a bug goes on as an error
            raise QgsProcessingException(str(error)) from None
        for line in package.lines():
            feedback.pushInfo(line)
        return {self.PACKAGE: str(package.path), self.OUTPUT_FOLDER: folder,
                self.FEATURE_COUNT: sum(package.counts.values())}
