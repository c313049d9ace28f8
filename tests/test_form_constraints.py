"""QGIS's forms accept the registry's own valid records: every constraint parses and passes.

A constraint QGIS cannot parse (``BETWEEN`` before QGIS 3.26) fails for every value and keeps
the form's OK button disabled, so nothing can be added or edited through QGIS's forms.
"""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsExpression,
    QgsFieldConstraints,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)

from plugin.project.registry_layers import add_registry_to_project
from plugin.project.registry_styles import field_constraints

STRENGTHS = (QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard,
             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft)


@pytest.fixture
def registry_layers(demo_registry, qgis_new_project) -> list[QgsVectorLayer]:
    """Every vector layer of the demo registry's group, as the plugin adds it."""
    group = add_registry_to_project(demo_registry, QgsProject.instance(), "en")
    return [node.layer() for node in group.findLayers()
            if isinstance(node.layer(), QgsVectorLayer)]


@pytest.mark.parametrize("field", sorted(field_constraints()))
def test_every_constraint_expression_parses(field, qgis_app):
    expression = QgsExpression(field_constraints()[field][0])
    assert not expression.hasParserError(), expression.parserErrorString()


def test_valid_records_pass_every_constraint_of_their_layer(registry_layers):
    checked = 0
    failures = []
    for layer in registry_layers:
        constrained = [index for index, field in enumerate(layer.fields())
                       if field.constraints().constraints()]
        if not constrained:
            continue
        for feature in layer.getFeatures():
            for index in constrained:
                for strength in STRENGTHS:
                    ok, errors = QgsVectorLayerUtils.validateAttribute(layer, feature, index,
                                                                       strength)
                    checked += 1
                    if not ok:
                        failures.append((layer.name(), feature.id(),
                                         layer.fields()[index].name(), errors))
    assert failures == []
    assert checked > 500  # protected areas, networks, sites and releases were all checked


def test_status_year_bounds(registry_layers):
    areas = next(layer for layer in registry_layers if layer.name() == "Protected areas")
    index = areas.fields().indexOf("status_year")
    feature = next(areas.getFeatures())
    for year, expected in ((None, True), (1850, True), (2025, True), (2100, True),
                           (1849, False), (2101, False)):
        feature["status_year"] = year
        ok, _errors = QgsVectorLayerUtils.validateAttribute(
            areas, feature, index, QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        assert ok is expected, year
