"""QGIS 4 (Qt6) readiness without a Qt6 QGIS: every Qt and QGIS enum of plugin/ is fully scoped.

Qt: every ``Class.Member`` chain the plugin writes from a ``qgis.PyQt`` import must exist in PyQt6
(from PyPI, in the venv; asked in a child process) as written, so ``Qt.UserRole`` fails and
``Qt.ItemDataRole.UserRole`` passes. QGIS: the running QGIS's bindings say which enum a member
belongs to; ``Class.Member`` fails, ``Class.Enum.Member`` passes, and enums that QGIS moved into
``Qgis`` after 3.22 must come from ``plugin/qgis_compat.py``. ``scripts/scope_enums.py --write``
fixes what this test finds.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


def _codemod() -> ModuleType:
    """scripts/scope_enums.py as a module (scripts/ is not a package)."""
    if "scope_enums" in sys.modules:
        return sys.modules["scope_enums"]
    spec = importlib.util.spec_from_file_location("scope_enums",
                                                  REPO / "scripts" / "scope_enums.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["scope_enums"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def codemod() -> ModuleType:
    """The codemod's analysis, loaded once."""
    return _codemod()


@pytest.mark.subprocess
def test_plugin_uses_only_scoped_enums(codemod):
    """No unscoped Qt/QGIS enum, no Qt name missing from PyQt6, no moved enum outside compat."""
    uses = [use for path in codemod.python_files() for use in codemod.find_uses(path)]
    assert len(uses) > 100  # the scan does see the plugin's Qt and QGIS names
    findings = codemod.analyse(uses)
    assert not findings, "run .venv/bin/python scripts/scope_enums.py --write:\n" + "\n".join(
        codemod._describe(finding) for finding in findings)


@pytest.mark.subprocess
def test_qt_classes_exist_in_pyqt6(codemod):
    """Every class imported from ``qgis.PyQt.*`` exists in the same PyQt6 module (or its shim)."""
    chains = set()
    for path in codemod.python_files():
        for module, name in codemod.qgis_imports(ast.parse(path.read_text())).values():
            if module.startswith("qgis.PyQt.") and name[:1] == "Q" and name != "QT_TRANSLATE_NOOP":
                chains.add(f"{module.rsplit('.', 1)[-1]}:{name}")
    found = codemod.pyqt6_has(sorted(chains))
    assert chains
    assert [chain for chain in sorted(chains) if not found[chain]] == []


def test_no_int_where_an_enum_is_expected(codemod):
    """Qt flags are passed as flags: no ``int(Qt.A | Qt.B)`` (Qt6 takes no ints there)."""
    bad = []
    for path in codemod.python_files():
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == "int" and node.args \
                    and any(isinstance(inner, ast.Name) and inner.id == "Qt"
                            for inner in ast.walk(node.args[0])):
                bad.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert bad == []


@pytest.mark.subprocess
def test_codemod_scopes_and_routes_through_compat(codemod, tmp_path, monkeypatch):
    """The codemod rewrites a sample module, adds the imports, and finds nothing after."""
    monkeypatch.setattr(codemod, "PLUGIN", tmp_path)
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from qgis.core import QgsCoordinateTransform, QgsMapLayer, QgsWkbTypes\n"
        "from qgis.PyQt.QtCore import Qt, QVariant\n\n"
        "ROLE = Qt.UserRole + 1\n"
        "KIND = QgsWkbTypes.PolygonGeometry\n"
        "CATEGORIES = QgsMapLayer.Symbology | QgsMapLayer.Labeling\n"
        "FIELD = QVariant.String\n"
        "DIRECTION = QgsCoordinateTransform.ReverseTransform\n"
        "LAYER = QgsMapLayer\n")
    changes, findings = codemod.run([sample])
    assert len(findings) == 6
    new = changes[sample][1]
    for expected in ("ROLE = Qt.ItemDataRole.UserRole + 1", "KIND = GEOMETRY_POLYGON",
                     "QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling",
                     "FIELD = FIELD_STRING", "DIRECTION = Qgis.TransformDirection.Reverse",
                     "from .qgis_compat import FIELD_STRING, GEOMETRY_POLYGON"):
        assert expected in new
    sample.write_text(new)
    assert codemod.analyse(codemod.find_uses(sample)) == []
    compile(new, str(sample), "exec")


@pytest.mark.subprocess
def test_codemod_keeps_lazy_qgis_imports_lazy(codemod, tmp_path, monkeypatch):
    """A module importing QGIS inside a function gets the compat import there, not on top."""
    monkeypatch.setattr(codemod, "PLUGIN", tmp_path)
    (tmp_path / "registry").mkdir()
    sample = tmp_path / "registry" / "lazy.py"
    sample.write_text(
        "def kind():\n"
        "    from qgis.core import QgsWkbTypes\n\n"
        "    return QgsWkbTypes.PointGeometry\n")
    new = codemod.run([sample])[0][sample][1]
    assert new.splitlines() == [
        "def kind():", "    from ..qgis_compat import GEOMETRY_POINT", "",
        "    return GEOMETRY_POINT"]


def test_compat_names_match_this_qgis(codemod, qgis_app):
    """Every name the codemod writes exists in qgis_compat and is the right enum of this QGIS."""
    from qgis.core import QgsField, QgsGeometry

    from plugin import qgis_compat as compat

    assert {name for name in codemod.COMPAT_NAMES.values() if not hasattr(compat, name)} == set()
    polygon = QgsGeometry.fromWkt("MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))")
    point = QgsGeometry.fromWkt("POINT(1 1)")
    line = QgsGeometry.fromWkt("MULTILINESTRING((0 0, 1 1))")
    assert polygon.type() == compat.GEOMETRY_POLYGON
    assert point.type() == compat.GEOMETRY_POINT
    assert line.type() == compat.GEOMETRY_LINE
    assert polygon.wkbType() == compat.WKB_MULTI_POLYGON
    assert point.wkbType() == compat.WKB_POINT
    assert line.wkbType() == compat.WKB_MULTI_LINE_STRING
    assert isinstance(compat.GEOMETRY_POLYGON, compat.GeometryType)
    assert isinstance(compat.WKB_POINT, compat.WkbType)
    assert isinstance(compat.MARKER_CIRCLE, compat.MarkerShape)
    for name, constant in (("String", compat.FIELD_STRING), ("Int", compat.FIELD_INT),
                           ("Double", compat.FIELD_DOUBLE), ("Date", compat.FIELD_DATE),
                           ("DateTime", compat.FIELD_DATETIME), ("Bool", compat.FIELD_BOOL),
                           ("LongLong", compat.FIELD_LONGLONG)):
        assert compat.field_type_string(QgsField("value", constant)) == name
