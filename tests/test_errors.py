"""One root for the plugin's refusals, and boundaries that tell a refusal from a bug.

Every exception class the plugin defines derives from :class:`plugin.errors.TbpaError`; the
command line, the Processing algorithms and the GUI catch that one class and show its message,
while a programming error (a bare ``KeyError``/``ValueError``) is not dressed up as a refusal.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

import plugin
from plugin.errors import TbpaError

#: Modules not imported here: ``__main__`` runs the command line when imported.
NOT_IMPORTED = {"plugin.__main__"}


def plugin_modules() -> list[str]:
    """Every module of the plugin package."""
    return sorted(info.name for info in pkgutil.walk_packages(plugin.__path__, "plugin.")
                  if info.name not in NOT_IMPORTED)


def test_every_exception_class_of_the_plugin_derives_from_the_root(qgis_app):
    defined = {}
    for name in plugin_modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            if (inspect.isclass(value) and issubclass(value, BaseException)
                    and value.__module__ == name):
                defined[f"{name}.{value.__qualname__}"] = value
    assert len(defined) >= 12  # the ones the issue counted, and the root's own kinds
    assert [name for name, cls in defined.items() if not issubclass(cls, TbpaError)] == []


def test_refusals_keep_the_bases_code_catches():
    from plugin.exchange.package_reader import PackageError
    from plugin.project.map_render import MapRenderError
    from plugin.registry.model import RecordError

    assert issubclass(RecordError, ValueError) and issubclass(PackageError, ValueError)
    assert issubclass(MapRenderError, OSError)


# ----- the command line ---------------------------------------------------------------------------

def run_main(capsys, *argv: str) -> tuple[int, str]:
    from plugin.cli import main

    status = main(["--lang", "en", *argv])
    return status, capsys.readouterr().err


def test_cli_shows_a_refusal_as_one_clean_line(capsys, demo_registry, tmp_path, qgis_app):
    status, err = run_main(capsys, "gaps", str(demo_registry), "--output",
                           str(tmp_path / "gaps.gpkg"), "--statuses", "someday")
    assert status == 1
    assert err.startswith("error: unknown status 'someday'")
    assert "unexpected" not in err and "Traceback" not in err


@pytest.mark.parametrize("bug", [KeyError("network_id"), ValueError("bad unpacking")])
def test_cli_does_not_dress_a_bug_as_a_refusal(capsys, monkeypatch, demo_registry, bug, qgis_app):
    from plugin.registry import commands

    def broken(args):
        raise bug

    monkeypatch.setattr(commands, "run_summary", broken)
    status, err = run_main(capsys, "summary", str(demo_registry))
    assert status == 1
    assert f"error: unexpected {type(bug).__name__}" in err and "--debug" in err
    with pytest.raises(type(bug)):
        run_main(capsys, "--debug", "summary", str(demo_registry))


# ----- Processing ---------------------------------------------------------------------------------

def run_gaps_algorithm(registry, tmp_path):
    from plugin.processing.crossbordergaps import CrossBorderGapsAlgorithm

    algorithm = CrossBorderGapsAlgorithm()
    algorithm.initAlgorithm()
    parameters = {definition.name(): definition.defaultValue()
                  for definition in algorithm.parameterDefinitions()}
    parameters.update({"registry": str(registry), "registry_connection": "",
                       algorithm.OUTPUT: str(tmp_path / "gaps.gpkg")})
    return algorithm.processAlgorithm(parameters, QgsProcessingContext(),
                                      QgsProcessingFeedback())


def test_processing_turns_a_refusal_into_its_message(tmp_path, qgis_app):
    with pytest.raises(QgsProcessingException, match="no such registry file"):
        run_gaps_algorithm(tmp_path / "missing.gpkg", tmp_path)


def test_processing_lets_a_bug_go_on(monkeypatch, demo_registry, tmp_path, qgis_app):
    from plugin.processing import crossbordergaps

    def broken(*args, **kwargs):
        raise KeyError("pa_id")

    monkeypatch.setattr(crossbordergaps, "find_cross_border_gaps", broken)
    with pytest.raises(KeyError):
        run_gaps_algorithm(demo_registry, tmp_path)


# ----- the GUI ------------------------------------------------------------------------------------

@pytest.fixture
def view(demo_registry, qgis_app):
    from plugin.gui.reintroduction_view import ReintroductionView

    widget = ReintroductionView()
    widget.set_registry(str(demo_registry))
    yield widget
    widget.deleteLater()


def test_gui_shows_a_refusal_in_the_message_bar(view):
    assert not view.add_release_values(dict(site_id="RS-ILE-BALKHASH-TIGER",
                                            release_date="2025-02", animals="0"))
    assert "Animals" in view.last_error
    assert any("Animals" in item.text() for item in view.message_bar.items())


def test_gui_does_not_show_a_bug_as_a_refusal(view, monkeypatch):
    from plugin.gui import reintroduction_view

    def broken(store, values):
        raise ValueError("not a refusal")

    monkeypatch.setattr(reintroduction_view, "add_release", broken)
    with pytest.raises(ValueError, match="not a refusal"):
        view.add_release_values(dict(site_id="RS-ILE-BALKHASH-TIGER", release_date="2025-02",
                                     animals="2"))
    assert view.last_error == ""
