"""Processing algorithm ``tbpa:crossbordergaps``: the cross-border gap analysis of a registry.

Input is the registry GeoPackage itself (networks and memberships are tables without geometry,
which a layer-by-layer input could not carry). The dock's "Find gaps" runs this algorithm.
"""

from __future__ import annotations

import html

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..analysis.gap_features import GAP_WKB_TYPE, GapCounts, gap_feature, gap_fields
from ..analysis.gaps import (
    GapParameters,
    find_cross_border_gaps,
    gap_type_label,
    parse_dispersal_overrides,
)
from ..errors import InvalidValueError, TbpaError
from ..i18n import tr
from ..qgis_compat import NUMBER_DOUBLE, SOURCE_VECTOR_LINE
from ..registry.catalogue import STATUS_DISPLAY_ORDER
from ..registry.store import open_registry
from .registry_input import REGISTRY, add_registry_parameters, registry_location


class CrossBorderGapsAlgorithm(QgsProcessingAlgorithm):
    """Flags, per neighbouring range state, where the network has a hole at the border."""

    REGISTRY = REGISTRY
    BORDER_KM = "border_km"
    PARTNER_KM = "partner_km"
    STATUSES = "statuses"
    DISPERSAL_KM = "dispersal_km"
    OUTPUT = "cross_border_gaps"
    GAP_COUNT = "gap_count"

    def name(self) -> str:
        """Stable id: ``tbpa:crossbordergaps``."""
        return "crossbordergaps"

    def displayName(self) -> str:  # noqa: N802 (QGIS API name)
        """Name in the toolbox."""
        return tr("Cross-border gaps")

    def group(self) -> str:
        """Translated group name."""
        return tr("Analysis")

    def groupId(self) -> str:  # noqa: N802 (QGIS API name)
        """Stable group id."""
        return "analysis"

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API name)
        """Help shown beside the dialog (QGIS reads it as HTML: '<' is escaped)."""
        return html.escape(tr(
            "Finds where the network of protected areas has a hole at a border between "
            "neighbouring range states, one feature per flag:\n"
            "- {t1}: a protected area within the border distance of a neighbour that has no "
            "protected area within the partner distance of it;\n"
            "- {t2}: a network lists a state where none of its members lies;\n"
            "- {t3}: a network's status is ahead of a member's (planned < draft < created);\n"
            "- {t4}: a reintroduction site within its species' dispersal distance of a "
            "neighbour that has no protected area within that distance of the site.\n"
            "Distances are geodesic, in km. Only protected areas and networks with one of the "
            "chosen statuses take part. Dispersal distances default to the species catalogue; "
            "override them as species=km separated by ';', e.g. kulan=150;saiga=300."
        ).format(t1=gap_type_label("unpaired_border_pa"),
                 t2=gap_type_label("network_missing_state"),
                 t3=gap_type_label("network_status_ahead"),
                 t4=gap_type_label("site_dispersal_unprotected")), quote=False)

    def createInstance(self) -> CrossBorderGapsAlgorithm:  # noqa: N802 (QGIS API name)
        """A new instance (Processing runs each in its own)."""
        return CrossBorderGapsAlgorithm()

    def initAlgorithm(self, configuration=None) -> None:  # noqa: N802 (QGIS API name)
        """Declare the parameters."""
        defaults = GapParameters()
        add_registry_parameters(self)
        for name, label, value in (
                (self.BORDER_KM, tr("Border distance (km)"), defaults.border_km),
                (self.PARTNER_KM, tr("Partner distance (km)"), defaults.partner_km)):
            self.addParameter(QgsProcessingParameterNumber(
                name, label, NUMBER_DOUBLE, value, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.STATUSES, tr("Statuses that count"),
            options=[status.label() for status in STATUS_DISPLAY_ORDER], allowMultiple=True,
            defaultValue=list(range(len(STATUS_DISPLAY_ORDER)))))
        self.addParameter(QgsProcessingParameterString(
            self.DISPERSAL_KM, tr("Dispersal distances (species=km;…), overriding the catalogue"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Cross-border gaps"), SOURCE_VECTOR_LINE))
        self.addOutput(QgsProcessingOutputNumber(self.GAP_COUNT, tr("Number of gaps")))

    def parameters_from(self, parameters, context) -> GapParameters:
        """The analysis parameters; QgsProcessingException with the reason when wrong."""
        chosen = self.parameterAsEnums(parameters, self.STATUSES, context)
        try:
            if not chosen:
                raise InvalidValueError(tr("choose at least one status"))
            result = GapParameters(
                border_km=self.parameterAsDouble(parameters, self.BORDER_KM, context),
                partner_km=self.parameterAsDouble(parameters, self.PARTNER_KM, context),
                statuses=frozenset(STATUS_DISPLAY_ORDER[i] for i in chosen),
                dispersal_km=parse_dispersal_overrides(
                    self.parameterAsString(parameters, self.DISPERSAL_KM, context) or ""))
            result.validate()
        except TbpaError as error:
            raise QgsProcessingException(str(error)) from None
        return result

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API name)
        """Refuse bad values before the run (the dialog shows the message)."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self.parameters_from(parameters, context)
        except QgsProcessingException as error:
            return False, str(error)
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API name)
        """Run the analysis and write one feature per gap."""
        gap_parameters = self.parameters_from(parameters, context)
        location = registry_location(self, parameters, context)
        try:
            with open_registry(location) as store:
                gaps = find_cross_border_gaps(store, gap_parameters, feedback)
        except TbpaError as error:  # a refusal; a bug goes on as an error
            raise QgsProcessingException(str(error)) from None
        if feedback.isCanceled():
            return {}
        fields = gap_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             GAP_WKB_TYPE,
                                             QgsCoordinateReferenceSystem("EPSG:4326"))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for gap in gaps:
            sink.addFeature(gap_feature(gap, fields), QgsFeatureSink.Flag.FastInsert)
        for line in GapCounts.of_gaps(gaps).lines():
            feedback.pushInfo(line)
        return {self.OUTPUT: dest_id, self.GAP_COUNT: len(gaps)}
