"""The translation tools work without Qt5-only programs (a Qt6 system has no pylupdate5).

``scripts/update_translations.py update`` falls back to its own ``ast`` extractor when pylupdate5
is missing (pylupdate6 is no substitute: it gives a bare ``tr()`` its class as context, not the
"@default" the plugin translates with); ``compile`` finds Qt5's or Qt6's lrelease.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tools() -> ModuleType:
    """scripts/update_translations.py as a module."""
    spec = importlib.util.spec_from_file_location(
        "update_translations_tools", REPO / "scripts" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> dict[tuple[str, str], str]:
    """{(context, source): translation} of a ``.ts``."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = \
                message.findtext("translation") or ""
    return found


@pytest.mark.subprocess
def test_builtin_extractor_finds_what_pylupdate5_finds(tools, tmp_path):
    """Same (context, source) pairs as pylupdate5 (or, without it, as the committed .ts)."""
    builtin = tools.update(tmp_path / "builtin", languages=("ru",), program=None)[0]
    if shutil.which("pylupdate5"):
        reference = tools.update(tmp_path / "pylupdate5", languages=("ru",))[0]
    else:
        reference = tools.ts_path(tools.I18N_DIR, "ru")
    found = set(_messages(builtin))
    assert len(found) > 300
    assert found == set(_messages(reference))
    assert {context for context, _ in found} == {"@default", "argparse"}


def test_builtin_update_keeps_the_translations(tools, tmp_path):
    """Merging into the committed ``.ts`` keeps every translation and the language."""
    for language in tools.LANGUAGES:
        shutil.copy(tools.ts_path(tools.I18N_DIR, language), tmp_path)
    paths = tools.update(tmp_path, program=None)
    for language, path in zip(tools.LANGUAGES, paths, strict=True):
        before = _messages(tools.ts_path(tools.I18N_DIR, language))
        after = _messages(path)
        kept = set(before) & set(after)
        assert len(kept) > 300
        assert {key: after[key] for key in kept} == {key: before[key] for key in kept}
        assert f'language="{language}"' in path.read_text(encoding="utf-8")


def test_lrelease_of_qt6_is_found(tools, monkeypatch):
    """Where only Qt6's lrelease is installed, compile uses it; ``$LRELEASE`` comes first."""
    monkeypatch.delenv("LRELEASE", raising=False)
    only_qt6 = {"lrelease-qt6": "/usr/bin/lrelease-qt6"}
    monkeypatch.setattr(tools.shutil, "which", only_qt6.get)
    assert tools.lrelease_program() == "/usr/bin/lrelease-qt6"
    monkeypatch.setattr(tools.shutil, "which",
                        {"/usr/lib/qt6/bin/lrelease": "/usr/lib/qt6/bin/lrelease"}.get)
    assert tools.lrelease_program() == "/usr/lib/qt6/bin/lrelease"
    monkeypatch.setenv("LRELEASE", "/opt/qt/bin/lrelease")
    monkeypatch.setattr(tools.shutil, "which",
                        lambda name: name if name.startswith("/opt") else None)
    assert tools.lrelease_program() == "/opt/qt/bin/lrelease"
