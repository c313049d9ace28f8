"""Processing algorithm ``tbpa:importpartnerpackage``: check and merge what a partner sent."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..errors import TbpaError
from ..exchange.package_import import (
    ALL_SENDERS,
    ImportOptions,
    check_partner_package,
    import_partner_package,
)
from ..exchange.partner_package import ExchangeCancelledError
from ..i18n import tr
from ..registry.catalogue import RANGE_STATES
from ..registry.store import open_registry
from .exportpartnerpackage import crs_text
from .registry_input import REGISTRY, add_registry_parameters, registry_location


class ImportPartnerPackageAlgorithm(QgsProcessingAlgorithm):
    """Merges a partner's package (zip, or a .shp of a folder of shapefiles) into a registry."""

    REGISTRY = REGISTRY
    PACKAGE = "package"
    DRY_RUN = "dry_run"
    ENCODING = "encoding"
    CRS = "crs"
    SENDER = "sender"
    REPORT = "report"
    ADDED = "added"
    UPDATED = "updated"
    SKIPPED = "skipped"
    CONFLICTS = "conflicts"

    def name(self) -> str:
        """Stable id: ``tbpa:importpartnerpackage``."""
        return "importpartnerpackage"

    def displayName(self) -> str:  # noqa: N802 (QGIS API name)
        """Name in the toolbox."""
        return tr("Import partner package")

    def group(self) -> str:
        """Translated group name."""
        return tr("Partner exchange")

    def groupId(self) -> str:  # noqa: N802 (QGIS API name)
        """Stable group id."""
        return "exchange"

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API name)
        """Help shown beside the dialog."""
        return tr(
            "Reads a package sent by a partner (our own zip, or plain shapefiles named with our "
            "field names or WDPA's; choose any .shp to read its whole folder), validates every "
            "record, reprojects to EPSG:4326 and merges in one transaction: new records added, "
            "identical ones skipped (geometry within 1 m), changed ones updated (status changes "
            "are logged), conflicts (same id, another country or a geometry more than 5 km "
            "away) reported and left untouched. A package from a partner changes only that "
            "partner's records (and networks listing it); other countries' changes are "
            "reported as conflicts (proposals), never applied. Any problem refuses the whole "
            "package and the registry is not changed. A dry run only reports.")

    def createInstance(self) -> ImportPartnerPackageAlgorithm:  # noqa: N802 (QGIS API name)
        """A new instance."""
        return ImportPartnerPackageAlgorithm()

    def initAlgorithm(self, configuration=None) -> None:  # noqa: N802 (QGIS API name)
        """Declare the parameters."""
        add_registry_parameters(self)
        self.addParameter(QgsProcessingParameterFile(
            self.PACKAGE, tr("Package (zip, or a .shp of the folder to read)"),
            fileFilter=tr("Packages (*.zip *.ZIP *.shp *.SHP)")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DRY_RUN, tr("Dry run: report only, write nothing"), False))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, tr("Text encoding of DBF files without .cpg (e.g. cp1251)"),
            optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, tr("CRS of shapefiles without .prj"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SENDER, tr("Range state that sent the package (ISO3; empty: the partner of "
                            "its manifest; ALL: every country's records)"), optional=True))
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Report")))
        for name, label in ((self.ADDED, tr("Records added")),
                            (self.UPDATED, tr("Records updated")),
                            (self.SKIPPED, tr("Identical records skipped")),
                            (self.CONFLICTS, tr("Conflicts left untouched"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def _sender(self, parameters, context) -> str | None:
        text = (self.parameterAsString(parameters, self.SENDER, context) or "").strip().upper()
        if text and text != ALL_SENDERS and text not in RANGE_STATES:
            raise QgsProcessingException(tr(
                "unknown range state '{value}' (expected one of {known}, or ALL)").format(
                    value=text, known=", ".join(RANGE_STATES)))
        return text or None

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API name)
        """Check, then merge (or only report)."""
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        options = ImportOptions(
            encoding=self.parameterAsString(parameters, self.ENCODING, context) or None,
            crs=crs_text(crs) if crs.isValid() else None,
            dry_run=self.parameterAsBoolean(parameters, self.DRY_RUN, context),
            sender=self._sender(parameters, context))
        registry = registry_location(self, parameters, context)
        package = self.parameterAsFile(parameters, self.PACKAGE, context)
        try:
            # The package is checked before the registry is opened: a refusal leaves it as it was.
            checked = check_partner_package(package, options, feedback)
            with open_registry(registry) as store:
                report = import_partner_package(store, package, options, feedback,
                                                checked=checked)
        except ExchangeCancelledError as error:
            feedback.reportError(str(error))
            return {}
        except (TbpaError, OSError) as error:  # a refusal; a bug goes on as an error
            raise QgsProcessingException(str(error)) from None
        lines = report.lines()
        for line in lines:
            feedback.pushInfo(line)
        return {self.REPORT: "\n".join(lines), self.ADDED: report.count("added"),
                self.UPDATED: report.count("updated"), self.SKIPPED: report.count("skipped"),
                self.CONFLICTS: report.count("conflict")}
