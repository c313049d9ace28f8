"""Find and rewrite unscoped Qt and QGIS enum uses in ``plugin/`` (Qt6 / QGIS 4 readiness).

Qt6 (PyQt6) and QGIS 4 know an enum member only through its enum: ``Qt.ItemDataRole.UserRole``,
not ``Qt.UserRole``. This script reads each module with ``ast``, takes every attribute chain that
starts at a name imported from ``qgis.*`` (``Qt.UserRole``, ``QgsWkbTypes.PolygonGeometry``) and:

* Qt classes: asks the running PyQt5 which enum the member belongs to and checks with PyQt6 (from
  PyPI, in a child process) that ``Class.Enum.Member`` exists there as written;
* QGIS classes: asks the running QGIS (3.22's bindings) which enum the member belongs to;
  enums that QGIS moved into ``Qgis.*`` after 3.22 go through ``plugin/qgis_compat.py``
  (``QgsWkbTypes.PolygonGeometry`` becomes ``GEOMETRY_POLYGON``), enums that already live in
  ``Qgis`` on 3.22 are written ``Qgis.Enum.Member``.

    python scripts/scope_enums.py            # dry run: print the diff, exit 1 if any
    python scripts/scope_enums.py --write    # rewrite the files
    python scripts/scope_enums.py --check    # list what is left (what the test fails on)

Run it with the Python that has QGIS (``.venv/bin/python``). Only the standard library, QGIS's
PyQt and a child process with PyQt6 are used; ruff (from the venv) sorts the imports it adds.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import enum
import importlib
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "plugin"
COMPAT_MODULE = "qgis_compat"

#: Enums that QGIS moved into ``Qgis`` after 3.22: (class, enum on 3.22) -> new ``Qgis`` enum.
MOVED: dict[tuple[str, str], str] = {
    ("QgsWkbTypes", "GeometryType"): "GeometryType",
    ("QgsWkbTypes", "Type"): "WkbType",
    ("QgsUnitTypes", "LayoutUnit"): "LayoutUnit",
    ("QgsUnitTypes", "DistanceUnit"): "DistanceUnit",
    ("QgsUnitTypes", "AreaUnit"): "AreaUnit",
    ("QgsUnitTypes", "TemporalUnit"): "TemporalUnit",
    ("QgsUnitTypes", "RenderUnit"): "RenderUnit",
    ("QgsProcessing", "SourceType"): "ProcessingSourceType",
    ("QgsProcessingParameterNumber", "Type"): "ProcessingNumberParameterType",
    ("QgsFeatureRequest", "Flag"): "FeatureRequestFlag",
    ("QgsSimpleMarkerSymbolLayerBase", "Shape"): "MarkerShape",
    ("QgsRelation", "RelationStrength"): "RelationshipStrength",
    ("QgsMapLayer", "LayerType"): "LayerType",
}

#: The names ``plugin/qgis_compat.py`` gives to moved members: (class, member) -> compat name.
COMPAT_NAMES: dict[tuple[str, str], str] = {
    ("QgsWkbTypes", "GeometryType"): "GeometryType",
    ("QgsWkbTypes", "PointGeometry"): "GEOMETRY_POINT",
    ("QgsWkbTypes", "LineGeometry"): "GEOMETRY_LINE",
    ("QgsWkbTypes", "PolygonGeometry"): "GEOMETRY_POLYGON",
    ("QgsWkbTypes", "NullGeometry"): "GEOMETRY_NULL",
    ("QgsWkbTypes", "Type"): "WkbType",
    ("QgsWkbTypes", "Point"): "WKB_POINT",
    ("QgsWkbTypes", "Polygon"): "WKB_POLYGON",
    ("QgsWkbTypes", "MultiPolygon"): "WKB_MULTI_POLYGON",
    ("QgsWkbTypes", "MultiLineString"): "WKB_MULTI_LINE_STRING",
    ("QgsWkbTypes", "GeometryCollection"): "WKB_GEOMETRY_COLLECTION",
    ("QgsUnitTypes", "LayoutMillimeters"): "LAYOUT_MM",
    ("QgsUnitTypes", "DistanceKilometers"): "DISTANCE_KILOMETERS",
    ("QgsUnitTypes", "AreaSquareMeters"): "AREA_SQUARE_METERS",
    ("QgsUnitTypes", "TemporalYears"): "TEMPORAL_YEARS",
    ("QgsProcessing", "TypeVectorLine"): "SOURCE_VECTOR_LINE",
    ("QgsProcessing", "TypeVectorPolygon"): "SOURCE_VECTOR_POLYGON",
    ("QgsProcessing", "TypeVectorPoint"): "SOURCE_VECTOR_POINT",
    ("QgsProcessingParameterNumber", "Double"): "NUMBER_DOUBLE",
    ("QgsProcessingParameterNumber", "Integer"): "NUMBER_INTEGER",
    ("QgsFeatureRequest", "NoGeometry"): "REQUEST_NO_GEOMETRY",
    ("QgsSimpleMarkerSymbolLayerBase", "Shape"): "MarkerShape",
    ("QgsSimpleMarkerSymbolLayerBase", "Circle"): "MARKER_CIRCLE",
    ("QgsSimpleMarkerSymbolLayerBase", "Square"): "MARKER_SQUARE",
    ("QgsRelation", "Association"): "RELATION_ASSOCIATION",
    ("QgsRelation", "Composition"): "RELATION_COMPOSITION",
    ("QVariant", "String"): "FIELD_STRING",
    ("QVariant", "Int"): "FIELD_INT",
    ("QVariant", "LongLong"): "FIELD_LONGLONG",
    ("QVariant", "Double"): "FIELD_DOUBLE",
    ("QVariant", "Bool"): "FIELD_BOOL",
    ("QVariant", "Date"): "FIELD_DATE",
    ("QVariant", "DateTime"): "FIELD_DATETIME",
}

#: Classes that QGIS's ``qgis.PyQt`` shims keep in their Qt5 module on Qt6 (QAction moved to QtGui).
QT6_SHIMS = {("QtWidgets", "QAction"): "QtGui", ("QtWidgets", "QActionGroup"): "QtGui",
             ("QtWidgets", "QShortcut"): "QtGui"}

#: Child process: which "Module:Class.a.b" chains exist in PyQt6 (JSON list in, JSON dict out).
_PYQT6_PROBE = """
import importlib, json, sys
shims = {shims!r}
found = {{}}
for item in json.load(sys.stdin):
    module, chain = item.split(":")
    names = chain.split(".")
    home = shims.get((module, names[0]), module)
    try:
        obj = importlib.import_module("PyQt6." + home)
        for name in names:
            obj = getattr(obj, name)
        found[item] = True
    except (ImportError, AttributeError):
        found[item] = False
print(json.dumps(found))
"""


@dataclass(frozen=True)
class Use:
    """An attribute chain from an imported Qt/QGIS name, where it is in the file."""

    path: Path
    line: int
    col: int
    end_line: int
    end_col: int
    module: str  # e.g. "qgis.PyQt.QtCore" or "qgis.core"
    cls: str  # the imported name (not the local alias)
    local: str  # the name as written in the file
    attrs: tuple[str, ...]  # the attributes after it, as written

    @property
    def text(self) -> str:
        """The chain as written."""
        return ".".join((self.local, *self.attrs))

    @property
    def is_qt(self) -> bool:
        """Whether the class comes from Qt (qgis.PyQt.*), not from QGIS."""
        return self.module.startswith("qgis.PyQt")


@dataclass(frozen=True)
class Finding:
    """An enum use to fix: the chain to replace, by what, and what to import for it."""

    use: Use
    length: int  # how many of use.attrs the replacement covers
    replacement: str | None  # None: no automatic fix
    reason: str
    compat: str | None = None  # name to import from plugin/qgis_compat.py
    needs_qgis: bool = False  # ``Qgis`` must be imported from qgis.core


def python_files(paths: list[Path] | None = None) -> list[Path]:
    """The modules to scan: every ``plugin/**/*.py`` but the compatibility module."""
    found: list[Path] = []
    for base in paths or [PLUGIN]:
        files = [base] if base.is_file() else sorted(base.rglob("*.py"))
        found += [f for f in files if f.name != f"{COMPAT_MODULE}.py"
                  and "__pycache__" not in f.parts]
    return found


def qgis_imports(tree: ast.AST) -> dict[str, tuple[str, str]]:
    """Local name -> (module, name) of everything imported from ``qgis.*`` anywhere in a module."""
    names: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and (node.module == "qgis" or node.module.startswith("qgis.")):
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def find_uses(path: Path, source: str | None = None) -> list[Use]:
    """Every maximal attribute chain ``Name.a.b`` whose ``Name`` was imported from ``qgis.*``."""
    source = path.read_text(encoding="utf-8") if source is None else source
    tree = ast.parse(source)
    imported = qgis_imports(tree)
    inner: set[int] = set()
    uses = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in inner:
            continue
        attrs = []
        current: ast.expr = node
        while isinstance(current, ast.Attribute):
            attrs.append(current.attr)
            current = current.value
            inner.add(id(current))
        if not isinstance(current, ast.Name) or current.id not in imported:
            continue
        module, name = imported[current.id]
        if module == "qgis.PyQt" and attrs:  # from qgis.PyQt import QtCore; QtCore.Qt.UserRole
            module, name = f"qgis.PyQt.{name}", attrs.pop()
            if not attrs:
                continue
        uses.append(Use(path, node.lineno, node.col_offset, node.end_lineno or node.lineno,
                        node.end_col_offset or 0, module, name, current.id,
                        tuple(reversed(attrs))))
    return sorted(uses, key=lambda use: (use.line, use.col))


def _runtime_class(use: Use) -> Any:
    """The class the chain starts at, from the running QGIS/PyQt5 (None if not there)."""
    try:
        return getattr(importlib.import_module(use.module), use.cls)
    except (ImportError, AttributeError):
        return None


def enum_type(value: Any) -> type | None:
    """The enum type of an enum member (sip or Python enum), else None."""
    if isinstance(value, enum.Enum):
        return type(value)
    kind = type(value)
    if type(kind).__name__ == "enumtype":  # sip's metaclass of C++ enums
        return kind
    return None


def is_enum_type(value: Any) -> bool:
    """Whether ``value`` is an enum type itself (sip or Python)."""
    return isinstance(value, enum.EnumMeta) or type(value).__name__ == "enumtype"


def pyqt6_has(chains: list[str], python: str = sys.executable) -> dict[str, bool]:
    """Which ``"QtModule:Class.a.b"`` chains exist in PyQt6 (asked in a child process)."""
    if not chains:
        return {}
    result = subprocess.run([python, "-c", _PYQT6_PROBE.format(shims=QT6_SHIMS)],
                            input=json.dumps(sorted(set(chains))), capture_output=True,
                            text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"PyQt6 is needed (pip install PyQt6): {result.stderr.strip()}")
    return json.loads(result.stdout)


def _qt_key(use: Use, attrs: tuple[str, ...]) -> str:
    """The PyQt6 probe key of a chain."""
    return f"{use.module.rsplit('.', 1)[-1]}:{'.'.join((use.cls, *attrs))}"


def analyse(uses: list[Use]) -> list[Finding]:
    """The unscoped (or not Qt6-ready) enum uses among ``uses``, each with its fix if known."""
    findings: list[Finding] = []
    qt_uses = [use for use in uses if use.is_qt]
    proposals: dict[Use, tuple[str, ...]] = {}
    for use in qt_uses:
        owner = _runtime_class(use)
        member = getattr(owner, use.attrs[0], None)
        kind = enum_type(member)
        if kind is not None and not is_enum_type(member):
            proposals[use] = (kind.__name__, use.attrs[0], *use.attrs[1:])
    probe = [_qt_key(use, use.attrs) for use in qt_uses]
    probe += [_qt_key(use, attrs) for use, attrs in proposals.items()]
    exists = pyqt6_has(probe)
    for use in qt_uses:
        compat = COMPAT_NAMES.get((use.cls, use.attrs[0]))
        if compat and use.cls == "QVariant":
            findings.append(Finding(use, 1, compat, "QVariant field type (no QVariant.Type in Qt6)",
                                    compat=compat))
        elif not exists.get(_qt_key(use, use.attrs), False):
            scoped = proposals.get(use)
            if scoped and exists.get(_qt_key(use, scoped), False):
                findings.append(Finding(use, 1, f"{use.local}.{scoped[0]}.{scoped[1]}",
                                        "unscoped Qt enum"))
            else:
                findings.append(Finding(use, len(use.attrs), None, "not in PyQt6 as written"))
    for use in uses:
        if not use.is_qt:
            finding = _analyse_qgis(use)
            if finding:
                findings.append(finding)
    return sorted(findings, key=lambda f: (str(f.use.path), f.use.line, f.use.col))


def _reference_bindings() -> bool:
    """Whether the running QGIS is the 3.22 series, whose bindings say where an enum lives.

    Newer QGIS makes many class enums aliases of ``Qgis`` ones for compatibility
    (``QgsLegendStyle.Style`` is ``Qgis.LegendComponent`` on 3.44), and those scoped spellings
    stay valid: only 3.22 tells an enum that already lived in ``Qgis`` from such an alias.
    """
    return importlib.import_module("qgis.core").Qgis.versionInt() < 32400


def _analyse_qgis(use: Use) -> Finding | None:
    """A QGIS chain: unscoped member, moved enum (compat) or enum now in ``Qgis``."""
    owner = _runtime_class(use)
    if owner is None:
        return None
    first = getattr(owner, use.attrs[0], None)
    compat = COMPAT_NAMES.get((use.cls, use.attrs[0]))
    if compat and first is not None and not is_enum_type(first):
        # A member of an enum QGIS moved after 3.22, written unscoped: the compat name, on any
        # QGIS (newer ones already answer with the Qgis enum, which 3.22 lacks).
        return Finding(use, 1, compat, "enum moved to Qgis after 3.22", compat=compat)
    moved = MOVED.get((use.cls, use.attrs[0]))
    if moved and is_enum_type(first):  # QgsWkbTypes.GeometryType[.PolygonGeometry]
        if len(use.attrs) > 1:
            compat = COMPAT_NAMES.get((use.cls, use.attrs[1]))
            return Finding(use, 2, compat, f"enum moved to Qgis.{moved}", compat=compat)
        compat = COMPAT_NAMES.get((use.cls, use.attrs[0]))
        return Finding(use, 1, compat, f"enum moved to Qgis.{moved}", compat=compat)
    qgis_class = importlib.import_module("qgis.core").Qgis
    if isinstance(first, enum.EnumMeta) and use.cls != "Qgis" and _reference_bindings() \
            and getattr(qgis_class, first.__name__, None) is first:
        # A Python enum that lives in Qgis on 3.22 (QgsCoordinateTransform.TransformDirection).
        if len(use.attrs) > 1 and isinstance(getattr(first, use.attrs[1], None), enum.Enum):
            member = getattr(first, use.attrs[1])
            return Finding(use, 2, f"Qgis.{first.__name__}.{member.name}", "enum of Qgis",
                           needs_qgis=True)
        return Finding(use, 1, f"Qgis.{first.__name__}", "enum of Qgis", needs_qgis=True)
    if isinstance(first, enum.Enum):
        kind = type(first)
        if getattr(qgis_class, kind.__name__, None) is kind:
            return Finding(use, 1, f"Qgis.{kind.__name__}.{first.name}",
                           "unscoped enum of Qgis", needs_qgis=True)
        if getattr(owner, kind.__name__, None) is kind:
            return Finding(use, 1, f"{use.local}.{kind.__name__}.{first.name}",
                           "unscoped QGIS enum")
        return Finding(use, 1, None, f"enum {kind.__name__} not found in {use.cls} or Qgis")
    kind = enum_type(first)
    if kind is None or is_enum_type(first):
        return None
    moved = MOVED.get((use.cls, kind.__name__))
    if moved:
        compat = COMPAT_NAMES.get((use.cls, use.attrs[0]))
        return Finding(use, 1, compat, f"enum moved to Qgis.{moved}", compat=compat)
    scoped = getattr(getattr(owner, kind.__name__, None), use.attrs[0], None)
    if scoped is None:
        return Finding(use, 1, None, f"no {use.cls}.{kind.__name__}.{use.attrs[0]} on this QGIS")
    return Finding(use, 1, f"{use.local}.{kind.__name__}.{use.attrs[0]}", "unscoped QGIS enum")


def _compat_import(path: Path) -> str:
    """The relative module path of plugin/qgis_compat.py seen from ``path``."""
    depth = len(path.resolve().relative_to(PLUGIN.resolve()).parts) - 1
    return "." * (depth + 1) + COMPAT_MODULE


def _ruff(source: str, path: Path, select: str, fix: bool) -> tuple[int, str]:
    """Run ruff on ``source`` as if it were ``path``: (exit code, fixed source or report)."""
    command = [sys.executable, "-m", "ruff", "check", "--quiet", "--select", select,
               "--stdin-filename", str(path)]
    if fix:
        command += ["--fix", "--exit-zero"]
    result = subprocess.run(command, input=source, capture_output=True, text=True, cwd=ROOT,
                            check=False)
    return result.returncode, result.stdout


def _import_anchor(tree: ast.Module, use: Use) -> ast.ImportFrom | None:
    """Where the import of ``use``'s class is: None at module level, else that (inner) import.

    A module that imports QGIS only inside functions (to load without QGIS) gets the imports
    of the fix next to that inner import, not at its top.
    """
    top = {alias.asname or alias.name for node in tree.body if isinstance(node, ast.ImportFrom)
           for alias in node.names}
    if use.local in top:
        return None
    inner = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
             and node.lineno <= use.line
             and use.local in {alias.asname or alias.name for alias in node.names}]
    return max(inner, key=lambda node: node.lineno) if inner else None


def rewrite(path: Path, source: str, findings: list[Finding]) -> str:
    """``source`` with the fixable findings replaced and the imports they need added."""
    lines = source.splitlines(keepends=True)
    tree = ast.parse(source)
    wanted: dict[ast.ImportFrom | None, tuple[set[str], set[str]]] = {}
    for finding in sorted(findings, key=lambda f: (f.use.line, f.use.col), reverse=True):
        use = finding.use
        if finding.replacement is None or use.line != use.end_line:
            continue
        line = lines[use.line - 1]
        written = ".".join((use.local, *use.attrs[:finding.length]))
        segment = line.encode()[use.col:].decode()
        if not segment.startswith(written):
            continue
        prefix = line.encode()[:use.col].decode()
        lines[use.line - 1] = prefix + finding.replacement + segment[len(written):]
        compat, core = wanted.setdefault(_import_anchor(tree, use), (set(), set()))
        if finding.compat:
            compat.add(finding.compat)
        if finding.needs_qgis:
            core.add("Qgis")
    new = "".join(lines)
    if new == source:
        return source
    top_names = {alias.asname or alias.name for node in tree.body
                 if isinstance(node, ast.ImportFrom) for alias in node.names}
    top = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    insertions: list[tuple[int, list[str]]] = []
    for anchor, (compat, core) in wanted.items():
        indent = " " * (anchor.col_offset if anchor else 0)
        known = top_names | ({alias.asname or alias.name for alias in anchor.names}
                             if anchor else set())
        added = []
        if compat:
            added.append(f"{indent}from {_compat_import(path)} import "
                         f"{', '.join(sorted(compat))}\n")
        if core - known:
            added.append(f"{indent}from qgis.core import {', '.join(sorted(core - known))}\n")
        if added:
            after = (anchor.end_lineno or anchor.lineno) if anchor else \
                max(((node.end_lineno or node.lineno) for node in top), default=0)
            insertions.append((after, added))
    for after, added in sorted(insertions, key=lambda item: item[0], reverse=True):
        lines[after:after] = added
    new = "".join(lines)
    # Sort the imports and drop the ones left unused, only where ruff found nothing before.
    for select in ("F401", "I"):
        if _ruff(source, path, select, fix=False)[0] == 0:
            new = _ruff(new, path, select, fix=True)[1] or new
    return new


def run(paths: list[Path] | None = None) -> tuple[dict[Path, tuple[str, str]], list[Finding]]:
    """Scan ``paths``: {path: (old, new)} for files that change, and every finding."""
    changes: dict[Path, tuple[str, str]] = {}
    everything: list[Finding] = []
    for path in python_files(paths):
        source = path.read_text(encoding="utf-8")
        findings = analyse(find_uses(path, source))
        everything += findings
        new = rewrite(path, source, findings) if findings else source
        if new != source:
            changes[path] = (source, new)
    return changes, everything


def _describe(finding: Finding) -> str:
    """One line for a finding."""
    use = finding.use
    where = f"{use.path.relative_to(ROOT)}:{use.line}:{use.col + 1}"
    fix = f" -> {finding.replacement}" if finding.replacement else " (no automatic fix)"
    return f"{where}: {use.text}: {finding.reason}{fix}"


def main(argv: list[str] | None = None) -> int:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default plugin/)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help="rewrite the files")
    mode.add_argument("--check", action="store_true", help="only list the findings")
    args = parser.parse_args(argv)
    paths = [path.resolve() for path in args.paths] or None
    changes, findings = run(paths)
    for finding in findings:
        print(_describe(finding))
    if not args.check:
        for path, (old, new) in changes.items():
            if args.write:
                path.write_text(new, encoding="utf-8")
            else:
                name = str(path.relative_to(ROOT))
                sys.stdout.writelines(difflib.unified_diff(
                    old.splitlines(keepends=True), new.splitlines(keepends=True),
                    f"a/{name}", f"b/{name}"))
    for path, (_, new) in changes.items():
        for number, line in enumerate(new.splitlines(), 1):
            if len(line) > 100:  # ruff's E501: wrap these by hand
                print(f"{path.relative_to(ROOT)}:{number}: line too long ({len(line)})",
                      file=sys.stderr)
    fixed = sum(1 for finding in findings if finding.replacement)
    print(f"{len(findings)} enum uses found, {fixed} with a fix, {len(changes)} files "
          f"{'rewritten' if args.write else 'to change'}", file=sys.stderr)
    return 1 if findings and not args.write else 0


if __name__ == "__main__":
    sys.exit(main())
