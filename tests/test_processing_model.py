"""The gap analysis inside a model of QGIS's graphical modeler, saved and loaded as .model3."""

import processing
from qgis.core import (
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFile,
)


def gaps_model() -> QgsProcessingModelAlgorithm:
    """What an analyst builds in the modeler: registry in, gaps at 40 km out."""
    model = QgsProcessingModelAlgorithm("Border gaps at 40 km", "TBPA")
    model.addModelParameter(QgsProcessingParameterFile("registry_file", "Registry",
                                                       extension="gpkg"),
                            QgsProcessingModelParameter("registry_file"))
    child = QgsProcessingModelChildAlgorithm("tbpa:crossbordergaps")
    child.setChildId("gaps")
    child.addParameterSources("registry", [
        QgsProcessingModelChildParameterSource.fromModelParameter("registry_file")])
    child.addParameterSources("border_km", [
        QgsProcessingModelChildParameterSource.fromStaticValue(40.0)])
    output = QgsProcessingModelOutput("gaps_layer")
    output.setChildId("gaps")
    output.setChildOutputName("cross_border_gaps")
    child.setModelOutputs({"gaps_layer": output})
    model.addChildAlgorithm(child)
    return model


def test_gaps_run_inside_a_saved_model(tbpa_provider, demo_registry, tmp_path):
    saved = tmp_path / "border_gaps.model3"
    assert gaps_model().toFile(str(saved))
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(saved))
    assert model.childAlgorithm("gaps").algorithm() is not None  # tbpa:crossbordergaps found
    in_model = processing.run(model, {"registry_file": str(demo_registry),
                                      "gaps:gaps_layer": "TEMPORARY_OUTPUT"})
    direct = processing.run("tbpa:crossbordergaps", {
        "registry": str(demo_registry), "border_km": 40.0,
        "cross_border_gaps": "TEMPORARY_OUTPUT"})
    layer = in_model["gaps:gaps_layer"]
    assert not isinstance(layer, str), layer
    expected = sorted(f["message"] for f in direct["cross_border_gaps"].getFeatures())
    assert expected
    assert sorted(f["message"] for f in layer.getFeatures()) == expected
